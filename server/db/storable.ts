// PostgreSQL stores neither a NUL character nor half of a UTF-16 pair (a lone "\udfff" escape), in
// text or jsonb: a notice carrying one is kept with U+FFFD in its place.
export const storable = (text: string) => text.toWellFormed().replaceAll("\0", "\uFFFD");

/** An answer as received, with each string storable in jsonb (see `storable`). */
export function storableJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
    typeof item === "string" ? storable(item) : item,
  );
}
