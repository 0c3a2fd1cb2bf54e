import type { Oa } from "../domain/types";
import { t } from "../i18n";
import { VerifiedBadge } from "./icons";

/** An OA's name with Zalo's verified badge, as every OA list shows it. */
export function OaTitle({ oa }: { oa: Pick<Oa, "name" | "verified"> }) {
  return (
    <strong>
      <span className="oa-title-name">{oa.name}</span>
      {oa.verified && <VerifiedBadge label={t.account.verified} />}
    </strong>
  );
}
