import { create } from "zustand";
import { isLang, type Lang } from "../domain/languages";
import { zaloLanguage } from "../platform/language";
import { platformStorage } from "../platform/storage";

const LANG_KEY = "zca.lang";

/** "en", "en-US", "vi_VN" → the app's language of that name, if it speaks it. */
function asLang(value: string | null | undefined): Lang | null {
  const primary = value?.toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : null;
}

interface LocaleState {
  lang: Lang;
  /** False until the first language is picked: screens wait for it rather than change language. */
  started: boolean;
  /** The person's choice in "Ngôn ngữ / Language", remembered on this device. */
  choose(lang: Lang): void;
}

function remember(lang: Lang): void {
  void platformStorage.setItem(LANG_KEY, lang).catch(() => {});
}

export const useLocale = create<LocaleState>()((set) => ({
  lang: "vi",
  started: false,
  choose: (lang) => {
    set({ lang });
    remember(lang);
  },
}));

useLocale.subscribe(({ lang }) => {
  document.documentElement.lang = lang;
});

/**
 * Picks the first language: `?lang=` in the URL (a support link, a test), else the one chosen on
 * this device, else Zalo's, else Vietnamese. `?lang=` is remembered as a choice: the app's own
 * screens drop it from the address, so a reload mid-wizard would otherwise change language.
 */
export async function startLocale(): Promise<void> {
  const requested = asLang(new URLSearchParams(window.location.search).get("lang"));
  if (requested) remember(requested);
  const saved = requested ? null : asLang(await platformStorage.getItem(LANG_KEY).catch(() => null));
  useLocale.setState({ lang: requested ?? saved ?? asLang(zaloLanguage()) ?? "vi", started: true });
}

/** A set of strings in every language; `en` must have exactly the keys and shapes of `vi`. */
export type Translations<T> = { vi: T; en: NoInfer<T> };

export function translations<T>(strings: Translations<T>): Translations<T> {
  return strings;
}

/** The strings of `bundle` in the chosen language; the screen follows a change of language. */
export function useStrings<T>(bundle: Translations<T>): T {
  return bundle[useLocale((s) => s.lang)];
}
