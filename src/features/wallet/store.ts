import { create } from "zustand";
import type { Invoice } from "../../domain/invoices";
import type { InvoiceReplacement } from "../../domain/schemas";
import type { InvoiceInfo, Page, SavedInvoiceInfo, Spending, Transaction } from "../../domain/types";
import { asyncSlot, IDLE, type AsyncState, type Outcome } from "../../store/async";
import { onPersonChange } from "../../store/session";
import { useWallets } from "../../store/wallets";
import {
  getInvoiceInfo,
  getInvoicePdf,
  getSpending,
  listInvoices,
  listTransactions,
  putInvoiceInfo,
  replaceInvoice,
  simulateSpend,
  type DevSpend,
  type DevSpendOutcome,
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
  invoiceInfo: AsyncState<SavedInvoiceInfo | null>;
  invoiceSave: AsyncState<SavedInvoiceInfo>;
  /** The last replacement asked for (a wrong company name or address). */
  invoiceReplace: AsyncState<Invoice>;
  /** Dev mode: the last simulated spending, and how the usage routes answered it. */
  devSpend: AsyncState<DevSpendOutcome>;
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
  /**
   * Asks for a replacement of one invoice; once made, it is at the top of the list and the
   * original says what replaced it. True when it was made.
   */
  replaceInvoice(accountId: string, invoiceId: string, correction: InvoiceReplacement): Promise<boolean>;
  /** Dev mode: plays a Zalo service charging the balance, then reads the spending and the wallet again. */
  simulateSpend(accountId: string, spend: DevSpend): Promise<void>;
  reset(): void;
}

type Slotted =
  | "history"
  | "spending"
  | "invoices"
  | "invoicePdf"
  | "invoiceInfo"
  | "invoiceSave"
  | "invoiceReplace"
  | "devSpend";

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
    invoiceReplace: slot("invoiceReplace"),
    devSpend: slot("devSpend"),
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
    invoiceReplace: IDLE,
    devSpend: IDLE,

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
    replaceInvoice: async (accountId, invoiceId, correction) => {
      const outcome = await slots.invoiceReplace.run(() => replaceInvoice(accountId, invoiceId, correction));
      if (!outcome?.ok) return false;
      const replacement = outcome.data;
      const page = get().invoices.data;
      if (page) {
        const link = { id: replacement.id, number: replacement.number, series: replacement.series };
        const items = page.items
          .filter((item) => item.id !== replacement.id)
          .map((item) => (item.id === invoiceId ? { ...item, replacedBy: link } : item));
        set({
          invoices: { status: "ready", data: { ...page, items: [replacement, ...items] }, error: null },
        });
      }
      return true;
    },
    simulateSpend: async (accountId, spend) => {
      const outcome = await slots.devSpend.run(() => simulateSpend(accountId, spend));
      if (outcome?.ok && outcome.data.outcome === "debited") {
        void useWallets.getState().load(accountId);
        await slots.spending.run(() => getSpending(accountId));
      }
    },
    reset: () => {
      for (const s of Object.values(slots)) s.reset();
      set({ accountId: null });
    },
  };
});

onPersonChange(() => useWalletRecords.getState().reset());
