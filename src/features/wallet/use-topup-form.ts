import { useRef, useState } from "react";

import { CHECKOUT_TOPUP_MAX, TOPUP_MIN, topupAmountProblem, type TopupMethod } from "../../domain/money";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { canPayInZalo } from "../../platform/payment";
import { resultPath } from "./paths";
import { strings } from "./strings";
import { useTopup } from "./topup-store";
import { useInvoiceDetails } from "./use-invoice-details";
import { useScreenNavigate } from "../../components/screen-navigation";

/** The top-up form: amount, method and invoice, what is wrong with them, and "Thanh toán". */
export function useTopupForm(accountId: string) {
  const t = useStrings(strings).topup;
  const format = useFormat();
  const navigate = useScreenNavigate();
  // "Nạp lại" opens the form with the last top-up's choices (a new top-up all the same).
  const [again] = useState(() => useTopup.getState().again);
  const [amount, setAmount] = useState<number | null>(again?.amount ?? null);
  const [method, setMethod] = useState<TopupMethod>(again?.method ?? "checkout");
  const [invoice, setInvoice] = useState(again?.invoice ?? false);
  const [touched, setTouched] = useState(false);
  const amountField = useRef<HTMLInputElement>(null);
  const details = useInvoiceDetails(accountId);
  const submit = useTopup((s) => s.submit);
  const start = useTopup((s) => s.start);

  const problem = amount === null ? "required" : topupAmountProblem(amount, method);
  const min = format.money(TOPUP_MIN);
  const max = format.money(CHECKOUT_TOPUP_MAX);
  const shown = touched ? problem : null;

  async function pay() {
    setTouched(true);
    if (problem || amount === null) return amountField.current?.focus();
    if (invoice && !(await details.commit())) return;
    const topup = await start(accountId, { amount, method, invoice });
    if (!topup) return;
    // The payment replaces this screen: going back from it leads home, not to a spent form.
    const result = resultPath(accountId, topup.id);
    if (method === "bank_transfer") navigate(`${result}/transfer`, { replace: true });
    else if (canPayInZalo()) navigate(result, { replace: true });
    // In a browser, the dev checkout sheet is open now and leads to the result itself.
  }

  return {
    amount,
    setAmount,
    method,
    setMethod,
    invoice,
    setInvoice,
    amountField,
    details,
    submit,
    limits: t.limits(min, max),
    /** What is wrong with the amount, once the person has left the field or tried to pay. */
    problem:
      shown === "too_small"
        ? t.problems.too_small(min)
        : shown === "too_large_online"
          ? t.problems.too_large_online(max)
          : shown
            ? t.problems[shown]
            : null,
    leaveAmount: () => setTouched((was) => was || amount !== null),
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
