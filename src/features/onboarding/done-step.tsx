import { useState } from "react";
import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { InfoIcon } from "../../components/icons";
import { LoadingScreen } from "../../components/loading-screen";
import { SummaryList } from "../../components/summary-list";
import { appStrings } from "../../i18n/app-strings";
import { accountIntroStrings } from "../../i18n/account-intro-strings";
import { useStrings } from "../../i18n/locale";
import { useAccount } from "../../store/accounts";
import { gatedStep, StepLayout } from "./step-gate";
import { useOnboarding } from "./store";
import { strings } from "./strings";
import { useScreenNavigate } from "../../components/screen-navigation";
import { routes } from "../../routes";

/** Step 6: the new ZCA's name, OA and app, what to do next, and the way into it. */
function DoneStep() {
  const t = useStrings(strings);
  const intro = useStrings(accountIntroStrings);
  const at = useStrings(appStrings);
  // Kept from when the step opened: opening the ZCA clears the draft while this screen animates out.
  const [accountId] = useState(() => useOnboarding.getState().createdAccountId!);
  const { data: account, error, reload } = useAccount(accountId);
  const reset = useOnboarding((s) => s.reset);
  const navigate = useScreenNavigate();
  const { summary, done } = t;

  function openAccount() {
    reset();
    navigate(routes.account.href({ accountId }), { replace: true });
  }

  return (
    <StepLayout
      step="done"
      heading={done.heading}
      footer={
        <Button fullWidth onClick={openAccount}>
          {done.open}
        </Button>
      }
    >
      {!account && (error ? <ErrorNotice code={error} onRetry={reload} /> : <LoadingScreen />)}
      {account && (
        <section className="card">
          <SummaryList
            label={done.heading}
            rows={[
              { term: summary.name, value: account.name },
              { term: summary.oa, value: account.oas.map((oa) => oa.name).join(", ") },
              {
                term: summary.app,
                // Its Super Admin declared the app at creation: said so, as on the terms step.
                value: account.apps.length
                  ? account.apps
                      .map((app) => (app.declaredBy ? at.declaredByYou(app.id) : app.name))
                      .join(", ")
                  : summary.noApp,
              },
            ]}
          />
          <p className="muted small">{done.role}</p>
        </section>
      )}
      <section className="card" aria-labelledby="done-next">
        <h2 id="done-next" className="card-title">
          {done.nextTitle}
        </h2>
        <ol className="help-steps">
          {done.nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <p className="notice notice-info">
        <InfoIcon size={18} /> {intro.notFor}
      </p>
    </StepLayout>
  );
}

export default gatedStep("done", DoneStep);
