import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router-dom";
import { App } from "zmp-ui";
import { ScreenRouter, useScreenNavigate } from "../../src/components/screen-navigation";

describe("useScreenNavigate", () => {
  it("opens another screen without rendering again the components that asked for it", async () => {
    let renders = 0;
    function Opener() {
      const navigate = useScreenNavigate();
      renders++;
      return <button onClick={() => navigate("/second")}>Mở</button>;
    }
    render(
      <App>
        <ScreenRouter memoryRouter>
          <Opener />
          <Routes>
            <Route path="*" element={<p>Màn hình đầu</p>} />
            <Route path="/second" element={<p>Màn hình sau</p>} />
          </Routes>
        </ScreenRouter>
      </App>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Mở" }));

    expect(await screen.findByText("Màn hình sau")).toBeInTheDocument();
    expect(renders).toBe(1);
  });
});
