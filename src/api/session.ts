import type { Lang } from "../domain/languages";
import type { DevPersona } from "../domain/personas";
import type { Me, Session, User } from "../domain/types";
import { request } from "./client";

export function signInWithZalo(accessToken: string, phoneToken?: string): Promise<Session> {
  return request("POST", "/session", { body: { accessToken, phoneToken }, anonymous: true });
}

export function signInAsDevPersona(devPersona: DevPersona): Promise<Session> {
  return request("POST", "/session", { body: { devPersona }, anonymous: true });
}

/** The seeded people offered by a server in dev mode; a Zalo-mode server answers 404. */
export function listDevPersonas(): Promise<User[]> {
  return request("GET", "/dev/personas", { anonymous: true });
}

export function getMe(): Promise<Me> {
  return request("GET", "/me");
}

/** "Đăng xuất mọi thiết bị": every session of the signed-in person ends, this one too. */
export function revokeAllSessions(): Promise<void> {
  return request("POST", "/session/revoke-all");
}

/** The language the person uses the app in: their notifications speak it. */
export function putLanguage(lang: Lang): Promise<void> {
  return request("PUT", "/me/language", { body: { lang } });
}
