import { useParams } from "react-router-dom";
import { Button } from "zmp-ui";
import { AccountScreen } from "../../components/account-screen";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { ErrorNotice } from "../../components/error-notice";
import { InfoIcon } from "../../components/icons";
import { useConfirm } from "../../components/use-confirm";
import { useSuccessSnackbar } from "../../components/success-snackbar";
import { can } from "../../domain/permissions";
import type { App } from "../../domain/types";
import { useStrings } from "../../i18n/locale";
import { LinkedAppsSection } from "./linked-apps-section";
import { NewAppsSection } from "./new-apps-section";
import { busyKey, useAssets, useLinkAppsScreen, type LinkAction } from "./store";
import { strings } from "./strings";
import { ViewOnlyNote } from "./view-only-note";
import "./assets.css";

type Asking = { action: LinkAction; app: Pick<App, "id" | "name"> };

/**
 * "Liên kết ứng dụng": the apps the ZCA holds, the apps the person may link, and "Tạo ứng dụng"
 * (named after the ZCA, as in the create flow); each change confirmed first.
 */
export default function LinkAppsPage() {
  const t = useStrings(strings);
  const a = t.apps;
  const { accountId = "" } = useParams();
  const { account, error, reload } = useLinkAppsScreen(accountId);
  const failure = useAssets((s) => (s.failure?.kind === "app" ? s.failure : null));
  const creating = useAssets((s) => Boolean(s.busy[busyKey("app", "new")]));
  const succeeded = useSuccessSnackbar();
  const dialog = useConfirm<Asking>();

  const done: Record<LinkAction, (app: string, account: string) => string> = {
    link: a.linkedToast,
    unlink: a.unlinkedToast,
    create: a.createdToast,
  };
  const failed: Record<LinkAction, (app: string) => string> = {
    link: a.linkFailed,
    unlink: a.unlinkFailed,
    create: a.createFailed,
  };

  async function run(action: LinkAction, name: string, work: () => Promise<boolean>) {
    if (await work()) succeeded(done[action](name, account?.name ?? ""));
  }

  function confirm() {
    if (!dialog.asking) return;
    const { action, app } = dialog.asking;
    const store = useAssets.getState();
    dialog.close();
    const work = {
      link: () => store.linkApp(accountId, app.id),
      unlink: () => store.unlinkApp(accountId, app.id),
      create: () => store.createApp(accountId),
    }[action];
    void run(action, app.name, work);
  }

  const asking = dialog.asking;
  const text = t.confirmApp[asking?.action ?? "link"];
  return (
    <AccountScreen
      title={a.title}
      account={account}
      error={error}
      onRetry={reload}
      footer={() =>
        failure && (
          <ErrorNotice
            title={failed[failure.action](failure.name)}
            code={failure.code}
            onRetry={() => void run(failure.action, failure.name, useAssets.getState().retry)}
          />
        )
      }
    >
      {(zca) => {
        const mayLink = can(zca.role, "assets.manage");
        return (
          <>
            <p className="muted page-intro">{a.intro(zca.name)}</p>
            <p className="notice notice-info">
              <InfoIcon size={18} /> {a.authoriseHelp}
            </p>
            {!mayLink && <ViewOnlyNote role={zca.role} />}
            <LinkedAppsSection
              account={zca}
              onUnlink={mayLink ? (app) => dialog.ask({ action: "unlink", app }) : undefined}
            />
            {mayLink && (
              <>
                <NewAppsSection account={zca} onLink={(app) => dialog.ask({ action: "link", app })} />
                <section className="card" aria-labelledby="create-app">
                  <h2 id="create-app" className="card-title">
                    {a.createTitle}
                  </h2>
                  <p className="muted">{a.createDetail(zca.name)}</p>
                  <Button
                    variant="secondary"
                    loading={creating}
                    onClick={() => dialog.ask({ action: "create", app: { id: "", name: zca.name } })}
                  >
                    {a.create}
                  </Button>
                </section>
              </>
            )}
            <ConfirmDialog
              open={dialog.open}
              title={text.title}
              body={asking ? text.body(asking.app.name, zca.name) : ""}
              confirm={text.confirm}
              cancel={text.cancel}
              danger={asking?.action === "unlink"}
              onConfirm={confirm}
              onCancel={dialog.close}
            />
          </>
        );
      }}
    </AccountScreen>
  );
}
