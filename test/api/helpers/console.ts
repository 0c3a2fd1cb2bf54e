import { expect } from "vitest";
import { send, type ApiResponse } from "./http";
import type { TestServer } from "./server";

/** A browser's cookies, enough for the sign-in's redirects: per host, by name. */
class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();
  take(url: string, response: Response): void {
    const host = new URL(url).host;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      const name = pair!.slice(0, at);
      const value = pair!.slice(at + 1);
      if (/max-age=0/i.test(line) || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(host, jar);
  }
  header(url: string): string {
    const jar = this.cookies.get(new URL(url).host);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join("; ") : "";
  }
  get(url: string, name: string): string | undefined {
    return this.cookies.get(new URL(url).host)?.get(name);
  }
}

/**
 * Signs in to the console as the IdP person `sub` the way a browser does: our /console/auth/login,
 * the IdP's authorization and its login page, back to our callback. Answers the callback's
 * answer and the session cookie it set (if any).
 */
export async function consoleSignIn(
  server: TestServer,
  sub: string,
): Promise<{ callback: Response; callbackText: string; cookie: string | null }> {
  const jar = new CookieJar();
  let url = `${server.url}/console/auth/login`;
  for (let hop = 0; hop < 12; hop++) {
    const interaction = /\/interaction\/([\w-]+)$/.exec(new URL(url).pathname);
    const response = interaction
      ? await fetch(`${url}/login`, {
          method: "POST",
          redirect: "manual",
          headers: { Cookie: jar.header(url), "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ sub }).toString(),
        })
      : await fetch(url, { redirect: "manual", headers: { Cookie: jar.header(url) } });
    jar.take(url, response);
    if (url.startsWith(`${server.url}/console/auth/callback`)) {
      const session = jar.get(url, "zca_staff");
      return {
        callback: response,
        callbackText: await response.text(),
        cookie: session ? `zca_staff=${session}` : null,
      };
    }
    const location = response.headers.get("location");
    expect(location, `hop ${hop} at ${url}: ${response.status}`).toBeTruthy();
    url = new URL(location!, url).href;
  }
  throw new Error("the sign-in did not come back to the callback");
}

/** The IdP subjects of the seeded staff (server/seed/staff.ts). */
export const STAFF_SUBJECTS = {
  support: "idp-hoa.support",
  finance_ops: "idp-khang.finance",
  finance_ops_2: "idp-lan.finance",
  ops_admin: "idp-quan.admin",
  unknown: "idp-visitor",
} as const;

/** A signed-in staff member: their cookie and CSRF token, and requests that send them. */
export async function signedInStaff(server: TestServer, sub: string) {
  const { cookie } = await consoleSignIn(server, sub);
  expect(cookie).toBeTruthy();
  const me = await send(server.url, "GET", "/console/api/me", { headers: { Cookie: cookie! } });
  expect(me.status).toBe(200);
  const csrf = me.body.csrfToken as string;
  const origin = new URL(server.url).origin;
  return {
    cookie: cookie!,
    csrf,
    staffId: me.body.staff.id as string,
    get: (path: string): Promise<ApiResponse> =>
      send(server.url, "GET", path, { headers: { Cookie: cookie! } }),
    write: (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      send(server.url, method, path, {
        body,
        headers: { Cookie: cookie!, "X-CSRF-Token": csrf, Origin: origin, ...headers },
      }),
  };
}
