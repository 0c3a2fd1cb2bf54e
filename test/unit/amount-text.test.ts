import { describe, expect, it } from "vitest";
import { readAmount } from "../../src/features/wallet/amount-text";
import { formatters } from "../../src/i18n/format";

const vi = formatters("vi").number;
const en = formatters("en").number;
/** "1.2|50.000": the text with the caret marked by "|". */
const typed = (marked: string) => [marked.replace("|", ""), marked.indexOf("|")] as const;
const read = (marked: string, group = vi) => {
  const result = readAmount(...typed(marked), group);
  return result.amount === null
    ? null
    : `${result.text.slice(0, result.caret)}|${result.text.slice(result.caret)}`;
};

describe("readAmount", () => {
  it("groups the digits as the language writes them", () => {
    expect(read("1250000|")).toBe("1.250.000|");
    expect(read("1250000|", en)).toBe("1,250,000|");
  });

  it("keeps the caret after the digit it followed, wherever the separators moved", () => {
    expect(read("19|.250.000")).toBe("19|.250.000");
    expect(read("1.2|50.0000")).toBe("12|.500.000");
    expect(read("1.|50.000")).toBe("1|50.000");
    expect(read("|1.250.000")).toBe("|1.250.000");
  });

  it("drops leading zeros and everything but digits, with the caret", () => {
    expect(read("00|7")).toBe("|7");
    expect(read("2a0|0")).toBe("20|0");
    expect(readAmount("", 0, vi)).toEqual({ amount: null, text: "", caret: 0 });
    expect(readAmount("đ", 1, vi).amount).toBeNull();
  });

  it("takes at most twelve digits", () => {
    expect(readAmount("1234567890123", 13, vi).amount).toBe(123_456_789_012);
  });
});
