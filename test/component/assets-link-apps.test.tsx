import { pageOf } from "./support/fake-api";
import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/domain/types";
import LinkAppsPage from "../../src/features/assets/link-apps-page";
import { apiError, binhApi, resetStores, binhAccount } from "./support/assets-fixtures";
import { renderAt } from "./support/render";

const ACCOUNT = "Cong ty TNHH Binh Minh";
const booking: App = {
  id: "1864203957731480522",
  name: "Bình Minh Đặt lịch",
  linkedAccountId: "zca-binh-minh",
  declaredBy: null,
};
const care: App = {
  id: "2957316048827193064",
  name: "Bình Minh Chăm sóc khách hàng",
  linkedAccountId: null,
  declaredBy: null,
};
const elsewhere: App = {
  id: "6631920487751130246",
  name: "Ứng dụng khác",
  linkedAccountId: "zca-other",
  declaredBy: null,
};

const routes = { "/accounts/:accountId/assets/apps": <LinkAppsPage /> };
const open = () => renderAt("/accounts/zca-binh-minh/assets/apps", routes);
const linkedSection = () => screen.getByRole("region", { name: "Ứng dụng đã liên kết" });
const newSection = () => screen.getByRole("region", { name: "Liên kết ứng dụng mới" });

function appsApi(
  routes: Parameters<typeof binhApi>[0] = {},
  apps: App[] = [booking, care, elsewhere],
  role = "super_admin",
) {
  return binhApi(
    { "GET /apps": (r) => ({ body: pageOf(apps, r.query) }), ...routes },
    { account: { ...binhAccount(), role: role as "super_admin" } },
  );
}

beforeEach(resetStores);

describe("Liên kết ứng dụng: sections", () => {
  it("shows the linked apps, the apps Bình may link, why the others cannot be, and the OA authorisation", async () => {
    appsApi();
    open();
    await screen.findByRole("region", { name: "Ứng dụng đã liên kết" });
    expect(await within(linkedSection()).findByText("Bình Minh Đặt lịch")).toBeInTheDocument();
    expect(within(linkedSection()).getByText("App ID: 1864203957731480522")).toBeInTheDocument();
    expect(
      within(newSection()).getByRole("button", { name: "Liên kết Bình Minh Chăm sóc khách hàng" }),
    ).toBeInTheDocument();
    expect(within(newSection()).getByText("Đã liên kết với một ZCA khác")).toBeInTheDocument();
    expect(within(newSection()).getAllByRole("button", { name: /^Liên kết / })).toHaveLength(1);
    expect(within(newSection()).queryByText("Bình Minh Đặt lịch")).not.toBeInTheDocument();
    // What the OA's admin does, in the words other screens use (tin ZNS), not the protocol's.
    expect(screen.getByText(/khi ứng dụng xin quyền truy cập OA, họ chọn “Cho phép”/)).toBeInTheDocument();
    expect(screen.queryByText(/OAuth|API Explorer|ZBS Template Message/)).not.toBeInTheDocument();
  });

  it("with no app listed (inside Zalo), offers linking by App ID first, and still creating one", async () => {
    appsApi({}, []);
    open();
    expect(
      await screen.findByText(
        "Chưa có ứng dụng nào ở đây. Bạn có thể liên kết ứng dụng bằng App ID hoặc tạo ứng dụng mới.",
      ),
    ).toBeInTheDocument();
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf("Liên kết bằng App ID")).toBeLessThan(headings.indexOf("Liên kết ứng dụng mới"));
    expect(screen.getByRole("button", { name: "Tạo ứng dụng" })).toBeInTheDocument();
  });

  it("says of a declared app who declared it and that Zalo has not confirmed it", async () => {
    const declared: App = {
      id: "3471892056612345678",
      name: "App ID 3471892056612345678",
      linkedAccountId: "zca-binh-minh",
      declaredBy: { id: "binh", name: "Trần Thị Bình" },
    };
    binhApi(
      { "GET /apps": (r) => ({ body: pageOf([booking, declared], r.query) }) },
      { account: { ...binhAccount(), apps: [booking, declared] } },
    );
    open();
    await screen.findByRole("region", { name: "Ứng dụng đã liên kết" });
    expect(await within(linkedSection()).findByText("App ID 3471892056612345678")).toBeInTheDocument();
    expect(
      within(linkedSection()).getByText("Khai báo bởi Trần Thị Bình, chưa được Zalo xác nhận"),
    ).toBeInTheDocument();
  });

  it("shows an Editor the linked apps and no control, with who may link", async () => {
    appsApi({}, [], "editor");
    open();
    await screen.findByRole("region", { name: "Ứng dụng đã liên kết" });
    expect(screen.queryByRole("region", { name: "Liên kết ứng dụng mới" })).not.toBeInTheDocument();
    expect(within(screen.getByRole("main")).queryByRole("button")).toBeNull();
    expect(
      screen.getByText(
        /Vai trò của bạn \(Biên tập viên\) chỉ được xem. Chỉ Quản trị viên cấp cao và Quản trị viên mới/,
      ),
    ).toBeInTheDocument();
  });
});

