import { beforeEach, describe, expect, it } from "vitest";
import { useAccounts } from "../../src/store/accounts";
import {
  foldVietnamese,
  selectLinkedOas,
  selectNewOas,
  selectShownNewOas,
  unavailableReason,
  useAssets,
} from "../../src/store/assets";
import {
  apiError,
  binhApi,
  binhOas,
  nailLink,
  oa,
  resetStores,
  spaLink,
  zca,
} from "../component/support/assets-fixtures";

const names = (oas: { name: string }[]) => oas.map((o) => o.name);
const state = () => useAssets.getState();

beforeEach(resetStores);

describe("assets store: loading", () => {
  it("loads the ZCA and the person's OAs and derives the two sections", async () => {
    binhApi();
    await state().load("zca-binh-minh");
    expect(state().status).toBe("ready");
    expect(names(selectLinkedOas(state()))).toEqual(["Bình Minh Spa"]);
    expect(names(selectNewOas(state()))).toEqual(["Bình Minh Nail", "Học viện Bình Minh"]);
    expect(useAccounts.getState().byId["zca-binh-minh"]?.name).toBe("Công ty TNHH Bình Minh");
  });

  it("keeps the error code when loading fails", async () => {
    binhApi({ "GET /oas": () => apiError(500, "internal") });
    await state().load("zca-binh-minh");
    expect(state()).toMatchObject({ status: "failed", loadError: "internal", account: null });
  });

  it("lists the linkable OAs first, then the others with their reason", async () => {
    binhApi(
      {},
      {
        oas: [
          oa("oa-a", "An Nhiên", { verified: false }),
          oa("oa-b", "Bình An", { linkedAccountId: "zca-other" }),
          oa("oa-c", "Cà phê Sáng"),
        ],
      },
    );
    await state().load("zca-binh-minh");
    const account = state().account!;
    const shown = selectNewOas(state());
    expect(names(shown)).toEqual(["Cà phê Sáng", "An Nhiên", "Bình An"]);
    expect(shown.map((o) => unavailableReason(o, account))).toEqual([
      undefined,
      "oa_not_verified",
      "oa_linked_elsewhere",
    ]);
  });
});

describe("assets store: search", () => {
  it("matches names without diacritics or case: “binh” finds “Bình”, “hoc vien” finds “Học viện”", async () => {
    binhApi();
    await state().load("zca-binh-minh");
    state().search("binh minh");
    expect(names(selectShownNewOas(state()))).toEqual(["Bình Minh Nail", "Học viện Bình Minh"]);
    state().search("HOC VIEN");
    expect(names(selectShownNewOas(state()))).toEqual(["Học viện Bình Minh"]);
    state().search("  ");
    expect(selectShownNewOas(state())).toHaveLength(2);
  });

  it("folds đ to d", () => {
    expect(foldVietnamese("Đồ gỗ Đức")).toBe("do go duc");
  });
});

