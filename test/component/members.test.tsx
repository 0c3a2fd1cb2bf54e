import { act, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES } from "../../src/domain/permissions";
import AddMemberPage from "../../src/features/members/add-member-page";
import MemberPage from "../../src/features/members/member-page";
import MembersPage from "../../src/features/members/members-page";
import RolesPage from "../../src/features/members/roles-page";
import SuperAdminPage from "../../src/features/members/super-admin-page";
import { strings } from "../../src/features/members/strings";
import { roleStrings } from "../../src/i18n/role-strings";
import { useAccounts } from "../../src/store/accounts";
import { useSession } from "../../src/store/session";
import { apiError, binhApi, binhAccount } from "./support/assets-fixtures";
import {
  binhMembers,
  chauAsAdmin,
  em,
  invitation,
  membersApi,
  resetMemberStores,
} from "./support/members-fixtures";
import { renderAt } from "./support/render";

const ACCOUNT = "Cong ty TNHH Binh Minh";
const routes = {
  "/": <p>Trang chủ</p>,
  "/accounts/:accountId/members": <MembersPage />,
  "/accounts/:accountId/members/add": <AddMemberPage />,
  "/accounts/:accountId/members/roles": <RolesPage />,
  "/accounts/:accountId/members/super-admin": <SuperAdminPage />,
  "/accounts/:accountId/members/:memberId": <MemberPage />,
};
const open = (path = "") => renderAt(`/accounts/zca-binh-minh/members${path}`, routes);
const list = () => screen.findByRole("region", { name: /^Thành viên \(\d+\)$/ });

beforeEach(() => resetMemberStores());

describe("Quản lý thành viên: the list", () => {
  it("shows the Super Admin first, each member with masked phone, role and who added them when", async () => {
    membersApi();
    open();
    const members = await list();
    const rows = within(members).getAllByRole("listitem");
    expect(rows.map((row) => row.querySelector("strong")?.textContent)).toEqual([
      "Trần Thị Bình (bạn)",
      "Đỗ Thị Em",
      "Vũ Hoàng Giang",
    ]);
    expect(within(rows[0]!).getByText("Quản trị viên cấp cao")).toBeInTheDocument();
    expect(within(rows[0]!).getByText("Tạo ZCA ngày 12/03/2024")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("•••••••005")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Tài chính viên")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Trần Thị Bình thêm ngày 02/04/2024")).toBeInTheDocument();
  });

  it("gives the Super Admin “Thêm thành viên” and every member but herself to open", async () => {
    membersApi();
    open();
    const members = await list();
    expect(screen.getByRole("button", { name: "Thêm thành viên" })).toBeInTheDocument();
    expect(
      within(members)
        .getAllByRole("button")
        .map((b) => b.querySelector("strong")?.textContent),
    ).toEqual(["Đỗ Thị Em", "Vũ Hoàng Giang"]);
    expect(screen.getByRole("button", { name: /^Đổi quản trị viên cấp cao/ })).toBeInTheDocument();
  });

  it("gives an Admin the members of her rank and below, never the Super Admin", async () => {
    resetMemberStores({ id: "chau", name: "Lê Minh Châu", avatar: "" });
    membersApi("admin", {}, [...binhMembers(), chauAsAdmin]);
    open();
    const members = await list();
    expect(
      within(members)
        .getAllByRole("button")
        .map((b) => b.querySelector("strong")?.textContent),
    ).toEqual(["Đỗ Thị Em", "Vũ Hoàng Giang", "Lê Minh Châu (bạn)"]);
  });

  it("shows Finance the members without any control, and says who may change them", async () => {
    resetMemberStores(em);
    membersApi("finance");
    open();
    const members = await list();
    expect(within(members).queryAllByRole("button")).toEqual([]);
    expect(screen.queryByRole("button", { name: "Thêm thành viên" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Đổi quản trị viên cấp cao/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        "Vai trò của bạn (Tài chính viên) chỉ được xem. Chỉ Quản trị viên cấp cao và Quản trị viên mới thêm, đổi vai trò hoặc xóa thành viên được.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Quyền của các vai trò/ })).toBeInTheDocument();
  });

  it("shows a pending invitation by its number, and what it waits for", async () => {
    membersApi("super_admin", {}, [...binhMembers(), invitation]);
    open();
    const members = await list();
    const row = within(members).getByRole("button", { name: /^Số •••••••678/ });
    expect(within(row).getByText("Đang chờ tham gia")).toBeInTheDocument();
    expect(within(row).getByText("Trần Thị Bình mời ngày 02/01/2025")).toBeInTheDocument();
    expect(within(members).getByText(/sẽ thành thành viên khi mở ứng dụng/)).toBeInTheDocument();
  });

  it("explains a failed load, with a retry", async () => {
    membersApi("super_admin", { "GET /accounts/zca-binh-minh/members": () => apiError(500, "internal") });
    open();
    expect(await screen.findByRole("alert")).toHaveTextContent("Hệ thống đang gặp sự cố");
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Quyền của các vai trò/ })).toBeInTheDocument();
  });

  it("waits for the list before drawing the page, so it never pushes “Quyền của các vai trò” down", async () => {
    let answer: () => void = () => {};
    membersApi("super_admin", {
      "GET /accounts/zca-binh-minh/members": () =>
        new Promise((resolve) => (answer = () => resolve({ body: binhMembers() }))),
    });
    open();
    // The ZCA is here (and rendered, waitFor acts): only the list is missing.
    await waitFor(() => expect(useAccounts.getState().byId["zca-binh-minh"]?.data).toBeDefined());
    expect(screen.getByText("Đang tải…")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Quyền của các vai trò/ })).not.toBeInTheDocument();
    act(() => answer());
    expect(await list()).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Quyền của các vai trò/ })).toBeInTheDocument();
  });
});

