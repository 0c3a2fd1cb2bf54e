import { beforeEach, describe, expect, it } from "vitest";
import { oaUnavailableReason } from "../../src/domain/linking";
import { foldVietnamese, matchingOas, newOasFor, useAssets } from "../../src/features/assets/store";
import { useAccounts } from "../../src/store/accounts";
import { useOas } from "../../src/store/oas";
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

const ZCA = "zca-binh-minh";
const names = (oas: { name: string }[]) => oas.map((o) => o.name);
const state = () => useAssets.getState();
const account = () => useAccounts.getState().byId[ZCA]!.data!;
const oas = () => useOas.getState().list.data!;
const newOas = () => newOasFor(oas(), account());
const open = () => Promise.all([useAccounts.getState().load(ZCA), useOas.getState().load()]);

beforeEach(resetStores);

describe("assets: the two sections", () => {
  it("lists the ZCA's OAs as linked, and the person's others as new", async () => {
    binhApi();
    await open();
    expect(names(account().oas)).toEqual(["Bình Minh Spa"]);
    expect(names(newOas())).toEqual(["Bình Minh Nail", "Học viện Bình Minh"]);
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
    await open();
    const shown = newOas();
    expect(names(shown)).toEqual(["Cà phê Sáng", "An Nhiên", "Bình An"]);
    expect(shown.map((o) => oaUnavailableReason(o, ZCA))).toEqual([
      undefined,
      "oa_not_verified",
      "oa_linked_elsewhere",
    ]);
  });
});

describe("assets: search", () => {
  it("matches names without diacritics or case: “binh” finds “Bình”, “hoc vien” finds “Học viện”", async () => {
    binhApi();
    await open();
    expect(names(matchingOas(newOas(), "binh minh"))).toEqual(["Bình Minh Nail", "Học viện Bình Minh"]);
    expect(names(matchingOas(newOas(), "HOC VIEN"))).toEqual(["Học viện Bình Minh"]);
    expect(matchingOas(newOas(), "  ")).toHaveLength(2);
  });

  it("folds đ to d", () => {
    expect(foldVietnamese("Đồ gỗ Đức")).toBe("do go duc");
  });
});

describe("assets: linking", () => {
  it("moves the OA to the linked list at once, then keeps the server's link for every screen", async () => {
    let answer: (value: { status: number; body: unknown }) => void = () => {};
    const api = binhApi({
      "POST /accounts/zca-binh-minh/oas": () => new Promise((resolve) => (answer = resolve)),
    });
    await open();

    const linking = state().link(ZCA, "oa-binh-nail");
    expect(names(account().oas)).toEqual(["Bình Minh Spa", "Bình Minh Nail"]);
    expect(names(newOas())).toEqual(["Học viện Bình Minh"]);
    expect(state().busy).toEqual({ "oa-binh-nail": "link" });

    answer({ status: 201, body: nailLink() });
    expect(await linking).toBe(true);
    expect(api.calls.at(-1)).toMatchObject({ method: "POST", body: { oaId: "oa-binh-nail" } });
    expect(account().oas[1]).toEqual(nailLink());
    expect(state().busy).toEqual({});
    // The create flow reads the same OA list: it now says a ZCA holds the OA.
    expect(oaUnavailableReason(oas().find((o) => o.id === "oa-binh-nail")!, null)).toBe(
      "oa_linked_elsewhere",
    );
  });

  it("rolls back on a network error and offers a retry that links it", async () => {
    let fail = true;
    binhApi({
      "POST /accounts/zca-binh-minh/oas": () => {
        if (fail) throw new TypeError("Failed to fetch");
        return { status: 201, body: nailLink() };
      },
    });
    await open();

    expect(await state().link(ZCA, "oa-binh-nail")).toBe(false);
    expect(names(account().oas)).toEqual(["Bình Minh Spa"]);
    expect(names(newOas())).toContain("Bình Minh Nail");
    expect(state().failure).toMatchObject({ action: "link", oaName: "Bình Minh Nail", code: "network" });

    fail = false;
    expect(await state().retry()).toBe(true);
    expect(state().failure).toBeNull();
    expect(names(account().oas)).toEqual(["Bình Minh Spa", "Bình Minh Nail"]);
  });

  it("on a refusal by rule, offers no retry and shows what the server now says", async () => {
    const takenElsewhere = binhOas.map((o) =>
      o.id === "oa-binh-nail" ? { ...o, linkedAccountId: "zca-other", linkable: false } : o,
    );
    let list = binhOas;
    binhApi({
      "GET /oas": () => ({ body: list }),
      "POST /accounts/zca-binh-minh/oas": () => {
        list = takenElsewhere;
        return apiError(409, "oa_linked_elsewhere");
      },
    });
    await open();

    expect(await state().link(ZCA, "oa-binh-nail")).toBe(false);
    expect(state().failure).toMatchObject({ code: "oa_linked_elsewhere" });
    expect(await state().retry()).toBe(false);
    await expect
      .poll(() => oaUnavailableReason(useOas.getState().list.data![0]!, ZCA))
      .toBe("oa_linked_elsewhere");
  });

  it("never sends a link the server would refuse", async () => {
    const api = binhApi();
    await open();
    expect(await state().link(ZCA, "oa-binh-academy")).toBe(false);
    expect(await state().link(ZCA, "oa-binh-minh")).toBe(false);
    expect(api.calls.filter((c) => c.method === "POST")).toHaveLength(0);
  });
});

describe("assets: unlinking", () => {
  it("removes the OA at once and makes it linkable again", async () => {
    const api = binhApi({ "DELETE /accounts/zca-binh-minh/oas/oa-binh-minh": () => ({ status: 204 }) });
    await open();
    expect(await state().unlink(ZCA, "oa-binh-minh")).toBe(true);
    expect(api.calls.at(-1)).toMatchObject({
      method: "DELETE",
      path: "/accounts/zca-binh-minh/oas/oa-binh-minh",
    });
    expect(account().oas).toEqual([]);
    const spa = newOas().find((o) => o.id === "oa-binh-minh")!;
    expect(oaUnavailableReason(spa, ZCA)).toBeUndefined();
  });

  it("puts the OA back in its place when the server fails", async () => {
    const later = { ...nailLink(), linkedAt: "2025-06-01T00:00:00.000Z" };
    binhApi(
      { "DELETE /accounts/zca-binh-minh/oas/oa-binh-minh": () => apiError(503, "internal") },
      { account: zca([spaLink, later]) },
    );
    await open();
    expect(await state().unlink(ZCA, "oa-binh-minh")).toBe(false);
    expect(names(account().oas)).toEqual(["Bình Minh Spa", "Bình Minh Nail"]);
    expect(state().failure).toMatchObject({ action: "unlink", oaName: "Bình Minh Spa", code: "internal" });
  });
});
