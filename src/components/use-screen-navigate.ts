import { startTransition, useCallback } from "react";
import { useNavigate } from "zmp-ui";
import type { ZMPNavigationOptions } from "zmp-ui/useNavigate";
import { isScreenLoaded } from "../platform/screen-code";

/**
 * Opens another screen, the one way the app does (zmp-ui's navigate, with its page transition).
 * A screen whose code is here renders as a transition, in slices of a few milliseconds, so the
 * tap that opened it never waits behind one long task; one whose code is still on its way shows
 * its loading screen at once instead (a transition would keep the old screen up, as if the tap
 * did nothing). A number goes back or forward in the history.
 */
export function useScreenNavigate() {
  const navigate = useNavigate();
  return useCallback(
    (to: string | number, options?: ZMPNavigationOptions) => {
      if (typeof to === "number") return navigate(to);
      const path = to.split(/[?#]/)[0]!;
      if (isScreenLoaded(path)) startTransition(() => navigate(to, options));
      else navigate(to, options);
    },
    [navigate],
  );
}
