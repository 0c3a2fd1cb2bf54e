import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router-dom";
import { App } from "zmp-ui";
import { AppPage } from "../../src/components/app-page";
import { ScreenRouter, useScreenNavigate } from "../../src/components/screen-navigation";

function Home() {
  const navigate = useScreenNavigate();
  return (
    <AppPage title="Trang chủ" root>
      <button onClick={() => navigate("/step")}>Bắt đầu</button>
    </AppPage>
  );
}

function Step() {
  return (
    <AppPage title="Tạo Zalo Cloud Account" contentHeading>
      <h1 tabIndex={-1}>Đặt tên ZCA</h1>
    </AppPage>
  );
}

function renderScreens() {
  render(
    <App>
      <ScreenRouter memoryRouter>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/step" element={<Step />} />
        </Routes>
      </ScreenRouter>
    </App>,
  );
}

describe("AppPage", () => {
  it("gives each screen one h1 inside a banner, its content in a main named by the title", () => {
    renderScreens();
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.getByRole("banner")).toContainElement(screen.getByRole("heading", { name: "Trang chủ" }));
    expect(screen.getByRole("main", { name: "Trang chủ" })).toContainElement(
      screen.getByRole("button", { name: "Bắt đầu" }),
    );
  });

  it("leaves the focus alone on the screen the app opens on, and moves it to the h1 of a screen opened after", async () => {
    renderScreens();
    expect(document.body).toHaveFocus();

    await userEvent.click(screen.getByRole("button", { name: "Bắt đầu" }));

    const heading = await screen.findByRole("heading", { level: 1, name: "Đặt tên ZCA" });
    expect(heading).toHaveFocus();
    // The step's own heading is the h1; the header's title is not a second one.
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
  });
});
