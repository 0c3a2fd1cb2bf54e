import { useEffect, useState } from "react";
import { formatVietnamMobile } from "../../domain/phone";
import { invoiceProblems, type InvoiceProblems } from "../../domain/invoice";
import type { InvoiceInfo } from "../../domain/types";
import { useWalletRecords } from "./store";
import { afterTap } from "./after-tap";

export type InvoiceField = keyof InvoiceInfo;
// In the order of Zalo's own form: the company, its tax code and address, then who receives it.
export const INVOICE_FIELDS: InvoiceField[] = [
  "companyName",
  "taxCode",
  "address",
  "buyer",
  "phone",
  "email",
];
const EMPTY: InvoiceInfo = { companyName: "", taxCode: "", address: "", buyer: "", phone: "", email: "" };

/** The fields the form edits, without what the server only reports (the tax code's lock). */
function formOf(info: InvoiceInfo): InvoiceInfo {
  const { companyName, taxCode, address, buyer, phone, email } = info;
  return { companyName, taxCode, address, buyer, phone: phone && formatVietnamMobile(phone), email };
}

/**
 * The ZCA's invoice details: shown as saved, or as a form (the first time, or to change them).
 * `commit()` saves what was edited, so the next top-up finds it filled in. A tax code already on
 * an invoice (`taxCodeLocked`) is shown and kept as it is: the form does not change it.
 */
export function useInvoiceDetails(accountId: string) {
  const saved = useWalletRecords((s) => s.invoiceInfo);
  const saving = useWalletRecords((s) => s.invoiceSave);
  const load = useWalletRecords((s) => s.loadInvoiceInfo);
  const save = useWalletRecords((s) => s.saveInvoiceInfo);
  const [draft, setDraft] = useState<InvoiceInfo | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<InvoiceField>>(new Set());

  useEffect(() => {
    void load(accountId);
  }, [accountId, load]);

  const form = draft ?? (saved.status === "ready" && !saved.data ? EMPTY : null);
  const problems = form ? invoiceProblems(form) : {};
  const taxCodeLocked = saved.data?.taxCodeLocked ?? false;

  return {
    saved,
    saving,
    /** The form's values, or null while the saved details are shown. */
    form,
    taxCodeLocked,
    /** Problems to show: of fields the person has left, or all after a save was asked for. */
    shown: Object.fromEntries(
      Object.entries(problems).filter(([field]) => touched.has(field as InvoiceField)),
    ) as InvoiceProblems,
    reload: () => void load(accountId),
    edit: () => setDraft(formOf(saved.data ?? EMPTY)),
    cancel: () => {
      setDraft(null);
      setTouched(new Set());
    },
    change: (field: InvoiceField, value: string) => {
      if (field === "taxCode" && taxCodeLocked) return;
      setDraft({ ...(form ?? EMPTY), [field]: value });
    },
    // An empty field the person only passed through is not yet wrong.
    leave: (field: InvoiceField) => {
      if (form?.[field].trim()) afterTap(() => setTouched((was) => new Set(was).add(field)));
    },
    /** Saves an edited form; true when the saved details are ready to use. */
    commit: async (): Promise<boolean> => {
      if (!form) return saved.data !== null;
      if (Object.keys(problems).length > 0) {
        setTouched(new Set(INVOICE_FIELDS));
        return false;
      }
      if (!(await save(accountId, form))) return false;
      setDraft(null);
      setTouched(new Set());
      return true;
    },
  };
}

export type InvoiceDetailsState = ReturnType<typeof useInvoiceDetails>;
