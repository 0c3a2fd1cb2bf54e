import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { useOnboarding } from "../../src/features/onboarding/store";
import { useSession } from "../../src/store/session";
import {
  anApi,
  createdAccount,
  meOf,
  resetCreateStores,
  saveDraft,
  savedDraft,
} from "./support/create-fixtures";
import { renderCreate } from "./support/render-create";

const owner = meOf({
  accounts: [{ id: "zca-new", name: "Tiem banh An Nhien", role: "super_admin" }],
  canCreateAccount: false,
  reason: "phone_owns_account",
});

beforeEach(() => {
  resetCreateStores(owner);
  anApi();
  saveDraft({ step: "done", createdAccountId: "zca-new" });
});

describe("step 6: done", () => {
  it("summarises the new ZCA, what to do next, and what it is not for", async () => {
    const api = anApi({ "GET /accounts/zca-new": () => ({ body: { ...createdAccount(), apps: [] } }) });
    renderCreate("/create/done");
    expect(await screen.findByRole("heading", { name: "Đã tạo Zalo Cloud Account" })).toBeInTheDocument();
    expect(screen.getByText("Bước 6/6")).toBeInTheDocument();
    const summary = await screen.findByText("Tên ZCA");
    expect(summary.closest("dl")).toHaveTextContent(
      "Tên ZCATiem banh An NhienOATiệm bánh An NhiênỨng dụngChưa kết nối ứng dụng",
    );
    const next = screen.getByRole("region", { name: "Việc tiếp theo" });
    expect(within(next).getAllByRole("listitem")).toHaveLength(3);
    expect(
      screen.getByText(/không phải là tài khoản thanh toán quảng cáo Zalo Ads hay Zalo Shop/),
    ).toBeInTheDocument();
    expect(api.calls.some((c) => c.path === "/accounts/zca-new")).toBe(true);
  });

  it("offers no way back into the finished flow", async () => {
    renderCreate("/create/done");
    await screen.findByRole("heading", { name: "Đã tạo Zalo Cloud Account" });
    expect(screen.queryByRole("button", { name: "Quay lại" })).not.toBeInTheDocument();
  });

  it("opens the new ZCA and forgets the finished draft", async () => {
    const { user } = renderCreate("/create/done");
    await user.click(await screen.findByRole("button", { name: "Mở tài khoản ZCA" }));
    expect(await screen.findByText("ZCA zca-new")).toBeInTheDocument();
    expect(useOnboarding.getState().createdAccountId).toBeNull();
    expect(savedDraft()?.state.createdAccountId).toBeNull();
  });

  it("shows the result again when the flow is reopened before the ZCA was opened", async () => {
    renderCreate("/create");
    expect(await screen.findByRole("heading", { name: "Đã tạo Zalo Cloud Account" })).toBeInTheDocument();
  });

  it("cannot be opened before a ZCA was created", async () => {
    useSession.setState({ me: meOf() });
    saveDraft({ step: "name", name: "Tiem banh An Nhien" });
    renderCreate("/create/done");
    expect(await screen.findByRole("heading", { name: "Kết nối OA của doanh nghiệp" })).toBeInTheDocument();
  });
});
