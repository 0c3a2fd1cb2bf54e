import { useEffect } from "react";
import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { CheckIcon } from "../../components/icons";
import { LoadMore } from "../../components/load-more";
import { LoadingScreen } from "../../components/loading-screen";
import type { AppChoice } from "../../domain/schemas";
import type { App } from "../../domain/types";
import { nameMatches } from "../../domain/text";
import { useStrings } from "../../i18n/locale";
import { common } from "../../i18n/strings";
import { useShownList } from "../../store/list-cache";
import { strings, type Strings } from "./strings";
import { useApps } from "../../store/apps";
import { useOnboarding } from "./store";
import { appChoiceProblem } from "./draft";
import { gatedStep, StepLayout } from "./step-gate";
import { staleAppSentence } from "./recovery";
import { useStepNavigation } from "./use-step-navigation";

function describeChoice(
  t: Strings,
  choice: AppChoice | null,
  zcaName: string,
  apps: Record<string, App>,
): string {
  const { choice: text } = t.app;
  if (!choice) return text.none;
  if (choice.mode === "skip") return text.skip;
  if (choice.mode === "create") return text.create(zcaName);
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

/** Step 4: create an app named after the ZCA, connect one the person owns, or skip. */
function AppStep() {
  const t = useStrings(strings);
  const { app: appText } = useStrings(common);
  const apps = useApps((s) => s.list);
  const seen = useApps((s) => s.seen);
  const loadApps = useApps((s) => s.load);
  const { items, hasMore, loadingMore, loadMore } = useShownList(useApps, nameMatches);
  const zcaName = useOnboarding((s) => s.name.trim());
  const app = useOnboarding((s) => s.app);
  const chooseApp = useOnboarding((s) => s.chooseApp);
  const { forward } = useStepNavigation();

  useEffect(() => {
    void loadApps();
  }, [loadApps]);

  const list = apps.data;
  const problem = list ? appChoiceProblem(seen, app) : null;
  const chosenApp = app?.mode === "connect" ? seen[app.appId] : undefined;

  function next() {
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
            {describeChoice(t, app, zcaName, seen)}
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
        <p className="muted">{t.app.createDetail(zcaName)}</p>
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
        {list?.items.length === 0 && <p className="muted">{t.app.noApps}</p>}
        <ul className="card-list">
          {items.map((item) => {
            const chosen = app?.mode === "connect" && app.appId === item.id && !item.linkedAccountId;
            return (
              <li key={item.id} className={chosen ? "row choice-selected" : "row"}>
                <span className="row-main">
                  <strong>{item.name}</strong>
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

      {app && app.mode !== "skip" && (
        <button type="button" className="link-button" onClick={() => chooseApp(null)}>
          {t.app.clear}
        </button>
      )}
    </StepLayout>
  );
}

export default gatedStep("app", AppStep);
