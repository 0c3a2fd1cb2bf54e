import { Header, Page } from "zmp-ui";
import { useStrings } from "../i18n/locale";
import { common } from "../i18n/strings";
import { BackIcon } from "./icons";

interface AppPageProps {
  title: string;
  /** Hide the back arrow on the app's root screens. */
  root?: boolean;
  onBack?: () => void;
  children: React.ReactNode;
  footer?: React.ReactNode;
}

/** A screen: the zmp-ui header with our SVG back arrow, the content, and an optional sticky footer. */
export function AppPage({ title, root = false, onBack, children, footer }: AppPageProps) {
  const t = useStrings(common);
  return (
    <Page className="app-page" restoreScrollOnBack>
      <Header
        title={title}
        showBackIcon={!root}
        backIcon={
          <>
            <BackIcon size={24} className="app-header-back" />
            <span className="sr-only">{t.app.back}</span>
          </>
        }
        onBackClick={onBack}
      />
      <main className="app-content" aria-label={title}>
        {children}
      </main>
      {footer && <footer className="app-footer">{footer}</footer>}
    </Page>
  );
}
