import { memo, useEffect } from "react";
import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import { LoadMore } from "../../components/load-more";
import { OaRow } from "../../components/oa-row";
import { SearchBox } from "../../components/search-box";
import { useProgressiveList } from "../../components/use-progressive-list";
import { oaUnavailableReason } from "../../domain/linking";
import type { Oa } from "../../domain/types";
import { nameMatches } from "../../domain/text";
import { oaStrings } from "../../i18n/oa-strings";
import { AddOaFromZalo } from "../../components/add-oa-from-zalo";
import { useLocale, useStrings } from "../../i18n/locale";
import { useOaGrant } from "../../store/oa-grant";
import { common } from "../../i18n/strings";
import { useShownList } from "../../store/list-cache";
import { useOas } from "../../store/oas";
import { oaChoiceProblem } from "./draft";
import { NoOaHelp } from "./no-oa-help";
import { staleOaSentence } from "./recovery";
import { gatedStep, StepLayout } from "./step-gate";
import { useOnboarding } from "./store";
import { strings } from "./strings";
import { useStepNavigation } from "./use-step-navigation";

/** Step 3: the OAs the person administers; only a verified OA that no ZCA holds can be chosen. */
function OaStep() {
  const t = useStrings(strings);
  const { app } = useStrings(common);
  const oaText = useStrings(oaStrings);
  const oas = useOas((s) => s.list);
  const seen = useOas((s) => s.seen);
  const loadOas = useOas((s) => s.load);
  const search = useOas((s) => s.search);
  const { items, hasMore, waiting, query, loadingMore, loadMore } = useShownList(useOas, nameMatches);
  const oaId = useOnboarding((s) => s.oaId);
  const chooseOa = useOnboarding((s) => s.chooseOa);
  const { forward } = useStepNavigation();
  const lang = useLocale((s) => s.lang);
  const grant = useOaGrant((s) => s.grant);
  const { add, stop } = useOaGrant.getState();
  const addOa = <AddOaFromZalo grant={grant} onAdd={() => void add(lang)} onStop={stop} />;

  useEffect(() => {
    search("");
    void loadOas();
  }, [loadOas, search]);

  const list = oas.data;
  const problem = list ? oaChoiceProblem(seen, oaId) : null;
  // Only a list held whole can show that none of it may be chosen.
  const whole = list !== null && list.nextCursor === undefined ? list.items : null;
  const noneLinkable = whole !== null && whole.every((oa) => oaUnavailableReason(oa, null) !== undefined);
  const rows = useProgressiveList(items);
  const loading = oas.status === "loading";

  return (
    <StepLayout
      step="oa"
      heading={t.oa.heading}
      footer={
        noneLinkable ? (
          <Button fullWidth loading={loading} onClick={() => void loadOas()}>
            {t.oa.reload}
          </Button>
        ) : (
          <Button fullWidth disabled={!list || !oaId || problem !== null} onClick={forward}>
            {t.next}
          </Button>
        )
      }
    >
      <p className="step-intro">{t.oa.intro}</p>
      {problem && (
        <p className="notice notice-warning" role="alert">
          {staleOaSentence(t, problem, oaId ? seen[oaId] : undefined)}
        </p>
      )}
      {oas.error && <ErrorNotice code={oas.error} onRetry={() => void loadOas()} retrying={loading} />}
      {!list && !oas.error && <LoadingScreen />}
      {list && (whole === null || whole.length > 0) && (
        <section className="card" aria-labelledby="oa-list">
          <h2 id="oa-list" className="card-title">
            {t.oa.listLabel}
          </h2>
          {!whole && <SearchBox label={oaText.search} value={query} onChange={search} />}
          {waiting && <p className="muted">{app.searching}</p>}
          {!waiting && items.length === 0 && !hasMore && query.trim() && (
            <p className="muted">{oaText.noMatch(query.trim())}</p>
          )}
          <ul className="card-list">
            {rows.map((oa) => (
              <ChoosableOaRow key={oa.id} oa={oa} chosen={oa.id === oaId} onChoose={chooseOa} />
            ))}
          </ul>
          {hasMore && <LoadMore label={app.loadMore} loading={loadingMore} onMore={() => void loadMore()} />}
        </section>
      )}
      {noneLinkable ? (
        <NoOaHelp title={whole.length === 0 ? t.oa.none : t.oa.noneLinkable} addOa={addOa} />
      ) : (
        list && addOa
      )}
    </StepLayout>
  );
}

interface ChoosableOaRowProps {
  oa: Oa;
  chosen: boolean;
  onChoose(oaId: string): void;
}

/** One OA to choose, or why it cannot be: it renders when its OA or the choice of it changes. */
const ChoosableOaRow = memo(function ChoosableOaRow({ oa, chosen, onChoose }: ChoosableOaRowProps) {
  const t = useStrings(strings);
  const oaText = useStrings(oaStrings);
  const reason = oaUnavailableReason(oa, null);
  return (
    <OaRow
      oa={oa}
      detail={oaText.summary(oa)}
      reason={reason && t.oa.reasons[reason]}
      selected={!reason && chosen}
      onSelect={() => onChoose(oa.id)}
    />
  );
});

export default gatedStep("oa", OaStep);
