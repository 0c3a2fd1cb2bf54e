import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import LinkOaPage from "../../src/features/assets/link-oa-page";
import {
  apiError,
  binhApi,
  binhOas,
  nailLink,
  oa,
  resetStores,
  binhAccount,
} from "./support/assets-fixtures";
import { renderAt } from "./support/render";

const routes = { "/accounts/:accountId/assets/oas": <LinkOaPage /> };
const open = () => renderAt("/accounts/zca-binh-minh/assets/oas", routes);
const linkedSection = () => screen.getByRole("region", { name: "OA đã liên kết" });
const newSection = () => screen.getByRole("region", { name: "Liên kết OA mới" });

beforeEach(resetStores);

describe("Liên kết OA: sections", () => {
  it("shows the linked OA with who linked it and when, and the OAs Bình may link", async () => {
    binhApi();
    open();
    const linked = await screen.findByRole("region", { name: "OA đã liên kết" });
    expect(await within(linked).findByText("Bình Minh Spa")).toBeInTheDocument();
    expect(within(linked).getByText("Trần Thị Bình liên kết ngày 12/03/2024")).toBeInTheDocument();
    expect(within(linked).getByRole("img", { name: "Đã xác thực" })).toBeInTheDocument();
    expect(within(linked).getByRole("button", { name: "Hủy liên kết Bình Minh Spa" })).toBeInTheDocument();

    expect(
      await within(newSection()).findByRole("button", { name: "Liên kết Bình Minh Nail" }),
    ).toBeInTheDocument();
    expect(within(newSection()).queryByText("Bình Minh Spa")).not.toBeInTheDocument();
  });

  it("shows OAs that cannot be linked without a “Liên kết” button, with the reason in Vietnamese", async () => {
    binhApi({}, { oas: [...binhOas, oa("oa-x", "Xưởng gỗ Đức", { linkedAccountId: "zca-other" })] });
    open();
    await screen.findByText("Học viện Bình Minh");
    expect(
      within(newSection()).getByText("Chưa xác thực: chỉ OA đã xác thực mới liên kết được"),
    ).toBeInTheDocument();
    expect(within(newSection()).getByText("Đã liên kết với một ZCA khác")).toBeInTheDocument();
    expect(within(newSection()).getAllByRole("button", { name: /^Liên kết / })).toHaveLength(1);
  });

  it("says when the ZCA holds no OA yet", async () => {
    binhApi({}, { account: binhAccount([]), oas: binhOas.map((o) => ({ ...o, linkedAccountId: null })) });
    open();
    expect(await screen.findByText(/ZCA này chưa liên kết OA nào/)).toBeInTheDocument();
  });

  it("says when the person administers no OA", async () => {
    binhApi({}, { oas: [] });
    open();
    expect(
      await screen.findByText("Bạn chưa là quản trị viên của OA nào nên chưa có OA để liên kết."),
    ).toBeInTheDocument();
  });

  it("says when every OA the person administers is already linked", async () => {
    binhApi({}, { oas: [binhOas[1]!] });
    open();
    expect(await screen.findByText("Mọi OA bạn quản trị đều đã được liên kết.")).toBeInTheDocument();
  });

  it("explains a failed load with a retry", async () => {
    binhApi({ "GET /oas": () => apiError(429, "rate_limited") });
    open();
    expect(await screen.findByRole("alert")).toHaveTextContent("Bạn thao tác quá nhanh");
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeInTheDocument();
  });
});

describe("Liên kết OA: search", () => {
  const many = [
    "Bình Minh Nail",
    "Bình Minh Hair",
    "Cà phê Sáng",
    "Tiệm bánh An Nhiên",
    "Đồ gỗ Đức",
    "Hoa tươi Lan",
  ];

  it("offers no search box for a short list", async () => {
    binhApi();
    open();
    await screen.findByText("Bình Minh Nail");
    expect(screen.queryByRole("textbox", { name: "Tìm OA theo tên" })).not.toBeInTheDocument();
  });

  it("finds OAs by name without diacritics, and says when nothing matches", async () => {
    binhApi({}, { oas: many.map((name, i) => oa(`oa-${i}`, name)) });
    const { user } = open();
    const box = await screen.findByRole("textbox", { name: "Tìm OA theo tên" });

    await user.type(box, "binh");
    const shown = within(newSection()).getAllByRole("button", { name: /^Liên kết / });
    expect(shown.map((b) => b.getAttribute("aria-label"))).toEqual([
      "Liên kết Bình Minh Nail",
      "Liên kết Bình Minh Hair",
    ]);

    await user.clear(box);
    await user.type(box, "do go");
    expect(within(newSection()).getByText("Đồ gỗ Đức")).toBeInTheDocument();

    await user.type(box, "x");
    expect(screen.getByText("Không có OA nào có tên chứa “do gox”.")).toBeInTheDocument();
  });
});

