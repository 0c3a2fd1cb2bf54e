import { Button, Layout, Space, Typography } from "antd";
import type { ReactNode } from "react";
import { Link, useLocation } from "react-router-dom";
import { signOut } from "./api";
import { useConsole } from "./context";
import { LanguageSwitch } from "./language-switch";
import type { ConsoleLang } from "./strings";

/** Every signed-in page: the header (navigation, language, who is signed in, sign-out) and the page. */
export function ConsoleLayout({
  children,
  onLang,
}: {
  children: ReactNode;
  onLang(lang: ConsoleLang): void;
}) {
  const { t, me, lang } = useConsole();
  const { pathname } = useLocation();
  const items = [
    { to: "/", label: t.nav.find, current: !pathname.startsWith("/audit") },
    ...(me.permissions.includes("audit.read")
      ? [{ to: "/audit", label: t.nav.audit, current: pathname.startsWith("/audit") }]
      : []),
  ];
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header
        style={{ display: "flex", alignItems: "center", gap: 24, borderBottom: "1px solid #d9d9d9" }}
      >
        <Typography.Text strong style={{ fontSize: 17, whiteSpace: "nowrap" }}>
          {t.appTitle}
        </Typography.Text>
        <nav aria-label={t.nav.main} style={{ flex: 1, minWidth: 0 }}>
          <Space size="large">
            {items.map((item) => (
              <Link
                key={item.to}
                to={item.to}
                aria-current={item.current ? "page" : undefined}
                className={item.current ? "console-nav console-nav-current" : "console-nav"}
              >
                {item.label}
              </Link>
            ))}
          </Space>
        </nav>
        <Space size="middle">
          <LanguageSwitch lang={lang} onLang={onLang} />
          <Typography.Text>{t.signedInAs(me.staff.name, t.roles[me.staff.role])}</Typography.Text>
          <Button
            onClick={async () => {
              await signOut(me.csrfToken);
              window.location.assign("/console/");
            }}
          >
            {t.signOut}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: "24px 32px" }}>
        <main>{children}</main>
      </Layout.Content>
    </Layout>
  );
}
