import { lazy, Suspense } from "react";
import { AnimationRoutes, App, Route, SnackbarProvider, ZMPRouter } from "zmp-ui";
import { LoadingScreen } from "./components/loading-screen";
import { SessionGate } from "./pages/sign-in/session-gate";

// Each screen is its own chunk, so the first paint loads only the screen it shows.
const HomePage = lazy(() => import("./pages/home/home-page"));
const AccountPage = lazy(() => import("./pages/account/account-page"));
const StartStep = lazy(() => import("./pages/create/start-step"));
const NameStep = lazy(() => import("./pages/create/name-step"));
const OaStep = lazy(() => import("./pages/create/oa-step"));
const AppStep = lazy(() => import("./pages/create/app-step"));
const TermsStep = lazy(() => import("./pages/create/terms-step"));
const DoneStep = lazy(() => import("./pages/create/done-step"));
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
                <Route path="/create" element={<StartStep />} />
                <Route path="/create/name" element={<NameStep />} />
                <Route path="/create/oa" element={<OaStep />} />
                <Route path="/create/app" element={<AppStep />} />
                <Route path="/create/terms" element={<TermsStep />} />
                <Route path="/create/done" element={<DoneStep />} />
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
