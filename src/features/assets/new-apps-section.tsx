import { useMemo } from "react";
import { ListCard } from "../../components/list-card";
import { LoadMore } from "../../components/load-more";
import { appUnavailableReason } from "../../domain/linking";
import type { Account, App } from "../../domain/types";
import { nameMatches } from "../../domain/text";
import { useStrings } from "../../i18n/locale";
import { common } from "../../i18n/strings";
import { useApps } from "../../store/apps";
import { useShownList } from "../../store/list-cache";
import { AppRow } from "./app-row";
import { AssetAction } from "./asset-action";
import { newAppsFor } from "./new-assets";
import { strings } from "./strings";

interface NewAppsSectionProps {
  account: Account;
  onLink(app: App): void;
}

/** "Liên kết ứng dụng mới": the person's apps no ZCA holds, a page at a time; the others say why not. */
export function NewAppsSection({ account, onLink }: NewAppsSectionProps) {
  const a = useStrings(strings).apps;
  const { app: appText } = useStrings(common);
  const { items, hasMore, loadingMore, loadMore } = useShownList(useApps, nameMatches);
  const shown = useMemo(() => newAppsFor(items, account, !hasMore), [items, account, hasMore]);
  const empty = shown.length === 0 && !hasMore && (items.length === 0 ? a.noneToLink : a.allLinked);

  return (
    <ListCard
      title={a.newTitle}
      intro={<p className="muted small card-hint">{a.newHint}</p>}
      empty={empty}
      outro={
        hasMore && <LoadMore label={appText.loadMore} loading={loadingMore} onMore={() => void loadMore()} />
      }
    >
      {shown.map((app) => {
        const linkable = appUnavailableReason(app, account.id) === undefined;
        return (
          <AppRow
            key={app.id}
            app={app}
            reason={linkable ? undefined : a.linkedElsewhere}
            action={
              <AssetAction
                kind="app"
                asset={app}
                label={a.link}
                onClick={linkable ? () => onLink(app) : undefined}
              />
            }
          />
        );
      })}
    </ListCard>
  );
}
