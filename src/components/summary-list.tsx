import "./summary-list.css";

interface SummaryListProps {
  label: string;
  rows: { term: string; value: React.ReactNode }[];
}

/** A short list of what was chosen: "Tên ZCA: …", "OA: …". */
export function SummaryList({ label, rows }: SummaryListProps) {
  return (
    <dl className="summary-list" aria-label={label}>
      {rows.map(({ term, value }) => (
        <div key={term} className="summary-row">
          <dt className="muted">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
