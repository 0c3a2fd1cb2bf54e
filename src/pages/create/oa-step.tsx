import { useEffect } from "react";
import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import { OaRow } from "../../components/oa-row";
import { useProgressiveList } from "../../components/use-progressive-list";
import { t } from "../../i18n";
import { useDirectory } from "../../store/directory";
import { useOnboarding } from "../../store/onboarding";
import { oaChoiceProblem } from "../../store/onboarding-draft";
import { StepGate, StepLayout } from "./create-step";
import { NoOaHelp } from "./no-oa-help";
import { staleOaSentence } from "./recovery";
import { useStepNavigation } from "./use-step-navigation";

/** Step 3: the OAs the person administers; only a verified OA that no ZCA holds can be chosen. */
function OaStep() {
  const oas = useDirectory((s) => s.oas);
  const loadOas = useDirectory((s) => s.loadOas);
  const oaId = useOnboarding((s) => s.oaId);
  const chooseOa = useOnboarding((s) => s.chooseOa);
  const { forward } = useStepNavigation();

  useEffect(() => {
    void loadOas();
  }, [loadOas]);

  const list = oas.data;
  const problem = list ? oaChoiceProblem(list, oaId) : null;
  const noneLinkable = list !== null && !list.some((oa) => oa.linkable);
  const rows = useProgressiveList(list ?? []);

  return (
    <StepLayout
      step="oa"
      heading={t.create.oa.heading}
      footer={
        noneLinkable ? (
          <Button fullWidth loading={oas.loading} onClick={() => void loadOas()}>
            {t.create.oa.reload}
          </Button>
        ) : (
          <Button fullWidth disabled={!list || !oaId || problem !== null} onClick={forward}>
            {t.create.next}
          </Button>
        )
      }
    >
      <p className="step-intro">{t.create.oa.intro}</p>
      {problem && (
        <p className="notice notice-warning" role="alert">
          {staleOaSentence(
            problem,
            list?.find((oa) => oa.id === oaId),
          )}
        </p>
      )}
      {oas.error && <ErrorNotice code={oas.error} onRetry={() => void loadOas()} retrying={oas.loading} />}
      {!list && !oas.error && <LoadingScreen />}
      {list && list.length > 0 && (
        <section className="card" aria-labelledby="oa-list">
          <h2 id="oa-list" className="card-title">
            {t.create.oa.listLabel}
          </h2>
          <ul className="card-list">
            {rows.map((oa) => (
              <li key={oa.id}>
                <OaRow
                  oa={oa}
                  selected={oa.linkable && oa.id === oaId}
                  disabledReason={
                    oa.linkable ? undefined : t.create.oa.reasons[oa.reason ?? "oa_linked_elsewhere"]
                  }
                  onSelect={chooseOa}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {noneLinkable && <NoOaHelp title={list.length === 0 ? t.create.oa.none : t.create.oa.noneLinkable} />}
    </StepLayout>
  );
}

export default function OaStepPage() {
  return (
    <StepGate step="oa">
      <OaStep />
    </StepGate>
  );
}
