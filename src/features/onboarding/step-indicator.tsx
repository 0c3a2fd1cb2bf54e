import { useStrings } from "../../i18n/locale";
import { strings } from "./strings";

interface StepIndicatorProps {
  step: number;
  total: number;
}

/** "Bước 2/6" with a segmented bar showing the steps behind and ahead. */
export function StepIndicator({ step, total }: StepIndicatorProps) {
  const t = useStrings(strings);
  return (
    <div className="step-indicator">
      <p className="step-indicator-label">{t.stepOf(step, total)}</p>
      <ol className="step-indicator-bar" aria-hidden="true">
        {Array.from({ length: total }, (_, i) => (
          <li key={i} className={i < step ? "step-indicator-done" : undefined} />
        ))}
      </ol>
    </div>
  );
}
