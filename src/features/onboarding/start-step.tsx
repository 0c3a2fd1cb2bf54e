import { Button } from "zmp-ui";
import { CheckList } from "../../components/check-list";
import { AccountIntro } from "../../components/account-intro";
import { useStrings } from "../../i18n/locale";
import { strings } from "./strings";
import { gatedStep, StepLayout } from "./step-gate";
import { useStepNavigation } from "./use-step-navigation";

/** Step 1: what a ZCA pays for, what it is not for, and what to have ready. */
function StartStep() {
  const t = useStrings(strings);
  const { forward } = useStepNavigation();
  return (
    <StepLayout
      step="start"
      heading={t.start.heading}
      footer={
        <Button fullWidth onClick={forward}>
          {t.start.action}
        </Button>
      }
    >
      <AccountIntro renamed />
      <section className="card" aria-labelledby="create-prepare">
        <h2 id="create-prepare" className="card-title">
          {t.start.prepare}
        </h2>
        <CheckList items={t.start.needs} />
      </section>
    </StepLayout>
  );
}

export default gatedStep("start", StartStep);
