import { randomBytes } from "node:crypto";
import { Hono } from "hono";
import { html } from "hono/html";
import { isLang, type Lang } from "../../src/domain/languages";
import { NOTIFICATION_KINDS, type NotificationKind } from "../../src/domain/notification-kinds";
import { serveLocal } from "../listen";
import { TEMPLATE_FIELDS, type ZnsTemplates } from "../zns/templates";

export interface ZnsStandInOptions {
  /** Whether `accessToken` is a live token of the operator OA (the Zalo stand-in knows). */
  tokenOk(accessToken: string): boolean;
  /** The templates "approved" for the operator OA. */
  templates: ZnsTemplates;
  /** Phones (84…) that have no Zalo account: Zalo answers -118. */
  noZalo?: string[];
  /** How long each answer takes (a test's crash lands while sends are in flight). */
  answerDelayMs?: number;
  port?: number;
}

/** One message as the stand-in received and "delivered" it. */
export interface ReceivedMessage {
  phone: string;
  templateId: string;
  kind: NotificationKind;
  lang: Lang;
  templateData: Record<string, string>;
  trackingId: string;
  msgId: string;
  at: string;
}

/** What each template says once approved: its fixed text around the parameters. */
const TEMPLATE_TEXT: Record<Lang, Record<NotificationKind, string>> = {
  vi: {
    lowBalance:
      "ZCA {zca_name}: số dư còn {balance}, dưới mức cảnh báo {alert_level}. Hãy nạp thêm để OA và ZNS không bị gián đoạn.",
    balanceMovement: "ZCA {zca_name}: {movement} {amount}. Số dư hiện tại: {balance}.",
    members: "ZCA {zca_name}: {change}: {member_name}.",
    assets: "ZCA {zca_name}: {change} {asset_name}. Nếu không phải bạn làm, hãy kiểm tra ngay.",
    invoices: "ZCA {zca_name}: đã xuất hóa đơn {invoice_no}, số tiền {amount}.",
  },
  en: {
    lowBalance:
      "ZCA {zca_name}: the balance is {balance}, below the alert level of {alert_level}. Top up so the OAs and ZNS keep running.",
    balanceMovement: "ZCA {zca_name}: {movement} {amount}. Balance now: {balance}.",
    members: "ZCA {zca_name}: {change}: {member_name}.",
    assets: "ZCA {zca_name}: {change} {asset_name}. If this was not you, check it now.",
    invoices: "ZCA {zca_name}: invoice {invoice_no} issued for {amount}.",
  },
};

const PHONE = /^84\d{9,10}$/;

/**
 * Dev mode and the tests: a local stand-in for Zalo's ZNS API (`POST /message/template`). It checks
 * what Zalo checks and answers as Zalo does, HTTP 200 with `error`: the operator OA's access token
 * (-124 when invalid or expired), the phone as 84… (-108), the template id (-109), the template's
 * parameters, each present and none extra (-111 empty, -112 otherwise), a phone without Zalo
 * (-118). It keeps what it received; GET /dev/phone shows it as each phone would, newest first.
 * Tests can take it down (HTTP 503).
 */
