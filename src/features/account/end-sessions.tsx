import { Button } from "zmp-ui";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { ErrorNotice } from "../../components/error-notice";
import { useConfirm } from "../../components/use-confirm";
import { useStrings } from "../../i18n/locale";
import { useSession } from "../../store/session";
import { strings } from "./strings";

/**
 * "Đăng xuất mọi thiết bị": ends every session of the person, on every device, after saying so.
 * Inside Zalo this phone signs in again at once with Zalo's token, and the result shows here; in
 * dev mode the app goes back to the picker, which says why.
 */
export function EndSessions() {
  const s = useStrings(strings).endSessions;
  const ending = useSession((state) => state.ending);
  const endAllSessions = useSession((state) => state.endAllSessions);
  const dialog = useConfirm<true>();
  return (
    <section className="card" aria-labelledby="end-sessions">
      <h2 id="end-sessions" className="card-title">
        {s.title}
      </h2>
      <p className="muted small">{s.hint}</p>
      {ending.status === "ready" && (
        <p className="notice notice-info" role="status">
          {s.done}
        </p>
      )}
      {ending.error && <ErrorNotice title={s.failed} code={ending.error} />}
      <Button
        fullWidth
        variant="tertiary"
        type="danger"
        loading={ending.status === "loading"}
        onClick={() => dialog.ask(true)}
      >
        {s.button}
      </Button>
      <ConfirmDialog
        open={dialog.open}
        title={s.confirmTitle}
        body={s.confirmBody}
        confirm={s.confirm}
        cancel={s.cancel}
        danger
        onConfirm={() => {
          dialog.close();
          void endAllSessions();
        }}
        onCancel={dialog.close}
      />
    </section>
  );
}
