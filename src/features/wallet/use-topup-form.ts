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

  async function pay() {
    setTouched(true);
    if (problem || amount === null) return amountField.current?.focus();
    if (invoice && !(await details.commit())) return;
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
