import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Lang } from "../../src/domain/languages";
import type { OaGrant, OaGrantStart, OaProfile } from "../../src/domain/types";
import type { TokenBox } from "../auth/token-box";
import { ZaloApiError } from "../auth/zalo-http";
import { newPkce, type OaTokens, type ZaloOa, type ZaloOaProfile } from "../auth/zalo-oa";
import type { Db, Tx } from "../db/client";
import { oaAdmins, oaGrants, oas, oaTokens } from "../db/schema";
import { ApiError } from "../errors";
import { recordAudit, type Actor } from "./audit";
import { requirePerson } from "./people";

/** What the OA authorization needs: Zalo's OAuth and OA API, the sealing key, and our own address. */
export interface OaAuthDeps {
  db: Db;
  zaloOa: ZaloOa;
  box: TokenBox;
  /** The API's public origin: Zalo redirects to `${publicUrl}/api/oa-grants/callback`. */
  publicUrl: string;
}

export const GRANT_LIFETIME_MS = 10 * 60_000;
const STATE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (state: string) => createHash("sha256").update(state).digest("hex");

/**
 * Starts an OA authorization for the signed-in person: a single-use state of 32 random bytes
 * (only its hash is kept) and a PKCE verifier (sealed), valid ten minutes.
 */
export async function startGrant(deps: OaAuthDeps, actor: Actor, lang: Lang): Promise<OaGrantStart> {
  await requirePerson(deps.db, actor.personId);
  const state = randomBytes(32).toString("base64url");
  const pkce = newPkce();
  const id = `grant-${randomUUID()}`;
  const expiresAt = new Date(Date.now() + GRANT_LIFETIME_MS);
  await deps.db.transaction(async (tx) => {
    await tx.insert(oaGrants).values({
      id,
      personId: actor.personId,
      stateHash: hashOf(state),
      codeVerifier: deps.box.seal(pkce.verifier),
      lang,
      expiresAt,
    });
    await recordAudit(tx, actor, { action: "oa_grant.start", subjectId: id });
  });
  const url = deps.zaloOa.permissionUrl({
    redirectUri: `${deps.publicUrl}/api/oa-grants/callback`,
    codeChallenge: pkce.challenge,
    state,
    personId: actor.personId,
  });
  return { id, url, expiresAt: expiresAt.toISOString() };
}

/** How Zalo's redirect ended, for the page the person sees; `lang` is theirs when the state was ours. */
export type GrantOutcome =
  | { status: "done"; lang: Lang; oa: OaProfile }
  | { status: "refused" | "failed" | "expired" | "invalid"; lang: Lang };

type GrantRow = typeof oaGrants.$inferSelect;

/**
 * Zalo's redirect after the permission page: `code`, `oa_id` and our `state`. The state is the
 * proof (no session here): unknown, tampered, replayed or expired states record nothing. A good
 * one is exchanged with its PKCE verifier, the OA is read with the new token and must be the OA
 * the redirect named; then OA, admin right and sealed tokens are written in one transaction.
 */
export async function completeGrant(
  deps: OaAuthDeps,
  query: { code?: string; oa_id?: string; state?: string },
  requestId?: string,
): Promise<GrantOutcome> {
  if (!query.state || !STATE_PATTERN.test(query.state)) return { status: "invalid", lang: "vi" };
  const grant = await claim(deps.db, hashOf(query.state));
  if (grant === "unknown") return { status: "invalid", lang: "vi" };
  const lang = grant.lang === "en" ? "en" : "vi";
  if (grant.status !== "exchanging") return { status: "invalid", lang };
  const actor = { personId: grant.personId, requestId };

  if (grant.expiresAt.getTime() < Date.now()) return finish(deps.db, grant, actor, "expired", "expired");
  if (!query.code) return finish(deps.db, grant, actor, "refused", "refused");
  if (!query.oa_id) return finish(deps.db, grant, actor, "failed", "missing_oa_id");

  let tokens: OaTokens;
  let profile: ZaloOaProfile;
  try {
    tokens = await deps.zaloOa.exchangeCode(query.code, deps.box.open(grant.codeVerifier));
    profile = await deps.zaloOa.getOa(tokens.accessToken);
  } catch (error) {
    if (!(error instanceof ZaloApiError)) throw error;
    return finish(deps.db, grant, actor, "failed", `zalo_${error.kind}`);
  }
  if (profile.id !== query.oa_id) return finish(deps.db, grant, actor, "failed", "oa_mismatch");

  await deps.db.transaction(async (tx) => {
    await saveOa(tx, profile);
    const grantedAt = new Date();
    await tx
      .insert(oaAdmins)
      .values({ oaId: profile.id, zaloId: grant.personId, source: "zalo_grant", grantedAt })
      .onConflictDoUpdate({
        target: [oaAdmins.oaId, oaAdmins.zaloId],
        set: { source: "zalo_grant", grantedAt, revokedAt: null },
      });
    await saveTokens(tx, deps.box, profile.id, tokens, grant.personId);
    await tx
      .update(oaGrants)
      .set({ status: "done", oaId: profile.id, completedAt: grantedAt })
      .where(eq(oaGrants.id, grant.id));
    await recordAudit(tx, actor, {
      action: "oa_grant.done",
      subjectId: profile.id,
      detail: { grant: grant.id },
    });
  });
  return { status: "done", lang, oa: publicProfile(profile) };
}

/** Takes the grant of this state for this redirect, once: a second redirect finds it taken. */
async function claim(db: Db, stateHash: string): Promise<GrantRow | "unknown"> {
  const [claimed] = await db
    .update(oaGrants)
    .set({ status: "exchanging" })
    .where(and(eq(oaGrants.stateHash, stateHash), eq(oaGrants.status, "pending")))
    .returning();
  if (claimed) return claimed;
  const [seen] = await db.select().from(oaGrants).where(eq(oaGrants.stateHash, stateHash));
  return seen ?? "unknown";
}

async function finish(
  db: Db,
  grant: GrantRow,
  actor: Actor,
  status: "refused" | "failed" | "expired",
  error: string,
): Promise<GrantOutcome> {
  await db.transaction(async (tx) => {
    await tx
      .update(oaGrants)
      .set({ status, error, completedAt: new Date() })
      .where(eq(oaGrants.id, grant.id));
    await recordAudit(tx, actor, { action: `oa_grant.${status}`, subjectId: grant.id, detail: { error } });
  });
  return { status, lang: grant.lang === "en" ? "en" : "vi" };
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
    zaloLinkedZca: profile.linkedZca,
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

function publicProfile(profile: OaProfile): OaProfile {
  const { id, name, avatar, verified, category, followers } = profile;
  return { id, name, avatar, verified, category, followers };
}

/** A grant as the app polls it: the person's own only. */
export async function getGrant(db: Db, personId: string, id: string): Promise<OaGrant> {
  const [row] = await db
    .select({ grant: oaGrants, oa: oas })
    .from(oaGrants)
    .leftJoin(oas, eq(oas.id, oaGrants.oaId))
    .where(and(eq(oaGrants.id, id), eq(oaGrants.personId, personId)));
  if (!row) throw new ApiError("not_found");
  const { grant, oa } = row;
  if (grant.status === "done" && oa) return { status: "done", oa: publicProfile(oa) };
  if (grant.status === "pending" || grant.status === "exchanging") {
    return grant.expiresAt.getTime() < Date.now() ? { status: "expired" } : { status: "pending" };
  }
  return { status: grant.status as "refused" | "failed" | "expired", error: grant.error ?? undefined };
}
