import { createContext, startTransition, useCallback, useContext, useLayoutEffect, useRef } from "react";
import { useNavigate, ZMPRouter } from "zmp-ui";
import type { ZMPNavigationOptions } from "zmp-ui/useNavigate";
import { isScreenLoaded, showsLongList } from "../platform/screen-code";

type ScreenNavigate = (to: string | number, options?: ZMPNavigationOptions) => void;

const ScreenNavigateContext = createContext<ScreenNavigate | null>(null);

/**
 * zmp-ui's router, with the one function that opens screens. zmp-ui's navigate changes at every
 * screen change, and each component that asks for it renders again, the screen on its way out
 * included: this function stays the same, so a screen renders when its own state changes.
 */
export function ScreenRouter({
  memoryRouter,
  children,
}: {
  memoryRouter?: boolean;
  children: React.ReactNode;
}) {
  return (
    <ZMPRouter memoryRouter={memoryRouter}>
      <ScreenNavigation>{children}</ScreenNavigation>
    </ZMPRouter>
  );
}

/**
 * Opens another screen (zmp-ui's navigate, with its page transition). Most screens render in the
 * tap's own task, which paints them soonest (a step of the create flow in about 110 ms at 4×
 * CPU, against 150 in slices). A screen with a long list whose code is here renders as a
 * transition instead, in slices of a few milliseconds, so the tap never waits behind one long task
 * of rendering its rows; one whose code is still on its way shows its loading screen at once (a
 * transition would keep the old screen up, as if the tap did nothing). A number goes back or
 * forward in the history. Paths are absolute.
 */
function ScreenNavigation({ children }: { children: React.ReactNode }) {
  const navigate = useNavigate();
  const latest = useRef(navigate);
  useLayoutEffect(() => {
    latest.current = navigate;
  }, [navigate]);
  const open = useCallback<ScreenNavigate>((to, options) => {
    if (typeof to === "number") return latest.current(to);
    const path = to.split(/[?#]/)[0]!;
    if (showsLongList(path) && isScreenLoaded(path)) startTransition(() => latest.current(to, options));
    else latest.current(to, options);
  }, []);
  return <ScreenNavigateContext.Provider value={open}>{children}</ScreenNavigateContext.Provider>;
}

export function useScreenNavigate(): ScreenNavigate {
  const navigate = useContext(ScreenNavigateContext);
  if (!navigate) throw new Error("useScreenNavigate is used inside ScreenRouter");
  return navigate;
}
