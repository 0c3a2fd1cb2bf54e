import { Button } from "zmp-ui";
import { useLocation, useParams } from "react-router-dom";
import { AppPage } from "../../components/app-page";
import { CheckList } from "../../components/check-list";
import { ErrorNotice } from "../../components/error-notice";
import { InfoIcon, WarningIcon } from "../../components/icons";
import { ListCard } from "../../components/list-card";
import { NavRow } from "../../components/nav-row";
import { LoadingScreen } from "../../components/loading-screen";
import { OaRow } from "../../components/oa-row";
import { SwitchPerson } from "../../components/switch-person";
import { balanceLastsDays } from "../../domain/balance-forecast";
import { homeAccount } from "../../domain/me";
import { can } from "../../domain/permissions";
import { useFormat } from "../../i18n/format";
import { accountIntroStrings } from "../../i18n/account-intro-strings";
import { oaStrings } from "../../i18n/oa-strings";
import { useStrings } from "../../i18n/locale";
import { roleStrings } from "../../i18n/role-strings";
import { common } from "../../i18n/strings";
import { useAccount } from "../../store/accounts";
import { useSession } from "../../store/session";
import { useInbox } from "../../store/inbox";
import { useWallet } from "../../store/wallets";
import { BellIcon, ChartIcon, HistoryIcon, ReceiptIcon, SettingsIcon } from "./icons";
import { useOwnerNotice } from "./owner-notice";
import { strings } from "./strings";
import "./account.css";
import { usePreloadScreens } from "../../components/use-preload-screens";
import { useScreenNavigate } from "../../components/screen-navigation";
import { hasAnswered } from "../../store/async";
import { useRevealed } from "../../components/use-revealed";
import { routes } from "../../routes";

/**
 * The ZCA's home: the balance (a warning under the alert's threshold) and the way to top up and
 * to the wallet's records, what it pays for, its OAs and apps, and the way to settings.
 */
export default function AccountPage() {
  const t = useStrings(strings);
  const { app } = useStrings(common);
  const intro = useStrings(accountIntroStrings);
  const oaText = useStrings(oaStrings);
  const roles = useStrings(roleStrings);
  const format = useFormat();
  const { accountId = "" } = useParams();
  const { data: loaded, error, reload } = useAccount(accountId, { fresh: true });
  const navigate = useScreenNavigate();
  usePreloadScreens(routes.settings.href({ accountId }), routes.topup.href({ accountId }));
  const location = useLocation();
  const landing = Boolean((location.state as { landing?: boolean } | null)?.landing);
  const ownsByPhone = useSession((s) => s.me?.reason === "phone_owns_account");
  const personId = useSession((s) => s.me?.user.id ?? "");
  // The app's first screen when home would lead here: no back arrow, which would lead nowhere.
  const root = useSession((s) => s.me !== null && homeAccount(s.me)?.id === accountId);
  const notice = useOwnerNotice(personId, landing && ownsByPhone);
  // Opened from a link, with no screen behind it: back leads to home, as it does from home's list.
  const onBack =
    location.key === "default"
      ? () => navigate(routes.home.href(), { replace: true, direction: "backward" })
      : undefined;
  const devMode = useSession((s) => s.devMode);
  const signOut = useSession((s) => s.signOut);
  const wallet = useWallet(accountId);
  const lowBalance = wallet.data?.lowBalance;
  const inbox = useInbox(accountId);

  // The low-balance warning and the owner's notice sit above the rest: the page waits for both.
  const account = useRevealed(hasAnswered(wallet) && notice.decided ? loaded : null);
  if (!account) {
    return (
      <AppPage title={app.title} root={root} onBack={onBack}>
        {error ? <ErrorNotice code={error} onRetry={reload} /> : <LoadingScreen />}
      </AppPage>
    );
  }

  const usesWallet = can(account.role, "wallet.use");
  const spent = wallet.data?.spentLast30Days;
  // Only while Zalo's services hold part of the balance: what is usable, and what is held.
  const holding = wallet.data && wallet.data.held > 0 ? wallet.data : null;
  const lastsDays = spent == null ? null : balanceLastsDays(account.balance, spent);
  const open = (screen: "topup" | "history" | "spending" | "invoices" | "settings") =>
    navigate(routes[screen].href({ accountId: account.id }));

  return (
    <AppPage title={account.name} root={root} onBack={onBack}>
      {notice.show && (
        <p className="notice notice-info" role="status">
          <InfoIcon size={18} /> {t.ownsAccount}
        </p>
      )}
      <section className="card balance-card" aria-label={t.wallet}>
        <div className="balance-row">
          <div>
            <p className="muted">{t.balance}</p>
            <p className="balance">{format.money(account.balance)}</p>
            {holding && (
              <p className="small">
                {t.heldPart(format.money(holding.available), format.money(holding.held))}
              </p>
            )}
            {lastsDays !== null && <p className="small">{t.lasts(format.number(lastsDays), lastsDays)}</p>}
            <p className="muted small">{roles[account.role]}</p>
          </div>
          {usesWallet && (
            <Button size="small" onClick={() => open("topup")}>
              {t.topUp}
            </Button>
          )}
        </div>
        {lowBalance?.below && (
          <p className="notice notice-warning" role="status">
            <WarningIcon size={18} />{" "}
            {lowBalance.thresholdDays
              ? t.lowBalanceDays(format.number(lowBalance.thresholdDays))
              : t.lowBalance(format.money(lowBalance.threshold))}
          </p>
        )}
        {usesWallet && (
          <nav className="wallet-links" aria-label={t.wallet}>
            <button type="button" onClick={() => open("history")}>
              <HistoryIcon size={22} />
              {t.history}
            </button>
            <button type="button" onClick={() => open("spending")}>
              <ChartIcon size={22} />
              {t.spending}
            </button>
            <button type="button" onClick={() => open("invoices")}>
              <ReceiptIcon size={22} />
              {t.invoices}
            </button>
          </nav>
        )}
      </section>

      <nav className="card" aria-label={t.inbox}>
        <NavRow
          title={t.inbox}
          hint={inbox.data ? t.unread(inbox.data.unread) : ""}
          icon={<BellIcon size={22} />}
          onClick={() => navigate(routes.inbox.href({ accountId: account.id }))}
        />
      </nav>

      <section className="card">
        <h2 className="card-title">{t.paysFor}</h2>
        <CheckList items={intro.uses} />
        <p className="muted small">{intro.notFor}</p>
      </section>

      <ListCard title={t.oas} empty={account.oas.length === 0 && t.noOas}>
        {account.oas.map((oa) => (
          <OaRow key={oa.id} oa={oa} detail={oaText.followers(oa.followers)} />
        ))}
      </ListCard>

      <ListCard title={t.apps} empty={account.apps.length === 0 && t.noApps}>
        {account.apps.map((item) => (
          <li key={item.id} className="row">
            <span className="row-main">{item.name}</span>
          </li>
        ))}
      </ListCard>

      <Button
        fullWidth
        variant="secondary"
        prefixIcon={<SettingsIcon size={20} />}
        onClick={() => open("settings")}
      >
        {t.settings}
      </Button>
      {root && devMode && <SwitchPerson onSwitch={() => void signOut()} />}
    </AppPage>
  );
}
