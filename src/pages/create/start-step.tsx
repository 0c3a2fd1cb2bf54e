import { Button } from "zmp-ui";
import { CheckList } from "../../components/check-list";
import { ZcaIntro } from "../../components/zca-intro";
import { t } from "../../i18n";
import { StepGate, StepLayout } from "./create-step";
import { useStepNavigation } from "./use-step-navigation";

/** Step 1: what a ZCA pays for, what it is not for, and what to have ready. */
function StartStep() {
  const { forward } = useStepNavigation();
  return (
    <StepLayout
      step="start"
      heading={t.create.start.heading}
      footer={
        <Button fullWidth onClick={forward}>
          {t.create.start.action}
        </Button>
      }
    >
      <ZcaIntro />
      <section className="card" aria-labelledby="create-prepare">
        <h2 id="create-prepare" className="card-title">
          {t.create.start.prepare}
        </h2>
        <CheckList items={t.create.start.needs} />
      </section>
    </StepLayout>
  );
}

export default function StartStepPage() {
  return (
    <StepGate step="start">
      <StartStep />
    </StepGate>
  );
}
