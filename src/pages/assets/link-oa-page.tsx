import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { useSnackbar } from "zmp-ui";
import { AppPage } from "../../components/app-page";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { EntityAvatar } from "../../components/entity-avatar";
import { ErrorNotice } from "../../components/error-notice";
import { CheckIcon } from "../../components/icons";
import { LoadingScreen } from "../../components/loading-screen";
import type { Oa } from "../../domain/types";
import { t } from "../../i18n";
import { useAssets, type LinkAction } from "../../store/assets";
import { LinkedOasSection } from "./linked-oas-section";
import { NewOasSection } from "./new-oas-section";

const o = t.assets.oas;
type Asking = { action: LinkAction; oa: Pick<Oa, "id" | "name" | "avatar"> };

/** "Liên kết OA": the ZCA's linked OAs, the OAs the person may link, each change confirmed first. */
export default function LinkOaPage() {
  const { accountId = "" } = useParams();
  const account = useAssets((s) => (s.account?.id === accountId ? s.account : null));
  const loadError = useAssets((s) => s.loadError);
  const failure = useAssets((s) => s.failure);
  const { load, link, unlink, retry } = useAssets.getState();
  const { openSnackbar } = useSnackbar();
  // Kept after closing so the dialog does not go blank while it animates away.
  const [asking, setAsking] = useState<Asking | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    void load(accountId);
  }, [accountId, load]);

  async function run(action: LinkAction, oaName: string, work: () => Promise<boolean>) {
    if (!(await work())) return;
    const text = (action === "link" ? o.linkedToast : o.unlinkedToast)(oaName, account?.name ?? "");
    openSnackbar({ type: "success", text, prefixIcon: <CheckIcon size={20} className="snackbar-check" /> });
  }

  function ask(action: LinkAction, oa: Asking["oa"]) {
    setAsking({ action, oa });
    setOpen(true);
  }

  function confirm() {
    if (!asking) return;
    const { action, oa } = asking;
    setOpen(false);
    void run(action, oa.name, () => (action === "link" ? link(oa.id) : unlink(oa.id)));
  }

  if (!account) {
    return (
      <AppPage title={o.title}>
        {loadError ? (
          <ErrorNotice code={loadError} onRetry={() => void load(accountId)} />
        ) : (
          <LoadingScreen />
        )}
      </AppPage>
    );
  }

  const dialog = asking?.action === "unlink" ? t.assets.confirmUnlink : t.assets.confirmLink;
  return (
    <AppPage
      title={o.title}
      footer={
        failure && (
          <ErrorNotice
            title={(failure.action === "link" ? o.linkFailed : o.unlinkFailed)(failure.oaName)}
            code={failure.code}
            onRetry={failure.canRetry ? () => void run(failure.action, failure.oaName, retry) : undefined}
          />
        )
      }
    >
      <p className="muted page-intro">{o.intro(account.name)}</p>
      <LinkedOasSection onUnlink={(oa) => ask("unlink", oa)} />
      <NewOasSection account={account} onLink={(oa) => ask("link", oa)} />
      <ConfirmDialog
        open={open}
        title={dialog.title}
        body={asking ? dialog.body(asking.oa.name, account.name) : ""}
        confirm={dialog.confirm}
        cancel={dialog.cancel}
        danger={asking?.action === "unlink"}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        {asking && (
          <span className="confirm-oa">
            <EntityAvatar name={asking.oa.name} src={asking.oa.avatar} size={40} />
            <strong>{asking.oa.name}</strong>
          </span>
        )}
      </ConfirmDialog>
    </AppPage>
  );
}
