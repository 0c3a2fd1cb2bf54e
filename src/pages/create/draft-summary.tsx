import { SummaryList } from "../../components/summary-list";
import { validateAccountName } from "../../domain/account-name";
import { t } from "../../i18n";
import { useDirectory } from "../../store/directory";
import { useOnboarding } from "../../store/onboarding";
import type { AppChoiceProblem, OaChoiceProblem } from "../../store/onboarding-draft";
import { staleAppSentence, staleOaSentence } from "./recovery";

interface DraftSummaryProps {
  oaProblem: OaChoiceProblem | null;
  appProblem: AppChoiceProblem | null;
}

/** The ZCA about to be created, with any choice that stopped holding explained in place. */
export function DraftSummary({ oaProblem, appProblem }: DraftSummaryProps) {
  const rawName = useOnboarding((s) => s.name);
  const oaId = useOnboarding((s) => s.oaId);
  const app = useOnboarding((s) => s.app);
  const oa = useDirectory((s) => s.oas.data?.find((o) => o.id === oaId));
  const connected = useDirectory((s) =>
    app?.mode === "connect" ? s.apps.data?.find((a) => a.id === app.appId) : undefined,
  );
  const checked = validateAccountName(rawName);
  const name = checked.ok ? checked.value : rawName;
  const { summary } = t.create;

  const appName =
    app?.mode === "create"
      ? summary.newApp(name)
      : app?.mode === "connect"
        ? (connected?.name ?? "")
        : summary.noApp;

  return (
    <section className="card" aria-labelledby="draft-summary">
      <h2 id="draft-summary" className="card-title">
        {t.create.terms.summary}
      </h2>
      <SummaryList
        label={t.create.terms.summary}
        rows={[
          { term: summary.name, value: name },
          {
            term: summary.oa,
            value: (
              <>
                {oa?.name}
                {oaProblem && <span className="summary-problem">{staleOaSentence(oaProblem, oa)}</span>}
              </>
            ),
          },
          {
            term: summary.app,
            value: (
              <>
                {appName}
                {appProblem && (
                  <span className="summary-problem">{staleAppSentence(appProblem, connected)}</span>
                )}
              </>
            ),
          },
        ]}
      />
    </section>
  );
}
