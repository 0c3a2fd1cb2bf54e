import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "zmp-ui";
import { describe, expect, it, vi } from "vitest";
import { ScreenErrorBoundary } from "../../src/components/screen-error-boundary";
import { ScreenRouter } from "../../src/components/screen-navigation";

function ChunkThatFailedToLoad(): never {
  throw new TypeError("Failed to fetch dynamically imported module");
}

describe("ScreenErrorBoundary", () => {
  it("explains a screen that could not load under a header with a way back, and offers to try again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const retry = vi.fn();
    render(
      <App>
        <ScreenRouter memoryRouter>
          <ScreenErrorBoundary onRetry={retry}>
            <ChunkThatFailedToLoad />
          </ScreenErrorBoundary>
        </ScreenRouter>
      </App>,
    );
    expect(screen.getByText("Chưa mở được màn hình này", { selector: ".zaui-header *" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Quay lại" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Không kết nối được máy chủ");
    await userEvent.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it("shows the screen when it loads", () => {
    render(
      <ScreenErrorBoundary onRetry={() => {}}>
        <p>Tạo Zalo Cloud Account</p>
      </ScreenErrorBoundary>,
    );
    expect(screen.getByText("Tạo Zalo Cloud Account")).toBeInTheDocument();
  });
});
