import { afterAll, beforeAll } from "vitest";
import { startEinvoiceStandIn, type EinvoiceStandIn } from "../../../server/dev/einvoice-standin";
import { createViettelEinvoice, type Einvoice } from "../../../server/einvoice/viettel";

/** The e-invoice provider settings the API tests give the stand-in and the adapter alike. */
export const TEST_EINVOICE = {
  username: "test-einvoice",
  password: "test-einvoice-password",
  supplierTaxCode: "0303490096",
  templateCode: "1/001",
  series: "C26TZC",
};

/** Invoice details of another company than the ZCA's, with a tax code (a branch's) that passes the check digit. */
export const OTHER_COMPANY_DETAILS = {
  companyName: "Công ty Cổ phần Kế Toán Sao Việt",
  taxCode: "0303490096-001",
  address: "120 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
  buyer: "Lê Văn Sáu",
  phone: "0901 000 006",
  email: "ketoan@saoviet.example",
};

/**
 * The provider's stand-in, started before the file's tests and stopped after them, and the
 * adapter that calls it (read both inside the tests, once started).
 */
export function einvoiceStandIn(): { readonly standIn: EinvoiceStandIn; readonly einvoice: Einvoice } {
  let standIn: EinvoiceStandIn | undefined;
  let einvoice: Einvoice | undefined;
  beforeAll(async () => {
    standIn = await startEinvoiceStandIn({ ...TEST_EINVOICE, sellerName: "Zalo Cloud Account" });
    einvoice = createViettelEinvoice({ url: standIn.url, ...TEST_EINVOICE });
  });
  afterAll(() => standIn?.stop());
  return {
    get standIn() {
      return standIn!;
    },
    get einvoice() {
      return einvoice!;
    },
  };
}
