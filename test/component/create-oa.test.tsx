import { pageOf } from "./support/fake-api";
import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useSession } from "../../src/store/session";
import { anApi, anOas, anOasAfterDung, meOf, resetCreateStores, saveDraft } from "./support/create-fixtures";
import { renderCreate } from "./support/render-create";

const oaRadio = (name: string, timeout?: number) =>
  screen.findByRole("radio", { name: new RegExp(name) }, timeout ? { timeout } : undefined);

afterEach(() => vi.restoreAllMocks());

beforeEach(() => {
  resetCreateStores();
  anApi();
  saveDraft({ step: "oa", name: "Tiem banh An Nhien" });
});

describe("step 3: connect the business OA", () => {
  it("lists the OAs the person administers with badge, category and followers", async () => {
    renderCreate("/create/oa");
    const bakery = await oaRadio("Tiệm bánh An Nhiên");
    expect(within(bakery.closest("label")!).getByRole("img", { name: "Đã xác thực" })).toBeInTheDocument();
    expect(bakery).toHaveAccessibleName(/Ẩm thực · 12\.840 người quan tâm/);
    expect(screen.getByText("Bước 3/6")).toBeInTheDocument();
  });

  it("shows an unverified OA disabled with its reason, and choosing it does nothing", async () => {
    const { user } = renderCreate("/create/oa");
    const studio = await oaRadio("An Nhiên Studio");
    expect(studio).toBeDisabled();
    expect(studio).toHaveAccessibleName(/OA phải xác thực mới có thể kết nối/);
    await user.click(studio);
    expect(studio).not.toBeChecked();
    expect(screen.getByRole("button", { name: "Tiếp tục" })).toBeDisabled();
  });

  it("shows an OA held by another ZCA disabled with its reason", async () => {
    anApi({ "GET /oas": (r) => ({ body: pageOf(anOasAfterDung, r.query) }) });
    renderCreate("/create/oa");
    const bakery = await oaRadio("Tiệm bánh An Nhiên");
    expect(bakery).toBeDisabled();
    expect(bakery).toHaveAccessibleName(/OA đã thuộc về một ZCA khác/);
  });

  it("enables “Tiếp tục” once a verified OA is chosen, and moves to step 4", async () => {
    const { user } = renderCreate("/create/oa");
    expect(await screen.findByRole("button", { name: "Tiếp tục" })).toBeDisabled();
    await user.click(await oaRadio("Cà phê Sáng"));
    expect(await oaRadio("Cà phê Sáng")).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(await screen.findByRole("heading", { name: "Kết nối ứng dụng" })).toBeInTheDocument();
  });

  it("keeps the chosen OA and the name when going back to step 2 and forward again", async () => {
    const { user } = renderCreate("/create/oa");
    await user.click(await oaRadio("Cà phê Sáng"));
    await user.click(screen.getByRole("button", { name: "Quay lại" }));
    expect(await screen.findByRole("textbox", { name: "Tên tài khoản ZCA" })).toHaveValue(
      "Tiem banh An Nhien",
    );
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(await oaRadio("Cà phê Sáng")).toBeChecked();
  });

  it("explains an earlier choice that another ZCA took meanwhile, until another OA is chosen", async () => {
    anApi({ "GET /oas": (r) => ({ body: pageOf(anOasAfterDung, r.query) }) });
    saveDraft({ step: "oa", name: "Tiem banh An Nhien", oaId: "oa-an-nhien" });
    const { user } = renderCreate("/create/oa");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "OA “Tiệm bánh An Nhiên” bạn chọn trước đó vừa được liên kết với một ZCA khác. Hãy chọn OA khác.",
    );
    expect(screen.getByRole("button", { name: "Tiếp tục" })).toBeDisabled();
    await user.click(await oaRadio("Cà phê Sáng"));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tiếp tục" })).toBeEnabled();
  });

  it("lists the OAs that can be chosen first, then the others with their reason", async () => {
    renderCreate("/create/oa");
    await oaRadio("Cà phê Sáng");
    const names = screen.getAllByRole("radio").map((radio) => radio.getAttribute("value"));
    expect(names).toEqual(["oa-sang-coffee", "oa-an-nhien", "oa-an-studio"]);
  });

  it("is one radio group: one Tab stop, arrow keys move and choose, unpickable OAs skipped", async () => {
    const { user } = renderCreate("/create/oa");
    expect(await screen.findByRole("group", { name: "Chọn OA để kết nối" })).toBeInTheDocument();
    const coffee = await oaRadio("Cà phê Sáng");
    coffee.focus();
    await user.keyboard("{ArrowDown}");
    const bakery = await oaRadio("Tiệm bánh An Nhiên");
    expect(bakery).toHaveFocus();
    expect(bakery).toBeChecked();
    expect(screen.getByRole("button", { name: "Tiếp tục" })).toBeEnabled();
    // The unverified OA cannot take focus: the next arrow wraps to the first OA.
    await user.keyboard("{ArrowDown}");
    expect(coffee).toHaveFocus();
    expect(coffee).toBeChecked();
    await user.tab();
    expect(screen.getByRole("radio", { name: /Tiệm bánh An Nhiên/ })).not.toHaveFocus();
    expect(document.activeElement).not.toHaveAttribute("type", "radio");
  });

  it("clears a refused “Thêm OA từ Zalo” once an OA is chosen", async () => {
    vi.spyOn(window, "open").mockReturnValue(null);
    anApi({
      "POST /oa-grants": () => ({
        status: 201,
        body: {
          id: "grant-9",
          url: "https://api.example.vn/open",
          expiresAt: new Date(Date.now() + 600_000).toISOString(),
        },
      }),
      "GET /oa-grants/grant-9": () => ({ body: { status: "refused", error: "refused" } }),
    });
    const { user } = renderCreate("/create/oa");
    await user.click(await screen.findByRole("button", { name: "Thêm OA từ Zalo" }));
    const refused = await screen.findByText("Bạn chưa cho phép trên Zalo nên chưa có OA nào được thêm.");
    await user.click(await oaRadio("Cà phê Sáng"));
    expect(refused).not.toBeInTheDocument();
  });

  it("offers a retry when the list cannot be loaded", async () => {
    let calls = 0;
    anApi({
      "GET /oas": (r) => (++calls === 1 ? { status: 503, body: null } : { body: pageOf(anOas, r.query) }),
    });
    const { user } = renderCreate("/create/oa");
    expect(await screen.findByRole("alert")).toHaveTextContent("Hệ thống đang gặp sự cố");
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await oaRadio("Cà phê Sáng")).toBeInTheDocument();
  });
});

