import { useEffect, useRef } from "react";
import { oaUnavailableReason } from "../../domain/linking";
import { useOaGrant } from "../../store/oa-grant";
import { useOas } from "../../store/oas";
import { useOnboarding } from "./store";

/**
 * Chooses the OA the person has just added with "Thêm OA từ Zalo", once the list shows it and it
 * can be chosen, and only once: coming back to the step, or a later reload of the list, keeps
 * whatever they chose since.
 */
export function useAddedOaChosen(): void {
  const added = useOaGrant((s) => (s.grant.data?.status === "done" ? s.grant.data.oa.id : null));
  const handled = useRef(added);
  const listed = useOas((s) => (added ? s.seen[added] : undefined));
  const chooseOa = useOnboarding((s) => s.chooseOa);

  useEffect(() => {
    if (!added || added === handled.current || !listed) return;
    if (oaUnavailableReason(listed, null) !== undefined) return;
    handled.current = added;
    chooseOa(added);
  }, [added, listed, chooseOa]);
}
