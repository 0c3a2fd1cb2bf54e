import { lazy, Suspense, useState, type ComponentType } from "react";
import { LoadingScreen } from "./loading-screen";
import { ScreenErrorBoundary } from "./screen-error-boundary";

export type Load = () => Promise<{ default: ComponentType }>;

export interface LazyScreen {
  /** The screen for the route table: its loading screen until its code is here. */
  Screen: ComponentType;
  /** Starts loading the screen's code without showing it. */
  preload(): Promise<unknown>;
  isLoaded(): boolean;
}

/**
 * A screen whose code loads when needed. React.lazy suspends on its first render even when the
 * code is already here (a promise tells it so, later), which costs a frame of the fallback and a
 * second render: a screen whose code was preloaded renders at once instead.
 *
 * Each screen waits for its code behind its own Suspense boundary, inside its place in zmp-ui's
 * AnimationRoutes. A boundary around the routes would hide them all while the code loads, and
 * hiding unmounts the layout of the screens sliding in and out: react-transition-group cancels the
 * timer that removes a screen sliding out, which then stays mounted under the next one for good
 * (opening a step whose code is loading while the step before it still slides in).
 *
 * Code that fails to load (offline) fails this screen only, behind its own error boundary: the
 * failure has the screen's header and back, and leaves with the screen. React.lazy keeps a
 * failure for good, so after one the next try (the retry, or opening the screen again) is a new one.
 */
export function lazyScreen(load: Load): LazyScreen {
  let loaded: ComponentType | undefined;
  const isLoaded = () => loaded !== undefined;
  const remember = (module: Awaited<ReturnType<Load>>) => {
    loaded = module.default;
    return module;
  };
  const lazyLoad = (): ComponentType =>
    lazy(() =>
      load().then(remember, (error: unknown) => {
        Lazy = lazyLoad();
        throw error;
      }),
    );
  let Lazy = lazyLoad();
  function Screen() {
    const [attempt, setAttempt] = useState(() => ({ Component: loaded ?? Lazy, count: 0 }));
    const retry = () => setAttempt(({ count }) => ({ Component: loaded ?? Lazy, count: count + 1 }));
    return (
      <ScreenErrorBoundary key={attempt.count} onRetry={retry}>
        <Suspense fallback={<LoadingScreen />}>
          <attempt.Component />
        </Suspense>
      </ScreenErrorBoundary>
    );
  }
  const preload = () => load().then(remember, () => {}); // Lazy loads it again and shows its own failure
  return { Screen, preload, isLoaded };
}
