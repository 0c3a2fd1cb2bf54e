import fc from "fast-check";

/** What an attacker or a broken client puts in a field: markup, SQL, paths, unicode edge cases. */
export const FRAGMENTS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg/onload=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}",
  "${7*7}",
  "' OR '1'='1",
  "'; DROP TABLE accounts; --",
  '" OR 1=1 --',
  "1; SELECT pg_sleep(5)",
  "%' UNION SELECT phone FROM people --",
  "$1",
  "\\'",
  "../../etc/passwd",
  "%00",
  "\r\nSet-Cookie: x=1",
  "__proto__",
  "constructor",
  "\ud800",
  "\udfff",
  "a\ud83dz",
  "\u202eRTL override",
  "مرحبا بالعالم",
  "שלום עולם",
  "\u200b\u200c\u200d\u2060\ufeff",
  "e\u0301\u0302\u0303\u0304\u0305\u0306",
  "Z\u0364\u0351\u0313a\u0308\u0356\u032dl\u036e\u0312g\u030c\u0317o\u0319\u0314",
  "\u0000",
  "\u0007\u001b[31m",
  "\u2028\u2029",
  "🏳️‍🌈👨‍👩‍👧",
  "\uffff\ufffe",
  "𝕬𝖓 𝕹𝖍𝖎ê𝖓",
  "Tiệm bánh An Nhiên".normalize("NFD"),
  "NaN",
  "1e309",
  "null",
  "   ",
];

export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({
    unit: fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      loneSurrogate,
      fc.string({ unit: "grapheme", maxLength: 3 }),
    ),
    maxLength: 8,
  }),
  // Long and huge: just over the name limit, and far over the 16 KB body limit.
  fc
    .tuple(fc.constantFrom("a", "ệ", "🍞", "\u0301", " ", "<", "'"), fc.integer({ min: 60, max: 20_000 }))
    .map(([c, n]) => c.repeat(n)),
);

function nest(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { a: value };
  return value;
}

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, -0, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2),
  fc.integer(),
  fc.array(hostileString, { maxLength: 4 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 4 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc
    .tuple(fc.integer({ min: 10, max: 1500 }), fc.constantFrom("array" as const, "object" as const))
    .map(([depth, kind]) => nest(depth, kind)),
);

/** Bodies that are not the JSON a route wants: broken, deep, odd at the top, or too big. */
export const hostileRawBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "{",
    "}",
    "[",
    "null",
    "true",
    "0",
    '"text"',
    '{"a":',
    "{'a':1}",
    "{a:1}",
    "[1,2,",
    "\u0000",
    '{"__proto__":{"admin":true}}',
    '{"constructor":{"prototype":{"admin":true}}}',
    "\ufeff{}",
    "NaN",
    '{"a":1}garbage',
    '"\\ud800"',
    "\ud800",
  ),
  fc.string({ unit: "binary", maxLength: 200 }),
  // Nested up to what fits in 16 KB, written out by hand (JSON.stringify would recurse).
  fc.integer({ min: 100, max: 8000 }).map((d) => "[".repeat(d) + "]".repeat(d)),
  fc.integer({ min: 100, max: 2600 }).map((d) => '{"a":'.repeat(d) + "1" + "}".repeat(d)),
  // Around and over the body limit.
  fc.integer({ min: 16 * 1024 - 64, max: 64 * 1024 }).map((n) => JSON.stringify({ pad: "x".repeat(n) })),
);

/** A valid body with some fields replaced, removed or added, or replaced whole. */
export function mutatedBody(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(fc.constantFrom(...keys), hostileValue).map(([k, v]) => ({ ...valid, [k]: v })),
    },
    {
      weight: 2,
      arbitrary: fc.record(
        Object.fromEntries(keys.map((k) => [k, fc.oneof(fc.constant(valid[k]), hostileValue)])),
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...keys)
        .map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))),
    },
    { weight: 1, arbitrary: fc.tuple(hostileString, hostileValue).map(([k, v]) => ({ ...valid, [k]: v })) },
    { weight: 1, arbitrary: hostileValue },
  );
}

/** Percent-encodes every byte of the UTF-8 form but unreserved characters (never throws). */
export function percentEncode(value: string): string {
  let out = "";
  for (const byte of Buffer.from(value, "utf8")) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9_.~-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** A path segment: one of `valid`, raw percent tricks, or any hostile text encoded. */
export function hostileSegment(valid: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...valid) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "%00",
        "%2F",
        "%2e%2e",
        "..",
        "%E0%A4%A",
        "%",
        "%ZZ",
        "a%0Ab",
        "%u0041",
        `${valid[0]}%00`,
        `${valid[0]}%20`,
        `${valid[0]!.toUpperCase()}`,
        `${valid[0]}'--`,
        "a".repeat(65),
        "a".repeat(2000),
      ),
    },
    { weight: 3, arbitrary: hostileString.filter((s) => s.length <= 600).map(percentEncode) },
  );
}

