// A person proves they administer an OA through Zalo's OA authorization, played here by the
// local stand-in, which checks what Zalo checks (app id, redirect_uri, secret_key, PKCE S256,
// single-use codes and refresh tokens).
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StandInOa } from "../../server/dev/zalo-standin";
import { auditEvents, oaAdmins, oaGrants, oas, oaTokens } from "../../server/db/schema";
import { memoryLog } from "../support/log";
import { countRows, createBody } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";
import { startTestServer, type TestServer } from "./helpers/server";

const ZALO_OAS: StandInOa[] = [
  {
    id: "oa-hoa",
    name: "Hoa tươi Minh Châu",
    verified: true,
    category: "Mua sắm",
    followers: 5230,
    admins: ["chau", "dung"],
  },
  {
    id: "oa-an-banhmi",
    name: "Bánh mì An Nhiên",
    verified: true,
    category: "Ẩm thực",
    followers: 1890,
    admins: ["an"],
  },
  { id: "oa-pho", name: "Phở Gánh", verified: false, category: "Ẩm thực", followers: 12, admins: ["chau"] },
  {
    id: "oa-elsewhere",
    name: "Tiệm may Sài Gòn",
    verified: true,
    category: "Thời trang",
    followers: 900,
    admins: ["chau"],
    linkedAccount: "zca-outside-1",
  },
];

const log: Record<string, unknown>[] = [];
const logText = () => log.map((line) => JSON.stringify(line));
/** The OA grants' clock: a test moves it forward, the rest of the file runs on real time. */
let clockOffset = 0;
const { server, tokens } = freshServer({
  people: ["chau", "dung", "an", "binh"],
  server: {
    zaloOas: ZALO_OAS,
    log: memoryLog(log),
    oaClock: () => Date.now() + clockOffset,
  },
});
/** Rows of the seeded directory, before any grant. */
let seeded: { oas: number; admins: number; tokens: number };
beforeEach(async () => {
  clockOffset = 0;
  seeded ??= await recorded();
});

const answers: string[] = [];

/** A browser: the cookies it was given (by name), and the language it asks pages in. */
interface Browser {
  cookies: Map<string, string>;
  lang: string;
  /** Every Set-Cookie header it received, whole. */
  setCookies: string[];
}
const newBrowser = (lang = "vi-VN,vi;q=0.9"): Browser => ({ cookies: new Map(), lang, setCookies: [] });

interface Visit {
  status: number;
  text: string;
  location: string | null;
  headers: Headers;
}

/** One request of `browser` (redirects not followed), keeping the cookies it is given. */
async function visit(
  browser: Browser,
  url: string,
  init: { form?: Record<string, string> } = {},
): Promise<Visit> {
  const headers: Record<string, string> = { "Accept-Language": browser.lang };
  if (browser.cookies.size > 0)
    headers.Cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  if (init.form) headers["Content-Type"] = "application/x-www-form-urlencoded";
  const res = await fetch(url, {
    method: init.form ? "POST" : "GET",
    headers,
    body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    redirect: "manual",
  });
  const text = await res.text();
  answers.push(text, JSON.stringify([...res.headers]));
  for (const cookie of res.headers.getSetCookie()) {
    browser.setCookies.push(cookie);
    const [pair = ""] = cookie.split(";");
    const [name = "", value = ""] = pair.split("=");
    if (/max-age=0/i.test(cookie) || value === "") browser.cookies.delete(name);
    else browser.cookies.set(name, value);
  }
  return { status: res.status, text, location: res.headers.get("location"), headers: res.headers };
}

async function startGrant(person: string, lang = "vi") {
  const res = await server.post("/api/oa-grants", tokens[person], { lang });
  answers.push(res.text);
  expect(res.status).toBe(201);
  return res.body as { id: string; url: string; expiresAt: string };
}

/** The app's link opened in `browser`: our API binds the grant to it and sends it on to Zalo. */
async function open(grantUrl: string, browser: Browser): Promise<string> {
  const res = await visit(browser, grantUrl);
  expect(res.status, res.text).toBe(302);
  return res.location!;
}

/**
 * The person on Zalo's permission page: allows `oaId` (or refuses), and is sent back. `as` is the
 * Zalo user looking at the page: the stand-in learns it from the URL (Zalo, from its sign-in).
 */
