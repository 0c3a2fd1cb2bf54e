import { useEffect, useRef, useState } from "react";
import { useParams } from "react-router-dom";
import { Button } from "zmp-ui";
import { AccountScreen } from "../../components/account-screen";
import { AppPage } from "../../components/app-page";
import { BusinessFields, useBusinessProblems } from "../../components/business-fields";
import { ErrorNotice } from "../../components/error-notice";
import { InfoIcon } from "../../components/icons";
import { useShownProblems } from "../../components/use-shown-problems";
import {
  BUSINESS_FIELDS,
  EMPTY_BUSINESS,
  type BusinessField,
  type BusinessInput,
} from "../../domain/business";
import { can } from "../../domain/permissions";
import { formatVietnamMobile } from "../../domain/phone";
import type { Account } from "../../domain/types";
import { businessProblemSentence, businessStrings } from "../../i18n/business-strings";
import { useStrings } from "../../i18n/locale";
import { useAccount } from "../../store/accounts";
import { useBusinessEdit } from "./store";
import { strings } from "./strings";
import "./account.css";
import { useScreenNavigate } from "../../components/screen-navigation";
import { routes } from "../../routes";

/** Settings → "Thông tin doanh nghiệp": the business's details, for those whose role may edit them. */
export default function BusinessPage() {
  const bt = useStrings(businessStrings);
  const { accountId = "" } = useParams();
  const { data, error, reload } = useAccount(accountId);
  // The form's screen has its own footer (the save button); until the ZCA is here, the usual one.
  if (data) return <BusinessForm key={data.id} account={data} />;
  return (
    <AccountScreen title={bt.title} account={null} error={error} onRetry={reload}>
      {() => null}
    </AccountScreen>
  );
}

function initialValues(account: Account): BusinessInput {
  const business = account.business;
  return business ? { ...business, phone: formatVietnamMobile(business.phone) } : EMPTY_BUSINESS;
}

function BusinessForm({ account }: { account: Account }) {
  const t = useStrings(strings).businessPage;
  const bt = useStrings(businessStrings);
  const navigate = useScreenNavigate();
  const [values, setValues] = useState(() => initialValues(account));
  const saving = useBusinessEdit((s) => s.saving);
  const refused = useBusinessEdit((s) => s.refused);
  const save = useBusinessEdit((s) => s.save);
  const changed = useBusinessEdit((s) => s.changed);
  const reset = useBusinessEdit((s) => s.reset);
  const inputs = useRef<Partial<Record<BusinessField, HTMLElement | null>>>({});
  const fields = useShownProblems(BUSINESS_FIELDS, (f) => values[f].trim() !== "");
  const local = useBusinessProblems(values);
  // An earlier visit's refusal belongs to that visit.
  useEffect(() => reset(), [reset]);
  const fromServer = Object.fromEntries(
    BUSINESS_FIELDS.filter((f) => refused[f]).map((f) => [f, businessProblemSentence(bt, f, refused[f]!)]),
  );

  if (!can(account.role, "business.edit")) {
    return (
      <AppPage title={bt.title}>
        <p className="notice notice-info">{t.notAllowed}</p>
      </AppPage>
    );
  }

  async function submit() {
    const wrong = BUSINESS_FIELDS.find((f) => local[f] ?? fromServer[f]);
    if (wrong) {
      fields.touchAll();
      inputs.current[wrong]?.focus();
      return;
    }
    if (await save(account.id, values)) {
      navigate(routes.settings.href({ accountId: account.id }), { replace: true, state: { saved: true } });
    }
  }

  return (
    <AppPage
      title={bt.title}
      footer={
        <>
          {saving.error && saving.status === "failed" && Object.keys(refused).length === 0 && (
            <ErrorNotice code={saving.error} onRetry={() => void submit()} inputKept />
          )}
          <Button fullWidth loading={saving.status === "loading"} onClick={() => void submit()}>
            {t.save}
          </Button>
        </>
      }
    >
      <p className="notice notice-info">
        <InfoIcon size={18} /> {t.nameFixed(account.name)}
      </p>
      <BusinessFields
        {...(account.businessTaxCodeLocked && {
          hints: { taxCode: t.taxCodeLocked },
          readOnly: ["taxCode"] as const,
        })}
        values={values}
        problems={fields.shown(local, fromServer)}
        onChange={(field, value) => {
          setValues((v) => ({ ...v, [field]: value }));
          changed(field);
        }}
        onLeave={fields.leave}
        onDone={() => void submit()}
        inputs={inputs}
      />
    </AppPage>
  );
}
