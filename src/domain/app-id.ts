/** Zalo's App IDs are numbers: the digits its developer console shows, e.g. 1234567890123456789. */
export const APP_ID_LENGTH = { min: 6, max: 20 } as const;

/** An App ID as the app and the server pass it around: digits only, already checked. */
export const APP_ID_PATTERN = new RegExp(`^[0-9]{${APP_ID_LENGTH.min},${APP_ID_LENGTH.max}}$`);

export type AppIdProblem = "required" | "not_digits" | "too_short" | "too_long";

export type AppIdResult = { ok: true; value: string } | { ok: false; problem: AppIdProblem };

/**
 * An App ID a person types to declare an app: the spaces a copy and paste brings along are dropped,
 * then only digits, 6–20 of them. The screens and the server apply this one rule.
 */
export function validateAppId(input: string): AppIdResult {
  const value = input.replace(/\s+/gu, "");
  if (value === "") return { ok: false, problem: "required" };
  if (!/^[0-9]+$/.test(value)) return { ok: false, problem: "not_digits" };
  if (value.length < APP_ID_LENGTH.min) return { ok: false, problem: "too_short" };
  if (value.length > APP_ID_LENGTH.max) return { ok: false, problem: "too_long" };
  return { ok: true, value };
}

/** What a declared app is called: Zalo tells us nothing of it but the App ID the person typed. */
export function declaredAppName(appId: string): string {
  return `App ID ${appId}`;
}
