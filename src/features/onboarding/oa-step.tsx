import { memo, useEffect, useMemo } from "react";
import { Button } from "zmp-ui";
import { AddOaFromZalo } from "../../components/add-oa-from-zalo";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import { LoadMore } from "../../components/load-more";
import { OaRow } from "../../components/oa-row";
import { RadioGroup } from "../../components/radio-choice";
import { SearchBox } from "../../components/search-box";
import { useProgressiveList } from "../../components/use-progressive-list";
import { oaUnavailableReason } from "../../domain/linking";
import type { Oa } from "../../domain/types";
import { nameMatches } from "../../domain/text";
import { oaStrings } from "../../i18n/oa-strings";
import { useLocale, useStrings } from "../../i18n/locale";
import { common } from "../../i18n/strings";
import { useOaGrant } from "../../store/oa-grant";
import { useShownList } from "../../store/list-cache";
import { useOas } from "../../store/oas";
import { oaChoiceProblem } from "./draft";
import { HeldElsewhereHelp } from "./held-elsewhere-help";
import { NoOaHelp } from "./no-oa-help";
import { staleOaSentence } from "./recovery";
import { gatedStep, StepLayout } from "./step-gate";
import { useOnboarding } from "./store";
import { strings } from "./strings";
import { useAddedOaChosen } from "./use-added-oa-chosen";
import { useStepNavigation } from "./use-step-navigation";

const pickable = (oa: Oa) => oaUnavailableReason(oa, null) === undefined;
const isHeld = (oa: Oa) => oaUnavailableReason(oa, null) === "oa_linked_elsewhere";

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
  useAddedOaChosen();

  useEffect(() => {
    search("");
    void loadOas();
    // How an earlier "Thêm OA từ Zalo" ended belongs to this visit only: leaving clears it.
    return () => {
      if (useOaGrant.getState().grant.status !== "loading") useOaGrant.getState().stop();
    };
  }, [loadOas, search]);

  const list = oas.data;
  const problem = list ? oaChoiceProblem(seen, oaId) : null;
  // Only a list held whole can show that none of it may be chosen.
  const whole = list !== null && list.nextCursor === undefined ? list.items : null;
  const noneLinkable = whole !== null && whole.every((oa) => !pickable(oa));
  // The ones that can be chosen come first (the sort is stable: each group keeps the server's order).
  const ordered = useMemo(
    () => [...items].sort((a, b) => Number(pickable(b)) - Number(pickable(a))),
    [items],
  );
  const held = useMemo(() => items.filter(isHeld), [items]);
  const rows = useProgressiveList(ordered);
  const loading = oas.status === "loading";

  function choose(id: string) {
    chooseOa(id);
    // A refused or failed "Thêm OA từ Zalo" no longer matters once an OA is chosen.
    const ended = useOaGrant.getState().grant;
    if (ended.status !== "loading" && ended.data?.status !== "done") stop();
  }

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
          <RadioGroup legend={t.oa.choose}>
            <ul className="card-list">
              {rows.map((oa) => (
                <ChoosableOaRow key={oa.id} oa={oa} chosen={oa.id === oaId} onChoose={choose} />
              ))}
            </ul>
          </RadioGroup>
          {hasMore && <LoadMore label={app.loadMore} loading={loadingMore} onMore={() => void loadMore()} />}
        </section>
      )}
      {held.length > 0 && <HeldElsewhereHelp oas={held} />}
      {noneLinkable ? (
        <NoOaHelp
          title={whole.length === 0 ? t.oa.none : t.oa.noneLinkable}
          addOa={addOa}
          // Admin rights are no answer for an OA the person administers that another ZCA holds:
          // its own request (above) is the one to send.
          askForRights={!whole.some(isHeld)}
        />
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
      choice={{ name: "oa", value: oa.id, checked: chosen, onChoose: () => onChoose(oa.id) }}
    />
  );
});

export default gatedStep("oa", OaStep);
