import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "../../src/domain/permissions";
import type { InboxItem, NotificationSettings } from "../../src/domain/notifications";
import InboxPage from "../../src/features/notifications/inbox-page";
import NotificationsPage from "../../src/features/notifications/notifications-page";
import { useNotificationSettings } from "../../src/features/notifications/store";
import { useLocale } from "../../src/i18n/locale";
import { useInboxes } from "../../src/store/inbox";
import AccountPage from "../../src/features/account/account-page";
import SettingsPage from "../../src/features/account/settings-page";
import { binhMembers } from "./support/members-fixtures";
import { renderAt } from "./support/render";
import { BASE, resetWalletStores, walletApi } from "./support/wallet-fixtures";

beforeEach(() => {
  resetWalletStores();
  useNotificationSettings.getState().reset();
  useInboxes.getState().clear();
});

const render = (path: string) =>
  renderAt(path, {
    "/accounts/:accountId": <AccountPage />,
    "/accounts/:accountId/settings": <SettingsPage />,
    "/accounts/:accountId/settings/notifications": <NotificationsPage />,
    "/accounts/:accountId/inbox": <InboxPage />,
  });

function settings(extra: Partial<NotificationSettings> = {}): NotificationSettings {
  const off = { enabled: false, recipients: [] };
  return {
    lowBalance: { enabled: true, threshold: 1_500_000, thresholdDays: null, recipients: ["binh", "em"] },
    balanceMovement: { ...off, threshold: 0 },
    members: off,
    assets: off,
    invoices: off,
    ...extra,
  };
}

/** The server answers the whole settings, the kinds sent changed. */
function notificationsApi(
  role: Role = "super_admin",
  put = vi.fn(({ body }: { body: unknown }) => ({ body: { ...settings(), ...(body as object) } })),
) {
  walletApi(
    {
      [`GET ${BASE}/notifications`]: () => ({ body: settings() }),
      [`PUT ${BASE}/notifications`]: (r) => put(r as { body: unknown }),
      [`GET ${BASE}/members`]: () => ({ body: binhMembers() }),
    },
    role,
  );
  return put;
}

describe("Quản lý thông báo", () => {
  it("is in Settings for every member", async () => {
    notificationsApi("editor");
    const { user } = render(`${BASE}/settings`);
    await user.click(await screen.findByRole("button", { name: /^Quản lý thông báo/ }));
    expect(await screen.findByRole("switch", { name: "Số dư thấp" })).toBeChecked();
  });

  it("saves a new low-balance level and its recipients", async () => {
    const put = notificationsApi();
    const { user } = render(`${BASE}/settings/notifications`);
    const field = await screen.findByRole("textbox", { name: "Báo khi số dư dưới (đ)" });
    await waitFor(() => expect(field).toHaveValue("1.500.000"));
    await user.clear(field);
    await user.type(field, "1.000.000");
    const lowBalance = screen.getByRole("region", { name: "Số dư thấp" });
    await user.click(within(lowBalance).getByRole("checkbox", { name: /Đỗ Thị Em/ }));
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Đã lưu cài đặt thông báo.")).toBeInTheDocument();
    expect(put.mock.calls[0]![0].body).toMatchObject({
      lowBalance: { enabled: true, threshold: 1_000_000, thresholdDays: null, recipients: ["binh"] },
      members: { enabled: false, recipients: [] },
    });
  });

  it("offers money notifications only to the roles that see money", async () => {
    notificationsApi();
    const { user } = render(`${BASE}/settings/notifications`);
    const movements = await screen.findByRole("region", { name: "Biến động số dư" });
    await user.click(within(movements).getByRole("switch", { name: "Biến động số dư" }));
    expect(within(movements).getByRole("checkbox", { name: /Đỗ Thị Em/ })).toBeInTheDocument();
    expect(within(movements).queryByRole("checkbox", { name: /Vũ Hoàng Giang/ })).not.toBeInTheDocument();
    const members = screen.getByRole("region", { name: "Thành viên" });
    await user.click(within(members).getByRole("switch", { name: "Thành viên" }));
    expect(within(members).getByRole("checkbox", { name: /Vũ Hoàng Giang/ })).toBeInTheDocument();
  });

  it("refuses a level that is not an amount, saving nothing", async () => {
    const put = notificationsApi();
    const { user } = render(`${BASE}/settings/notifications`);
    const field = await screen.findByRole("textbox", { name: "Báo khi số dư dưới (đ)" });
    await user.clear(field);
    await user.type(field, "1e6");
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    expect(field).toHaveAccessibleDescription("Hãy nhập số tiền bằng chữ số, ví dụ 1.500.000.");
    expect(put).not.toHaveBeenCalled();
  });

  it("lets Finance change the money kinds only, and sends only those", async () => {
    const put = notificationsApi("finance");
    const { user } = render(`${BASE}/settings/notifications`);
    expect(await screen.findByRole("switch", { name: "Thành viên" })).toBeDisabled();
    expect(screen.getByRole("switch", { name: "Số dư thấp" })).toBeEnabled();
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    await screen.findByText("Đã lưu cài đặt thông báo.");
    expect(Object.keys(put.mock.calls[0]![0].body as object).sort()).toEqual([
      "balanceMovement",
      "invoices",
      "lowBalance",
    ]);
  });

  it("speaks English", async () => {
    useLocale.setState({ lang: "en" });
    notificationsApi();
    render(`${BASE}/settings/notifications`);
    expect(await screen.findByRole("switch", { name: "Low balance" })).toBeChecked();
    expect(screen.getByRole("textbox", { name: "Alert when the balance is below (₫)" })).toHaveValue(
      "1,500,000",
    );
  });
});

