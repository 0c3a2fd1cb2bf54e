import { CheckIcon } from "./icons";
import "./check-list.css";

/** A short list with a blue check before each line: what a ZCA pays for, what to have ready. */
export function CheckList({ items }: { items: readonly string[] }) {
  return (
    <ul className="check-list">
      {items.map((item) => (
        <li key={item}>
          <CheckIcon size={18} className="check-list-mark" />
          {item}
        </li>
      ))}
    </ul>
  );
}
