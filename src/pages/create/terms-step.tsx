import { useEffect } from "react";
import { Button, Checkbox, useNavigate } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import { t } from "../../i18n";
import { useDirectory } from "../../store/directory";
import { useOnboarding } from "../../store/onboarding";
import { appChoiceProblem, oaChoiceProblem } from "../../store/onboarding-draft";
import { useSession } from "../../store/session";
import { StepGate, StepLayout } from "./create-step";
import { DraftSummary } from "./draft-summary";
import { recoveryFor, type Recovery } from "./recovery";
import { STEP_PATH } from "./steps";
import { useStepNavigation } from "./use-step-navigation";

/** Step 5: what is about to be created, the current terms, agreement, and "Hoàn thành". */
function TermsStep() {
  const termsState = useDirectory((s) => s.terms);
  const oas = useDirectory((s) => s.oas.data);
  const apps = useDirectory((s) => s.apps.data);
  const loadTerms = useDirectory((s) => s.loadTerms);
  const loadOas = useDirectory((s) => s.loadOas);
  const loadApps = useDirectory((s) => s.loadApps);
  const oaId = useOnboarding((s) => s.oaId);
  const app = useOnboarding((s) => s.app);
  const accepted = useOnboarding((s) => s.acceptedTermsVersion);
  const acceptTerms = useOnboarding((s) => s.acceptTerms);
  const submit = useOnboarding((s) => s.submit);
  const submitting = useOnboarding((s) => s.submitStatus === "submitting");
  const submitError = useOnboarding((s) => s.submitError);
  const owned = useSession((s) => s.me?.accounts[0]);
  const { open } = useStepNavigation();
  const navigate = useNavigate();

  useEffect(() => {
    void Promise.all([loadTerms(), loadOas(), loadApps()]);
  }, [loadTerms, loadOas, loadApps]);

  const terms = termsState.data;
  const agreed = terms !== null && accepted === terms.version;
  const outdated = terms !== null && accepted !== null && !agreed;
  const oaProblem = oas ? oaChoiceProblem(oas, oaId) : null;
  const appProblem = apps ? appChoiceProblem(apps, app) : null;
  const recovery = recoveryFor(submitError, oaProblem, appProblem);

  async function complete() {
    if (await submit()) navigate(STEP_PATH.done, { replace: true });
  }

  const actions: Record<Exclude<Recovery, "retry">, { label: string; run(): void } | null> = {
    "choose-oa": { label: t.create.terms.chooseOa, run: () => open("oa") },
    "choose-app": { label: t.create.terms.chooseApp, run: () => open("app") },
    "share-phone": { label: t.create.terms.sharePhone, run: () => open("name") },
    "open-owned": owned
      ? {
          label: t.create.terms.openOwned,
          run: () => navigate(`/accounts/${owned.id}`, { replace: true, state: { landing: true } }),
        }
      : null,
  };
  const action = recovery && recovery !== "retry" ? actions[recovery] : null;

  return (
    <StepLayout
      step="terms"
      heading={t.create.terms.heading}
      footer={
        <>
          {submitError && !submitting && <ErrorNotice code={submitError} />}
          {outdated && (
            <p className="notice notice-warning" role="alert">
              {t.create.terms.updated}
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
              {t.create.terms.agree}
            </Checkbox>
          )}
          {action ? (
            <Button fullWidth onClick={action.run}>
              {action.label}
            </Button>
          ) : (
            <Button fullWidth disabled={!agreed} loading={submitting} onClick={() => void complete()}>
              {submitting
                ? t.create.terms.creating
                : recovery === "retry"
                  ? t.app.retry
                  : t.create.terms.action}
            </Button>
          )}
        </>
      }
    >
      <DraftSummary oaProblem={oaProblem} appProblem={appProblem} />
      {termsState.error && !terms && (
        <ErrorNotice code={termsState.error} onRetry={() => void loadTerms()} retrying={termsState.loading} />
      )}
      {!terms && !termsState.error && <LoadingScreen />}
      {terms && (
        <section className="card terms" aria-labelledby="terms-title">
          <h2 id="terms-title" className="card-title">
            {terms.title}
          </h2>
          <p className="muted small">{t.create.terms.version(terms.version)}</p>
          {terms.body.split("\n\n").map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      )}
    </StepLayout>
  );
}

export default function TermsStepPage() {
  return (
    <StepGate step="terms">
      <TermsStep />
    </StepGate>
  );
}
