import { ErrorNotice } from "../../components/error-notice";
import { NamedModal } from "../../components/named-modal";
import { useStrings } from "../../i18n/locale";
import { strings } from "./strings";
import type { TopupForm } from "./use-topup-form";

/**
 * Before the ZCA's first top-up: the tax code its invoice will carry, to confirm or to edit. "Sửa"
 * comes first, where focus lands: a tax code on an issued invoice can never change.
 */
export function TaxCodeConfirm({ taxCode }: { taxCode: TopupForm["taxCode"] }) {
  const t = useStrings(strings).topup.confirmTaxCode;
  const { asking, confirmation } = taxCode;
  return (
    <NamedModal
      visible={asking !== null}
      title={t.title}
      description={t.body}
      onClose={taxCode.close}
      actions={[
        { text: t.edit, onClick: taxCode.edit },
        {
          text: t.confirm,
          highLight: true,
          disabled: confirmation.status === "loading",
          onClick: () => void taxCode.confirm(),
        },
      ]}
    >
      <dl className="tax-code-confirm">
        <dt className="muted small">{t.label}</dt>
        <dd className="tax-code-confirm-value">{asking}</dd>
        <dd className="muted small">{taxCode.fromInvoiceDetails ? t.from.saved : t.from.own}</dd>
      </dl>
      {confirmation.status === "failed" && confirmation.error && (
        <ErrorNotice code={confirmation.error} title={t.failed} />
      )}
    </NamedModal>
  );
}
