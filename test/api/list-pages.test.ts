// GET /api/oas and /api/apps a page at a time (?limit=&cursor=, keyset on name and id) and
// searched on the server (?q=, Vietnamese without diacritics); without ?limit= the whole list, as
// the app of today reads it.
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { issueSessionToken } from "../../server/auth/session-token";
import { appAdmins, apps, oaAdmins, oas, people } from "../../server/db/schema";
import { freshServer } from "./helpers/fresh-server";
import type { ApiResponse } from "./helpers/http";

const { server } = freshServer();
let hoa: string;

// Hoa administers 23 OAs and 7 apps, named as a Vietnamese business would name them.
const OA_NAMES = [
  "Bình Minh Nail",
  "Bánh mì Hòa Bình",
  "Cà phê Đường Phố",
  "Nhà hàng Sông Hương",
  "Học viện Bình Dương",
  "Tiệm bánh An Nhiên",
  ...Array.from({ length: 17 }, (_, i) => `Cửa hàng số ${String(i + 1).padStart(2, "0")}`),
];
const APP_NAMES = [
  "Đặt lịch Bình Minh",
  "POS An Nhiên",
  "Hoá đơn",
  "Kho hàng",
  "Giao hàng",
  "Zalo Shop",
  "Ưu đãi",
];

beforeEach(async () => {
  await server.db.insert(people).values({ id: "hoa", name: "Đỗ Thị Hoa", phone: "+84901000099" });
  const rows = OA_NAMES.map((name, i) => ({ id: `oa-hoa-${i}`, name, verified: i % 4 !== 3 }));
  await server.db.insert(oas).values(rows);
  await server.db.insert(oaAdmins).values(rows.map((oa) => ({ oaId: oa.id, personId: "hoa" })));
  const appRows = APP_NAMES.map((name, i) => ({ id: `80000000${i}`, name }));
  await server.db.insert(apps).values(appRows);
  await server.db.insert(appAdmins).values(appRows.map((app) => ({ appId: app.id, personId: "hoa" })));
  hoa = (await issueSessionToken(server.sessionSecret, "hoa", "dev")).token;
});

const names = (items: { name: string }[]) => items.map((i) => i.name);
const byName = (list: string[]) => [...list].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1));

/** Every page of `path` (with its own ?limit=) from `cursor` on, following nextCursor to the end. */
async function allPages(
  path: string,
  from?: string,
): Promise<{ pages: ApiResponse[]; items: { id: string; name: string }[] }> {
  const pages: ApiResponse[] = [];
  let cursor = from;
  do {
    const res = await server.get(`${path}${cursor ? `&cursor=${cursor}` : ""}`, hoa);
    expect(res.status).toBe(200);
    pages.push(res);
    cursor = res.body.nextCursor;
  } while (cursor && pages.length < 20);
  return { pages, items: pages.flatMap((p) => p.body.items) };
}

describe("GET /api/oas?limit=", () => {
  it("walks the whole list a page at a time in name order, without a cursor on the last page", async () => {
    const { pages, items } = await allPages("/api/oas?limit=10");
    expect(pages.map((p) => p.body.items.length)).toEqual([10, 10, 3]);
    expect(pages.at(-1)!.body).not.toHaveProperty("nextCursor");
    expect(names(items)).toEqual(byName(OA_NAMES));
    // The same OAs, with the same facts, as the whole list (which puts the linkable ones first).
    const whole = await server.get("/api/oas", hoa);
    expect(Array.isArray(whole.body)).toBe(true);
    expect(new Set(items.map((o) => JSON.stringify(o)))).toEqual(
      new Set(whole.body.map((o: object) => JSON.stringify(o))),
    );
    expect(whole.body.findIndex((o: { linkable: boolean }) => !o.linkable)).toBe(
      whole.body.filter((o: { linkable: boolean }) => o.linkable).length,
    );
  });

  it("an exact page ends with no cursor, and an empty list is one empty page", async () => {
    const exact = await server.get("/api/oas?limit=23", hoa);
    expect(exact.body.items).toHaveLength(23);
    expect(exact.body).not.toHaveProperty("nextCursor");
    const chau = await server.signIn("chau");
    const none = await server.get("/api/oas?limit=10", chau);
    expect(none.body).toEqual({ items: [] });
  });

  it("neither skips nor repeats an OA when OAs are added before the cursor between two pages", async () => {
    const first = await server.get("/api/oas?limit=5", hoa);
    await server.db.insert(oas).values({ id: "oa-hoa-new", name: "An Khang", verified: true });
    await server.db.insert(oaAdmins).values({ oaId: "oa-hoa-new", personId: "hoa" });
    const rest = await allPages("/api/oas?limit=5", first.body.nextCursor);
    expect([...names(first.body.items), ...names(rest.items)]).toEqual(byName(OA_NAMES));
  });

  it("follows an OA that Zalo renamed to its new place in the order", async () => {
    await server.db
      .update(oas)
      .set({ name: "Zeta Coffee" })
      .where(sql`${oas.id} = 'oa-hoa-0'`);
    const { items } = await allPages("/api/oas?limit=7");
    expect(items.at(-1)).toMatchObject({ id: "oa-hoa-0", name: "Zeta Coffee" });
    expect(items).toHaveLength(OA_NAMES.length);
  });
});

