import { useEffect, useId } from "react";
import { useParams } from "react-router-dom";
import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { WarningIcon } from "../../components/icons";
import { useFailureSnackbar, useSuccessSnackbar } from "../../components/success-snackbar";
import { LoadingScreen } from "../../components/loading-screen";
import type { Account, Topup } from "../../domain/types";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { copyText } from "../../platform/clipboard";
import { useSession } from "../../store/session";
import { useWallet } from "../../store/wallets";
import { CopyIcon } from "./icons";
import { strings } from "./strings";
import { TransferQr } from "./transfer-qr";
import { useTopup } from "./topup-store";
import { WalletScreen } from "./wallet-screen";
import "./wallet.css";
import { useScreenNavigate } from "../../components/screen-navigation";
import { routes } from "../../routes";

/**
 * "Chuyển khoản nhanh": the ZCA's own account number and what to send, each to copy, and the
 * VietQR code a banking app scans with all of it filled in.
 */
export default function TransferPage() {
  const t = useStrings(strings);
  const { accountId = "", topupId = "" } = useParams();
  const navigate = useScreenNavigate();
  const load = useTopup((s) => s.load);
  const followed = useTopup((s) => s.followed);
  const devMode = useSession((s) => s.devMode);
  const devRun = useTopup((s) => s.devRun);
  const devTransfer = useTopup((s) => s.devTransfer);
  const topup = followed.data?.id === topupId ? followed.data : null;
  const payable = topup?.status === "pending" && topup.bankTransfer;

  useEffect(() => {
    void load(accountId, topupId);
  }, [accountId, topupId, load]);

  const toResult = () => navigate(routes.topupResult.href({ accountId, topupId }), { replace: true });

  return (
    <WalletScreen
      title={t.transfer.title}
      notAllowed={t.topup.notAllowed}
      footer={() =>
        payable && (
          <>
            {devMode && (
              <Button
                fullWidth
                variant="secondary"
                loading={devRun.status === "loading"}
                onClick={() => void devTransfer(accountId, topupId).then((sent) => sent && toResult())}
              >
                {t.transfer.simulate}
              </Button>
            )}
            <Button fullWidth onClick={toResult}>
              {t.transfer.done}
            </Button>
          </>
        )
      }
    >
      {(account) =>
        !topup ? (
          followed.error ? (
            <ErrorNotice code={followed.error} onRetry={() => void load(accountId, topupId)} />
          ) : (
            <LoadingScreen />
          )
        ) : payable ? (
          <>
            <TransferDetails account={account} topup={topup} />
            {devRun.error && <ErrorNotice code={devRun.error} title={t.transfer.simulateFailed} />}
          </>
        ) : (
          <p className="notice notice-info">{t.transfer.settled}</p>
        )
      }
    </WalletScreen>
  );
}

function TransferDetails({ account, topup }: { account: Account; topup: Topup }) {
  const t = useStrings(strings).transfer;
  const format = useFormat();
  const wallet = useWallet(account.id).data;
  const transfer = topup.bankTransfer!;
  const manual = useId();
  const rows = [
    { term: t.bank, shown: transfer.bankName },
    {
      term: t.accountNumber,
      shown: transfer.accountNumber.replace(/(\d{4})(?=\d)/g, "$1 "),
      copy: transfer.accountNumber,
    },
    ...(wallet
      ? [
          {
            term: t.accountName,
            shown: wallet.bankTransfer.accountName,
            copy: wallet.bankTransfer.accountName,
          },
        ]
      : []),
    { term: t.amount, shown: format.money(topup.amount), copy: String(topup.amount) },
    { term: t.note, shown: transfer.note, copy: transfer.note },
  ];

  return (
    <>
      <p className="notice notice-warning transfer-warning" role="note">
        <WarningIcon size={18} /> {t.warning}
      </p>

      <TransferQr topup={topup} />

      <section className="card" aria-labelledby={manual}>
        <h2 id={manual} className="card-title">
          {t.manualTitle}
        </h2>
        <dl className="transfer-facts">
          {rows.map((row) => (
            <div key={row.term} className="transfer-fact">
              <dt className="muted small">{row.term}</dt>
              <dd>
                <span className="transfer-value">{row.shown}</span>
                {row.copy && <CopyButton what={row.term} text={row.copy} />}
              </dd>
            </div>
          ))}
        </dl>
        <p className="muted small">
          {topup.invoice ? t.invoiceNote.saved(transfer.note) : t.invoiceNote.own}
        </p>
      </section>
    </>
  );
}

function CopyButton({ what, text }: { what: string; text: string }) {
  const t = useStrings(strings).transfer;
  const succeeded = useSuccessSnackbar();
  const failed = useFailureSnackbar();
  async function copy() {
    if (await copyText(text)) succeeded(t.copied(what));
    else failed(t.copyFailed);
  }
  return (
    <button type="button" className="copy-button" aria-label={t.copyWhat(what)} onClick={() => void copy()}>
      <CopyIcon size={16} />
      <span aria-hidden="true">{t.copy}</span>
    </button>
  );
}
