import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useEffect, useRef } from "react";
import { Route, Routes, useNavigate } from "react-router-dom";
import { App, SnackbarProvider } from "zmp-ui";
import { ScreenRouter } from "../../../src/components/screen-navigation";

function StartAt({ path }: { path: string }) {
  const navigate = useNavigate();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    navigate(path, { replace: true });
  }, [navigate, path]);
  return null;
}

/**
 * Renders screens inside zmp-ui's providers and a memory router, starting at `path`.
 * `routes` maps paths to elements, as the app's route table does.
 */
export function renderAt(path: string, routes: Record<string, React.ReactNode>) {
  const user = userEvent.setup();
  const view = render(
    <App>
      <SnackbarProvider>
        <ScreenRouter memoryRouter>
          <StartAt path={path} />
          <Routes>
            {Object.entries(routes).map(([p, element]) => (
              <Route key={p} path={p} element={element} />
            ))}
          </Routes>
        </ScreenRouter>
      </SnackbarProvider>
    </App>,
  );
  return { user, ...view };
}
