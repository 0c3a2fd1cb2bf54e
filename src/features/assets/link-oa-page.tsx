import { useState } from "react";
import { useParams } from "react-router-dom";
import { useSnackbar } from "zmp-ui";
import { AppPage } from "../../components/app-page";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { EntityAvatar } from "../../components/entity-avatar";
import { ErrorNotice } from "../../components/error-notice";
import { CheckIcon } from "../../components/icons";
import { LoadingScreen } from "../../components/loading-screen";
import type { Oa } from "../../domain/types";
import { useStrings } from "../../i18n/locale";
import { LinkedOasSection } from "./linked-oas-section";
import { NewOasSection } from "./new-oas-section";
import { useAssets, useLinkOaScreen, type LinkAction } from "./store";
import { strings } from "./strings";
import "./assets.css";

type Asking = { action: LinkAction; oa: Pick<Oa, "id" | "name" | "avatar"> };

/** "Liên kết OA": the ZCA's linked OAs, the OAs the person may link, each change confirmed first. */
export default function LinkOaPage() {
  const t = useStrings(strings);
  const o = t.oas;
  const { accountId = "" } = useParams();
  const { account, oas, error, reload } = useLinkOaScreen(accountId);
  const failure = useAssets((s) => s.failure);
  const { link, unlink, retry } = useAssets.getState();
  const { openSnackbar } = useSnackbar();
  // Kept after closing so the dialog does not go blank while it animates away.
  const [asking, setAsking] = useState<Asking | null>(null);
  const [open, setOpen] = useState(false);

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
    void run(action, oa.name, () => (action === "link" ? link(accountId, oa.id) : unlink(accountId, oa.id)));
  }

  if (!account) {
    return (
      <AppPage title={o.title}>
        {error ? <ErrorNotice code={error} onRetry={reload} /> : <LoadingScreen />}
      </AppPage>
    );
  }

  const dialog = asking?.action === "unlink" ? t.confirmUnlink : t.confirmLink;
  return (
    <AppPage
      title={o.title}
      footer={
        failure && (
          <ErrorNotice
            title={(failure.action === "link" ? o.linkFailed : o.unlinkFailed)(failure.oaName)}
            code={failure.code}
            onRetry={() => void run(failure.action, failure.oaName, retry)}
          />
        )
      }
    >
      <p className="muted page-intro">{o.intro(account.name)}</p>
      <LinkedOasSection account={account} onUnlink={(oa) => ask("unlink", oa)} />
      <NewOasSection account={account} oas={oas} onLink={(oa) => ask("link", oa)} />
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
