import { Segmented } from "antd";
import { CONSOLE_STRINGS, type ConsoleLang } from "./strings";

/** Tiếng Việt | English, each named in its own language. */
export function LanguageSwitch({ lang, onLang }: { lang: ConsoleLang; onLang(lang: ConsoleLang): void }) {
  return (
    <Segmented<ConsoleLang>
      aria-label={CONSOLE_STRINGS[lang].language}
      value={lang}
      onChange={onLang}
      options={[
        { label: <span lang="vi">Tiếng Việt</span>, value: "vi" },
        { label: <span lang="en">English</span>, value: "en" },
      ]}
    />
  );
}
