import { pageOf } from "./support/fake-api";
import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import AssetsPage from "../../src/features/assets/assets-page";
import LinkAppsPage from "../../src/features/assets/link-apps-page";
import LinkOaPage from "../../src/features/assets/link-oa-page";
import MembersPage from "../../src/features/members/members-page";
import SettingsPage from "../../src/features/account/settings-page";
import { apiError, binhApi, binhOas, resetStores, binhAccount } from "./support/assets-fixtures";
import { fakeApi } from "./support/fake-api";
import { renderAt } from "./support/render";

const routes = {
  "/accounts/:accountId/settings": <SettingsPage />,
  "/accounts/:accountId/assets": <AssetsPage />,
  "/accounts/:accountId/assets/oas": <LinkOaPage />,
  "/accounts/:accountId/assets/apps": <LinkAppsPage />,
  "/accounts/:accountId/members": <MembersPage />,
};

beforeEach(resetStores);

describe("Cài đặt → Quản lý tài sản, Quản lý thành viên", () => {
  it("walks from settings to the OA links, as in the console", async () => {
    binhApi();
    const { user } = renderAt("/accounts/zca-binh-minh/settings", routes);

    const info = await screen.findByRole("region", { name: "Thông tin tài khoản" });
    expect(await within(info).findByText("Cong ty TNHH Binh Minh")).toBeInTheDocument();
    expect(await within(info).findByText("Trần Thị Bình")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /Quản lý tài sản/ }));

    await user.click(await screen.findByRole("button", { name: /Liên kết OA\s*1 OA đã liên kết/ }));
    expect(await screen.findByRole("heading", { name: "OA đã liên kết" })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Liên kết OA mới" })).toBeInTheDocument();
  });

  it("loads both lists while the person chooses, so Liên kết OA shows the OAs as it opens", async () => {
    let asked = 0;
    const { calls } = binhApi({
      "GET /apps": (r) => ({ body: pageOf([], r.query) }),
      // Quản lý tài sản's answer comes at once; Liên kết OA's own request then never answers.
      "GET /oas": (r) => (asked++ === 0 ? { body: pageOf(binhOas, r.query) } : new Promise(() => {})),
    });
    const { user } = renderAt("/accounts/zca-binh-minh/assets", routes);
    await waitFor(() => expect(calls.map((c) => c.path)).toEqual(expect.arrayContaining(["/oas", "/apps"])));
    await user.click(await screen.findByRole("button", { name: /Liên kết OA\s*1 OA đã liên kết/ }));
    const fresh = await screen.findByRole("region", { name: "Liên kết OA mới" });
    expect(await within(fresh).findByRole("button", { name: "Liên kết Bình Minh Nail" })).toBeEnabled();
    expect(calls.filter((c) => c.path === "/oas")).toHaveLength(2);
  });

  it("says so when Liên kết OA cannot ask afresh, rather than show what it could not confirm", async () => {
    let asked = 0;
    binhApi({
      "GET /apps": (r) => ({ body: pageOf([], r.query) }),
      "GET /oas": (r) => (asked++ === 0 ? { body: pageOf(binhOas, r.query) } : apiError(503, "unavailable")),
    });
    const { user } = renderAt("/accounts/zca-binh-minh/assets", routes);
    await waitFor(() => expect(asked).toBe(1));
    await user.click(await screen.findByRole("button", { name: /Liên kết OA\s*1 OA đã liên kết/ }));
    expect(await screen.findByRole("button", { name: "Thử lại" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Liên kết OA mới" })).not.toBeInTheDocument();
  });

  it("leads to the apps the ZCA holds, with how many", async () => {
    binhApi({ "GET /apps": (r) => ({ body: pageOf([], r.query) }) });
    const { user } = renderAt("/accounts/zca-binh-minh/assets", routes);
    await user.click(
      await screen.findByRole("button", { name: /Liên kết ứng dụng\s*1 ứng dụng \(App ID\) đã liên kết/ }),
    );
    const linked = await screen.findByRole("region", { name: "Ứng dụng đã liên kết" });
    expect(await within(linked).findByText("Bình Minh Đặt lịch")).toBeInTheDocument();
  });

  it("says so when the ZCA holds no app and no OA", async () => {
    binhApi({}, { account: { ...binhAccount([]), apps: [] } });
    renderAt("/accounts/zca-binh-minh/assets", routes);
    expect(
      await screen.findByRole("button", { name: /Chưa liên kết ứng dụng \(App ID\) nào/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Chưa liên kết OA nào/ })).toBeInTheDocument();
  });

  it("leads every member to the members of the ZCA", async () => {
    binhApi({ "GET /accounts/zca-binh-minh/members": () => ({ body: [] }) });
    const { user } = renderAt("/accounts/zca-binh-minh/settings", routes);
    await user.click(
      await screen.findByRole("button", { name: /Quản lý thành viên\s*Thêm thành viên, đổi vai trò/ }),
    );
    expect(await screen.findByRole("button", { name: "Thêm thành viên" })).toBeInTheDocument();
  });

  it("tells an Editor she may only look at assets and members", async () => {
    binhApi({}, { account: { ...binhAccount(), role: "editor" } });
    renderAt("/accounts/zca-binh-minh/settings", routes);
    expect(
      await screen.findByRole("button", { name: /Quản lý tài sản\s*Xem OA và ứng dụng/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: /Quản lý thành viên\s*Xem thành viên và vai trò/ }),
    ).toBeInTheDocument();
  });

  it("explains a failed load and loads again on “Thử lại”", async () => {
    let down = true;
    fakeApi({
      "GET /accounts/zca-binh-minh": () => (down ? apiError(500, "internal") : { body: binhAccount() }),
    });
    const { user } = renderAt("/accounts/zca-binh-minh/settings", routes);
    expect(await screen.findByRole("alert")).toHaveTextContent("Hệ thống đang gặp sự cố");
    down = false;
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByText("Cong ty TNHH Binh Minh")).toBeInTheDocument();
  });
});
