import { t } from "../i18n";
import { CheckList } from "./check-list";
import { InfoIcon } from "./icons";

/** What a ZCA is, the three things it pays for, and that it is not for Zalo Ads or Zalo Shop. */
export function ZcaIntro() {
  return (
    <section className="card">
      <p>{t.home.whatIs}</p>
      <CheckList items={t.home.uses} />
      <p className="notice notice-info">
        <InfoIcon size={18} /> {t.home.notFor}
      </p>
      <p className="muted small">{t.app.formerName}</p>
    </section>
  );
}
