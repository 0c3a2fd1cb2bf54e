// Issue 23, item 14: "Đăng xuất mọi thiết bị" in Cài đặt, asked first, then its result: inside
// Zalo this phone signs in again with Zalo's token; in dev mode the app goes back to the picker.
import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setSessionToken } from "../../src/api/client";
import SettingsPage from "../../src/features/account/settings-page";
import { SessionGate } from "../../src/features/sign-in/session-gate";
import { useLocale } from "../../src/i18n/locale";
import { useSession } from "../../src/store/session";
import { apiError, binh, binhApi, resetStores } from "./support/assets-fixtures";
import { renderAt } from "./support/render";

const SETTINGS = "/accounts/zca-binh-minh/settings";
const routes = {
  "/accounts/:accountId/settings": (
    <SessionGate>
      <SettingsPage />
    </SessionGate>
  ),
};
const personas = { "GET /dev/personas": () => ({ body: [binh] }) };
const meOf = () => ({
  user: binh,
  phone: "•••••••002",
  ownPhone: "+84901000002",
  accounts: [],
  canCreateAccount: false,
});

beforeEach(() => {
  resetStores();
  useLocale.setState({ lang: "vi", started: true });
  useSession.setState({
    devMode: true,
    session: { token: "t-old", expiresAt: "2099-01-01T00:00:00Z", user: binh, phone: "•••••••002" },
  });
  setSessionToken("t-old");
});
afterEach(() => {
  delete (window as { ZaloJavaScriptInterface?: unknown }).ZaloJavaScriptInterface;
});

async function openConfirm() {
  const rendered = renderAt(SETTINGS, routes);
  const section = await screen.findByRole("region", { name: "Phiên đăng nhập" });
  await rendered.user.click(within(section).getByRole("button", { name: "Đăng xuất mọi thiết bị" }));
  const dialog = await screen.findByRole("dialog", { name: "Đăng xuất mọi thiết bị?" });
  return { ...rendered, dialog };
}

describe("Cài đặt → Đăng xuất mọi thiết bị", () => {
  it("says what will happen, and ends nothing when cancelled", async () => {
    const api = binhApi(personas);
    const { user, dialog } = await openConfirm();
    expect(dialog).toHaveTextContent(
      "Mọi phiên đăng nhập của bạn vào ứng dụng, trên điện thoại này và mọi thiết bị khác, sẽ kết thúc ngay.",
    );
    expect(dialog).toHaveTextContent("phải đăng nhập lại bằng tài khoản Zalo của bạn");
    await user.click(within(dialog).getByRole("button", { name: "Hủy" }));
    expect(api.calls.some((c) => c.path === "/session/revoke-all")).toBe(false);
    expect(screen.getByRole("region", { name: "Phiên đăng nhập" })).toBeInTheDocument();
  });

  it("in dev mode, ends every session and goes back to the picker, which says why", async () => {
    const api = binhApi({ ...personas, "POST /session/revoke-all": () => ({ status: 204 }) });
    const { user, dialog } = await openConfirm();
    await user.click(within(dialog).getByRole("button", { name: "Đăng xuất tất cả" }));
    expect(
      await screen.findByText("Đã đăng xuất mọi thiết bị. Chọn người để đăng nhập lại."),
    ).toHaveAttribute("role", "status");
    expect(screen.getByRole("button", { name: /Trần Thị Bình/ })).toBeInTheDocument();
    const revoke = api.calls.find((c) => c.path === "/session/revoke-all");
    expect(revoke?.method).toBe("POST");
    expect(revoke?.headers.get("Authorization")).toBe("Bearer t-old");
    // Nobody was signed in again behind the person's back.
    expect(api.calls.some((c) => c.method === "POST" && c.path === "/session")).toBe(false);
  });

  it("inside Zalo, ends every session, signs this phone in again with Zalo's token, and says so", async () => {
    (window as { ZaloJavaScriptInterface?: unknown }).ZaloJavaScriptInterface = {};
    useSession.setState({ devMode: false });
    const api = binhApi({
      "POST /session/revoke-all": () => ({ status: 204 }),
      "POST /session": () => ({
        status: 201,
        body: {
          token: "t-new",
          expiresAt: "2099-01-01T00:00:00Z",
          user: binh,
          phone: "•••••••002",
          me: meOf(),
        },
      }),
    });
    const { user, dialog } = await openConfirm();
    await user.click(within(dialog).getByRole("button", { name: "Đăng xuất tất cả" }));
    const section = screen.getByRole("region", { name: "Phiên đăng nhập" });
    expect(await within(section).findByRole("status")).toHaveTextContent(
      "Đã đăng xuất mọi thiết bị. Điện thoại này đã đăng nhập lại bằng tài khoản Zalo của bạn.",
    );
    const signIn = api.calls.find((c) => c.method === "POST" && c.path === "/session");
    expect(signIn?.body).toEqual({ accessToken: "zalo-access-token" });
    expect(useSession.getState().session?.token).toBe("t-new");
  });

  it("says it could not, and stays signed in, when the server refuses", async () => {
    binhApi({ ...personas, "POST /session/revoke-all": () => apiError(429, "rate_limited") });
    const { user, dialog } = await openConfirm();
    await user.click(within(dialog).getByRole("button", { name: "Đăng xuất tất cả" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Chưa đăng xuất được mọi thiết bị");
    expect(useSession.getState().status).toBe("signed-in");
  });

  it("on another device in dev mode, an ended session goes back to the picker instead of signing in again", async () => {
    const api = binhApi({
      ...personas,
      "GET /accounts/zca-binh-minh": () => apiError(401, "session_revoked"),
    });
    renderAt(SETTINGS, routes);
    expect(
      await screen.findByText("Đã đăng xuất mọi thiết bị. Chọn người để đăng nhập lại."),
    ).toBeInTheDocument();
    expect(api.calls.some((c) => c.method === "POST" && c.path === "/session")).toBe(false);
  });
});
