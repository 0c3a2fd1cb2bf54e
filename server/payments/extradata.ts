/** The extradata of a Checkout order we sign: it names our top-up, and Zalo hands it back. */
export function checkoutExtradata(topupId: string): string {
  return JSON.stringify({ topupId });
}

/** extradata comes back as we sent it, or URI-encoded: it names our top-up. */
export function topupIdOf(extradata: string): string | null {
  for (const text of [extradata, safeDecode(extradata)]) {
    try {
      const parsed = JSON.parse(text ?? "") as { topupId?: unknown };
      if (typeof parsed.topupId === "string") return parsed.topupId;
    } catch {
      // not this form
    }
  }
  return null;
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
