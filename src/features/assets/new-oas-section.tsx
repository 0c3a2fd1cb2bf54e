import { memo, useCallback, useMemo } from "react";
import { Button } from "zmp-ui";
import { ListCard } from "../../components/list-card";
import { LoadMore } from "../../components/load-more";
import { OaRow } from "../../components/oa-row";
import { SearchBox } from "../../components/search-box";
import { useProgressiveList } from "../../components/use-progressive-list";
import { oaUnavailableReason } from "../../domain/linking";
import { nameMatches } from "../../domain/text";
import type { Account, Oa } from "../../domain/types";
import { oaStrings } from "../../i18n/oa-strings";
import { AddOaFromZalo } from "../../components/add-oa-from-zalo";
import { useLocale, useStrings } from "../../i18n/locale";
import { oaGrantStrings } from "../../i18n/oa-grant-strings";
import { common } from "../../i18n/strings";
import { useShownList } from "../../store/list-cache";
import { useOas } from "../../store/oas";
import { useOaGrant } from "../../store/oa-grant";
import { MissingOaHelp } from "./missing-oa-help";
import { AssetAction } from "./asset-action";
import { newOasFor } from "./new-assets";
import { strings } from "./strings";

/** Up to this many OAs fit on a phone screen without a search box. */
const SEARCH_ABOVE = 5;

interface NewOasSectionProps {
  account: Account;
  onLink(oa: Oa): void;
}

/**
 * "Liên kết OA mới": the person's OAs no ZCA holds, a page at a time; verified ones can be linked,
 * others say why not. A list longer than its first page is searched on the server.
 */
export function NewOasSection({ account, onLink }: NewOasSectionProps) {
  const o = useStrings(strings).oas;
  const { app } = useStrings(common);
  const oaText = useStrings(oaStrings);
  const held = useOas((s) => s.list.data);
  const search = useOas((s) => s.search);
  const { items, hasMore, waiting, query, loadingMore, loadMore } = useShownList(useOas, nameMatches);
  const shown = useMemo(() => newOasFor(items, account, !hasMore), [items, account, hasMore]);
  const rows = useProgressiveList(shown);
  const whole = held !== null && held.nextCursor === undefined;
  const all = whole ? newOasFor(held.items, account) : null;
  const lang = useLocale((s) => s.lang);
  const grant = useOaGrant((s) => s.grant);
  const { add, stop } = useOaGrant.getState();
  const authorizeAgain = useCallback(() => void add(lang), [add, lang]);

  function emptyText(): string | null {
    if (all?.length === 0) return held?.items.length === 0 ? o.noneToLink : o.allLinked;
    if (waiting) return app.searching;
    return shown.length === 0 && !hasMore ? oaText.noMatch(query.trim()) : null;
  }

  return (
    <ListCard
      title={o.newTitle}
      intro={
        <>
          <p className="muted small card-hint">{o.newHint}</p>
          {(all === null || all.length > SEARCH_ABOVE) && (
            <SearchBox label={oaText.search} value={query} onChange={search} />
          )}
        </>
      }
      empty={emptyText()}
      outro={
        <>
          {hasMore && <LoadMore label={app.loadMore} loading={loadingMore} onMore={() => void loadMore()} />}
          <AddOaFromZalo grant={grant} onAdd={() => void add(lang)} onStop={stop} />
          <MissingOaHelp accountName={account.name} />
        </>
      }
    >
      {rows.map((oa) => (
        <NewOaRow
          key={oa.id}
          oa={oa}
          accountId={account.id}
          onLink={onLink}
          onAuthorizeAgain={authorizeAgain}
        />
      ))}
    </ListCard>
  );
}

interface NewOaRowProps {
  oa: Oa;
  accountId: string;
  onLink(oa: Oa): void;
  onAuthorizeAgain(): void;
}

/**
 * One OA and its button: link it, authorize it again on Zalo, or what is happening to it. It
 * renders when its own OA or words change, not each time the list grows by a screenful.
 */
const NewOaRow = memo(function NewOaRow({ oa, accountId, onLink, onAuthorizeAgain }: NewOaRowProps) {
  const o = useStrings(strings).oas;
  const oaText = useStrings(oaStrings);
  const grantText = useStrings(oaGrantStrings);
  const reason = oaUnavailableReason(oa, accountId);
  const action =
    reason === "oa_reauthorize" ? (
      <Button
        size="small"
        variant="secondary"
        aria-label={`${grantText.reauthorize}: ${oa.name}`}
        onClick={onAuthorizeAgain}
      >
        {grantText.reauthorize}
      </Button>
    ) : (
      <AssetAction
        kind="oa"
        asset={oa}
        label={o.link}
        onClick={reason === undefined ? () => onLink(oa) : undefined}
      />
    );
  return (
    <OaRow oa={oa} detail={oaText.summary(oa)} reason={reason && oaText.reasons[reason]} action={action} />
  );
});