async function decide(browser: Browser, zaloUrl: string, choice: { allow: string } | "deny", as?: string) {
  const url = new URL(zaloUrl);
  if (as) url.searchParams.set("dev_person", as);
  const page = await visit(browser, url.toString());
  expect(page.status).toBe(200);
  const links = [...page.text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
  const link =
    choice === "deny"
      ? links.find((l) => l.includes("decision=deny"))
      : links.find((l) => l.includes("decision=allow") && l.includes(`oa_id=${choice.allow}`));
  expect(link, `the permission page offers ${JSON.stringify(choice)}`).toBeTruthy();
  const redirect = await visit(browser, new URL(link!, url).toString());
  expect(redirect.status).toBe(302);
  return redirect.location!;
}

const callback = (browser: Browser, location: string) => visit(browser, location);

/** The confirmation form's fields, as the page carries them. */
function formOf(page: Visit): Record<string, string> {
  expect(page.text).toContain('<form method="post" action="confirm">');
  const fields = [...page.text.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)];
  return Object.fromEntries(fields.map((m) => [m[1]!, m[2]!]));
}

/** The person's answer on the confirmation page (Xác nhận or Hủy), sent as the form sends it. */
function answer(browser: Browser, callbackUrl: string, page: Visit, decision: "confirm" | "cancel") {
  return visit(browser, new URL("confirm", callbackUrl).toString(), { form: { ...formOf(page), decision } });
}

const grantStatus = async (person: string, id: string) =>
  (await server.get(`/api/oa-grants/${id}`, tokens[person])).body;

async function recorded() {
  const [oasCount, admins, tokenRows] = await Promise.all(
    ["oas", "oa_admins", "oa_tokens"].map((table) => countRows(server.db, table)),
  );
  return { oas: oasCount, admins, tokens: tokenRows };
}

/** The whole path in one browser: the app's link, Zalo's page, the callback, "Xác nhận". */
async function grantOa(person: string, oaId: string, lang = "vi") {
  const browser = newBrowser();
  const grant = await startGrant(person, lang);
  const location = await decide(browser, await open(grant.url, browser), { allow: oaId });
  const confirmation = await callback(browser, location);
  expect(confirmation.status, confirmation.text).toBe(200);
  const page = await answer(browser, location, confirmation, "confirm");
  return { grant, page, browser };
}

