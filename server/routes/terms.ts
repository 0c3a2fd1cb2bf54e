import { Hono } from "hono";
import { isLang } from "../../src/domain/languages";
import type { Env } from "../http";
import { termsIn } from "../services/terms";

/** GET /api/terms?lang=en: the current terms, in Vietnamese unless another language is asked for. */
export function termsRoutes() {
  return new Hono<Env>().get("/", (c) => {
    const lang = c.req.query("lang");
    return c.json(termsIn(isLang(lang) ? lang : "vi"));
  });
}
