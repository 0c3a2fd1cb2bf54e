import { loadSdk } from "./zalo";

/** The Zalo access token of the person using the mini app (personal Zalo sign-in). */
export async function getZaloAccessToken(): Promise<string> {
  const { getAccessToken } = await loadSdk();
  return getAccessToken();
}

export type PhoneTokenResult = { ok: true; token: string } | { ok: false; refused: boolean };

/**
 * Asks Zalo for the phone number permission; the single-use token is exchanged by the server.
 * Zalo rate-limits permission prompts, so callers ask once per user action.
 */
export async function requestPhoneToken(): Promise<PhoneTokenResult> {
  const { getPhoneNumber } = await loadSdk();
  try {
    const { token } = await getPhoneNumber();
    return token ? { ok: true, token } : { ok: false, refused: true };
  } catch (error) {
    // -201: the person said no. Other codes: Zalo could not ask.
    const code = (error as { code?: number }).code;
    return { ok: false, refused: code === -201 };
  }
}

/** `?as=an` in the URL picks a seeded person in dev mode. */
export function requestedDevPersona(): string | null {
  return new URLSearchParams(window.location.search).get("as");
}
