import { screen, waitFor, within } from "@testing-library/react";
import { downloadFile } from "zmp-sdk/apis";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setSessionToken } from "../../src/api/client";
import { addMonths, currentMonth } from "../../src/domain/report-range";
import { useLocale } from "../../src/i18n/locale";
import { apiError } from "./support/assets-fixtures";
import { renderWallet } from "./support/render-wallet";
import { BASE, resetWalletStores, spending, walletApi } from "./support/wallet-fixtures";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const exportFile = (name: string, type = XLSX) => ({
  file: new Blob(["bytes of the report"], { type }),
  headers: { "Content-Disposition": `attachment; filename="${name}"` },
});

let clicked: { href: string; download: string }[];
beforeEach(() => {
  resetWalletStores();
  setSessionToken("t-session");
  clicked = [];
  // jsdom keeps no files: a download is the link the browser was asked to follow.
  URL.createObjectURL = vi.fn(() => "blob:report");
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setSessionToken(null);
  useLocale.setState({ lang: "vi" });
});

describe("Xuất báo cáo on “Chi tiêu”", () => {
  it("offers the last three months as Excel, and downloads the report fetched with the session's token", async () => {
    const { calls } = walletApi({
      [`GET ${BASE}/spending`]: () => ({ body: spending }),
      [`GET ${BASE}/spending/export`]: () => exportFile("chi-tieu-2026-10-2026-12.xlsx"),
    });
    const { user } = renderWallet(`${BASE}/wallet/spending`);
    const open = await screen.findByRole("button", { name: "Xuất báo cáo" });
    expect(open).toHaveAttribute("aria-expanded", "false");
    await user.click(open);
    expect(open).toHaveAttribute("aria-expanded", "true");
    const form = within(screen.getByRole("region", { name: "Xuất báo cáo" }));
    expect(form.getByLabelText("Từ tháng")).toHaveValue(addMonths(currentMonth(), -2));
    expect(form.getByLabelText("Đến tháng")).toHaveValue(currentMonth());
    expect(form.getByRole("radio", { name: /Excel/ })).toBeChecked();
    await user.click(form.getByRole("button", { name: "Tải báo cáo" }));

    await waitFor(() =>
      expect(form.getByRole("status")).toHaveTextContent("Đã tải chi-tieu-2026-10-2026-12.xlsx về máy."),
    );
    const request = calls.find((c) => c.path === `${BASE}/spending/export`)!;
    expect(Object.fromEntries(request.query)).toEqual({
      from: addMonths(currentMonth(), -2),
      to: currentMonth(),
      format: "xlsx",
      lang: "vi",
    });
    expect(request.headers.get("Authorization")).toBe("Bearer t-session");
    expect(clicked).toEqual([{ href: "blob:report", download: "chi-tieu-2026-10-2026-12.xlsx" }]);
  });

  it("asks for the chosen months and CSV, in English when the app is", async () => {
    useLocale.setState({ lang: "en" });
    const { calls } = walletApi({
      [`GET ${BASE}/spending`]: () => ({ body: spending }),
      [`GET ${BASE}/spending/export`]: () => exportFile("spending-2026-01-2026-06.csv", "text/csv"),
    });
    const { user } = renderWallet(`${BASE}/wallet/spending`);
    await user.click(await screen.findByRole("button", { name: "Export report" }));
    const form = within(screen.getByRole("region", { name: "Export report" }));
    await user.clear(form.getByLabelText("From month"));
    await user.type(form.getByLabelText("From month"), "2026-01");
    await user.clear(form.getByLabelText("To month"));
    await user.type(form.getByLabelText("To month"), "2026-06");
    await user.click(form.getByRole("radio", { name: /CSV/ }));
    await user.click(form.getByRole("button", { name: "Download report" }));
    await waitFor(() =>
      expect(form.getByRole("status")).toHaveTextContent("spending-2026-01-2026-06.csv downloaded."),
    );
    const request = calls.find((c) => c.path === `${BASE}/spending/export`)!;
    expect(Object.fromEntries(request.query)).toMatchObject({
      from: "2026-01",
      to: "2026-06",
      format: "csv",
      lang: "en",
    });
  });

  it("says what is wrong with a range before asking the server, and what the server refused", async () => {
    const { calls } = walletApi({
      [`GET ${BASE}/spending`]: () => ({ body: spending }),
      [`GET ${BASE}/spending/export`]: () => ({
        status: 400,
        body: { error: { code: "invalid_input", message: "…", fields: { to: "range_too_long" } } },
      }),
    });
    const { user } = renderWallet(`${BASE}/wallet/spending`);
    await user.click(await screen.findByRole("button", { name: "Xuất báo cáo" }));
    const form = within(screen.getByRole("region", { name: "Xuất báo cáo" }));
    await user.clear(form.getByLabelText("Từ tháng"));
    await user.type(form.getByLabelText("Từ tháng"), "2030-01");
    await user.click(form.getByRole("button", { name: "Tải báo cáo" }));
    await waitFor(() =>
      expect(form.getByRole("status")).toHaveTextContent("Tháng kết thúc phải từ tháng bắt đầu trở về sau."),
    );
    expect(calls.some((c) => c.path.endsWith("/export"))).toBe(false);

    await user.clear(form.getByLabelText("Từ tháng"));
    await user.type(form.getByLabelText("Từ tháng"), "2026-01");
    await user.click(form.getByRole("button", { name: "Tải báo cáo" }));
    await waitFor(() =>
      expect(form.getByRole("status")).toHaveTextContent("Mỗi báo cáo gồm tối đa 24 tháng."),
    );
  });

  it("closes on Escape and gives the focus back to “Xuất báo cáo”", async () => {
    walletApi({ [`GET ${BASE}/spending`]: () => ({ body: spending }) });
    const { user } = renderWallet(`${BASE}/wallet/spending`);
    const open = await screen.findByRole("button", { name: "Xuất báo cáo" });
    await user.click(open);
    await user.click(screen.getByRole("radio", { name: /CSV/ }));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "Xuất báo cáo" })).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });
});

