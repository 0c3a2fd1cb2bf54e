import { ListCard } from "../../components/list-card";
import { OaRow } from "../../components/oa-row";
import type { Account, LinkedOa } from "../../domain/types";
import { useStrings } from "../../i18n/locale";
import { AssetAction } from "./asset-action";
import { strings } from "./strings";

interface LinkedOasSectionProps {
  account: Account;
  /** Offers "Hủy liên kết" on each OA; absent for a role that may not unlink. */
  onUnlink?: (oa: LinkedOa) => void;
}

/** The OAs this ZCA holds, each with who linked it and when, and "Hủy liên kết". */
export function LinkedOasSection({ account, onUnlink }: LinkedOasSectionProps) {
  const o = useStrings(strings).oas;
  return (
    <ListCard title={o.linked} empty={account.oas.length === 0 && o.noLinked}>
      {account.oas.map((oa) => (
        <OaRow
          key={oa.id}
          oa={oa}
          detail={o.linkedBy(oa.linkedBy.name, oa.linkedAt)}
          action={
            <AssetAction
              kind="oa"
              asset={oa}
              label={o.unlink}
              danger
              onClick={onUnlink && (() => onUnlink(oa))}
            />
          }
        />
      ))}
    </ListCard>
  );
}
