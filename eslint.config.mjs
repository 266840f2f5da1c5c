// ESLint flat config: TypeScript rules everywhere, Office.js rules where Office.js is spoken,
// and the layer rules of DESIGN.md §3 (core is pure; the task pane never touches Excel).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

const officeRules = {
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/call-sync-after-load": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
  "office-addins/no-office-initialize": "error",
};

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-results/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
  {
    // memory-excel implements the Office.js objects rather than using them: the usage rules
    // would read its own property accessors as unloaded reads.
    files: ["src/memory-excel/**/*.ts"],
    rules: Object.fromEntries(Object.keys(officeRules).map((rule) => [rule, "off"])),
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/excel/**", "**/excel", "../excel*"],
              message: "core/ is pure: it may not import excel/.",
            },
            {
              group: ["**/taskpane/**", "**/memory-excel/**", "**/cli/**", "**/workbench/**"],
              message: "core/ is pure: it imports nothing outside core/.",
            },
            {
              group: [
                "react",
                "react-dom",
                "react/*",
                "@fluentui/*",
                "exceljs",
                "hyperformula",
                "fs",
                "node:*",
              ],
              message: "core/ is pure: no UI, file or spreadsheet libraries.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "core/ does not speak Office.js." },
        { name: "Office", message: "core/ does not speak Office.js." },
        { name: "OfficeExtension", message: "core/ does not speak Office.js." },
        { name: "document", message: "core/ has no DOM." },
        { name: "window", message: "core/ has no DOM." },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/memory-excel/**", "exceljs", "hyperformula"],
              message: "The task pane reaches the workbook only through excel/ actions.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "The task pane never uses Excel: call an action from excel/." },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Node's own CommonJS files (configs, the bin launcher) load their modules with require().
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Browser tests hand functions to page.evaluate, which run in the page.
    files: ["tests/e2e/**/*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
