import { create } from "zustand";
import type { InvoiceInfo, Page, Spending, Transaction } from "../../domain/types";
import { asyncSlot, IDLE, type AsyncState, type Outcome } from "../../store/async";
import { onPersonChange } from "../../store/session";
import {
  getInvoiceInfo,
  getInvoicePdf,
  getSpending,
  listInvoices,
  listTransactions,
  putInvoiceInfo,
  type Invoice,
} from "./api";

interface InvoicePdf {
  invoiceId: string;
  pdf: Blob;
}

interface RecordsState {
  /** The ZCA whose records these are; another ZCA's screens start from nothing. */
  accountId: string | null;
  /** The history pages loaded so far, newest first. */
  history: AsyncState<Page<Transaction>>;
  spending: AsyncState<Spending>;
  /** The invoice pages loaded so far, newest first. */
  invoices: AsyncState<Page<Invoice>>;
  /** The last invoice PDF asked for, kept to save or share it without asking again. */
  invoicePdf: AsyncState<InvoicePdf>;
  invoiceInfo: AsyncState<InvoiceInfo | null>;
  invoiceSave: AsyncState<InvoiceInfo>;
  /** The first page of the history, asked for afresh. */
  loadHistory(accountId: string): Promise<void>;
  /** The next page, when there is one. */
  loadMoreHistory(): Promise<void>;
  loadSpending(accountId: string): Promise<void>;
  loadInvoices(accountId: string): Promise<void>;
  loadMoreInvoices(): Promise<void>;
  /** The invoice's PDF: the one already fetched, or fetched now with the session. */
  fetchInvoicePdf(accountId: string, invoiceId: string): Promise<Outcome<InvoicePdf> | null>;
  loadInvoiceInfo(accountId: string): Promise<void>;
  saveInvoiceInfo(accountId: string, info: InvoiceInfo): Promise<boolean>;
  reset(): void;
}

type Slotted = "history" | "spending" | "invoices" | "invoicePdf" | "invoiceInfo" | "invoiceSave";

/** A ZCA's wallet records, each asked for when its screen opens: history, spending, invoices, invoice details. */
export const useWalletRecords = create<RecordsState>()((set, get) => {
  function slot<K extends Slotted>(key: K) {
    type T = RecordsState[K] extends AsyncState<infer V> ? V : never;
    return asyncSlot<T>(
      () => get()[key] as AsyncState<T>,
      (next) => set({ [key]: next } as Partial<RecordsState>),
    );
  }
  const slots = {
    history: slot("history"),
    spending: slot("spending"),
    invoices: slot("invoices"),
    invoicePdf: slot("invoicePdf"),
    invoiceInfo: slot("invoiceInfo"),
    invoiceSave: slot("invoiceSave"),
  };

  /** Forgets another ZCA's records before showing this one's. */
  function openAccount(accountId: string) {
    if (get().accountId !== accountId) {
      get().reset();
      set({ accountId });
    }
  }

  return {
    accountId: null,
    history: IDLE,
    spending: IDLE,
    invoices: IDLE,
    invoicePdf: IDLE,
    invoiceInfo: IDLE,
    invoiceSave: IDLE,

    loadHistory: async (accountId) => {
      openAccount(accountId);
      await slots.history.run(() => listTransactions(accountId));
    },
    loadMoreHistory: async () => {
      const { accountId, history } = get();
      const cursor = history.data?.nextCursor;
      if (!accountId || !cursor || history.status === "loading") return;
      await slots.history.run(async () => {
        const page = await listTransactions(accountId, cursor);
        return { ...page, items: [...history.data!.items, ...page.items] };
      });
    },
    loadInvoices: async (accountId) => {
      openAccount(accountId);
      await slots.invoices.run(() => listInvoices(accountId));
    },
    loadMoreInvoices: async () => {
      const { accountId, invoices } = get();
      const cursor = invoices.data?.nextCursor;
      if (!accountId || !cursor || invoices.status === "loading") return;
      await slots.invoices.run(async () => {
        const page = await listInvoices(accountId, cursor);
        return { ...page, items: [...invoices.data!.items, ...page.items] };
      });
    },
    fetchInvoicePdf: async (accountId, invoiceId) => {
      openAccount(accountId);
      const kept = get().invoicePdf.data;
      if (kept?.invoiceId === invoiceId) return { ok: true, data: kept };
      return slots.invoicePdf.run(async () => ({
        invoiceId,
        pdf: await getInvoicePdf(accountId, invoiceId),
      }));
    },
    loadSpending: async (accountId) => {
      openAccount(accountId);
      await slots.spending.run(() => getSpending(accountId));
    },
    loadInvoiceInfo: async (accountId) => {
      openAccount(accountId);
      await slots.invoiceInfo.run(() => getInvoiceInfo(accountId));
    },
    saveInvoiceInfo: async (accountId, info) => {
      const outcome = await slots.invoiceSave.run(() => putInvoiceInfo(accountId, info));
      if (!outcome?.ok) return false;
      set({ invoiceInfo: { status: "ready", data: outcome.data, error: null } });
      return true;
    },
    reset: () => {
      for (const s of Object.values(slots)) s.reset();
      set({ accountId: null });
    },
  };
});

onPersonChange(() => useWalletRecords.getState().reset());
