import { useEffect, useRef } from "react";
import { Button } from "zmp-ui";
import "./load-more.css";

interface LoadMoreProps {
  label: string;
  loading: boolean;
  onMore(): void;
}

/**
 * The end of a list with more to come: the next page loads as it scrolls into view, and the
 * button does the same where the webview cannot watch the scroll (or the person prefers to tap).
 */
export function LoadMore({ label, loading, onMore }: LoadMoreProps) {
  const sentinel = useRef<HTMLDivElement>(null);
  const more = useRef(onMore);
  more.current = onMore;

  // Watched afresh after each page: a new observer reports at once if the end is still in view.
  useEffect(() => {
    const element = sentinel.current;
    if (loading || !element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && more.current(),
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [loading]);

  return (
    <div ref={sentinel} className="load-more">
      <Button size="small" variant="secondary" loading={loading} onClick={onMore}>
        {label}
      </Button>
    </div>
  );
}
