import { isInsideZalo } from "./zalo";

declare global {
  interface Window {
    /** Set by the Zalo app: its display language ("vi", "en", …). */
    zLanguage?: string;
  }
}

/**
 * The Zalo app's display language, inside Zalo; null elsewhere. zmp-sdk's getSystemInfo() reads
 * the same global (apis/common/apis/general/getSystemInfo.js: `zaloLanguage: window.zLanguage`),
 * so the SDK need not load for it.
 */
export function zaloLanguage(): string | null {
  return isInsideZalo() ? (window.zLanguage ?? null) : null;
}
