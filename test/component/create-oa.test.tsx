import { pageOf } from "./support/fake-api";
import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useSession } from "../../src/store/session";
import { anApi, anOas, anOasAfterDung, meOf, resetCreateStores, saveDraft } from "./support/create-fixtures";
import { renderCreate } from "./support/render-create";

const oaButton = (name: string, timeout?: number) =>
  screen.findByRole("button", { name: new RegExp(name) }, timeout ? { timeout } : undefined);

afterEach(() => vi.restoreAllMocks());

beforeEach(() => {
  resetCreateStores();
  anApi();
  saveDraft({ step: "oa", name: "Tiem banh An Nhien" });
});

describe("step 3: connect the business OA", () => {
  it("lists the OAs the person administers with badge, category and followers", async () => {
    renderCreate("/create/oa");
    const bakery = await oaButton("Tiệm bánh An Nhiên");
    expect(within(bakery).getByRole("img", { name: "Đã xác thực" })).toBeInTheDocument();
    expect(bakery).toHaveTextContent("Ẩm thực · 12.840 người quan tâm");
    expect(screen.getByText("Bước 3/6")).toBeInTheDocument();
  });

  it("shows an unverified OA disabled with its reason, and choosing it does nothing", async () => {
    const { user } = renderCreate("/create/oa");
    const studio = await oaButton("An Nhiên Studio");
    expect(studio).toHaveAttribute("aria-disabled", "true");
    expect(studio).toHaveTextContent("OA phải xác thực mới có thể kết nối");
    await user.click(studio);
    expect(studio).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByRole("button", { name: "Tiếp tục" })).toBeDisabled();
  });

  it("shows an OA held by another ZCA disabled with its reason", async () => {
    anApi({ "GET /oas": (r) => ({ body: pageOf(anOasAfterDung, r.query) }) });
    renderCreate("/create/oa");
    const bakery = await oaButton("Tiệm bánh An Nhiên");
    expect(bakery).toHaveAttribute("aria-disabled", "true");
    expect(bakery).toHaveTextContent("OA đã thuộc về một ZCA khác");
  });

  it("enables “Tiếp tục” once a verified OA is chosen, and moves to step 4", async () => {
    const { user } = renderCreate("/create/oa");
    expect(await screen.findByRole("button", { name: "Tiếp tục" })).toBeDisabled();
    await user.click(await oaButton("Cà phê Sáng"));
    expect(await oaButton("Cà phê Sáng")).toHaveAttribute("aria-pressed", "true");
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(await screen.findByRole("heading", { name: "Kết nối ứng dụng" })).toBeInTheDocument();
  });

  it("keeps the chosen OA and the name when going back to step 2 and forward again", async () => {
    const { user } = renderCreate("/create/oa");
    await user.click(await oaButton("Cà phê Sáng"));
    await user.click(screen.getByRole("button", { name: "Quay lại" }));
    expect(await screen.findByRole("textbox", { name: "Tên tài khoản ZCA" })).toHaveValue(
      "Tiem banh An Nhien",
    );
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(await oaButton("Cà phê Sáng")).toHaveAttribute("aria-pressed", "true");
  });

  it("explains an earlier choice that another ZCA took meanwhile, until another OA is chosen", async () => {
    anApi({ "GET /oas": (r) => ({ body: pageOf(anOasAfterDung, r.query) }) });
    saveDraft({ step: "oa", name: "Tiem banh An Nhien", oaId: "oa-an-nhien" });
    const { user } = renderCreate("/create/oa");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "OA “Tiệm bánh An Nhiên” bạn chọn trước đó vừa được liên kết với một ZCA khác. Hãy chọn OA khác.",
    );
    expect(screen.getByRole("button", { name: "Tiếp tục" })).toBeDisabled();
    await user.click(await oaButton("Cà phê Sáng"));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tiếp tục" })).toBeEnabled();
  });

  it("offers a retry when the list cannot be loaded", async () => {
    let calls = 0;
    anApi({
      "GET /oas": (r) => (++calls === 1 ? { status: 503, body: null } : { body: pageOf(anOas, r.query) }),
    });
    const { user } = renderCreate("/create/oa");
    expect(await screen.findByRole("alert")).toHaveTextContent("Hệ thống đang gặp sự cố");
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await oaButton("Cà phê Sáng")).toBeInTheDocument();
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
    expect(await screen.findByRole("heading", { name: "Bạn chưa là admin của OA nào" })).toBeInTheDocument();
    expect(
      screen.getByText(/Nhờ admin của OA doanh nghiệp cấp quyền admin cho tài khoản Zalo/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Bạn đã là admin của OA trên Zalo\?/)).toBeInTheDocument();
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
    expect(await oaButton("Hoa tươi Minh Châu", 4000)).toBeInTheDocument();
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
    await screen.findByRole("heading", { name: "Bạn chưa là admin của OA nào" });
    granted = true;
    await user.click(screen.getByRole("button", { name: "Tải lại danh sách OA" }));
    expect(await oaButton("Cà phê Sáng")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tiếp tục" })).toBeDisabled();
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
    await oaButton("Cửa hàng 001");
    expect(screen.queryByRole("button", { name: /Tiệm hoa Lan/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tải thêm" })).toBeInTheDocument();

    await user.type(screen.getByRole("textbox", { name: "Tìm OA theo tên" }), "hoa lan");
    await user.click(await oaButton("Tiệm hoa Lan"));
    expect(api.calls.filter((c) => c.query.get("q") === "hoa lan")).toHaveLength(1);
    expect(await oaButton("Tiệm hoa Lan")).toHaveAttribute("aria-pressed", "true");

    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(await screen.findByRole("heading", { name: "Kết nối ứng dụng" })).toBeInTheDocument();
  });

  it("offers no search box for a list that fits one page", async () => {
    renderCreate("/create/oa");
    await oaButton("Cà phê Sáng");
    expect(screen.queryByRole("textbox", { name: "Tìm OA theo tên" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tải thêm" })).not.toBeInTheDocument();
  });
});
