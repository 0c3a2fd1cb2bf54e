import { lazy, Suspense } from "react";
import { AnimationRoutes, App, Route, SnackbarProvider, ZMPRouter } from "zmp-ui";
import { LoadingScreen } from "./components/loading-screen";
import { SessionGate } from "./pages/sign-in/session-gate";

// Each screen is its own chunk, so the first paint loads only the screen it shows.
const HomePage = lazy(() => import("./pages/home/home-page"));
const AccountPage = lazy(() => import("./pages/account/account-page"));
const SettingsPage = lazy(() => import("./pages/assets/settings-page"));
const AssetsPage = lazy(() => import("./pages/assets/assets-page"));
const LinkOaPage = lazy(() => import("./pages/assets/link-oa-page"));

export function Root() {
  return (
    <App>
      <SnackbarProvider>
        <ZMPRouter>
          <SessionGate>
            <Suspense fallback={<LoadingScreen />}>
              <AnimationRoutes>
                <Route path="/" element={<HomePage />} />
                <Route path="/accounts/:accountId" element={<AccountPage />} />
                <Route path="/accounts/:accountId/settings" element={<SettingsPage />} />
                <Route path="/accounts/:accountId/assets" element={<AssetsPage />} />
                <Route path="/accounts/:accountId/assets/oas" element={<LinkOaPage />} />
              </AnimationRoutes>
            </Suspense>
          </SessionGate>
        </ZMPRouter>
      </SnackbarProvider>
    </App>
  );
}
