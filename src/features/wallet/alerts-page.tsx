import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { useSuccessSnackbar } from "../../components/success-snackbar";
import { LoadingScreen } from "../../components/loading-screen";
import type { Account } from "../../domain/types";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import type { AmountTextProblem } from "../../domain/amount-text";
import { AmountField, useAmountProblemText } from "./amount-input";
import { useWalletRecords } from "./store";
import { strings } from "./strings";
import { SwitchField } from "./switch-field";
import { WalletScreen } from "./wallet-screen";
import "./wallet.css";

interface Draft {
  enabled: boolean;
  threshold: number | null;
  /** Why what was typed as the threshold is not an amount. */
  typo?: AmountTextProblem | null;
}

/** "Cảnh báo số dư": the balance under which the ZCA's home warns its members. */
export default function AlertsPage() {
  const t = useStrings(strings).alerts;
  const { accountId = "" } = useParams();
  const alerts = useWalletRecords((s) => s.alerts);
  const saving = useWalletRecords((s) => s.alertsSave);
  const load = useWalletRecords((s) => s.loadAlerts);
  const save = useWalletRecords((s) => s.saveAlerts);
  const succeeded = useSuccessSnackbar();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    void load(accountId);
  }, [accountId, load]);

  const saved = alerts.data?.lowBalance;
  const form: Draft | null =
    draft ?? (saved ? { enabled: saved.enabled, threshold: saved.threshold || null } : null);
  const sayTypo = useAmountProblemText();
  const problem = !form?.enabled ? null : form.typo ? sayTypo(form.typo) : form.threshold ? null : t.required;

  async function submit() {
    setTried(true);
    if (!form || problem) return;
    const lowBalance = { enabled: form.enabled, threshold: form.threshold ?? 0 };
    if (await save(accountId, { lowBalance })) {
      setDraft(null);
      setTried(false);
      succeeded(t.saved);
    }
  }

  return (
    <WalletScreen
      title={t.title}
      permission="alerts.manage"
      notAllowed={t.notAllowed}
      footer={() =>
        form && (
          <Button fullWidth loading={saving.status === "loading"} onClick={() => void submit()}>
            {t.save}
          </Button>
        )
      }
    >
      {(account) =>
        form ? (
          <AlertsForm
            account={account}
            form={form}
            problem={tried ? problem : null}
            onChange={(change) => setDraft({ ...form, ...change })}
          />
        ) : alerts.error ? (
          <ErrorNotice code={alerts.error} onRetry={() => void load(accountId)} />
        ) : (
          <LoadingScreen />
        )
      }
    </WalletScreen>
  );
}

interface AlertsFormProps {
  account: Account;
  form: Draft;
  problem: string | null;
  onChange(change: Partial<Draft>): void;
}

function AlertsForm({ account, form, problem, onChange }: AlertsFormProps) {
  const t = useStrings(strings);
  const a = t.alerts;
  const format = useFormat();
  const saving = useWalletRecords((s) => s.alertsSave);
  return (
    <>
      <section className="card">
        <SwitchField
          label={a.lowBalance}
          hint={a.lowBalanceHint}
          checked={form.enabled}
          onChange={(enabled) => onChange({ enabled })}
        />
        {form.enabled && (
          <AmountField
            label={a.threshold}
            currency={t.topup.currency}
            value={form.threshold}
            onChange={(threshold, typo) => onChange({ threshold, typo })}
            problem={problem}
          />
        )}
        <p className="muted small">{t.topup.balanceNow(format.money(account.balance))}</p>
      </section>
      {saving.error && <ErrorNotice code={saving.error} title={a.saveFailed} inputKept />}
    </>
  );
}
