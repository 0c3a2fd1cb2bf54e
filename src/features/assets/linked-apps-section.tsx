import { ListCard } from "../../components/list-card";
import type { Account, App } from "../../domain/types";
import { useStrings } from "../../i18n/locale";
import { AppRow } from "./app-row";
import { AssetAction } from "./asset-action";
import { strings } from "./strings";

interface LinkedAppsSectionProps {
  account: Account;
  /** Offers "Hủy liên kết" on each app; absent for a role that may not unlink. */
  onUnlink?: (app: App) => void;
}

/** The apps this ZCA holds, each with "Hủy liên kết". */
export function LinkedAppsSection({ account, onUnlink }: LinkedAppsSectionProps) {
  const a = useStrings(strings).apps;
  return (
    <ListCard title={a.linked} empty={account.apps.length === 0 && a.noLinked}>
      {account.apps.map((app) => (
        <AppRow
          key={app.id}
          app={app}
          action={
            <AssetAction
              kind="app"
              asset={app}
              label={a.unlink}
              danger
              onClick={onUnlink && (() => onUnlink(app))}
            />
          }
        />
      ))}
    </ListCard>
  );
}
