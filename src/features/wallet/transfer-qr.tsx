import { QRCodeCanvas, QRCodeSVG } from "qrcode.react";
import { useId, useRef, useState } from "react";
import { Button } from "zmp-ui";
import type { Topup } from "../../domain/types";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { saveImage, shareImage } from "../../platform/image";
import { strings } from "./strings";

type Busy = "save" | "share" | null;

/**
 * The VietQR code a banking app scans, and, for a banking app on the same phone, the same code
 * kept as a photo ("Lưu mã QR") or sent on ("Chia sẻ"). What became of it is said below, politely.
 */
export function TransferQr({ topup }: { topup: Topup }) {
  const t = useStrings(strings).transfer;
  const format = useFormat();
  const transfer = topup.bankTransfer!;
  const title = useId();
  // The photo: the same code drawn on a canvas nobody sees, as a PNG is what a gallery keeps.
  const photo = useRef<HTMLCanvasElement>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState("");
  const fileName = t.qrFileName(transfer.note.replace(/\W+/g, "-").toLowerCase());

  async function run(action: Exclude<Busy, null>) {
    const png = photo.current?.toDataURL("image/png") ?? "";
    setBusy(action);
    setOutcome("");
    try {
      setOutcome(
        action === "save"
          ? t.saved[await saveImage(png, fileName)]
          : t.shared[await shareImage(png, fileName)],
      );
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card transfer-qr" aria-labelledby={title}>
      <h2 id={title} className="card-title">
        {t.qrTitle}
      </h2>
      <QRCodeSVG
        value={transfer.qr}
        size={200}
        marginSize={2}
        role="img"
        aria-label={t.qrLabel(format.money(topup.amount), transfer.accountNumber)}
      />
      <QRCodeCanvas ref={photo} value={transfer.qr} size={480} marginSize={4} hidden aria-hidden="true" />
      <p className="muted small">{t.qrHint}</p>
      <p className="small transfer-qr-same-device">{t.qrSameDevice}</p>
      <div className="transfer-qr-actions">
        <Button
          size="small"
          variant="secondary"
          loading={busy === "save"}
          disabled={busy !== null}
          onClick={() => void run("save")}
        >
          {busy === "save" ? t.saving : t.saveQr}
        </Button>
        <Button
          size="small"
          variant="secondary"
          loading={busy === "share"}
          disabled={busy !== null}
          onClick={() => void run("share")}
        >
          {busy === "share" ? t.sharing : t.shareQr}
        </Button>
      </div>
      <p className="small transfer-qr-outcome" role="status">
        {outcome}
      </p>
    </section>
  );
}
