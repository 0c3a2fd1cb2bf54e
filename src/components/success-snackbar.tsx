import { useSnackbar } from "zmp-ui";
import { CheckIcon } from "./icons";
import "./success-snackbar.css";

/** Says that a change went through, in zmp-ui's snackbar with a check mark. */
export function useSuccessSnackbar(): (text: string) => void {
  const { openSnackbar } = useSnackbar();
  return (text) =>
    openSnackbar({ type: "success", text, prefixIcon: <CheckIcon size={20} className="snackbar-check" /> });
}
