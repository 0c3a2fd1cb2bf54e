import { ERROR_STATUS, type ErrorCode, type FieldProblems } from "../src/domain/errors";

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  invalid_input: "The request is not valid.",
  unauthenticated: "Sign in first.",
  session_revoked: "This session was ended by signing out of all devices; sign in again.",
  forbidden: "You may not do this.",
  not_found: "Not found.",
  phone_required: "Share your phone number to create a Zalo Cloud Account.",
  phone_owns_account: "This phone already owns a Zalo Cloud Account as Super Admin.",
  oa_not_verified: "Only a verified OA can be connected.",
  oa_not_admin: "You are not an admin of this OA.",
  oa_linked_elsewhere: "This OA is already linked to another Zalo Cloud Account.",
  app_not_owned: "You are not an admin of this app.",
  app_linked_elsewhere: "This app is already connected to another Zalo Cloud Account.",
  phone_not_on_zalo: "No Zalo account has this phone number.",
  already_member: "This person is already a member of this Zalo Cloud Account.",
  super_admin_protected: "Nobody can remove or demote the Super Admin, not even the Super Admin.",
  terms_not_accepted: "Agree to the current terms first.",
  idempotency_key_reused: "This Idempotency-Key was used for a different request.",
  recipient_not_allowed:
    "A recipient is not a member of this Zalo Cloud Account, or their role may not see what this notification tells.",
  order_taken: "This Checkout order belongs to another top-up, or this top-up has another order.",
  file_link_expired: "This file link has expired; ask the app for a new one.",
  tax_code_invoiced: "An invoice was written with this tax code: it can no longer be changed.",
  invoice_not_issued: "This invoice is not issued yet: only an issued invoice can be replaced.",
  invoice_replaced: "This invoice was already replaced; correct its replacement instead.",
  invoice_unchanged: "The company name and address are what the invoice already says.",
  insufficient_balance: "The available balance (the balance minus active holds) does not cover this amount.",
  usage_id_reused: "This holdId or eventId was already used for a different request.",
  hold_closed: "This hold was already captured by another event, or released (its expiresAt passed).",
  hold_exceeded: "The event's amount is larger than its hold's.",
  payload_too_large: "The request body is too large.",
  rate_limited: "Too many requests; try again shortly.",
  zalo_unavailable: "Zalo could not be reached; try again shortly.",
  internal: "Something went wrong on our side.",
};

export class ApiError extends Error {
  readonly status: number;
  /** Sent as Retry-After with a 429. */
  retryAfterSeconds?: number;
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_MESSAGES[code],
    /** Sent with an invalid_input: which fields are wrong, and how. */
    readonly fields?: FieldProblems,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }

  static rateLimited(retryAfterSeconds: number): ApiError {
    const error = new ApiError("rate_limited");
    error.retryAfterSeconds = retryAfterSeconds;
    return error;
  }
}
