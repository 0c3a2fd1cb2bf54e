import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Lang } from "../../src/domain/languages";
import type { OaGrant, OaGrantStart, OaProfile } from "../../src/domain/types";
import type { TokenBox } from "../auth/token-box";
import { newPkce, pkceOf, type OaTokens, type ZaloOa, type ZaloOaProfile } from "../auth/zalo-oa";
import type { Db, Tx } from "../db/client";
import { oaGrants, oas, oaTokens } from "../db/schema";
import { ApiError } from "../errors";
import type { Actor } from "../actor";
import { runWrite } from "./command";
import { requirePerson } from "./people";
/** What the OA authorization needs: Zalo's OAuth and OA API, the sealing key, and our own address. */
export interface OaAuthDeps {
  db: Db;
  zaloOa: ZaloOa;
  box: TokenBox;
  /** The API's public origin: Zalo redirects to `${publicUrl}/api/oa-grants/callback`. */
  publicUrl: string;
  /** The clock of the grants' lifetimes (tests move it); Date.now by default. */
  now?: () => number;
}

export const GRANT_LIFETIME_MS = 10 * 60_000;
/** The app's link must be opened this soon: it is opened at once by the app that asked for it. */
const TICKET_LIFETIME_MS = 2 * 60_000;
/** 32 random bytes, base64url: tickets, states and browser cookies. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const hashOf = (secret: string) => createHash("sha256").update(secret).digest("hex");
const newSecret = () => randomBytes(32).toString("base64url");
export const nowOf = (deps: Pick<OaAuthDeps, "now">) => new Date(deps.now?.() ?? Date.now());
export const langOf = (grant: { lang: string }): Lang => (grant.lang === "en" ? "en" : "vi");

export type GrantRow = typeof oaGrants.$inferSelect;

/**
 * Starts an OA authorization for the signed-in person. The answer's `url` is our own
 * `/api/oa-grants/:id/open` with a single-use ticket (only its hash is kept) that lives two
 * minutes; the PKCE verifier is sealed. The state Zalo will carry is made only when the ticket is
 * used, so it exists only in the browser that opened the link.
 */
export async function startGrant(deps: OaAuthDeps, actor: Actor, lang: Lang): Promise<OaGrantStart> {
  await requirePerson(deps.db, actor.personId);
  const ticket = newSecret();
  const id = `grant-${randomUUID()}`;
  const now = nowOf(deps);
  const expiresAt = new Date(now.getTime() + GRANT_LIFETIME_MS);
  await runWrite(deps.db, actor, async ({ tx, audit }) => {
    await tx.insert(oaGrants).values({
      id,
      personId: actor.personId,
      codeVerifier: deps.box.seal(newPkce().verifier),
      lang,
      ticketHash: hashOf(ticket),
      ticketExpiresAt: new Date(now.getTime() + TICKET_LIFETIME_MS),
      createdAt: now,
      expiresAt,
    });
    audit({ action: "oa_grant.start", subjectId: id });
  });
  const url = `${deps.publicUrl}/api/oa-grants/${encodeURIComponent(id)}/open?ticket=${ticket}`;
  return { id, url, expiresAt: expiresAt.toISOString() };
}

/** Why an app link was not opened, for the page the person sees, in the grant's language. */
export type OpenRefusal = "ticket_used" | "ticket_expired" | "invalid";

/**
 * `GET /api/oa-grants/:id/open?ticket=…`: the first use of a live ticket binds the grant to this
 * browser (a new secret for its cookie, of which the grant keeps the hash), makes the state, and
 * answers Zalo's permission page to redirect to. A used, expired or foreign ticket binds nothing.
 */
export async function openGrant(
  deps: OaAuthDeps,
  grantId: string,
  ticket: string,
): Promise<
  | { ok: true; redirect: string; browserSecret: string; expiresAt: Date }
  | { ok: false; refusal: OpenRefusal; lang: Lang | null }
