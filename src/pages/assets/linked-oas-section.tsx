import { Button } from "zmp-ui";
import { OaListItem } from "../../components/oa-list-item";
import type { LinkedOa } from "../../domain/types";
import { t } from "../../i18n";
import { selectLinkedOas, useAssets } from "../../store/assets";

const o = t.assets.oas;

/** The OAs this ZCA holds, each with who linked it and when, and "Hủy liên kết". */
export function LinkedOasSection({ onUnlink }: { onUnlink(oa: LinkedOa): void }) {
  const oas = useAssets(selectLinkedOas);
  const busy = useAssets((s) => s.busy);
  return (
    <section className="card" aria-labelledby="linked-oas">
      <h2 id="linked-oas" className="card-title">
        {o.linked}
      </h2>
      {oas.length === 0 && <p className="muted">{o.noLinked}</p>}
      <ul className="card-list">
        {oas.map((oa) => (
          <OaListItem
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
      </ul>
    </section>
  );
}
