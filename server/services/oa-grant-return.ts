import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Lang } from "../../src/domain/languages";
import type { OaGrantStatus } from "../../src/domain/oa-grants";
import { maskPhone } from "../../src/domain/phone";
import type { OaProfile } from "../../src/domain/types";
import { ZaloApiError } from "../auth/zalo-http";
import type { OaTokens, ZaloOaProfile } from "../auth/zalo-oa";
import type { Db } from "../db/client";
import { oaAdmins, oaGrants, people } from "../db/schema";
import type { Actor } from "../actor";
import { runWrite } from "./command";
import {
  hashOf,
  langOf,
  nowOf,
  publicProfile,
  saveOa,
  saveTokens,
  SECRET_PATTERN,
  type GrantRow,
  type OaAuthDeps,
} from "./oa-grants";

// Zalo's redirect and the person's confirmation. OAuth's rule applies: the state is bound to the
// browser that started the flow (the cookie `GET /api/oa-grants/:id/open` set). A redirect that
// arrives in another browser (a forwarded link) credits no one, and even in the right browser
// nothing is credited before the person confirms, on a page that names who will receive the OA.

/** A notice page: how a grant ended, or why this request did nothing. */
export type GrantNotice =
  | "refused"
  | "cancelled"
  | "failed"
  | "expired"
  | "invalid"
  | "other_browser"
  | "ticket_used"
  | "ticket_expired";

/** The page a person sees at the end of a request, in `lang`. */
export type GrantPage =
  | {
      kind: "confirm";
      lang: Lang;
      oa: OaProfile;
      recipient: { name: string; phone: string | null };
      grantId: string;
      csrf: string;
    }
  | { kind: "done"; lang: Lang; oa: OaProfile }
  | { kind: GrantNotice; lang: Lang };

/** The cookie of a grant's browser (the value it was given), if this request carries it. */
export type BrowserCookie = (grantId: string) => string | undefined;

/** Does this request come from the browser that opened the grant? */
function fromGrantBrowser(grant: GrantRow, cookie: BrowserCookie): boolean {
  const secret = cookie(grant.id);
  return (
    !!grant.browserHash &&
    !!secret &&
    SECRET_PATTERN.test(secret) &&
    safeEqual(hashOf(secret), grant.browserHash)
  );
}

/** The confirmation form's token: bound to the grant and to the browser's cookie. */
const csrfOf = (grantId: string, browserSecret: string) =>
  createHmac("sha256", browserSecret).update(`oa-grant-confirm:${grantId}`).digest("base64url");

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * `GET /api/oa-grants/callback`: Zalo's redirect, with `code`, `oa_id` and our `state` (or
 * Zalo's refusal). Unknown or replayed states record nothing. A state whose grant's cookie this
 * browser lacks fails the grant (`other_browser`), its code never exchanged. In the grant's
 * browser the code is exchanged once (the grant is claimed first), the OA is read with the new
 * token and must be the one the redirect named; Zalo's answer is kept on the grant (tokens
 * sealed) for the confirmation page, and nothing is credited yet. An unexpected error fails the
 * grant and goes on to the error handler.
 */
