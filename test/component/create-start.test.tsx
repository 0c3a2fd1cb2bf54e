import { screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { useSession } from "../../src/store/session";
import { anApi, meOf, resetCreateStores, saveDraft } from "./support/create-fixtures";
import { renderCreate } from "./support/render-create";

beforeEach(() => {
  resetCreateStores();
  anApi();
});

describe("step 1: start", () => {
  it("explains what a ZCA pays for and that it is not for Zalo Ads or Zalo Shop", async () => {
    renderCreate("/create");
    expect(
      await screen.findByRole("heading", { name: "Zalo Cloud Account dùng để làm gì?" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Bước 1/6")).toBeInTheDocument();
    expect(screen.getByText("Mua gói dịch vụ tài khoản OA xác thực")).toBeInTheDocument();
    expect(screen.getByText("Gửi Tin chủ động đến người quan tâm OA")).toBeInTheDocument();
    expect(
      screen.getByText("Gửi tin Zalo Notification Service (ZNS) đến người dùng Zalo"),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/không phải là tài khoản thanh toán quảng cáo Zalo Ads hay Zalo Shop/),
    ).toBeInTheDocument();
  });

  it("says that ZCAs became ZBS accounts from 01/01/2026, and what to have ready by today's rules", async () => {
    renderCreate("/create");
    expect(
      await screen.findByText(
        /^Từ 01\/01\/2026, Zalo Cloud Account được chuyển thành tài khoản ZBS \(Zalo Business Solutions\)/,
      ),
    ).toHaveTextContent("Ứng dụng này vẫn gọi là ZCA như hướng dẫn của Zalo.");
    expect(
      screen.getByText(
        "Giấy đăng ký kinh doanh: tên công ty, mã số thuế, địa chỉ và người đại diện theo pháp luật",
      ),
    ).toBeInTheDocument();
  });

  it("starts the flow with “Bắt đầu”", async () => {
    const { user } = renderCreate("/create");
    await user.click(await screen.findByRole("button", { name: "Bắt đầu" }));
    expect(
      await screen.findByRole("heading", { name: "Đặt tên và nhập thông tin doanh nghiệp" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Bước 2/6")).toBeInTheDocument();
  });

  it("goes back to the home screen from the first step", async () => {
    const { user } = renderCreate("/create");
    await user.click(await screen.findByRole("button", { name: "Quay lại" }));
    expect(await screen.findByText("Trang chủ")).toBeInTheDocument();
  });

  it("takes a person whose phone owns a ZCA to it instead (R1)", async () => {
    useSession.setState({
      me: meOf({
        accounts: [{ id: "zca-binh-minh", name: "Cong ty TNHH Binh Minh", role: "super_admin" }],
        canCreateAccount: false,
        reason: "phone_owns_account",
      }),
    });
    renderCreate("/create/name");
    expect(await screen.findByText("ZCA zca-binh-minh (landing)")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Bắt đầu" })).not.toBeInTheDocument();
  });

  it("explains R1 when the phone owns a ZCA that another Zalo account administers", async () => {
    useSession.setState({ me: meOf({ canCreateAccount: false, reason: "phone_owns_account" }) });
    renderCreate("/create");
    expect(await screen.findByText(/Số điện thoại của bạn đã sở hữu một ZCA/)).toBeInTheDocument();
  });
});

describe("resuming a saved draft", () => {
  it("opens the step the person left, with what they entered", async () => {
    saveDraft({ step: "app", name: "Tiem banh An Nhien", oaId: "oa-an-nhien" });
    renderCreate("/create");
    expect(await screen.findByRole("heading", { name: "Kết nối ứng dụng" })).toBeInTheDocument();
    expect(
      screen.getByText(/hệ thống tạo một ứng dụng mang tên ZCA: “Tiem banh An Nhien”/),
    ).toBeInTheDocument();
  });

  it("leads a later step than allowed back to the first step still missing something", async () => {
    saveDraft({ step: "oa", name: "Tiem banh An Nhien" });
    renderCreate("/create/terms");
    expect(await screen.findByRole("heading", { name: "Kết nối OA của doanh nghiệp" })).toBeInTheDocument();
  });

  it("never shows one person's draft to another", async () => {
    saveDraft({ step: "name", name: "Tiem banh An Nhien" }, "an");
    useSession.setState({ me: meOf({ user: { id: "dung", name: "Phạm Văn Dũng", avatar: "" } }) });
    renderCreate("/create/name");
    expect(await screen.findByRole("textbox", { name: "Tên tài khoản ZCA" })).toHaveValue("");
    expect(screen.getByText("Phạm Văn Dũng")).toBeInTheDocument();
  });
});
