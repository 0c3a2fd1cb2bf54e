import { ChevronIcon } from "./icons";

interface NavRowProps {
  title: string;
  /** What is behind the row, in a line under its title. */
  hint: string;
  icon?: React.ReactNode;
  onClick(): void;
}

/** A row that opens another screen: its title, a hint, and a chevron. */
export function NavRow({ title, hint, icon, onClick }: NavRowProps) {
  return (
    <button type="button" className="row-button" onClick={onClick}>
      {icon}
      <span className="row-main">
        <strong>{title}</strong>
        <span className="muted small">{hint}</span>
      </span>
      <ChevronIcon size={20} className="muted" />
    </button>
  );
}