describe("Xuất báo cáo on “Lịch sử giao dịch” inside Zalo", () => {
  beforeEach(() => {
    vi.spyOn(navigator, "userAgent", "get").mockReturnValue(
      "Mozilla/5.0 (Linux; Android 14) Zalo android/24",
    );
  });

  const LINK = "https://api.zca.test/api/file-links/tok3n/lich-su-giao-dich-2026-10-2026-12.xlsx";
  const linkAnswer = () => ({
    status: 201,
    body: {
      url: LINK,
      expiresAt: "2026-12-02T02:05:00.000Z",
      fileName: "lich-su-giao-dich-2026-10-2026-12.xlsx",
    },
  });

  it("has Zalo's downloadFile keep the history from a short-lived link the API makes for it", async () => {
    const { calls } = walletApi({
      [`GET ${BASE}/transactions`]: () => ({ body: { items: [] } }),
      [`POST ${BASE}/file-links`]: linkAnswer,
    });
    const { user } = renderWallet(`${BASE}/wallet/history`);
    await user.click(await screen.findByRole("button", { name: "Xuất báo cáo" }));
    await user.click(screen.getByRole("button", { name: "Tải báo cáo" }));
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(
        "Đã lưu lich-su-giao-dich-2026-10-2026-12.xlsx vào máy.",
      ),
    );
    expect(downloadFile).toHaveBeenCalledWith({ url: LINK });
    const asked = calls.find((c) => c.path === `${BASE}/file-links`)!;
    expect(asked.body).toEqual({
      kind: "history_export",
      from: addMonths(currentMonth(), -2),
      to: currentMonth(),
      format: "xlsx",
      lang: "vi",
    });
    expect(asked.headers.get("Authorization")).toBe("Bearer t-session");
    // Zalo fetches the file itself: the app never does.
    expect(calls.some((c) => c.path.endsWith("/export"))).toBe(false);
    expect(clicked).toEqual([]);
  });

  it("says so when Zalo may not save files, and what the server refused", async () => {
    vi.mocked(downloadFile).mockRejectedValueOnce({ code: -2002 });
    let answer: object = linkAnswer();
    walletApi({
      [`GET ${BASE}/transactions`]: () => ({ body: { items: [] } }),
      [`POST ${BASE}/file-links`]: () => answer,
    });
    const { user } = renderWallet(`${BASE}/wallet/history`);
    await user.click(await screen.findByRole("button", { name: "Xuất báo cáo" }));
    await user.click(screen.getByRole("button", { name: "Tải báo cáo" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Zalo chưa được phép lưu tệp."));
    answer = {
      status: 400,
      body: { error: { code: "invalid_input", message: "…", fields: { to: "too_many_rows" } } },
    };
    await user.click(screen.getByRole("button", { name: "Tải báo cáo" }));
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(
        "Khoảng này có quá nhiều giao dịch cho một tệp. Hãy chọn ít tháng hơn.",
      ),
    );
    answer = apiError(403, "forbidden");
    await user.click(screen.getByRole("button", { name: "Tải báo cáo" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Bạn không có quyền"));
  });
});