// Header values travel as bytes 0x20–0xFF (fetch refuses control characters and anything wider).
const headerChar = fc
  .integer({ min: 0x20, max: 0xff })
  .filter((c) => c !== 0x7f)
  .map((c) => String.fromCharCode(c));

export const hostileHeaderValue: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: headerChar, maxLength: 200 }),
  fc.constantFrom("null", "' OR 1=1 --", "<script>alert(1)</script>", "../..", "x".repeat(4000), "éÿ"),
);

/** Headers a route does not need, sent with odd values. */
export const hostileExtraHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    "Content-Type": fc.constantFrom(
      "application/json",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=----x",
      "application/json; charset=utf-16",
      "application/xml",
    ),
    "X-Request-Id": hostileHeaderValue,
    Origin: fc.oneof(
      fc.constantFrom("https://h5.zdn.vn", "https://evil.example", "null"),
      hostileHeaderValue,
    ),
    "X-Forwarded-For": fc.oneof(
      fc.constantFrom("1.2.3.4", "::1", "1.1.1.1, 2.2.2.2", "unknown"),
      hostileHeaderValue,
    ),
    Accept: fc.oneof(fc.constantFrom("*/*", "text/html", "application/json"), hostileHeaderValue),
    "Accept-Language": hostileHeaderValue,
  },
  { requiredKeys: [] },
);

/** Mostly `valid`; sometimes a broken bearer, another scheme or nothing. */
export function hostileAuthorization(valid: string): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(`Bearer ${valid}`) },
    { weight: 1, arbitrary: hostileHeaderValue.map((v) => `Bearer ${v}`) },
    { weight: 1, arbitrary: hostileHeaderValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(`Bearer ${valid.slice(0, -2)}xx`) },
  );
}

export const hostileQuery: fc.Arbitrary<string> = fc.oneof(
  fc.constant(""),
  // Kept under 8 KB: Node refuses a request head over 16 KB before the app sees it.
  fc
    .tuple(hostileString, hostileString)
    .map(([k, v]) => `?${percentEncode(k).slice(0, 1000)}=${percentEncode(v).slice(0, 2000)}`),
  fc.constantFrom("?", "?&&&", "?a=1&a=2", "?id[]=x", "?__proto__[admin]=1", "?%"),
);

/** Times a cursor may carry: ours, and ones JavaScript reads but PostgreSQL refuses (or reads otherwise). */
const cursorTime: fc.Arbitrary<string> = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    "1",
    "0",
    "-1",
    "2026-02-30T00:00:00Z",
    "2026-02-29T00:00:00.000Z",
    "2026-13-01T00:00:00.000Z",
    "2026-01-01T24:00:00.000Z",
    "0000-01-01T00:00:00.000Z",
    "-000001-01-01T00:00:00.000Z",
    "+275760-09-13T00:00:00.000Z",
    "2026-01-01T00:00:00.000000Z",
    "2026-01-01T00:00:00.1234567Z",
    "2026-01-01",
    "Mon, 01 Jan 2026 00:00:00 GMT",
    "infinity",
    "epoch",
  ),
);

/**
 * A ?cursor=: the base64url of a JSON array like ours (a time or a name, then an id) whose parts
 * are anything, or of any JSON at all, or not base64url.
 */
export const hostileCursor: fc.Arbitrary<string> = fc
  .oneof(
    {
      weight: 5,
      arbitrary: fc
        .array(fc.oneof(cursorTime, hostileString, fc.anything()), { minLength: 0, maxLength: 3 })
        .map((key) => Buffer.from(JSON.stringify(key)).toString("base64url")),
    },
    {
      weight: 1,
      arbitrary: fc.anything().map((v) => Buffer.from(JSON.stringify(v) ?? "").toString("base64url")),
    },
    { weight: 1, arbitrary: hostileString.map((s) => percentEncode(s)) },
    // Kept short, as hostileQuery is: Node refuses a request head over 16 KB (a cut cursor is hostile too).
  )
  .map((cursor) => cursor.slice(0, 2500));

/** ?limit=&cursor= of a list a page at a time, either of them sometimes missing or hostile. */
export const hostilePageQuery: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 1, max: 100 }).map(String),
      hostileString.map(percentEncode),
      fc.constant(undefined),
    ),
    fc.option(hostileCursor, { nil: undefined }),
  )
  .map(([limit, cursor]) => {
    const parts = [
      limit === undefined ? "" : `limit=${limit.slice(0, 200)}`,
      cursor ? `cursor=${cursor}` : "",
    ];
    return `?${parts.filter(Boolean).join("&")}`;
  });
