import { useId, useState } from "react";
import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { RadioGroup, RadioOption } from "../../components/radio-choice";
import type { AmountTextProblem } from "../../domain/amount-text";
import { isErrorCode } from "../../domain/errors";
import type { Account } from "../../domain/types";
import { USAGE_KINDS, type UsageKind } from "../../domain/usage";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import type { DevSpend } from "./api";
import { AmountField, useAmountProblemText } from "./amount-input";
import { useWalletRecords } from "./store";
import { strings } from "./strings";

interface Target {
  key: string;
  name: string;
  spend: Pick<DevSpend, "oaId" | "appId">;
}

/** What a kind may be charged to: an OA package and proactive messages an OA, ZNS an app or an OA. */
function targetsOf(account: Account, kind: UsageKind, words: { oa: string; app: string }): Target[] {
  const oas = account.oas.map((oa) => ({
    key: `oa:${oa.id}`,
    name: `${words.oa} · ${oa.name}`,
    spend: { oaId: oa.id },
  }));
  if (kind !== "zns") return oas;
  const apps = account.apps.map((app) => ({
    key: `app:${app.id}`,
    name: `${words.app} · ${app.name}`,
    spend: { appId: app.id },
  }));
  return [...apps, ...oas];
}

/**
 * Dev mode only: "Giả lập chi tiêu". A person picks a kind, an OA or app of the ZCA and an amount;
 * the server plays Zalo's service through the signed usage routes, and the outcome is said here.
 */
export function DevSpendCard({ account }: { account: Account }) {
  const t = useStrings(strings);
  const d = t.devSpend;
  const format = useFormat();
  const sayTypo = useAmountProblemText();
  const run = useWalletRecords((s) => s.devSpend);
  const simulate = useWalletRecords((s) => s.simulateSpend);
  const ids = { title: useId(), kind: useId(), target: useId() };
  const [kind, setKind] = useState<UsageKind>("zns");
  const [chosen, setChosen] = useState<string | null>(null);
  const [amount, setAmount] = useState<{ value: number | null; typo: AmountTextProblem | null }>({
    value: 50_000,
    typo: null,
  });
  const [tried, setTried] = useState(false);
  const [sent, setSent] = useState<number | null>(null);

  const targets = targetsOf(account, kind, d);
  const target = targets.find((x) => x.key === chosen) ?? targets[0];
  const problem = amount.typo ? sayTypo(amount.typo) : amount.value ? null : d.amountRequired;

  async function send() {
    setTried(true);
    if (!target || problem || !amount.value) return;
    setSent(amount.value);
    await simulate(account.id, { kind, ...target.spend, amount: amount.value });
  }

  // The answer to this card's last send, not one left from before it opened.
  const shown = sent !== null && run.status === "ready" ? run.data : null;
  return (
    <section className="card dev-spend" aria-labelledby={ids.title}>
      <h2 id={ids.title} className="card-title">
        {d.title}
      </h2>
      <p className="muted small">{d.hint}</p>
      {/* The radio groups' legends name them for a screen reader; these say it on screen. */}
      <p className="field-label" aria-hidden="true">
        {d.kind}
      </p>
      <RadioGroup legend={d.kind}>
        {USAGE_KINDS.map((option) => (
          <RadioOption
            key={option}
            name={ids.kind}
            value={option}
            checked={kind === option}
            onChoose={(value) => setKind(value as UsageKind)}
          >
            <span className="dev-spend-option">{d.kinds[option]}</span>
          </RadioOption>
        ))}
      </RadioGroup>
      <p className="field-label" aria-hidden="true">
        {d.target}
      </p>
      {targets.length === 0 ? (
        <p className="muted">{d.noTarget}</p>
      ) : (
        <RadioGroup legend={d.target}>
          {targets.map((option) => (
            <RadioOption
              key={option.key}
              name={ids.target}
              value={option.key}
              checked={option.key === target?.key}
              onChoose={setChosen}
            >
              <span className="dev-spend-option">{option.name}</span>
            </RadioOption>
          ))}
        </RadioGroup>
      )}
      <AmountField
        label={d.amount}
        currency={t.topup.currency}
        value={amount.value}
        onChange={(value, typo) => setAmount({ value, typo })}
        problem={tried ? problem : null}
      />
      <Button
        fullWidth
        variant="secondary"
        loading={run.status === "loading"}
        disabled={!target}
        onClick={() => void send()}
      >
        {d.send}
      </Button>
      <div role="status">
        {shown?.outcome === "debited" && sent !== null && (
          <p className="notice notice-info">{d.debited(format.money(sent))}</p>
        )}
        {shown?.outcome === "refused" && shown.reason === "insufficient_balance" && (
          <p className="notice notice-warning">{d.refused}</p>
        )}
      </div>
      {shown?.outcome === "refused" && shown.reason !== "insufficient_balance" && (
        <ErrorNotice code={isErrorCode(shown.reason) ? shown.reason : "unknown"} title={d.failed} />
      )}
      {run.error && <ErrorNotice code={run.error} title={d.failed} inputKept />}
    </section>
  );
}
