import { describe, expect, it } from "vitest";
import { ACCOUNT_NAME_MAX, ACCOUNT_NAME_MIN, validateAccountName } from "../../src/domain/account-name";

const accepted = (input: string) => {
  const result = validateAccountName(input);
  expect(result.ok).toBe(true);
  return result.ok ? result.value : "";
};
const problem = (input: string) => {
  const result = validateAccountName(input);
  return result.ok ? `accepted as ${result.value}` : result.problem;
};

describe("validateAccountName", () => {
  it.each([
    "Công ty TNHH Bình Minh",
    "Tiệm bánh An Nhiên",
    "Cà phê Sáng - Chi nhánh 1",
    "Công ty TNHH A&B (Việt Nam)",
    "An's Bakery, Ltd.",
    "Học viện Đào tạo Ươm mầm",
    "123",
  ])("accepts the business name %j unchanged", (name) => {
    expect(accepted(name)).toBe(name);
  });

  it("trims and collapses inner whitespace, tabs and newlines included", () => {
    expect(accepted("   Cà   phê\tSáng \n Chi nhánh 1  ")).toBe("Cà phê Sáng Chi nhánh 1");
  });

  it("stores decomposed Vietnamese (NFD) in its composed form (NFC)", () => {
    const decomposed = "Tiệm bánh An Nhiên".normalize("NFD");
    expect(decomposed).not.toBe("Tiệm bánh An Nhiên");
    expect(accepted(decomposed)).toBe("Tiệm bánh An Nhiên");
  });

  it.each(["", "   ", "\t\n"])("asks for a name when given %j", (input) => {
    expect(problem(input)).toBe("required");
  });

  it.each([
    ["a NUL byte", "An\u0000Nhiên"],
    ["a bell", "An Nhiên\u0007"],
    ["DEL", "An\u007fNhiên"],
    ["a zero-width space", "An\u200bNhiên"],
    ["a right-to-left override", "An \u202eNhiên"],
    ["a tag", "<b>An Nhiên</b>"],
    ["a script tag", "<script>alert(1)</script>"],
    ["braces", "An {{Nhiên}}"],
    ["a backtick", "An `Nhiên`"],
    ["a backslash", "An\\Nhiên"],
    ["no letter or digit", "- - -"],
  ])("refuses %s", (_label, input) => {
    expect(problem(input)).toBe("bad_characters");
  });

  it("holds the length bounds, counted in characters after normalising", () => {
    expect(ACCOUNT_NAME_MIN).toBe(3);
    expect(ACCOUNT_NAME_MAX).toBe(80);
    expect(problem("AB")).toBe("too_short");
    expect(problem("  A  B  ")).toBe("accepted as A B");
    expect(accepted("ABC")).toBe("ABC");
    expect(accepted("ệ".repeat(80))).toHaveLength(80);
    expect(accepted("ệ".repeat(80).normalize("NFD"))).toBe("ệ".repeat(80));
    expect(problem("ệ".repeat(81))).toBe("too_long");
    // An emoji is one character even though it takes two UTF-16 units.
    expect(accepted(`A${"🍞".repeat(79)}`)).toHaveLength(159);
    expect(problem(`A${"🍞".repeat(80)}`)).toBe("too_long");
  });
});
