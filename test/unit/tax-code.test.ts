import { describe, expect, it } from "vitest";
import { taxCodeCheckDigit, validateTaxCode } from "../../src/domain/tax-code";

// Real codes as businesses publish them: the two the issue names, and some of the codes that
// python-stdnum (stdnum/vn/mst.py, tests/test_vn_mst.doctest) collected online. All 157 codes of
// that list pass this rule; these stand for them.
const PUBLISHED = [
  "0303490096",
  "0300588569",
  "0100233488",
  "0100112437",
  "0312687878",
  "0314409058",
  "2000102580",
  "3500748818",
  "4900224296",
  "5900705097",
];
const PUBLISHED_BRANCHES = ["0314409058-002", "0312687878-001", "2000102580-005", "1300440846-008"];

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];
const weightedRemainder = (code: string) =>
  WEIGHTS.reduce((sum, weight, i) => sum + weight * Number(code[i]), 0) % 11;

/** Every code that differs from `code` in exactly one digit: 10 places × 9 other digits. */
function singleDigitChanges(code: string): string[] {
  return [...code].flatMap((digit, i) =>
    [..."0123456789"].filter((d) => d !== digit).map((d) => code.slice(0, i) + d + code.slice(i + 1)),
  );
}

describe("validateTaxCode", () => {
  it.each(PUBLISHED)("accepts the published code %s as it is", (code) => {
    expect(validateTaxCode(code)).toEqual({ ok: true, value: code });
  });

  it.each(PUBLISHED_BRANCHES)("accepts the published branch code %s", (code) => {
    expect(validateTaxCode(code)).toEqual({ ok: true, value: code });
  });

  it.each([
    ["0312 68 78 78 - 001", "0312687878-001"],
    ["0312687878001", "0312687878-001"],
    ["01.00.112.437", "0100112437"],
    [" 0303 490 096 ", "0303490096"],
    ["0312687878–001", "0312687878-001"],
  ])("reads %j, written as people write it, as %s", (input, value) => {
    expect(validateTaxCode(input)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "required"],
    ["   ", "required"],
    ["12345", "format"],
    ["030349009", "format"],
    ["03034900961", "format"],
    ["0303490096-01", "format"],
    ["0303490096-0001", "format"],
    ["MST0303490096", "format"],
    ["0303490096-000", "format"],
    ["0100000008", "format"],
    ["0100233480", "checksum"],
  ])("refuses %j: %s", (input, problem) => {
    expect(validateTaxCode(input)).toEqual({ ok: false, problem });
  });

  it("finds no check digit for a prefix whose weighted sum is a multiple of 11, and refuses every code on it", () => {
    const prefix = Array.from({ length: 1000 }, (_, n) => `0100${String(n).padStart(3, "0")}00`).find(
      (p) => weightedRemainder(p) === 0,
    )!;
    expect(taxCodeCheckDigit(prefix)).toBeNull();
    for (const digit of "0123456789") expect(validateTaxCode(prefix + digit).ok).toBe(false);
  });
});

describe("every single-digit change of a real code", () => {
  it.each(PUBLISHED)("is caught for %s unless it happens to make another valid code", (code) => {
    const changes = singleDigitChanges(code);
    expect(changes).toHaveLength(90);
    // Computed, not assumed: a change is another valid code only if its own check digit holds.
    const stillValid = changes.filter((changed) => taxCodeCheckDigit(changed) === Number(changed[9]));
    const accepted = changes.filter((changed) => validateTaxCode(changed).ok);
    expect(accepted).toEqual(stillValid);
    // And the arithmetic says there are none: each weight is prime to 11 and a digit moves by at
    // most 9, so changing one of the first nine digits always changes the remainder, and changing
    // the tenth leaves the remainder that asked for the old digit.
    expect(accepted).toEqual([]);
    for (const changed of changes.filter((c) => c[9] === code[9])) {
      expect(weightedRemainder(changed)).not.toBe(weightedRemainder(code));
    }
  });

  it.each(PUBLISHED_BRANCHES)("is caught in the first ten digits of the branch code %s", (code) => {
    const [main, branch] = code.split("-") as [string, string];
    const accepted = singleDigitChanges(main).filter((changed) => validateTaxCode(`${changed}-${branch}`).ok);
    expect(accepted).toEqual([]);
  });
});
