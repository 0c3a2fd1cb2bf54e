import { screen, within } from "@testing-library/react";
import { downloadFile, openDocument, openShareSheet } from "zmp-sdk/apis";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setSessionToken } from "../../src/api/client";
import type { Invoice } from "../../src/domain/invoices";
import { useLocale } from "../../src/i18n/locale";
import { apiError } from "./support/assets-fixtures";
import { renderWallet } from "./support/render-wallet";
import { BASE, resetWalletStores, walletApi } from "./support/wallet-fixtures";

const PDF_BYTES = "%PDF-1.7 hóa đơn";
const LINK = "https://api.zca.test/api/file-links/tok3n/hoa-don-C26TBM-123.pdf";
const LIST = `${BASE}/wallet/invoices`;

function invoice(extra: Partial<Invoice> = {}): Invoice {
  return {
    id: "inv-1",
    number: "C26TBM123",
    series: "C26TBM",
    topupId: "topup-1",
    amount: 2_000_000,
    status: "emailed",
    issuedAt: "2026-12-02T02:00:00.000Z",
    buyer: {
      companyName: "Công ty TNHH Bình Minh",
      taxCode: "0399123457",
      address: "12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
      email: "ketoan@binhminh.vn",
    },
    replaces: null,
    replacedBy: null,
    ...extra,
  };
}

const firstPage = [
  invoice(),
  invoice({ id: "inv-2", number: null, series: null, amount: 500_000, status: "issuing", issuedAt: null }),
  invoice({
    id: "inv-3",
    number: null,
    series: null,
    topupId: null,
    amount: 60_000_000,
    status: "failed",
    issuedAt: null,
    buyer: { companyName: "Bình Minh Spa", taxCode: "0399123457", address: "", email: "" },
  }),
];
const secondPage = [
  invoice({
    id: "inv-4",
    number: "C26TBM98",
    amount: 300_000,
    status: "issued",
    issuedAt: "2026-11-20T03:00:00.000Z",
  }),
];

/** The invoices API: two pages, the PDF of each issued one, and a short-lived link to it. */
function invoicesApi(
  role?: Parameters<typeof walletApi>[1],
  pdf = vi.fn(() => ({ file: pdfBlob() })),
  link = vi.fn(() => ({
    status: 201,
    body: { url: LINK, expiresAt: "2026-12-02T02:05:00.000Z", fileName: "hoa-don-C26TBM-123.pdf" },
  })),
) {
  const api = walletApi(
    {
      [`GET ${BASE}/invoices`]: ({ query }) => ({
        body: query.get("cursor") === "c1" ? { items: secondPage } : { items: firstPage, nextCursor: "c1" },
      }),
      [`GET ${BASE}/invoices/inv-1/pdf`]: pdf,
      [`POST ${BASE}/file-links`]: link,
    },
    role,
  );
  return { ...api, pdf, link };
}

/** A blob's text, read as the page reads it (jsdom's Blob has no text()). */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
const pdfBlob = () => new Blob([PDF_BYTES], { type: "application/pdf" });
const insideZalo = () => Object.assign(window, { ZaloJavaScriptInterface: {} });

beforeEach(() => {
  resetWalletStores();
  setSessionToken("session-of-binh");
});
afterEach(() => {
  setSessionToken(null);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, "canShare");
  Reflect.deleteProperty(window, "ZaloJavaScriptInterface");
});

