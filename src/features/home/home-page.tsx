import { useId } from "react";
import { Button } from "zmp-ui";
import { Navigate } from "react-router-dom";
import { AppPage } from "../../components/app-page";
import { EntityAvatar } from "../../components/entity-avatar";
import { ChevronIcon, InfoIcon } from "../../components/icons";
import { LanguagePicker } from "../../components/language-picker";
import { ListCard } from "../../components/list-card";
import { SwitchPerson } from "../../components/switch-person";
import { AccountIntro } from "../../components/account-intro";
import { homeAccount } from "../../domain/me";
import { useStrings } from "../../i18n/locale";
import { roleStrings } from "../../i18n/role-strings";
import { common } from "../../i18n/strings";
import { useSession } from "../../store/session";
import { strings } from "./strings";
import { usePreloadScreens } from "../../components/use-preload-screens";
import { useScreenNavigate } from "../../components/screen-navigation";
import { routes } from "../../routes";

/**
 * The first screen: who the person is, the ZCAs they belong to with their role in each, and
 * "create one" unless their phone already owns a ZCA (R1): the main action for a person in no
 * ZCA, a secondary one below the list for a member of others.
 */
export default function HomePage() {
  const t = useStrings(strings);
  const { app, errors } = useStrings(common);
  const roles = useStrings(roleStrings);
  const me = useSession((s) => s.me)!;
  const devMode = useSession((s) => s.devMode);
  const signOut = useSession((s) => s.signOut);
  const navigate = useScreenNavigate();
  const ownTitle = useId();
  usePreloadScreens(routes.create.href());
  const owned = homeAccount(me);
  // R1: a person whose phone owns a ZCA, and who belongs to no other, lands on it.
  if (owned) {
    return <Navigate to={routes.account.href({ accountId: owned.id })} replace state={{ landing: true }} />;
  }

  return (
    <AppPage title={app.title} root>
      <section className="profile">
        <EntityAvatar name={me.user.name} src={me.user.avatar} size={56} />
        <div>
          <p className="profile-greeting">{t.greeting(me.user.name)}</p>
          {me.phone && <p className="muted">{me.phone}</p>}
        </div>
      </section>

      {me.accounts.length > 0 && (
        <ListCard title={t.accounts}>
          {me.accounts.map((account) => (
            <li key={account.id}>
              <button
                type="button"
                className="row-button"
                onClick={() => navigate(routes.account.href({ accountId: account.id }))}
              >
                <span className="row-main">
                  <strong>{account.name}</strong>
                  <span className="muted small">{roles[account.role]}</span>
                </span>
                <ChevronIcon size={20} className="muted" />
              </button>
            </li>
          ))}
        </ListCard>
      )}

      {me.reason === "phone_owns_account" ? (
        <p className="notice notice-info">
          <InfoIcon size={18} /> {errors.phone_owns_account}
        </p>
      ) : me.accounts.length > 0 ? (
        // A member came for the ZCAs above: their own ZCA is a second, separate choice.
        <section className="card" aria-labelledby={ownTitle}>
          <h2 id={ownTitle} className="card-title">
            {t.own.title}
          </h2>
          <p className="muted small">{t.own.detail}</p>
          <Button fullWidth variant="secondary" onClick={() => navigate(routes.create.href())}>
            {t.own.action}
          </Button>
        </section>
      ) : (
        <>
          <AccountIntro />
          <Button fullWidth onClick={() => navigate(routes.create.href())}>
            {t.create}
          </Button>
        </>
      )}
      <LanguagePicker />
      {devMode && <SwitchPerson onSwitch={() => void signOut()} />}
    </AppPage>
  );
}
