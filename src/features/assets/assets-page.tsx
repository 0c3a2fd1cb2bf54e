import { useEffect } from "react";
import { useParams } from "react-router-dom";
import { AccountScreen } from "../../components/account-screen";
import { NavRow } from "../../components/nav-row";
import { usePreloadScreens } from "../../components/use-preload-screens";
import { whenIdle } from "../../platform/idle";
import { useApps } from "../../store/apps";
import { useOas } from "../../store/oas";
import { useStrings } from "../../i18n/locale";
import { useAccount } from "../../store/accounts";
import { AppIcon, LinkIcon } from "./icons";
import { strings } from "./strings";
import "./assets.css";
import { useScreenNavigate } from "../../components/screen-navigation";
import { routes } from "../../routes";

/** "Quản lý tài sản": the ways to "Liên kết OA" and "Liên kết ứng dụng", as in the console. */
export default function AssetsPage() {
  const t = useStrings(strings);
  const { accountId = "" } = useParams();
  const { data, error, reload } = useAccount(accountId);
  const navigate = useScreenNavigate();
  // This screen is the way to the two lists: they load while the person chooses one.
  usePreloadScreens(routes.linkOa.href({ accountId }), routes.linkApps.href({ accountId }));
  useEffect(
    () =>
      whenIdle(() => {
        useOas.getState().prefetch();
        useApps.getState().prefetch();
      }),
    [],
  );
  return (
    <AccountScreen title={t.assets.title} account={data} error={error} onRetry={reload}>
      {(account) => (
        <nav className="card" aria-label={t.assets.title}>
          <NavRow
            icon={<LinkIcon size={22} className="row-icon" />}
            title={t.oas.title}
            hint={t.oas.linkedCount(account.oas.length)}
            onClick={() => navigate(routes.linkOa.href({ accountId: account.id }))}
          />
          <NavRow
            icon={<AppIcon size={22} className="row-icon" />}
            title={t.apps.title}
            hint={t.apps.linkedCount(account.apps.length)}
            onClick={() => navigate(routes.linkApps.href({ accountId: account.id }))}
          />
        </nav>
      )}
    </AccountScreen>
  );
}
