import type { SessionRequest } from "../../src/domain/schemas";
import type { Session } from "../../src/domain/types";
import { maskPhone } from "../../src/domain/phone";
import { issueSessionToken, SESSION_MAX_AGE_SECONDS } from "../auth/session-token";
import type { ZaloGraph } from "../auth/zalo-graph";
import { ZaloApiError } from "../auth/zalo-http";
import type { Db } from "../db/client";
import { ApiError } from "../errors";
import { getMe } from "./me";
import { findPerson, upsertPerson, type Person } from "./people";

export interface SessionDeps {
  db: Db;
  authMode: "dev" | "zalo";
  /** The first signs new tokens (a refresh re-signs a token with it). */
  sessionSecrets: readonly string[];
  graph: ZaloGraph;
}

/** Signs a person in: a Zalo access token (checked with the Graph API) or, in dev mode, a seeded persona. */
export async function createSession(
  deps: SessionDeps,
  request: SessionRequest,
  requestId?: string,
): Promise<Session> {
  const person =
    "devPersona" in request
      ? await devPerson(deps, request.devPersona)
      : await zaloPerson(deps, request, requestId);
  return sessionFor(deps, person);
}

/**
 * The session, with what GET /api/me answers: the app needs both before its first screen. A
 * refresh passes the original sign-in time, which bounds how long refreshing can go on.
 */
export async function sessionFor(deps: SessionDeps, person: Person, auth?: number): Promise<Session> {
  const now = Math.floor(Date.now() / 1000);
  if (auth !== undefined && now - auth >= SESSION_MAX_AGE_SECONDS) {
    throw new ApiError("unauthenticated", "This session is too old to refresh; sign in again.");
  }
  const [{ token, expiresAt }, me] = await Promise.all([
    issueSessionToken(deps.sessionSecrets[0]!, person.id, deps.authMode, now, auth ?? now),
    getMe(deps.db, person.id),
  ]);
  return {
    token,
    expiresAt,
    user: { id: person.id, name: person.name, avatar: person.avatar },
    phone: maskPhone(person.phone),
    me,
  };
}

async function devPerson(deps: SessionDeps, persona: string): Promise<Person> {
  if (deps.authMode !== "dev") throw new ApiError("forbidden", "Dev sign-in is off on this server.");
  const person = await findPerson(deps.db, persona);
  if (!person) throw new ApiError("unauthenticated", "This dev persona is not seeded.");
  return person;
}

async function zaloPerson(
  deps: SessionDeps,
  request: { accessToken: string; phoneToken?: string },
  requestId?: string,
): Promise<Person> {
  if (deps.authMode !== "zalo") throw new ApiError("forbidden", "Zalo sign-in is off in dev mode.");
  try {
    const profile = await deps.graph.getProfile(request.accessToken);
    const phone = request.phoneToken
      ? await deps.graph.getPhone(request.accessToken, request.phoneToken)
      : undefined;
    return await upsertPerson(deps.db, { ...profile, phone }, requestId);
  } catch (error) {
    if (error instanceof ZaloApiError) {
      throw error.kind === "rejected"
        ? new ApiError("unauthenticated", "Zalo did not accept this sign-in; sign in again.")
        : new ApiError("zalo_unavailable");
    }
    throw error;
  }
}
