import { useCallback, useEffect, useState } from "react";

export type Loaded<T> = { state: "loading" } | { state: "failed" } | { state: "done"; value: T };

/** What `load` answers, loaded again when `key` changes or on retry(). */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> & { retry(): void } {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setResult({ state: "loading" });
    load().then(
      (value) => live && setResult({ state: "done", value }),
      () => live && setResult({ state: "failed" }),
    );
    return () => {
      live = false;
    };
    // `key` names what is loaded; `load` is a new function every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...result, retry };
}
