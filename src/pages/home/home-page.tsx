import { Button } from "zmp-ui";
import { Navigate, useNavigate } from "react-router-dom";
import { AppPage } from "../../components/app-page";
import { DevSwitchPerson } from "../../components/dev-switch-person";
import { EntityAvatar } from "../../components/entity-avatar";
import { ZcaIntro } from "../../components/zca-intro";
import { t } from "../../i18n";
import { useSession } from "../../store/session";

export default function HomePage() {
  const me = useSession((s) => s.me)!;
  const navigate = useNavigate();
  const owned = me.accounts[0];
  // R1: a person whose phone owns a ZCA lands on it instead of the creation flow.
  if (owned) return <Navigate to={`/accounts/${owned.id}`} replace state={{ landing: true }} />;

  return (
    <AppPage title={t.app.title} root>
      <section className="profile">
        <EntityAvatar name={me.user.name} src={me.user.avatar} size={56} />
        <div>
          <p className="profile-greeting">{t.home.greeting(me.user.name)}</p>
          {me.phone && <p className="muted">{me.phone}</p>}
        </div>
      </section>

      <ZcaIntro />

      <Button fullWidth onClick={() => navigate("/create")}>
        {t.home.create}
      </Button>
      <DevSwitchPerson />
    </AppPage>
  );
}
