import { useState } from "react";
import { useParams } from "react-router-dom";
import { Button } from "zmp-ui";
import { AccountScreen } from "../../components/account-screen";
import { AppIdField } from "../../components/app-id-field";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { ErrorNotice } from "../../components/error-notice";
import { InfoIcon } from "../../components/icons";
import { useConfirm } from "../../components/use-confirm";
import { useSuccessSnackbar } from "../../components/success-snackbar";
import { declaredAppName, validateAppId } from "../../domain/app-id";
import { can } from "../../domain/permissions";
import { appStrings } from "../../i18n/app-strings";
import type { App } from "../../domain/types";
import { useStrings } from "../../i18n/locale";
import { useApps } from "../../store/apps";
import { LinkedAppsSection } from "./linked-apps-section";
import { NewAppsSection } from "./new-apps-section";
import type { LinkAction } from "./asset-changes";
import { useLinkAppsScreen } from "./link-screen";
import { busyKey, useAssets } from "./store";
import { strings } from "./strings";
import { ViewOnlyNote } from "./view-only-note";
import "./assets.css";

type Asking = { action: LinkAction; app: Pick<App, "id" | "name"> };

/**
 * "Liên kết ứng dụng": the apps the ZCA holds, the apps the person may link, "Liên kết bằng App
 * ID" (declared on the person's word: inside Zalo no app is listed, so it comes first when the list
 * is empty) and "Tạo ứng dụng" (named after the ZCA, as in the create flow); each change confirmed.
 */
export default function LinkAppsPage() {
  const t = useStrings(strings);
  const a = t.apps;
  const { accountId = "" } = useParams();
  const { account, error, reload } = useLinkAppsScreen(accountId);
  const noApps = useApps((s) => s.list.data?.items.length === 0);
  const failure = useAssets((s) => (s.failure?.kind === "app" ? s.failure : null));
  const creating = useAssets((s) => Boolean(s.busy[busyKey("app", "new")]));
  const succeeded = useSuccessSnackbar();
  const dialog = useConfirm<Asking>();
  const at = useStrings(appStrings);
  const [typedAppId, setTypedAppId] = useState("");
  const [triedDeclare, setTriedDeclare] = useState(false);
  const typed = validateAppId(typedAppId);
  const declaring = useAssets((s) => typed.ok && Boolean(s.busy[busyKey("app", typed.value)]));

  function askDeclare() {
    if (!typed.ok) {
      setTriedDeclare(true);
      return;
    }
    dialog.ask({ action: "declare", app: { id: typed.value, name: declaredAppName(typed.value) } });
  }

  const done: Record<LinkAction, (app: string, account: string) => string> = {
    link: a.linkedToast,
    unlink: a.unlinkedToast,
    create: a.createdToast,
    declare: a.declaredToast,
  };
  const failed: Record<LinkAction, (app: string) => string> = {
    link: a.linkFailed,
    unlink: a.unlinkFailed,
    create: a.createFailed,
    declare: a.declareFailed,
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
      declare: async () => {
        const linked = await store.declareApp(accountId, app.id);
        if (linked) {
          setTypedAppId("");
          setTriedDeclare(false);
        }
        return linked;
      },
    }[action];
    void run(action, app.name, work);
  }

  const declareCard = (
    <section className="card" aria-labelledby="declare-app">
      <h2 id="declare-app" className="card-title">
        {a.declareTitle}
      </h2>
      <p className="muted">{a.declareDetail}</p>
      <AppIdField
        value={typedAppId}
        onChange={setTypedAppId}
        onEnter={askDeclare}
        showProblem={triedDeclare}
      />
      <p className="muted small">{at.declareNote}</p>
      <Button variant="secondary" loading={declaring} onClick={askDeclare}>
        {a.declare}
      </Button>
    </section>
  );

  const asking = dialog.asking;
  const text = t.apps.confirm[asking?.action ?? "link"];
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
      {(loaded) => {
        const mayLink = can(loaded.role, "assets.manage");
        return (
          <>
            <p className="muted page-intro">{a.intro(loaded.name)}</p>
            <p className="notice notice-info">
              <InfoIcon size={18} /> {a.authoriseHelp}
            </p>
            {!mayLink && <ViewOnlyNote role={loaded.role} />}
            <LinkedAppsSection
              account={loaded}
              onUnlink={mayLink ? (app) => dialog.ask({ action: "unlink", app }) : undefined}
            />
            {mayLink && (
              <>
                {noApps && declareCard}
                <NewAppsSection account={loaded} onLink={(app) => dialog.ask({ action: "link", app })} />
                {!noApps && declareCard}
                <section className="card" aria-labelledby="create-app">
                  <h2 id="create-app" className="card-title">
                    {a.createTitle}
                  </h2>
                  <p className="muted">{a.createDetail(loaded.name)}</p>
                  <Button
                    variant="secondary"
                    loading={creating}
                    onClick={() => dialog.ask({ action: "create", app: { id: "", name: loaded.name } })}
                  >
                    {a.create}
                  </Button>
                </section>
              </>
            )}
            <ConfirmDialog
              open={dialog.open}
              title={text.title}
              body={asking ? text.body(asking.app.name, loaded.name) : ""}
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
