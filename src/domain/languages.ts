/** The languages the app speaks; Vietnamese first, the default. */
export const LANGS = ["vi", "en"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}
