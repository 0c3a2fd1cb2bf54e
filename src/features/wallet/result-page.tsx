import { useEffect } from "react";
import { useParams } from "react-router-dom";
import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { CheckIcon } from "../../components/icons";
import { LoadingScreen } from "../../components/loading-screen";
import { SummaryList } from "../../components/summary-list";
import type { Account, Topup } from "../../domain/types";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { useWallets } from "../../store/wallets";
import { ClockIcon, CrossIcon, SpinnerIcon } from "./icons";
import { strings } from "./strings";
import { useTopup } from "./topup-store";
import { WalletScreen } from "./wallet-screen";
import "./wallet.css";
import { useScreenNavigate } from "../../components/screen-navigation";
import { routes } from "../../routes";

/**
 * Follows a top-up until the server knows how it ended: only Zalo's signed callback or the bank's
 * signed notice moves money, never what the app saw on the phone.
 */
export default function ResultPage() {
  const t = useStrings(strings);
  const { accountId = "", topupId = "" } = useParams();
  const follow = useTopup((s) => s.follow);
  const stop = useTopup((s) => s.stopFollowing);

  useEffect(() => {
    void follow(accountId, topupId);
    return stop;
  }, [accountId, topupId, follow, stop]);

  return (
    <WalletScreen title={t.result.title} notAllowed={t.topup.notAllowed}>
      {(account) => <TopupOutcome account={account} topupId={topupId} />}
    </WalletScreen>
  );
}

type View = "paying" | "checking" | "waited" | "notPaid" | "unsettled" | "succeeded" | "failed" | "review";

/**
 * What the screen says of a top-up: the server's status, and while it is pending, what this app
 * saw of Zalo's sheet. A checkout top-up opened again later (no sheet seen now) is not claimed to
 * be seconds from confirmation.
 */
function viewOf(topup: Topup, phase: string | undefined, waited: boolean): View {
  // Closed unpaid, as Zalo told the app and Checkout then told the server (failed): said plainly.
  if (phase === "not_paid" && topup.status !== "succeeded" && topup.status !== "review") return "notPaid";
  if (topup.status !== "pending") return topup.status;
  if (topup.method === "checkout" && phase === undefined) return "unsettled";
  if (waited) return "waited";
  return phase === "paying" ? "paying" : "checking";
}

function TopupOutcome({ account, topupId }: { account: Account; topupId: string }) {
  const t = useStrings(strings);
  const r = t.result;
  const format = useFormat();
  const navigate = useScreenNavigate();
  const followed = useTopup((s) => s.followed);
  const waited = useTopup((s) => s.waited);
  const phase = useTopup((s) => s.phases[topupId]);
  const follow = useTopup((s) => s.follow);
  const payAgain = useTopup((s) => s.payAgain);
  const balance = useWallets((s) => s.byId[account.id]?.data?.balance);
  const topup = followed.data?.id === topupId ? followed.data : null;

  if (!topup) {
    return followed.error ? (
      <ErrorNotice code={followed.error} onRetry={() => void follow(account.id, topupId)} />
    ) : (
      <LoadingScreen />
    );
  }

  const view = viewOf(topup, phase, waited);
  const backHome = () =>
    // The result replaced the top-up form: one step back is the ZCA's home, when it is there.
    (window.history.state as { idx?: number } | null)?.idx
      ? navigate(-1)
      : navigate(routes.account.href({ accountId: account.id }), { replace: true });
  // A new top-up with the same amount, method and invoice choice: its own key, its own order.
  const again = () => {
    payAgain(topup);
    navigate(routes.topup.href({ accountId: account.id }), { replace: true });
  };
  const text =
    view === "checking" || view === "waited"
      ? r[view === "checking" ? "checking" : "waited"][topup.method]
      : view === "succeeded"
        ? { heading: r.succeeded.heading, body: r.succeeded.body(format.money(topup.amount), account.name) }
        : r[view];

  return (
    <>
      <section className={`card result result-${view}`} role="status" aria-live="polite" aria-atomic="true">
        <span className="result-mark" aria-hidden="true">
          {view === "succeeded" ? (
            <CheckIcon size={32} />
          ) : view === "failed" || view === "notPaid" ? (
            <CrossIcon size={32} />
          ) : view === "waited" || view === "review" || view === "unsettled" ? (
            <ClockIcon size={32} />
          ) : (
            <SpinnerIcon size={32} className="result-spinner" />
          )}
        </span>
        <h2 className="result-heading">{text.heading}</h2>
        <p>{text.body}</p>
        {view === "succeeded" && balance !== undefined && (
          <p className="result-balance">{r.newBalance(format.money(balance))}</p>
        )}
        {view === "succeeded" && topup.invoice && <p className="muted small">{r.invoice}</p>}
      </section>

      <section className="card">
        <SummaryList
          label={r.title}
          rows={[
            { term: r.amount, value: format.money(topup.amount) },
            { term: r.method, value: t.topup.methods[topup.method].name },
            { term: r.startedAt, value: format.dateTime(topup.createdAt) },
          ]}
        />
      </section>

      <div className="result-actions">
        {view === "waited" && (
          <Button
            fullWidth
            loading={followed.status === "loading"}
            onClick={() => void follow(account.id, topupId)}
          >
            {r.checkAgain}
          </Button>
        )}
        {(view === "failed" || view === "notPaid" || view === "unsettled") && (
          <Button fullWidth onClick={again}>
            {r.again}
          </Button>
        )}
        <Button
          fullWidth
          variant={
            view === "succeeded"
              ? "primary"
              : view === "paying" || view === "checking"
                ? "tertiary"
                : "secondary"
          }
          onClick={backHome}
        >
          {r.backHome}
        </Button>
        {view === "succeeded" && (
          <Button
            fullWidth
            variant="secondary"
            onClick={() => navigate(routes.history.href({ accountId: account.id }), { replace: true })}
          >
            {r.history}
          </Button>
        )}
      </div>
    </>
  );
}
