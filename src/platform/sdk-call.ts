import { ZaloCallError, type ZaloOutcome } from "../domain/errors";

// The codes zmp-sdk 2.51.6 answers with (apis/constants.js), as the app's own outcomes.
const BY_CODE: Record<number, ZaloOutcome> = {
  [-2002]: "zalo_refused",
  [-2003]: "zalo_cancelled",
  [-1410]: "zalo_busy",
  [-1409]: "zalo_limit",
  [-1408]: "zalo_timeout",
  [-1404]: "zalo_too_old",
};

/** Calls that need no person (sign-in, tokens, storage): Zalo answers them at once or not at all. */
export const UNATTENDED_MS = 10_000;
/** Prompts a person answers (share the phone, pick a chat): they may take their time. */
export const PROMPT_MS = 120_000;

export function zaloOutcomeOf(error: unknown): ZaloOutcome {
  if (error instanceof ZaloCallError) return error.outcome;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "number" && BY_CODE[code]) return BY_CODE[code];
  // getAccessToken is an HTTP call to Zalo, not a bridge action: a failed fetch is the network.
  if (error instanceof TypeError) return "zalo_unreachable";
  return "zalo_failed";
}

/**
 * Runs one SDK call within `ms`; any failure, or silence, becomes a ZaloCallError. Most of the
 * SDK's bridge actions have no timeout: a host that never answers would leave a screen waiting.
 */
export async function callSdk<T>(call: () => Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ZaloCallError("zalo_timeout")), ms);
  });
  try {
    return await Promise.race([call(), deadline]);
  } catch (error) {
    if (error instanceof ZaloCallError) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    throw new ZaloCallError(zaloOutcomeOf(error), typeof code === "number" ? code : undefined);
  } finally {
    clearTimeout(timer);
  }
}