> {
  const now = nowOf(deps);
  const state = newSecret();
  const browserSecret = newSecret();
  const ticketHash = SECRET_PATTERN.test(ticket) ? hashOf(ticket) : null;
  // Whoever opens the link is not signed in here: the event names the person the grant is for.
  const opened = await runWrite(deps.db, { personId: "anonymous" }, async ({ tx, audit }) => {
    if (!ticketHash) return undefined;
    const [row] = await tx
      .update(oaGrants)
      .set({
        status: "opened",
        ticketUsedAt: now,
        stateHash: hashOf(state),
        browserHash: hashOf(browserSecret),
      })
      .where(
        and(
          eq(oaGrants.id, grantId),
          eq(oaGrants.ticketHash, ticketHash),
          eq(oaGrants.status, "pending"),
          isNull(oaGrants.ticketUsedAt),
          gt(oaGrants.ticketExpiresAt, now),
          gt(oaGrants.expiresAt, now),
        ),
      )
      .returning();
    if (row) audit({ action: "oa_grant.open", subjectId: row.id }, { personId: row.personId });
    return row;
  });
  if (!opened) {
    const [grant] = await deps.db.select().from(oaGrants).where(eq(oaGrants.id, grantId));
    if (!grant) return { ok: false, refusal: "invalid", lang: null };
    const lang = langOf(grant);
    if (!ticketHash || grant.ticketHash !== ticketHash) return { ok: false, refusal: "invalid", lang };
    if (grant.ticketUsedAt || grant.status !== "pending") return { ok: false, refusal: "ticket_used", lang };
    return { ok: false, refusal: "ticket_expired", lang };
  }
  const redirect = deps.zaloOa.permissionUrl({
    redirectUri: `${deps.publicUrl}/api/oa-grants/callback`,
    codeChallenge: pkceOf(deps.box.open(opened.codeVerifier)).challenge,
    state,
    personId: opened.personId,
    lang: langOf(opened),
  });
  return { ok: true, redirect, browserSecret, expiresAt: opened.expiresAt };
}

/** The OA as Zalo just described it, kept as our directory's row. */
export async function saveOa(tx: Tx, profile: ZaloOaProfile): Promise<void> {
  const values = {
    name: profile.name,
    avatar: profile.avatar,
    verified: profile.verified,
    category: profile.category,
    followers: profile.followers,
    oaType: profile.type,
    packageName: profile.packageName,
    packageValidThrough: profile.packageValidThrough,
    zaloLinkedAccount: profile.linkedAccount,
    refreshedAt: new Date(),
  };
  await tx
    .insert(oas)
    .values({ id: profile.id, ...values })
    .onConflictDoUpdate({ target: oas.id, set: values });
}

export async function saveTokens(
  tx: Tx,
  box: TokenBox,
  oaId: string,
  tokens: OaTokens,
  grantedBy: string,
): Promise<void> {
  const values = {
    refreshToken: box.seal(tokens.refreshToken),
    accessToken: box.seal(tokens.accessToken),
    accessExpiresAt: tokens.expiresAt,
    grantedBy,
    updatedAt: new Date(),
    revokedAt: null,
  };
  await tx
    .insert(oaTokens)
    .values({ oaId, ...values })
    .onConflictDoUpdate({ target: oaTokens.oaId, set: values });
}

export function publicProfile(profile: OaProfile): OaProfile {
  const { id, name, avatar, verified, category, followers } = profile;
  return { id, name, avatar, verified, category, followers };
}

/** A grant as the app polls it: the person's own only. */
export async function getGrant(deps: OaAuthDeps, personId: string, id: string): Promise<OaGrant> {
  const [row] = await deps.db
    .select({ grant: oaGrants, oa: oas })
    .from(oaGrants)
    .leftJoin(oas, eq(oas.id, oaGrants.oaId))
    .where(and(eq(oaGrants.id, id), eq(oaGrants.personId, personId)));
  if (!row) throw new ApiError("not_found");
  const { grant, oa } = row;
  if (grant.status === "done" && oa) return { status: "done", oa: publicProfile(oa) };
  if (grant.status === "refused" || grant.status === "failed" || grant.status === "expired") {
    return { status: grant.status, error: grant.error ?? undefined };
  }
  // Still under way (pending, opened, exchanging, confirming): until its time is up.
  const now = nowOf(deps).getTime();
  const ticketLapsed = grant.status === "pending" && (grant.ticketExpiresAt?.getTime() ?? 0) < now;
  return grant.expiresAt.getTime() < now || ticketLapsed ? { status: "expired" } : { status: "pending" };
}
