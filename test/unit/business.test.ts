import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BUSINESS_FIELDS,
  EMPTY_BUSINESS,
  validateBusiness,
  validateBusinessField,
  type BusinessInput,
} from "../../src/domain/business";
import { businessSchema } from "../../src/domain/schemas";
import { hostileString } from "../api/helpers/hostile";
import { AN_BUSINESS } from "../support/businesses";

const AN = AN_BUSINESS;

const problemOf = (field: (typeof BUSINESS_FIELDS)[number], input: string) => {
  const result = validateBusinessField(field, input);
  return result.ok ? `accepted as ${result.value}` : result.problem;
};

describe("validateBusiness", () => {
  it("accepts a business's details and stores them tidied: phone in E.164, spaces single", () => {
    expect(validateBusiness({ ...AN, companyName: "  Công ty  TNHH Tiệm bánh An Nhiên " })).toEqual({
      ok: true,
      value: { ...AN, phone: "+84901000001" },
    });
  });

  it("names every field that is missing, and nothing else", () => {
    expect(validateBusiness(EMPTY_BUSINESS)).toEqual({
      ok: false,
      problems: Object.fromEntries(BUSINESS_FIELDS.map((f) => [f, "required"])),
    });
    expect(validateBusiness({ ...AN, email: "" })).toEqual({ ok: false, problems: { email: "required" } });
  });

  it.each([
    ["companyName", "A", "too_short"],
    ["companyName", "Cà phê Sáng", "accepted as Cà phê Sáng"],
    ["companyName", "Công ty ".repeat(25) + "ABCDEFGHI", "too_long"],
    ["companyName", "Công ty <script>", "bad_characters"],
    ["companyName", "Công ty\u200b Sáng", "bad_characters"],
    ["address", "Q.1", "too_short"],
    ["address", "12 Lê Lợi", "accepted as 12 Lê Lợi"],
    ["address", "x".repeat(301), "too_long"],
    ["representative", "Võ", "accepted as Võ"],
    ["representative", "V", "too_short"],
    ["representative", "---", "bad_characters"],
    ["phone", "84901000001", "accepted as +84901000001"],
    ["phone", "028 3822 1234", "format"],
    ["taxCode", "0303490097", "checksum"],
    ["email", "an@annhien", "format"],
    ["email", "an nhien@annhien.vn", "format"],
    ["email", "an@tiệmbánh.vn", "format"],
    ["email", "  An.Nguyen+zca@AnNhien.VN ", "accepted as An.Nguyen+zca@annhien.vn"],
    ["email", `${"a".repeat(250)}@x.vn`, "too_long"],
  ] as const)("%s %j → %s", (field, input, expected) => {
    expect(problemOf(field, input)).toBe(expected);
  });

  it("agrees with the API's schema for any input, each problem at its field's path", () => {
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(BUSINESS_FIELDS.map((f) => [f, fc.oneof(fc.constant(AN[f]), hostileString)])),
        ),
        (input) => {
          const business = input as BusinessInput;
          fc.pre(BUSINESS_FIELDS.every((f) => business[f].length <= 1000));
          const rule = validateBusiness(business);
          const schema = businessSchema.safeParse(business);
          if (rule.ok) expect(schema).toMatchObject({ success: true, data: rule.value });
          else
            expect(
              Object.fromEntries(schema.error!.issues.map((i) => [i.path.join("."), i.message])),
            ).toEqual(rule.problems);
        },
      ),
      { numRuns: 1000, seed: 20_261_126 },
    );
  });

  it("is idempotent: stored details validate to themselves", () => {
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(BUSINESS_FIELDS.map((f) => [f, fc.oneof(fc.constant(AN[f]), hostileString)])),
        ),
        (input) => {
          const result = validateBusiness(input as BusinessInput);
          if (result.ok) expect(validateBusiness(result.value)).toEqual(result);
        },
      ),
      { numRuns: 1000, seed: 20_261_126 },
    );
  });
});
