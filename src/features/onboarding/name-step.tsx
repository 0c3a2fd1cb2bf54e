import { useEffect, useId, useRef } from "react";
import { Button } from "zmp-ui";
import { BusinessFields, useBusinessProblems } from "../../components/business-fields";
import { EntityAvatar } from "../../components/entity-avatar";
import { CheckIcon, InfoIcon } from "../../components/icons";
import { TextField } from "../../components/text-field";
import { useShownProblems } from "../../components/use-shown-problems";
import {
  ACCOUNT_NAME_MAX,
  ACCOUNT_NAME_PROBLEMS,
  specialCharacters,
  suggestAccountName,
  validateAccountName,
  type AccountNameProblem,
} from "../../domain/account-name";
import { BUSINESS_FIELDS, type BusinessField } from "../../domain/business";
import type { FieldProblems } from "../../domain/errors";
import { parseVietnamMobile } from "../../domain/phone";
import { businessProblemSentence, businessStrings, type BusinessStrings } from "../../i18n/business-strings";
import { useStrings } from "../../i18n/locale";
import { useSession } from "../../store/session";
import { PhonePermissionNotice, usePhonePermission } from "./phone-permission";
import { gatedStep, StepLayout } from "./step-gate";
import { useOnboarding } from "./store";
import { strings, type Strings } from "./strings";
import { useStepNavigation } from "./use-step-navigation";

type Field = "name" | BusinessField;
const FIELDS: readonly Field[] = ["name", ...BUSINESS_FIELDS];

function nameSentence(t: Strings, problem: AccountNameProblem, name: string): string {
  const sentence = t.name.problems[problem];
  if (problem !== "special_characters") return sentence;
  const visible = specialCharacters(name).filter((c) => !/\p{C}/u.test(c));
  return `${sentence} ${t.name.remove(visible)}`;
}

/** The phone the person shares while on the step fills in the business's contact phone. */
function useZaloPhone() {
  const ownPhone = useSession((s) => s.me?.ownPhone);
  const fillZaloPhone = useOnboarding((s) => s.fillZaloPhone);
  useEffect(() => fillZaloPhone(), [ownPhone, fillZaloPhone]);
}

/** Step 2: who is signed in, the ZCA's name by today's rule, and the business's details. */
function NameStep() {
  const t = useStrings(strings);
  const bt = useStrings(businessStrings);
  const me = useSession((s) => s.me)!;
  const name = useOnboarding((s) => s.name);
  const business = useOnboarding((s) => s.business);
  const refused = useOnboarding((s) => s.refused);
  const setName = useOnboarding((s) => s.setName);
  const setBusiness = useOnboarding((s) => s.setBusiness);
  const { forward } = useStepNavigation();
  const phone = usePhonePermission();
  const phoneNotice = useId();
  const nameInput = useRef<HTMLElement | null>(null);
  const businessInputs = useRef<Partial<Record<BusinessField, HTMLElement | null>>>({});
  const fields = useShownProblems(FIELDS, (f) => (f === "name" ? name : business[f]).trim() !== "");
  useZaloPhone();

  const checked = validateAccountName(name);
  const businessProblems = useBusinessProblems(business);
  const local: Partial<Record<Field, string>> = {
    ...businessProblems,
    ...(checked.ok ? {} : { name: nameSentence(t, checked.problem, name) }),
  };
  const typedPhone = parseVietnamMobile(business.phone);
  const zaloPhone = typedPhone.ok && typedPhone.e164 === me.ownPhone;
  const fromServer = refusedSentences(refused, t, bt, name);
  const shown = fields.shown(local, fromServer);
  // Offered as soon as the name has diacritics, not only once its sentence shows (after the field
  // is left): it then follows the field in Tab order instead of appearing behind the focus.
  const suggestion = !checked.ok && checked.problem === "diacritics" ? suggestAccountName(name) : null;

  function applySuggestion(converted: string) {
    setName(converted);
    // The button goes away with the diacritics: the cursor goes back to the name it changed.
    nameInput.current?.focus();
  }

  function next() {
    const wrong = FIELDS.find((f) => local[f] ?? fromServer[f]);
    if (!wrong) return forward();
    fields.touchAll();
    (wrong === "name" ? nameInput.current : businessInputs.current[wrong])?.focus();
  }

  return (
    <StepLayout
      step="name"
      heading={t.name.heading}
      footer={
        phone.needed ? (
          <Button
            fullWidth
            loading={phone.status === "asking"}
            aria-describedby={phoneNotice}
            onClick={() => void phone.ask()}
          >
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

      {phone.needed && <PhonePermissionNotice id={phoneNotice} status={phone.status} />}

      <section className="card">
        <TextField
          label={t.name.label}
          hint={t.name.hint}
          counter={t.name.count(name.trim().length)}
          value={name}
          maxLength={ACCOUNT_NAME_MAX}
          problem={shown.name}
          inputRef={(input) => {
            nameInput.current = input;
          }}
          autoComplete="off"
          onChange={setName}
          onBlur={() => fields.leave("name", name)}
          onEnter={() => businessInputs.current.companyName?.focus()}
        >
          {suggestion && (
            <Button
              size="small"
              variant="secondary"
              className="name-suggestion"
              onClick={() => applySuggestion(suggestion)}
            >
              {t.name.suggest(suggestion)}
            </Button>
          )}
        </TextField>
        <p className="notice notice-warning small">
          <InfoIcon size={16} /> {t.name.permanent}
        </p>
      </section>

      <BusinessFields
        values={business}
        problems={shown}
        onChange={setBusiness}
        onLeave={fields.leave}
        onDone={() => !phone.needed && next()}
        inputs={businessInputs}
        hints={zaloPhone ? { phone: t.name.phonePrefilled } : {}}
      />
    </StepLayout>
  );
}

/** The sentence for each field the server refused in the last submit. */
function refusedSentences(
  refused: FieldProblems,
  t: Strings,
  bt: BusinessStrings,
  name: string,
): Partial<Record<Field, string>> {
  const sentences: Partial<Record<Field, string>> = {};
  if (refused.name) {
    const known = (ACCOUNT_NAME_PROBLEMS as readonly string[]).includes(refused.name);
    sentences.name = known ? nameSentence(t, refused.name as AccountNameProblem, name) : bt.invalid;
  }
  for (const field of BUSINESS_FIELDS) {
    const code = refused[`business.${field}`];
    if (code) sentences[field] = businessProblemSentence(bt, field, code);
  }
  return sentences;
}

export default gatedStep("name", NameStep);
