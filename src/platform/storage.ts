import type { StateStorage } from "zustand/middleware";
import { callSdk, UNATTENDED_MS } from "./sdk-call";
import { isInsideZalo, loadSdk } from "./zalo";

const memory = new Map<string, string>();

// nativeStorage's calls are synchronous once the SDK is here; loading it is what can hang.
const sdk = () => callSdk(loadSdk, UNATTENDED_MS);

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Key-value storage that survives closing the mini app: Zalo's nativeStorage inside Zalo,
 * localStorage in a browser, memory when neither is allowed.
 */
export const platformStorage = {
  async getItem(key: string): Promise<string | null> {
    if (isInsideZalo()) {
      const { nativeStorage } = await sdk();
      return nativeStorage.getItem(key) || null;
    }
    return browserStorage()?.getItem(key) ?? memory.get(key) ?? null;
  },
  async setItem(key: string, value: string): Promise<void> {
    if (isInsideZalo()) {
      const { nativeStorage } = await sdk();
      nativeStorage.setItem(key, value);
      return;
    }
    const storage = browserStorage();
    if (storage) storage.setItem(key, value);
    else memory.set(key, value);
  },
  async removeItem(key: string): Promise<void> {
    if (isInsideZalo()) {
      const { nativeStorage } = await sdk();
      nativeStorage.removeItem(key);
      return;
    }
    browserStorage()?.removeItem(key);
    memory.delete(key);
  },
} satisfies StateStorage;
