// The layer rules of docs/architecture.md are lint rules: each case below is an import that must
// fail `npm run lint`, checked by running ESLint with the project's own configuration.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

const cases: { rule: string; file: string; code: string; expected: string }[] = [
  {
    rule: "zmp-sdk only in src/platform",
    file: "src/features/onboarding/probe.ts",
    code: `import { getAccessToken } from "zmp-sdk/apis";\nexport const probe = getAccessToken;`,
    expected: "no-restricted-imports",
  },
  {
    rule: "zmp-sdk only in src/platform, also loaded lazily",
    file: "src/features/onboarding/probe.ts",
    code: `export const probe = () => import("zmp-sdk/apis");`,
    expected: "no-restricted-syntax",
  },
  {
    rule: "screens open through useScreenNavigate",
    file: "src/features/home/probe.ts",
    code: `import { useNavigate } from "react-router-dom";\nexport const probe = useNavigate;`,
    expected: "no-restricted-imports",
  },
  {
    rule: "fetch only in src/api",
    file: "src/store/probe.ts",
    code: `export const probe = () => fetch("/api/me");`,
    expected: "no-restricted-globals",
  },
  {
    rule: "fetch only in src/api, also through window",
    file: "src/features/assets/probe.ts",
    code: `export const probe = () => window.fetch("/api/me");`,
    expected: "no-restricted-properties",
  },
  {
    rule: "fetch only in src/api, also through self",
    file: "src/store/probe.ts",
    code: `export const probe = () => self.fetch("/api/me");`,
    expected: "no-restricted-properties",
  },
  {
    rule: "no area imports another area",
    file: "src/features/onboarding/probe.ts",
    code: `import { useAssets } from "../assets/store";\nexport const probe = useAssets;`,
    expected: "boundaries/dependencies",
  },
  {
    rule: "a shared store never imports an area",
    file: "src/store/probe.ts",
    code: `import { useOnboarding } from "../features/onboarding/store";\nexport const probe = useOnboarding;`,
    expected: "boundaries/dependencies",
  },
  {
    rule: "a shared component never imports an area",
    file: "src/components/probe.ts",
    code: `import { strings } from "../features/assets/strings";\nexport const probe = strings;`,
    expected: "boundaries/dependencies",
  },
  {
    rule: "shared components never import a store",
    file: "src/components/probe.ts",
    code: `import { useSession } from "../store/session";\nexport const probe = useSession;`,
    expected: "boundaries/dependencies",
  },
  {
    rule: "the API client never imports a store",
    file: "src/api/probe.ts",
    code: `import { useSession } from "../store/session";\nexport const probe = useSession;`,
    expected: "boundaries/dependencies",
  },
  {
    rule: "src/domain imports no React",
    file: "src/domain/probe.ts",
    code: `import { useState } from "react";\nexport const probe = useState;`,
    expected: "no-restricted-imports",
  },
  {
    rule: "src/domain imports nothing of ours outside itself",
    file: "src/domain/probe.ts",
    code: `import { request } from "../api/client";\nexport const probe = request;`,
    expected: "boundaries/dependencies",
  },
  {
    rule: "the server imports src/domain only",
    file: "server/probe.ts",
    code: `import { useSession } from "../src/store/session";\nexport const probe = useSession;`,
    expected: "boundaries/dependencies",
  },
  {
    rule: "no area imports the app shell (no cycles)",
    file: "src/features/home/probe.ts",
    code: `import { Root } from "../../app";\nexport const probe = Root;`,
    expected: "boundaries/dependencies",
  },
  {
    rule: "the screens' addresses import nothing, so every chunk may load them",
    file: "src/routes.ts",
    code: `import { useSession } from "./store/session";\nexport const probe = useSession;`,
    expected: "no-restricted-imports",
  },
  {
    rule: "the API client never imports the screens' addresses",
    file: "src/api/probe.ts",
    code: `import { routes } from "../routes";\nexport const probe = routes;`,
    expected: "boundaries/dependencies",
  },
  {
    rule: "no barrel files",
    file: "src/features/assets/probe.ts",
    code: `export * from "./store";`,
    expected: "no-restricted-syntax",
  },
  {
    rule: "the mini app never imports the console",
    file: "src/features/home/probe.ts",
    code: `import { ConsoleApp } from "../../console/app";\nexport const probe = ConsoleApp;`,
    expected: "boundaries/dependencies",
  },
  {
    rule: "the mini app's entry never imports the console either",
    file: "src/app.tsx",
    code: `import { ConsoleApp } from "./console/app";\nexport const probe = ConsoleApp;`,
    expected: "no-restricted-imports",
  },
  {
    rule: "the mini app never imports the console's library (antd)",
    file: "src/components/probe.tsx",
    code: `import { Table } from "antd";\nexport const probe = Table;`,
    expected: "no-restricted-imports",
  },
  {
    rule: "the console imports no shared layer of the mini app",
    file: "src/console/probe.ts",
    code: `import { useSession } from "../store/session";\nexport const probe = useSession;`,
    expected: "boundaries/dependencies",
  },
  {
    rule: "the console uses neither Zalo's SDK nor its mobile kit",
    file: "src/console/probe.tsx",
    code: `import { Page } from "zmp-ui";\nexport const probe = Page;`,
    expected: "no-restricted-imports",
  },
  {
    rule: "fetch in the console only in its api.ts",
    file: "src/console/pages/probe.ts",
    code: `export const probe = () => fetch("/console/api/me");`,
    expected: "no-restricted-globals",
  },
];

describe("architecture rules fire", () => {
  it.each(cases)("$rule", async ({ file, code, expected }) => {
    expect(await ruleIdsFor(file, code)).toContain(expected);
  });

  it("allows what the layers allow: an area using shared layers and the screens' addresses, src/platform loading zmp-sdk, the server using src/domain", async () => {
    expect(
      await ruleIdsFor(
        "src/features/onboarding/probe.ts",
        `import { useSession } from "../../store/session";\nimport { request } from "../../api/client";\nexport const probe = [useSession, request];`,
      ),
    ).toEqual([]);
    expect(
      await ruleIdsFor("src/platform/probe.ts", `export const probe = () => import("zmp-sdk/apis");`),
    ).toEqual([]);
    expect(
      await ruleIdsFor(
        "src/features/members/probe.ts",
        `import { routes } from "../../routes";\nexport const probe = routes.member.href;`,
      ),
    ).toEqual([]);
    expect(
      await ruleIdsFor(
        "src/console/probe.tsx",
        `import { Table } from "antd";\nimport { staffCan } from "../domain/staff-permissions";\nexport const probe = [Table, staffCan];`,
      ),
    ).toEqual([]);
    expect(
      await ruleIdsFor(
        "server/probe.ts",
        `import { canRetry } from "../src/domain/errors";\nexport const probe = canRetry;`,
      ),
    ).toEqual([]);
  });
});
