import { canRetry, type ClientErrorCode } from "../../domain/errors";
import type { AppChoice } from "../../domain/schemas";
import type { App, Oa } from "../../domain/types";
import type { AppChoiceProblem, OaChoiceProblem } from "./draft";
import type { Strings } from "./strings";

/** Why the OA chosen earlier can no longer be connected, and what to do. */
export function staleOaSentence(t: Strings, problem: OaChoiceProblem, oa: Oa | undefined): string {
  if (problem === "oa_missing" || !oa) return t.oa.stale.oa_missing;
  return t.oa.stale[problem](oa.name);
}

/** Why the app chosen earlier can no longer be connected, and what to do. */
export function staleAppSentence(
  t: Strings,
  problem: AppChoiceProblem,
  app: App | undefined,
  choice: AppChoice | null,
): string {
  if (problem === "app_id_taken" && choice?.mode === "declare") return t.app.stale.app_id_taken(choice.appId);
  if (problem !== "app_linked_elsewhere" || !app) return t.app.stale.app_missing;
  return t.app.stale.app_linked_elsewhere(app.name);
}

/** What the person can do about a refused submit or a choice that stopped holding. */
export type Recovery = "fix-details" | "choose-oa" | "choose-app" | "share-phone" | "open-owned" | "retry";

export function recoveryFor(
  error: ClientErrorCode | null,
  oaProblem: OaChoiceProblem | null,
  appProblem: AppChoiceProblem | null,
  /** The server refused the name or a business detail (step 2 shows which). */
  detailsRefused = false,
): Recovery | null {
  if (oaProblem) return "choose-oa";
  if (appProblem) return "choose-app";
  switch (error) {
    case null:
      return null;
    case "invalid_input":
      return detailsRefused ? "fix-details" : null;
    case "oa_not_verified":
    case "oa_not_admin":
    case "oa_linked_elsewhere":
      return "choose-oa";
    case "app_not_owned":
    case "app_linked_elsewhere":
      return "choose-app";
    case "phone_required":
      return "share-phone";
    case "phone_owns_account":
      return "open-owned";
    // terms_not_accepted: the person ticks the box for the new terms, then "Hoàn thành" sends them.
    // idempotency_key_reused: the sentence asks for "Hoàn thành" again; the store has a new key.
    default:
      return canRetry(error) ? "retry" : null;
  }
}