export async function startZnsStandIn(opts: ZnsStandInOptions) {
  const received: ReceivedMessage[] = [];
  const byTemplate = new Map<string, { kind: NotificationKind; lang: Lang }>();
  for (const kind of NOTIFICATION_KINDS) {
    const { vi, en } = opts.templates[kind];
    byTemplate.set(vi, { kind, lang: "vi" });
    if (en) byTemplate.set(en, { kind, lang: "en" });
  }
  const noZalo = new Set(opts.noZalo ?? []);
  let down = false;
  const calls: { phone: string; error: number }[] = [];
  const web = new Hono();
  const zalo = (error: number, message: string) => ({ error, message });

  web.post("/message/template", async (c) => {
    if (down) return c.text("Service Unavailable", 503);
    if (opts.answerDelayMs) await new Promise((resolve) => setTimeout(resolve, opts.answerDelayMs));
    const answer = check(c.req.header("access_token") ?? "", await c.req.json().catch(() => null));
    calls.push({ phone: answer.phone, error: answer.body.error });
    return c.json(answer.body);
  });

  function check(token: string, body: unknown) {
    const b = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    const phone = typeof b.phone === "string" ? b.phone : "";
    const refuse = (error: number, message: string) => ({ phone, body: zalo(error, message) });
    if (!opts.tokenOk(token)) return refuse(-124, "Access token is invalid");
    if (!PHONE.test(phone)) return refuse(-108, "Phone number invalid");
    const template = typeof b.template_id === "string" ? byTemplate.get(b.template_id) : undefined;
    if (!template) return refuse(-109, "Template ID invalid");
    const data = b.template_data;
    if (typeof data !== "object" || data === null || Object.keys(data).length === 0) {
      return refuse(-111, "Template data empty");
    }
    const fields = TEMPLATE_FIELDS[template.kind];
    const entries = Object.entries(data as Record<string, unknown>);
    const valid =
      entries.length === fields.length &&
      entries.every(([key, value]) => fields.includes(key) && typeof value === "string" && value.length > 0);
    if (!valid) return refuse(-112, "Template data invalid");
    if (typeof b.tracking_id !== "string" || b.tracking_id.length === 0) {
      return refuse(-112, "tracking_id invalid");
    }
    if (noZalo.has(phone)) return refuse(-118, "Zalo account not existed");
    const msgId = randomBytes(10).toString("hex");
    received.push({
      phone,
      templateId: b.template_id as string,
      ...template,
      templateData: data as Record<string, string>,
      trackingId: b.tracking_id,
      msgId,
      at: new Date().toISOString(),
    });
    return {
      phone,
      body: { error: 0, message: "Success", data: { msg_id: msgId, sent_time: String(Date.now()) } },
    };
  }

  web.get("/dev/messages", (c) => c.json(received));
  web.get("/dev/phone", (c) => {
    const lang = isLang(c.req.query("lang")) ? (c.req.query("lang") as Lang) : "vi";
    return c.html(phonePage(received, lang, c.req.query("phone")));
  });

  const { server, url } = await serveLocal(web.fetch, opts.port);
  return {
    url,
    /** Every message delivered, oldest first. */
    received,
    /** Every call answered: its phone and Zalo's `error`. */
    calls,
    /** The text a phone shows for one message. */
    textOf,
    setDown: (value: boolean) => {
      down = value;
    },
    setNoZalo: (phone: string) => noZalo.add(phone),
    /** Zalo as it started: up, nothing received, only the phones of `noZalo` without Zalo. */
    reset: () => {
      down = false;
      received.length = 0;
      calls.length = 0;
      noZalo.clear();
      for (const phone of opts.noZalo ?? []) noZalo.add(phone);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      }),
  };
}

export type ZnsStandIn = Awaited<ReturnType<typeof startZnsStandIn>>;

function textOf(message: ReceivedMessage): string {
  return TEMPLATE_TEXT[message.lang][message.kind].replace(
    /\{(\w+)\}/g,
    (_, key: string) => message.templateData[key] ?? "",
  );
}

const PAGE_WORDS = {
  vi: {
    title: "Tin nhắn ZBS Template (bản giả lập)",
    none: "Chưa có tin nào.",
    from: "Zalo Cloud Account",
  },
  en: {
    title: "ZBS Template Messages (stand-in)",
    none: "No message yet.",
    from: "Zalo Cloud Account",
  },
};

/** Each phone's messages, newest first, as Zalo shows a ZBS Template Message. */
function phonePage(received: ReceivedMessage[], lang: Lang, phone: string | undefined) {
  const w = PAGE_WORDS[lang];
  const phones = [...new Set(received.map((m) => m.phone))];
  const shown = phones.filter((p) => !phone || p === phone);
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${w.title}</title>
        <style>
          body { font-family: system-ui, sans-serif; margin: 0; background: #eef0f3; color: #111; }
          header { background: #0068ff; color: #fff; padding: 12px 16px; }
          h1 { font-size: 18px; margin: 0; }
          main { padding: 12px; }
          h2 { font-size: 15px; margin: 16px 4px 8px; }
          ol { list-style: none; margin: 0; padding: 0; }
          li { background: #fff; border-radius: 12px; padding: 12px; margin-bottom: 8px; box-shadow: 0 1px 2px #0002; }
          .from { font-weight: 600; font-size: 13px; color: #0050c7; }
          .at { font-size: 12px; color: #555; }
          p { margin: 6px 0 0; line-height: 1.4; }
        </style>
      </head>
      <body>
        <header><h1>${w.title}</h1></header>
        <main>
          ${shown.length === 0 ? html`<p>${w.none}</p>` : ""}
          ${shown.map(
            (p) => html`<section aria-labelledby="phone-${p}">
              <h2 id="phone-${p}">+${p}</h2>
              <ol>
                ${received
                  .filter((m) => m.phone === p)
                  .reverse()
                  .map(
                    (m) => html`<li>
                      <div class="from">${w.from}</div>
                      <div class="at"><time datetime="${m.at}">${m.at.replace("T", " ").slice(0, 19)}</time></div>
                      <p>${textOf(m)}</p>
                    </li>`,
                  )}
              </ol>
            </section>`,
          )}
        </main>
      </body>
    </html>`;
}
