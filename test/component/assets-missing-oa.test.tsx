import { screen } from "@testing-library/react";
import { openShareSheet } from "zmp-sdk/apis";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import LinkOaPage from "../../src/features/assets/link-oa-page";
import { binhApi, resetStores } from "./support/assets-fixtures";
import { renderAt } from "./support/render";

const MESSAGE_START =
  "Chào bạn, mình là Trần Thị Bình. Mình cần liên kết OA với Zalo Cloud Account “Cong ty TNHH Binh Minh”";

async function openHelp(oas?: []) {
  binhApi({}, oas ? { oas } : {});
  const view = renderAt("/accounts/zca-binh-minh/assets/oas", {
    "/accounts/:accountId/assets/oas": <LinkOaPage />,
  });
  await view.user.click(await screen.findByRole("button", { name: "Không thấy OA cần liên kết?" }));
  return view;
}

beforeEach(resetStores);
afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, "share");
  Reflect.deleteProperty(window, "ZaloJavaScriptInterface");
});

describe("Không thấy OA cần liên kết?", () => {
  it("explains that only an OA's admins see it and shows the message to send them", async () => {
    await openHelp();
    expect(screen.getByRole("button", { name: "Không thấy OA cần liên kết?" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(screen.getByText(/Chỉ quản trị viên của một OA mới thấy OA đó ở đây/)).toBeInTheDocument();
    expect(
      screen.getByText(/nhờ quản trị viên của OA thêm tài khoản Zalo của bạn làm quản trị viên/),
    ).toBeInTheDocument();
    expect(screen.getByText((text) => text.startsWith(MESSAGE_START))).toBeInTheDocument();
  });

  it("is there for a person who administers no OA", async () => {
    await openHelp([]);
    expect(
      screen.getByText("Bạn chưa là quản trị viên của OA nào nên chưa có OA để liên kết."),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Gửi lời nhờ qua Zalo" })).toBeInTheDocument();
  });

  it("inside Zalo, opens Zalo's share sheet with the message", async () => {
    Object.assign(window, { ZaloJavaScriptInterface: {} });
    const { user } = await openHelp();
    await user.click(screen.getByRole("button", { name: "Gửi lời nhờ qua Zalo" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Đã mở Zalo để bạn chọn người nhận.");
    expect(openShareSheet).toHaveBeenCalledWith({
      type: "text",
      data: { text: expect.stringContaining(MESSAGE_START) },
    });
  });

  it("inside Zalo, says nothing was sent when the person closes the share sheet", async () => {
    Object.assign(window, { ZaloJavaScriptInterface: {} });
    vi.mocked(openShareSheet).mockResolvedValueOnce({ status: 0, shareType: 0, numberOfUser: 0 });
    const { user } = await openHelp();
    await user.click(screen.getByRole("button", { name: "Gửi lời nhờ qua Zalo" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Bạn chưa gửi lời nhắn.");
  });

  it("in a browser with a share sheet, uses it and says so", async () => {
    const share = vi.fn(async () => {});
    Object.assign(navigator, { share });
    const { user } = await openHelp();
    await user.click(screen.getByRole("button", { name: "Gửi lời nhờ qua Zalo" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Đã mở bảng chia sẻ");
    expect(share).toHaveBeenCalledWith({ text: expect.stringContaining(MESSAGE_START) });
  });

  it("without a share sheet, copies the message and tells the person to paste it in Zalo", async () => {
    const { user } = await openHelp();
    await user.click(screen.getByRole("button", { name: "Gửi lời nhờ qua Zalo" }));
    expect(await screen.findByRole("status")).toHaveTextContent(
      "Đã sao chép lời nhắn. Hãy mở Zalo, dán vào cuộc trò chuyện với quản trị viên của OA và gửi.",
    );
    expect(await navigator.clipboard.readText()).toMatch(new RegExp(`^${MESSAGE_START}`));
  });

  it("when nothing can share or copy, asks the person to copy the message shown", async () => {
    const { user } = await openHelp();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    await user.click(screen.getByRole("button", { name: "Gửi lời nhờ qua Zalo" }));
    expect(await screen.findByRole("status")).toHaveTextContent(
      "Không mở được chia sẻ. Hãy tự sao chép lời nhắn",
    );
  });
});
