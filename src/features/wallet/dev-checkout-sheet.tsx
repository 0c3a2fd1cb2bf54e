import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { NamedModal } from "../../components/named-modal";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import type { DevCheckoutOutcome } from "./api";
import { strings } from "./strings";
import { useTopup } from "./topup-store";

const OUTCOMES: DevCheckoutOutcome[] = ["pay", "fail", "cancel", "pay_late"];

/**
 * Browser dev mode only, where Zalo's checkout page does not exist: the person plays it. Each
 * choice makes the dev server send Zalo's signed callback (or none) to the real callback route.
 */
export function DevCheckoutSheet({
  accountId,
  onDone,
}: {
  accountId: string;
  onDone(topupId: string): void;
}) {
  const t = useStrings(strings).devCheckout;
  const format = useFormat();
  const topup = useTopup((s) => s.devCheckout);
  const run = useTopup((s) => s.devRun);
  const devPay = useTopup((s) => s.devPay);
  const close = useTopup((s) => s.closeDevCheckout);

  async function choose(outcome: DevCheckoutOutcome) {
    if (topup && (await devPay(accountId, outcome))) onDone(topup.id);
  }

  return (
    <NamedModal
      visible={topup !== null}
      title={t.title}
      description={topup ? t.body(format.money(topup.amount)) : ""}
      onClose={close}
      unmountOnClose
    >
      <div className="dev-checkout">
        {OUTCOMES.map((outcome) => (
          <Button
            key={outcome}
            fullWidth
            variant={outcome === "pay" ? "primary" : "secondary"}
            disabled={run.status === "loading"}
            onClick={() => void choose(outcome)}
          >
            {t[outcome]}
          </Button>
        ))}
        {run.error && <ErrorNotice code={run.error} title={t.failed} />}
      </div>
    </NamedModal>
  );
}