describe("Quản lý hóa đơn", () => {
  it("lists every invoice with its number, date, buyer, amount and status in words, a page at a time", async () => {
    const { calls } = invoicesApi();
    const { user } = renderWallet(LIST);
    const list = await screen.findByRole("list", { name: "Hóa đơn điện tử" });
    expect(screen.getByRole("heading", { level: 1, name: "Quản lý hóa đơn" })).toBeInTheDocument();
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((row) => row.textContent),
    ).toEqual([
      "Số 123 · Ký hiệu C26TBM02/12/2026 · Công ty TNHH Bình MinhĐã gửi email tới ketoan@binhminh.vn2.000.000 đ",
      "Đang xuấtCông ty TNHH Bình MinhĐang xuất hóa đơn — hóa đơn sẽ được gửi qua email trong ngày làm việc tiếp theo500.000 đ",
      "Chưa có số hóa đơnBình Minh SpaChưa xuất được hóa đơn. Hệ thống tự thử lại; nếu vẫn chưa được, bộ phận hỗ trợ sẽ liên hệ với bạn. Số tiền đã nạp không bị ảnh hưởng.60.000.000 đ",
    ]);

    await user.click(screen.getByRole("button", { name: "Tải thêm" }));
    expect(
      await within(list).findByText("Đã xuất hóa đơn, đang gửi email tới ketoan@binhminh.vn"),
    ).toBeInTheDocument();
    expect(within(list).getByText("Số 98 · Ký hiệu C26TBM")).toBeInTheDocument();
    expect(screen.getByText("Đã hiện tất cả hóa đơn.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tải thêm" })).not.toBeInTheDocument();
    const asked = calls.filter((c) => c.path === `${BASE}/invoices`).map((c) => c.query.toString());
    expect(asked).toEqual(["limit=20", "limit=20&cursor=c1"]);
  });

  it("says so in English too", async () => {
    useLocale.setState({ lang: "en" });
    invoicesApi();
    renderWallet(LIST);
    const list = await screen.findByRole("list", { name: "E-invoices" });
    expect(within(list).getByText("No. 123 · Series C26TBM")).toBeInTheDocument();
    expect(within(list).getByText("Emailed to ketoan@binhminh.vn")).toBeInTheDocument();
    expect(
      within(list).getByText("Being issued — the invoice will be emailed on the next working day"),
    ).toBeInTheDocument();
    expect(
      within(list).getByText(/^The invoice could not be issued yet\. It is retried automatically/),
    ).toBeInTheDocument();
  });

  it("says when there is no invoice yet, and keeps the invoice details with what they are for", async () => {
    walletApi({ [`GET ${BASE}/invoices`]: () => ({ body: { items: [] } }) });
    renderWallet(LIST);
    expect(
      await screen.findByText("Chưa có hóa đơn nào. Hóa đơn được xuất sau mỗi lần nạp tiền thành công."),
    ).toBeInTheDocument();
    const details = within(screen.getByRole("region", { name: "Thông tin xuất hóa đơn" }));
    expect(details.getByText("Công ty TNHH Bình Minh")).toBeInTheDocument();
    expect(
      details.getByText(/sửa thông tin chỉ áp dụng cho hóa đơn xuất sau đó, hóa đơn đã xuất giữ nguyên\.$/),
    ).toBeInTheDocument();
  });

  it("offers to try again when the list cannot be read", async () => {
    walletApi({ [`GET ${BASE}/invoices`]: () => apiError(500, "internal") });
    renderWallet(LIST);
    expect(await screen.findByRole("alert")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeInTheDocument();
  });
});

