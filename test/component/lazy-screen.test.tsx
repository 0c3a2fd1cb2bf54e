import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useEffect } from "react";
import { AnimationRoutes, App, Route } from "zmp-ui";
import { lazyScreen } from "../../src/components/lazy-screen";
import { ScreenRouter, useScreenNavigate } from "../../src/components/screen-navigation";

function Home() {
  const navigate = useScreenNavigate();
  return (
    <>
      <h1>Trang chủ</h1>
      <button onClick={() => navigate("/create")}>Tạo</button>
    </>
  );
}

/** Like the create flow's entry: it forwards at once to the saved step, replacing itself. */
function Entry() {
  const navigate = useScreenNavigate();
  useEffect(() => navigate("/create/app", { replace: true }), [navigate]);
  return <h1>Bắt đầu</h1>;
}

function SavedStep() {
  return <h1>Kết nối ứng dụng</h1>;
}

describe("lazyScreen in zmp-ui's AnimationRoutes", () => {
  it("leaves one screen once home forwards to a step whose code arrives during the slide", async () => {
    let arrive!: () => void;
    const savedStep = lazyScreen(
      () => new Promise((resolve) => (arrive = () => resolve({ default: SavedStep }))),
    );
    const home = lazyScreen(async () => ({ default: Home }));
    const entry = lazyScreen(async () => ({ default: Entry }));
    await Promise.all([home.preload(), entry.preload()]);
    const { container } = render(
      <App>
        <ScreenRouter memoryRouter>
          <AnimationRoutes>
            <Route path="/" element={<home.Screen />} />
            <Route path="/create" element={<entry.Screen />} />
            <Route path="/create/app" element={<savedStep.Screen />} />
          </AnimationRoutes>
        </ScreenRouter>
      </App>,
    );

    await userEvent.click(await screen.findByRole("button", { name: "Tạo" }));
    // The step's code is still on its way while home and the entry slide away.
    expect(await screen.findByRole("status")).toBeInTheDocument();
    arrive();

    await screen.findByRole("heading", { name: "Kết nối ứng dụng" });
    await waitFor(() => expect(container.querySelectorAll(".zaui-routes-item")).toHaveLength(1));
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual([
      "Kết nối ứng dụng",
    ]);
  });
});

describe("lazyScreen whose code fails to load (offline)", () => {
  function renderWith(settings: ReturnType<typeof lazyScreen>) {
    const home = lazyScreen(async () => ({ default: Home }));
    return home.preload().then(() =>
      render(
        <App>
          <ScreenRouter memoryRouter>
            <AnimationRoutes>
              <Route path="/" element={<home.Screen />} />
              <Route path="/create" element={<settings.Screen />} />
            </AnimationRoutes>
          </ScreenRouter>
        </App>,
      ),
    );
  }
  const offline = () => Promise.reject(new TypeError("Failed to fetch dynamically imported module"));
  const online = async () => ({ default: SavedStep });

  it("keeps the header and its back, which leaves the failure behind; opening it again loads it", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const load = vi.fn().mockImplementationOnce(offline).mockImplementation(online);
    await renderWith(lazyScreen(load));
    await userEvent.click(await screen.findByRole("button", { name: "Tạo" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Chưa tải được màn hình này vì mất kết nối");

    await userEvent.click(screen.getByRole("button", { name: "Quay lại" }));
    await waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument());
    await userEvent.click(await screen.findByRole("button", { name: "Tạo" }));
    expect(await screen.findByRole("heading", { name: "Kết nối ứng dụng" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("opens the screen in place when “Thử lại” finds the network back", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const load = vi.fn().mockImplementationOnce(offline).mockImplementation(online);
    await renderWith(lazyScreen(load));
    await userEvent.click(await screen.findByRole("button", { name: "Tạo" }));
    await userEvent.click(await screen.findByRole("button", { name: "Thử lại" }));
    expect(await screen.findByRole("heading", { name: "Kết nối ứng dụng" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
