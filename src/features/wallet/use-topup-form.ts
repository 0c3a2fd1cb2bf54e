import { useRef, useState } from "react";

import type { AmountTextProblem } from "../../domain/amount-text";
import {
  AMOUNT_MAX,
  CHECKOUT_TOPUP_MAX,
  TOPUP_MIN,
  topupAmountProblem,
  type TopupMethod,
} from "../../domain/money";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { canPayInZalo } from "../../platform/payment";
import { afterTap } from "./after-tap";
import { useAmountProblemText } from "./amount-input";
import { strings } from "./strings";
import { useTopup } from "./topup-store";
import { useInvoiceDetails } from "./use-invoice-details";
import { useScreenNavigate } from "../../components/screen-navigation";
import { routes } from "../../routes";
import { useAccount } from "../../store/accounts";
import { useWallet } from "../../store/wallets";
import { useWalletRecords } from "./store";
import { useTaxCodeConfirmation } from "./tax-code-store";

/** The top-up form: amount, method and invoice, what is wrong with them, and "Thanh toán". */
export function useTopupForm(accountId: string) {
  const t = useStrings(strings).topup;
  const format = useFormat();
  const navigate = useScreenNavigate();
  // "Nạp lại" opens the form with the last top-up's choices (a new top-up all the same).
  const [again] = useState(() => useTopup.getState().again);
  // The amount, or why what was typed is not one.
  const [entry, setEntry] = useState<{ amount: number | null; typo: AmountTextProblem | null }>({
    amount: again?.amount ?? null,
    typo: null,
  });
  const { amount, typo } = entry;
  const sayTypo = useAmountProblemText();
  const [method, setMethod] = useState<TopupMethod>(again?.method ?? "checkout");
  const [invoice, setInvoice] = useState(again?.invoice ?? false);
  const [touched, setTouched] = useState(false);
  const amountField = useRef<HTMLInputElement>(null);
  const details = useInvoiceDetails(accountId);
  const submit = useTopup((s) => s.submit);
  const start = useTopup((s) => s.start);
  const wallet = useWallet(accountId);
  const business = useAccount(accountId).data?.business;
  const confirmation = useTaxCodeConfirmation((s) => s.confirming);
  const confirm = useTaxCodeConfirmation((s) => s.confirm);
  const resetConfirmation = useTaxCodeConfirmation((s) => s.reset);
  // The tax code the first invoice will carry, shown for the person to confirm before paying.
  const [asking, setAsking] = useState<string | null>(null);

  const amountProblem = amount === null ? "required" : topupAmountProblem(amount, method);
  const problem = typo ?? amountProblem;
  const min = format.money(TOPUP_MIN);
  const max = format.money(CHECKOUT_TOPUP_MAX);

  /** What is wrong with the amount, once the person has left the field or tried to pay. */
  function sayProblem(): string | null {
    if (!touched) return null;
    if (typo) return sayTypo(typo);
    switch (amountProblem) {
      case null:
        return null;
      case "too_small":
        return t.problems.too_small(min);
      case "too_large_online":
        return t.problems.too_large_online(max);
      case "too_large":
        return t.problems.too_large(format.money(AMOUNT_MAX));
      default:
        return t.problems[amountProblem];
    }
  }

  /**
   * Before the ZCA's first payment, the tax code its invoice will carry (the saved invoice details'
   * or the ZCA's own), unless a person confirmed that one already: it cannot change once issued.
   */
  function taxCodeToConfirm(): string | null {
    const before = wallet.data?.beforeFirstPayment;
    if (!before) return null;
    const taxCode = invoice ? useWalletRecords.getState().invoiceInfo.data?.taxCode : business?.taxCode;
    return taxCode && taxCode !== before.confirmedTaxCode ? taxCode : null;
  }

  async function pay() {
    setTouched(true);
    if (problem || amount === null) return amountField.current?.focus();
    if (invoice && !(await details.commit())) return;
    const unconfirmed = taxCodeToConfirm();
    if (unconfirmed) return setAsking(unconfirmed);
    await startTopup(amount);
  }

  async function startTopup(amount: number) {
    const topup = await start(accountId, { amount, method, invoice });
    if (!topup) return;
    // The payment replaces this screen: going back from it leads home, not to a spent form.
    const params = { accountId, topupId: topup.id };
    if (method === "bank_transfer") navigate(routes.topupTransfer.href(params), { replace: true });
    else if (canPayInZalo()) navigate(routes.topupResult.href(params), { replace: true });
    // In a browser, the dev checkout sheet is open now and leads to the result itself.
  }

  return {
    amount,
    setAmount: (next: number | null, nextTypo: AmountTextProblem | null = null) =>
      setEntry({ amount: next, typo: nextTypo }),
    method,
    setMethod,
    invoice,
    setInvoice,
    amountField,
    details,
    submit,
    limits: t.limits(min, max),
    problem: sayProblem(),
    leaveAmount: () => {
      const typed = amount !== null || typo !== null;
      afterTap(() => setTouched((was) => was || typed));
    },
    taxCode: {
      /** The tax code waiting for the person's confirmation; null when nothing is asked. */
      asking,
      fromInvoiceDetails: invoice,
      confirmation,
      confirm: async () => {
        if (!asking || amount === null || !(await confirm(accountId, asking))) return;
        setAsking(null);
        await startTopup(amount);
      },
      edit: () => {
        setAsking(null);
        resetConfirmation();
        if (invoice) details.edit();
        else navigate(routes.business.href({ accountId }));
      },
      close: () => {
        setAsking(null);
        resetConfirmation();
      },
    },
    payLabel:
      submit.status === "loading"
        ? t.opening
        : method === "bank_transfer"
          ? t.seeTransfer
          : t.pay(amount !== null && !problem ? format.money(amount) : null),
    pay,
  };
}

export type TopupForm = ReturnType<typeof useTopupForm>;
