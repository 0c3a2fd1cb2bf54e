import { LANGS } from "../domain/languages";
import { useLocale, useStrings } from "../i18n/locale";
import { common } from "../i18n/strings";
import "./language-picker.css";

/** "Ngôn ngữ / Language": named in both languages, so it is found whichever one is showing. */
export function LanguagePicker() {
  const t = useStrings(common).language;
  const lang = useLocale((s) => s.lang);
  const choose = useLocale((s) => s.choose);
  return (
    <section className="card" aria-labelledby="language-label">
      <h2 id="language-label" className="card-title">
        {t.label}
      </h2>
      <div className="segmented" role="group" aria-labelledby="language-label">
        {LANGS.map((option) => (
          <button
            key={option}
            type="button"
            lang={option}
            className="segmented-option"
            aria-pressed={option === lang}
            onClick={() => choose(option)}
          >
            {t.names[option]}
          </button>
        ))}
      </div>
    </section>
  );
}
