import { describe, expect, it } from "vitest";
import {
  ACCOUNT_NAME_MAX,
  ACCOUNT_NAME_MIN,
  specialCharacters,
  suggestAccountName,
  validateAccountName,
} from "../../src/domain/account-name";
import { withoutDiacritics } from "../../src/domain/text";

const accepted = (input: string) => {
  const result = validateAccountName(input);
  expect(result.ok).toBe(true);
  return result.ok ? result.value : "";
};
const problem = (input: string) => {
  const result = validateAccountName(input);
  return result.ok ? `accepted as ${result.value}` : result.problem;
};

describe("validateAccountName (today's rule: không dấu, không ký tự đặc biệt)", () => {
  it.each(["Cong ty TNHH Binh Minh", "Tiem banh An Nhien", "Ca phe Sang Chi nhanh 1", "ABC", "123"])(
    "accepts %j unchanged",
    (name) => {
      expect(accepted(name)).toBe(name);
    },
  );

  it("trims and collapses inner whitespace, tabs and newlines included", () => {
    expect(accepted("   Ca   phe\tSang \n Chi nhanh 1  ")).toBe("Ca phe Sang Chi nhanh 1");
  });

  it.each(["", "   ", "\t\n"])("asks for a name when given %j", (input) => {
    expect(problem(input)).toBe("required");
  });

  it.each([
    "Công ty TNHH Bình Minh",
    "Tiệm bánh An Nhiên",
    "Đồ gỗ",
    "Café",
    "Tiệm bánh An Nhiên".normalize("NFD"),
    "Ðo go", // Ð (U+00D0), which some keyboards type for Đ
  ])("refuses %j for its diacritics", (input) => {
    expect(problem(input)).toBe("diacritics");
  });

  it.each([
    ["an ampersand and brackets", "Cong ty A&B (Viet Nam)"],
    ["a hyphen", "Ca phe Sang - Chi nhanh 1"],
    ["an apostrophe and a dot", "An's Bakery Ltd."],
    ["a tag", "<b>An Nhien</b>"],
    ["a NUL byte", "An\u0000Nhien"],
    ["a zero-width space", "An\u200bNhien"],
    ["a right-to-left override", "An \u202eNhien"],
    ["an emoji", "Tiem banh 🍞"],
    ["Chinese", "咖啡店 Sang"],
    ["a letter no conversion makes ASCII", "Øresund Bakery"],
  ])("refuses %s as special characters", (_label, input) => {
    expect(problem(input)).toBe("special_characters");
  });

  it("reports diacritics first, since one tap fixes them, then what is left", () => {
    expect(problem("Công ty A&B")).toBe("diacritics");
    expect(problem(suggestAccountName("Công ty A&B"))).toBe("special_characters");
    expect(specialCharacters("Công ty A&B (Việt Nam)")).toEqual(["&", "(", ")"]);
  });

  it("holds the length bounds, counted after tidying", () => {
    expect(ACCOUNT_NAME_MIN).toBe(3);
    expect(ACCOUNT_NAME_MAX).toBe(80);
    expect(problem("AB")).toBe("too_short");
    expect(problem("  A  B  ")).toBe("accepted as A B");
    expect(accepted("A".repeat(80))).toHaveLength(80);
    expect(problem("A".repeat(81))).toBe("too_long");
  });
});

describe("the name without diacritics", () => {
  it.each([
    ["Công ty TNHH Cà phê Sáng", "Cong ty TNHH Ca phe Sang"],
    ["Đặng Thị Đào", "Dang Thi Dao"],
    ["Trường Mầm non Ươm Mầm", "Truong Mam non Uom Mam"],
    ["Nhà hàng Hải sản Biển Đông", "Nha hang Hai san Bien Dong"],
    ["ỳỷỹỵý ÀÁẢÃẠ", "yyyyy AAAAA"],
  ])("turns %j into %j", (input, output) => {
    expect(withoutDiacritics(input)).toBe(output);
    expect(validateAccountName(suggestAccountName(input))).toEqual({ ok: true, value: output });
  });

  it("tidies the spaces of the suggestion as the rule does", () => {
    expect(suggestAccountName("  Cà  phê   Sáng ")).toBe("Ca phe Sang");
  });
});
