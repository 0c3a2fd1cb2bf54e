import { App as AntApp, ConfigProvider, Result, Spin } from "antd";
import enUS from "antd/locale/en_US";
import viVN from "antd/locale/vi_VN";
import { useEffect, useState } from "react";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { getJson, SignedOut, type Me } from "./api";
import { ConsoleContext } from "./context";
import { ConsoleLayout } from "./layout";
import { AccountPage } from "./pages/account";
import { AuditPage } from "./pages/audit";
import { FindPage } from "./pages/find";
import { SignInPage } from "./pages/sign-in";
import { CONSOLE_STRINGS, type ConsoleLang } from "./strings";
import { CONSOLE_THEME } from "./theme";

const LANG_KEY = "zca-console-lang";

function savedLang(): ConsoleLang {
  return localStorage.getItem(LANG_KEY) === "en" ? "en" : "vi";
}

/** The console: signed out, the sign-in page; signed in, its pages under /console/. */
export function ConsoleApp() {
  const [lang, setLang] = useState<ConsoleLang>(savedLang);
  const [me, setMe] = useState<Me | "loading" | "signed-out" | "failed">("loading");
  useEffect(() => {
    getJson<Me>("/me").then(setMe, (error: unknown) =>
      setMe(error instanceof SignedOut ? "signed-out" : "failed"),
    );
  }, []);
  useEffect(() => {
    localStorage.setItem(LANG_KEY, lang);
    document.documentElement.lang = lang;
    document.title = CONSOLE_STRINGS[lang].appTitle;
  }, [lang]);
  const t = CONSOLE_STRINGS[lang];
  return (
    <ConfigProvider locale={lang === "vi" ? viVN : enUS} theme={CONSOLE_THEME}>
      <AntApp>
        {me === "loading" ? (
          <Spin fullscreen tip={t.loading} />
        ) : me === "signed-out" ? (
          <SignInPage lang={lang} onLang={setLang} />
        ) : me === "failed" ? (
          <main>
            <Result status="error" title={t.failed} />
          </main>
        ) : (
          <ConsoleContext.Provider value={{ lang, me }}>
            <BrowserRouter basename="/console">
              <ConsoleLayout onLang={setLang}>
                <Routes>
                  <Route path="/" element={<FindPage />} />
                  <Route path="/accounts/:id" element={<AccountPage />} />
                  <Route path="/audit" element={<AuditPage />} />
                  <Route path="*" element={<Result status="404" title={t.notFound} />} />
                </Routes>
              </ConsoleLayout>
            </BrowserRouter>
          </ConsoleContext.Provider>
        )}
      </AntApp>
    </ConfigProvider>
  );
}
