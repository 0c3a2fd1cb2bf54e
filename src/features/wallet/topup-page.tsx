import { useEffect, useId } from "react";
import { useParams } from "react-router-dom";
import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { InfoIcon } from "../../components/icons";
import { TOPUP_METHODS, TOPUP_PRESETS } from "../../domain/money";
import type { Account } from "../../domain/types";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { AmountField } from "./amount-input";
import { DevCheckoutSheet } from "./dev-checkout-sheet";
import { InvoiceDetails } from "./invoice-details";
import { strings } from "./strings";
import { SwitchField } from "../../components/switch-field";
import { TaxCodeConfirm } from "./tax-code-confirm";
import { useTopup } from "./topup-store";
import { useTopupForm, type TopupForm } from "./use-topup-form";
import { WalletScreen } from "./wallet-screen";
import "./wallet.css";
import { useScreenNavigate } from "../../components/screen-navigation";
import { routes } from "../../routes";

/** "Nạp tiền": the amount, how to pay, an invoice if wanted; then Zalo's checkout or the transfer. */
export default function TopupPage() {
  const t = useStrings(strings).topup;
  const { accountId = "" } = useParams();
  const navigate = useScreenNavigate();
  const form = useTopupForm(accountId);
  useEffect(() => {
    useTopup.getState().openForm();
    return useTopup.getState().closeDevCheckout;
  }, []);
  return (
    <WalletScreen
      title={t.title}
      notAllowed={t.notAllowed}
      footer={() => (
        <Button fullWidth loading={form.submit.status === "loading"} onClick={() => void form.pay()}>
          {form.payLabel}
        </Button>
      )}
    >
      {(account) => (
        <>
          <TopupFields account={account} form={form} />
          <TaxCodeConfirm taxCode={form.taxCode} />
          <DevCheckoutSheet
            accountId={account.id}
            onDone={(topupId) =>
              navigate(routes.topupResult.href({ accountId: account.id, topupId }), { replace: true })
            }
          />
        </>
      )}
    </WalletScreen>
  );
}

function TopupFields({ account, form }: { account: Account; form: TopupForm }) {
  const t = useStrings(strings).topup;
  const format = useFormat();
  const ids = { limits: useId(), method: useId() };
  const { amount, method, invoice, problem, submit, details } = form;

  return (
    <>
      <section className="card topup-into">
        <p className="muted small">{t.into}</p>
        <p className="topup-account">{account.name}</p>
        <p className="muted small">{t.balanceNow(format.money(account.balance))}</p>
      </section>

      <section className="card">
        <AmountField
          ref={form.amountField}
          label={t.amount}
          currency={t.currency}
          value={amount}
          onChange={form.setAmount}
          onBlur={form.leaveAmount}
          problem={problem}
          hintId={ids.limits}
        />
        <div className="presets" role="group" aria-label={t.presets}>
          {TOPUP_PRESETS.map((preset) => (
            <button
              key={preset}
              type="button"
              className="preset"
              aria-pressed={amount === preset}
              onClick={() => form.setAmount(preset)}
            >
              {format.number(preset)}
            </button>
          ))}
        </div>
        <p id={ids.limits} className="muted small">
          {form.limits}
        </p>
      </section>

      <fieldset className="card method-choice">
        <legend className="card-title">{t.method}</legend>
        {TOPUP_METHODS.map((choice) => (
          <label key={choice} className={choice === method ? "method method-selected" : "method"}>
            <input
              type="radio"
              name={ids.method}
              checked={choice === method}
              onChange={() => form.setMethod(choice)}
            />
            <span className="method-text">
              {t.methods[choice].name}
              <span className="muted small">{t.methods[choice].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <section className="card">
        <SwitchField
          label={t.invoice}
          hint={invoice ? t.invoiceOn : t.invoiceOff}
          checked={invoice}
          onChange={form.setInvoice}
        />
      </section>
      {invoice && <InvoiceDetails details={details} />}

      <p className="notice notice-warning">
        <InfoIcon size={18} /> {t.noRefund}
      </p>
      {submit.error && submit.status !== "loading" && (
        <ErrorNotice code={submit.error} title={t.failed} onRetry={() => void form.pay()} inputKept />
      )}
    </>
  );
}
