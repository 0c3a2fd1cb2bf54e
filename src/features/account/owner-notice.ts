import { useEffect, useState } from "react";
import { platformStorage } from "../../platform/storage";

const SEEN_KEY = "zca.ownerNoticeSeen";

/**
 * Whether the ZCA's home explains why the person was brought straight to it (their phone owns
 * it, R1): only after such a redirect, and only the first time on this device, since from then on
 * the app opening on their ZCA is what they expect. `decided` is false while the device is asked,
 * so the notice never appears above a screen already drawn.
 */
export function useOwnerNotice(personId: string, redirected: boolean): { decided: boolean; show: boolean } {
  const [answer, setAnswer] = useState<{ for: string; show: boolean } | null>(null);
  useEffect(() => {
    if (!redirected) return;
    let current = true;
    const key = `${SEEN_KEY}.${personId}`;
    platformStorage
      .getItem(key)
      .then((seen) => {
        if (!current) return;
        setAnswer({ for: personId, show: seen === null });
        if (seen === null) void platformStorage.setItem(key, new Date().toISOString());
      })
      .catch(() => current && setAnswer({ for: personId, show: false }));
    return () => {
      current = false;
    };
  }, [personId, redirected]);
  if (!redirected) return { decided: true, show: false };
  const mine = answer?.for === personId ? answer : null;
  return { decided: mine !== null, show: mine?.show ?? false };
}
