import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { Button } from "zmp-ui";
import { AccountScreen } from "../../components/account-screen";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import { useSuccessSnackbar } from "../../components/success-snackbar";
import { NOTIFICATION_KINDS, type NotificationKind } from "../../domain/notification-kinds";
import { mayEditNotification } from "../../domain/permissions";
import type { Account } from "../../domain/types";
import { useFormat } from "../../i18n/format";
import { useLocale, useStrings } from "../../i18n/locale";
import { useAccount } from "../../store/accounts";
import { changeOf, draftOf, problemOf, type Draft, type KindDraft } from "./draft";
import { KindCard } from "./kind-card";
import { useNotificationSettings } from "./store";
import { strings } from "./strings";
import "./notifications.css";

/**
 * "Quản lý thông báo": each kind on or off, its level, its recipients. Every member sees it; each
 * kind is changed by the roles the matrix allows (Finance: the money kinds).
 */
export default function NotificationsPage() {
  const t = useStrings(strings).settings;
  const { accountId = "" } = useParams();
  const account = useAccount(accountId);
  const loaded = useNotificationSettings((s) => s.loaded);
  const saving = useNotificationSettings((s) => s.save);
  const load = useNotificationSettings((s) => s.load);
  const saveChange = useNotificationSettings((s) => s.saveChange);
  const lang = useLocale((s) => s.lang);
  const format = useFormat();
  const succeeded = useSuccessSnackbar();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    setDraft(null);
    void load(accountId);
  }, [accountId, load]);

  const data = loaded.data?.accountId === accountId ? loaded.data : null;
  const form = draft ?? (data ? draftOf(data.settings, format.number) : null);
  const editableOf = (role: Account["role"]) =>
    NOTIFICATION_KINDS.filter((kind) => mayEditNotification(role, kind));

  async function submit(role: Account["role"]) {
    setTried(true);
    if (!form) return;
    const kinds = editableOf(role);
    if (kinds.some((kind) => problemOf(kind, form[kind], lang))) return;
    if (await saveChange(accountId, changeOf(form, kinds, lang))) {
      setDraft(null);
      setTried(false);
      succeeded(t.saved);
    }
  }

  const change = (kind: NotificationKind, next: Partial<KindDraft>) =>
    form && setDraft({ ...form, [kind]: { ...form[kind], ...next } });

  return (
    <AccountScreen
      title={t.title}
      account={account.data}
      error={account.error}
      onRetry={account.reload}
      footer={(current) =>
        form &&
        editableOf(current.role).length > 0 && (
          <Button fullWidth loading={saving.status === "loading"} onClick={() => void submit(current.role)}>
            {t.save}
          </Button>
        )
      }
    >
      {(current) =>
        form && data ? (
          <>
            <p className="muted">{t.intro}</p>
            {NOTIFICATION_KINDS.map((kind) => (
              <KindCard
                key={kind}
                kind={kind}
                draft={form[kind]}
                members={data.members}
                editable={mayEditNotification(current.role, kind)}
                problem={tried ? problemOf(kind, form[kind], lang) : null}
                onChange={(next) => change(kind, next)}
              />
            ))}
            {saving.error && <ErrorNotice code={saving.error} title={t.saveFailed} inputKept />}
          </>
        ) : loaded.error ? (
          <ErrorNotice code={loaded.error} onRetry={() => void load(accountId)} />
        ) : (
          <LoadingScreen />
        )
      }
    </AccountScreen>
  );
}
