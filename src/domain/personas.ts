/** The seeded people a developer can sign in as in dev mode (stable ids, see README, "Seeded people"). */
export const DEV_PERSONAS = ["an", "binh", "chau", "dung", "em", "giang"] as const;
export type DevPersona = (typeof DEV_PERSONAS)[number];

export function isDevPersona(value: unknown): value is DevPersona {
  return typeof value === "string" && (DEV_PERSONAS as readonly string[]).includes(value);
}
