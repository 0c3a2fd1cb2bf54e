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
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Chưa tải được màn hình này vì mất kết nối. Hãy kiểm tra mạng rồi bấm “Thử lại”, hoặc quay lại màn hình trước.",
    );
    // Nothing was typed on a screen that did not open: no word about keeping it.
    expect(screen.getByRole("alert")).not.toHaveTextContent("vẫn được giữ");
    await userEvent.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it("does not blame the network for a screen that broke for another reason", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    function Broken(): never {
      throw new Error("Cannot read properties of undefined");
    }
    render(
      <App>
        <ScreenRouter memoryRouter>
          <ScreenErrorBoundary onRetry={() => {}}>
            <Broken />
          </ScreenErrorBoundary>
        </ScreenRouter>
      </App>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Đã có lỗi không mong muốn. Hãy thử lại.");
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeInTheDocument();
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
