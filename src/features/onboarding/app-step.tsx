import { useEffect, useState } from "react";
import { Button } from "zmp-ui";
import { AppIdField } from "../../components/app-id-field";
import { ErrorNotice } from "../../components/error-notice";
import { CheckIcon } from "../../components/icons";
import { LoadMore } from "../../components/load-more";
import { LoadingScreen } from "../../components/loading-screen";
import type { AppChoice } from "../../domain/schemas";
import type { App } from "../../domain/types";
import { nameMatches } from "../../domain/text";
import { appStrings } from "../../i18n/app-strings";
import { useStrings } from "../../i18n/locale";
import { common } from "../../i18n/strings";
import { useShownList } from "../../store/list-cache";
import { strings, type Strings } from "./strings";
import { useApps } from "../../store/apps";
import { useOnboarding } from "./store";
import { appChoiceProblem, appIdProblem } from "./draft";
import { gatedStep, StepLayout } from "./step-gate";
import { staleAppSentence } from "./recovery";
import { useStepNavigation } from "./use-step-navigation";

function describeChoice(
  t: Strings,
  choice: AppChoice | null,
  accountName: string,
  apps: Record<string, App>,
): string {
  const { choice: text } = t.app;
  if (!choice) return text.none;
  if (choice.mode === "skip") return text.skip;
  if (choice.mode === "create") return text.create(accountName);
  if (choice.mode === "declare") {
    return appIdProblem(choice) ? text.declareIncomplete : text.declare(choice.appId);
  }
  return text.connect(apps[choice.appId]?.name ?? choice.appId);
}

function Chosen() {
  const t = useStrings(strings);
  return (
    <span className="chosen-mark">
      <CheckIcon size={16} /> {t.app.chosen}
    </span>
  );
}

/**
 * Step 4: create an app named after the ZCA, connect one the person administers, declare one by
 * its App ID, or skip. Inside Zalo no app is listed (no public API lists them): the list's card is
 * left out and the App ID is the way to connect an existing app, right after "Tạo ứng dụng".
 */
function AppStep() {
  const t = useStrings(strings);
  const { app: appText } = useStrings(common);
  const at = useStrings(appStrings);
  const apps = useApps((s) => s.list);
  const seen = useApps((s) => s.seen);
  const loadApps = useApps((s) => s.load);
  const { items, hasMore, loadingMore, loadMore } = useShownList(useApps, nameMatches);
  const accountName = useOnboarding((s) => s.name.trim());
  const app = useOnboarding((s) => s.app);
  const chooseApp = useOnboarding((s) => s.chooseApp);
  const typedAppId = useOnboarding((s) => s.typedAppId);
  const typeAppId = useOnboarding((s) => s.typeAppId);
  const [triedNext, setTriedNext] = useState(false);
  const { forward } = useStepNavigation();

  useEffect(() => {
    void loadApps();
  }, [loadApps]);

  const list = apps.data;
  const problem = list ? appChoiceProblem(seen, app) : null;
  const chosenApp = app?.mode === "connect" ? seen[app.appId] : undefined;
  const declared = app?.mode === "declare" && appIdProblem(app) === null;

  function next() {
    if (appIdProblem(app)) {
      setTriedNext(true);
      return;
    }
    if (!app) chooseApp({ mode: "skip" });
    forward();
  }

  return (
    <StepLayout
      step="app"
      heading={t.app.heading}
      footer={
        <>
          <p className="choice-summary" aria-live="polite">
            {describeChoice(t, app, accountName, seen)}
          </p>
          <Button fullWidth disabled={problem !== null} onClick={next}>
            {t.next}
          </Button>
        </>
      }
    >
      <p className="step-intro">{t.app.intro}</p>
      {problem && (
        <p className="notice notice-warning" role="alert">
          {staleAppSentence(t, problem, chosenApp)}
        </p>
      )}

      <section className={app?.mode === "create" ? "card choice choice-selected" : "card choice"}>
        <h2 className="card-title">{t.app.createTitle}</h2>
        <p className="muted">{t.app.createDetail(accountName)}</p>
        <div className="choice-action">
          <Button
            size="small"
            variant="secondary"
            aria-pressed={app?.mode === "create"}
            onClick={() => chooseApp({ mode: "create" })}
          >
            {t.app.create}
          </Button>
          {app?.mode === "create" && <Chosen />}
        </div>
      </section>

      {list?.items.length !== 0 && (
        <section className="card choice" aria-labelledby="app-connect">
          <h2 id="app-connect" className="card-title">
            {t.app.connectTitle}
          </h2>
          {apps.error && (
            <ErrorNotice
              code={apps.error}
              onRetry={() => void loadApps()}
              retrying={apps.status === "loading"}
            />
          )}
          {!list && !apps.error && <LoadingScreen />}
          <ul className="card-list">
            {items.map((item) => {
              const chosen = app?.mode === "connect" && app.appId === item.id && !item.linkedAccountId;
              return (
                <li key={item.id} className={chosen ? "row choice-selected" : "row"}>
                  <span className="row-main">
                    <strong>{item.name}</strong>
                    {item.declaredBy && (
                      <span className="muted small">{at.declaredBy(item.declaredBy.name)}</span>
                    )}
                    {item.linkedAccountId && <span className="muted small">{t.app.linkedElsewhere}</span>}
                  </span>
                  {chosen && <Chosen />}
                  <Button
                    size="small"
                    variant="secondary"
                    disabled={item.linkedAccountId !== null}
                    aria-pressed={chosen}
                    aria-label={`${t.app.connect} ${item.name}`}
                    onClick={() => chooseApp({ mode: "connect", appId: item.id })}
                  >
                    {t.app.connect}
                  </Button>
                </li>
              );
            })}
          </ul>
          {hasMore && (
            <LoadMore label={appText.loadMore} loading={loadingMore} onMore={() => void loadMore()} />
          )}
        </section>
      )}

      <section
        className={declared ? "card choice choice-selected" : "card choice"}
        aria-labelledby="app-declare"
      >
        <h2 id="app-declare" className="card-title">
          {t.app.declareTitle}
        </h2>
        <p className="muted">{t.app.declareDetail}</p>
        <AppIdField
          value={typedAppId}
          onChange={typeAppId}
          onEnter={next}
          showProblem={triedNext && app?.mode === "declare"}
        />
        {declared && <Chosen />}
        <p className="muted small">{at.declareNote}</p>
      </section>

      {app && app.mode !== "skip" && (
        <button
          type="button"
          className="link-button"
          // Taking back a declared app empties its field too, so no App ID looks chosen.
          onClick={() => (app.mode === "declare" ? typeAppId("") : chooseApp(null))}
        >
          {t.app.clear}
        </button>
      )}
    </StepLayout>
  );
}

export default gatedStep("app", AppStep);