export async function completeGrant(
  deps: OaAuthDeps,
  request: { query: { code?: string; oa_id?: string; state?: string }; cookie: BrowserCookie; lang: Lang },
  requestId?: string,
): Promise<GrantPage> {
  const { query, cookie } = request;
  // Whoever reads a page about a grant not theirs reads it in their own language.
  const visitor = (kind: GrantNotice): GrantPage => ({ kind, lang: request.lang });
  if (!query.state || !SECRET_PATTERN.test(query.state)) return visitor("invalid");
  const [grant] = await deps.db
    .select()
    .from(oaGrants)
    .where(eq(oaGrants.stateHash, hashOf(query.state)));
  if (!grant) return visitor("invalid");
  const actor = { personId: grant.personId, requestId };

  if (!fromGrantBrowser(grant, cookie)) {
    const failed = await settle(deps.db, grant, "opened", actor, "failed", "other_browser");
    return visitor(failed ? "other_browser" : "invalid");
  }
  // A reload of the confirmation (the same browser, the code already spent) shows it again.
  if (grant.status === "confirming" && grant.pendingOa) {
    return confirmPage(deps, grant, grant.pendingOa, cookie(grant.id)!);
  }
  if (!(await claim(deps.db, grant.id, "opened", "exchanging")))
    return { kind: "invalid", lang: langOf(grant) };
  try {
    return await exchange(deps, grant, query, cookie(grant.id)!, actor);
  } catch (error) {
    // Not left "exchanging" (which the app would only ever see expire): failed, and the error goes on.
    await settle(deps.db, grant, "exchanging", actor, "failed", "internal");
    throw error;
  }
}

/** The claimed grant's redirect: Zalo's answer kept for the confirmation, or how it ended. */
async function exchange(
  deps: OaAuthDeps,
  grant: GrantRow,
  query: { code?: string; oa_id?: string },
  browserSecret: string,
  actor: Actor,
): Promise<GrantPage> {
  if (grant.expiresAt < nowOf(deps)) return ended(deps.db, grant, actor, "expired", "expired");
  if (!query.code) return ended(deps.db, grant, actor, "refused", "refused");
  if (!query.oa_id) return ended(deps.db, grant, actor, "failed", "missing_oa_id");

  let tokens: OaTokens;
  let profile: ZaloOaProfile;
  try {
    tokens = await deps.zaloOa.exchangeCode(query.code, deps.box.open(grant.codeVerifier));
    profile = await deps.zaloOa.getOa(tokens.accessToken);
  } catch (error) {
    if (!(error instanceof ZaloApiError)) throw error;
    return ended(deps.db, grant, actor, "failed", `zalo_${error.kind}`);
  }
  if (profile.id !== query.oa_id) return ended(deps.db, grant, actor, "failed", "oa_mismatch");

  const sealed = deps.box.seal(JSON.stringify({ ...tokens, expiresAt: tokens.expiresAt.toISOString() }));
  await deps.db
    .update(oaGrants)
    .set({ status: "confirming", pendingOa: profile, pendingTokens: sealed })
    .where(and(eq(oaGrants.id, grant.id), eq(oaGrants.status, "exchanging")));
  return confirmPage(deps, grant, profile, browserSecret);
}

async function confirmPage(
  deps: OaAuthDeps,
  grant: GrantRow,
  profile: OaProfile,
  browserSecret: string,
): Promise<GrantPage> {
  const [person] = await deps.db
    .select({ name: people.name, phone: people.phone })
    .from(people)
    .where(eq(people.id, grant.personId));
  return {
    kind: "confirm",
    lang: langOf(grant),
    oa: publicProfile(profile),
    recipient: { name: person?.name ?? grant.personId, phone: maskPhone(person?.phone ?? null) },
    grantId: grant.id,
    csrf: csrfOf(grant.id, browserSecret),
  };
}

/**
 * `POST /api/oa-grants/confirm`: the person's answer on the confirmation page. Only from the
 * grant's browser with the form's token, and once: "confirm" writes the OA, the grant's person as
 * its admin and its sealed tokens in one transaction with the grant's end; "cancel" ends it as
 * refused. A replay, another browser or a wrong token changes nothing.
 */
