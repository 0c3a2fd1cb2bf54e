import { Button } from "zmp-ui";
import { CheckIcon, InfoIcon } from "../../components/icons";
import { PaidUses } from "../../components/paid-uses";
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
      <section className="card">
        <p>{t.home.whatIs}</p>
        <PaidUses />
        <p className="notice notice-info">
          <InfoIcon size={18} /> {t.home.notFor}
        </p>
        <p className="muted small">{t.app.formerName}</p>
      </section>
      <section className="card" aria-labelledby="create-prepare">
        <h2 id="create-prepare" className="card-title">
          {t.create.start.prepare}
        </h2>
        <ul className="paid-uses">
          {t.create.start.needs.map((need) => (
            <li key={need}>
              <CheckIcon size={18} className="paid-uses-check" />
              {need}
            </li>
          ))}
        </ul>
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