describe("Liên kết ứng dụng: changes", () => {
  it("links an app after a confirmation naming it and the ZCA", async () => {
    const api = appsApi({
      "POST /accounts/zca-binh-minh/apps": () => ({
        status: 201,
        body: { ...care, linkedAccountId: "zca-binh-minh" },
      }),
    });
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Liên kết Bình Minh Chăm sóc khách hàng" }));
    const dialog = await screen.findByRole("dialog", { name: "Liên kết ứng dụng với ZCA?" });
    expect(dialog).toHaveTextContent(`Bình Minh Chăm sóc khách hàng sẽ được liên kết với ${ACCOUNT}.`);
    await user.click(within(dialog).getByRole("button", { name: "Liên kết ứng dụng" }));

    expect(
      await screen.findByText(`Đã liên kết Bình Minh Chăm sóc khách hàng với ${ACCOUNT}.`),
    ).toBeInTheDocument();
    expect(api.calls.find((c) => c.method === "POST")?.body).toEqual({ appId: "2957316048827193064" });
    expect(await within(linkedSection()).findByText("Bình Minh Chăm sóc khách hàng")).toBeInTheDocument();
    expect(within(newSection()).queryByRole("button", { name: /^Liên kết / })).not.toBeInTheDocument();
  });

  it("unlinks an app after a confirmation; it becomes linkable again", async () => {
    appsApi({ "DELETE /accounts/zca-binh-minh/apps/1864203957731480522": () => ({ status: 204 }) });
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Hủy liên kết Bình Minh Đặt lịch" }));
    const dialog = await screen.findByRole("dialog", { name: "Hủy liên kết ứng dụng?" });
    await user.click(within(dialog).getByRole("button", { name: "Hủy liên kết" }));
    expect(
      await screen.findByText(`Đã hủy liên kết Bình Minh Đặt lịch khỏi ${ACCOUNT}.`),
    ).toBeInTheDocument();
    expect(
      await within(newSection()).findByRole("button", { name: "Liên kết Bình Minh Đặt lịch" }),
    ).toBeInTheDocument();
  });

  it("creates an app named after the ZCA and shows it linked", async () => {
    const created: App = {
      id: "5120847736190452218",
      name: ACCOUNT,
      linkedAccountId: "zca-binh-minh",
      declaredBy: null,
    };
    const api = appsApi({ "POST /accounts/zca-binh-minh/apps": () => ({ status: 201, body: created }) });
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Tạo ứng dụng" }));
    const dialog = await screen.findByRole("dialog", { name: "Tạo ứng dụng mới?" });
    expect(dialog).toHaveTextContent(
      `Một ứng dụng mới tên “${ACCOUNT}” sẽ được tạo và liên kết với ${ACCOUNT}.`,
    );
    await user.click(within(dialog).getByRole("button", { name: "Tạo ứng dụng" }));
    expect(await screen.findByText(`Đã tạo và liên kết ứng dụng “${ACCOUNT}”.`)).toBeInTheDocument();
    expect(api.calls.find((c) => c.method === "POST")?.body).toEqual({ create: true });
    expect(await within(linkedSection()).findByText("App ID: 5120847736190452218")).toBeInTheDocument();
  });

  it("puts the app back when linking fails, says why, and links it on “Thử lại”", async () => {
    let fail = true;
    appsApi({
      "POST /accounts/zca-binh-minh/apps": () => {
        if (fail) throw new TypeError("Failed to fetch");
        return { status: 201, body: { ...care, linkedAccountId: "zca-binh-minh" } };
      },
    });
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Liên kết Bình Minh Chăm sóc khách hàng" }));
    await user.click(
      within(await screen.findByRole("dialog")).getByRole("button", { name: "Liên kết ứng dụng" }),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Chưa liên kết được Bình Minh Chăm sóc khách hàng.");
    expect(within(linkedSection()).queryByText("Bình Minh Chăm sóc khách hàng")).not.toBeInTheDocument();

    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Thử lại" }));
    await waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument());
    expect(await within(linkedSection()).findByText("Bình Minh Chăm sóc khách hàng")).toBeInTheDocument();
  });

  it("offers no retry when the server refuses by rule", async () => {
    appsApi({ "POST /accounts/zca-binh-minh/apps": () => apiError(409, "app_linked_elsewhere") });
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Liên kết Bình Minh Chăm sóc khách hàng" }));
    await user.click(
      within(await screen.findByRole("dialog")).getByRole("button", { name: "Liên kết ứng dụng" }),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Ứng dụng này đã kết nối với một ZCA khác.");
    expect(within(alert).queryByRole("button", { name: "Thử lại" })).not.toBeInTheDocument();
  });

  describe("by App ID", () => {
    const APP_ID = "3471892056612345678";
    const declared: App = {
      id: APP_ID,
      name: `App ID ${APP_ID}`,
      linkedAccountId: "zca-binh-minh",
      declaredBy: { id: "binh", name: "Trần Thị Bình" },
    };

    it("links an app by its App ID after a confirmation that says it is declared", async () => {
      const api = appsApi({ "POST /accounts/zca-binh-minh/apps": () => ({ status: 201, body: declared }) });
      const { user } = open();
      const field = await screen.findByRole("textbox", { name: "App ID" });
      expect(field).toHaveAccessibleDescription("App ID có ở trang quản lý ứng dụng trên developers.zalo.me");
      await user.type(field, ` ${APP_ID} `);
      await user.click(screen.getByRole("button", { name: "Liên kết App ID" }));
      const dialog = await screen.findByRole("dialog", { name: "Liên kết ứng dụng bằng App ID?" });
      expect(dialog).toHaveTextContent(
        `App ID ${APP_ID} sẽ được liên kết với ${ACCOUNT} và ghi nhận là do bạn khai báo`,
      );
      await user.click(within(dialog).getByRole("button", { name: "Liên kết ứng dụng" }));
      expect(
        await screen.findByText(`Đã liên kết App ID ${APP_ID} với ${ACCOUNT} (bạn khai báo).`),
      ).toBeInTheDocument();
      expect(api.calls.find((c) => c.method === "POST")?.body).toEqual({ declaredAppId: APP_ID });
      // Waits on the list itself: the snackbar found above says nothing of when the list is drawn.
      expect(
        await within(linkedSection()).findByText("Khai báo bởi Trần Thị Bình, chưa được Zalo xác nhận"),
      ).toBeInTheDocument();
      await waitFor(() => expect(screen.getByRole("textbox", { name: "App ID" })).toHaveValue(""));
      expect(screen.getByRole("textbox", { name: "App ID" })).not.toHaveAttribute("aria-invalid");
    });

    it("says what is wrong with the App ID beside the field and asks nothing of the server", async () => {
      const api = appsApi();
      const { user } = open();
      await user.type(await screen.findByRole("textbox", { name: "App ID" }), "12345");
      await user.click(screen.getByRole("button", { name: "Liên kết App ID" }));
      expect(screen.getByRole("textbox", { name: "App ID" })).toHaveAccessibleDescription(
        expect.stringContaining("App ID có ít nhất 6 chữ số."),
      );
      expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
      expect(api.calls.filter((c) => c.method === "POST")).toEqual([]);
    });

    it("says so when another ZCA holds that App ID, with no retry", async () => {
      appsApi({ "POST /accounts/zca-binh-minh/apps": () => apiError(409, "app_linked_elsewhere") });
      const { user } = open();
      await user.type(await screen.findByRole("textbox", { name: "App ID" }), APP_ID);
      await user.click(screen.getByRole("button", { name: "Liên kết App ID" }));
      await user.click(
        within(await screen.findByRole("dialog")).getByRole("button", { name: "Liên kết ứng dụng" }),
      );
      const alert = await screen.findByRole("alert");
      expect(alert).toHaveTextContent(`Chưa liên kết được App ID ${APP_ID}.`);
      expect(alert).toHaveTextContent("Ứng dụng này đã kết nối với một ZCA khác.");
      expect(within(alert).queryByRole("button", { name: "Thử lại" })).not.toBeInTheDocument();
      expect(screen.getByRole("textbox", { name: "App ID" })).toHaveValue(APP_ID);
    });
  });
});
