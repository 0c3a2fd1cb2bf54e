import { describe, expect, it } from "vitest";
import { parseAmount } from "../../src/domain/amount-text";
import { readAmount } from "../../src/features/wallet/amount-text";
import { formatters } from "../../src/i18n/format";

const vi = formatters("vi").number;
const en = formatters("en").number;
/** "1.2|50.000": the text with the caret marked by "|". */
const typed = (marked: string) => ({ typed: marked.replace("|", ""), caret: marked.indexOf("|") });
/** The field showed `before` (our grouping unless said), then `marked`: what it shows next, caret marked. */
const read = (marked: string, group = vi, before = "", ours = true) => {
  const result = readAmount({ before, ours, ...typed(marked) }, group);
  return `${result.text.slice(0, result.caret)}|${result.text.slice(result.caret)}`;
};

describe("parseAmount", () => {
  it("reads an amount as Vietnamese writes it: dots group thousands, spaces are ignored", () => {
    expect(parseAmount("50.000")).toEqual({ amount: 50_000, problem: null });
    expect(parseAmount("1.000.000")).toEqual({ amount: 1_000_000, problem: null });
    expect(parseAmount("50000")).toEqual({ amount: 50_000, problem: null });
    expect(parseAmount(" 50 000 ")).toEqual({ amount: 50_000, problem: null });
    expect(parseAmount("007")).toEqual({ amount: 7, problem: null });
    expect(parseAmount("")).toEqual({ amount: null, problem: null });
    expect(parseAmount("1.000.000.000.000")).toEqual({ amount: 1_000_000_000_000, problem: null });
  });

  it.each([
    ["50000.00", "decimal"],
    ["100000,00", "decimal"],
    ["50,000", "decimal"],
    ["50.00", "decimal"],
    ["1.000,5", "decimal"],
    ["-50000", "sign"],
    ["+50000", "sign"],
    ["\u221250000", "sign"],
    ["1e6", "not_a_number"],
    ["50k", "not_a_number"],
    ["50.000đ", "not_a_number"],
    ["50.0000", "grouping"],
    ["5.00.000", "grouping"],
    ["1.", "grouping"],
    [".500", "grouping"],
    ["1000000000001", "too_large"],
    ["99999999999999999999", "too_large"],
  ])("refuses %s: %s", (text, problem) => {
    expect(parseAmount(text)).toEqual({ amount: null, problem });
  });

  it("reads English the other way round: commas group, a dot starts decimals", () => {
    expect(parseAmount("50,000", ",")).toEqual({ amount: 50_000, problem: null });
    expect(parseAmount("50.000", ",")).toEqual({ amount: null, problem: "decimal" });
  });
});

describe("readAmount", () => {
  it("groups the digits as the language writes them", () => {
    expect(read("1250000|")).toBe("1.250.000|");
    expect(read("1250000|", en)).toBe("1,250,000|");
  });

  it("keeps the caret after the digit it followed, wherever the separators moved", () => {
    expect(read("19|.250.000", vi, "1.250.000")).toBe("19|.250.000");
    expect(read("1.2|50.0000", vi, "1.250.000")).toBe("12|.500.000");
    expect(read("1.|50.000", vi, "1.250.000")).toBe("1|50.000");
    expect(read("|1.250.000", vi, "1.250.000")).toBe("|1.250.000");
  });

  it("reads digits typed into our grouping as digits, and drops leading zeros with the caret", () => {
    expect(read("1.0000|", vi, "1.000")).toBe("10.000|");
    expect(read("00|7")).toBe("|7");
    expect(readAmount({ before: "", ours: true, typed: "", caret: 0 }, vi)).toEqual({
      amount: null,
      problem: null,
      text: "",
      caret: 0,
    });
  });

  it("shows what is not an amount as typed, and says why", () => {
    expect(readAmount({ before: "50.000", ours: true, typed: "50.000.", caret: 7 }, vi)).toEqual({
      amount: null,
      problem: "grouping",
      text: "50.000.",
      caret: 7,
    });
    expect(readAmount({ before: "50.000.0", ours: false, typed: "50.000.00", caret: 9 }, vi)).toMatchObject({
      problem: "decimal",
      text: "50.000.00",
    });
    expect(readAmount({ before: "", ours: true, typed: "đ", caret: 1 }, vi)).toMatchObject({
      amount: null,
      problem: "not_a_number",
    });
    // A whole text pasted over our grouping is read as written, not as its digits.
    expect(readAmount({ before: "50.000", ours: true, typed: "50000.00", caret: 8 }, vi).problem).toBe(
      "decimal",
    );
  });

  it("refuses more than 10^12 đ rather than cutting digits off", () => {
    expect(readAmount({ before: "", ours: true, typed: "1234567890123", caret: 13 }, vi)).toMatchObject({
      amount: null,
      problem: "too_large",
      text: "1234567890123",
    });
  });
});