describe("adding an OA through Zalo's OA authorization", () => {
  it("shows the dev stand-in's permission page in the language the grant was started in, its buttons named as the app names them", async () => {
    for (const [lang, words] of [
      ["vi", ["Cho phép", "Từ chối", "Ứng dụng Zalo Cloud Account muốn truy cập Official Account của bạn"]],
      ["en", ["Allow", "Deny", "The Zalo Cloud Account app wants to access your Official Account"]],
    ] as const) {
      const browser = newBrowser();
      const zaloUrl = await open((await startGrant("chau", lang)).url, browser);
      expect(new URL(zaloUrl).searchParams.get("lang")).toBe(lang);
      const page = await visit(browser, zaloUrl);
      expect(page.text).toContain(`<html lang="${lang}">`);
      for (const word of words) expect(page.text).toContain(`>${word}<`);
    }
  });

  it("opens our link once, binds the grant to that browser, and lists the OA only after the person confirms", async () => {
    const grant = await startGrant("chau");
    const link = new URL(grant.url);
    expect(link.origin + link.pathname).toBe(`${server.url}/api/oa-grants/${grant.id}/open`);
    expect(link.searchParams.get("ticket")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(grant.expiresAt).getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(await grantStatus("chau", grant.id)).toEqual({ status: "pending" });
    const [row] = await server.db.select().from(oaGrants).where(eq(oaGrants.id, grant.id));
    expect(JSON.stringify(row)).not.toContain(link.searchParams.get("ticket"));

    const browser = newBrowser();
    const url = new URL(await open(grant.url, browser));
    expect(url.pathname).toBe("/v4/oa/permission");
    expect(url.searchParams.get("redirect_uri")).toBe(`${server.url}/api/oa-grants/callback`);
    expect(url.searchParams.get("state")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(browser.setCookies).toHaveLength(1);
    const cookie = browser.setCookies[0]!;
    expect(cookie).toMatch(new RegExp(`^zca_${grant.id}=[A-Za-z0-9_-]{43};`));
    for (const attribute of ["HttpOnly", "Secure", "SameSite=Lax", "Path=/api/oa-grants"]) {
      expect(cookie.split("; ")).toContain(attribute);
    }
    expect(Number(/Max-Age=(\d+)/.exec(cookie)?.[1])).toBeGreaterThan(9 * 60);

    const location = await decide(browser, url.toString(), { allow: "oa-hoa" });
    const confirmation = await callback(browser, location);
    expect(confirmation.status).toBe(200);
    expect(confirmation.text).toContain("OA Hoa tươi Minh Châu sẽ được thêm cho Lê Minh Châu · •••••••003");
    expect(confirmation.text).toMatch(/<button type="submit" name="decision" value="confirm">Xác nhận</);
    expect(confirmation.text).toMatch(/<button type="submit" name="decision" value="cancel"[^>]*>Hủy</);
    expect(confirmation.headers.get("content-security-policy")).toContain("form-action 'self'");
    // Zalo's code is spent, but nothing is credited before the person says so.
    expect(await recorded()).toEqual(seeded);
    expect(await grantStatus("chau", grant.id)).toEqual({ status: "pending" });

    const page = await answer(browser, location, confirmation, "confirm");
    expect(
      page.status,
      logText()
        .filter((l) => l.includes("error"))
        .join("\n"),
    ).toBe(200);
    expect(page.text).toContain("Đã thêm OA “Hoa tươi Minh Châu”");
    expect(browser.cookies.size).toBe(0);
    expect(await grantStatus("chau", grant.id)).toMatchObject({
      status: "done",
      oa: { id: "oa-hoa", verified: true },
    });
    const listed = (await server.get("/api/oas", tokens.chau)).body;
    expect(listed).toEqual([
      expect.objectContaining({
        id: "oa-hoa",
        name: "Hoa tươi Minh Châu",
        linkable: true,
        reauthorize: false,
      }),
    ]);
    const [admin] = await server.db.select().from(oaAdmins).where(eq(oaAdmins.oaId, "oa-hoa"));
    expect(admin).toMatchObject({ personId: "chau", source: "zalo_grant", revokedAt: null });
    expect(server.zalo!.calls.map((c) => c.grantType ?? c.path)).toEqual([
      "/v4/oa/permission",
      "authorization_code",
      "/v2.0/oa/getoa",
    ]);
  });

  it("answers the pages in the language the person chose in the app", async () => {
    const browser = newBrowser();
    const grant = await startGrant("chau", "en");
    const location = await decide(browser, await open(grant.url, browser), { allow: "oa-hoa" });
    const confirmation = await callback(browser, location);
    expect(confirmation.text).toContain('<html lang="en">');
    expect(confirmation.text).toContain(
      "The OA Hoa tươi Minh Châu will be added for Lê Minh Châu · •••••••003",
    );
    const page = await answer(browser, location, confirmation, "confirm");
    expect(page.text).toContain("The OA “Hoa tươi Minh Châu” was added to your OAs.");
  });

  it("lists an unverified OA and one Zalo says is linked to another ZCA, each with its reason", async () => {
    await grantOa("chau", "oa-pho");
    await grantOa("chau", "oa-elsewhere");
    const listed = (await server.get("/api/oas", tokens.chau)).body as { id: string; reason?: string }[];
    expect(Object.fromEntries(listed.map((o) => [o.id, o.reason]))).toEqual({
      "oa-pho": "oa_not_verified",
      "oa-elsewhere": "oa_linked_elsewhere",
    });
    const refused = await server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-elsewhere" }), {
      "Idempotency-Key": "create-elsewhere-1",
    });
    expect(refused.body.error.code).toBe("oa_linked_elsewhere");
  });

  it("creates a ZCA with the granted OA; a second admin's grant of it then cannot link it elsewhere", async () => {
    await grantOa("chau", "oa-hoa");
    const created = await server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "create-hoa-0001",
    });
    expect(created.status).toBe(201);

    await grantOa("dung", "oa-hoa");
    const hoaForDung = async () =>
      ((await server.get("/api/oas", tokens.dung)).body as { id: string }[]).find((o) => o.id === "oa-hoa");
    expect(await hoaForDung()).toMatchObject({
      linkable: false,
      reason: "oa_linked_elsewhere",
      linkedAccountId: created.body.id,
    });
    const refused = await server.post("/api/accounts", tokens.dung, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "create-hoa-0002",
    });
    expect(refused.body.error.code).toBe("oa_linked_elsewhere");

    await server.del(`/api/accounts/${created.body.id}/oas/oa-hoa`, tokens.chau);
    expect(await hoaForDung()).toMatchObject({ linkable: true });
  });

  it("keeps one OA row when ten grants of it complete at once", async () => {
    const pages = await Promise.all(Array.from({ length: 10 }, () => grantOa("chau", "oa-hoa")));
    expect(pages.map((p) => p.page.status)).toEqual(Array(10).fill(200));
    expect(await recorded()).toEqual({ oas: seeded.oas + 1, admins: seeded.admins + 1, tokens: 1 });
  });
});

