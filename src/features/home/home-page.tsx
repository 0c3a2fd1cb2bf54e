import { Button } from "zmp-ui";
import { Navigate, useNavigate } from "react-router-dom";
import { AppPage } from "../../components/app-page";
import { EntityAvatar } from "../../components/entity-avatar";
import { LanguagePicker } from "../../components/language-picker";
import { SwitchPerson } from "../../components/switch-person";
import { ZcaIntro } from "../../components/zca-intro";
import { useStrings } from "../../i18n/locale";
import { common } from "../../i18n/strings";
import { useSession } from "../../store/session";
import { strings } from "./strings";

/** The first screen of a person without a ZCA: who they are, what a ZCA is, and "create one". */
export default function HomePage() {
  const t = useStrings(strings);
  const app = useStrings(common).app;
  const me = useSession((s) => s.me)!;
  const devMode = useSession((s) => s.devMode);
  const signOut = useSession((s) => s.signOut);
  const navigate = useNavigate();
  const owned = me.accounts[0];
  // R1: a person whose phone owns a ZCA lands on it instead of the creation flow.
  if (owned) return <Navigate to={`/accounts/${owned.id}`} replace state={{ landing: true }} />;

  return (
    <AppPage title={app.title} root>
      <section className="profile">
        <EntityAvatar name={me.user.name} src={me.user.avatar} size={56} />
        <div>
          <p className="profile-greeting">{t.greeting(me.user.name)}</p>
          {me.phone && <p className="muted">{me.phone}</p>}
        </div>
      </section>

      <ZcaIntro />

      <Button fullWidth onClick={() => navigate("/create")}>
        {t.create}
      </Button>
      <LanguagePicker />
      {devMode && <SwitchPerson onSwitch={() => void signOut()} />}
    </AppPage>
  );
}
