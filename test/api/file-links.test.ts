// Short-lived file links over real HTTP (issue 26, inside Zalo): made by a member who sees the
// wallet, for one file of their ZCA; served without a session to whoever holds the link, while it
// lives and while its maker may still see the file. Each abuse the route's doc comment names is
// tried here.
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { HISTORY_EXPORT_ROWS_MAX } from "../../server/services/exports";
import { countRows, createBody, postAccount, queryRows } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";

const { server, tokens } = freshServer({ people: ["binh", "em", "giang", "an"] });
const ACCOUNT = "zca-binh-minh";
const INVOICE = "invoice-file-links-1";
const PDF = Buffer.from("%PDF-1.7\n% Hóa đơn GTGT C26TZC 0000042\n%%EOF\n");

/** An issued invoice of Bình's ZCA with the provider's PDF, as the worker leaves it. */
beforeEach(async () => {
  await server.db.execute(sql`
    INSERT INTO invoices (id, account_id, ledger_entry_id, amount, status, buyer_company_name,
      buyer_tax_code, buyer_address, buyer_email, number, series, pdf, issued_at)
    SELECT ${INVOICE}, ${ACCOUNT}, id, 500000, 'issued', 'Công ty TNHH Bình Minh', '0399123457',
      '25 Lê Lợi', '', '0000042', 'C26TZC', ${PDF}, now()
    FROM ledger_entries WHERE account_id = ${ACCOUNT} ORDER BY id LIMIT 1`);
});

const makeLink = (body: unknown, token = tokens.binh, account = ACCOUNT) =>
  server.post(`/api/accounts/${account}/file-links`, token, body);

/** Fetches a link as Zalo's viewer does: no session, no cookie. */
async function open(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The link's URL, on this test server (the API's public URL is what a deployment sets). */
function onServer(url: string): string {
  const { pathname } = new URL(url);
  return new URL(pathname, server.url).href;
}

async function invoiceLink(token = tokens.binh): Promise<string> {
  const res = await makeLink({ kind: "invoice_pdf", invoiceId: INVOICE }, token);
  expect(res.status, res.text).toBe(201);
  return onServer(res.body.url);
}

const expireAll = (ago = "1 minute") =>
  server.db.execute(sql`UPDATE file_links SET expires_at = now() - ${ago}::interval`);

