import type { BusinessInput } from "../../src/domain/business";

/** An's bakery as he types it on step 2; 0303490096 is a real published tax code. */
export const AN_BUSINESS: BusinessInput = {
  companyName: "Công ty TNHH Tiệm bánh An Nhiên",
  taxCode: "0303490096",
  address: "18 Nguyễn Trãi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
  representative: "Nguyễn Văn An",
  phone: "0901 000 001",
  email: "lienhe@annhien.example",
};