const item = (extra: Partial<InboxItem>): InboxItem => ({
  id: "n1",
  accountName: "Cong ty TNHH Binh Minh",
  event: { kind: "balanceMovement", movement: "credit", amount: 500_000, balance: 1_750_000 },
  delivery: "sent",
  deliveryError: null,
  createdAt: "2026-12-01T08:00:00.000Z",
  read: false,
  ...extra,
});

describe("Thông báo", () => {
  it("counts the unread on home, shows each with its Zalo delivery, and marks them read", async () => {
    const read = vi.fn(() => ({ status: 204 }));
    const items = [
      item({
        id: "n2",
        event: {
          kind: "lowBalance",
          balance: 900_000,
          threshold: 1_000_000,
          thresholdDays: null,
          daysLeft: null,
        },
        delivery: "undeliverable",
        deliveryError: -118,
      }),
      item({ id: "n1", delivery: "pending", read: true }),
    ];
    walletApi({
      [`GET ${BASE}/inbox`]: () => ({ body: { items, unread: 1 } }),
      [`POST ${BASE}/inbox/read`]: read,
    });
    const { user } = render(BASE);
    await user.click(await screen.findByRole("button", { name: /^Thông báo.*1 thông báo chưa đọc/ }));
    const list = await screen.findByRole("list");
    const rows = within(list).getAllByRole("listitem");
    expect(rows[0]).toHaveTextContent("Số dư còn 900.000 đ, dưới mức cảnh báo 1.000.000 đ. Hãy nạp thêm.");
    expect(rows[0]).toHaveTextContent("Không gửi được qua Zalo: số điện thoại này không nhận được tin");
    expect(rows[0]).toHaveTextContent("Mới");
    expect(rows[1]).toHaveTextContent("Nạp tiền thành công 500.000 đ. Số dư hiện tại: 1.750.000 đ.");
    expect(rows[1]).toHaveTextContent("Đang gửi qua Zalo");
    await waitFor(() =>
      expect(read).toHaveBeenCalledWith(expect.objectContaining({ body: { ids: ["n2"] } })),
    );
  });

  it("says when there is nothing yet, in English too", async () => {
    useLocale.setState({ lang: "en" });
    walletApi({ [`GET ${BASE}/inbox`]: () => ({ body: { items: [], unread: 0 } }) });
    render(`${BASE}/inbox`);
    expect(await screen.findByText("No notifications yet.")).toBeInTheDocument();
  });
});
