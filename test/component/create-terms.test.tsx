import { pageOf } from "./support/fake-api";
import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import {
  anApi,
  anOas,
  anOasAfterDung,
  createdAccount,
  meOf,
  resetCreateStores,
  saveDraft,
  terms,
} from "./support/create-fixtures";
import { renderCreate } from "./support/render-create";
import { useOnboarding } from "../../src/features/onboarding/store";

const draft = {
  step: "terms" as const,
  name: "Tiem banh An Nhien",
  oaId: "oa-an-nhien",
  app: { mode: "create" as const },
};
const refusal = (status: number, code: string) => () => ({ status, body: { error: { code, message: "" } } });

async function agreeAndComplete(user: ReturnType<typeof renderCreate>["user"]) {
  await user.click(
    await screen.findByRole("checkbox", { name: "Tôi đã đọc và đồng ý với Điều khoản & quy định" }),
  );
  await user.click(screen.getByRole("button", { name: "Hoàn thành" }));
}

beforeEach(() => {
  resetCreateStores();
  anApi();
  saveDraft(draft);
});

describe("step 5: terms and completion", () => {
  it("shows the current terms and what is about to be created", async () => {
    renderCreate("/create/terms");
    expect(await screen.findByRole("heading", { name: terms.title })).toBeInTheDocument();
    expect(screen.getByText("Phiên bản 2022-06-01")).toBeInTheDocument();
    expect(screen.getByText(/không dùng để thanh toán quảng cáo Zalo Ads/)).toBeInTheDocument();
    const summary = screen.getByRole("region", { name: "Bạn sắp tạo" });
    expect(await within(summary).findByText("Tiem banh An Nhien (ứng dụng mới)")).toBeInTheDocument();
    expect(summary).toHaveTextContent("Tên ZCATiem banh An NhienKhông thể đổi sau khi tạo");
    expect(summary).toHaveTextContent("OATiệm bánh An Nhiên");
    expect(screen.getByText("Bước 5/6")).toBeInTheDocument();
  });

  it("shows the business's details about to be sent, the phone as people write it", async () => {
    renderCreate("/create/terms");
    const summary = await screen.findByRole("region", { name: "Bạn sắp tạo" });
    expect(within(summary).getByRole("heading", { name: "Thông tin doanh nghiệp" })).toBeInTheDocument();
    expect(summary).toHaveTextContent(
      "Tên công tyCông ty TNHH Tiệm bánh An NhiênMã số thuế0303490096Địa chỉ công ty18 Nguyễn Trãi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh" +
        "Người đại diện theo pháp luậtNguyễn Văn AnSố điện thoại liên hệ0901 000 001Email liên hệlienhe@annhien.example",
    );
  });

  it("sends the person back to step 2 when the server refuses the name or a detail, with each sentence beside its field", async () => {
    anApi({
      "POST /accounts": () => ({
        status: 400,
        body: {
          error: {
            code: "invalid_input",
            message: "name: diacritics",
            fields: { "business.taxCode": "checksum" },
          },
        },
      }),
    });
    const { user } = renderCreate("/create/terms");
    await agreeAndComplete(user);
    expect(
      await screen.findByText("Thông tin chưa hợp lệ. Hãy kiểm tra lại rồi thử lần nữa."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Sửa tên hoặc thông tin doanh nghiệp" }));
    const taxCode = await screen.findByRole("textbox", { name: "Mã số thuế" });
    await waitFor(() => expect(taxCode).toHaveAttribute("aria-invalid", "true"));
    expect(taxCode).toHaveAccessibleDescription(/^Chữ số kiểm tra không khớp/);
    await user.clear(taxCode);
    await user.type(taxCode, "0300588569");
    expect(taxCode).not.toHaveAttribute("aria-invalid");
  });

  it("keeps “Hoàn thành” disabled until the person agrees", async () => {
    const { user } = renderCreate("/create/terms");
    const agree = await screen.findByRole("checkbox", {
      name: "Tôi đã đọc và đồng ý với Điều khoản & quy định",
    });
    expect(screen.getByRole("button", { name: "Hoàn thành" })).toBeDisabled();
    await user.click(agree);
    expect(screen.getByRole("button", { name: "Hoàn thành" })).toBeEnabled();
    await user.click(agree);
    expect(screen.getByRole("button", { name: "Hoàn thành" })).toBeDisabled();
  });

  it("creates the ZCA and shows step 6", async () => {
    const api = anApi();
    const { user } = renderCreate("/create/terms");
    await agreeAndComplete(user);
    expect(await screen.findByRole("heading", { name: "Đã tạo Zalo Cloud Account" })).toBeInTheDocument();
    expect(api.calls.filter((c) => c.method === "POST")).toHaveLength(1);
  });

  it("keeps everything after a failure and retries with the same key", async () => {
    let attempts = 0;
    const api = anApi({
      "POST /accounts": () =>
        ++attempts === 1 ? { status: 502, body: null } : { status: 201, body: createdAccount() },
    });
    const { user } = renderCreate("/create/terms");
    await agreeAndComplete(user);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Hệ thống đang gặp sự cố. Hãy thử lại sau ít phút. Thông tin bạn đã nhập vẫn được giữ.",
    );
    expect(screen.getByRole("checkbox", { name: /Tôi đã đọc và đồng ý/ })).toBeChecked();
    expect(screen.getByText("Tiem banh An Nhien (ứng dụng mới)")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByRole("heading", { name: "Đã tạo Zalo Cloud Account" })).toBeInTheDocument();
    const keys = api.calls.filter((c) => c.method === "POST").map((c) => c.headers.get("Idempotency-Key"));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it("sends the person to choose another OA when the server says it was taken, then lets them finish", async () => {
    let taken = false;
    anApi({
      "GET /oas": (r) => ({ body: pageOf(taken ? anOasAfterDung : anOas, r.query) }),
      "POST /accounts": () => {
        taken = true;
        return refusal(409, "oa_linked_elsewhere")();
      },
    });
    const { user } = renderCreate("/create/terms");
    await agreeAndComplete(user);
    expect(
      await screen.findByText("OA này vừa được liên kết với một ZCA khác. Hãy chọn OA khác."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Chọn OA khác" }));
    expect(await screen.findByRole("heading", { name: "Kết nối OA của doanh nghiệp" })).toBeInTheDocument();
    expect(
      await screen.findByText(/“Tiệm bánh An Nhiên” bạn chọn trước đó vừa được liên kết/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: /^Cà phê Sáng/ }));
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    await user.click(await screen.findByRole("button", { name: "Tiếp tục" }));
    expect(await screen.findByRole("button", { name: "Hoàn thành" })).toBeEnabled();
    expect(screen.queryByText(/Hãy chọn OA khác/)).not.toBeInTheDocument();
  });

  it("explains before submitting when the chosen OA was taken meanwhile", async () => {
    anApi({ "GET /oas": (r) => ({ body: pageOf(anOasAfterDung, r.query) }) });
    renderCreate("/create/terms");
    expect(
      await screen.findByText(/bạn chọn trước đó vừa được liên kết với một ZCA khác/),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Chọn OA khác" })).toBeEnabled();
    expect(screen.queryByRole("button", { name: "Hoàn thành" })).not.toBeInTheDocument();
  });

  it("asks for agreement again when the terms changed", async () => {
    anApi({ "POST /accounts": refusal(422, "terms_not_accepted") });
    const { user } = renderCreate("/create/terms");
    await agreeAndComplete(user);
    expect(await screen.findByText(/Điều khoản vừa được cập nhật/)).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: /Tôi đã đọc và đồng ý/ })).not.toBeChecked();
    expect(screen.getByRole("button", { name: "Hoàn thành" })).toBeDisabled();
  });

  it("opens the person's ZCA when their phone already owns one", async () => {
    anApi({
      "POST /accounts": refusal(409, "phone_owns_account"),
      "GET /me": () => ({
        body: meOf({
          accounts: [{ id: "zca-old", name: "Tiệm bánh cũ", role: "super_admin" }],
          canCreateAccount: false,
          reason: "phone_owns_account",
        }),
      }),
    });
    const { user } = renderCreate("/create/terms");
    await agreeAndComplete(user);
    expect(await screen.findByText(/Số điện thoại của bạn đã sở hữu một ZCA/)).toBeInTheDocument();
    await user.click(await screen.findByRole("button", { name: "Mở ZCA của bạn" }));
    expect(await screen.findByText("ZCA zca-old (landing)")).toBeInTheDocument();
  });

  it("agrees with Space on the focused box, or a tap on its words", async () => {
    const { user } = renderCreate("/create/terms");
    const agree = await screen.findByRole("checkbox", { name: /Tôi đã đọc và đồng ý/ });
    agree.focus();
    await user.keyboard(" ");
    expect(agree).toBeChecked();
    expect(screen.getByRole("button", { name: "Hoàn thành" })).toBeEnabled();
    await user.click(screen.getByText("Tôi đã đọc và đồng ý với Điều khoản & quy định"));
    expect(agree).not.toBeChecked();
  });

  it("keeps showing what is being created until step 6 opens", async () => {
    let answerMe: () => void = () => {};
    const me = new Promise<void>((resolve) => (answerMe = resolve));
    anApi({
      "GET /me": async () => {
        await me;
        return { body: meOf({ canCreateAccount: false, reason: "phone_owns_account" }) };
      },
    });
    const { user } = renderCreate("/create/terms");
    await agreeAndComplete(user);
    // The ZCA exists and the draft is emptied; the session is still being refreshed.
    await waitFor(() => expect(useOnboarding.getState().createdAccountId).toBe("zca-new"));
    const summary = screen.getByRole("region", { name: "Bạn sắp tạo" });
    expect(summary).toHaveTextContent("Tên ZCATiem banh An Nhien");
    expect(summary).toHaveTextContent("OATiệm bánh An Nhiên");
    expect(summary).toHaveTextContent("Tiem banh An Nhien (ứng dụng mới)");
    expect(screen.getByRole("checkbox", { name: /Tôi đã đọc và đồng ý/ })).toBeChecked();
    answerMe();
    expect(await screen.findByRole("heading", { name: "Đã tạo Zalo Cloud Account" })).toBeInTheDocument();
  });

  it("says when the App ID declared at step 4 was taken by another ZCA, keeps the rest, and leads back to step 4", async () => {
    const APP_ID = "3471892056612345678";
    saveDraft({ ...draft, app: { mode: "declare", appId: APP_ID }, typedAppId: APP_ID });
    const api = anApi({ "POST /accounts": refusal(409, "app_linked_elsewhere") });
    const { user } = renderCreate("/create/terms");
    await agreeAndComplete(user);
    const taken = `App ID ${APP_ID} vừa được kết nối với một ZCA khác nên không thể kết nối với ZCA này. Mọi thông tin khác bạn đã nhập vẫn được giữ.`;
    expect(await screen.findByRole("alert")).toHaveTextContent(
      `${taken} Hãy chọn lại ứng dụng ở bước 4: tạo ứng dụng mới, kết nối ứng dụng khác hoặc bỏ qua.`,
    );
    expect(screen.queryByText(/Ứng dụng này đã kết nối với một ZCA khác/)).not.toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Bạn sắp tạo" })).toHaveTextContent("OATiệm bánh An Nhiên");

    await user.click(screen.getByRole("button", { name: "Chọn lại ứng dụng ở bước 4" }));
    expect(await screen.findByRole("heading", { name: "Kết nối ứng dụng" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(
      `${taken} Hãy chọn lại: tạo ứng dụng mới, kết nối ứng dụng khác hoặc bỏ qua.`,
    );
    expect(screen.getByRole("textbox", { name: "App ID" })).toHaveValue(APP_ID);
    expect(screen.getByRole("button", { name: "Tiếp tục" })).toBeDisabled();

    await user.click(screen.getByRole("radio", { name: "Tạo ứng dụng mới" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(await screen.findByRole("checkbox", { name: /Tôi đã đọc và đồng ý/ })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Hoàn thành" }));
    await waitFor(() => expect(api.calls.filter((c) => c.method === "POST")).toHaveLength(2));
    const [, retry] = api.calls.filter((c) => c.method === "POST");
    expect(retry?.body).toMatchObject({
      name: "Tiem banh An Nhien",
      oaId: "oa-an-nhien",
      app: { mode: "create" },
    });
  });

  it("keeps the agreement when going back to step 4 and forward again", async () => {
    const { user } = renderCreate("/create/terms");
    await user.click(await screen.findByRole("checkbox", { name: /Tôi đã đọc và đồng ý/ }));
    await user.click(screen.getByRole("button", { name: "Quay lại" }));
    await user.click(await screen.findByRole("button", { name: "Tiếp tục" }));
    expect(await screen.findByRole("checkbox", { name: /Tôi đã đọc và đồng ý/ })).toBeChecked();
  });
});
