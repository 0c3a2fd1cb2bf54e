import { create } from "zustand";
import { errorCode, onSessionExpired, setSessionToken } from "../api/client";
import {
  getMe,
  listDevPersonas,
  revokeAllSessions,
  signInAsDevPersona,
  signInWithZalo,
} from "../api/session";
import type { ClientErrorCode } from "../domain/errors";
import { isDevPersona } from "../domain/personas";
import type { Me, Session, User } from "../domain/types";
import { getZaloAccessToken, requestedDevPersona, requestPhoneToken } from "../platform/identity";
import { platformStorage } from "../platform/storage";
import { isInsideZalo } from "../platform/zalo";
import { asyncSlot, IDLE, type AsyncState } from "./async";

const SESSION_KEY = "zca.session";

export type SessionStatus = "starting" | "choosing-persona" | "signed-in" | "failed";

interface SessionState {
  status: SessionStatus;
  session: Session | null;
  me: Me | null;
  personas: User[];
  error: ClientErrorCode | null;
  /** Signed in as a seeded person, without Zalo. */
  devMode: boolean;
  /** "Đăng xuất mọi thiết bị", asked on this device. */
  ending: AsyncState<true>;
  /** Dev mode: back at the picker because the person's sessions were ended (here or elsewhere). */
  ended: boolean;
  start(): Promise<void>;
  signInAs(persona: string): Promise<void>;
  refreshMe(): Promise<Me | null>;
  /** Asks Zalo for the phone and signs in again with it; what went wrong otherwise. */
  sharePhone(): Promise<"shared" | ClientErrorCode>;
  signOut(): Promise<void>;
  /**
   * Ends every session of the person, this device's too: inside Zalo, Zalo's own token signs this
   * device in again at once; in dev mode it goes back to the picker.
   */
  endAllSessions(): Promise<void>;
}

const initial = {
  status: "starting" as SessionStatus,
  session: null,
  me: null,
  personas: [],
  error: null,
  devMode: false,
  ending: IDLE as AsyncState<true>,
  ended: false,
};

export const useSession = create<SessionState>()((set, get) => {
  async function adopt({ me: signedInMe, ...session }: Session): Promise<void> {
    setSessionToken(session.token);
    // Saved without `me`: a session read back on a later start asks for a fresh one.
    await platformStorage.setItem(SESSION_KEY, JSON.stringify(session));
    // A new session comes with `me` (one round trip less before the first screen).
    const me = signedInMe ?? (await getMe());
    set({ status: "signed-in", session, me, error: null, devMode: !isInsideZalo(), ended: false });
  }

  // One sign-in at a time: main.tsx starts it before the first render and SessionGate asks again.
  let starting: Promise<void> | null = null;

  async function attempt(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      set({ status: "failed", error: errorCode(error) });
    }
  }

  async function freshSession(): Promise<Session | null> {
    if (isInsideZalo()) return signInWithZalo(await getZaloAccessToken());
    const persona = get().session?.user.id;
    return isDevPersona(persona) ? signInAsDevPersona(persona) : null;
  }

  /** A new session for the same person without asking them: Zalo's token, or the same seeded person. */
  async function renew(): Promise<string | null> {
    const answer = await freshSession().catch(() => null);
    if (!answer) return null;
    const { me, ...session } = answer;
    setSessionToken(session.token);
    set(me ? { session, me } : { session });
    await platformStorage.setItem(SESSION_KEY, JSON.stringify(session));
    return session.token;
  }

  // Ended sessions: Zalo's token proves the person again, but in dev mode nothing does, so the
  // person picks again.
  async function endedHere(): Promise<void> {
    await get().signOut();
    set({ ended: true });
  }

  onSessionExpired(async (code) => {
    if (code === "session_revoked" && !isInsideZalo()) {
      await endedHere();
      return null;
    }
    return renew();
  });

  const ending = asyncSlot(
    () => get().ending,
    (next) => set({ ending: next }),
  );

  return {
    ...initial,

    start: () => {
      if (get().status === "signed-in") return Promise.resolve();
      starting ??= attempt(async () => {
        set({ status: "starting", error: null });
        const saved = await readSavedSession();
        const requested = requestedDevPersona();
        if (saved && (!requested || requested === saved.user.id)) {
          set({ session: saved });
          return adopt(saved);
        }
        if (isInsideZalo()) return adopt(await signInWithZalo(await getZaloAccessToken()));
        if (isDevPersona(requested)) return adopt(await signInAsDevPersona(requested));
        set({ status: "choosing-persona", personas: await listDevPersonas() });
      }).finally(() => {
        starting = null;
      });
      return starting;
    },

    signInAs: (persona) =>
      attempt(async () => {
        if (!isDevPersona(persona)) return;
        set({ status: "starting", error: null });
        await adopt(await signInAsDevPersona(persona));
      }),

    refreshMe: async () => {
      const me = await getMe();
      set({ me });
      return me;
    },

    sharePhone: async () => {
      const phone = await requestPhoneToken();
      if (!phone.ok) return phone.outcome;
      try {
        await adopt(await signInWithZalo(await getZaloAccessToken(), phone.token));
        return "shared";
      } catch (error) {
        return errorCode(error);
      }
    },

    signOut: async () => {
      setSessionToken(null);
      await platformStorage.removeItem(SESSION_KEY);
      set({ ...initial, status: "choosing-persona", personas: await listDevPersonas().catch(() => []) });
    },

    endAllSessions: async () => {
      const outcome = await ending.run(async () => {
        await revokeAllSessions();
        // This device's token is refused from now on too. Inside Zalo the phone signs in again
        // before the screen says it has; a failed renewal is retried by the next request.
        if (isInsideZalo()) await renew();
        return true as const;
      });
      if (outcome?.ok && !isInsideZalo()) await endedHere();
    },
  };
});

async function readSavedSession(): Promise<Session | null> {
  try {
    const raw = await platformStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    // A token that expires within a minute is not worth a request that would fail.
    return Date.parse(session.expiresAt) - Date.now() > 60_000 ? session : null;
  } catch {
    return null;
  }
}

/**
 * Calls `forget` whenever the signed-in person changes (another person, or signed out): what was
 * loaded for one person is never shown to the next.
 */
export function onPersonChange(forget: () => void): void {
  useSession.subscribe((state, previous) => {
    if (state.me?.user.id !== previous.me?.user.id) forget();
  });
}
