import { useEffect, useRef, useState } from "react";
import { useLocation } from "react-router-dom";
import { Button, Page } from "zmp-ui";
import { useStrings } from "../i18n/locale";
import { common } from "../i18n/strings";
import { BackIcon } from "./icons";
import { useScreenNavigate } from "./screen-navigation";

interface AppPageProps {
  title: string;
  /** Hide the back arrow on the app's root screens. */
  root?: boolean;
  /**
   * The content holds the screen's own h1 (a step of the create flow names the step): the header's
   * title is then not a heading.
   */
  contentHeading?: boolean;
  onBack?: () => void;
  children: React.ReactNode;
  footer?: React.ReactNode;
}

/**
 * A screen: the header (zmp-ui's look, with our SVG back arrow and the screen's h1), the content,
 * and an optional sticky footer, each in its landmark.
 */
export function AppPage({
  title,
  root = false,
  contentHeading = false,
  onBack,
  children,
  footer,
}: AppPageProps) {
  const t = useStrings(common);
  const navigate = useScreenNavigate();
  const page = useFocusOnArrival();
  const Title = contentHeading ? "p" : "h1";
  return (
    <Page className="app-page" restoreScrollOnBack ref={page}>
      <header className="zaui-header">
        {!root && (
          <span className="zaui-header-back">
            <Button
              className="zaui-header-back-btn"
              type="neutral"
              variant="tertiary"
              onClick={onBack ?? (() => navigate(-1))}
              icon={
                <>
                  <BackIcon size={24} className="app-header-back" />
                  <span className="sr-only">{t.app.back}</span>
                </>
              }
            />
          </span>
        )}
        <Title className="zaui-header-title app-title" tabIndex={contentHeading ? undefined : -1}>
          {title}
        </Title>
      </header>
      <main className="app-content" aria-label={title}>
        {children}
      </main>
      {footer && <footer className="app-footer">{footer}</footer>}
    </Page>
  );
}

/**
 * A screen opened from another one takes the focus to its h1, so a screen reader starts reading
 * the new screen (not the page's top, nor a button of the screen that has gone). The screen the app
 * opens on leaves the focus where the browser puts it.
 */
function useFocusOnArrival() {
  const page = useRef<HTMLDivElement>(null);
  // "default" is react-router's key for the location the app opened at.
  const { key } = useLocation();
  const [opened] = useState(() => key !== "default");
  useEffect(() => {
    if (opened) page.current?.querySelector<HTMLElement>("h1")?.focus({ preventScroll: true });
  }, [opened]);
  return page;
}