describe("GET /api/oas?q=", () => {
  it.each([
    ["binh", ["Bánh mì Hòa Bình", "Bình Minh Nail", "Học viện Bình Dương"]],
    ["BÌNH", ["Bánh mì Hòa Bình", "Bình Minh Nail", "Học viện Bình Dương"]],
    ["duong", ["Cà phê Đường Phố", "Học viện Bình Dương"]],
    // Ð (U+00D0), which some Vietnamese keyboards type for Đ.
    ["Ðuong", ["Cà phê Đường Phố", "Học viện Bình Dương"]],
    ["  song   huong ", ["Nhà hàng Sông Hương"]],
    // Decomposed (NFD) input, as some keyboards send it.
    ["Hu\u031Bo\u031B\u0300ng", ["Nhà hàng Sông Hương"]],
    ["cua hang so 1", byName(OA_NAMES.filter((n) => n.startsWith("Cửa hàng số 1")))],
    ["pizza", []],
  ])("finds %j without minding diacritics or case", async (q, expected) => {
    const whole = await server.get(`/api/oas?q=${encodeURIComponent(q)}`, hoa);
    expect(byName(names(whole.body))).toEqual(byName(expected));
    const paged = await allPages(`/api/oas?q=${encodeURIComponent(q)}&limit=2`);
    expect(names(paged.items)).toEqual(byName(expected));
  });

  it("searches only the person's own OAs", async () => {
    const an = await server.signIn("an");
    const res = await server.get("/api/oas?q=binh", an);
    expect(res.body).toEqual([]);
  });
});

describe("GET /api/apps", () => {
  it("answers the whole list without a limit, and pages in name order with one", async () => {
    const whole = await server.get("/api/apps", hoa);
    expect(names(whole.body)).toEqual(byName(APP_NAMES));
    const { pages, items } = await allPages("/api/apps?limit=3");
    expect(pages.map((p) => p.body.items.length)).toEqual([3, 3, 1]);
    expect(items).toEqual(whole.body);
  });

  it("searches the folded name", async () => {
    expect(names((await server.get("/api/apps?q=hoa don", hoa)).body)).toEqual(["Hoá đơn"]);
    expect(names((await server.get("/api/apps?q=uu dai&limit=5", hoa)).body.items)).toEqual(["Ưu đãi"]);
  });
});

const cursorOf = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString("base64url");

describe("refused page requests", () => {
  it.each([
    "/api/oas?limit=0",
    "/api/oas?limit=101",
    "/api/oas?limit=ten",
    "/api/oas?limit=5&cursor=not-ours",
    "/api/oas?cursor=WyJhIiwiYiJd",
    `/api/oas?q=${"a".repeat(101)}`,
    "/api/apps?limit=-1",
    "/api/apps?limit=5&cursor=WyJhIl0",
    // Issue 23, item 9: parts PostgreSQL's text refuses (a NUL) or that are not text at all.
    `/api/oas?limit=5&cursor=${cursorOf(["Bình\u0000", "oa-hoa-1"])}`,
    `/api/apps?limit=5&cursor=${cursorOf(["Kho hàng", "800000003\u0000"])}`,
    `/api/oas?limit=5&cursor=${cursorOf(["Bình", 1])}`,
    `/api/oas?limit=5&cursor=${cursorOf(["Bình", "oa-\udce4"])}`,
    `/api/apps?limit=5&cursor=${cursorOf(["\ud83d", "800000003"])}`,
  ])("%s → 400 invalid_input", async (path) => {
    const res = await server.get(path, hoa);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
  });
});
