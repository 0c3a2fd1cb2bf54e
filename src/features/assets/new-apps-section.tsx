import { useMemo } from "react";
import { ListCard } from "../../components/list-card";
import { appUnavailableReason } from "../../domain/linking";
import type { Account, App } from "../../domain/types";
import { useStrings } from "../../i18n/locale";
import { AppRow } from "./app-row";
import { AssetAction } from "./asset-action";
import { newAppsFor } from "./store";
import { strings } from "./strings";

interface NewAppsSectionProps {
  account: Account;
  /** Every app the person administers. */
  apps: App[];
  onLink(app: App): void;
}

/** "Liên kết ứng dụng mới": the person's apps no ZCA holds; the others say why not. */
export function NewAppsSection({ account, apps, onLink }: NewAppsSectionProps) {
  const a = useStrings(strings).apps;
  const shown = useMemo(() => newAppsFor(apps, account), [apps, account]);
  const empty = shown.length === 0 && (apps.length === 0 ? a.noApps : a.allLinked);

  return (
    <ListCard title={a.newApps} intro={<p className="muted small card-hint">{a.newHint}</p>} empty={empty}>
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
