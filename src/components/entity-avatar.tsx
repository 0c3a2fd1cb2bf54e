import { useState } from "react";
import "./entity-avatar.css";

interface EntityAvatarProps {
  name: string;
  src?: string;
  size?: number;
}

/** A person's or an OA's picture, falling back to initials when there is none or it fails to load. */
export function EntityAvatar({ name, src, size = 48 }: EntityAvatarProps) {
  const [failed, setFailed] = useState(false);
  const style = { width: size, height: size, fontSize: size * 0.4 };
  if (src && !failed) {
    return <img className="entity-avatar" src={src} alt="" style={style} onError={() => setFailed(true)} />;
  }
  return (
    <span className="entity-avatar entity-avatar-initials" style={style} aria-hidden="true">
      {initials(name)}
    </span>
  );
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/u);
  const letters = words.length > 1 ? [words[0]![0], words[words.length - 1]![0]] : [words[0]?.[0]];
  return letters.join("").toUpperCase();
}
