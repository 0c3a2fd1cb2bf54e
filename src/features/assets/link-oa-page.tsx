import { useCallback } from "react";
import { useParams } from "react-router-dom";
import { AccountScreen } from "../../components/account-screen";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { EntityAvatar } from "../../components/entity-avatar";
import { ErrorNotice } from "../../components/error-notice";
import { useConfirm } from "../../components/use-confirm";
import { useSuccessSnackbar } from "../../components/success-snackbar";
import { can } from "../../domain/permissions";
import type { Oa } from "../../domain/types";
import { useStrings } from "../../i18n/locale";
import { LinkedOasSection } from "./linked-oas-section";
import { NewOasSection } from "./new-oas-section";
import { useLinkOaScreen } from "./link-screen";
import { useAssets } from "./store";
import { strings } from "./strings";
import { ViewOnlyNote } from "./view-only-note";
import "./assets.css";

type Asking = { action: "link" | "unlink"; oa: Pick<Oa, "id" | "name" | "avatar"> };

/** "Liên kết OA": the ZCA's linked OAs, the OAs the person may link, each change confirmed first. */
export default function LinkOaPage() {
  const t = useStrings(strings);
  const o = t.oas;
  const { accountId = "" } = useParams();
  const { account, error, reload } = useLinkOaScreen(accountId);
  const failure = useAssets((s) => (s.failure?.kind === "oa" ? s.failure : null));
  const { link, unlink, retry } = useAssets.getState();
  const succeeded = useSuccessSnackbar();
  const dialog = useConfirm<Asking>();
  const { ask } = dialog;
  const askLink = useCallback((oa: Oa) => ask({ action: "link", oa }), [ask]);

  async function run(action: "link" | "unlink", oaName: string, work: () => Promise<boolean>) {
    if (!(await work())) return;
    succeeded((action === "link" ? o.linkedToast : o.unlinkedToast)(oaName, account?.name ?? ""));
  }

  function confirm() {
    if (!dialog.asking) return;
    const { action, oa } = dialog.asking;
    dialog.close();
    void run(action, oa.name, () => (action === "link" ? link(accountId, oa.id) : unlink(accountId, oa.id)));
  }

  const asking = dialog.asking;
  const text = o.confirm[asking?.action ?? "link"];
  return (
    <AccountScreen
      title={o.title}
      account={account}
      error={error}
      onRetry={reload}
      footer={() =>
        failure && (
          <ErrorNotice
            title={(failure.action === "link" ? o.linkFailed : o.unlinkFailed)(failure.name)}
            code={failure.code}
            onRetry={() => void run(failure.action, failure.name, retry)}
          />
        )
      }
    >
      {(loaded) => {
        const mayLink = can(loaded.role, "assets.manage");
        return (
          <>
            <p className="muted page-intro">{o.intro(loaded.name)}</p>
            {!mayLink && <ViewOnlyNote role={loaded.role} />}
            <LinkedOasSection
              account={loaded}
              onUnlink={mayLink ? (oa) => dialog.ask({ action: "unlink", oa }) : undefined}
            />
            {mayLink && <NewOasSection account={loaded} onLink={askLink} />}
            <ConfirmDialog
              open={dialog.open}
              title={text.title}
              body={asking ? text.body(asking.oa.name, loaded.name) : ""}
              confirm={text.confirm}
              cancel={text.cancel}
              danger={asking?.action === "unlink"}
              onConfirm={confirm}
              onCancel={dialog.close}
            >
              {asking && (
                <span className="confirm-asset">
                  <EntityAvatar name={asking.oa.name} src={asking.oa.avatar} size={40} />
                  <strong>{asking.oa.name}</strong>
                </span>
              )}
            </ConfirmDialog>
          </>
        );
      }}
    </AccountScreen>
  );
}
