import { inflateSync } from "node:zlib";

/**
 * The text lines of a PDF as pdfkit writes them (no pdf.js here): each `[…] TJ` array's glyph ids,
 * read back to text through the embedded fonts' ToUnicode maps. Which font a line uses is not
 * tracked, so each line comes back once per font; a test looks for the line it expects among them.
 */
export function pdfTextLines(pdf: Buffer): string[] {
  const streams = streamsOf(pdf);
  const maps = streams.filter((s) => s.includes("begincmap")).map(toUnicodeMap);
  const lines: string[] = [];
  for (const content of streams.filter((s) => !s.includes("begincmap") && /\bTJ\b/.test(s))) {
    for (const [, array] of content.matchAll(/\[((?:<[0-9a-f]*>|[^\]])*)\]\s*TJ/gi)) {
      const glyphs =
        [...array!.matchAll(/<([0-9a-f]*)>/gi)]
          .map((hex) => hex[1]!)
          .join("")
          .match(/.{4}/g) ?? [];
      for (const map of maps)
        lines.push(glyphs.map((glyph) => map.get(glyph.toLowerCase()) ?? "\uFFFD").join(""));
    }
  }
  return lines;
}

/** Every stream's bytes (inflated where Flate-encoded), as latin1 text. */
function streamsOf(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  const header = /<<((?:[^<>]|<<(?:[^<>]|<<[^<>]*>>)*>>|<[^<>]*>)*)>>\s*stream\r?\n/g;
  const streams: string[] = [];
  for (let match; (match = header.exec(text)); ) {
    const start = match.index + match[0].length;
    const data = pdf.subarray(start, text.indexOf("endstream", start));
    streams.push((/FlateDecode/.test(match[1]!) ? inflateSync(data) : data).toString("latin1"));
  }
  return streams;
}

/** A ToUnicode CMap (bfchar and bfrange, both range forms) as glyph id (hex) → text. */
function toUnicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const text = (hex: string) =>
    String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)));
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, target] of block!.matchAll(
      /<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f]+>)/gi,
    )) {
      const low = parseInt(from!, 16);
      const key = (code: number) => code.toString(16).padStart(from!.length, "0");
      if (target!.startsWith("[")) {
        [...target!.matchAll(/<([0-9a-f]+)>/gi)].forEach((each, i) => map.set(key(low + i), text(each[1]!)));
      } else {
        const first = parseInt(target!.slice(1, -1), 16);
        for (let code = low; code <= parseInt(to!, 16); code++)
          map.set(key(code), String.fromCodePoint(first + code - low));
      }
    }
  }
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, glyph, target] of block!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi))
      map.set(glyph!.toLowerCase(), text(target!));
  }
  return map;
}