describe("a grant credits only the browser that started it, and only once it confirms", () => {
  it("gives nobody An's OA when Châu forwards Zalo's page to An and he allows it, and tells An in his language", async () => {
    const chau = newBrowser();
    const grant = await startGrant("chau", "vi");
    const zaloPage = await open(grant.url, chau);
    // An, whose browser speaks English, allows his OA on the page Châu sent him.
    const an = newBrowser("en-US,en;q=0.9,vi;q=0.5");
    const location = await decide(an, zaloPage, { allow: "oa-an-banhmi" }, "an");
    const page = await callback(an, location);
    expect(page.status).toBe(400);
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain("Someone else started this authorization link");
    expect(page.text).toContain("no OA was given to anyone");
    expect(page.text).not.toContain("<form");
    expect(await recorded()).toEqual(seeded);
    expect(await grantStatus("chau", grant.id)).toMatchObject({ status: "failed", error: "other_browser" });
    // His code was never exchanged: no one holds a token of his OA.
    expect(server.zalo!.calls.filter((c) => c.grantType === "authorization_code")).toHaveLength(0);

    // Châu, with the grant's cookie, replaying the redirect she got back: nothing either.
    const again = await callback(chau, location);
    expect(again.status).toBe(400);
    expect(again.text).toMatch(/không hợp lệ hoặc đã được dùng/);
    expect(await recorded()).toEqual(seeded);
    const listed = (await server.get("/api/oas", tokens.chau)).body as unknown[];
    expect(listed).toEqual([]);
  });

  it("tells a Vietnamese approver in Vietnamese, whatever language the grant was started in", async () => {
    const grant = await startGrant("chau", "en");
    const zaloPage = await open(grant.url, newBrowser());
    const an = newBrowser("vi");
    const page = await callback(an, await decide(an, zaloPage, { allow: "oa-an-banhmi" }, "an"));
    expect(page.text).toContain('<html lang="vi">');
    expect(page.text).toContain("do người khác bắt đầu");
    expect(page.text).toContain("không có OA nào được cấp cho ai");
  });

  it("refuses a browser holding another grant's cookie, by its name or by its value", async () => {
    const chau = newBrowser();
    const first = await startGrant("chau");
    const second = await startGrant("chau");
    const location = await decide(chau, await open(first.url, chau), { allow: "oa-hoa" });
    const other = newBrowser();
    await open(second.url, other);
    const secondCookie = other.cookies.get(`zca_${second.id}`)!;
    // The other grant's cookie, as it is …
    expect((await callback(other, location)).text).toMatch(/do người khác bắt đầu/);
    expect(await grantStatus("chau", first.id)).toMatchObject({ status: "failed", error: "other_browser" });

    // … or its value under this grant's name.
    const third = await startGrant("chau");
    const thirdLocation = await decide(chau, await open(third.url, chau), { allow: "oa-hoa" });
    const forged = newBrowser();
    forged.cookies.set(`zca_${third.id}`, secondCookie);
    expect((await callback(forged, thirdLocation)).text).toMatch(/do người khác bắt đầu/);
    expect(await recorded()).toEqual(seeded);
  });

  it("shows An, who opened Châu's forwarded app link, whom his OA would go to; his “Hủy” gives it to no one", async () => {
    const grant = await startGrant("chau");
    const an = newBrowser();
    const location = await decide(an, await open(grant.url, an), { allow: "oa-an-banhmi" }, "an");
    const confirmation = await callback(an, location);
    expect(confirmation.status).toBe(200);
    expect(confirmation.text).toContain("OA Bánh mì An Nhiên sẽ được thêm cho Lê Minh Châu · •••••••003");
    expect(await recorded()).toEqual(seeded);

    const cancelled = await answer(an, location, confirmation, "cancel");
    expect(cancelled.status).toBe(200);
    expect(cancelled.text).toContain("Bạn đã hủy nên chưa có OA nào được thêm cho ai.");
    expect(await grantStatus("chau", grant.id)).toMatchObject({ status: "refused", error: "cancelled" });
    // A "Xác nhận" sent after the cancel (the form kept, replayed) adds nothing.
    an.cookies.set(`zca_${grant.id}`, /zca_[^=]+=([^;]+)/.exec(an.setCookies[0]!)![1]!);
    const late = await answer(an, location, confirmation, "confirm");
    expect(late.status).toBe(400);
    expect(await recorded()).toEqual(seeded);
    const [row] = await server.db.select().from(oaGrants).where(eq(oaGrants.id, grant.id));
    expect(row).toMatchObject({ pendingOa: null, pendingTokens: null });
  });

  it("opens the app's link once: a second use binds nothing and says so", async () => {
    const grant = await startGrant("chau");
    const first = newBrowser();
    const zaloPage = await open(grant.url, first);
    for (const browser of [first, newBrowser()]) {
      const again = await visit(browser, grant.url);
      expect(again.status).toBe(400);
      expect(again.text).toContain("Đường dẫn này đã được mở một lần và không dùng lại được.");
      expect(again.headers.getSetCookie()).toEqual([]);
    }
    // The first browser still finishes.
    const location = await decide(first, zaloPage, { allow: "oa-hoa" });
    const confirmation = await callback(first, location);
    expect((await answer(first, location, confirmation, "confirm")).status).toBe(200);
  });

  it("opens the app's link only within two minutes", async () => {
    const inTime = await startGrant("chau");
    const late = await startGrant("chau", "en");
    clockOffset = 2 * 60_000 - 2000;
    expect((await visit(newBrowser(), inTime.url)).status).toBe(302);
    clockOffset = 2 * 60_000 + 1000;
    const refused = await visit(newBrowser(), late.url);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('<html lang="en">');
    expect(refused.text).toContain("This link can only be opened within 2 minutes");
    expect(refused.headers.getSetCookie()).toEqual([]);
    expect(await grantStatus("chau", late.id)).toEqual({ status: "expired" });
  });

  it("refuses a ticket of another grant, a forged one and none at all", async () => {
    const mine = await startGrant("chau");
    const other = await startGrant("dung");
    const ticket = (url: string) => new URL(url).searchParams.get("ticket")!;
    const link = (ticketValue: string | null) => {
      const url = new URL(mine.url);
      if (ticketValue === null) url.searchParams.delete("ticket");
      else url.searchParams.set("ticket", ticketValue);
      return url.toString();
    };
    for (const forged of [ticket(other.url), "x".repeat(43), "", "<script>", null]) {
      const res = await visit(newBrowser(), link(forged));
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/không hợp lệ/);
      expect(res.headers.getSetCookie()).toEqual([]);
    }
    const unknown = await visit(newBrowser(), other.url.replace(other.id, "grant-missing"));
    expect(unknown.status).toBe(400);
    // Both real tickets still open their own grant.
    expect((await visit(newBrowser(), mine.url)).status).toBe(302);
    expect((await visit(newBrowser(), other.url)).status).toBe(302);
  });

  it("adds nothing for a confirmation without the form's token, with a wrong one, or without the cookie", async () => {
    const browser = newBrowser();
    const grant = await startGrant("chau");
    const location = await decide(browser, await open(grant.url, browser), { allow: "oa-hoa" });
    const confirmation = await callback(browser, location);
    const form = formOf(confirmation);
    const post = (b: Browser, fields: Record<string, string>) =>
      visit(b, new URL("confirm", location).toString(), { form: fields });

    const other = newBrowser();
    const otherGrant = await startGrant("chau");
    const otherPage = await callback(
      other,
      await decide(other, await open(otherGrant.url, other), { allow: "oa-hoa" }),
    );
    const tries: Record<string, string>[] = [
      { grant: form.grant!, decision: "confirm" },
      { ...form, csrf: "A".repeat(43), decision: "confirm" },
      { ...form, csrf: formOf(otherPage).csrf!, decision: "confirm" },
      { ...form, decision: "yes" },
    ];
    for (const fields of tries) {
      const res = await post(browser, fields);
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/không hợp lệ/);
    }
    const withoutCookie = await post(newBrowser(), { ...form, decision: "confirm" });
    expect(withoutCookie.status).toBe(400);
    expect(withoutCookie.text).toMatch(/do người khác bắt đầu/);
    expect(await recorded()).toEqual(seeded);
    expect(await grantStatus("chau", grant.id)).toEqual({ status: "pending" });

    // The person's own form still works afterwards.
    expect((await answer(browser, location, confirmation, "confirm")).status).toBe(200);
  });

  it("credits once when the confirmation is sent twice at the same time, and refuses a replay", async () => {
    const browser = newBrowser();
    const grant = await startGrant("chau");
    const location = await decide(browser, await open(grant.url, browser), { allow: "oa-hoa" });
    const confirmation = await callback(browser, location);
    const cookies = new Map(browser.cookies);
    const twice = await Promise.all([
      answer(browser, location, confirmation, "confirm"),
      answer({ ...browser, cookies: new Map(cookies) }, location, confirmation, "confirm"),
    ]);
    expect(twice.map((p) => p.status).sort()).toEqual([200, 400]);
    const replay = await answer({ ...browser, cookies }, location, confirmation, "confirm");
    expect(replay.status).toBe(400);
    expect(await recorded()).toEqual({ oas: seeded.oas + 1, admins: seeded.admins + 1, tokens: 1 });
    expect(await server.db.$count(auditEvents, eq(auditEvents.action, "oa_grant.done"))).toBe(1);
  });

  it("marks a grant failed, not left exchanging, when the exchange meets an unexpected error", async () => {
    const browser = newBrowser();
    const grant = await startGrant("chau");
    const location = await decide(browser, await open(grant.url, browser), { allow: "oa-hoa" });
    // A verifier that no longer opens (sealed under a key the server does not have).
    await server.db
      .update(oaGrants)
      .set({ codeVerifier: "v1.AAAA.AAAA.AAAA" })
      .where(eq(oaGrants.id, grant.id));
    const page = await callback(browser, location);
    expect(page.status).toBe(500);
    const [row] = await server.db.select().from(oaGrants).where(eq(oaGrants.id, grant.id));
    expect(row).toMatchObject({ status: "failed", error: "internal" });
    expect(await grantStatus("chau", grant.id)).toMatchObject({ status: "failed" });
    expect(await recorded()).toEqual(seeded);
  });
});

