import { Button, Input } from "zmp-ui";
import { useShallow } from "zustand/react/shallow";
import { SearchIcon } from "../../components/icons";
import { OaListItem } from "../../components/oa-list-item";
import { useProgressiveList } from "../../components/use-progressive-list";
import type { Account, Oa } from "../../domain/types";
import { t } from "../../i18n";
import { selectNewOas, selectShownNewOas, unavailableReason, useAssets } from "../../store/assets";
import { MissingOaHelp } from "./missing-oa-help";

const o = t.assets.oas;
/** Up to this many OAs fit on a phone screen without a search box. */
const SEARCH_ABOVE = 5;

/** "Liên kết OA mới": the person's OAs no ZCA holds; verified ones can be linked, others say why not. */
export function NewOasSection({ account, onLink }: { account: Account; onLink(oa: Oa): void }) {
  const all = useAssets(useShallow(selectNewOas));
  const shown = useAssets(useShallow(selectShownNewOas));
  const rows = useProgressiveList(shown);
  const administersNone = useAssets((s) => s.oas.length === 0);
  const query = useAssets((s) => s.query);
  const search = useAssets((s) => s.search);
  const busy = useAssets((s) => s.busy);

  return (
    <section className="card" aria-labelledby="new-oas">
      <h2 id="new-oas" className="card-title">
        {o.newOas}
      </h2>
      <p className="muted small card-hint">{o.newHint}</p>
      {all.length > SEARCH_ABOVE && (
        <Input
          aria-label={o.search}
          placeholder={o.search}
          prefix={<SearchIcon size={18} className="search-icon" />}
          value={query}
          onChange={(event) => search(event.target.value)}
        />
      )}
      {all.length === 0 && <p className="muted">{administersNone ? o.noOas : o.allLinked}</p>}
      {all.length > 0 && shown.length === 0 && <p className="muted">{o.noMatch(query.trim())}</p>}
      <ul className="card-list">
        {rows.map((oa) => {
          const reason = unavailableReason(oa, account);
          return (
            <OaListItem
              key={oa.id}
              oa={oa}
              disabled={reason !== undefined}
              detail={reason ? o.reasons[reason] : `${oa.category} · ${t.account.followers(oa.followers)}`}
              action={
                busy[oa.id] ? (
                  <span className="muted small">{o.busy[busy[oa.id]!]}</span>
                ) : (
                  reason === undefined && (
                    <Button size="small" aria-label={`${o.link} ${oa.name}`} onClick={() => onLink(oa)}>
                      {o.link}
                    </Button>
                  )
                )
              }
            />
          );
        })}
      </ul>
      <MissingOaHelp accountName={account.name} />
    </section>
  );
}
