import { LANGS } from "../domain/languages";
import { useLocale, useStrings } from "../i18n/locale";
import { common } from "../i18n/strings";
import "./language-picker.css";

/**
 * "Ngôn ngữ / Language": named in both languages, so it is found whichever one is showing. One
 * choice of two, so native radios: one Tab stop, arrow keys move and choose.
 */
export function LanguagePicker() {
  const t = useStrings(common).language;
  const lang = useLocale((s) => s.lang);
  const choose = useLocale((s) => s.choose);
  return (
    <fieldset className="card language-picker">
      <legend className="card-title">{t.label}</legend>
      <div className="segmented">
        {LANGS.map((option) => (
          <label
            key={option}
            lang={option}
            className={option === lang ? "segmented-option segmented-option-chosen" : "segmented-option"}
          >
            <input
              type="radio"
              name="language"
              value={option}
              checked={option === lang}
              onChange={() => choose(option)}
            />
            {t.names[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