describe("what the callback refuses, recording nothing", () => {
  async function expectNothingRecorded(page: { status: number; text: string }, sentence: RegExp) {
    expect(page.status).toBe(400);
    expect(page.text).toMatch(sentence);
    expect(await recorded()).toEqual(seeded);
  }

  /** A grant opened in its own browser and allowed on Zalo's page: where Zalo sends it back. */
  async function allowed(oaId = "oa-hoa") {
    const browser = newBrowser();
    const grant = await startGrant("chau");
    const location = await decide(browser, await open(grant.url, browser), { allow: oaId });
    return { browser, grant, location };
  }

  it("refuses a replayed state: a reload shows the same confirmation, a use after it adds nothing", async () => {
    const { browser, location } = await allowed();
    const confirmation = await callback(browser, location);
    expect(confirmation.status).toBe(200);
    // A reload of the page (the webview reloading) asks Zalo nothing more.
    const reload = await callback(browser, location);
    expect(reload.status).toBe(200);
    expect(formOf(reload)).toEqual(formOf(confirmation));
    expect(server.zalo!.calls.filter((c) => c.grantType === "authorization_code")).toHaveLength(1);
    expect((await answer(browser, location, reload, "confirm")).status).toBe(200);
    await server.db.delete(oaAdmins).where(eq(oaAdmins.oaId, "oa-hoa"));
    await server.db.delete(oaTokens);
    const again = await callback(browser, location);
    expect(again.status).toBe(400);
    expect(again.text).toMatch(/không hợp lệ hoặc đã được dùng/);
    expect((await recorded()).admins).toBe(seeded.admins);
    expect(server.zalo!.calls.filter((c) => c.grantType === "authorization_code")).toHaveLength(1);
  });

  it("refuses an expired state and marks the grant expired", async () => {
    const { browser, grant, location } = await allowed();
    clockOffset = 10 * 60_000 + 1000;
    await expectNothingRecorded(await callback(browser, location), /quá 10 phút/);
    expect(await grantStatus("chau", grant.id)).toMatchObject({ status: "expired" });
  });

  it("refuses a confirmation sent after the grant's ten minutes", async () => {
    const { browser, grant, location } = await allowed();
    const confirmation = await callback(browser, location);
    clockOffset = 10 * 60_000 + 1000;
    await expectNothingRecorded(await answer(browser, location, confirmation, "confirm"), /quá 10 phút/);
    expect(await grantStatus("chau", grant.id)).toMatchObject({ status: "expired" });
  });

  it("refuses a tampered state, a foreign one, and none at all", async () => {
    const { browser, location: raw } = await allowed();
    const location = new URL(raw);
    const state = location.searchParams.get("state")!;
    for (const forged of [
      `${state.slice(0, -1)}${state.endsWith("A") ? "B" : "A"}`,
      "x".repeat(43),
      "",
      "<script>",
    ]) {
      const url = new URL(location);
      url.searchParams.set("state", forged);
      await expectNothingRecorded(await callback(browser, url.toString()), /không hợp lệ/);
    }
    // The person's real redirect still works afterwards.
    expect((await callback(browser, location.toString())).status).toBe(200);
  });

  it("records a refusal on Zalo's page as refused", async () => {
    const browser = newBrowser();
    const grant = await startGrant("chau");
    const location = await decide(browser, await open(grant.url, browser), "deny");
    await expectNothingRecorded(await callback(browser, location), /chưa cho phép/);
    expect(await grantStatus("chau", grant.id)).toMatchObject({ status: "refused" });
  });

  it("refuses a redirect whose OA is not the one Zalo's token belongs to", async () => {
    const { browser, grant, location: raw } = await allowed();
    const location = new URL(raw);
    location.searchParams.set("oa_id", "oa-pho");
    await expectNothingRecorded(
      await callback(browser, location.toString()),
      /không xác nhận được quyền admin/,
    );
    expect(await grantStatus("chau", grant.id)).toMatchObject({ status: "failed", error: "oa_mismatch" });
  });

  it("refuses when Zalo refuses the code (HTTP 200 with a negative error): a code used twice", async () => {
    const first = await allowed();
    const location = new URL(first.location);
    // Another grant's state with the first grant's (already exchanged) code.
    expect((await callback(first.browser, location.toString())).status).toBe(200);
    await server.reset();
    tokens.chau = await server.signIn("chau");
    const second = await allowed();
    location.searchParams.set("state", new URL(second.location).searchParams.get("state")!);
    await expectNothingRecorded(
      await callback(second.browser, location.toString()),
      /không xác nhận được quyền admin/,
    );
    expect(await grantStatus("chau", second.grant.id)).toMatchObject({
      status: "failed",
      error: "zalo_rejected",
    });
  });

  it("does not let one person follow another's grant", async () => {
    const grant = await startGrant("chau");
    expect((await server.get(`/api/oa-grants/${grant.id}`, tokens.dung)).status).toBe(404);
    expect((await server.get(`/api/oa-grants/${grant.id}`)).status).toBe(401);
  });
});

