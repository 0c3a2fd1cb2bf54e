import { describe, expect, it } from "vitest";
import { canReplace, invoiceNumberShown } from "../../src/domain/invoices";

describe("invoiceNumberShown", () => {
  it("drops the series Viettel's invoiceNo starts with", () => {
    expect(invoiceNumberShown("C26TZC1", "C26TZC")).toBe("1");
    expect(invoiceNumberShown("C26TZC125", "C26TZC")).toBe("125");
    expect(invoiceNumberShown("K23TAA0000123", "K23TAA")).toBe("0000123");
    // The older form: a series with a slash, a zero-padded number.
    expect(invoiceNumberShown("AA/20E0000005", "AA/20E")).toBe("0000005");
  });

  it("shows a number that does not start with its series, or is only the series, as it is", () => {
    expect(invoiceNumberShown("0000123", "1C26TBM")).toBe("0000123");
    expect(invoiceNumberShown("C26TZC", "C26TZC")).toBe("C26TZC");
    expect(invoiceNumberShown("C26TZC7", null)).toBe("C26TZC7");
    expect(invoiceNumberShown("c26tzc7", "C26TZC")).toBe("c26tzc7");
  });
});

describe("canReplace", () => {
  const link = { id: "inv-2", number: "C26TZC2", series: "C26TZC" };
  it("allows an issued or emailed invoice not replaced yet, and nothing else", () => {
    expect(canReplace({ status: "issued", replacedBy: null })).toBe(true);
    expect(canReplace({ status: "emailed", replacedBy: null })).toBe(true);
    expect(canReplace({ status: "emailed", replacedBy: link })).toBe(false);
    expect(canReplace({ status: "issuing", replacedBy: null })).toBe(false);
    expect(canReplace({ status: "failed", replacedBy: null })).toBe(false);
  });
});
