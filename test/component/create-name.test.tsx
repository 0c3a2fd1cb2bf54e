import { screen } from "@testing-library/react";
import { getPhoneNumber, requestUpdateZalo } from "zmp-sdk/apis";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { useSession } from "../../src/store/session";
import { anApi, meOf, resetCreateStores, saveDraft } from "./support/create-fixtures";
import { renderCreate } from "./support/render-create";

const nameInput = () => screen.findByRole("textbox", { name: "Tên tài khoản ZCA" });

beforeEach(() => {
  resetCreateStores();
  anApi();
  saveDraft({ step: "name" });
});

describe("step 2: sign in and name", () => {
  it("shows who is signed in with Zalo and hints at the registered business name", async () => {
    renderCreate("/create/name");
    expect(await screen.findByText("Đã đăng nhập bằng Zalo")).toBeInTheDocument();
    expect(screen.getByText("Nguyễn Văn An")).toBeInTheDocument();
    expect(screen.getByText("•••••••001")).toBeInTheDocument();
    expect(screen.getByText("Bước 2/6")).toBeInTheDocument();
    expect(await nameInput()).toHaveAccessibleDescription(/tên đăng ký kinh doanh/);
  });

  it("says a name is needed when “Tiếp tục” is tapped without one", async () => {
    const { user } = renderCreate("/create/name");
    await user.click(await screen.findByRole("button", { name: "Tiếp tục" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Hãy nhập tên ZCA");
    expect(await nameInput()).toHaveAttribute("aria-invalid", "true");
    expect(await nameInput()).toHaveFocus();
    expect(screen.getByText("Bước 2/6")).toBeInTheDocument();
  });

  it("refuses markup characters and says which to remove", async () => {
    const { user } = renderCreate("/create/name");
    await user.type(await nameInput(), "Tiệm bánh <b>");
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Hãy bỏ các ký tự < > { } ` \\.");
  });

  it("refuses a name that is too short once the field is left, and clears the message once fixed", async () => {
    const { user } = renderCreate("/create/name");
    await user.type(await nameInput(), "AB");
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent("Tên cần ít nhất 3 ký tự");
    await user.type(await nameInput(), "C Bakery");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("accepts a Vietnamese name with diacritics and moves to step 3", async () => {
    const { user } = renderCreate("/create/name");
    await user.type(await nameInput(), "Công ty TNHH Tiệm bánh Ấn Độ");
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(await screen.findByRole("heading", { name: "Kết nối OA của doanh nghiệp" })).toBeInTheDocument();
  });

  it("keeps the name when going back to step 1 and forward again", async () => {
    const { user } = renderCreate("/create/name");
    await user.type(await nameInput(), "Tiệm bánh An Nhiên");
    await user.click(screen.getByRole("button", { name: "Quay lại" }));
    await user.click(await screen.findByRole("button", { name: "Bắt đầu" }));
    expect(await nameInput()).toHaveValue("Tiệm bánh An Nhiên");
  });
});

describe("step 2 inside Zalo without the phone number", () => {
  beforeEach(() => {
    useSession.setState({ me: meOf({ phone: null, canCreateAccount: false, reason: "phone_required" }) });
  });

  it("asks for the phone number with the reason, instead of “Tiếp tục”", async () => {
    renderCreate("/create/name");
    expect(await screen.findByText(/mỗi số điện thoại chỉ sở hữu một ZCA/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Chia sẻ số điện thoại" })).toBeEnabled();
    expect(screen.queryByRole("button", { name: "Tiếp tục" })).not.toBeInTheDocument();
  });

  it("explains a refusal and lets the person ask again, then continue once shared", async () => {
    // zmp-sdk reports the person's refusal as USER_DENIED (-2002).
    vi.mocked(getPhoneNumber).mockRejectedValueOnce({ code: -2002 });
    anApi({
      "POST /session": () => ({
        status: 201,
        body: { token: "t", expiresAt: "2099-01-01T00:00:00Z", user: meOf().user, phone: "•••••••001" },
      }),
      "GET /me": () => ({ body: meOf() }),
    });
    const { user } = renderCreate("/create/name");
    await user.click(await screen.findByRole("button", { name: "Chia sẻ số điện thoại" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Bạn chưa cho phép chia sẻ số điện thoại");

    await user.click(screen.getByRole("button", { name: "Chia sẻ số điện thoại" }));
    expect(await screen.findByRole("button", { name: "Tiếp tục" })).toBeEnabled();
    expect(useSession.getState().me?.phone).toBe("•••••••001");
  });

  it.each([
    [-2003, "Bạn đã đóng hộp thoại của Zalo trước khi chọn."],
    [-1410, "Zalo vẫn đang xử lý yêu cầu trước đó."],
    [-1409, "Bạn đã thử nhiều lần liền nên Zalo tạm dừng yêu cầu."],
    [-2000, "Zalo chưa thực hiện được yêu cầu."],
  ])(
    "says what Zalo's %i means, keeping “Chia sẻ số điện thoại” as the way forward",
    async (code, sentence) => {
      vi.mocked(getPhoneNumber).mockRejectedValueOnce({ code });
      const { user } = renderCreate("/create/name");
      await user.click(await screen.findByRole("button", { name: "Chia sẻ số điện thoại" }));
      expect(await screen.findByRole("alert")).toHaveTextContent(sentence);
      expect(screen.getByRole("button", { name: "Chia sẻ số điện thoại" })).toBeEnabled();
    },
  );

  it("offers Zalo's update page when Zalo is too old to share the phone (-1404)", async () => {
    vi.mocked(getPhoneNumber).mockRejectedValueOnce({ code: -1404 });
    const { user } = renderCreate("/create/name");
    await user.click(await screen.findByRole("button", { name: "Chia sẻ số điện thoại" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Phiên bản Zalo trên máy bạn đã cũ");
    await user.click(screen.getByRole("button", { name: "Cập nhật Zalo" }));
    expect(requestUpdateZalo).toHaveBeenCalledOnce();
  });
});
