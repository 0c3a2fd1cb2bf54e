import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { ACCOUNT_NAME_MAX, ACCOUNT_NAME_MIN, validateAccountName } from "../../src/domain/account-name";
import { accountNameSchema } from "../../src/domain/schemas";
import { FRAGMENTS, hostileString, loneSurrogate } from "../api/helpers/hostile";

const RUNS = 2000;
let cases = 0;
afterAll(() => console.log(`account name properties: ${cases} generated names, every property held`));

const codePoints = (s: string) => [...s].length;

// What a business name is made of: Vietnamese letters with their marks, digits, and punctuation.
const nameChar = fc.constantFrom(
  ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0123456789&.,-()'/",
);
const businessName = fc
  .array(fc.string({ unit: nameChar, minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 6 })
  .map((words) => words.join(" "))
  .filter((s) => codePoints(s) >= ACCOUNT_NAME_MIN && codePoints(s) <= ACCOUNT_NAME_MAX)
  .filter((s) => /[\p{L}\p{N}]/u.test(s));
const FORBIDDEN_CHARS = [
  "<",
  ">",
  "{",
  "}",
  "`",
  "\\",
  "\u0000",
  "\u0007",
  "\u007f",
  "\u200b",
  "\u202e",
  "\u2066",
];
const anyInput = fc.oneof(hostileString, fc.string({ unit: "binary", maxLength: 120 }), businessName);

function check<T extends unknown[]>(property: fc.IProperty<T>) {
  fc.assert(property, { numRuns: RUNS, seed: 20_261_126 });
  cases += RUNS;
}

describe("validateAccountName, for any input", () => {
  it("never throws, and answers ok or one known problem", () => {
    check(
      fc.property(anyInput, (input) => {
        const result = validateAccountName(input);
        if (!result.ok)
          expect(["required", "too_short", "too_long", "bad_characters"]).toContain(result.problem);
      }),
    );
  });

  it("accepts only a trimmed, single-spaced NFC name of 3–80 characters with a letter or digit and nothing forbidden", () => {
    check(
      fc.property(anyInput, (input) => {
        const result = validateAccountName(input);
        if (!result.ok) return;
        const v = result.value;
        expect(v).toBe(v.trim());
        expect(v).not.toMatch(/\s{2}|[\t\n\r]/u);
        expect(v).toBe(v.normalize("NFC"));
        expect(codePoints(v)).toBeGreaterThanOrEqual(ACCOUNT_NAME_MIN);
        expect(codePoints(v)).toBeLessThanOrEqual(ACCOUNT_NAME_MAX);
        expect(v).toMatch(/[\p{L}\p{N}]/u);
        expect(v).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}<>{}`\\]/u);
        // What is stored survives UTF-8 unchanged (no lone surrogate turning into U+FFFD).
        expect(Buffer.from(v, "utf8").toString("utf8")).toBe(v);
      }),
    );
  });

  it("is idempotent: an accepted name validates to itself", () => {
    check(
      fc.property(anyInput, (input) => {
        const result = validateAccountName(input);
        if (result.ok) expect(validateAccountName(result.value)).toEqual(result);
      }),
    );
  });

  it("agrees with the API's schema, which the server applies to POST /api/accounts", () => {
    check(
      fc.property(anyInput, (input) => {
        const rule = validateAccountName(input);
        const schema = accountNameSchema.safeParse(input);
        if (input.length > 1000) expect(schema.success).toBe(false);
        else
          expect(schema.success ? { ok: true, value: schema.data } : { ok: false }).toMatchObject(
            rule.ok ? rule : { ok: false },
          );
      }),
    );
  });
});

describe("validateAccountName, for business names", () => {
  it("accepts any Vietnamese business name of 3–80 characters, as typed", () => {
    check(
      fc.property(businessName, (name) => {
        expect(validateAccountName(name)).toEqual({ ok: true, value: name });
      }),
    );
  });

  it("gives the same answer whatever whitespace surrounds or separates the words", () => {
    check(
      fc.property(businessName, fc.constantFrom(" ", "\t", "\n", "  ", "\u00a0", "\u3000"), (name, space) => {
        const spaced = `${space}${name.replaceAll(" ", space)}${space}`;
        expect(validateAccountName(spaced)).toEqual(validateAccountName(name));
      }),
    );
  });

  it("gives the same answer to the decomposed (NFD) spelling", () => {
    check(
      fc.property(businessName, (name) => {
        expect(validateAccountName(name.normalize("NFD"))).toEqual(validateAccountName(name));
      }),
    );
  });

  it("refuses a name with markup, control, zero-width or direction characters anywhere", () => {
    check(
      fc.property(businessName, fc.constantFrom(...FORBIDDEN_CHARS), fc.nat(), (name, bad, at) => {
        const i = at % (name.length + 1);
        const result = validateAccountName(name.slice(0, i) + bad + name.slice(i));
        expect(result).toEqual({ ok: false, problem: "bad_characters" });
      }),
    );
  });

  it("refuses a name carrying a lone surrogate, which storage would turn into U+FFFD", () => {
    check(
      fc.property(businessName, loneSurrogate, fc.nat(), (name, half, at) => {
        const i = at % (name.length + 1);
        const input = name.slice(0, i) + half + name.slice(i);
        // Inserting next to another half could pair it into a real character: only test true loners.
        fc.pre(!/[\ud800-\udbff][\udc00-\udfff]/.test(input.slice(Math.max(0, i - 1), i + 2)));
        expect(validateAccountName(input)).toEqual({ ok: false, problem: "bad_characters" });
      }),
    );
  });

  it("keeps markup and SQL text out of every accepted name", () => {
    check(
      fc.property(fc.constantFrom(...FRAGMENTS), businessName, (fragment, name) => {
        const result = validateAccountName(`${name} ${fragment}`);
        if (result.ok) expect(result.value).not.toMatch(/[<>{}`\\]/);
      }),
    );
  });
});
