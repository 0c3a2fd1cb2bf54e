import { Button } from "zmp-ui";
import { BUSINESS_FIELDS } from "../../domain/business";
import { can } from "../../domain/permissions";
import { formatVietnamMobile } from "../../domain/phone";
import type { Account } from "../../domain/types";
import { businessStrings } from "../../i18n/business-strings";
import { useStrings } from "../../i18n/locale";
import { strings } from "./strings";

/** Settings' "Thông tin doanh nghiệp": the details, or that there are none yet, and who may edit them. */
export function BusinessCard({ account, onEdit }: { account: Account; onEdit(): void }) {
  const s = useStrings(strings).settingsPage;
  const bt = useStrings(businessStrings);
  const { business } = account;
  const mayEdit = can(account.role, "business.edit");
  return (
    <section className="card" aria-labelledby="business-info">
      <h2 id="business-info" className="card-title">
        {bt.title}
      </h2>
      {business ? (
        <dl className="facts facts-stacked">
          {BUSINESS_FIELDS.map((field) => (
            <div key={field}>
              <dt>{bt.labels[field]}</dt>
              <dd>{field === "phone" ? formatVietnamMobile(business.phone) : business[field]}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="notice notice-warning">{mayEdit ? s.noBusiness : s.noBusinessAsk}</p>
      )}
      {mayEdit && (
        <Button fullWidth variant="secondary" onClick={onEdit}>
          {business ? s.editBusiness : s.addBusiness}
        </Button>
      )}
    </section>
  );
}
