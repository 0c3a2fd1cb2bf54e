import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { AccountScreen } from "../../components/account-screen";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import { LoadMore } from "../../components/load-more";
import type { InboxItem } from "../../domain/notifications";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { useAccount } from "../../store/accounts";
import { useInbox, useInboxes } from "../../store/inbox";
import { eventText } from "./event-text";
import { strings } from "./strings";
import "./notifications.css";

/**
 * "Thông báo": every notification to the person from this ZCA, newest first, each with how its
 * Zalo message fared. What the screen shows is marked read.
 */
export default function InboxPage() {
  const t = useStrings(strings).inbox;
  const { accountId = "" } = useParams();
  const account = useAccount(accountId);
  const inbox = useInbox(accountId);
  const loadMore = useInboxes((s) => s.loadMore);
  const markRead = useInboxes((s) => s.markRead);
  const unreadIds = inbox.data?.items.filter((item) => !item.read).map((item) => item.id) ?? [];
  const unreadKey = unreadIds.join(",");
  // What was new when it came on screen stays marked "Mới" while the person is here.
  const [shownNew, setShownNew] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (!unreadKey) return;
    const ids = unreadKey.split(",");
    setShownNew((shown) => new Set([...shown, ...ids]));
    void markRead(accountId, ids);
  }, [accountId, unreadKey, markRead]);

  return (
    <AccountScreen title={t.title} account={account.data} error={account.error} onRetry={account.reload}>
      {() =>
        inbox.data ? (
          inbox.data.items.length === 0 ? (
            <p className="notice notice-info">{t.empty}</p>
          ) : (
            <section className="card">
              <ul className="inbox-list">
                {inbox.data.items.map((item) => (
                  <InboxRow key={item.id} item={item} isNew={!item.read || shownNew.has(item.id)} />
                ))}
              </ul>
              {inbox.data.nextCursor && (
                <LoadMore
                  label={t.more}
                  loading={inbox.status === "loading"}
                  onMore={() => void loadMore(accountId)}
                />
              )}
            </section>
          )
        ) : inbox.error ? (
          <ErrorNotice code={inbox.error} onRetry={inbox.reload} />
        ) : (
          <LoadingScreen />
        )
      }
    </AccountScreen>
  );
}

function InboxRow({ item, isNew }: { item: InboxItem; isNew: boolean }) {
  const t = useStrings(strings).inbox;
  const format = useFormat();
  const problem = item.delivery === "undeliverable" || item.delivery === "failed";
  return (
    <li className="inbox-item">
      <div className="inbox-item-head">
        <time className="muted small" dateTime={item.createdAt}>
          {format.dateTime(item.createdAt)}
        </time>
        {isNew && <span className="inbox-new">{t.newBadge}</span>}
      </div>
      <p>{eventText(item.event, t, format)}</p>
      <p className={problem ? "delivery delivery-problem" : "delivery muted"}>{t.delivery[item.delivery]}</p>
    </li>
  );
}
