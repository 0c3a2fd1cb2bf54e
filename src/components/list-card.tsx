import { useId } from "react";

interface ListCardProps {
  title: string;
  /** Said instead of the list when it has nothing to show; false or null while it has. */
  empty?: string | false | null;
  /** Above the list: a hint, a search box. */
  intro?: React.ReactNode;
  /** Below the list: help about what is not in it. */
  outro?: React.ReactNode;
  /** The rows, each an `<li>`. */
  children: React.ReactNode;
}

/** A titled card holding one list, as every list of OAs and apps is shown. */
export function ListCard({ title, empty, intro, outro, children }: ListCardProps) {
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card-title">
        {title}
      </h2>
      {intro}
      {empty && <p className="muted">{empty}</p>}
      <ul className="card-list">{children}</ul>
      {outro}
    </section>
  );
}
