import { useId, useRef, useState } from "react";
import { Button } from "zmp-ui";
import { EntityAvatar } from "../../components/entity-avatar";
import { CheckIcon } from "../../components/icons";
import { validateAccountName } from "../../domain/account-name";
import { useStrings } from "../../i18n/locale";
import { strings } from "./strings";
import { useOnboarding } from "./store";
import { useSession } from "../../store/session";
import { gatedStep, StepLayout } from "./step-gate";
import { PhonePermissionNotice, usePhonePermission } from "./phone-permission";
import { useStepNavigation } from "./use-step-navigation";

/** Step 2: who is signed in (and their phone, inside Zalo), then the ZCA's name. */
function NameStep() {
  const t = useStrings(strings);
  const me = useSession((s) => s.me)!;
  const name = useOnboarding((s) => s.name);
  const setName = useOnboarding((s) => s.setName);
  const { forward } = useStepNavigation();
  const phone = usePhonePermission();
  const [touched, setTouched] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const ids = { hint: useId(), error: useId(), input: useId() };

  const result = validateAccountName(name);
  const problem = touched && !result.ok ? t.name.problems[result.problem] : null;

  function next() {
    if (result.ok) return forward();
    setTouched(true);
    input.current?.focus();
  }

  return (
    <StepLayout
      step="name"
      heading={t.name.heading}
      footer={
        phone.needed ? (
          <Button fullWidth loading={phone.status === "asking"} onClick={() => void phone.ask()}>
            {t.name.phoneAction}
          </Button>
        ) : (
          <Button fullWidth onClick={next}>
            {t.next}
          </Button>
        )
      }
    >
      <section className="card">
        <div className="profile">
          <EntityAvatar name={me.user.name} src={me.user.avatar} size={48} />
          <div>
            <p className="signed-in">
              <CheckIcon size={16} /> {t.name.signedIn}
            </p>
            <p className="profile-name">{me.user.name}</p>
            {me.phone && <p className="muted small">{me.phone}</p>}
          </div>
        </div>
        <p className="muted small">{t.name.superAdmin}</p>
      </section>

      {phone.needed && <PhonePermissionNotice status={phone.status} />}

      <section className="card field">
        <label htmlFor={ids.input} className="field-label">
          {t.name.label}
        </label>
        <input
          ref={input}
          id={ids.input}
          className={problem ? "field-input field-input-error" : "field-input"}
          value={name}
          autoComplete="organization"
          enterKeyHint="next"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${ids.error} ${ids.hint}` : ids.hint}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => setTouched((was) => was || name.trim() !== "")}
          onKeyDown={(e) => e.key === "Enter" && !phone.needed && next()}
        />
        {problem && (
          <p id={ids.error} className="field-error" role="alert">
            {problem}
          </p>
        )}
        <p id={ids.hint} className="muted small field-hint">
          <span>{t.name.hint}</span>
          <span aria-hidden="true">{t.name.count([...name.trim()].length)}</span>
        </p>
      </section>
    </StepLayout>
  );
}

export default gatedStep("name", NameStep);
