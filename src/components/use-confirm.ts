import { useCallback, useState } from "react";

/**
 * A confirmation dialog's state: what it asks about, and whether it is open. What it asks about
 * is kept after closing, so the dialog does not go blank while it animates away.
 */
export function useConfirm<T>() {
  const [asking, setAsking] = useState<T | null>(null);
  const [open, setOpen] = useState(false);
  // The same functions at every render: rows of a long list take `ask` and render only when they change.
  const ask = useCallback((subject: T) => {
    setAsking(subject);
    setOpen(true);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  return { asking, open, ask, close };
}