describe("Liên kết OA: a long list, a page at a time", () => {
  // 120 OAs by name, "Cửa hàng 001" to "Cửa hàng 119", and one florist past the first pages.
  const long = [
    ...Array.from({ length: 119 }, (_, i) => oa(`oa-${i}`, `Cửa hàng ${String(i + 1).padStart(3, "0")}`)),
    oa("oa-hoa", "Tiệm hoa Lan"),
  ];
  const rows = () => within(newSection()).getAllByRole("listitem");
  const oaCalls = (api: ReturnType<typeof binhApi>) => api.calls.filter((c) => c.path === "/oas");

  it("shows the first 50 OAs, then 50 more each time the end of the list is reached", async () => {
    const api = binhApi({}, { oas: long });
    const { user } = open();
    await screen.findByText("Cửa hàng 050");
    expect(rows()).toHaveLength(50);
    expect(screen.queryByText("Cửa hàng 051")).not.toBeInTheDocument();

    await user.click(within(newSection()).getByRole("button", { name: "Tải thêm" }));
    await screen.findByText("Cửa hàng 100");
    expect(rows()).toHaveLength(100);

    await user.click(within(newSection()).getByRole("button", { name: "Tải thêm" }));
    await screen.findByText("Tiệm hoa Lan");
    expect(rows()).toHaveLength(120);
    expect(within(newSection()).queryByRole("button", { name: "Tải thêm" })).not.toBeInTheDocument();
    expect(oaCalls(api).map((c) => c.query.get("limit"))).toEqual(["50", "50", "50"]);
  });

  it("searches on the server once typing rests, and links an OA found there", async () => {
    const api = binhApi(
      {
        "POST /accounts/zca-binh-minh/oas": () => ({
          status: 201,
          body: { ...nailLink(), id: "oa-hoa", name: "Tiệm hoa Lan" },
        }),
      },
      { oas: long },
    );
    const { user } = open();
    await user.type(await screen.findByRole("textbox", { name: "Tìm OA theo tên" }), "tiem hoa");

    const found = await within(newSection()).findByRole("button", { name: "Liên kết Tiệm hoa Lan" });
    expect(rows()).toHaveLength(1);
    expect(
      oaCalls(api)
        .filter((c) => c.query.has("q"))
        .map((c) => c.query.get("q")),
    ).toEqual(["tiem hoa"]);

    await user.click(found);
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Liên kết OA" }));
    expect(
      await screen.findByText("Đã liên kết Tiệm hoa Lan với Cong ty TNHH Binh Minh."),
    ).toBeInTheDocument();
    expect(api.calls.find((c) => c.method === "POST")?.body).toEqual({ oaId: "oa-hoa" });
  });

  it("says when the server finds nothing", async () => {
    binhApi({}, { oas: long });
    const { user } = open();
    await user.type(await screen.findByRole("textbox", { name: "Tìm OA theo tên" }), "karaoke");
    expect(await screen.findByText("Không có OA nào có tên chứa “karaoke”.")).toBeInTheDocument();
  });
});

