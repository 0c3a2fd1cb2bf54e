// A database error inside a request is logged with the failed query's name and PostgreSQL's code,
// never with its parameters or the row it failed on: Drizzle's "Failed query … params: …" lists
// phones, business details and sealed tokens.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AN_BUSINESS } from "../support/businesses";
import { memoryLog } from "../support/log";
import { createBody } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

const lines: Record<string, unknown>[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ log: memoryLog(lines) });
});
afterAll(() => server?.stop());

describe("error logs", () => {
  it("name the failed query and its code, and carry none of its values", async () => {
    // A table that refuses every new row, as a broken deploy or a full disk might make it.
    await server.db.execute(
      sql.raw("ALTER TABLE account_business ADD CONSTRAINT broken_for_test CHECK (false) NOT VALID"),
    );
    const an = await server.signIn("an");
    const res = await server.post("/api/accounts", an, createBody(), {
      "Idempotency-Key": "error-log-test-1",
    });
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe("internal");

    const errors = lines.filter((line) => line.level === "error");
    expect(errors).toHaveLength(1);
    const [line] = errors;
    expect(line).toMatchObject({
      requestId: res.body.error.requestId,
      query: "insert account_business",
      code: "23514",
      constraint: "broken_for_test",
    });
    const text = JSON.stringify(line);
    for (const value of [
      AN_BUSINESS.companyName,
      AN_BUSINESS.taxCode,
      AN_BUSINESS.address,
      AN_BUSINESS.representative,
      AN_BUSINESS.email,
      "901000001",
      "params",
      "Failing row",
    ]) {
      expect(text).not.toContain(value);
    }
  });
});
