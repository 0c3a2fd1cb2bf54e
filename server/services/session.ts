import { eq, sql } from "drizzle-orm";
import type { SessionRequest } from "../../src/domain/schemas";
import type { Session } from "../../src/domain/types";
import { maskPhone } from "../../src/domain/phone";
import { issueSessionToken, SESSION_MAX_AGE_SECONDS } from "../auth/session-token";
import type { ZaloGraph } from "../auth/zalo-graph";
import { ZaloApiError } from "../auth/zalo-http";
import type { Db } from "../db/client";
import { preparedQuery } from "../db/prepared";
import { people } from "../db/schema";
import { ApiError } from "../errors";
import type { Actor } from "../actor";
import { runWrite } from "./command";
import { getMe } from "./me";
import {
  checkSessionVersion,
  findPerson,
  personColumns,
  toPerson,
  upsertPerson,
  type Person,
} from "./people";

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
 * refresh passes the token it renews: its sign-in time, which bounds how long refreshing can go
 * on, and its session version, carried on as it is (never the person's current one, which a
 * revocation racing this refresh may just have raised).
 */
export async function sessionFor(
  deps: SessionDeps,
  person: Person,
  renewing?: { auth: number; version: number },
): Promise<Session> {
  const now = Math.floor(Date.now() / 1000);
  if (renewing && now - renewing.auth >= SESSION_MAX_AGE_SECONDS) {
    throw new ApiError("unauthenticated", "This session is too old to refresh; sign in again.");
  }
  const version = renewing?.version ?? person.sessionVersion;
  const [{ token, expiresAt }, me] = await Promise.all([
    issueSessionToken(deps.sessionSecrets[0]!, person.id, deps.authMode, now, renewing?.auth ?? now, version),
    getMe(deps.db, person.id, renewing?.version),
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

// The check every request but GET /api/me makes (that one checks in its own query): one lookup
// by primary key, a prepared statement, which also loads the person for the routes that need them.
const sessionPersonQuery = preparedQuery(
  (db, name) =>
    db
      .select(personColumns)
      .from(people)
      .where(eq(people.id, sql.placeholder("personId")))
      .prepare(name),
  "session_person",
);

/**
 * The person a session token names, while the session is live: refused (401) once they are gone
 * from the directory, or once they ended their sessions after the token was issued.
 */
export async function sessionPerson(db: Db, personId: string, version: number): Promise<Person> {
  const [row] = await sessionPersonQuery(db).execute({ personId });
  checkSessionVersion(row, version);
  return toPerson(row);
}

/**
 * "Đăng xuất mọi thiết bị": every session token the person holds, on every device (this one too),
 * is refused from the next request on. A request already past its check when this commits
 * finishes as it began; a refresh racing it hands out a token of the old version, refused too.
 */
export async function endAllSessions(db: Db, actor: Actor): Promise<void> {
  await runWrite(db, actor, async ({ tx, audit }) => {
    const [row] = await tx
      .update(people)
      .set({ sessionVersion: sql`${people.sessionVersion} + 1` })
      .where(eq(people.id, actor.personId))
      .returning({ sessionVersion: people.sessionVersion });
    if (!row) throw new ApiError("unauthenticated");
    audit({
      action: "person.end_sessions",
      subjectId: actor.personId,
      detail: { sessionVersion: row.sessionVersion },
    });
  });
}
