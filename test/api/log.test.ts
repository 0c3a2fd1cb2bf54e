// The API's log (pino, as production writes it): a phone, a name, a token or a business's details
// never reach it, whatever a line puts there, and every line logged during a request carries the
// request's id.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AN_BUSINESS } from "../support/businesses";
import { createDevApi } from "../support/dev-api";
import { memoryLog } from "../support/log";
import { startTestServer, type TestServer } from "./helpers/server";

const PHONE = "+84901000001";
const NAME = "Nguyễn Văn An";
const TOKEN = "zalo-access-token-5f1c2e";
const PRIVATE = [PHONE, NAME, TOKEN, AN_BUSINESS.companyName, AN_BUSINESS.taxCode, AN_BUSINESS.address];

describe("the log", () => {
  it("writes [Redacted] for a phone, a name, a token and a business detail, at the top of a line and inside what it carries", () => {
    const lines: Record<string, unknown>[] = [];
    const log = memoryLog(lines);
    log.info({
      event: "careless",
      phone: PHONE,
      name: NAME,
      accessToken: TOKEN,
      taxCode: AN_BUSINESS.taxCode,
      companyName: AN_BUSINESS.companyName,
    });
    // Objects are past the log's flat fields: a line that casts its way there is redacted too.
    log.info({
      event: "careless_nested",
      person: { id: "an", name: NAME, phone: PHONE },
      oa: { id: "oa-1", refreshToken: TOKEN },
      body: { business: AN_BUSINESS },
      account: { id: "zca-1", address: AN_BUSINESS.address, companyName: AN_BUSINESS.companyName },
      headers: { authorization: `Bearer ${TOKEN}` },
    } as never);

    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: "info",
      event: "careless",
      phone: "[Redacted]",
      name: "[Redacted]",
      accessToken: "[Redacted]",
      taxCode: "[Redacted]",
      companyName: "[Redacted]",
    });
    expect(lines[1]).toMatchObject({
      person: { id: "an", name: "[Redacted]", phone: "[Redacted]" },
      oa: { id: "oa-1", refreshToken: "[Redacted]" },
      body: { business: "[Redacted]" },
      account: { id: "zca-1", address: "[Redacted]", companyName: "[Redacted]" },
      headers: { authorization: "[Redacted]" },
    });
    const text = JSON.stringify(lines);
    for (const value of PRIVATE) expect(text).not.toContain(value);
  });

  it("writes an error logged whole as its query's name and code, never the values it carried", () => {
    const lines: Record<string, unknown>[] = [];
    const cause = Object.assign(new Error(`Failing row contains (${PHONE}, ${NAME}).`), {
      code: "23514",
      detail: `Failing row contains (${PHONE}, ${NAME}).`,
    });
    const failed = Object.assign(new Error(`Failed query: insert into "people" params: ${PHONE},${NAME}`), {
      query: 'insert into "people" ("zalo_id", "name", "phone") values ($1, $2, $3)',
      params: ["an", NAME, PHONE],
      cause,
    });
    memoryLog(lines).error({ err: failed } as never);

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", err: { query: "insert people", code: "23514" } });
    const text = JSON.stringify(lines);
    for (const value of [PHONE, NAME, "params", "Failing row"]) expect(text).not.toContain(value);
  });

  describe("inside a request", () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(() => server?.stop());

    it("carries the request's id on every line logged during it, and on its request line", async () => {
      const lines: Record<string, unknown>[] = [];
      const app = createDevApi(server.db, { log: memoryLog(lines) });
      // A route as any future one logs: through the request's logger, naming nothing else.
      app.get("/log-probe", (c) => {
        c.var.log.info({ event: "probe" });
        return c.text("ok");
      });

      const res = await app.request("/log-probe");
      expect(res.status).toBe(200);
      const requestId = res.headers.get("X-Request-Id");
      expect(requestId).toBeTruthy();
      expect(lines).toEqual([
        expect.objectContaining({ level: "info", requestId, event: "probe" }),
        expect.objectContaining({ level: "info", requestId, method: "GET", path: "/log-probe", status: 200 }),
      ]);
    });
  });
});
