/** Stable error codes shared by the API and the app; the app maps each to a sentence. */
export const ERROR_STATUS = {
  invalid_input: 400,
  unauthenticated: 401,
  session_revoked: 401,
  forbidden: 403,
  not_found: 404,
  phone_required: 403,
  phone_owns_account: 409,
  oa_not_verified: 409,
  oa_not_admin: 403,
  oa_linked_elsewhere: 409,
  app_not_owned: 403,
  app_linked_elsewhere: 409,
  phone_not_on_zalo: 422,
  already_member: 409,
  super_admin_protected: 409,
  terms_not_accepted: 422,
  idempotency_key_reused: 422,
  recipient_not_allowed: 422,
  order_taken: 409,
  file_link_expired: 410,
  tax_code_invoiced: 409,
  invoice_not_issued: 409,
  invoice_replaced: 409,
  invoice_unchanged: 409,
  insufficient_balance: 402,
  usage_id_reused: 422,
  hold_closed: 409,
  hold_exceeded: 409,
  payload_too_large: 413,
  rate_limited: 429,
  zalo_unavailable: 502,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * What a call to Zalo (zmp-sdk) ended with, in the app's own words: refused (-2002), cancelled
 * (-2003), busy with the same request (-1410), over its limit (-1409), no answer in time (-1408,
 * or our own deadline), Zalo too old for the call (-1404), Zalo's servers unreachable, or any
 * other failure.
 */
export type ZaloOutcome =
  | "zalo_refused"
  | "zalo_cancelled"
  | "zalo_busy"
  | "zalo_limit"
  | "zalo_timeout"
  | "zalo_too_old"
  | "zalo_unreachable"
  | "zalo_failed";

export class ZaloCallError extends Error {
  constructor(
    readonly outcome: ZaloOutcome,
    readonly sdkCode?: number,
  ) {
    super(`Zalo: ${outcome}${sdkCode === undefined ? "" : ` (${sdkCode})`}`);
  }
}

/** What the app can meet: the API's codes, a request that never got an answer, Zalo's answers, or anything else. */
export type ClientErrorCode = ErrorCode | "network" | "unknown" | ZaloOutcome;

/**
 * Where an `invalid_input` went wrong: each field's path ("name", "business.taxCode") and a stable
 * code (the field rule's problem, "required", "too_long" or "invalid"), so a screen can place a
 * sentence beside each field.
 */
export type FieldProblems = Record<string, string>;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && value in ERROR_STATUS;
}

// Failures of the moment: the same request may well succeed a little later. Every other code is
// the server applying a rule, which would refuse the same request again.
const RETRYABLE: ReadonlySet<ClientErrorCode> = new Set([
  "network",
  "internal",
  "rate_limited",
  "zalo_unavailable",
  "unknown",
  "zalo_busy",
  "zalo_limit",
  "zalo_timeout",
  "zalo_unreachable",
  "zalo_failed",
]);

/** Whether trying the same request again can help: the one policy behind every "Thử lại". */
export function canRetry(code: ClientErrorCode): boolean {
  return RETRYABLE.has(code);
}
