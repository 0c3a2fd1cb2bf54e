import { useEffect } from "react";
import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { CheckIcon } from "../../components/icons";
import { LoadingScreen } from "../../components/loading-screen";
import type { AppChoice } from "../../domain/schemas";
import type { App } from "../../domain/types";
import { t } from "../../i18n";
import { useDirectory } from "../../store/directory";
import { useOnboarding } from "../../store/onboarding";
import { appChoiceProblem } from "../../store/onboarding-draft";
import { StepGate, StepLayout } from "./create-step";
import { staleAppSentence } from "./recovery";
import { useStepNavigation } from "./use-step-navigation";

function describeChoice(choice: AppChoice | null, zcaName: string, apps: App[]): string {
  const { choice: text } = t.create.app;
  if (!choice) return text.none;
  if (choice.mode === "skip") return text.skip;
  if (choice.mode === "create") return text.create(zcaName);
  return text.connect(apps.find((a) => a.id === choice.appId)?.name ?? choice.appId);
}

const Chosen = () => (
  <span className="chosen-mark">
    <CheckIcon size={16} /> {t.create.app.chosen}
  </span>
);

/** Step 4: create an app named after the ZCA, connect one the person owns, or skip. */
function AppStep() {
  const apps = useDirectory((s) => s.apps);
  const loadApps = useDirectory((s) => s.loadApps);
  const zcaName = useOnboarding((s) => s.name.trim());
  const app = useOnboarding((s) => s.app);
  const chooseApp = useOnboarding((s) => s.chooseApp);
  const { forward } = useStepNavigation();

  useEffect(() => {
    void loadApps();
  }, [loadApps]);

  const list = apps.data;
  const problem = list ? appChoiceProblem(list, app) : null;
  const chosenApp = app?.mode === "connect" ? list?.find((a) => a.id === app.appId) : undefined;

  function next() {
    if (!app) chooseApp({ mode: "skip" });
    forward();
  }

  return (
    <StepLayout
      step="app"
      heading={t.create.app.heading}
      footer={
        <>
          <p className="choice-summary" aria-live="polite">
            {describeChoice(app, zcaName, list ?? [])}
          </p>
          <Button fullWidth disabled={problem !== null} onClick={next}>
            {t.create.next}
          </Button>
        </>
      }
    >
      <p className="step-intro">{t.create.app.intro}</p>
      {problem && (
        <p className="notice notice-warning" role="alert">
          {staleAppSentence(problem, chosenApp)}
        </p>
      )}

      <section className={app?.mode === "create" ? "card choice choice-selected" : "card choice"}>
        <h2 className="card-title">{t.create.app.createTitle}</h2>
        <p className="muted">{t.create.app.createDetail(zcaName)}</p>
        <div className="choice-action">
          <Button
            size="small"
            variant="secondary"
            aria-pressed={app?.mode === "create"}
            onClick={() => chooseApp({ mode: "create" })}
          >
            {t.create.app.create}
          </Button>
          {app?.mode === "create" && <Chosen />}
        </div>
      </section>

      <section className="card choice" aria-labelledby="app-connect">
        <h2 id="app-connect" className="card-title">
          {t.create.app.connectTitle}
        </h2>
        {apps.error && (
          <ErrorNotice code={apps.error} onRetry={() => void loadApps()} retrying={apps.loading} />
        )}
        {!list && !apps.error && <LoadingScreen />}
        {list?.length === 0 && <p className="muted">{t.create.app.noApps}</p>}
        <ul className="card-list">
          {list?.map((item) => {
            const chosen = app?.mode === "connect" && app.appId === item.id && !item.linkedAccountId;
            return (
              <li key={item.id} className={chosen ? "row choice-selected" : "row"}>
                <span className="row-main">
                  <strong>{item.name}</strong>
                  {item.linkedAccountId && (
                    <span className="muted small">{t.create.app.linkedElsewhere}</span>
                  )}
                </span>
                {chosen && <Chosen />}
                <Button
                  size="small"
                  variant="secondary"
                  disabled={item.linkedAccountId !== null}
                  aria-pressed={chosen}
                  aria-label={`${t.create.app.connect} ${item.name}`}
                  onClick={() => chooseApp({ mode: "connect", appId: item.id })}
                >
                  {t.create.app.connect}
                </Button>
              </li>
            );
          })}
        </ul>
      </section>

      {app && app.mode !== "skip" && (
        <button type="button" className="link-button" onClick={() => chooseApp(null)}>
          {t.create.app.clear}
        </button>
      )}
    </StepLayout>
  );
}

export default function AppStepPage() {
  return (
    <StepGate step="app">
      <AppStep />
    </StepGate>
  );
}
