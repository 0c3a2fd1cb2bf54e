import { describe, expect, it } from "vitest";
import { invoiceProblems } from "../../src/domain/invoice";
import { invoiceInfoSchema } from "../../src/domain/schemas";
import type { InvoiceInfo } from "../../src/domain/types";

const good: InvoiceInfo = {
  companyName: "Công ty TNHH Bình Minh",
  taxCode: "0399123457",
  address: "25 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
  buyer: "Trần Thị Bình",
  phone: "0901 000 002",
  email: "ketoan@binhminh.vn",
};

/** The fields the server's schema refuses, each with the code it reports. */
const refused = (info: InvoiceInfo) => {
  const result = invoiceInfoSchema.safeParse(info);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("invoiceProblems, the screen's check of invoice details", () => {
  it.each<[string, Partial<InvoiceInfo>]>([
    ["good details", {}],
    ["a branch's tax code", { taxCode: "0399123457-001" }],
    ["a tax code of 9 digits", { taxCode: "031234567" }],
    ["a tax code with letters", { taxCode: "03123456AB" }],
    ["a tax code whose check digit is wrong", { taxCode: "0312345674" }],
    ["a one-letter company", { companyName: " A " }],
    ["a company name of 201 letters", { companyName: "A".repeat(201) }],
    ["an empty buyer", { buyer: "" }],
    ["a landline", { phone: "028 3822 1234" }],
    ["a phone in +84 form", { phone: "+84901000002" }],
    ["an email without @", { email: "ketoan" }],
    ["an email without a domain", { email: "ketoan@" }],
  ])("agrees with the server's schema on %s", (_label, change) => {
    const info = { ...good, ...change };
    expect(invoiceProblems(info)).toEqual(refused(info));
  });

  it("tells a check digit that does not match from a tax code of the wrong shape, as the server does", () => {
    expect(invoiceProblems({ ...good, taxCode: "0312345674" })).toEqual({ taxCode: "checksum" });
    expect(invoiceProblems({ ...good, taxCode: "031234567" })).toEqual({ taxCode: "format" });
    expect(refused({ ...good, taxCode: "0312345674" })).toEqual({ taxCode: "checksum" });
  });
});
