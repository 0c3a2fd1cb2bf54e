import { beforeEach, describe, expect, it } from "vitest";
import { oaUnavailableReason } from "../../src/domain/linking";
import type { App } from "../../src/domain/types";
import { nameMatches } from "../../src/domain/text";
import { newAppsFor, newOasFor } from "../../src/features/assets/new-assets";
import { useAssets } from "../../src/features/assets/store";
import { useApps } from "../../src/store/apps";
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
  binhAccount,
} from "../component/support/assets-fixtures";
import { pageOf } from "../component/support/fake-api";

const ACCOUNT = "zca-binh-minh";
const names = (oas: { name: string }[]) => oas.map((o) => o.name);
const state = () => useAssets.getState();
const account = () => useAccounts.getState().byId[ACCOUNT]!.data!;
const oas = () => useOas.getState().list.data!.items;
const newOas = () => newOasFor(oas(), account());
const open = () => Promise.all([useAccounts.getState().load(ACCOUNT), useOas.getState().load()]);

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
    expect(shown.map((o) => oaUnavailableReason(o, ACCOUNT))).toEqual([
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
    const matching = (query: string) => names(newOas().filter((o) => nameMatches(o, query)));
    expect(matching("binh minh")).toEqual(["Bình Minh Nail", "Học viện Bình Minh"]);
    expect(matching("HOC VIEN")).toEqual(["Học viện Bình Minh"]);
  });

  it("folds đ to d", () => {
    expect(nameMatches({ name: "Đồ gỗ Đức" }, "do go duc")).toBe(true);
  });
});

describe("assets: linking", () => {
  it("moves the OA to the linked list at once, then keeps the server's link for every screen", async () => {
    let answer: (value: { status: number; body: unknown }) => void = () => {};
    const api = binhApi({
      "POST /accounts/zca-binh-minh/oas": () => new Promise((resolve) => (answer = resolve)),
    });
    await open();

    const linking = state().link(ACCOUNT, "oa-binh-nail");
    expect(names(account().oas)).toEqual(["Bình Minh Spa", "Bình Minh Nail"]);
    expect(names(newOas())).toEqual(["Học viện Bình Minh"]);
    expect(state().busy).toEqual({ "oa:oa-binh-nail": "link" });

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

    expect(await state().link(ACCOUNT, "oa-binh-nail")).toBe(false);
    expect(names(account().oas)).toEqual(["Bình Minh Spa"]);
    expect(names(newOas())).toContain("Bình Minh Nail");
    expect(state().failure).toMatchObject({
      action: "link",
      kind: "oa",
      name: "Bình Minh Nail",
      code: "network",
    });

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
      "GET /oas": (r) => ({ body: pageOf(list, r.query) }),
      "POST /accounts/zca-binh-minh/oas": () => {
        list = takenElsewhere;
        return apiError(409, "oa_linked_elsewhere");
      },
    });
    await open();

    expect(await state().link(ACCOUNT, "oa-binh-nail")).toBe(false);
    expect(state().failure).toMatchObject({ code: "oa_linked_elsewhere" });
    expect(await state().retry()).toBe(false);
    await expect
      .poll(() => oaUnavailableReason(useOas.getState().list.data!.items[0]!, ACCOUNT))
      .toBe("oa_linked_elsewhere");
  });

  it("never sends a link the server would refuse", async () => {
    const api = binhApi();
    await open();
    expect(await state().link(ACCOUNT, "oa-binh-academy")).toBe(false);
    expect(await state().link(ACCOUNT, "oa-binh-minh")).toBe(false);
    expect(api.calls.filter((c) => c.method === "POST")).toHaveLength(0);
  });
});

describe("assets: unlinking", () => {
  it("removes the OA at once and makes it linkable again", async () => {
    const api = binhApi({ "DELETE /accounts/zca-binh-minh/oas/oa-binh-minh": () => ({ status: 204 }) });
    await open();
    expect(await state().unlink(ACCOUNT, "oa-binh-minh")).toBe(true);
    expect(api.calls.at(-1)).toMatchObject({
      method: "DELETE",
      path: "/accounts/zca-binh-minh/oas/oa-binh-minh",
    });
    expect(account().oas).toEqual([]);
    const spa = newOas().find((o) => o.id === "oa-binh-minh")!;
    expect(oaUnavailableReason(spa, ACCOUNT)).toBeUndefined();
  });

  it("puts the OA back in its place when the server fails", async () => {
    const later = { ...nailLink(), linkedAt: "2025-06-01T00:00:00.000Z" };
    binhApi(
      { "DELETE /accounts/zca-binh-minh/oas/oa-binh-minh": () => apiError(503, "internal") },
      { account: binhAccount([spaLink, later]) },
    );
    await open();
    expect(await state().unlink(ACCOUNT, "oa-binh-minh")).toBe(false);
    expect(names(account().oas)).toEqual(["Bình Minh Spa", "Bình Minh Nail"]);
    expect(state().failure).toMatchObject({
      action: "unlink",
      kind: "oa",
      name: "Bình Minh Spa",
      code: "internal",
    });
  });
});

