import { useOnboarding } from "./store";
import { STEPS, type Step } from "./draft";
import { STEP_PATH } from "./steps";
import { useScreenNavigate } from "../../components/screen-navigation";
import { routes } from "../../routes";

/**
 * Moves between steps through the store, then shows the step it settled on. Steps replace each
 * other in the history, so the system back button leaves the flow (the draft stays saved) while
 * the header's back arrow walks back through the steps.
 */
export function useStepNavigation() {
  const navigate = useScreenNavigate();
  const next = useOnboarding((s) => s.next);
  const back = useOnboarding((s) => s.back);
  const goTo = useOnboarding((s) => s.goTo);

  return {
    forward() {
      const from = useOnboarding.getState().step;
      const to = next();
      if (to !== from) navigate(STEP_PATH[to], { replace: true });
    },
    backward() {
      const from = useOnboarding.getState().step;
      const to = back();
      navigate(from === "start" ? routes.home.href() : STEP_PATH[to], {
        replace: true,
        direction: "backward",
      });
    },
    /** Jumps back to an earlier step, e.g. to choose another OA after a refusal. */
    open(step: Step) {
      const from = useOnboarding.getState().step;
      goTo(step);
      const direction = STEPS.indexOf(step) < STEPS.indexOf(from) ? "backward" : "forward";
      navigate(STEP_PATH[useOnboarding.getState().step], { replace: true, direction });
    },
  };
}