export async function confirmGrant(
  deps: OaAuthDeps,
  request: {
    form: { grant: string; csrf: string; decision: "confirm" | "cancel" };
    cookie: BrowserCookie;
    lang: Lang;
  },
  requestId?: string,
): Promise<GrantPage> {
  const { form, cookie } = request;
  const [grant] = await deps.db.select().from(oaGrants).where(eq(oaGrants.id, form.grant));
  if (!grant) return { kind: "invalid", lang: request.lang };
  if (!fromGrantBrowser(grant, cookie)) return { kind: "other_browser", lang: request.lang };
  const lang = langOf(grant);
  if (!safeEqual(form.csrf, csrfOf(grant.id, cookie(grant.id)!))) return { kind: "invalid", lang };
  if (grant.status !== "confirming" || !grant.pendingOa || !grant.pendingTokens) {
    return { kind: "invalid", lang };
  }
  const actor = { personId: grant.personId, requestId };
  if (grant.expiresAt < nowOf(deps)) return ended(deps.db, grant, actor, "expired", "expired", "confirming");
  if (form.decision === "cancel") return ended(deps.db, grant, actor, "refused", "cancelled", "confirming");

  const profile = grant.pendingOa;
  const sealed = JSON.parse(deps.box.open(grant.pendingTokens)) as OaTokens & { expiresAt: string };
  const tokens = { ...sealed, expiresAt: new Date(sealed.expiresAt) };
  const credited = await runWrite(deps.db, actor, async ({ tx, audit }) => {
    const grantedAt = new Date();
    // The grant's end first: a second confirmation (a double tap, a replay) finds it taken.
    const [done] = await tx
      .update(oaGrants)
      .set({ status: "done", completedAt: grantedAt, pendingOa: null, pendingTokens: null })
      .where(and(eq(oaGrants.id, grant.id), eq(oaGrants.status, "confirming")))
      .returning({ id: oaGrants.id });
    if (!done) return false;
    await saveOa(tx, profile);
    await tx.update(oaGrants).set({ oaId: profile.id }).where(eq(oaGrants.id, grant.id));
    await tx
      .insert(oaAdmins)
      .values({ oaId: profile.id, personId: grant.personId, source: "zalo_grant", grantedAt })
      .onConflictDoUpdate({
        target: [oaAdmins.oaId, oaAdmins.personId],
        set: { source: "zalo_grant", grantedAt, revokedAt: null },
      });
    await saveTokens(tx, deps.box, profile.id, tokens, grant.personId);
    audit({
      action: "oa_grant.done",
      subjectId: profile.id,
      detail: { grant: grant.id },
    });
    return true;
  });
  return credited ? { kind: "done", lang, oa: publicProfile(profile) } : { kind: "invalid", lang };
}

/** Moves the grant from `from` to `to`, once: false when another request moved it first. */
async function claim(db: Db, id: string, from: OaGrantStatus, to: OaGrantStatus): Promise<boolean> {
  const moved = await db
    .update(oaGrants)
    .set({ status: to })
    .where(and(eq(oaGrants.id, id), eq(oaGrants.status, from)))
    .returning({ id: oaGrants.id });
  return moved.length > 0;
}

/** Ends a grant that is in state `from` (dropping what Zalo gave for it): false when it was not. */
async function settle(
  db: Db,
  grant: GrantRow,
  from: OaGrantStatus,
  actor: Actor,
  status: "refused" | "failed" | "expired",
  error: string,
): Promise<boolean> {
  return runWrite(db, actor, async ({ tx, audit }) => {
    const moved = await tx
      .update(oaGrants)
      .set({ status, error, completedAt: new Date(), pendingOa: null, pendingTokens: null })
      .where(and(eq(oaGrants.id, grant.id), eq(oaGrants.status, from)))
      .returning({ id: oaGrants.id });
    if (moved.length === 0) return false;
    audit({ action: `oa_grant.${status}`, subjectId: grant.id, detail: { error } });
    return true;
  });
}

/** Ends the grant this request holds and answers the page that says so. */
async function ended(
  db: Db,
  grant: GrantRow,
  actor: Actor,
  status: "refused" | "failed" | "expired",
  error: string,
  from: OaGrantStatus = "exchanging",
): Promise<GrantPage> {
  const settled = await settle(db, grant, from, actor, status, error);
  const kind = !settled ? "invalid" : error === "cancelled" ? "cancelled" : status;
  return { kind, lang: langOf(grant) };
}