describe("assets store: linking", () => {
  it("moves the OA to the linked list at once, then keeps the server's link and updates the ZCA home", async () => {
    let answer: (value: { status: number; body: unknown }) => void = () => {};
    const api = binhApi({
      "POST /accounts/zca-binh-minh/oas": () => new Promise((resolve) => (answer = resolve)),
    });
    await state().load("zca-binh-minh");

    const linking = state().link("oa-binh-nail");
    expect(names(selectLinkedOas(state()))).toEqual(["Bình Minh Spa", "Bình Minh Nail"]);
    expect(names(selectNewOas(state()))).toEqual(["Học viện Bình Minh"]);
    expect(state().busy).toEqual({ "oa-binh-nail": "link" });

    answer({ status: 201, body: nailLink() });
    expect(await linking).toBe(true);
    expect(api.calls.at(-1)).toMatchObject({ method: "POST", body: { oaId: "oa-binh-nail" } });
    expect(selectLinkedOas(state())[1]).toEqual(nailLink());
    expect(state().busy).toEqual({});
    expect(names(useAccounts.getState().byId["zca-binh-minh"]!.oas)).toEqual([
      "Bình Minh Spa",
      "Bình Minh Nail",
    ]);
  });

  it("rolls back on a network error and offers a retry that links it", async () => {
    let fail = true;
    binhApi({
      "POST /accounts/zca-binh-minh/oas": () => {
        if (fail) throw new TypeError("Failed to fetch");
        return { status: 201, body: nailLink() };
      },
    });
    await state().load("zca-binh-minh");

    expect(await state().link("oa-binh-nail")).toBe(false);
    expect(names(selectLinkedOas(state()))).toEqual(["Bình Minh Spa"]);
    expect(names(selectNewOas(state()))).toContain("Bình Minh Nail");
    expect(state().failure).toMatchObject({
      action: "link",
      oaName: "Bình Minh Nail",
      code: "network",
      canRetry: true,
    });
    expect(useAccounts.getState().byId["zca-binh-minh"]!.oas).toHaveLength(1);

    fail = false;
    expect(await state().retry()).toBe(true);
    expect(state().failure).toBeNull();
    expect(names(selectLinkedOas(state()))).toEqual(["Bình Minh Spa", "Bình Minh Nail"]);
  });

  it("on a refusal by rule, offers no retry and shows what the server now says", async () => {
    const takenElsewhere = binhOas.map((o) =>
      o.id === "oa-binh-nail" ? { ...o, linkedAccountId: "zca-other", linkable: false } : o,
    );
    let oas = binhOas;
    binhApi({
      "GET /oas": () => ({ body: oas }),
      "POST /accounts/zca-binh-minh/oas": () => {
        oas = takenElsewhere;
        return apiError(409, "oa_linked_elsewhere");
      },
    });
    await state().load("zca-binh-minh");

    expect(await state().link("oa-binh-nail")).toBe(false);
    expect(state().failure).toMatchObject({ code: "oa_linked_elsewhere", canRetry: false });
    expect(await state().retry()).toBe(false);
    await expect.poll(() => unavailableReason(state().oas[0]!, state().account!)).toBe("oa_linked_elsewhere");
  });

  it("never sends a link the server would refuse", async () => {
    const api = binhApi();
    await state().load("zca-binh-minh");
    expect(await state().link("oa-binh-academy")).toBe(false);
    expect(await state().link("oa-binh-minh")).toBe(false);
    expect(api.calls.filter((c) => c.method === "POST")).toHaveLength(0);
  });
});

describe("assets store: unlinking", () => {
  it("removes the OA at once, makes it linkable again, and tells the ZCA home", async () => {
    const api = binhApi({ "DELETE /accounts/zca-binh-minh/oas/oa-binh-minh": () => ({ status: 204 }) });
    await state().load("zca-binh-minh");
    expect(await state().unlink("oa-binh-minh")).toBe(true);
    expect(api.calls.at(-1)).toMatchObject({
      method: "DELETE",
      path: "/accounts/zca-binh-minh/oas/oa-binh-minh",
    });
    expect(selectLinkedOas(state())).toEqual([]);
    const spa = selectNewOas(state()).find((o) => o.id === "oa-binh-minh")!;
    expect(unavailableReason(spa, state().account!)).toBeUndefined();
    expect(useAccounts.getState().byId["zca-binh-minh"]!.oas).toEqual([]);
  });

  it("puts the OA back in its place when the server fails", async () => {
    const later = { ...nailLink(), linkedAt: "2025-06-01T00:00:00.000Z" };
    binhApi(
      { "DELETE /accounts/zca-binh-minh/oas/oa-binh-minh": () => apiError(503, "internal") },
      { account: zca([spaLink, later]) },
    );
    await state().load("zca-binh-minh");
    expect(await state().unlink("oa-binh-minh")).toBe(false);
    expect(names(selectLinkedOas(state()))).toEqual(["Bình Minh Spa", "Bình Minh Nail"]);
    expect(state().failure).toMatchObject({ action: "unlink", oaName: "Bình Minh Spa", canRetry: true });
  });
});
