import { useSnackbar } from "zmp-ui";
import { CheckIcon } from "./icons";
import "./success-snackbar.css";

/**
 * The snackbar opens above the screen's sticky footer, where the primary action is ("Tôi đã
 * chuyển khoản"), never over it: zmp-ui puts it 12 px from the bottom of the window. The footers
 * are measured when a snackbar opens (the screen sliding away may still have one: the highest wins).
 */
function clearFooters() {
  const tops = [...document.querySelectorAll(".app-footer")].map(
    (footer) => footer.getBoundingClientRect().top,
  );
  const covered = Math.max(0, ...tops.map((top) => window.innerHeight - top));
  document.documentElement.style.setProperty("--zca-snackbar-clearance", `${Math.ceil(covered)}px`);
}

/** Says that a change went through, in zmp-ui's snackbar with a check mark. */
export function useSuccessSnackbar(): (text: string) => void {
  const { openSnackbar } = useSnackbar();
  return (text) => {
    clearFooters();
    openSnackbar({ type: "success", text, prefixIcon: <CheckIcon size={20} className="snackbar-check" /> });
  };
}

/** Says that something small did not work (a copy), in zmp-ui's snackbar with its error mark. */
export function useFailureSnackbar(): (text: string) => void {
  const { openSnackbar } = useSnackbar();
  return (text) => {
    clearFooters();
    openSnackbar({ type: "error", text });
  };
}
