import type { Lang } from "../domain/languages";
import { useLocale } from "./locale";

const LOCALE_TAG: Record<Lang, string> = { vi: "vi-VN", en: "en-US" };

export interface Formatters {
  number(n: number): string;
  /** An amount of Vietnamese đồng: "1.250.000 đ", "₫1,250,000". */
  money(amount: number): string;
  /** A day: "12/03/2024", "Mar 12, 2024". */
  date(iso: string): string;
  /** Names joined as a sentence says them: "A, B và C", "A, B, and C". */
  list(items: string[]): string;
}

const cache = new Map<Lang, Formatters>();

/** Numbers, đồng amounts and dates as the chosen language writes them (Intl). */
export function formatters(lang: Lang): Formatters {
  let f = cache.get(lang);
  if (!f) {
    const tag = LOCALE_TAG[lang];
    const number = new Intl.NumberFormat(tag);
    const currency = new Intl.NumberFormat(tag, { style: "currency", currency: "VND" });
    const day = new Intl.DateTimeFormat(
      tag,
      lang === "vi"
        ? { day: "2-digit", month: "2-digit", year: "numeric" }
        : { day: "numeric", month: "short", year: "numeric" },
    );
    const list = new Intl.ListFormat(tag, { type: "conjunction" });
    f = {
      number: (n) => number.format(n),
      // Vietnamese business owners write đồng as "đ" after the amount, as the guide does.
      money: (amount) => (lang === "vi" ? `${number.format(amount)} đ` : currency.format(amount)),
      date: (iso) => day.format(new Date(iso)),
      list: (items) => list.format(items),
    };
    cache.set(lang, f);
  }
  return f;
}

export function useFormat(): Formatters {
  return formatters(useLocale((s) => s.lang));
}
