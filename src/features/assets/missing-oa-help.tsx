import { useState } from "react";
import { AdminRequest } from "../../components/admin-request";
import { ChevronIcon, InfoIcon } from "../../components/icons";
import { adminRequestStrings } from "../../i18n/admin-request-strings";
import { useStrings } from "../../i18n/locale";
import { selectOutcomeOf, useAdminRequest } from "../../store/admin-request";
import { useSession } from "../../store/session";
import { strings } from "./strings";

/** "Không thấy OA cần liên kết?": why an OA is missing, and a ready message asking its admin for rights. */
export function MissingOaHelp({ accountName }: { accountName: string }) {
  const h = useStrings(strings).missingOa;
  const adminRequest = useStrings(adminRequestStrings);
  const [open, setOpen] = useState(false);
  const person = useSession((s) => s.me?.user.name ?? "");
  const message = adminRequest.forLink(person, accountName);
  const outcome = useAdminRequest(selectOutcomeOf(message));
  const send = useAdminRequest((s) => s.send);

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
          <AdminRequest message={message} outcome={outcome} onSend={(message) => void send(message)} />
        </div>
      )}
    </div>
  );
}