describe("POST /api/accounts/:id/file-links", () => {
  it("answers a URL to the invoice's PDF that lives five minutes, and keeps only the token's hash", async () => {
    const before = Date.now();
    const res = await makeLink({ kind: "invoice_pdf", invoiceId: INVOICE });
    expect(res.status, res.text).toBe(201);
    const url = new URL(res.body.url);
    const [, , , token, name] = url.pathname.split("/");
    expect(url.pathname).toBe(`/api/file-links/${token}/hoa-don-C26TZC-0000042.pdf`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(name).toBe("hoa-don-C26TZC-0000042.pdf");
    const lifetime = new Date(res.body.expiresAt).getTime() - before;
    expect(lifetime).toBeGreaterThan(4.9 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(5 * 60_000 + 5_000);

    const rows = await queryRows(server.db, sql`SELECT * FROM file_links`);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token!);
    expect(rows[0]).toMatchObject({ account_id: ACCOUNT, person_id: "binh", kind: "invoice_pdf" });
    const audit = await queryRows(
      server.db,
      sql`SELECT actor_id, action, subject_id FROM audit_events WHERE action = 'wallet.file_link'`,
    );
    expect(audit).toEqual([{ actor_id: "binh", action: "wallet.file_link", subject_id: INVOICE }]);
  });

  it("refuses another ZCA's invoice id, an invoice without its PDF, and a member without the wallet", async () => {
    // An, Super Admin of his own ZCA, asks his ZCA for Bình's invoice: not there.
    const anZca = (await postAccount(server, tokens.an, createBody())).body.id as string;
    const foreign = await makeLink({ kind: "invoice_pdf", invoiceId: INVOICE }, tokens.an, anZca);
    expect([foreign.status, foreign.body.error.code]).toEqual([404, "not_found"]);
    // …and Bình's ZCA: not his.
    const notMember = await makeLink({ kind: "invoice_pdf", invoiceId: INVOICE }, tokens.an);
    expect([notMember.status, notMember.body.error.code]).toEqual([403, "forbidden"]);
    // Giang is an editor of Bình's ZCA: no wallet.
    const editor = await makeLink({ kind: "invoice_pdf", invoiceId: INVOICE }, tokens.giang);
    expect([editor.status, editor.body.error.code]).toEqual([403, "forbidden"]);
    await server.db.execute(sql`UPDATE invoices SET pdf = NULL, status = 'issuing', number = NULL`);
    const waiting = await makeLink({ kind: "invoice_pdf", invoiceId: INVOICE });
    expect([waiting.status, waiting.body.error.code]).toEqual([404, "not_found"]);
    expect((await makeLink({ kind: "invoice_pdf", invoiceId: INVOICE }, "")).status).toBe(401);
    expect(await countRows(server.db, "file_links")).toBe(0);
  });

  it("refuses an export the export routes refuse, with the same field codes", async () => {
    const report = (body: object) => makeLink({ kind: "history_export", ...body });
    const cases: [object, Record<string, string>][] = [
      [{ format: "pdf", from: "2026-01", to: "2026-02" }, { format: "invalid" }],
      [{ format: "csv", from: "2026-13", to: "2026-02" }, { from: "invalid" }],
      [{ format: "csv", from: "2026-03", to: "2026-02" }, { to: "before_from" }],
      [{ format: "xlsx", from: "2020-01", to: "2026-12" }, { to: "range_too_long" }],
      [{ format: "csv", from: "2026-01", to: "2026-02", lang: "fr" }, { lang: "invalid" }],
      [{ format: "csv", to: "2026-02" }, { from: "invalid" }],
    ];
    for (const [body, fields] of cases) {
      const res = await report(body);
      expect([res.status, res.body.error.code, res.body.error.fields], JSON.stringify(body)).toEqual([
        400,
        "invalid_input",
        fields,
      ]);
    }
    const unknown = await makeLink({ kind: "audit_export", format: "csv", from: "2026-01", to: "2026-02" });
    expect(unknown.status).toBe(400);
    const extra = await makeLink({ kind: "invoice_pdf", invoiceId: INVOICE, accountId: "zca-other" });
    expect(extra.status).toBe(400);

    await server.db.execute(sql`
      INSERT INTO ledger_entries (account_id, kind, amount, balance_after, description, created_at)
      SELECT ${ACCOUNT}, 'adjustment', 0, 1250000, 'opening_balance', '2025-01-10T00:00:00Z'
      FROM generate_series(1, ${HISTORY_EXPORT_ROWS_MAX + 1})`);
    const long = await report({ format: "csv", from: "2025-01", to: "2025-02" });
    expect([long.status, long.body.error.fields]).toEqual([400, { to: "too_many_rows" }]);
  });
});

describe("GET /api/file-links/:token", () => {
  it("serves the invoice's PDF without a session, inline, under its name, never cached nor referred", async () => {
    const url = await invoiceLink();
    for (const link of [url, url.replace(/\/[^/]+$/, "")]) {
      const { res, bytes } = await open(link);
      expect(res.status, link).toBe(200);
      expect(bytes.equals(PDF)).toBe(true);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-disposition")).toBe('inline; filename="hoa-don-C26TZC-0000042.pdf"');
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("accept-ranges")).toBe("bytes");
    }
  });

  it("serves again within its life, in byte ranges too, as Zalo's viewer may fetch it", async () => {
    const url = await invoiceLink();
    const head = await open(url, { Range: "bytes=0-4" });
    expect([head.res.status, head.bytes.toString(), head.res.headers.get("content-range")]).toEqual([
      206,
      "%PDF-",
      `bytes 0-4/${PDF.length}`,
    ]);
    const tail = await open(url, { Range: "bytes=-6" });
    expect([tail.res.status, tail.bytes.equals(PDF.subarray(-6))]).toEqual([206, true]);
    const past = await open(url, { Range: `bytes=${PDF.length}-` });
    expect([past.res.status, past.res.headers.get("content-range")]).toEqual([416, `bytes */${PDF.length}`]);
    expect((await open(url)).res.status).toBe(200);
  });

  it("answers an unknown, malformed or guessed token not_found, and an expired link file_link_expired", async () => {
    const url = await invoiceLink();
    const token = new URL(url).pathname.split("/")[3]!;
    const other = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    for (const wrong of [other, "short", `${token}x`, "%00", "a".repeat(43)]) {
      const { res, bytes } = await open(new URL(`/api/file-links/${wrong}`, server.url).href);
      expect([res.status, JSON.parse(bytes.toString()).error.code], wrong).toEqual([404, "not_found"]);
    }
    await expireAll();
    const { res, bytes } = await open(url);
    expect([res.status, JSON.parse(bytes.toString()).error.code]).toEqual([410, "file_link_expired"]);
    expect(bytes.includes(PDF)).toBe(false);
  });

  it("deletes links expired over an hour ago when the next one is made", async () => {
    const old = await invoiceLink();
    await expireAll("61 minutes");
    const fresh = await invoiceLink();
    expect(await countRows(server.db, "file_links")).toBe(1);
    expect((await open(old)).res.status).toBe(404);
    expect((await open(fresh)).res.status).toBe(200);
  });

  it("refuses a link whose maker was removed from the ZCA, or lost the wallet, after making it", async () => {
    const emLink = await invoiceLink(tokens.em);
    expect((await open(emLink)).res.status).toBe(200);
    expect((await server.del(`/api/accounts/${ACCOUNT}/members/em`, tokens.binh)).status).toBe(204);
    const removed = await open(emLink);
    expect([removed.res.status, JSON.parse(removed.bytes.toString()).error.code]).toEqual([403, "forbidden"]);

    const binhLink = await invoiceLink();
    await server.db.execute(sql`UPDATE account_members SET role = 'editor' WHERE person_id = 'binh'`);
    expect((await open(binhLink)).res.status).toBe(403);
  });

  it("serves a spending export as the export route does, and a history export as an attachment", async () => {
    const choice = { format: "xlsx", from: "2026-01", to: "2026-06", lang: "en" };
    const res = await makeLink({ kind: "spending_export", ...choice });
    expect(res.status, res.text).toBe(201);
    expect(new URL(res.body.url).pathname).toMatch(/\/spending-2026-01-2026-06\.xlsx$/);
    const linked = await open(onServer(res.body.url));
    const direct = await fetch(
      new URL(`/api/accounts/${ACCOUNT}/spending/export?${new URLSearchParams(choice)}`, server.url),
      { headers: { Authorization: `Bearer ${tokens.binh}` } },
    );
    expect(linked.res.headers.get("content-type")).toBe(direct.headers.get("content-type"));
    expect(linked.res.headers.get("content-disposition")).toBe(
      'attachment; filename="spending-2026-01-2026-06.xlsx"',
    );
    const sheets = async (bytes: Uint8Array) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
      return workbook.worksheets.map((w) => w.getSheetValues());
    };
    expect(await sheets(linked.bytes)).toEqual(await sheets(new Uint8Array(await direct.arrayBuffer())));

    const history = await makeLink({ kind: "history_export", format: "csv", from: "2026-01", to: "2026-06" });
    const csv = await open(onServer(history.body.url));
    expect(csv.res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.res.headers.get("content-disposition")).toBe(
      'attachment; filename="lich-su-giao-dich-2026-01-2026-06.csv"',
    );
  });

  it("counts against a per-address limit, apart from the app's other calls", async () => {
    const limited = await import("./helpers/server").then((m) =>
      m.startTestServer({ limits: { fileLinksPerMinute: 2 } }),
    );
    try {
      const binh = await limited.signIn("binh");
      await limited.db.execute(sql`
        INSERT INTO invoices (id, account_id, ledger_entry_id, amount, status, buyer_company_name,
          buyer_tax_code, buyer_address, buyer_email, number, series, pdf, issued_at)
        SELECT ${INVOICE}, ${ACCOUNT}, id, 500000, 'issued', 'B', '0399123457', '', '', '7', 'C26TZC', ${PDF}, now()
        FROM ledger_entries WHERE account_id = ${ACCOUNT} ORDER BY id LIMIT 1`);
      const made = await limited.post(`/api/accounts/${ACCOUNT}/file-links`, binh, {
        kind: "invoice_pdf",
        invoiceId: INVOICE,
      });
      const url = new URL(new URL(made.body.url).pathname, limited.url).href;
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(url)).status);
      expect(statuses).toEqual([200, 200, 429]);
      expect((await limited.get(`/api/accounts/${ACCOUNT}/invoices`, binh)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});