describe("keeping what Zalo said true", () => {
  const makeStale = () =>
    server.db
      .update(oas)
      .set({ refreshedAt: new Date(Date.now() - 2 * 60 * 60_000) })
      .where(eq(oas.id, "oa-hoa"));

  it("asks Zalo again before creating with an OA described over an hour ago, and takes its new word", async () => {
    await grantOa("chau", "oa-hoa");
    server.zalo!.update("oa-hoa", { name: "Hoa tươi Minh Châu (mới)", verified: false });
    await makeStale();
    const refused = await server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "create-stale-01",
    });
    expect(refused.body.error.code).toBe("oa_not_verified");
    const [row] = await server.db.select().from(oas).where(eq(oas.id, "oa-hoa"));
    expect(row).toMatchObject({ name: "Hoa tươi Minh Châu (mới)", verified: false });
    expect(server.zalo!.calls.filter((c) => c.grantType === "refresh_token")).toHaveLength(1);
  });

  it("does not ask Zalo again within the hour", async () => {
    await grantOa("chau", "oa-hoa");
    await server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "create-fresh-1",
    });
    expect(server.zalo!.calls.filter((c) => c.grantType === "refresh_token")).toHaveLength(0);
  });

  it("marks the OA for re-authorization when Zalo no longer honours the grant, and refuses to use it", async () => {
    await grantOa("chau", "oa-hoa");
    server.zalo!.revoke("oa-hoa");
    await makeStale();
    const refused = await server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "create-revoked1",
    });
    expect(refused.body.error.code).toBe("oa_not_admin");
    expect((await server.get("/api/oas", tokens.chau)).body).toEqual([
      expect.objectContaining({ id: "oa-hoa", reauthorize: true, linkable: false, reason: "oa_reauthorize" }),
    ]);

    // Authorizing again (the same button) restores it.
    await grantOa("chau", "oa-hoa");
    expect((await server.get("/api/oas", tokens.chau)).body[0]).toMatchObject({
      reauthorize: false,
      linkable: true,
    });
  });

  it("treats a refresh token used twice as a grant Zalo no longer honours", async () => {
    await grantOa("chau", "oa-hoa");
    const [before] = await server.db.select().from(oaTokens);
    await makeStale();
    // This creation is refused (old terms), after the OA was refreshed: the refresh token is used.
    const old = await server.post(
      "/api/accounts",
      tokens.chau,
      createBody({ oaId: "oa-hoa", termsVersion: "2020-01-01" }),
      {
        "Idempotency-Key": "old-terms-01",
      },
    );
    expect(old.body.error.code).toBe("terms_not_accepted");
    expect(server.zalo!.calls.filter((c) => c.grantType === "refresh_token")).toHaveLength(1);
    // A write lost after that refresh would leave the used token to be tried again.
    await server.db.update(oaTokens).set({ refreshToken: before!.refreshToken });
    await makeStale();
    const refused = await server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "create-twice-1",
    });
    expect(refused.body.error.code).toBe("oa_not_admin");
    expect((await server.get("/api/oas", tokens.chau)).body[0]).toMatchObject({ reauthorize: true });
  });

  it("refuses a person who may not use the OA before asking Zalo, so nobody else spends its refresh token", async () => {
    await grantOa("chau", "oa-hoa");
    const created = await server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "create-hoa-refuse",
    });
    expect(created.status).toBe(201);
    await server.del(`/api/accounts/${created.body.id}/oas/oa-hoa`, tokens.chau);
    await makeStale();
    // Dũng administers the OA on Zalo but never proved it here; Bình and Dũng are no members of
    // Châu's ZCA, and Bình administers no such OA.
    const dung = await server.post("/api/accounts", tokens.dung, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "create-dung-hoa",
    });
    expect(dung.body.error.code).toBe("oa_not_admin");
    const intoOther = await server.post(`/api/accounts/${created.body.id}/oas`, tokens.dung, {
      oaId: "oa-hoa",
    });
    expect(intoOther.body.error.code).toBe("forbidden");
    const intoHers = await server.post("/api/accounts/zca-binh-minh/oas", tokens.binh, { oaId: "oa-hoa" });
    expect(intoHers.body.error.code).toBe("oa_not_admin");
    expect(server.zalo!.calls.filter((c) => c.grantType === "refresh_token")).toHaveLength(0);
    expect((await server.get("/api/oas", tokens.chau)).body[0]).toMatchObject({ reauthorize: false });
  });

  it("runs one refresh at a time for one OA, however many links ask at once", async () => {
    await grantOa("chau", "oa-hoa");
    await makeStale();
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-hoa" }), {
          "Idempotency-Key": `parallel-${i}-xx`,
        }),
      ),
    );
    expect(server.zalo!.calls.filter((c) => c.grantType === "refresh_token")).toHaveLength(1);
    expect((await server.get("/api/oas", tokens.chau)).body[0]).toMatchObject({ reauthorize: false });
  });
});

