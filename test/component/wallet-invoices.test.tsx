import { screen, within } from "@testing-library/react";
import { downloadFile } from "zmp-sdk/apis";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setSessionToken } from "../../src/api/client";
import type { Invoice } from "../../src/domain/invoices";
import { dataUrlOf } from "../../src/platform/file";
import { useLocale } from "../../src/i18n/locale";
import { apiError } from "./support/assets-fixtures";
import { renderWallet } from "./support/render-wallet";
import { BASE, resetWalletStores, walletApi } from "./support/wallet-fixtures";

const PDF_BYTES = "%PDF-1.7 hóa đơn";
const PDF_DATA_URL = `data:application/pdf;base64,${Buffer.from(PDF_BYTES).toString("base64")}`;
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

/** The invoices API: two pages, and the PDF of each issued one. */
function invoicesApi(role?: Parameters<typeof walletApi>[1], pdf = vi.fn(() => ({ file: pdfBlob() }))) {
  const api = walletApi(
    {
      [`GET ${BASE}/invoices`]: ({ query }) => ({
        body: query.get("cursor") === "c1" ? { items: secondPage } : { items: firstPage, nextCursor: "c1" },
      }),
      [`GET ${BASE}/invoices/inv-1/pdf`]: pdf,
    },
    role,
  );
  return { ...api, pdf };
}

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
    expect(await dataUrlOf(created[0]!)).toBe(PDF_DATA_URL);
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
    invoicesApi(undefined, pdf);
    insideZalo();
    const { user } = renderWallet(`${LIST}/inv-1`);
    await user.click(await screen.findByRole("button", { name: "Lưu" }));
    const alert = await screen.findByRole("alert");
    await user.click(within(alert).getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByText("Đã lưu hóa đơn vào máy. Mở tệp trong mục Tải về.")).toBeInTheDocument();
    expect(pdf).toHaveBeenCalledTimes(2);
  });
});

describe("Lưu and Chia sẻ the invoice's PDF", () => {
  it("keeps the PDF on the phone through Zalo, as its bytes (never a link)", async () => {
    insideZalo();
    invoicesApi();
    const { user } = renderWallet(`${LIST}/inv-1`);
    await user.click(await screen.findByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Đã lưu hóa đơn vào máy. Mở tệp trong mục Tải về.")).toBeInTheDocument();
    const [[args]] = vi.mocked(downloadFile).mock.calls as unknown as [
      [{ fileBase64Data: string; url?: string }],
    ];
    expect(args.url).toBeUndefined();
    expect(args.fileBase64Data).toBe(PDF_DATA_URL);
  });

  it("inside Zalo, “Xem” keeps the PDF on the phone and says where to open it", async () => {
    insideZalo();
    invoicesApi();
    const { user } = renderWallet(`${LIST}/inv-1`);
    await user.click(await screen.findByRole("button", { name: "Xem hóa đơn (PDF)" }));
    expect(
      await screen.findByText(
        "Zalo chưa mở được tệp PDF ngay trong ứng dụng, nên hóa đơn đã được lưu vào máy. Mở tệp trong mục Tải về.",
      ),
    ).toBeInTheDocument();
    expect(downloadFile).toHaveBeenCalledOnce();
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

  it("hands the PDF to the system's share sheet, or says to save it where there is none", async () => {
    const share = vi.fn(async () => {});
    Object.assign(navigator, { share, canShare: () => true });
    invoicesApi();
    const { user } = renderWallet(`${LIST}/inv-1`);
    await user.click(await screen.findByRole("button", { name: "Chia sẻ" }));
    expect(await screen.findByText("Đã chia sẻ hóa đơn.")).toBeInTheDocument();
    const [{ files }] = share.mock.calls[0] as unknown as [{ files: File[] }];
    expect(files.map((f) => [f.name, f.type])).toEqual([["hoa-don-C26TBM-123.pdf", "application/pdf"]]);

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
