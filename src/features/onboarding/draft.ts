import { validateAccountName } from "../../domain/account-name";
import { validateAppId } from "../../domain/app-id";
import { BUSINESS_FIELDS, EMPTY_BUSINESS, validateBusiness, type BusinessInput } from "../../domain/business";
import { oaUnavailableReason, type NewAccountOaReason } from "../../domain/linking";
import type { AppChoice } from "../../domain/schemas";
import type { App, Oa } from "../../domain/types";

/** The six steps of creating a ZCA, in order. */
export const STEPS = ["start", "name", "oa", "app", "terms", "done"] as const;
export type Step = (typeof STEPS)[number];

/** What the person has entered so far: saved on the device and restored after a reload. */
export interface Draft {
  step: Step;
  name: string;
  /** The business's details as typed (step 2, with the name). */
  business: BusinessInput;
  oaId: string | null;
  app: AppChoice | null;
  /** The App ID as typed on step 4 (kept when another choice is made, so nothing typed is lost). */
  typedAppId: string;
  /** The terms version the person agreed to; null until they tick the box. */
  acceptedTermsVersion: string | null;
  /** One key per draft, sent with every submit of it, so a retry creates one ZCA at most. */
  idempotencyKey: string | null;
  /** Set once the ZCA exists: the done step shows it. */
  createdAccountId: string | null;
}

export const EMPTY_DRAFT: Draft = {
  step: "start",
  name: "",
  business: EMPTY_BUSINESS,
  oaId: null,
  app: null,
  typedAppId: "",
  acceptedTermsVersion: null,
  idempotencyKey: null,
  createdAccountId: null,
};

// Hand-written rather than zod: zod would add ~24 KB gzip to every create step for this one check.
type Check<T> = (value: unknown) => value is T;
const isString =
  (max: number, pattern = /^/): Check<string> =>
  (v): v is string =>
    typeof v === "string" && v.length <= max && pattern.test(v);
const orNull =
  <T>(check: Check<T>): Check<T | null> =>
  (v): v is T | null =>
    v === null || check(v);
const isId = isString(128, /^./);
const isAppId = isString(64, /^[A-Za-z0-9_-]+$/);
const isTyped = isString(100);

function isAppChoice(value: unknown): value is AppChoice {
  if (typeof value !== "object" || value === null) return false;
  const { mode, appId, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return false;
  if (mode === "connect") return isAppId(appId);
  if (mode === "declare") return isTyped(appId);
  return (mode === "create" || mode === "skip") && appId === undefined;
}

// The most of one typed text a saved draft gives back. Today's inputs stop at their rule's limit,
// far below it; a longer text (from a build without those limits, or damaged) is cut, not dropped,
// so its field keeps what it can and step 2 says it is too long, while the other fields stay.
const TYPED_TEXT_MAX = 1000;

function restoreTyped(value: unknown): string {
  if (typeof value !== "string") return "";
  return value.length <= TYPED_TEXT_MAX ? value : [...value].slice(0, TYPED_TEXT_MAX).join("");
}

/** Each business field on its own: a damaged one starts empty, the others keep what was typed. */
function restoreBusiness(value: unknown): BusinessInput {
  const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(
    BUSINESS_FIELDS.map((field) => [field, restoreTyped(record[field])]),
  ) as BusinessInput;
}

type Restorable = Exclude<keyof Draft, "name" | "business">;

const fields: { [K in Restorable]: Check<Draft[K]> } = {
  step: (v): v is Step => (STEPS as readonly unknown[]).includes(v),
  oaId: orNull(isId),
  app: orNull(isAppChoice),
  typedAppId: isTyped,
  acceptedTermsVersion: orNull(isString(64)),
  idempotencyKey: orNull(isString(128, /^[A-Za-z0-9_-]{8,128}$/)),
  createdAccountId: orNull(isId),
};

/**
 * Rebuilds a draft from whatever storage held: each field that still fits today's shape is kept,
 * anything else starts empty, so a draft saved by an older build (or a damaged one) never crashes.
 * What the person typed (the name, each business detail) is kept field by field, too long or not:
 * step 2 says what is wrong with it. A draft of version 1, from before the business's details
 * were asked, keeps its name and choices and gets empty details; a name it held that today's rule
 * refuses is kept for step 2 to convert.
 */
export function restoreDraft(saved: unknown): Draft {
  const record = typeof saved === "object" && saved !== null ? (saved as Record<string, unknown>) : {};
  const draft: Record<string, unknown> = {
    ...EMPTY_DRAFT,
    name: restoreTyped(record.name),
    business: restoreBusiness(record.business),
  };
  for (const [key, fits] of Object.entries(fields)) {
    if (fits(record[key])) draft[key] = record[key];
  }
  return draft as unknown as Draft;
}

export function stepNumber(step: Step): number {
  return STEPS.indexOf(step) + 1;
}

/**
 * The first step still missing something: no later step can be opened before it. Done is never
 * "missing" here; it opens only once the ZCA exists.
 */
export function firstIncompleteStep(draft: Draft, phoneShared: boolean): Step {
  if (!phoneShared || !validateAccountName(draft.name).ok || !validateBusiness(draft.business).ok) {
    return "name";
  }
  if (!draft.oaId) return "oa";
  if (!draft.app || appIdProblem(draft.app)) return "app";
  return "terms";
}

/** Whether the person may open `step` now, given what they have entered. */
export function canOpen(step: Step, draft: Draft, phoneShared: boolean): boolean {
  if (step === "done") return draft.createdAccountId !== null;
  return STEPS.indexOf(step) <= STEPS.indexOf(firstIncompleteStep(draft, phoneShared));
}

export type OaChoiceProblem = "oa_missing" | NewAccountOaReason;

/** Why the chosen OA no longer holds (linked elsewhere, unverified, no longer administered), if so. */
export function oaChoiceProblem(oas: Record<string, Oa>, oaId: string | null): OaChoiceProblem | null {
  if (!oaId) return null;
  const oa = oas[oaId];
  if (!oa) return "oa_missing";
  return oaUnavailableReason(oa, null) ?? null;
}

/** What is wrong with the App ID of a declared app, if that is the choice. */
export function appIdProblem(choice: AppChoice | null) {
  if (choice?.mode !== "declare") return null;
  const checked = validateAppId(choice.appId);
  return checked.ok ? null : checked.problem;
}

export type AppChoiceProblem = "app_missing" | "app_linked_elsewhere" | "app_id_taken";

/**
 * Why the chosen app can no longer be connected, if so: an existing app gone or linked elsewhere,
 * or the declared App ID that another ZCA took (`takenAppId`, learnt from a refused submit).
 */
export function appChoiceProblem(
  apps: Record<string, App>,
  choice: AppChoice | null,
  takenAppId: string | null = null,
): AppChoiceProblem | null {
  if (choice?.mode === "declare") return choice.appId === takenAppId ? "app_id_taken" : null;
  if (choice?.mode !== "connect") return null;
  const app = apps[choice.appId];
  if (!app) return "app_missing";
  return app.linkedAccountId ? "app_linked_elsewhere" : null;
}