describe("Zalo's tokens stay on the server", () => {
  it("never puts an access or refresh token in an answer, a page, a log line or the database in clear", async () => {
    await grantOa("chau", "oa-hoa");
    const issued = server.zalo!.issued;
    expect(issued.length).toBeGreaterThan(0);
    const stored = JSON.stringify(await server.db.select().from(oaTokens));
    for (const token of issued) {
      for (const text of [...answers, ...logText(), stored]) expect(text).not.toContain(token);
    }
  });
});

describe("the OA pages count apart from sign-ins", () => {
  // A server each: what one test spends of an address's allowance is not the other's.
  let limited: TestServer;
  beforeEach(async () => {
    limited = await startTestServer({
      zaloOas: ZALO_OAS,
      limits: { signInPerMinute: 2, oaGrantPagesPerMinute: 5 },
    });
  });
  afterEach(() => limited?.stop());

  it("answers Zalo's redirect and the confirmation when this address has used up its sign-ins", async () => {
    const token = await limited.signIn("chau");
    await limited.signIn("chau");
    expect((await limited.post("/api/session", undefined, { devPersona: "chau" })).status).toBe(429);

    const browser = newBrowser();
    const grant = (await limited.post("/api/oa-grants", token, { lang: "vi" })).body as { url: string };
    const location = await decide(browser, await open(grant.url, browser), { allow: "oa-hoa" });
    const confirmation = await callback(browser, location);
    expect(confirmation.status).toBe(200);
    expect((await answer(browser, location, confirmation, "confirm")).status).toBe(200);
  });

  it("limits the OA pages of one address on their own", async () => {
    // Five pages a minute for this address: five answer (a forged state: 400), the sixth is refused.
    const forged = `${limited.url}/api/oa-grants/callback?state=${"x".repeat(43)}`;
    for (let page = 0; page < 5; page++) expect((await visit(newBrowser(), forged)).status).toBe(400);
    expect((await visit(newBrowser(), forged)).status).toBe(429);
  });
});
