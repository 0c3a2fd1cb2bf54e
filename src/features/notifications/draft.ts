import { parseAmount } from "../../domain/amount-text";
import type { Lang } from "../../domain/languages";
import {
  THRESHOLD_DAYS_MAX,
  type NotificationSettings,
  type NotificationSettingsChange,
} from "../../domain/notifications";
import { NOTIFICATION_KINDS, type NotificationKind } from "../../domain/notification-kinds";

/** One kind as the form holds it: the amounts as typed. */
export interface KindDraft {
  enabled: boolean;
  recipients: string[];
  amount: string;
  days: string;
  byDays: boolean;
}

export type Draft = Record<NotificationKind, KindDraft>;

export function draftOf(settings: NotificationSettings, number: (n: number) => string): Draft {
  const threshold = (kind: NotificationKind) => {
    const setting = settings[kind];
    return "threshold" in setting ? setting.threshold : 0;
  };
  const days = settings.lowBalance.thresholdDays ?? null;
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [
      kind,
      {
        enabled: settings[kind].enabled,
        recipients: settings[kind].recipients,
        amount: number(threshold(kind)),
        days: kind === "lowBalance" && days ? String(days) : "",
        byDays: kind === "lowBalance" && days !== null,
      },
    ]),
  ) as Draft;
}

export type DraftProblem = "amount" | "days";

/** What is wrong with a kind's numbers, when it is on (an off kind keeps what it had). */
export function problemOf(kind: NotificationKind, draft: KindDraft, lang: Lang): DraftProblem | null {
  if (!draft.enabled || (kind !== "lowBalance" && kind !== "balanceMovement")) return null;
  if (kind === "lowBalance" && draft.byDays) {
    const days = Number(draft.days);
    return /^\d+$/.test(draft.days.trim()) && days >= 1 && days <= THRESHOLD_DAYS_MAX ? null : "days";
  }
  const read = parseAmount(draft.amount, lang === "en" ? "," : ".");
  return read.problem || read.amount === null ? "amount" : null;
}

/** The change to send: the kinds the person may edit, each whole. */
export function changeOf(draft: Draft, kinds: NotificationKind[], lang: Lang): NotificationSettingsChange {
  const amount = (text: string) => parseAmount(text, lang === "en" ? "," : ".").amount ?? 0;
  const change: NotificationSettingsChange = {};
  for (const kind of kinds) {
    const { enabled, recipients } = draft[kind];
    if (kind === "lowBalance") {
      const d = draft.lowBalance;
      change.lowBalance = {
        enabled,
        recipients,
        threshold: d.byDays ? 0 : amount(d.amount),
        thresholdDays: d.byDays ? Number(d.days) : null,
      };
    } else if (kind === "balanceMovement") {
      change.balanceMovement = { enabled, recipients, threshold: amount(draft.balanceMovement.amount) };
    } else {
      change[kind] = { enabled, recipients };
    }
  }
  return change;
}