describe("assets: apps", () => {
  const care: App = {
    id: "2957316048827193064",
    name: "Bình Minh Chăm sóc khách hàng",
    linkedAccountId: null,
    declaredBy: null,
  };
  const booking = binhAccount().apps[0]!;
  const apps = () => useApps.getState().list.data!.items;
  const openApps = () => Promise.all([useAccounts.getState().load(ACCOUNT), useApps.getState().load()]);
  const appsApi = (routes: Parameters<typeof binhApi>[0] = {}) =>
    binhApi({ "GET /apps": (r) => ({ body: pageOf([care, booking], r.query) }), ...routes });

  it("links an app at once, in the ZCA and in the person's app list, then keeps the server's answer", async () => {
    let answer: (value: { status: number; body: unknown }) => void = () => {};
    appsApi({ "POST /accounts/zca-binh-minh/apps": () => new Promise((resolve) => (answer = resolve)) });
    await openApps();

    const linking = state().linkApp(ACCOUNT, "2957316048827193064");
    expect(names(account().apps)).toEqual(["Bình Minh Chăm sóc khách hàng", "Bình Minh Đặt lịch"]);
    expect(state().busy).toEqual({ "app:2957316048827193064": "link" });
    // The create flow's step 4 reads the same list: the app is now held by a ZCA.
    expect(apps().find((a) => a.id === "2957316048827193064")?.linkedAccountId).toBe(ACCOUNT);
    expect(newAppsFor(apps(), account())).toEqual([]);

    answer({ status: 201, body: { ...care, linkedAccountId: ACCOUNT } });
    expect(await linking).toBe(true);
    expect(state().busy).toEqual({});
  });

  it("takes a failed unlink back, and unlinks on retry", async () => {
    let fail = true;
    appsApi({
      "DELETE /accounts/zca-binh-minh/apps/1864203957731480522": () => {
        if (fail) throw new TypeError("Failed to fetch");
        return { status: 204 };
      },
    });
    await openApps();
    expect(await state().unlinkApp(ACCOUNT, "1864203957731480522")).toBe(false);
    expect(names(account().apps)).toEqual(["Bình Minh Đặt lịch"]);
    expect(apps().find((a) => a.id === "1864203957731480522")?.linkedAccountId).toBe(ACCOUNT);
    expect(state().failure).toMatchObject({ kind: "app", action: "unlink", name: "Bình Minh Đặt lịch" });

    fail = false;
    expect(await state().retry()).toBe(true);
    expect(account().apps).toEqual([]);
    expect(newAppsFor(apps(), account()).map((a) => a.id)).toEqual([
      "2957316048827193064",
      "1864203957731480522",
    ]);
  });

  it("creates an app only once the server made it, and adds it to both lists", async () => {
    const created: App = {
      id: "5120847736190452218",
      name: "Cong ty TNHH Binh Minh",
      linkedAccountId: ACCOUNT,
      declaredBy: null,
    };
    let answer: (value: { status: number; body: unknown }) => void = () => {};
    const api = appsApi({
      "POST /accounts/zca-binh-minh/apps": () => new Promise((resolve) => (answer = resolve)),
    });
    await openApps();

    const creating = state().createApp(ACCOUNT);
    expect(state().busy).toEqual({ "app:new": "create" });
    expect(account().apps).toHaveLength(1);
    expect(await state().createApp(ACCOUNT)).toBe(false);

    answer({ status: 201, body: created });
    expect(await creating).toBe(true);
    expect(api.calls.filter((c) => c.method === "POST")).toHaveLength(1);
    expect(account().apps.map((a) => a.id)).toEqual(["1864203957731480522", "5120847736190452218"]);
    expect(apps().map((a) => a.id)).toContain("5120847736190452218");
  });

  it("never sends a link of an app another ZCA holds", async () => {
    const api = binhApi({
      "GET /apps": (r) => ({ body: pageOf([{ ...care, linkedAccountId: "zca-other" }], r.query) }),
    });
    await openApps();
    expect(await state().linkApp(ACCOUNT, "2957316048827193064")).toBe(false);
    expect(api.calls.filter((c) => c.method === "POST")).toHaveLength(0);
  });
});