describe("One invoice", () => {
  it("opens from the list with its number, series, date, amount, status and buyer", async () => {
    invoicesApi();
    const { user } = renderWallet(LIST);
    await user.click(await screen.findByRole("button", { name: /^Số 123 · Ký hiệu C26TBM/ }));
    expect(await screen.findByRole("heading", { level: 1, name: "Hóa đơn" })).toBeInTheDocument();
    const facts = within(screen.getByRole("region", { name: "Số 123 · Ký hiệu C26TBM" }));
    expect(facts.getAllByRole("definition").map((d) => d.textContent)).toEqual([
      "123",
      "C26TBM",
      "02/12/2026",
      "2.000.000 đ",
      "Đã gửi email tới ketoan@binhminh.vn",
    ]);
    const buyer = within(screen.getByRole("region", { name: "Người mua" }));
    expect(buyer.getAllByRole("definition").map((d) => d.textContent)).toEqual([
      "Công ty TNHH Bình Minh",
      "0399123457",
      "12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
      "ketoan@binhminh.vn",
    ]);
  });

  it("opened afresh, reads the pages until it finds the invoice", async () => {
    invoicesApi();
    renderWallet(`${LIST}/inv-4`);
    expect(await screen.findByRole("heading", { name: "Số 98 · Ký hiệu C26TBM" })).toBeInTheDocument();
  });

  it("says so when no page has it", async () => {
    invoicesApi();
    renderWallet(`${LIST}/inv-unknown`);
    expect(await screen.findByText("Không tìm thấy hóa đơn này trong ZCA.")).toBeInTheDocument();
  });

  it("has no PDF to offer while it is being issued", async () => {
    invoicesApi();
    renderWallet(`${LIST}/inv-2`);
    expect(await screen.findByText("Tệp PDF có khi hóa đơn đã được xuất.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Xem hóa đơn (PDF)" })).not.toBeInTheDocument();
  });

  it("fetches the PDF with the session and opens it in a new tab, once for every action", async () => {
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => (created.push(blob), "blob:http://localhost/pdf-1")),
      revokeObjectURL: vi.fn(),
    });
    const open = vi.spyOn(window, "open").mockReturnValue({} as Window);
    const { calls, pdf } = invoicesApi();
    const { user } = renderWallet(`${LIST}/inv-1`);
    await user.click(await screen.findByRole("button", { name: "Xem hóa đơn (PDF)" }));
    expect(await screen.findByText("Đã mở hóa đơn trong thẻ mới.")).toHaveAttribute("role", "status");
    expect(open).toHaveBeenCalledWith("blob:http://localhost/pdf-1", "_blank");
    expect(await textOf(created[0]!)).toBe(PDF_BYTES);
    const asked = calls.find((c) => c.path === `${BASE}/invoices/inv-1/pdf`)!;
    expect(asked.headers.get("Authorization")).toBe("Bearer session-of-binh");
    expect(asked.headers.get("Accept")).toBe("application/pdf");

    // A download where the browser blocks the tab; the PDF is not fetched again.
    open.mockReturnValue(null);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    await user.click(screen.getByRole("button", { name: "Xem hóa đơn (PDF)" }));
    expect(
      await screen.findByText("Trình duyệt chặn thẻ mới nên hóa đơn đã được tải về máy."),
    ).toBeInTheDocument();
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe("hoa-don-C26TBM-123.pdf");
    expect(pdf).toHaveBeenCalledOnce();
  });

  it("says what went wrong when the PDF cannot be fetched, and tries again", async () => {
    const pdf = vi.fn().mockReturnValueOnce(apiError(503, "internal")).mockReturnValue({ file: pdfBlob() });
    vi.spyOn(window, "open").mockReturnValue({} as Window);
    Object.assign(URL, {
      createObjectURL: vi.fn(() => "blob:http://localhost/pdf-1"),
      revokeObjectURL: vi.fn(),
    });
    invoicesApi(undefined, pdf);
    const { user } = renderWallet(`${LIST}/inv-1`);
    await user.click(await screen.findByRole("button", { name: "Xem hóa đơn (PDF)" }));
    const alert = await screen.findByRole("alert");
    await user.click(within(alert).getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByText("Đã mở hóa đơn trong thẻ mới.")).toBeInTheDocument();
    expect(pdf).toHaveBeenCalledTimes(2);
  });
});

