import { useMemo } from "react";
import { Button, Input } from "zmp-ui";
import { ListCard } from "../../components/list-card";
import { OaRow } from "../../components/oa-row";
import { useProgressiveList } from "../../components/use-progressive-list";
import { oaUnavailableReason } from "../../domain/linking";
import type { Account, Oa, OaUnavailableReason } from "../../domain/types";
import { oaStrings } from "../../i18n/oa-strings";
import { AddOaFromZalo } from "../../components/add-oa-from-zalo";
import { useLocale, useStrings } from "../../i18n/locale";
import { oaGrantStrings } from "../../i18n/oa-grant-strings";
import { SearchIcon } from "./icons";
import { useOaGrant } from "../../store/oa-grant";
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
  const lang = useLocale((s) => s.lang);
  const grantText = useStrings(oaGrantStrings);
  const grant = useOaGrant((s) => s.grant);
  const { add, stop } = useOaGrant.getState();

  /** The row's button: link it, authorize it again on Zalo, or what is happening to it. */
  function actionFor(oa: Oa, reason: OaUnavailableReason | undefined) {
    if (reason === "oa_reauthorize") {
      return (
        <Button
          size="small"
          variant="secondary"
          aria-label={`${grantText.reauthorize}: ${oa.name}`}
          onClick={() => void add(lang)}
        >
          {grantText.reauthorize}
        </Button>
      );
    }
    return (
      <AssetAction
        kind="oa"
        asset={oa}
        label={o.link}
        onClick={reason === undefined ? () => onLink(oa) : undefined}
      />
    );
  }

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
      outro={
        <>
          <AddOaFromZalo grant={grant} onAdd={() => void add(lang)} onStop={stop} />
          <MissingOaHelp accountName={account.name} />
        </>
      }
    >
      {rows.map((oa) => {
        const reason = oaUnavailableReason(oa, account.id);
        return (
          <OaRow
            key={oa.id}
            oa={oa}
            detail={oaText.summary(oa)}
            reason={reason && oaText.reasons[reason]}
            action={actionFor(oa, reason)}
          />
        );
      })}
    </ListCard>
  );
}
