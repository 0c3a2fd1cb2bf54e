import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import BusinessPage from "../../src/features/account/business-page";
import SettingsPage from "../../src/features/account/settings-page";
import { useLocale } from "../../src/i18n/locale";
import { apiError, binhApi, binhBusiness, resetStores, binhAccount } from "./support/assets-fixtures";
import { renderAt } from "./support/render";

const routes = {
  "/accounts/:accountId/settings": <SettingsPage />,
  "/accounts/:accountId/business": <BusinessPage />,
};

beforeEach(resetStores);

describe("Cài đặt → Thông tin tài khoản and the business's details", () => {
  it("shows the details, the phone as people write it, and that the ZCA's name cannot be changed", async () => {
    binhApi();
    renderAt("/accounts/zca-binh-minh/settings", routes);
    const info = await screen.findByRole("region", { name: "Thông tin tài khoản" });
    expect(info).toHaveTextContent("Tên ZCACong ty TNHH Binh MinhKhông thể thay đổi");
    const business = screen.getByRole("region", { name: "Thông tin doanh nghiệp" });
    expect(business).toHaveTextContent(
      "Tên công tyCông ty TNHH Bình MinhMã số thuế0399123457Địa chỉ công ty25 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh" +
        "Người đại diện theo pháp luậtTrần Thị BìnhSố điện thoại liên hệ0901 000 002Email liên hệlienhe@binhminh.example",
    );
    expect(within(business).getByRole("button", { name: "Sửa thông tin doanh nghiệp" })).toBeInTheDocument();
  });

  it("says honestly that a ZCA created before the rule has no details, and offers to add them", async () => {
    binhApi({}, { account: { ...binhAccount(), business: null } });
    renderAt("/accounts/zca-binh-minh/settings", routes);
    const business = await screen.findByRole("region", { name: "Thông tin doanh nghiệp" });
    expect(business).toHaveTextContent(
      "Chưa có thông tin doanh nghiệp: ZCA này được tạo trước khi Zalo yêu cầu.",
    );
    expect(
      within(business).getByRole("button", { name: "Bổ sung thông tin doanh nghiệp" }),
    ).toBeInTheDocument();
  });

  it("offers no edit to a role that may not edit, and says who can", async () => {
    binhApi({}, { account: { ...binhAccount(), role: "editor", business: null } });
    renderAt("/accounts/zca-binh-minh/settings", routes);
    const business = await screen.findByRole("region", { name: "Thông tin doanh nghiệp" });
    expect(business).toHaveTextContent("Quản trị viên cấp cao hoặc Quản trị viên có thể bổ sung.");
    expect(within(business).queryByRole("button")).not.toBeInTheDocument();
  });
});

