import { ZaloCallError, type ZaloOutcome } from "../domain/errors";
import { callSdk, PROMPT_MS, UNATTENDED_MS, zaloOutcomeOf } from "./sdk-call";
import { loadSdk } from "./zalo";

/** The Zalo access token of the person using the mini app (personal Zalo sign-in). */
export async function getZaloAccessToken(): Promise<string> {
  const { getAccessToken } = await callSdk(loadSdk, UNATTENDED_MS);
  try {
    return await callSdk(() => getAccessToken(), UNATTENDED_MS);
  } catch (error) {
    // The SDK answers -1401 when it could not reach Zalo's token endpoint (h5.zalo.me).
    if (error instanceof ZaloCallError && error.sdkCode === -1401)
      throw new ZaloCallError("zalo_unreachable", -1401);
    throw error;
  }
}

export type PhoneTokenResult = { ok: true; token: string } | { ok: false; outcome: ZaloOutcome };

/**
 * Asks Zalo for the phone number permission; the single-use token is exchanged by the server.
 * Zalo rate-limits permission prompts (-1409 after three within a second), so callers ask once
 * per tap.
 */
export async function requestPhoneToken(): Promise<PhoneTokenResult> {
  try {
    const { getPhoneNumber } = await callSdk(loadSdk, UNATTENDED_MS);
    const { token } = await callSdk(() => getPhoneNumber(), PROMPT_MS);
    return token ? { ok: true, token } : { ok: false, outcome: "zalo_refused" };
  } catch (error) {
    return { ok: false, outcome: zaloOutcomeOf(error) };
  }
}

/** Opens Zalo's own page for updating the Zalo app (the way forward when Zalo is too old). */
export async function openZaloUpdate(): Promise<void> {
  const { requestUpdateZalo } = await callSdk(loadSdk, UNATTENDED_MS);
  await callSdk(() => requestUpdateZalo(), UNATTENDED_MS).catch(() => {});
}

/** `?as=an` in the URL picks a seeded person in dev mode. */
export function requestedDevPersona(): string | null {
  return new URLSearchParams(window.location.search).get("as");
}

/**
 * Starts the mini app afresh. Once a Zalo login went unanswered or failed, zmp-sdk stays
 * "logging in" for the page's life (common/token.js), so signing in again needs a new page.
 */
export function restartApp(): void {
  window.location.reload();
}
