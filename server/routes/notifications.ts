import { Hono } from "hono";
import { inboxReadSchema, notificationSettingsChangeSchema } from "../../src/domain/notifications";
import type { Db } from "../db/client";
import { actor, readBody, readLimit, readParam, type Env } from "../http";
import { INBOX_PAGE_MAX, listInbox, markRead } from "../services/inbox";
import { getNotificationSettings, putNotificationSettings } from "../services/notification-settings";

/**
 * /api/accounts/:id/notifications ("Quản lý thông báo": every member reads it, each kind is
 * changed by the roles mayEditNotification allows) and /api/accounts/:id/inbox (the caller's own
 * notifications from the ZCA, never another member's).
 */
export function notificationRoutes(db: Db) {
  return new Hono<Env>()
    .get("/:id/notifications", async (c) =>
      c.json(await getNotificationSettings(db, c.get("personId"), readParam(c, "id"))),
    )
    .put("/:id/notifications", async (c) => {
      const change = await readBody(c, notificationSettingsChangeSchema);
      return c.json(await putNotificationSettings(db, actor(c), readParam(c, "id"), change));
    })
    .get("/:id/inbox", async (c) =>
      c.json(
        await listInbox(db, c.get("personId"), readParam(c, "id"), {
          limit: readLimit(c, INBOX_PAGE_MAX) ?? 20,
          cursor: c.req.query("cursor"),
        }),
      ),
    )
    .post("/:id/inbox/read", async (c) => {
      const { ids } = await readBody(c, inboxReadSchema);
      await markRead(db, actor(c), readParam(c, "id"), ids);
      return c.body(null, 204);
    });
}
