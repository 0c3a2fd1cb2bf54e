import { useEffect, useState, type ComponentType } from "react";
import { Navigate } from "react-router-dom";
import { AppPage } from "../../components/app-page";
import { InfoIcon } from "../../components/icons";
import { LoadingScreen } from "../../components/loading-screen";
import { useRevealed } from "../../components/use-revealed";
import { phoneOwnedAccount } from "../../domain/me";
import type { Me } from "../../domain/types";
import { useStrings } from "../../i18n/locale";
import { common } from "../../i18n/strings";
import { whenIdle } from "../../platform/idle";
import { preloadScreen } from "../../platform/screen-code";
import { useApps } from "../../store/apps";
import { useOas } from "../../store/oas";
import { useSession } from "../../store/session";
import { canOpen, firstIncompleteStep, STEPS, stepNumber, type Draft, type Step } from "./draft";
import { StepIndicator } from "./step-indicator";
import { STEP_PATH } from "./steps";
import { useOnboarding } from "./store";
import { strings } from "./strings";
import { useStepNavigation } from "./use-step-navigation";
import "./onboarding.css";
import { routes } from "../../routes";

type Entry = { to: string; state?: { landing: true } } | "phone-owns-other-account" | null;

/** Where opening `step` should lead, given the saved draft and R1; null to show the step. */
function entryFor(step: Step, draft: Draft, me: Me): Entry {
  if (draft.createdAccountId) return step === "done" ? null : { to: STEP_PATH.done };
  if (me.reason === "phone_owns_account") {
    const owned = phoneOwnedAccount(me);
    return owned
      ? { to: routes.account.href({ accountId: owned.id }), state: { landing: true } }
      : "phone-owns-other-account";
  }
  const phoneShared = me.reason !== "phone_required";
  const wanted = step === "start" ? draft.step : step;
  const target = canOpen(wanted, draft, phoneShared) ? wanted : firstIncompleteStep(draft, phoneShared);
  return target === step ? null : { to: STEP_PATH[target] };
}

/**
 * Shows a step only once the signed-in person's draft is loaded and the step may be opened:
 * R1 sends a phone that owns a ZCA to it, /create resumes the saved step, and a step ahead of
 * what was entered leads to the first step still missing something.
 */
function StepGate({ step, children }: { step: Step; children: React.ReactNode }) {
  const personId = useSession((s) => s.me!.user.id);
  const draftOf = useOnboarding((s) => s.draftOf);
  const openDraftOf = useOnboarding((s) => s.openDraftOf);

  useEffect(() => {
    if (draftOf !== personId) void openDraftOf(personId);
  }, [draftOf, personId, openDraftOf]);

  const draftOpen = useRevealed(draftOf === personId);
  if (!draftOpen) return <LoadingScreen />;
  return <StepEntry step={step}>{children}</StepEntry>;
}

/** A step's screen for the route table: `Screen`, shown behind the step's gate. */
export function gatedStep(step: Step, Screen: ComponentType) {
  return function GatedStep() {
    return (
      <StepGate step={step}>
        <Screen />
      </StepGate>
    );
  };
}

function StepEntry({ step, children }: { step: Step; children: React.ReactNode }) {
  const t = useStrings(strings);
  const { errors } = useStrings(common);
  // Decided once, when the step opens: a screen on its way out (zmp-ui keeps it mounted during the
  // transition) must not redirect because the draft just changed, e.g. after the ZCA was created.
  const [entry] = useState(() => entryFor(step, useOnboarding.getState(), useSession.getState().me!));
  const goTo = useOnboarding((s) => s.goTo);

  useEffect(() => {
    if (entry === null) goTo(step);
  }, [entry, goTo, step]);

  if (entry === "phone-owns-other-account") {
    return (
      <AppPage title={t.title} root>
        <p className="notice notice-info" role="status">
          <InfoIcon size={18} /> {errors.phone_owns_account}
        </p>
      </AppPage>
    );
  }
  if (entry) return <Navigate to={entry.to} replace state={entry.state} />;
  return <>{children}</>;
}

interface StepLayoutProps {
  step: Step;
  heading: string;
  /** The step's one primary action (and what it will do), pinned to the bottom. */
  footer: React.ReactNode;
  children: React.ReactNode;
}

/**
 * What the step after `step` shows starts loading while the person is on this one, so "Tiếp tục"
 * does not wait for it: the step's code, and the OAs or apps it lists (that step asks for them
 * again when it opens, and shows these meanwhile).
 */
function prepareStepAfter(step: Step): void {
  const next = STEPS[STEPS.indexOf(step) + 1];
  if (!next) return;
  preloadScreen(STEP_PATH[next]);
  if (next === "oa") useOas.getState().prefetch();
  if (next === "app") useApps.getState().prefetch();
}

/** A step's screen: the flow's header with the back arrow, "Bước N/6", the heading, the content. */
export function StepLayout({ step, heading, footer, children }: StepLayoutProps) {
  const t = useStrings(strings);
  const { backward } = useStepNavigation();
  useEffect(() => whenIdle(() => prepareStepAfter(step)), [step]);
  return (
    <AppPage title={t.title} root={step === "done"} contentHeading onBack={backward} footer={footer}>
      <StepIndicator step={stepNumber(step)} total={STEPS.length} />
      <h1 className="step-heading" tabIndex={-1}>
        {heading}
      </h1>
      {children}
    </AppPage>
  );
}
