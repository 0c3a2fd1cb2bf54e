import { useState } from "react";

type Problems<K extends string> = Partial<Record<K, string>>;

/**
 * Which fields say what is wrong: a field once it was left with something in it (or a submit was
 * tried), not while the person is still typing it; and at once a field the server refused.
 * `filled` says which fields start out touched: what a person typed on an earlier visit.
 */
export function useShownProblems<K extends string>(keys: readonly K[], filled: (key: K) => boolean) {
  const [touched, setTouched] = useState<ReadonlySet<K>>(() => new Set(keys.filter(filled)));
  return {
    /** The sentences to show, from the rules' `local` ones and the server's `refused` ones. */
    shown(local: Problems<K>, refused: Problems<K>): Problems<K> {
      const shown: Problems<K> = {};
      for (const key of keys) {
        const sentence = refused[key]
          ? (local[key] ?? refused[key])
          : touched.has(key)
            ? local[key]
            : undefined;
        if (sentence) shown[key] = sentence;
      }
      return shown;
    },
    /** A field was left: it speaks from now on, unless it was left empty. */
    leave(key: K, value: string) {
      if (value.trim() !== "" && !touched.has(key)) setTouched(new Set(touched).add(key));
    },
    /** A submit was tried: every field speaks. */
    touchAll() {
      setTouched(new Set(keys));
    },
  };
}
