import { useMemo } from "react";
import { Input } from "zmp-ui";
import { ListCard } from "../../components/list-card";
import { OaRow } from "../../components/oa-row";
import { useProgressiveList } from "../../components/use-progressive-list";
import { oaUnavailableReason } from "../../domain/linking";
import type { Account, Oa } from "../../domain/types";
import { oaStrings } from "../../i18n/oa-strings";
import { useStrings } from "../../i18n/locale";
import { SearchIcon } from "./icons";
import { MissingOaHelp } from "./missing-oa-help";
import { AssetAction } from "./asset-action";
import { matchingOas, newOasFor, useAssets } from "./store";
import { strings } from "./strings";

/** Up to this many OAs fit on a phone screen without a search box. */
const SEARCH_ABOVE = 5;

interface NewOasSectionProps {
  account: Account;
  /** Every OA the person administers. */
  oas: Oa[];
  onLink(oa: Oa): void;
}

/** "Liên kết OA mới": the person's OAs no ZCA holds; verified ones can be linked, others say why not. */
export function NewOasSection({ account, oas, onLink }: NewOasSectionProps) {
  const o = useStrings(strings).oas;
  const oaText = useStrings(oaStrings);
  const query = useAssets((s) => s.query);
  const search = useAssets((s) => s.search);
  const all = useMemo(() => newOasFor(oas, account), [oas, account]);
  const shown = useMemo(() => matchingOas(all, query), [all, query]);
  const rows = useProgressiveList(shown);

  function emptyText(): string | null {
    if (all.length === 0) return oas.length === 0 ? o.noOas : o.allLinked;
    return shown.length === 0 ? o.noMatch(query.trim()) : null;
  }

  return (
    <ListCard
      title={o.newOas}
      intro={
        <>
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
        </>
      }
      empty={emptyText()}
      outro={<MissingOaHelp accountName={account.name} />}
    >
      {rows.map((oa) => {
        const reason = oaUnavailableReason(oa, account.id);
        return (
          <OaRow
            key={oa.id}
            oa={oa}
            detail={oaText.summary(oa)}
            reason={reason && oaText.reasons[reason]}
            action={
              <AssetAction
                kind="oa"
                asset={oa}
                label={o.link}
                onClick={reason === undefined ? () => onLink(oa) : undefined}
              />
            }
          />
        );
      })}
    </ListCard>
  );
}
