// Every tax code the app shows as an example passes the rule the app then applies to it: an example
// that fails its own check digit teaches people a code the form refuses.
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/domain/languages";
import { validateTaxCode } from "../../src/domain/tax-code";

const bundles = import.meta.glob<Record<string, unknown>>(
  ["../../src/**/strings.ts", "../../src/**/*-strings.ts"],
  { eager: true },
);

/** Every word a bundle holds in one language: its strings, and the text of its sentence functions. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [value.toString()];
  if (value && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
}

// Written as the app writes a tax code: ten digits, a branch's three after a hyphen. Phone examples
// are written in groups ("0901 234 567"), so they do not match.
const TAX_CODE_EXAMPLE = /(?<!\d)\d{10}(?:-\d{3})?(?!\d)/g;

function examples(lang: string): { where: string; code: string }[] {
  return Object.entries(bundles).flatMap(([file, module]) =>
    Object.entries(module)
      .filter(([, bundle]) => bundle && typeof bundle === "object" && lang in bundle)
      .flatMap(([name, bundle]) =>
        texts((bundle as Record<string, unknown>)[lang]).flatMap((text) =>
          [...text.matchAll(TAX_CODE_EXAMPLE)].map(([code]) => ({ where: `${file} ${name}.${lang}`, code })),
        ),
      ),
  );
}

describe("the tax codes the app gives as examples", () => {
  it.each(LANGS)("all pass the tax code rule, in %s", (lang) => {
    const found = examples(lang);
    // The tax code's hint and its format sentence each give one: the search finds them.
    expect(found.length).toBeGreaterThanOrEqual(2);
    const failing = found.filter(({ code }) => !validateTaxCode(code).ok);
    expect(failing).toEqual([]);
  });

  it("would catch the example that once failed its check digit", () => {
    expect("ví dụ 0312345678-001.".match(TAX_CODE_EXAMPLE)).toEqual(["0312345678-001"]);
    expect(validateTaxCode("0312345678-001")).toEqual({ ok: false, problem: "checksum" });
    expect("ví dụ 0901 234 567".match(TAX_CODE_EXAMPLE)).toBeNull();
  });
});
