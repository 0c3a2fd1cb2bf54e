import { Button, Card, Flex, Typography } from "antd";
import { LanguageSwitch } from "../language-switch";
import { CONSOLE_STRINGS, type ConsoleLang } from "../strings";

/** Signed out: one button to the company's identity provider (GET /console/auth/login). */
export function SignInPage({ lang, onLang }: { lang: ConsoleLang; onLang(lang: ConsoleLang): void }) {
  const t = CONSOLE_STRINGS[lang];
  return (
    <Flex vertical align="center" style={{ minHeight: "100vh", background: "#f5f5f5", paddingTop: 120 }}>
      <main>
        <Card style={{ width: 520 }}>
          <Flex justify="flex-end">
            <LanguageSwitch lang={lang} onLang={onLang} />
          </Flex>
          <Typography.Title level={1} style={{ fontSize: 26 }}>
            {t.signIn.title}
          </Typography.Title>
          <Typography.Paragraph>{t.appTitle}</Typography.Paragraph>
          <Typography.Paragraph>{t.signIn.body}</Typography.Paragraph>
          <Button type="primary" size="large" href="/console/auth/login">
            {t.signIn.button}
          </Button>
        </Card>
      </main>
    </Flex>
  );
}