describe("Inside Zalo: the invoice's PDF through a short-lived link", () => {
  it("“Xem” asks the API for a link and has Zalo's viewer show it, titled by its number", async () => {
    insideZalo();
    const { calls, pdf } = invoicesApi();
    const { user } = renderWallet(`${LIST}/inv-1`);
    await user.click(await screen.findByRole("button", { name: "Xem hóa đơn (PDF)" }));
    expect(await screen.findByText("Đã mở hóa đơn.")).toHaveAttribute("role", "status");
    expect(openDocument).toHaveBeenCalledWith({
      url: LINK,
      title: "Hóa đơn số 123",
      download: false,
      share: false,
      edit: false,
    });
    const asked = calls.find((c) => c.path === `${BASE}/file-links`)!;
    expect(asked.body).toEqual({ kind: "invoice_pdf", invoiceId: "inv-1" });
    expect(asked.headers.get("Authorization")).toBe("Bearer session-of-binh");
    // Zalo fetches the file itself: the app never does.
    expect(pdf).not.toHaveBeenCalled();
  });

  it("“Lưu” has Zalo download the PDF from a fresh link (no size limit of a data URL)", async () => {
    insideZalo();
    const { link } = invoicesApi();
    const { user } = renderWallet(`${LIST}/inv-1`);
    await user.click(await screen.findByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Đã lưu hóa đơn vào máy. Mở tệp trong mục Tải về.")).toBeInTheDocument();
    expect(downloadFile).toHaveBeenCalledWith({ url: LINK });
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    await vi.waitFor(() => expect(link).toHaveBeenCalledTimes(2));
  });

  it("a Zalo too old for the viewer keeps the PDF on the phone instead, and says where to open it", async () => {
    insideZalo();
    vi.mocked(openDocument).mockRejectedValueOnce({ code: -1404, message: "Client not support" });
    invoicesApi();
    const { user } = renderWallet(`${LIST}/inv-1`);
    await user.click(await screen.findByRole("button", { name: "Xem hóa đơn (PDF)" }));
    expect(
      await screen.findByText(
        "Phiên bản Zalo này chưa xem được tệp PDF trong ứng dụng, nên hóa đơn đã được lưu vào máy. Mở tệp trong mục Tải về.",
      ),
    ).toBeInTheDocument();
    expect(downloadFile).toHaveBeenCalledWith({ url: LINK });
  });

  it("says so when the viewer cannot open it, and when the link cannot be made, with a retry", async () => {
    insideZalo();
    vi.mocked(openDocument).mockRejectedValueOnce({ code: -702, message: "Download failed" });
    const link = vi
      .fn()
      .mockReturnValueOnce(apiError(503, "internal"))
      .mockReturnValue({
        status: 201,
        body: { url: LINK, expiresAt: "2026-12-02T02:05:00.000Z", fileName: "x" },
      });
    invoicesApi(undefined, undefined, link);
    const { user } = renderWallet(`${LIST}/inv-1`);
    await user.click(await screen.findByRole("button", { name: "Xem hóa đơn (PDF)" }));
    const alert = await screen.findByRole("alert");
    expect(openDocument).not.toHaveBeenCalled();
    await user.click(within(alert).getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByText("Chưa mở được hóa đơn. Hãy thử lại sau.")).toBeInTheDocument();
  });

  it("says it in English too", async () => {
    insideZalo();
    useLocale.setState({ lang: "en" });
    invoicesApi();
    const { user } = renderWallet(`${LIST}/inv-1`);
    await user.click(await screen.findByRole("button", { name: "View invoice (PDF)" }));
    expect(await screen.findByText("The invoice was opened.")).toBeInTheDocument();
    expect(vi.mocked(openDocument).mock.calls[0]![0]).toMatchObject({ title: "Invoice no. 123" });
  });

  it("says so when the person does not let Zalo save files, or Zalo cannot", async () => {
    insideZalo();
    vi.mocked(downloadFile)
      .mockRejectedValueOnce({ code: -2002, message: "User denied" })
      .mockRejectedValueOnce({ code: -2005, message: "Unable to save" });
    invoicesApi();
    const { user } = renderWallet(`${LIST}/inv-1`);
    await user.click(await screen.findByRole("button", { name: "Lưu" }));
    expect(
      await screen.findByText("Zalo chưa được phép lưu tệp. Hãy cho phép Zalo lưu tệp rồi thử lại."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Chưa lưu được hóa đơn. Hãy thử lại sau.")).toBeInTheDocument();
  });
});

describe("Chia sẻ the invoice's PDF", () => {
  it("hands the file itself to the system's share sheet, never a link, or says to save it where there is none", async () => {
    insideZalo();
    const share = vi.fn(async () => {});
    Object.assign(navigator, { share, canShare: () => true });
    const { link } = invoicesApi();
    const { user } = renderWallet(`${LIST}/inv-1`);
    await user.click(await screen.findByRole("button", { name: "Chia sẻ" }));
    expect(await screen.findByText("Đã chia sẻ hóa đơn.")).toBeInTheDocument();
    const [{ files }] = share.mock.calls[0] as unknown as [{ files: File[] }];
    expect(files.map((f) => [f.name, f.type])).toEqual([["hoa-don-C26TBM-123.pdf", "application/pdf"]]);
    expect(await textOf(files[0]!)).toBe(PDF_BYTES);
    expect(link).not.toHaveBeenCalled();
    expect(openShareSheet).not.toHaveBeenCalled();

    Reflect.deleteProperty(navigator, "canShare");
    await user.click(screen.getByRole("button", { name: "Chia sẻ" }));
    expect(
      await screen.findByText(
        "Máy này chưa chia sẻ được tệp từ đây. Hãy bấm “Lưu” rồi gửi tệp từ mục Tải về.",
      ),
    ).toBeInTheDocument();
  });
});

describe("Who sees invoices", () => {
  it.each([
    ["the list", LIST],
    ["one invoice", `${LIST}/inv-1`],
  ])("an Editor never sees %s, and the app never asks for it", async (_, path) => {
    const { calls } = invoicesApi("editor");
    renderWallet(path);
    expect(
      await screen.findByText(
        "Chỉ Quản trị viên cấp cao, Quản trị viên và Tài chính viên được xem hóa đơn của ZCA.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/C26TBM123|Số 123/)).not.toBeInTheDocument();
    expect(calls.some((c) => c.path.startsWith(`${BASE}/invoices`))).toBe(false);
  });

  it("a Finance member sees them", async () => {
    invoicesApi("finance");
    renderWallet(LIST);
    expect(await screen.findByRole("list", { name: "Hóa đơn điện tử" })).toBeInTheDocument();
  });
});
