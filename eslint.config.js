import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import { defineConfig } from "eslint/config";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The architecture (docs/architecture.md), as rules that fail `npm test`. Code flows one way:
// app (src/main.tsx, src/app.tsx: free to compose everything) → features/<area> → store,
// components, i18n → api, platform → domain; server → domain. src/routes.ts (every screen's
// address: strings and functions) may be imported by the app, areas, components and platform,
// and imports nothing.
const elements = [
  { type: "feature", pattern: "src/features/*", capture: ["area"] },
  { type: "store", pattern: "src/store" },
  { type: "components", pattern: "src/components" },
  { type: "i18n", pattern: "src/i18n" },
  { type: "api", pattern: "src/api" },
  { type: "platform", pattern: "src/platform" },
  { type: "domain", pattern: "src/domain" },
  { type: "server", pattern: "server" },
  // The operator's console: its own app and build (vite.console.config.ts); the mini app never imports it.
  { type: "console", pattern: "src/console" },
];

const noBarrels = [
  { selector: "ExportAllDeclaration", message: "No barrel files: import the module you mean." },
  {
    selector: "ExportNamedDeclaration[source]",
    message: "No re-exports: import the module you mean from where it is defined.",
  },
];

/** The console's code and its desktop library stay out of the mini app's package (www/). */
const MINI_APP_NOT_CONSOLE = {
  regex: "^(antd|@ant-design/|.*/console(/|$))",
  message: "The mini app never imports the operator's console (src/console) or its library (antd).",
};

const to = (...types) => ({ to: { element: { types: { anyOf: types } } } });
const toRoutes = { to: { file: { path: "src/routes.ts" } } };

const architecturePolicies = [
  // An area uses its own files and the shared layers, never another area.
  {
    from: { element: { type: "feature" } },
    allow: {
      to: { element: { type: "feature", captured: { area: "{{ from.element.captured.area }}" } } },
    },
  },
  {
    from: { element: { type: "feature" } },
    allow: to("store", "components", "i18n", "api", "platform", "domain"),
  },
  { from: { element: { type: "store" } }, allow: to("store", "api", "platform", "domain") },
  { from: { element: { type: "components" } }, allow: to("components", "i18n", "platform", "domain") },
  { from: { element: { type: "i18n" } }, allow: to("i18n", "platform", "domain") },
  { from: { element: { type: "api" } }, allow: to("api", "domain") },
  { from: { element: { type: "platform" } }, allow: to("platform", "domain") },
  { from: { element: { type: "domain" } }, allow: to("domain") },
  { from: { element: { type: "server" } }, allow: to("server", "domain") },
  { from: { element: { type: "console" } }, allow: to("console", "domain") },
  { from: { element: { types: { anyOf: ["feature", "components", "platform"] } } }, allow: toRoutes },
];

export default defineConfig(
  {
    ignores: [
      "www/",
      "www-zalo/",
      "dist-console/",
      "node_modules/",
      ".data/",
      ".pgtest/",
      "coverage/",
      "server/db/migrations/",
      "test/e2e/screenshots/",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["**/*.{tsx,jsx}"],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ["src/**/*.{ts,tsx}", "server/**/*.ts"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": elements,
      "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".json"] } },
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        { default: "disallow", checkUnknownLocals: true, policies: architecturePolicies },
      ],
    },
  },
  {
    // Barrel files pull a whole area into every chunk that imports one thing of it.
    files: ["src/**/*.{ts,tsx}"],
    rules: { "no-restricted-syntax": ["error", ...noBarrels] },
  },
  {
    // Only src/platform talks to Zalo's SDK, and only src/api to the network.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/platform/**", "src/console/**"],
    rules: {
      // The same rule's options replace the block above's: the barrel selectors stay.
      "no-restricted-syntax": [
        "error",
        ...noBarrels,
        {
          selector: "ImportExpression[source.value=/^zmp-sdk/]",
          message: "zmp-sdk is imported in src/platform only.",
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^zmp-sdk", message: "zmp-sdk is imported in src/platform only." },
            MINI_APP_NOT_CONSOLE,
          ],
          // One way to open a screen: one navigate function for the whole app (ScreenRouter).
          paths: ["react-router-dom", "zmp-ui"].map((name) => ({
            name,
            importNames: ["useNavigate"],
            message: "Open screens with useScreenNavigate (src/components/screen-navigation.tsx).",
          })),
        },
      ],
    },
  },
  {
    // Every chunk may load the screens' addresses: they import nothing, so they pull in no code.
    files: ["src/routes.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: ".", message: "src/routes.ts holds addresses only and imports nothing." }] },
      ],
    },
  },
  {
    files: ["src/components/screen-navigation.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^zmp-sdk", message: "zmp-sdk is imported in src/platform only." }] },
      ],
    },
  },
  {
    // The console: no Zalo SDK or mobile kit, and one caller of fetch (its api.ts).
    files: ["src/console/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(zmp-sdk|zmp-ui)",
              message: "The console is a desktop app: antd, not Zalo's SDK or kit.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/console/**/*.{ts,tsx}"],
    ignores: ["src/console/api.ts"],
    rules: {
      "no-restricted-globals": ["error", { name: "fetch", message: "Only src/console/api.ts calls fetch." }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/api/**", "src/console/**"],
    rules: {
      "no-restricted-globals": ["error", { name: "fetch", message: "Only src/api calls fetch." }],
      "no-restricted-properties": [
        "error",
        { object: "window", property: "fetch", message: "Only src/api calls fetch." },
        { object: "globalThis", property: "fetch", message: "Only src/api calls fetch." },
        { object: "self", property: "fetch", message: "Only src/api calls fetch." },
      ],
    },
  },
  {
    // Types, schemas and rules shared with the server: no UI, no state, no SDK.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(react|react-dom|react-router-dom|zmp-ui|zmp-sdk|zustand)(/|$)",
              message: "src/domain imports no UI, state or SDK library.",
            },
          ],
        },
      ],
    },
  },
);
