import type { Page } from "playwright-core";
import { BUSINESS_FIELDS, type BusinessInput } from "../../../src/domain/business";
import type { Lang } from "../../../src/domain/languages";
import { businessStrings } from "../../../src/i18n/business-strings";

/**
 * A seeded person's business as they would type it on step 2. The tax codes are valid (their check
 * digit holds) in a range not yet issued, so they are no real company's.
 */
export function businessOf(
  companyName: string,
  taxCode: string,
  extra: Partial<BusinessInput> = {},
): BusinessInput {
  return {
    companyName,
    taxCode,
    address: "42 Pasteur, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
    representative: "Nguyễn Văn An",
    phone: "0901 000 001",
    email: "lienhe@caphesang.example",
    ...extra,
  };
}

export const detailBox = (page: Page, field: keyof BusinessInput, lang: Lang = "vi") =>
  page.getByRole("textbox", { name: businessStrings[lang].labels[field], exact: true });

/** Types each of step 2's business details, as a person would, field after field. */
export async function fillBusiness(page: Page, details: BusinessInput, lang: Lang = "vi"): Promise<void> {
  for (const field of BUSINESS_FIELDS) await detailBox(page, field, lang).fill(details[field]);
}
