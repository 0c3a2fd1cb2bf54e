import { Button } from "zmp-ui";
import { useStrings } from "../../i18n/locale";
import type { AssetKind } from "./cache-edits";
import { busyKey, useAssets } from "./store";
import { strings } from "./strings";

interface AssetActionProps {
  kind: AssetKind;
  asset: { id: string; name: string };
  /** "Liên kết" or "Hủy liên kết". */
  label: string;
  danger?: boolean;
  /** Absent when the person may not make this change: no button then. */
  onClick?: () => void;
}

/** An asset row's button, or what is happening to the asset while a change is on its way. */
export function AssetAction({ kind, asset, label, danger, onClick }: AssetActionProps) {
  const busy = useStrings(strings).busy;
  const change = useAssets((s) => s.busy[busyKey(kind, asset.id)]);
  if (change) return <span className="muted small">{busy[change]}</span>;
  if (!onClick) return null;
  return (
    <Button
      size="small"
      variant={danger ? "tertiary" : "primary"}
      type={danger ? "danger" : "highlight"}
      aria-label={`${label} ${asset.name}`}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}