describe("Thêm thành viên", () => {
  it("offers the roles the person may give, each with what it can do, read from the matrix", async () => {
    membersApi();
    open("/add");
    const roles = await screen.findByRole("group", { name: "Vai trò" });
    const radios = within(roles).getAllByRole("radio");
    expect(radios.map((r) => r.getAttribute("aria-label"))).toEqual([
      "Quản trị viên",
      "Biên tập viên",
      "Tài chính viên",
    ]);
    expect(screen.getByRole("radio", { name: "Tài chính viên" })).toHaveAccessibleDescription(
      "Dùng ví (nạp tiền, giao dịch, hóa đơn) và cài đặt thông báo về tiền (số dư, biến động, hóa đơn)",
    );
    // View-only here, and what the role is for in Zalo's console, so it does not read as a mistake.
    expect(screen.getByRole("radio", { name: "Biên tập viên" })).toHaveAccessibleDescription(
      "Chỉ xem ZCA, tài sản, thành viên và thông tin tài khoản. Trên trang quản lý ZCA của Zalo, Biên tập viên tạo mẫu tin ZNS và dùng các công cụ ZNS; ứng dụng này chưa có các việc đó.",
    );
  });

  it("takes the role choice as one Tab stop, the arrow keys moving and choosing", async () => {
    membersApi();
    const { user } = open("/add");
    const phone = await screen.findByRole("textbox", { name: "Số điện thoại Zalo" });
    await user.click(phone);
    await user.tab();
    const admin = screen.getByRole("radio", { name: "Quản trị viên" });
    expect(admin).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    const editor = screen.getByRole("radio", { name: "Biên tập viên" });
    expect(editor).toBeChecked();
    expect(editor).toHaveFocus();
    await user.tab();
    expect(screen.queryByRole("radio", { name: "Tài chính viên" })).not.toHaveFocus();
    expect(document.activeElement).not.toHaveAttribute("type", "radio");
  });

  it("says what is missing before sending anything", async () => {
    const api = membersApi();
    const { user } = open("/add");
    const add = await screen.findByRole("button", { name: "Thêm thành viên" });
    await user.click(add);
    expect(screen.getByText("Hãy nhập số điện thoại.")).toBeInTheDocument();
    expect(screen.getByText("Hãy chọn vai trò cho người này.")).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "Số điện thoại Zalo" }), "12345");
    await user.click(add);
    expect(screen.getByText(/Số điện thoại chưa đúng/)).toBeInTheDocument();
    expect(api.calls.some((c) => c.method === "POST")).toBe(false);
  });

  it("adds Châu by her number written any way, says so, and shows her in the list", async () => {
    let listed = binhMembers();
    const api = membersApi("super_admin", {
      "GET /accounts/zca-binh-minh/members": () => ({ body: listed }),
      "POST /accounts/zca-binh-minh/members": () => {
        listed = [...listed, chauAsAdmin];
        return { status: 201, body: chauAsAdmin };
      },
    });
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Thêm thành viên" }));
    await user.type(await screen.findByRole("textbox", { name: "Số điện thoại Zalo" }), "(+84) 901.000.003");
    await user.click(screen.getByRole("radio", { name: "Quản trị viên" }));
    await user.click(screen.getByRole("button", { name: "Thêm thành viên" }));

    expect(
      await screen.findByText(`Đã thêm Lê Minh Châu vào ${ACCOUNT} với vai trò Quản trị viên.`),
    ).toBeInTheDocument();
    expect(api.calls.find((c) => c.method === "POST")?.body).toEqual({
      phone: "+84901000003",
      role: "admin",
    });
    expect(within(await list()).getByRole("button", { name: /^Lê Minh Châu/ })).toBeInTheDocument();
  });

  it("says plainly when no Zalo account has the number, without a retry", async () => {
    membersApi("super_admin", {
      "POST /accounts/zca-binh-minh/members": () => apiError(422, "phone_not_on_zalo"),
    });
    const { user } = open("/add");
    await user.type(await screen.findByRole("textbox", { name: "Số điện thoại Zalo" }), "0909999999");
    await user.click(screen.getByRole("radio", { name: "Biên tập viên" }));
    await user.click(screen.getByRole("button", { name: "Thêm thành viên" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Chưa thêm được thành viên.");
    expect(alert).toHaveTextContent("Số điện thoại này chưa có tài khoản Zalo.");
    expect(within(alert).queryByRole("button", { name: "Thử lại" })).not.toBeInTheDocument();
  });

  it("says when the person is already a member", async () => {
    membersApi("super_admin", {
      "POST /accounts/zca-binh-minh/members": () => apiError(409, "already_member"),
    });
    const { user } = open("/add");
    await user.type(await screen.findByRole("textbox", { name: "Số điện thoại Zalo" }), "0901000005");
    await user.click(screen.getByRole("radio", { name: "Tài chính viên" }));
    await user.click(screen.getByRole("button", { name: "Thêm thành viên" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Người này đã là thành viên của ZCA này.");
  });

  it("says an unknown number was invited, when the server keeps it as an invitation", async () => {
    membersApi("super_admin", {
      "POST /accounts/zca-binh-minh/members": () => ({ status: 201, body: invitation }),
    });
    const { user } = open("/add");
    await user.type(await screen.findByRole("textbox", { name: "Số điện thoại Zalo" }), "0912345678");
    await user.click(screen.getByRole("radio", { name: "Tài chính viên" }));
    await user.click(screen.getByRole("button", { name: "Thêm thành viên" }));
    expect(await screen.findByText(/^Đã mời số •••••••678 với vai trò Tài chính viên\./)).toBeInTheDocument();
  });
});

describe("A member's screen", () => {
  it("changes Giang's role after a confirmation naming her and the ZCA", async () => {
    const api = membersApi("super_admin", {
      "PATCH /accounts/zca-binh-minh/members/giang": () => ({
        body: { ...binhMembers()[2]!, role: "admin" },
      }),
    });
    const { user } = open("/giang");
    await user.click(await screen.findByRole("radio", { name: "Quản trị viên" }));
    await user.click(screen.getByRole("button", { name: "Lưu vai trò" }));
    const dialog = await screen.findByRole("dialog", { name: "Đổi vai trò?" });
    expect(dialog).toHaveTextContent(`Vũ Hoàng Giang sẽ là Quản trị viên của ${ACCOUNT}.`);

    await user.click(within(dialog).getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(api.calls.some((c) => c.method === "PATCH")).toBe(false);

    await user.click(screen.getByRole("button", { name: "Lưu vai trò" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Đổi vai trò" }));
    expect(await screen.findByText("Vũ Hoàng Giang giờ là Quản trị viên.")).toBeInTheDocument();
    expect(api.calls.find((c) => c.method === "PATCH")?.body).toEqual({ role: "admin" });
    expect(screen.getByRole("button", { name: "Lưu vai trò" })).toBeDisabled();
  });

  it("removes Em after a confirmation, and goes back to a list without her", async () => {
    let listed = binhMembers();
    const api = membersApi("super_admin", {
      "GET /accounts/zca-binh-minh/members": () => ({ body: listed }),
      "DELETE /accounts/zca-binh-minh/members/em": () => {
        listed = listed.filter((m) => m.id !== "em");
        return { status: 204 };
      },
    });
    const { user } = open();
    await user.click(within(await list()).getByRole("button", { name: /^Đỗ Thị Em/ }));
    await user.click(await screen.findByRole("button", { name: "Xóa khỏi ZCA" }));
    const dialog = await screen.findByRole("dialog", { name: "Xóa thành viên?" });
    expect(dialog).toHaveTextContent(`Đỗ Thị Em sẽ không còn xem hay quản lý ${ACCOUNT}.`);
    await user.click(within(dialog).getByRole("button", { name: "Xóa thành viên" }));

    expect(await screen.findByText(`Đã xóa Đỗ Thị Em khỏi ${ACCOUNT}.`)).toBeInTheDocument();
    expect(api.calls.filter((c) => c.method === "DELETE").map((c) => c.path)).toEqual([
      "/accounts/zca-binh-minh/members/em",
    ]);
    await waitFor(async () => expect(within(await list()).queryByText("Đỗ Thị Em")).not.toBeInTheDocument());
  });

  it("shows the Super Admin to an Admin without controls, and why", async () => {
    resetMemberStores({ id: "chau", name: "Lê Minh Châu", avatar: "" });
    membersApi("admin", {}, [...binhMembers(), chauAsAdmin]);
    open("/binh");
    expect(
      await screen.findByText(
        /Không ai có thể xóa hoặc đổi vai trò của Quản trị viên cấp cao, kể cả chính họ/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Lưu vai trò" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Xóa khỏi ZCA" })).not.toBeInTheDocument();
  });

  it("lets an Admin leave, and takes her home with her ZCAs read again", async () => {
    resetMemberStores({ id: "chau", name: "Lê Minh Châu", avatar: "" });
    const api = membersApi(
      "admin",
      {
        "DELETE /accounts/zca-binh-minh/members/chau": () => ({ status: 204 }),
        "GET /me": () => ({
          body: { user: chauAsAdmin, phone: null, accounts: [], canCreateAccount: true },
        }),
      },
      [...binhMembers(), chauAsAdmin],
    );
    const { user } = open("/chau");
    await user.click(await screen.findByRole("button", { name: "Rời ZCA này" }));
    const dialog = await screen.findByRole("dialog", { name: "Rời ZCA?" });
    expect(dialog).toHaveTextContent(`Bạn sẽ không còn xem hay quản lý ${ACCOUNT}.`);
    await user.click(within(dialog).getByRole("button", { name: "Rời ZCA" }));
    expect(await screen.findByText("Trang chủ")).toBeInTheDocument();
    await waitFor(() => expect(api.calls.some((c) => c.path === "/me")).toBe(true));
    expect(useSession.getState().me?.accounts).toEqual([]);
  });

  it("shows a refusal, and the list as the server now has it", async () => {
    let listed = binhMembers();
    const api = membersApi("super_admin", {
      "GET /accounts/zca-binh-minh/members": () => ({ body: listed }),
      "PATCH /accounts/zca-binh-minh/members/giang": () => {
        listed = listed.filter((m) => m.id !== "giang");
        return apiError(404, "not_found");
      },
    });
    const { user } = open("/giang");
    await user.click(await screen.findByRole("radio", { name: "Tài chính viên" }));
    await user.click(screen.getByRole("button", { name: "Lưu vai trò" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Đổi vai trò" }));
    expect(await screen.findByText("Người này không còn là thành viên của ZCA.")).toBeInTheDocument();
    expect(
      api.calls.filter((c) => c.path === "/accounts/zca-binh-minh/members" && c.method === "GET"),
    ).toHaveLength(2);
  });
});

describe("Quyền của các vai trò", () => {
  it("shows the matrix of src/domain as a table: one row per permission, one column per role", async () => {
    membersApi();
    open("/roles");
    const table = await screen.findByRole("table");
    const names = roleStrings.vi;
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual(["Quyền", ...ROLES.map((r) => names[r])]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(PERMISSIONS.length);
    PERMISSIONS.forEach((permission, i) => {
      expect(within(rows[i]!).getByRole("rowheader")).toHaveTextContent(strings.vi.permissions[permission]);
      const cells = within(rows[i]!)
        .getAllByRole("cell")
        .map((c) => c.textContent?.replace("–", ""));
      expect(cells).toEqual(ROLES.map((role) => (can(role, permission) ? "Được" : "Không")));
    });
  });
});

describe("Đổi quản trị viên cấp cao", () => {
  it("explains Zalo's process and copies the request, naming the ZCA and its ID", async () => {
    membersApi();
    const { user } = open("/super-admin");
    expect(
      await screen.findByText(
        "Gửi công văn qua biểu mẫu hỗ trợ của Zalo, tiêu đề “Yêu cầu thay đổi quyền quản trị viên cấp cao zca-binh-minh”.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText("Zalo phản hồi trong vòng 48 giờ làm việc.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Sao chép hoặc chia sẻ nội dung" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Đã sao chép nội dung.");
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^Yêu cầu thay đổi quyền quản trị viên cấp cao zca-binh-minh/);
    expect(copied).toContain(`Zalo Cloud Account “${ACCOUNT}” (ID: zca-binh-minh)`);
    expect(copied).toContain("Quản trị viên cấp cao hiện tại: Trần Thị Bình");
    // Zalo knows the business by its registered name and tax code.
    expect(copied).toContain("Công ty TNHH Bình Minh (mã số thuế 0399123457) đề nghị thay đổi");
  });

  it("asks as “Doanh nghiệp chúng tôi” for a ZCA created before its business's details were asked", async () => {
    binhApi(
      { "GET /accounts/zca-binh-minh/members": () => ({ body: binhMembers() }) },
      { account: { ...binhAccount(), business: null } },
    );
    open("/super-admin");
    expect(
      await screen.findByText(/^Yêu cầu thay đổi quyền quản trị viên cấp cao zca-binh-minh/),
    ).toHaveTextContent("Doanh nghiệp chúng tôi đề nghị thay đổi");
  });
});
