import { useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { SummaryList } from "../../components/summary-list";
import { validateAccountName } from "../../domain/account-name";
import { BUSINESS_FIELDS, validateBusiness } from "../../domain/business";
import { formatVietnamMobile } from "../../domain/phone";
import { appStrings } from "../../i18n/app-strings";
import { businessStrings } from "../../i18n/business-strings";
import { useStrings } from "../../i18n/locale";
import { useApps } from "../../store/apps";
import { useOas } from "../../store/oas";
import type { AppChoiceProblem, OaChoiceProblem } from "./draft";
import { staleAppSentence, staleOaSentence } from "./recovery";
import { useOnboarding } from "./store";
import { strings } from "./strings";

interface DraftSummaryProps {
  oaProblem: OaChoiceProblem | null;
  appProblem: AppChoiceProblem | null;
}

/**
 * The draft the summary shows. Creating the ZCA empties the draft while this step is still on
 * screen (the session refresh, then the slide to Done): the summary keeps the last draft before it.
 */
function useSummarizedDraft() {
  const live = useOnboarding(
    useShallow((s) => ({ name: s.name, business: s.business, oaId: s.oaId, app: s.app })),
  );
  const created = useOnboarding((s) => s.createdAccountId !== null);
  const [kept, keep] = useState(live);
  if (!created && kept !== live) keep(live);
  return created ? kept : live;
}

/** The ZCA about to be created, with any choice that stopped holding explained in place. */
export function DraftSummary({ oaProblem, appProblem }: DraftSummaryProps) {
  const t = useStrings(strings);
  const bt = useStrings(businessStrings);
  const at = useStrings(appStrings);
  const { name: rawName, business: rawBusiness, oaId, app } = useSummarizedDraft();
  const oa = useOas((s) => (oaId ? s.seen[oaId] : undefined));
  const connected = useApps((s) => (app?.mode === "connect" ? s.seen[app.appId] : undefined));
  const checked = validateAccountName(rawName);
  const name = checked.ok ? checked.value : rawName;
  const business = validateBusiness(rawBusiness);
  const details = business.ok
    ? { ...business.value, phone: formatVietnamMobile(business.value.phone) }
    : rawBusiness;
  const { summary } = t;

  const appName =
    app?.mode === "create"
      ? summary.newApp(name)
      : app?.mode === "connect"
        ? (connected?.name ?? "")
        : app?.mode === "declare"
          ? at.declaredByYou(app.appId)
          : summary.noApp;

  return (
    <section className="card" aria-labelledby="draft-summary">
      <h2 id="draft-summary" className="card-title">
        {t.terms.summary}
      </h2>
      <SummaryList
        label={t.terms.summary}
        rows={[
          {
            term: summary.name,
            value: (
              <>
                {name}
                <span className="summary-note">{summary.permanent}</span>
              </>
            ),
          },
          {
            term: summary.oa,
            value: (
              <>
                {oa?.name}
                {oaProblem && <span className="summary-problem">{staleOaSentence(t, oaProblem, oa)}</span>}
              </>
            ),
          },
          {
            term: summary.app,
            value: (
              <>
                {appName}
                {appProblem && appProblem !== "app_id_taken" && (
                  <span className="summary-problem">{staleAppSentence(t, appProblem, connected, app)}</span>
                )}
              </>
            ),
          },
        ]}
      />
      <h3 className="summary-subtitle">{bt.title}</h3>
      <SummaryList
        label={bt.title}
        rows={BUSINESS_FIELDS.map((field) => ({ term: bt.labels[field], value: details[field] }))}
      />
    </section>
  );
}