describe("step 3 for a person who administers no OA", () => {
  beforeEach(() => {
    useSession.setState({ me: meOf({ user: { id: "chau", name: "Lê Minh Châu", avatar: "" } }) });
    saveDraft({ step: "oa", name: "Cua hang Chau" }, "chau");
  });

  it("explains what is missing and how to get admin rights, instead of an empty list", async () => {
    anApi({ "GET /oas": (r) => ({ body: pageOf([], r.query) }) });
    renderCreate("/create/oa");
    expect(
      await screen.findByRole("heading", { name: "Bạn chưa là quản trị viên của OA nào" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Nhờ quản trị viên của OA doanh nghiệp thêm tài khoản Zalo của bạn làm quản trị viên/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Bạn đã là quản trị viên của OA trên Zalo\?/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Thêm OA từ Zalo" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tiếp tục" })).not.toBeInTheDocument();
  });

  it("adds an OA she administers on Zalo: opens the API's link to Zalo's page, waits, then lists the OA", async () => {
    const hoa = { ...anOas[1]!, id: "oa-hoa", name: "Hoa tươi Minh Châu" };
    let granted = false;
    let polls = 0;
    const open = vi.spyOn(window, "open").mockReturnValue(null);
    const api = anApi({
      "GET /oas": (r) => ({ body: pageOf(granted ? [hoa] : [], r.query) }),
      "POST /oa-grants": () => ({
        status: 201,
        body: {
          id: "grant-1",
          url: "https://api.example.vn/api/oa-grants/grant-1/open?ticket=t",
          expiresAt: new Date(Date.now() + 600_000).toISOString(),
        },
      }),
      "GET /oa-grants/grant-1": () => {
        polls++;
        if (polls < 2) return { body: { status: "pending" } };
        granted = true;
        return { body: { status: "done", oa: hoa } };
      },
    });
    const { user } = renderCreate("/create/oa");
    await user.click(await screen.findByRole("button", { name: "Thêm OA từ Zalo" }));
    expect(open).toHaveBeenCalledWith(
      "https://api.example.vn/api/oa-grants/grant-1/open?ticket=t",
      "_blank",
      "noopener",
    );
    expect(api.calls.find((c) => c.path === "/oa-grants")?.body).toEqual({ lang: "vi" });
    expect(await screen.findByText(/Đang chờ bạn cấp quyền trên Zalo/)).toBeInTheDocument();
    // Coming back to the app asks at once, without waiting for the next poll.
    window.dispatchEvent(new Event("focus"));
    expect(await oaRadio("Hoa tươi Minh Châu", 4000)).toBeInTheDocument();
    expect(screen.getByText("Đã thêm OA “Hoa tươi Minh Châu”.")).toBeInTheDocument();
  });

  it("says so when the person refused on Zalo, and lets them try again", async () => {
    vi.spyOn(window, "open").mockReturnValue(null);
    anApi({
      "GET /oas": (r) => ({ body: pageOf([], r.query) }),
      "POST /oa-grants": () => ({
        status: 201,
        body: {
          id: "grant-2",
          url: "https://api.example.vn/api/oa-grants/grant-2/open?ticket=t",
          expiresAt: new Date(Date.now() + 600_000).toISOString(),
        },
      }),
      "GET /oa-grants/grant-2": () => ({ body: { status: "refused", error: "refused" } }),
    });
    const { user } = renderCreate("/create/oa");
    await user.click(await screen.findByRole("button", { name: "Thêm OA từ Zalo" }));
    expect(
      await screen.findByText("Bạn chưa cho phép trên Zalo nên chưa có OA nào được thêm."),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Thêm OA từ Zalo" })).toBeEnabled();
  });

  it.each([
    [{ status: "refused", error: "cancelled" }, "Bạn đã bấm “Hủy” nên chưa có OA nào được thêm."],
    [
      { status: "failed", error: "other_browser" },
      "Trang cấp quyền đã được mở trên một thiết bị hoặc trình duyệt khác nên không có OA nào được thêm. Hãy bấm “Thêm OA từ Zalo” và cấp quyền ngay trên trang vừa mở.",
    ],
  ])("says how the authorization ended without an OA: %o", async (ended, sentence) => {
    vi.spyOn(window, "open").mockReturnValue(null);
    anApi({
      "GET /oas": (r) => ({ body: pageOf([], r.query) }),
      "POST /oa-grants": () => ({
        status: 201,
        body: {
          id: "grant-3",
          url: "https://api.example.vn/api/oa-grants/grant-3/open?ticket=t",
          expiresAt: new Date(Date.now() + 600_000).toISOString(),
        },
      }),
      "GET /oa-grants/grant-3": () => ({ body: ended }),
    });
    const { user } = renderCreate("/create/oa");
    await user.click(await screen.findByRole("button", { name: "Thêm OA từ Zalo" }));
    expect(await screen.findByText(sentence)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Thêm OA từ Zalo" })).toBeEnabled();
  });

  it("offers a ready message asking the OA's admin for rights, naming the person and the ZCA", async () => {
    anApi({ "GET /oas": (r) => ({ body: pageOf([], r.query) }) });
    const { user } = renderCreate("/create/oa");
    const message = await screen.findByText(/^Chào bạn, mình là Lê Minh Châu/);
    expect(message).toHaveTextContent("Mình đang tạo Zalo Cloud Account “Cua hang Chau”");
    await user.click(screen.getByRole("button", { name: "Gửi lời nhờ qua Zalo" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Đã sao chép lời nhắn.");
    expect(await navigator.clipboard.readText()).toBe(message.textContent);
  });

  it("lists the OAs again after the admin granted the rights", async () => {
    let granted = false;
    anApi({ "GET /oas": (r) => ({ body: pageOf(granted ? anOas : [], r.query) }) });
    const { user } = renderCreate("/create/oa");
    await screen.findByRole("heading", { name: "Bạn chưa là quản trị viên của OA nào" });
    granted = true;
    await user.click(screen.getByRole("button", { name: "Tải lại danh sách OA" }));
    expect(await oaRadio("Cà phê Sáng")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tiếp tục" })).toBeDisabled();
  });
});

describe("step 3 for Dũng, whose only OA another ZCA holds", () => {
  const dung = { id: "dung", name: "Phạm Văn Dũng", avatar: "" };
  const held = anOasAfterDung.filter((oa) => oa.id === "oa-an-nhien");

  beforeEach(() => {
    useSession.setState({ me: meOf({ user: dung }) });
    saveDraft({ step: "oa", name: "Dung Bakery" }, "dung");
    anApi({ "GET /oas": (r) => ({ body: pageOf(held, r.query) }) });
  });

  it("says the OA is in another ZCA and what its Super Admin can do, not how to become an OA admin", async () => {
    renderCreate("/create/oa");
    expect(
      await screen.findByRole("heading", { name: "OA “Tiệm bánh An Nhiên” đang thuộc về một ZCA khác" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/có thể thêm bạn làm thành viên của ZCA đó, hoặc hủy liên kết OA/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Chưa là quản trị viên\?/)).not.toBeInTheDocument();
    expect(screen.queryByText(/cấp quyền admin OA/)).not.toBeInTheDocument();
    // Another OA he may administer on Zalo is still one tap away.
    expect(screen.getByText(/Bạn còn quản trị một OA đã xác thực khác trên Zalo\?/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Thêm OA từ Zalo" })).toBeInTheDocument();
  });

  it("offers a ready request to that ZCA's Super Admin, sent through the share sheet", async () => {
    const { user } = renderCreate("/create/oa");
    const message = await screen.findByText(/^Chào bạn, mình là Phạm Văn Dũng/);
    expect(message).toHaveTextContent(
      "OA “Tiệm bánh An Nhiên” đang liên kết với Zalo Cloud Account (ZCA) của bạn. Mình cần OA này cho ZCA “Dung Bakery”",
    );
    expect(message).not.toHaveTextContent("zca-dung");
    await user.click(screen.getByRole("button", { name: "Gửi lời nhờ qua Zalo" }));
    expect(await screen.findByRole("status")).toHaveTextContent(
      "Đã sao chép lời nhắn. Hãy mở Zalo, dán vào cuộc trò chuyện với Quản trị viên cấp cao của ZCA đó và gửi.",
    );
    expect(await navigator.clipboard.readText()).toBe(message.textContent);
  });

  it("offers one request only, to that ZCA's Super Admin, beside an unverified OA of his", async () => {
    const studio = anOas.find((oa) => oa.id === "oa-an-studio")!;
    anApi({ "GET /oas": (r) => ({ body: pageOf([studio, ...held], r.query) }) });
    renderCreate("/create/oa");
    await screen.findByRole("heading", { name: "OA “Tiệm bánh An Nhiên” đang thuộc về một ZCA khác" });
    expect(screen.getAllByRole("button", { name: "Gửi lời nhờ qua Zalo" })).toHaveLength(1);
    expect(screen.queryByText(/^Chào bạn, mình là Phạm Văn Dũng. Mình đang tạo/)).not.toBeInTheDocument();
  });

  it("chooses for him the OA he has just added from Zalo", async () => {
    const banhMi = { ...anOas[1]!, id: "oa-an-banhmi", name: "Bánh mì An Nhiên" };
    let added = false;
    vi.spyOn(window, "open").mockReturnValue(null);
    anApi({
      "GET /oas": (r) => ({ body: pageOf(added ? [banhMi, ...held] : held, r.query) }),
      "POST /oa-grants": () => ({
        status: 201,
        body: {
          id: "grant-7",
          url: "https://api.example.vn/open",
          expiresAt: new Date(Date.now() + 600_000).toISOString(),
        },
      }),
      "GET /oa-grants/grant-7": () => {
        added = true;
        return { body: { status: "done", oa: banhMi } };
      },
    });
    const { user } = renderCreate("/create/oa");
    await user.click(await screen.findByRole("button", { name: "Thêm OA từ Zalo" }));
    expect(await oaRadio("Bánh mì An Nhiên", 4000)).toBeChecked();
    expect(screen.getByRole("button", { name: "Tiếp tục" })).toBeEnabled();
  });
});

describe("step 3: a person with many OAs", () => {
  const many = [
    ...anOas,
    ...Array.from({ length: 80 }, (_, i) => ({
      ...anOas[1]!,
      id: `oa-shop-${i}`,
      name: `Cửa hàng ${String(i + 1).padStart(3, "0")}`,
    })),
    { ...anOas[1]!, id: "oa-hoa", name: "Tiệm hoa Lan" },
  ];

  it("shows a page of OAs with “Tải thêm”, and a search that finds and chooses one past it", async () => {
    const api = anApi({ "GET /oas": (r) => ({ body: pageOf(many, r.query) }) });
    const { user } = renderCreate("/create/oa");
    await oaRadio("Cửa hàng 001");
    expect(screen.queryByRole("radio", { name: /Tiệm hoa Lan/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tải thêm" })).toBeInTheDocument();

    await user.type(screen.getByRole("textbox", { name: "Tìm OA theo tên" }), "hoa lan");
    await user.click(await oaRadio("Tiệm hoa Lan"));
    expect(api.calls.filter((c) => c.query.get("q") === "hoa lan")).toHaveLength(1);
    expect(await oaRadio("Tiệm hoa Lan")).toBeChecked();

    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(await screen.findByRole("heading", { name: "Kết nối ứng dụng" })).toBeInTheDocument();
  });

  it("offers no search box for a list that fits one page", async () => {
    renderCreate("/create/oa");
    await oaRadio("Cà phê Sáng");
    expect(screen.queryByRole("textbox", { name: "Tìm OA theo tên" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tải thêm" })).not.toBeInTheDocument();
  });
});
