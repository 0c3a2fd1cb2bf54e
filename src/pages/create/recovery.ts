import type { ClientErrorCode } from "../../api/client";
import type { App, Oa } from "../../domain/types";
import { t } from "../../i18n";
import type { AppChoiceProblem, OaChoiceProblem } from "../../store/onboarding-draft";

/** Why the OA chosen earlier can no longer be connected, and what to do. */
export function staleOaSentence(problem: OaChoiceProblem, oa: Oa | undefined): string {
  if (problem === "oa_missing" || !oa) return t.create.oa.stale.oa_missing;
  return t.create.oa.stale[problem](oa.name);
}

/** Why the app chosen earlier can no longer be connected, and what to do. */
export function staleAppSentence(problem: AppChoiceProblem, app: App | undefined): string {
  if (problem === "app_missing" || !app) return t.create.app.stale.app_missing;
  return t.create.app.stale.app_linked_elsewhere(app.name);
}

/** What the person can do about a refused submit or a choice that stopped holding. */
export type Recovery = "choose-oa" | "choose-app" | "share-phone" | "open-owned" | "retry";

export function recoveryFor(
  error: ClientErrorCode | null,
  oaProblem: OaChoiceProblem | null,
  appProblem: AppChoiceProblem | null,
): Recovery | null {
  if (oaProblem) return "choose-oa";
  if (appProblem) return "choose-app";
  switch (error) {
    // terms_not_accepted: the person ticks the box for the new terms, then "Hoàn thành" sends them.
    // idempotency_key_reused: the sentence asks for "Hoàn thành" again; the store has a new key.
    case null:
    case "terms_not_accepted":
    case "idempotency_key_reused":
      return null;
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
    default:
      return "retry";
  }
}
