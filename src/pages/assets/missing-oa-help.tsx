import { useEffect, useRef, useState } from "react";
import { Button } from "zmp-ui";
import { ChevronIcon, InfoIcon } from "../../components/icons";
import { t } from "../../i18n";
import { useAssets } from "../../store/assets";
import { useSession } from "../../store/session";

const h = t.assets.missingOa;

/** "Không thấy OA cần liên kết?": why an OA is missing, and a ready message asking its admin for rights. */
export function MissingOaHelp({ accountName }: { accountName: string }) {
  const [open, setOpen] = useState(false);
  const person = useSession((s) => s.me?.user.name ?? "");
  const outcome = useAssets((s) => s.adminRequest);
  const ask = useAssets((s) => s.askForOaAdminRights);
  const message = h.message(person, accountName);
  const outcomeRef = useRef<HTMLParagraphElement>(null);

  // The outcome appears below the button, often under the fold of a phone screen.
  useEffect(() => {
    if (outcome) outcomeRef.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [outcome]);

  return (
    <div className="missing-oa">
      <button
        type="button"
        className="row-button"
        aria-expanded={open}
        aria-controls="missing-oa-help"
        onClick={() => setOpen(!open)}
      >
        <InfoIcon size={20} className="row-icon" />
        <span className="row-main">
          <strong>{h.toggle}</strong>
        </span>
        <ChevronIcon size={20} className={open ? "muted chevron-open" : "muted"} />
      </button>
      {open && (
        <div id="missing-oa-help" className="missing-oa-body">
          <p>{h.why}</p>
          <figure className="message-preview">
            <figcaption className="muted small">{h.messageLabel}</figcaption>
            <blockquote>{message}</blockquote>
          </figure>
          <Button fullWidth variant="secondary" onClick={() => void ask(message)}>
            {h.send}
          </Button>
          {outcome && (
            <p ref={outcomeRef} role="status" className="notice notice-info">
              {h.outcome[outcome]}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
