import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ScreenErrorBoundary } from "../../src/components/screen-error-boundary";

function ChunkThatFailedToLoad(): never {
  throw new TypeError("Failed to fetch dynamically imported module");
}

describe("ScreenErrorBoundary", () => {
  it("explains a screen that could not load and offers to try again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const retry = vi.fn();
    render(
      <ScreenErrorBoundary onRetry={retry}>
        <ChunkThatFailedToLoad />
      </ScreenErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Chưa mở được màn hình này");
    expect(screen.getByRole("alert")).toHaveTextContent("Không kết nối được máy chủ");
    // Nothing was typed on a screen that did not open: no word about keeping it.
    expect(screen.getByRole("alert")).not.toHaveTextContent("vẫn được giữ");
    await userEvent.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it("shows the screen when it loads", () => {
    render(
      <ScreenErrorBoundary>
        <p>Tạo Zalo Cloud Account</p>
      </ScreenErrorBoundary>,
    );
    expect(screen.getByText("Tạo Zalo Cloud Account")).toBeInTheDocument();
  });
});
