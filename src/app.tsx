import { matchPath } from "react-router-dom";
import { AnimationRoutes, App, Route, SnackbarProvider } from "zmp-ui";
import { lazyScreen, type Load } from "./components/lazy-screen";
import { ScreenRouter } from "./components/screen-navigation";
import { preloadScreen, setScreenCode } from "./platform/screen-code";
import { routes, type ScreenName } from "./routes";
import { SessionGate } from "./features/sign-in/session-gate";

// Each screen is its own chunk, so the first paint loads only the screen it shows.
const screens: Record<ScreenName, Load> = {
  home: () => import("./features/home/home-page"),
  create: () => import("./features/onboarding/start-step"),
  createName: () => import("./features/onboarding/name-step"),
  createOa: () => import("./features/onboarding/oa-step"),
  createApp: () => import("./features/onboarding/app-step"),
  createTerms: () => import("./features/onboarding/terms-step"),
  createDone: () => import("./features/onboarding/done-step"),
  account: () => import("./features/account/account-page"),
  settings: () => import("./features/account/settings-page"),
  business: () => import("./features/account/business-page"),
  assets: () => import("./features/assets/assets-page"),
  linkOa: () => import("./features/assets/link-oa-page"),
  topup: () => import("./features/wallet/topup-page"),
  topupResult: () => import("./features/wallet/result-page"),
  topupTransfer: () => import("./features/wallet/transfer-page"),
  history: () => import("./features/wallet/history-page"),
  spending: () => import("./features/wallet/spending-page"),
  invoices: () => import("./features/wallet/invoices-page"),
  invoice: () => import("./features/wallet/invoice-page"),
  notifications: () => import("./features/notifications/notifications-page"),
  inbox: () => import("./features/notifications/inbox-page"),
  linkApps: () => import("./features/assets/link-apps-page"),
  members: () => import("./features/members/members-page"),
  addMember: () => import("./features/members/add-member-page"),
  roles: () => import("./features/members/roles-page"),
  superAdmin: () => import("./features/members/super-admin-page"),
  member: () => import("./features/members/member-page"),
};
const routeTable = (Object.keys(screens) as ScreenName[]).map((name) => ({
  path: routes[name].path,
  ...lazyScreen(screens[name]),
}));

// The screens that list hundreds of rows, page by page: opening one renders it in slices.
const longLists = new Set<string>([
  routes.createOa.path,
  routes.createApp.path,
  routes.linkOa.path,
  routes.linkApps.path,
  routes.history.path,
  routes.invoices.path,
]);

// A screen's code loads before it is opened where the app can tell it will be: the screen the
// app opens on loads while the session is being set up (one round trip less before it paints),
// and screens preload the one a person most likely opens next. (Production paths start with
// /zapps/<id>.)
const screenAt = (path: string) => routeTable.find((r) => matchPath(r.path, path));
setScreenCode({
  preload: (path) => void screenAt(path)?.preload(),
  isLoaded: (path) => screenAt(path)?.isLoaded() ?? false,
  showsLongList: (path) => longLists.has(screenAt(path)?.path ?? ""),
});
// In a task of its own, not in the long one that runs the app's code.
setTimeout(() =>
  preloadScreen(window.location.pathname.replace(/^\/zapps\/[^/]+/, "") || routes.home.href()),
);

export function Root() {
  return (
    <App>
      <SnackbarProvider>
        <ScreenRouter>
          <SessionGate>
            <AnimationRoutes>
              {routeTable.map(({ path, Screen }) => (
                <Route key={path} path={path} element={<Screen />} />
              ))}
            </AnimationRoutes>
          </SessionGate>
        </ScreenRouter>
      </SnackbarProvider>
    </App>
  );
}
