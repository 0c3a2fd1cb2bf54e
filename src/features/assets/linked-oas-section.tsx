import { Button } from "zmp-ui";
import { ListCard } from "../../components/list-card";
import { OaRow } from "../../components/oa-row";
import type { Account, LinkedOa } from "../../domain/types";
import { useStrings } from "../../i18n/locale";
import { useAssets } from "./store";
import { strings } from "./strings";

/** The OAs this ZCA holds, each with who linked it and when, and "Hủy liên kết". */
export function LinkedOasSection({ account, onUnlink }: { account: Account; onUnlink(oa: LinkedOa): void }) {
  const o = useStrings(strings).oas;
  const busy = useAssets((s) => s.busy);
  return (
    <ListCard title={o.linked} empty={account.oas.length === 0 && o.noLinked}>
      {account.oas.map((oa) => (
        <OaRow
          key={oa.id}
          oa={oa}
          detail={o.linkedBy(oa.linkedBy.name, oa.linkedAt)}
          action={
            busy[oa.id] ? (
              <span className="muted small">{o.busy[busy[oa.id]!]}</span>
            ) : (
              <Button
                size="small"
                variant="tertiary"
                type="danger"
                aria-label={`${o.unlink} ${oa.name}`}
                onClick={() => onUnlink(oa)}
              >
                {o.unlink}
              </Button>
            )
          }
        />
      ))}
    </ListCard>
  );
}
