import { screen, waitFor, within } from "@testing-library/react";
import { getPhoneNumber, requestUpdateZalo } from "zmp-sdk/apis";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { BUSINESS_FIELDS, EMPTY_BUSINESS } from "../../src/domain/business";
import { businessStrings } from "../../src/i18n/business-strings";
import { useLocale } from "../../src/i18n/locale";
import { useOnboarding } from "../../src/features/onboarding/store";
import { useSession } from "../../src/store/session";
import { anApi, anOas, meOf, resetCreateStores, saveDraft } from "./support/create-fixtures";
import { pageOf } from "./support/fake-api";
import { AN_BUSINESS } from "../support/businesses";
import { renderCreate } from "./support/render-create";

const labels = businessStrings.vi.labels;
const box = (name: string) => screen.findByRole("textbox", { name });
const nameInput = () => box("Tên tài khoản ZCA");
/** The problem said beside a field: the alert its input is described by. */
const problemOf = (input: HTMLElement) =>
  screen.queryAllByRole("alert").find((alert) => input.getAttribute("aria-describedby")?.includes(alert.id))
    ?.textContent ?? null;

type User = ReturnType<typeof renderCreate>["user"];
async function fillDetails(user: User, except: string[] = []) {
  for (const field of BUSINESS_FIELDS) {
    if (except.includes(field)) continue;
    const input = await box(labels[field]);
    await user.clear(input);
    await user.type(input, AN_BUSINESS[field]);
  }
}

beforeEach(() => {
  resetCreateStores();
  anApi();
  saveDraft({ step: "name", business: EMPTY_BUSINESS });
});

