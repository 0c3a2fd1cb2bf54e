import { accountIntroStrings } from "../i18n/account-intro-strings";
import { useStrings } from "../i18n/locale";
import { CheckList } from "./check-list";
import { InfoIcon } from "./icons";

/**
 * What a ZCA is, the three things it pays for, and that it is not for Zalo Ads or Zalo Shop.
 * `renamed` adds, once in the app, that ZCAs became ZBS accounts.
 */
export function AccountIntro({ renamed = false }: { renamed?: boolean }) {
  const t = useStrings(accountIntroStrings);
  return (
    <section className="card">
      <p>{t.whatIs}</p>
      <CheckList items={t.uses} />
      <p className="notice notice-info">
        <InfoIcon size={18} /> {t.notFor}
      </p>
      <p className="muted small">{t.formerName}</p>
      {renamed && <p className="muted small">{t.zbsName}</p>}
    </section>
  );
}
