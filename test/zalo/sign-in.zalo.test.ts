import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { people } from "../../server/db/schema";
import { subscriberDigits, ZALO_PEOPLE } from "../zalo-host/people";
import { ACTION, MPDS, PLATFORMS, ZALO_URL } from "../zalo-host/sdk";
import { APP_ID, screenshot, startZaloStack, type Phone, type ZaloStack } from "../zalo-host/stack";
import { button, phoneButton, startCreating } from "./support";

let stack: ZaloStack;
beforeAll(async () => {
  stack = await startZaloStack();
});
afterAll(() => stack?.stop());
afterEach(() => {
  expect(stack.violations()).toEqual([]);
});

const khanh = ZALO_PEOPLE.khanh;

describe.each(PLATFORMS)("signing in inside Zalo on %s", (platform) => {
  let phone: Phone;
  let page: Page;
  beforeAll(async () => {
    await stack.freshDatabase();
    phone = await stack.phone("khanh", platform);
  });
  afterAll(() => phone?.close());

  it("signs in a person Zalo knows and the API has never met, and keeps the session in Zalo's storage", async () => {
    page = await phone.open();
    await page.getByText(`Xin chào, ${khanh.name}`, { exact: true }).waitFor();
    await screenshot(page, `zalo-signed-in-${platform}`);
    const { host } = phone;

    // zmp-sdk's login: one action.jump.login, answered through the platform's kind of callback.
    const [login] = host.calls(ACTION.login);
    expect(host.calls(ACTION.login)).toHaveLength(1);
    expect(login!.callback).toMatch(platform === "iOS" ? /^function$/ : /^window\.onNativeMessage\("/);
    expect(login!.jsToken).toBe("");
    // …then the code and its PKCE verifier from its cookies, exchanged at Zalo's token endpoint.
    const [exchange] = host.httpCalls(ZALO_URL.accessToken);
    const form = new URLSearchParams(exchange!.body);
    expect(form.get("grant_type")).toBe("authorization_code");
    expect(form.get("app_id")).toBe(APP_ID);
    expect(form.get("code_verifier")).toMatch(/^emu-vrf-/);
    expect(host.records).toContainEqual({
      kind: "zjsbridge",
      method: "setJSToken",
      value: expect.any(String),
    });
    const accessToken = host.records
      .filter((r) => r.kind === "zjsbridge" && r.method === "setZAccSession")
      .at(-1);
    expect(accessToken).toMatchObject({ value: expect.stringMatching(/^emu-at-/) });

    // The API checked that token with the Graph API and recorded the person, without a phone.
    const sessions = stack.apiCalls.filter((c) => c.path === "/api/session");
    expect(sessions).toHaveLength(1);
    expect(JSON.parse(sessions[0]!.body!)).toEqual({ accessToken: (accessToken as { value: string }).value });
    expect(stack.graph.requests.map((r) => r.path)).toContain("/v2.0/me");
    const [row] = await stack.database.db.select().from(people).where(eq(people.id, khanh.id));
    expect(row).toMatchObject({ name: khanh.name, phone: null });

    // The session went to Zalo's nativeStorage (processActionMPDS), not the webview's localStorage.
    expect(JSON.parse(host.storage.get(APP_ID)!.get("zca.session")!)).toMatchObject({
      user: { id: khanh.id },
    });
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    const storage = host.records.filter((r) => r.kind === "mpds");
    const read = storage.findIndex(
      (r) => r.action === MPDS.get && JSON.stringify(r.data).includes("zca.session"),
    );
    const written = storage.findIndex(
      (r) => r.action === MPDS.set && "zca.session" in (r.data as { map: object }).map,
    );
    expect(read).toBeGreaterThanOrEqual(0);
    expect(written).toBeGreaterThan(read);
  });

  it("shares the phone when Zalo asks and the person allows it", async () => {
    await startCreating(page);
    await phoneButton(page).click();
    await page.getByText(`•••••••${khanh.phone.slice(-3)}`).waitFor();
    await button(page, "Tiếp tục").waitFor();
    await expect.poll(() => phoneButton(page).count()).toBe(0);
    const { host } = phone;

    const [ask] = host.calls(ACTION.phone);
    expect(host.calls(ACTION.phone)).toHaveLength(1);
    expect(ask).toMatchObject({ params: { forceUpdate: true }, outcome: "answered" });
    // Every action after the login carries the JS token the login answered (cookie zlink3rd).
    const jsToken = host.records.find((r) => r.kind === "zjsbridge" && r.method === "setJSToken");
    expect(ask!.jsToken).toBe((jsToken as { value: string }).value);
    // The host's mini app config lists the phone among the actions that need the person's
    // authorization: the SDK read the person's settings first.
    expect(host.httpCalls(ZALO_URL.authSettings)).toHaveLength(1);

    // The phone token went to the API with the access token, which exchanged it with Graph once.
    const withPhone = stack.apiCalls.filter(
      (c) => c.path === "/api/session" && c.body?.includes("phoneToken"),
    );
    expect(withPhone).toHaveLength(1);
    expect(JSON.parse(withPhone[0]!.body!).phoneToken).toMatch(/^emu-pt-/);
    expect(stack.graph.requests.filter((r) => r.path === "/v2.0/me/info")).toHaveLength(1);
    const [row] = await stack.database.db.select().from(people).where(eq(people.id, khanh.id));
    expect(subscriberDigits(row!.phone)).toBe(subscriberDigits(khanh.phone));
  });

  it("closing and reopening the mini app signs in from Zalo's storage, without Zalo's token endpoint", async () => {
    const { host } = phone;
    const tokenCalls = host.httpCalls(ZALO_URL.accessToken).length;
    const sessionCalls = stack.apiCalls.filter((c) => c.path === "/api/session").length;
    await phone.host.close(page);

    page = await phone.open();
    await page.getByText(`Xin chào, ${khanh.name}`, { exact: true }).waitFor();
    await page.getByText(`•••••••${khanh.phone.slice(-3)}`).waitFor();
    // zmp-sdk logs in on import (a new action.jump.login in the new page) but the app asks for no
    // access token: its session came back from nativeStorage.
    expect(host.calls(ACTION.login)).toHaveLength(2);
    expect(host.httpCalls(ZALO_URL.accessToken)).toHaveLength(tokenCalls);
    expect(stack.apiCalls.filter((c) => c.path === "/api/session")).toHaveLength(sessionCalls);
    expect(stack.apiCalls.at(-1)).toMatchObject({ method: "GET", path: "/api/me", status: 200 });
    // Leaving paused the SDK, which sent its log of bridge outcomes to Zalo before closing.
    expect(host.records).toContainEqual(expect.objectContaining({ kind: "event", name: "h5.event.paused" }));
    expect(host.records).toContainEqual(
      expect.objectContaining({ kind: "event-ack", eventName: "h5.event.paused" }),
    );
    const logged = host
      .httpCalls(ZALO_URL.log)
      .flatMap((c) => JSON.parse(new URLSearchParams(c.body).get("data")!));
    expect(logged).toContainEqual({ action: ACTION.phone, error: 0, message: "Success", data: {} });
  });
});
