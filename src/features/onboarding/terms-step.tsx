import { useEffect } from "react";
import { Button, Checkbox } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import { useStrings } from "../../i18n/locale";
import { common } from "../../i18n/strings";
import { useApps } from "../../store/apps";
import { useOas } from "../../store/oas";
import { useSession } from "../../store/session";
import { appChoiceProblem, oaChoiceProblem } from "./draft";
import { DraftSummary } from "./draft-summary";
import { recoveryFor, type Recovery } from "./recovery";
import { gatedStep, StepLayout } from "./step-gate";
import { STEP_PATH } from "./steps";
import { useOnboarding } from "./store";
import { strings } from "./strings";
import { useStepNavigation } from "./use-step-navigation";
import { phoneOwnedAccount } from "../../domain/me";
import { useScreenNavigate } from "../../components/screen-navigation";
import { routes } from "../../routes";

/** Step 5: what is about to be created, the current terms, agreement, and "Hoàn thành". */
function TermsStep() {
  const t = useStrings(strings);
  const { app: appText } = useStrings(common);
  const termsState = useOnboarding((s) => s.terms);
  const oas = useOas((s) => (s.list.data ? s.seen : null));
  const apps = useApps((s) => (s.list.data ? s.seen : null));
  const loadTerms = useOnboarding((s) => s.loadTerms);
  const loadOas = useOas((s) => s.load);
  const loadApps = useApps((s) => s.load);
  const oaId = useOnboarding((s) => s.oaId);
  const app = useOnboarding((s) => s.app);
  const takenAppId = useOnboarding((s) => s.takenAppId);
  const accepted = useOnboarding((s) => s.acceptedTermsVersion);
  const acceptTerms = useOnboarding((s) => s.acceptTerms);
  const submit = useOnboarding((s) => s.submit);
  // Once the ZCA exists the draft is emptied while this step is still on screen: it stays as it was.
  const created = useOnboarding((s) => s.createdAccountId !== null);
  const submitting = useOnboarding((s) => s.submission.status === "loading") || created;
  const submitError = useOnboarding((s) => s.submission.error);
  const detailsRefused = useOnboarding((s) => Object.keys(s.refused).length > 0);
  const owned = useSession((s) => s.me && phoneOwnedAccount(s.me));
  const { open } = useStepNavigation();
  const navigate = useScreenNavigate();

  useEffect(() => {
    void Promise.all([loadTerms(), loadOas(), loadApps()]);
  }, [loadTerms, loadOas, loadApps]);

  const terms = termsState.data;
  const agreed = terms !== null && (accepted === terms.version || created);
  const outdated = terms !== null && accepted !== null && !agreed;
  const oaProblem = oas ? oaChoiceProblem(oas, oaId) : null;
  const appProblem = apps ? appChoiceProblem(apps, app, takenAppId) : null;
  // A declared App ID another ZCA took: said in its own words, instead of the general sentence.
  const appIdTaken = appProblem === "app_id_taken";
  const recovery = recoveryFor(submitError, oaProblem, appProblem, detailsRefused);

  async function complete() {
    if (await submit()) navigate(STEP_PATH.done, { replace: true });
  }

  const actions: Record<Exclude<Recovery, "retry">, { label: string; run(): void } | null> = {
    "fix-details": { label: t.terms.fixDetails, run: () => open("name") },
    "choose-oa": { label: t.terms.chooseOa, run: () => open("oa") },
    "choose-app": { label: appIdTaken ? t.terms.chooseAppAgain : t.terms.chooseApp, run: () => open("app") },
    "share-phone": { label: t.terms.sharePhone, run: () => open("name") },
    "open-owned": owned
      ? {
          label: t.terms.openOwned,
          run: () =>
            navigate(routes.account.href({ accountId: owned.id }), {
              replace: true,
              state: { landing: true },
            }),
        }
      : null,
  };
  const action = recovery && recovery !== "retry" ? actions[recovery] : null;

  return (
    <StepLayout
      step="terms"
      heading={t.terms.heading}
      footer={
        <>
          {submitError && !submitting && !appIdTaken && <ErrorNotice code={submitError} inputKept />}
          {appIdTaken && app?.mode === "declare" && (
            <p className="notice notice-warning" role="alert">
              {t.terms.appIdTaken(app.appId)}
            </p>
          )}
          {outdated && (
            <p className="notice notice-warning" role="alert">
              {t.terms.updated}
            </p>
          )}
          {terms && !action && (
            <Checkbox
              className="terms-agree"
              value="agree"
              checked={agreed}
              disabled={submitting}
              onChange={(e: { target: { checked: boolean } }) =>
                acceptTerms(e.target.checked ? terms.version : null)
              }
            >
              {t.terms.agree}
            </Checkbox>
          )}
          {action ? (
            <Button fullWidth onClick={action.run}>
              {action.label}
            </Button>
          ) : (
            <Button fullWidth disabled={!agreed} loading={submitting} onClick={() => void complete()}>
              {submitting ? t.terms.creating : recovery === "retry" ? appText.retry : t.terms.action}
            </Button>
          )}
        </>
      }
    >
      <DraftSummary oaProblem={oaProblem} appProblem={appProblem} />
      {termsState.error && !terms && (
        <ErrorNotice
          code={termsState.error}
          onRetry={() => void loadTerms()}
          retrying={termsState.status === "loading"}
        />
      )}
      {!terms && !termsState.error && <LoadingScreen />}
      {terms && (
        <section className="card terms" aria-labelledby="terms-title">
          <h2 id="terms-title" className="card-title">
            {terms.title}
          </h2>
          <p className="muted small">{t.terms.version(terms.version)}</p>
          {terms.body.split("\n\n").map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      )}
    </StepLayout>
  );
}

export default gatedStep("terms", TermsStep);
