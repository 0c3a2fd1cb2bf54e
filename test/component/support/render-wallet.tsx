import AccountPage from "../../../src/features/account/account-page";
import SettingsPage from "../../../src/features/account/settings-page";
import HistoryPage from "../../../src/features/wallet/history-page";
import InvoicePage from "../../../src/features/wallet/invoice-page";
import InvoicesPage from "../../../src/features/wallet/invoices-page";
import ResultPage from "../../../src/features/wallet/result-page";
import SpendingPage from "../../../src/features/wallet/spending-page";
import TopupPage from "../../../src/features/wallet/topup-page";
import TransferPage from "../../../src/features/wallet/transfer-page";
import { renderAt } from "./render";

/** The ZCA's home, its settings and the wallet's screens as the app declares them, from `path`. */
export function renderWallet(path: string) {
  return renderAt(path, {
    "/accounts/:accountId": <AccountPage />,
    "/accounts/:accountId/settings": <SettingsPage />,
    "/accounts/:accountId/wallet/topup": <TopupPage />,
    "/accounts/:accountId/wallet/topups/:topupId": <ResultPage />,
    "/accounts/:accountId/wallet/topups/:topupId/transfer": <TransferPage />,
    "/accounts/:accountId/wallet/history": <HistoryPage />,
    "/accounts/:accountId/wallet/spending": <SpendingPage />,
    "/accounts/:accountId/wallet/invoices": <InvoicesPage />,
    "/accounts/:accountId/wallet/invoices/:invoiceId": <InvoicePage />,
  });
}
