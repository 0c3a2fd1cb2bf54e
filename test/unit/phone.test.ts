import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatVietnamMobile, maskPhone, parseVietnamMobile, toE164 } from "../../src/domain/phone";

describe("parseVietnamMobile", () => {
  it.each([
    ["0901 000 001", "+84901000001"],
    ["0901000001", "+84901000001"],
    ["+84901000001", "+84901000001"],
    ["84901000001", "+84901000001"],
    ["+84 901-000-001", "+84901000001"],
    ["(+84) 901.000.001", "+84901000001"],
    ["0084 358 123 456", "+84358123456"],
    ["  0987654321 ", "+84987654321"],
  ])("reads %s as %s", (input, e164) => {
    expect(parseVietnamMobile(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    ["", "required"],
    ["   ", "required"],
    ["0901 000 00", "format"],
    ["0901 000 0011", "format"],
    ["0241 000 001", "format"],
    ["901000001", "format"],
    ["+1 650 253 0000", "format"],
    ["0901a00001", "format"],
  ])("refuses %j as %s", (input, problem) => {
    expect(parseVietnamMobile(input)).toEqual({ ok: false, problem });
  });

  it("reads every way of writing one number as the same number", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("3", "5", "7", "8", "9"),
        fc.stringMatching(/^\d{8}$/),
        fc.constantFrom("0", "+84", "84", "0084", "+84 ", "(+84) "),
        fc.constantFrom("", " ", ".", "-"),
        (first, rest, prefix, separator) => {
          const digits = first + rest;
          const written = prefix + [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)].join(separator);
          expect(parseVietnamMobile(written)).toEqual({ ok: true, e164: `+84${digits}` });
        },
      ),
    );
  });
});

describe("toE164", () => {
  it("turns Zalo's 84… numbers and typed ones into +84…, and keeps foreign numbers whole", () => {
    expect(toE164("84912345678")).toBe("+84912345678");
    expect(toE164("0912 345 678")).toBe("+84912345678");
    expect(toE164("16502530000")).toBe("+16502530000");
  });
});

describe("maskPhone", () => {
  it("shows the last three digits of the national form", () => {
    expect(maskPhone("+84901000001")).toBe("•••••••001");
    expect(maskPhone("0901000001")).toBe("•••••••001");
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone("12")).toBe("12");
  });
});

describe("formatVietnamMobile", () => {
  it("writes a stored Vietnamese mobile the way people read it at home, and leaves other numbers", () => {
    expect(formatVietnamMobile("+84901000001")).toBe("0901 000 001");
    expect(formatVietnamMobile("+16502530000")).toBe("+16502530000");
  });

  it("round-trips through the parser for any Vietnamese mobile", () => {
    fc.assert(
      fc.property(fc.constantFrom("3", "5", "7", "8", "9"), fc.stringMatching(/^\d{8}$/), (first, rest) => {
        const e164 = `+84${first}${rest}`;
        expect(parseVietnamMobile(formatVietnamMobile(e164))).toEqual({ ok: true, e164 });
      }),
    );
  });
});