describe("Liên kết OA: linking", () => {
  it("asks first, naming the OA and the ZCA, and sends nothing on “Hủy”", async () => {
    const api = binhApi();
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Liên kết Bình Minh Nail" }));
    const dialog = await screen.findByRole("dialog", { name: "Liên kết OA với ZCA?" });
    expect(dialog).toHaveTextContent("Bình Minh Nail sẽ được liên kết với Cong ty TNHH Binh Minh.");

    await user.click(within(dialog).getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(api.calls.some((c) => c.method === "POST")).toBe(false);
    expect(within(newSection()).getByText("Bình Minh Nail")).toBeInTheDocument();
  });

  it("links on “Liên kết OA”: the OA moves to the linked list with a success message", async () => {
    binhApi({ "POST /accounts/zca-binh-minh/oas": () => ({ status: 201, body: nailLink() }) });
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Liên kết Bình Minh Nail" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Liên kết OA" }));

    expect(
      await screen.findByText("Đã liên kết Bình Minh Nail với Cong ty TNHH Binh Minh."),
    ).toBeInTheDocument();
    expect(await within(linkedSection()).findByText("Bình Minh Nail")).toBeInTheDocument();
    expect(
      await within(linkedSection()).findByText("Trần Thị Bình liên kết ngày 02/01/2025"),
    ).toBeInTheDocument();
    expect(within(newSection()).queryByText("Bình Minh Nail")).not.toBeInTheDocument();
  });

  it("puts the OA back when linking fails, says why, and links it on “Thử lại”", async () => {
    let fail = true;
    binhApi({
      "POST /accounts/zca-binh-minh/oas": () => {
        if (fail) throw new TypeError("Failed to fetch");
        return { status: 201, body: nailLink() };
      },
    });
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Liên kết Bình Minh Nail" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Liên kết OA" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Chưa liên kết được Bình Minh Nail.");
    expect(alert).toHaveTextContent("Không kết nối được máy chủ.");
    expect(
      await within(newSection()).findByRole("button", { name: "Liên kết Bình Minh Nail" }),
    ).toBeInTheDocument();
    expect(within(linkedSection()).queryByText("Bình Minh Nail")).not.toBeInTheDocument();

    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Thử lại" }));
    expect(
      await screen.findByText("Đã liên kết Bình Minh Nail với Cong ty TNHH Binh Minh."),
    ).toBeInTheDocument();
    expect(await within(linkedSection()).findByText("Bình Minh Nail")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("offers no retry when the server refuses by rule", async () => {
    binhApi({ "POST /accounts/zca-binh-minh/oas": () => apiError(409, "oa_linked_elsewhere") });
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Liên kết Bình Minh Nail" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Liên kết OA" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("OA này vừa được liên kết với một ZCA khác. Hãy chọn OA khác.");
    expect(within(alert).queryByRole("button", { name: "Thử lại" })).not.toBeInTheDocument();
  });
});

describe("Liên kết OA: unlinking", () => {
  it("asks before unlinking and keeps the link on “Giữ liên kết”", async () => {
    const api = binhApi();
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Hủy liên kết Bình Minh Spa" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent("Bình Minh Spa sẽ không dùng số dư của Cong ty TNHH Binh Minh nữa.");
    await user.click(within(dialog).getByRole("button", { name: "Giữ liên kết" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(api.calls.some((c) => c.method === "DELETE")).toBe(false);
    expect(within(linkedSection()).getByText("Bình Minh Spa")).toBeInTheDocument();
  });

  it("unlinks with DELETE and the OA becomes linkable again", async () => {
    const api = binhApi({ "DELETE /accounts/zca-binh-minh/oas/oa-binh-minh": () => ({ status: 204 }) });
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Hủy liên kết Bình Minh Spa" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Hủy liên kết" }));

    expect(
      await screen.findByText("Đã hủy liên kết Bình Minh Spa khỏi Cong ty TNHH Binh Minh."),
    ).toBeInTheDocument();
    expect(api.calls.some((c) => c.method === "DELETE" && c.path.endsWith("/oa-binh-minh"))).toBe(true);
    expect(within(newSection()).getByRole("button", { name: "Liên kết Bình Minh Spa" })).toBeInTheDocument();
    expect(within(linkedSection()).getByText(/ZCA này chưa liên kết OA nào/)).toBeInTheDocument();
  });

  it("keeps the OA linked when unlinking fails, with the reason", async () => {
    binhApi({ "DELETE /accounts/zca-binh-minh/oas/oa-binh-minh": () => apiError(403, "forbidden") });
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Hủy liên kết Bình Minh Spa" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Hủy liên kết" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Chưa hủy liên kết được Bình Minh Spa.");
    expect(alert).toHaveTextContent("Bạn không có quyền thực hiện thao tác này với tài khoản này.");
    expect(await within(linkedSection()).findByText("Bình Minh Spa")).toBeInTheDocument();
  });
});
