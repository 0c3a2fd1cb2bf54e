import { lazy, Suspense, useState, type ComponentType } from "react";
import { matchPath } from "react-router-dom";
import { AnimationRoutes, App, Route, SnackbarProvider } from "zmp-ui";
import { LoadingScreen } from "./components/loading-screen";
import { ScreenRouter } from "./components/screen-navigation";
import { preloadScreen, setScreenCode } from "./platform/screen-code";
import { ScreenErrorBoundary } from "./components/screen-error-boundary";
import { SessionGate } from "./features/sign-in/session-gate";

type Load = () => Promise<{ default: ComponentType }>;

/**
 * A screen whose code loads when needed. React.lazy suspends on its first render even when the
 * code is already here (a promise tells it so, later), which costs a frame of the fallback and a
 * second render: a screen whose code was preloaded renders at once instead.
 */
function lazyScreen(load: Load) {
  let loaded: ComponentType | undefined;
  const isLoaded = () => loaded !== undefined;
  const remember = (module: Awaited<ReturnType<Load>>) => {
    loaded = module.default;
    return module;
  };
  const Lazy = lazy(() => load().then(remember));
  function Screen() {
    const [Component] = useState(() => loaded ?? Lazy);
    return <Component />;
  }
  const preload = () => load().then(remember, () => {}); // Lazy loads it again and shows its own failure
  return { Screen, preload, isLoaded };
}

// Each screen is its own chunk, so the first paint loads only the screen it shows.
const screens: Record<string, Load> = {
  "/": () => import("./features/home/home-page"),
  "/create": () => import("./features/onboarding/start-step"),
  "/create/name": () => import("./features/onboarding/name-step"),
  "/create/oa": () => import("./features/onboarding/oa-step"),
  "/create/app": () => import("./features/onboarding/app-step"),
  "/create/terms": () => import("./features/onboarding/terms-step"),
  "/create/done": () => import("./features/onboarding/done-step"),
  "/accounts/:accountId": () => import("./features/account/account-page"),
  "/accounts/:accountId/settings": () => import("./features/account/settings-page"),
  "/accounts/:accountId/business": () => import("./features/account/business-page"),
  "/accounts/:accountId/assets": () => import("./features/assets/assets-page"),
  "/accounts/:accountId/assets/oas": () => import("./features/assets/link-oa-page"),
  "/accounts/:accountId/wallet/topup": () => import("./features/wallet/topup-page"),
  "/accounts/:accountId/wallet/topups/:topupId": () => import("./features/wallet/result-page"),
  "/accounts/:accountId/wallet/topups/:topupId/transfer": () => import("./features/wallet/transfer-page"),
  "/accounts/:accountId/wallet/history": () => import("./features/wallet/history-page"),
  "/accounts/:accountId/wallet/spending": () => import("./features/wallet/spending-page"),
  "/accounts/:accountId/wallet/invoices": () => import("./features/wallet/invoices-page"),
  "/accounts/:accountId/wallet/alerts": () => import("./features/wallet/alerts-page"),
  "/accounts/:accountId/assets/apps": () => import("./features/assets/link-apps-page"),
  "/accounts/:accountId/members": () => import("./features/members/members-page"),
  "/accounts/:accountId/members/add": () => import("./features/members/add-member-page"),
  "/accounts/:accountId/members/roles": () => import("./features/members/roles-page"),
  "/accounts/:accountId/members/super-admin": () => import("./features/members/super-admin-page"),
  "/accounts/:accountId/members/:personId": () => import("./features/members/member-page"),
};
const routes = Object.entries(screens).map(([path, load]) => ({ path, ...lazyScreen(load) }));

// The screens that list hundreds of rows, page by page: opening one renders it in slices.
const longLists = new Set([
  "/create/oa",
  "/create/app",
  "/accounts/:accountId/assets/oas",
  "/accounts/:accountId/assets/apps",
  "/accounts/:accountId/wallet/history",
  "/accounts/:accountId/wallet/invoices",
]);

// A screen's code loads before it is opened where the app can tell it will be: the screen the
// app opens on loads while the session is being set up (one round trip less before it paints),
// and screens preload the one a person most likely opens next. (Production paths start with
// /zapps/<id>.)
const screenAt = (path: string) => routes.find((r) => matchPath(r.path, path));
setScreenCode({
  preload: (path) => void screenAt(path)?.preload(),
  isLoaded: (path) => screenAt(path)?.isLoaded() ?? false,
  showsLongList: (path) => longLists.has(screenAt(path)?.path ?? ""),
});
// In a task of its own, not in the long one that runs the app's code.
setTimeout(() => preloadScreen(window.location.pathname.replace(/^\/zapps\/[^/]+/, "") || "/"));

export function Root() {
  return (
    <App>
      <SnackbarProvider>
        <ScreenRouter>
          <SessionGate>
            <ScreenErrorBoundary>
              <Suspense fallback={<LoadingScreen />}>
                <AnimationRoutes>
                  {routes.map(({ path, Screen }) => (
                    <Route key={path} path={path} element={<Screen />} />
                  ))}
                </AnimationRoutes>
              </Suspense>
            </ScreenErrorBoundary>
          </SessionGate>
        </ScreenRouter>
      </SnackbarProvider>
    </App>
  );
}
