import { useEffect } from "react";
import type { Invoice } from "../../domain/invoices";
import { useWalletRecords } from "./store";

/**
 * One invoice of the ZCA, from the pages of "Quản lý hóa đơn" (the API lists invoices; it has no
 * route for one). Opened from the list it is there already; opened afresh (a reload, a link), the
 * pages load until it turns up or the list ends.
 */
export function useInvoice(accountId: string, invoiceId: string) {
  const invoices = useWalletRecords((s) => s.invoices);
  const load = useWalletRecords((s) => s.loadInvoices);
  const more = useWalletRecords((s) => s.loadMoreInvoices);
  const ours = useWalletRecords((s) => s.accountId === accountId);
  const page = ours ? invoices.data : null;
  const invoice: Invoice | null = page?.items.find((item) => item.id === invoiceId) ?? null;
  const searching = !invoice && invoices.status !== "failed";

  useEffect(() => {
    if (!searching || invoices.status === "loading") return;
    if (!page) void load(accountId);
    else if (page.nextCursor) void more();
  }, [searching, invoices.status, page, accountId, load, more]);

  return {
    invoice,
    /** True once every page was read and this invoice is not among them. */
    missing: !invoice && page !== null && !page.nextCursor && invoices.status === "ready",
    error: invoice ? null : invoices.error,
    retry: () => void (page ? more() : load(accountId)),
  };
}
