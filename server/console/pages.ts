/**
 * The console's own server pages (a sign-in that could not finish, an identity it does not know),
 * in both languages: the console's language is not known before sign-in.
 */
export function consolePage(title: { vi: string; en: string }, body: { vi: string; en: string }): string {
  const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escape(title.vi)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f1f1f}
a{color:#0958d9}a:focus-visible{outline:3px solid #0958d9;outline-offset:2px}</style></head><body><main>
<h1>${escape(title.vi)}</h1><p>${escape(body.vi)}</p>
<section lang="en"><h2>${escape(title.en)}</h2><p>${escape(body.en)}</p></section>
<p><a href="/console/">Về trang đăng nhập / Back to sign-in</a></p></main></body></html>`;
}

/** What the console's pages and files may load: its own scripts, antd's inline styles, nothing else. */
export const CONSOLE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
