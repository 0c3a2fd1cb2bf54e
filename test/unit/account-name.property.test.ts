import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  ACCOUNT_NAME_MAX,
  ACCOUNT_NAME_MIN,
  ACCOUNT_NAME_PROBLEMS,
  specialCharacters,
  suggestAccountName,
  validateAccountName,
} from "../../src/domain/account-name";
import { withoutDiacritics } from "../../src/domain/text";
import { accountNameSchema } from "../../src/domain/schemas";
import { FRAGMENTS, hostileString } from "../api/helpers/hostile";

const RUNS = 2000;
let cases = 0;
afterAll(() => console.log(`account name properties: ${cases} generated names, every property held`));

// Vietnamese as people type it: every letter with its marks (both cases), digits, the punctuation
// of business names, and the spaces a keyboard or a paste leaves.
const LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
const vietnameseChar = fc.constantFrom(...LOWER, ...LOWER.toUpperCase(), ..."0123456789");
const vietnameseWord = fc.string({ unit: vietnameseChar, minLength: 1, maxLength: 10 });
const vietnameseText = fc
  .tuple(
    fc.array(vietnameseWord, { minLength: 1, maxLength: 12 }),
    fc.constantFrom(" ", "  ", "\t", "\u00a0"),
    fc.constantFrom("", " ", "&", "-", ".", ",", "(", ")", "'", "/"),
  )
  .map(([words, space, punctuation]) => words.join(space) + punctuation);
// Decomposed (NFD) too: some keyboards and pastes send the marks apart from their letters.
const typed = fc.oneof(
  vietnameseText,
  vietnameseText.map((t) => t.normalize("NFD")),
);
const anyInput = fc.oneof(hostileString, fc.string({ unit: "binary", maxLength: 120 }), typed);
const asciiName = fc
  .array(fc.string({ unit: fc.constantFrom(..."abcXYZ019"), minLength: 1, maxLength: 12 }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((words) => words.join(" "))
  .filter((s) => s.length >= ACCOUNT_NAME_MIN && s.length <= ACCOUNT_NAME_MAX);

function check<T extends unknown[]>(property: fc.IProperty<T>) {
  fc.assert(property, { numRuns: RUNS, seed: 20_261_126 });
  cases += RUNS;
}

describe("the name rule, for any input", () => {
  it("never throws, and answers ok or one stated problem", () => {
    check(
      fc.property(anyInput, (input) => {
        const result = validateAccountName(input);
        if (!result.ok) expect(ACCOUNT_NAME_PROBLEMS).toContain(result.problem);
      }),
    );
  });

  it("accepts only 3–80 ASCII letters, digits and single inner spaces", () => {
    check(
      fc.property(anyInput, (input) => {
        const result = validateAccountName(input);
        if (result.ok) expect(result.value).toMatch(/^[A-Za-z0-9]+( [A-Za-z0-9]+)*$/);
        if (result.ok) expect(result.value.length).toBeGreaterThanOrEqual(ACCOUNT_NAME_MIN);
        if (result.ok) expect(result.value.length).toBeLessThanOrEqual(ACCOUNT_NAME_MAX);
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
        else if (rule.ok) expect(schema).toMatchObject({ success: true, data: rule.value });
        else expect(schema.error?.issues[0]?.message).toBe(rule.problem);
      }),
    );
  });

  it("names the characters to remove exactly when it refuses special characters", () => {
    check(
      fc.property(anyInput, (input) => {
        const result = validateAccountName(input);
        const special = specialCharacters(input);
        if (!result.ok && result.problem === "special_characters") expect(special.length).toBeGreaterThan(0);
        if (result.ok) expect(special).toEqual([]);
      }),
    );
  });

  it("keeps markup and SQL text out of every accepted name", () => {
    check(
      fc.property(fc.constantFrom(...FRAGMENTS), asciiName, (fragment, name) => {
        const result = validateAccountName(`${name} ${fragment}`);
        if (result.ok) expect(result.value).toMatch(/^[A-Za-z0-9 ]+$/);
      }),
    );
  });
});

describe("the converted form of Vietnamese text", () => {
  it("either passes or gets a stated reason, and never the diacritics it removed", () => {
    check(
      fc.property(anyInput, (input) => {
        const result = validateAccountName(suggestAccountName(input));
        if (!result.ok)
          expect(ACCOUNT_NAME_PROBLEMS.filter((p) => p !== "diacritics")).toContain(result.problem);
      }),
    );
  });

  it("passes for any Vietnamese words of 3–80 letters and digits, whatever their marks and spacing", () => {
    check(
      fc.property(typed, (text) => {
        const words = text.replace(/[&\-.,()'/]$/u, "");
        const length = withoutDiacritics(words).trim().replace(/\s+/gu, " ").length;
        fc.pre(length >= ACCOUNT_NAME_MIN && length <= ACCOUNT_NAME_MAX);
        expect(validateAccountName(suggestAccountName(words)).ok).toBe(true);
      }),
    );
  });

  it("keeps the letters and their order: one ASCII letter for each Vietnamese one", () => {
    check(
      fc.property(typed, (text) => {
        const composed = text.normalize("NFC");
        const converted = withoutDiacritics(composed);
        expect([...converted]).toHaveLength([...composed].length);
        expect(converted.toLowerCase()).toBe(withoutDiacritics(composed.toLowerCase()));
      }),
    );
  });

  it("is refused for its diacritics exactly when the conversion changes the tidied name", () => {
    check(
      fc.property(typed, (text) => {
        const composed = text.normalize("NFC").trim().replace(/\s+/gu, " ");
        const result = validateAccountName(text);
        const hasMarks = withoutDiacritics(composed) !== composed;
        expect(!result.ok && result.problem === "diacritics").toBe(hasMarks);
      }),
    );
  });

  it("leaves a name already without diacritics as it was", () => {
    check(
      fc.property(asciiName, (name) => {
        expect(suggestAccountName(name)).toBe(name);
        expect(validateAccountName(name)).toEqual({ ok: true, value: name });
      }),
    );
  });
});
