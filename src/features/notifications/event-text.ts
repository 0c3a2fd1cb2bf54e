import type { NotificationEvent } from "../../domain/notifications";
import type { Formatters } from "../../i18n/format";
import { strings } from "./strings";

type InboxWords = (typeof strings)["vi"]["inbox"];

/** What a notification tells, in the words of the person's language. */
export function eventText(event: NotificationEvent, t: InboxWords, format: Formatters): string {
  switch (event.kind) {
    case "lowBalance": {
      const level =
        event.thresholdDays !== null
          ? t.days(format.number(event.thresholdDays))
          : format.money(event.threshold);
      return t.lowBalance(format.money(event.balance), level);
    }
    case "balanceMovement":
      return `${t.movement[event.movement](format.money(event.amount))}. ${t.balanceNow(format.money(event.balance))}`;
    case "members":
      return t.members[event.change](event.memberName);
    case "assets":
      return t.assets[event.change][event.asset](event.assetName);
    case "invoices":
      return t.invoice(event.number, format.money(event.amount));
  }
}
