import { useEffect, useId, useState, type ComponentProps } from "react";
import { Button } from "zmp-ui";
import { AppIdField } from "../../components/app-id-field";
import { ErrorNotice } from "../../components/error-notice";
import { LoadMore } from "../../components/load-more";
import { LoadingScreen } from "../../components/loading-screen";
import { RadioGroup, RadioOption } from "../../components/radio-choice";
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

type TitledOptionProps = Omit<ComponentProps<typeof RadioOption>, "children"> & {
  title: string;
  detail: string;
};

/** The value of the option that connects an existing app: this prefix and the app's id. */
const CONNECT = "connect:";

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

  const takenAppId = useOnboarding((s) => s.takenAppId);
  const list = apps.data;
  const problem = list ? appChoiceProblem(seen, app, takenAppId) : null;
  const chosenApp = app?.mode === "connect" ? seen[app.appId] : undefined;

  function next() {
    if (appIdProblem(app)) {
      setTriedNext(true);
      return;
    }
    if (!app) chooseApp({ mode: "skip" });
    forward();
  }

  function choose(value: string) {
    if (value === "create" || value === "skip") chooseApp({ mode: value });
    // Choosing the App ID way takes what is typed (an empty field asks for it at "Tiếp tục").
    else if (value === "declare") {
      if (typedAppId.trim() !== "") typeAppId(typedAppId);
      else chooseApp({ mode: "declare", appId: "" });
    } else chooseApp({ mode: "connect", appId: value.slice(CONNECT.length) });
  }
  const option = (value: string, checked: boolean) => ({ name: "app", value, checked, onChoose: choose });

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
          {staleAppSentence(t, problem, chosenApp, app)}
        </p>
      )}

      <RadioGroup legend={t.app.legend}>
        <section className="card choice">
          <TitledOption
            {...option("create", app?.mode === "create")}
            title={t.app.createTitle}
            detail={t.app.createDetail(accountName)}
          />
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
              {items.map((item) => (
                <li key={item.id}>
                  <RadioOption
                    {...option(CONNECT + item.id, app?.mode === "connect" && app.appId === item.id)}
                    disabled={item.linkedAccountId !== null}
                    className="app-option"
                  >
                    <span className="row-main">
                      <strong>{item.name}</strong>
                      {item.declaredBy && (
                        <span className="muted small">{at.declaredBy(item.declaredBy.name)}</span>
                      )}
                      {item.linkedAccountId && (
                        <span className="option-reason small">{t.app.linkedElsewhere}</span>
                      )}
                    </span>
                  </RadioOption>
                </li>
              ))}
            </ul>
            {hasMore && (
              <LoadMore label={appText.loadMore} loading={loadingMore} onMore={() => void loadMore()} />
            )}
          </section>
        )}

        <section className="card choice">
          <TitledOption
            {...option("declare", app?.mode === "declare")}
            title={t.app.declareTitle}
            detail={t.app.declareDetail}
          />
          <AppIdField
            value={typedAppId}
            onChange={typeAppId}
            onEnter={next}
            showProblem={triedNext && app?.mode === "declare"}
          />
          <p className="muted small">{at.declareNote}</p>
        </section>

        <section className="card choice">
          <TitledOption
            {...option("skip", app?.mode === "skip")}
            title={t.app.skipTitle}
            detail={t.app.skipDetail}
          />
        </section>
      </RadioGroup>
    </StepLayout>
  );
}

/** An option named by its title and described by the line under it. */
function TitledOption({ title, detail, ...option }: TitledOptionProps) {
  const id = useId();
  return (
    <RadioOption {...option} labelledBy={`${id}-title`} describedBy={`${id}-detail`}>
      <span className="row-main">
        <strong id={`${id}-title`} className="choice-title">
          {title}
        </strong>
        <span id={`${id}-detail`} className="muted small">
          {detail}
        </span>
      </span>
    </RadioOption>
  );
}

export default gatedStep("app", AppStep);
