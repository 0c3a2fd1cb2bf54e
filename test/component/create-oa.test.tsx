import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { useSession } from "../../src/store/session";
import { anApi, anOas, anOasAfterDung, meOf, resetCreateStores, saveDraft } from "./support/create-fixtures";
import { renderCreate } from "./support/render-create";

const oaButton = (name: string) => screen.findByRole("button", { name: new RegExp(name) });

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
    anApi({ "GET /oas": () => ({ body: anOasAfterDung }) });
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
    anApi({ "GET /oas": () => ({ body: anOasAfterDung }) });
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
    anApi({ "GET /oas": () => (++calls === 1 ? { status: 503, body: null } : { body: anOas }) });
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
    anApi({ "GET /oas": () => ({ body: [] }) });
    renderCreate("/create/oa");
    expect(await screen.findByRole("heading", { name: "Bạn chưa là admin của OA nào" })).toBeInTheDocument();
    expect(screen.getByText(/Nhờ admin của OA doanh nghiệp cấp quyền admin OA/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tiếp tục" })).not.toBeInTheDocument();
  });

  it("offers a ready message asking the OA's admin for rights, naming the person and the ZCA", async () => {
    anApi({ "GET /oas": () => ({ body: [] }) });
    const { user } = renderCreate("/create/oa");
    const message = await screen.findByText(/^Chào bạn, mình là Lê Minh Châu/);
    expect(message).toHaveTextContent("Mình đang tạo Zalo Cloud Account “Cua hang Chau”");
    await user.click(screen.getByRole("button", { name: "Gửi lời nhờ qua Zalo" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Đã sao chép lời nhắn.");
    expect(await navigator.clipboard.readText()).toBe(message.textContent);
  });

  it("lists the OAs again after the admin granted the rights", async () => {
    let granted = false;
    anApi({ "GET /oas": () => ({ body: granted ? anOas : [] }) });
    const { user } = renderCreate("/create/oa");
    await screen.findByRole("heading", { name: "Bạn chưa là admin của OA nào" });
    granted = true;
    await user.click(screen.getByRole("button", { name: "Tải lại danh sách OA" }));
    expect(await oaButton("Cà phê Sáng")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tiếp tục" })).toBeDisabled();
  });
});