describe("step 2: the ZCA's name by today's rule", () => {
  it("shows who is signed in, the rule in the hint, and that the name can never be changed", async () => {
    renderCreate("/create/name");
    expect(await screen.findByText("Đã đăng nhập bằng Zalo")).toBeInTheDocument();
    expect(screen.getByText("Nguyễn Văn An")).toBeInTheDocument();
    expect(screen.getByText("Bước 2/6")).toBeInTheDocument();
    expect(await nameInput()).toHaveAccessibleDescription(
      /Viết không dấu: chỉ chữ cái, chữ số và khoảng trắng, 3–80/,
    );
    expect(screen.getByText("Tên ZCA không thể thay đổi sau khi tạo.")).toBeInTheDocument();
  });

  it("explains the rule once the field is left with a Vietnamese name, and converts it with one tap", async () => {
    const { user } = renderCreate("/create/name");
    await user.type(await nameInput(), "Công ty TNHH Cà phê Sáng");
    expect(problemOf(await nameInput())).toBeNull();
    await user.tab();
    expect(problemOf(await nameInput())).toBe("Tên ZCA phải viết không dấu.");
    await user.click(screen.getByRole("button", { name: "Dùng tên không dấu “Cong ty TNHH Ca phe Sang”" }));
    expect(await nameInput()).toHaveValue("Cong ty TNHH Ca phe Sang");
    expect(problemOf(await nameInput())).toBeNull();
    expect(screen.queryByRole("button", { name: /Dùng tên không dấu/ })).not.toBeInTheDocument();
  });

  it("offers the converted name next in Tab order, and puts the cursor back in the name once used", async () => {
    const { user } = renderCreate("/create/name");
    await user.type(await nameInput(), "Công ty TNHH Cà phê Sáng");
    await user.tab();
    const suggestion = screen.getByRole("button", { name: "Dùng tên không dấu “Cong ty TNHH Ca phe Sang”" });
    expect(suggestion).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(await nameInput()).toHaveValue("Cong ty TNHH Ca phe Sang");
    expect(await nameInput()).toHaveFocus();
    await user.tab();
    expect(await box(labels.companyName)).toHaveFocus();
  });

  it("stops typing at the rule's limit, in the name and in each detail that has one", async () => {
    const { user } = renderCreate("/create/name");
    await user.click(await nameInput());
    await user.paste("A".repeat(100));
    expect(await nameInput()).toHaveValue("A".repeat(80));
    const limits = { companyName: 200, address: 300, representative: 100 } as const;
    for (const [field, max] of Object.entries(limits)) {
      const input = await box(labels[field as keyof typeof limits]);
      await user.click(input);
      await user.paste("Ă".repeat(max + 50));
      expect(input).toHaveValue("Ă".repeat(max));
    }
  });

  it("converts đ and Đ to d and D", async () => {
    const { user } = renderCreate("/create/name");
    await user.type(await nameInput(), "Đồ gỗ Đông Đô");
    await user.tab();
    await user.click(screen.getByRole("button", { name: /Dùng tên không dấu/ }));
    expect(await nameInput()).toHaveValue("Do go Dong Do");
  });

  it("names the special characters to remove, after converting diacritics first", async () => {
    const { user } = renderCreate("/create/name");
    await user.type(await nameInput(), "Công ty A&B (Việt Nam)");
    await user.tab();
    await user.click(screen.getByRole("button", { name: "Dùng tên không dấu “Cong ty A&B (Viet Nam)”" }));
    expect(problemOf(await nameInput())).toBe(
      "Tên ZCA chỉ gồm chữ cái không dấu, chữ số và khoảng trắng. Hãy bỏ “&” “(” “)”.",
    );
  });

  it("refuses a name that is too short once the field is left, and clears the message once fixed", async () => {
    const { user } = renderCreate("/create/name");
    await user.type(await nameInput(), "AB");
    await user.tab();
    expect(problemOf(await nameInput())).toMatch(/^Tên ZCA cần ít nhất 3 ký tự/);
    await user.type(await nameInput(), "C Bakery");
    expect(problemOf(await nameInput())).toBeNull();
  });

  it("says nothing when an empty field is merely tapped in and out", async () => {
    const { user } = renderCreate("/create/name");
    await user.click(await nameInput());
    await user.tab();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});

describe("step 2: the business's details", () => {
  it("asks each detail with its label, keyboard and autofill, and fills in the person's Zalo phone", async () => {
    renderCreate("/create/name");
    const details = await screen.findByRole("region", { name: "Thông tin doanh nghiệp" });
    expect(
      within(details)
        .getAllByRole("textbox")
        .map((input) => input.closest(".field")?.textContent),
    ).toEqual(BUSINESS_FIELDS.map((field) => expect.stringContaining(labels[field])));
    expect(await box(labels.companyName)).toHaveAttribute("autocomplete", "organization");
    expect(await box(labels.taxCode)).toHaveAttribute("inputmode", "numeric");
    expect(await box(labels.address)).toHaveAttribute("autocomplete", "street-address");
    expect(await box(labels.representative)).toHaveAttribute("autocomplete", "name");
    expect(await box(labels.email)).toHaveAttribute("type", "email");
    const phone = await box(labels.phone);
    expect(phone).toHaveAttribute("type", "tel");
    await waitFor(() => expect(phone).toHaveValue("0901 000 001"));
    expect(await box(labels.email)).toHaveAttribute("enterkeyhint", "done");
  });

  it("says the phone was filled in from Zalo, until the person types another", async () => {
    const { user } = renderCreate("/create/name");
    const phone = await box(labels.phone);
    await waitFor(() => expect(phone).toHaveAccessibleDescription(/Đã điền sẵn số Zalo của bạn/));
    await user.clear(phone);
    await user.type(phone, "0987 654 321");
    expect(phone).toHaveAccessibleDescription("Số di động Việt Nam.");
  });

  it("leaves the phone empty when Zalo has not shared one, and never overwrites one typed", async () => {
    useSession.setState({ me: meOf({ ownPhone: null }) });
    const { unmount } = renderCreate("/create/name");
    expect(await screen.findByLabelText(labels.phone)).toHaveValue("");
    unmount();
    useOnboarding.getState().setBusiness("phone", "0987 654 321");
    useSession.setState({ me: meOf() });
    renderCreate("/create/name");
    expect(await screen.findByLabelText(labels.phone)).toHaveValue("0987 654 321");
  });

  it("says what is wrong with a detail once it is left, not while typing, and clears it once fixed", async () => {
    const { user } = renderCreate("/create/name");
    const taxCode = await box(labels.taxCode);
    await user.type(taxCode, "0303490097");
    expect(problemOf(taxCode)).toBeNull();
    await user.tab();
    expect(problemOf(taxCode)).toBe(
      "Chữ số kiểm tra không khớp — hãy xem lại mã số thuế trên giấy chứng nhận đăng ký doanh nghiệp.",
    );
    await user.clear(taxCode);
    await user.type(taxCode, "0303490096");
    expect(problemOf(taxCode)).toBeNull();
  });

  it("says every problem beside its field on “Tiếp tục”, and puts the cursor in the first one", async () => {
    const { user } = renderCreate("/create/name");
    await user.click(await screen.findByRole("button", { name: "Tiếp tục" }));
    expect(problemOf(await nameInput())).toBe("Hãy nhập tên ZCA, nên đặt theo tên công ty.");
    expect(problemOf(await box(labels.companyName))).toBe(
      "Hãy nhập tên công ty như trên giấy đăng ký kinh doanh.",
    );
    expect(problemOf(await box(labels.taxCode))).toBe("Hãy nhập mã số thuế của doanh nghiệp.");
    expect(problemOf(await box(labels.email))).toBe("Hãy nhập email liên hệ.");
    expect(problemOf(screen.getByLabelText(labels.phone))).toBeNull();
    expect(await nameInput()).toHaveFocus();
    expect(screen.getByText("Bước 2/6")).toBeInTheDocument();
  });

  it("moves to step 3 once the name and every detail hold", async () => {
    const { user } = renderCreate("/create/name");
    await user.type(await nameInput(), "Tiem banh An Nhien");
    await fillDetails(user);
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(await screen.findByRole("heading", { name: "Kết nối OA của doanh nghiệp" })).toBeInTheDocument();
    expect(useOnboarding.getState().business).toEqual(AN_BUSINESS);
  });

  it("keeps the name and details when going back to step 1 and forward again", async () => {
    const { user } = renderCreate("/create/name");
    await user.type(await nameInput(), "Tiem banh An Nhien");
    await user.type(await box(labels.taxCode), "0303490096");
    await user.click(screen.getByRole("button", { name: "Quay lại" }));
    await user.click(await screen.findByRole("button", { name: "Bắt đầu" }));
    expect(await nameInput()).toHaveValue("Tiem banh An Nhien");
    expect(await box(labels.taxCode)).toHaveValue("0303490096");
  });

  it("speaks English when English is chosen", async () => {
    useLocale.setState({ lang: "en" });
    const { user } = renderCreate("/create/name");
    const name = await screen.findByRole("textbox", { name: "ZCA name" });
    await user.type(name, "Tiệm bánh");
    const taxCode = await screen.findByRole("textbox", { name: "Tax code" });
    await user.type(taxCode, "12345");
    await user.tab();
    expect(problemOf(name)).toBe("The ZCA's name must be written without diacritics.");
    expect(problemOf(taxCode)).toMatch(/^A tax code has 10 digits/);
    expect(screen.getByRole("button", { name: "Use “Tiem banh”, without diacritics" })).toBeInTheDocument();
  });
});

describe("a draft saved before today's rules", () => {
  it("restores its name and choices, explains the name at once, and goes on once converted and completed", async () => {
    saveDraft(
      {
        step: "terms",
        name: "Công ty TNHH Cà phê Sáng",
        oaId: "oa-sang-coffee",
        app: { mode: "create" },
        business: undefined,
      },
      "an",
      1,
    );
    const { user } = renderCreate("/create");
    expect(await nameInput()).toHaveValue("Công ty TNHH Cà phê Sáng");
    expect(problemOf(await nameInput())).toBe("Tên ZCA phải viết không dấu.");
    await user.click(screen.getByRole("button", { name: "Dùng tên không dấu “Cong ty TNHH Ca phe Sang”" }));
    await fillDetails(user, ["phone"]);
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    const sang = await screen.findByRole("radio", { name: /^Cà phê Sáng/ });
    expect(sang).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(
      await screen.findByText("Bạn chọn: tạo ứng dụng mới “Cong ty TNHH Ca phe Sang”."),
    ).toBeInTheDocument();
  });
});

describe("a draft holding a detail longer than any rule allows", () => {
  it("keeps every other detail and the name, and says what is wrong with the long one beside it", async () => {
    const address = "12 Lê Lợi, Quận 1, TP. Hồ Chí Minh ".repeat(60);
    saveDraft({ step: "name", name: "Tiem banh An Nhien", business: { ...AN_BUSINESS, address } });
    renderCreate("/create/name");
    const saved = await box(labels.address);
    expect(saved).toHaveValue([...address].slice(0, 1000).join(""));
    expect(problemOf(saved)).toBe("Địa chỉ dài tối đa 300 ký tự.");
    expect(await nameInput()).toHaveValue("Tiem banh An Nhien");
    for (const field of BUSINESS_FIELDS.filter((f) => f !== "address")) {
      const input = await box(labels[field]);
      expect(input).toHaveValue(AN_BUSINESS[field]);
      expect(problemOf(input)).toBeNull();
    }
  });
});

describe("step 2 prepares step 3", () => {
  it("asks for the OAs while the person fills in step 2, so step 3 lists them as it opens", async () => {
    let answered = 0;
    const { calls } = anApi({
      // The first answer comes at once; step 3's own request then never answers.
      "GET /oas": (r) => (answered++ === 0 ? { body: pageOf(anOas, r.query) } : new Promise(() => {})),
    });
    const { user } = renderCreate("/create/name");
    await user.type(await nameInput(), "Tiem banh An Nhien");
    await waitFor(() => expect(calls.filter((c) => c.path === "/oas")).toHaveLength(1));
    await fillDetails(user, ["phone"]);
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(await screen.findByText("Bước 3/6")).toBeInTheDocument();
    expect(await screen.findByRole("radio", { name: /^Cà phê Sáng/ })).toBeEnabled();
    // Step 3 asked again: what changed since step 2 opened shows once that answer comes.
    expect(calls.filter((c) => c.path === "/oas")).toHaveLength(2);
  });
});

describe("step 2 inside Zalo without the phone number", () => {
  beforeEach(() => {
    useSession.setState({
      me: meOf({ phone: null, ownPhone: null, canCreateAccount: false, reason: "phone_required" }),
    });
  });

  it("asks for the phone number with the reason, instead of “Tiếp tục”", async () => {
    renderCreate("/create/name");
    expect(await screen.findByText(/mỗi số điện thoại chỉ sở hữu một ZCA/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Chia sẻ số điện thoại" })).toBeEnabled();
    // The reason is the button's description: a screen reader says it with the button.
    expect(screen.getByRole("button", { name: "Chia sẻ số điện thoại" })).toHaveAccessibleDescription(
      /^Cho phép Zalo chia sẻ số điện thoại của bạn: .*mỗi số điện thoại chỉ sở hữu một ZCA\.$/,
    );
    expect(screen.queryByRole("button", { name: "Tiếp tục" })).not.toBeInTheDocument();
  });

  it("explains a refusal, lets the person ask again, then fills in the shared phone and continues", async () => {
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
    expect(screen.getByRole("button", { name: "Chia sẻ số điện thoại" })).toHaveAccessibleDescription(
      /^Bạn chưa cho phép chia sẻ số điện thoại/,
    );
    expect(screen.getByLabelText(labels.phone)).toHaveValue("");

    await user.click(screen.getByRole("button", { name: "Chia sẻ số điện thoại" }));
    expect(await screen.findByRole("button", { name: "Tiếp tục" })).toBeEnabled();
    expect(useSession.getState().me?.phone).toBe("•••••••001");
    await waitFor(() => expect(screen.getByLabelText(labels.phone)).toHaveValue("0901 000 001"));
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
