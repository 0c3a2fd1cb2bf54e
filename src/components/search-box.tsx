import { Input } from "zmp-ui";
import { SearchIcon } from "./icons";
import "./search-box.css";

interface SearchBoxProps {
  label: string;
  value: string;
  onChange(value: string): void;
}

/** The box above a long list that narrows it as the person types. */
export function SearchBox({ label, value, onChange }: SearchBoxProps) {
  return (
    <Input
      aria-label={label}
      placeholder={label}
      prefix={<SearchIcon size={18} className="search-icon" />}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
