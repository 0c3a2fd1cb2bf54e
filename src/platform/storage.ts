import type { StateStorage } from "zustand/middleware";
import { callSdk, UNATTENDED_MS } from "./sdk-call";
import { isInsideZalo, loadSdk } from "./zalo";

const memory = new Map<string, string>();

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The webview's own storage, or memory when even that is refused. */
const local = {
  get: (key: string) => browserStorage()?.getItem(key) ?? memory.get(key) ?? null,
  set: (key: string, value: string) => {
    const storage = browserStorage();
    if (storage) storage.setItem(key, value);
    else memory.set(key, value);
  },
  remove: (key: string) => {
    browserStorage()?.removeItem(key);
    memory.delete(key);
  },
};

/**
 * Runs `onNative` on Zalo's nativeStorage inside Zalo, else (and when Zalo refuses it: an older Zalo
 * answers -1404, a full store refuses writes) on the webview's own storage. nativeStorage's calls
 * are synchronous once the SDK is here; loading it is what can hang, hence the deadline.
 */
async function withStorage<T>(
  onNative: (native: {
    getItem(k: string): string;
    setItem(k: string, v: string): void;
    removeItem(k: string): void;
  }) => T,
  fallback: () => T,
): Promise<T> {
  if (!isInsideZalo()) return fallback();
  try {
    const { nativeStorage } = await callSdk(loadSdk, UNATTENDED_MS);
    return onNative(nativeStorage);
  } catch {
    return fallback();
  }
}

/** Key-value storage that survives closing the mini app: Zalo's nativeStorage inside Zalo. */
export const platformStorage = {
  getItem: (key: string): Promise<string | null> =>
    withStorage(
      (native) => native.getItem(key) || local.get(key),
      () => local.get(key),
    ),
  setItem: (key: string, value: string): Promise<void> =>
    withStorage(
      (native) => native.setItem(key, value),
      () => local.set(key, value),
    ),
  removeItem: (key: string): Promise<void> =>
    withStorage(
      (native) => native.removeItem(key),
      () => local.remove(key),
    ),
} satisfies StateStorage;
