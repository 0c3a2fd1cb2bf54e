import { Hono } from "hono";
import { z } from "zod";
import { LANGS } from "../../src/domain/languages";
import type { Db } from "../db/client";
import { actor, readBody, type Env } from "../http";
import { setLanguage } from "../services/people";

const languageSchema = z.strictObject({ lang: z.enum(LANGS) });

/** PUT /api/me/language: the language the person uses the app in, which their notifications speak. */
export function languageRoutes(db: Db) {
  return new Hono<Env>().put("/", async (c) => {
    const { lang } = await readBody(c, languageSchema);
    await setLanguage(db, actor(c), lang);
    return c.body(null, 204);
  });
}