describe("editing the business's details", () => {
  it("saves the changed details, says so in Settings, and never offers the name", async () => {
    const api = binhApi({
      "PATCH /accounts/zca-binh-minh/business": ({ body }) => ({
        body: { ...binhAccount(), business: { ...binhBusiness, ...(body as object), phone: "+84901000002" } },
      }),
    });
    const { user } = renderAt("/accounts/zca-binh-minh/settings", routes);
    await user.click(await screen.findByRole("button", { name: "Sửa thông tin doanh nghiệp" }));

    expect(
      await screen.findByText(/Tên ZCA “Cong ty TNHH Binh Minh” không thể thay đổi/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: /Tên tài khoản ZCA/ })).not.toBeInTheDocument();
    const email = screen.getByRole("textbox", { name: "Email liên hệ" });
    expect(screen.getByRole("textbox", { name: "Số điện thoại liên hệ" })).toHaveValue("0901 000 002");
    await user.clear(email);
    await user.type(email, "ketoan@binhminh.example");
    await user.click(screen.getByRole("button", { name: "Lưu thông tin" }));

    expect(await screen.findByRole("status")).toHaveTextContent("Đã lưu thông tin doanh nghiệp.");
    await waitFor(() =>
      expect(screen.getByRole("region", { name: "Thông tin doanh nghiệp" })).toHaveTextContent(
        "ketoan@binhminh.example",
      ),
    );
    const patch = api.calls.find((c) => c.method === "PATCH");
    expect(patch?.body).toEqual({ ...binhBusiness, email: "ketoan@binhminh.example" });
  });

  it("holds a save while a detail breaks its rule, saying which beside it", async () => {
    const api = binhApi();
    const { user } = renderAt("/accounts/zca-binh-minh/business", routes);
    const taxCode = await screen.findByRole("textbox", { name: "Mã số thuế" });
    await user.clear(taxCode);
    await user.type(taxCode, "0399123458");
    await user.click(screen.getByRole("button", { name: "Lưu thông tin" }));
    expect(taxCode).toHaveFocus();
    expect(taxCode).toHaveAccessibleDescription(
      "Chữ số kiểm tra không khớp — hãy xem lại mã số thuế trên giấy chứng nhận đăng ký doanh nghiệp. " +
        "10 chữ số; chi nhánh thêm 3 chữ số, ví dụ 0312687878-001.",
    );
    expect(api.calls.some((c) => c.method === "PATCH")).toBe(false);
  });

  it("places the server's refusal beside its field, and a failure of the moment with a retry", async () => {
    let answer = apiError(500, "internal");
    binhApi({ "PATCH /accounts/zca-binh-minh/business": () => answer });
    const { user } = renderAt("/accounts/zca-binh-minh/business", routes);
    await user.click(await screen.findByRole("button", { name: "Lưu thông tin" }));
    expect(await screen.findByText(/Hệ thống đang gặp sự cố/)).toHaveTextContent(
      "Hệ thống đang gặp sự cố. Hãy thử lại sau ít phút. Thông tin bạn đã nhập vẫn được giữ.",
    );
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeInTheDocument();

    answer = {
      status: 400,
      body: { error: { code: "invalid_input", message: "", fields: { email: "format" } } },
    } as typeof answer;
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    const email = screen.getByRole("textbox", { name: "Email liên hệ" });
    await expect.poll(() => email.getAttribute("aria-invalid")).toBe("true");
    expect(email).toHaveAccessibleDescription(/Email chưa đúng/);
  });

  it("shows a tax code already on an invoice as it is, saying why, and a refusal that still comes keeps the rest", async () => {
    binhApi(
      { "PATCH /accounts/zca-binh-minh/business": () => apiError(409, "tax_code_invoiced") },
      { account: { ...binhAccount(), businessTaxCodeLocked: true } },
    );
    const { user } = renderAt("/accounts/zca-binh-minh/business", routes);
    const taxCode = await screen.findByRole("textbox", { name: "Mã số thuế" });
    expect(taxCode).toHaveAttribute("readonly");
    expect(taxCode).toHaveAccessibleDescription(
      "Mã số thuế này đã có trên hóa đơn đã xuất nên không đổi được nữa.",
    );
    await user.type(taxCode, "1");
    expect(taxCode).toHaveValue(binhBusiness.taxCode);
    const address = screen.getByRole("textbox", { name: "Địa chỉ công ty" });
    await user.clear(address);
    await user.type(address, "30 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh");
    await user.click(screen.getByRole("button", { name: "Lưu thông tin" }));
    expect(
      await screen.findByText(
        /^Mã số thuế này đã có trên hóa đơn đã xuất nên không đổi được nữa\. Các thông tin/,
      ),
    ).toBeInTheDocument();
    expect(address).toHaveValue("30 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh");
  });

  it("lets a ZCA without details get them, in English too", async () => {
    useLocale.setState({ lang: "en" });
    binhApi({}, { account: { ...binhAccount(), business: null } });
    const { user } = renderAt("/accounts/zca-binh-minh/settings", routes);
    await user.click(await screen.findByRole("button", { name: "Add business details" }));
    expect(await screen.findByRole("textbox", { name: "Company name" })).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "Save details" }));
    expect(screen.getByRole("textbox", { name: "Company name" })).toHaveAccessibleDescription(
      /Enter the company name as on the business registration certificate/,
    );
  });
});
