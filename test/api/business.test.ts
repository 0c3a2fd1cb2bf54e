import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { BusinessInput } from "../../src/domain/business";
import { databaseChecksum } from "./helpers/db-state";
import { createBody, newKey, postAccount, queryRows } from "./helpers/fixtures";
import { AN_BUSINESS } from "../support/businesses";
import { freshServer } from "./helpers/fresh-server";

const { server, tokens } = freshServer({ people: ["an", "binh", "chau", "dung"] });

const withBusiness = (change: Partial<BusinessInput>) =>
  createBody({ business: { ...AN_BUSINESS, ...change } });

async function auditDetails(action: string): Promise<Record<string, unknown>[]> {
  const rows = await queryRows<{ detail: Record<string, unknown> }>(
    server.db,
    sql`SELECT detail FROM audit_events WHERE action = ${action} ORDER BY id`,
  );
  return rows.map((r) => r.detail);
}

describe("POST /api/accounts — today's rules", () => {
  it.each([
    ["a name with diacritics", createBody({ name: "Công ty TNHH Cà phê Sáng" }), { name: "diacritics" }],
    ["a name with punctuation", createBody({ name: "An & Co." }), { name: "special_characters" }],
    ["a name of two letters", createBody({ name: "AN" }), { name: "too_short" }],
    ["no company name", withBusiness({ companyName: "  " }), { "business.companyName": "required" }],
    [
      "a one-letter company name",
      withBusiness({ companyName: "A" }),
      { "business.companyName": "too_short" },
    ],
    [
      "a company name over 200 characters",
      withBusiness({ companyName: "Công ty ".repeat(26) }),
      { "business.companyName": "too_long" },
    ],
    [
      "a tax code whose check digit is wrong",
      withBusiness({ taxCode: "0303490097" }),
      { "business.taxCode": "checksum" },
    ],
    ["a tax code of five digits", withBusiness({ taxCode: "12345" }), { "business.taxCode": "format" }],
    ["a branch numbered 000", withBusiness({ taxCode: "0303490096-000" }), { "business.taxCode": "format" }],
    ["an address of two letters", withBusiness({ address: "Q1" }), { "business.address": "too_short" }],
    [
      "no legal representative",
      withBusiness({ representative: "" }),
      { "business.representative": "required" },
    ],
    ["a landline number", withBusiness({ phone: "028 3822 1234" }), { "business.phone": "format" }],
    ["a foreign number", withBusiness({ phone: "+1 415 555 0100" }), { "business.phone": "format" }],
    ["an email without a domain", withBusiness({ email: "an@" }), { "business.email": "format" }],
    [
      "a missing email",
      { ...createBody(), business: { ...AN_BUSINESS, email: undefined } },
      { "business.email": "required" },
    ],
    ["no business at all", { ...createBody(), business: undefined }, { business: "required" }],
    [
      "several problems at once",
      { ...withBusiness({ taxCode: "0300588560", email: "lienhe" }), name: "Tiệm bánh" },
      { name: "diacritics", "business.taxCode": "checksum", "business.email": "format" },
    ],
  ])("refuses %s with each field's problem, and writes nothing", async (_label, body, fields) => {
    const before = await databaseChecksum(server.db);
    const res = await postAccount(server, tokens.an, body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_input", fields });
    expect(Object.keys(res.body.error.fields)).toEqual(Object.keys(fields));
    expect(await databaseChecksum(server.db)).toBe(before);
  });

  it("refuses a name with diacritics even when a client skipped the check, naming the field in its message", async () => {
    const res = await postAccount(server, tokens.an, createBody({ name: "Tiệm bánh An Nhiên" }));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe("name: diacritics");
    expect(res.body.error.fields).toEqual({ name: "diacritics" });
  });

  it("creates the ZCA with its business's details in their stored form, shown to its Super Admin", async () => {
    const res = await postAccount(
      server,
      tokens.an,
      withBusiness({
        companyName: "  Công ty TNHH   Tiệm bánh An Nhiên ",
        taxCode: "0312 68 78 78 - 001",
        phone: "0901 000 001",
        email: "LienHe@AnNhien.Example",
      }),
    );
    expect(res.status).toBe(201);
    const stored = {
      ...AN_BUSINESS,
      companyName: "Công ty TNHH Tiệm bánh An Nhiên",
      taxCode: "0312687878-001",
      phone: "+84901000001",
      email: "LienHe@annhien.example",
    };
    expect(res.body.business).toEqual(stored);
    expect((await server.get(`/api/accounts/${res.body.id}`, tokens.an)).body.business).toEqual(stored);
    expect(await auditDetails("account.create")).toEqual([expect.objectContaining({ business: stored })]);
  });

  it("refuses the same Idempotency-Key with other business details", async () => {
    const key = newKey();
    expect((await postAccount(server, tokens.an, createBody(), key)).status).toBe(201);
    const before = await databaseChecksum(server.db);
    const res = await postAccount(server, tokens.an, withBusiness({ taxCode: "0300588569" }), key);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("idempotency_key_reused");
    expect(await databaseChecksum(server.db)).toBe(before);
  });
});

describe("PATCH /api/accounts/:id/business", () => {
  const path = "/api/accounts/zca-binh-minh/business";
  const binhBusiness: BusinessInput = {
    companyName: "Công ty TNHH Bình Minh Việt Nam",
    taxCode: "0300588569",
    address: "8 Hai Bà Trưng, Phường Sài Gòn, TP. Hồ Chí Minh",
    representative: "Trần Thị Bình",
    phone: "+84 901 000 002",
    email: "lienhe@binhminh.example",
  };

  it("lets the Super Admin change the details, records each change, and writes nothing for the same details", async () => {
    const res = await server.patch(path, tokens.binh, binhBusiness);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: "zca-binh-minh",
      name: "Cong ty TNHH Binh Minh",
      business: { ...binhBusiness, phone: "+84901000002" },
    });
    expect(await auditDetails("account.update_business")).toEqual([
      {
        changes: {
          companyName: { from: "Công ty TNHH Bình Minh", to: "Công ty TNHH Bình Minh Việt Nam" },
          taxCode: { from: "0399123457", to: "0300588569" },
          address: {
            from: "25 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
            to: "8 Hai Bà Trưng, Phường Sài Gòn, TP. Hồ Chí Minh",
          },
        },
      },
    ]);

    const before = await databaseChecksum(server.db);
    expect((await server.patch(path, tokens.binh, binhBusiness)).status).toBe(200);
    expect(await databaseChecksum(server.db)).toBe(before);
  });

  it.each(["an", "chau", "dung"])("forbids %s, who is not a member, and writes nothing", async (persona) => {
    const before = await databaseChecksum(server.db);
    const res = await server.patch(path, tokens[persona], binhBusiness);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
    expect(res.text).not.toContain("0399123457");
    expect(await databaseChecksum(server.db)).toBe(before);
  });

  it("never changes the ZCA's name", async () => {
    const before = await databaseChecksum(server.db);
    const res = await server.patch(path, tokens.binh, { ...binhBusiness, name: "Binh Minh Moi" });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_input", fields: { name: "not_editable" } });
    expect(await databaseChecksum(server.db)).toBe(before);
  });

  it("refuses a field that breaks its rule, or a body without every field, saying which", async () => {
    const before = await databaseChecksum(server.db);
    const wrong = await server.patch(path, tokens.binh, { ...binhBusiness, taxCode: "0300588568" });
    expect(wrong.body.error).toMatchObject({ code: "invalid_input", fields: { taxCode: "checksum" } });
    const partial = await server.patch(path, tokens.binh, { email: "moi@binhminh.example" });
    expect(partial.status).toBe(400);
    expect(partial.body.error.fields).toMatchObject({ companyName: "required", taxCode: "required" });
    expect(await databaseChecksum(server.db)).toBe(before);
  });

  it("answers not_found for a ZCA that does not exist", async () => {
    const res = await server.patch("/api/accounts/zca-missing/business", tokens.binh, binhBusiness);
    expect(res.status).toBe(404);
  });

  it("lets the Super Admin of a ZCA created before the details were asked fill them in", async () => {
    await server.db.execute(sql`DELETE FROM account_business WHERE account_id = 'zca-binh-minh'`);
    expect((await server.get("/api/accounts/zca-binh-minh", tokens.binh)).body.business).toBeNull();

    const res = await server.patch(path, tokens.binh, binhBusiness);
    expect(res.status).toBe(200);
    expect(res.body.business.taxCode).toBe("0300588569");
    const [event] = await auditDetails("account.update_business");
    expect(event).toMatchObject({ changes: { taxCode: { from: null, to: "0300588569" } } });
  });
});
