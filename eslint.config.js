// Lint holds the architecture's boundaries: the core stays pure, Office.js stays in its shell.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const hostAndIo = [
  { group: ["react", "react-dom", "@fluentui/*"], message: "The core is pure: no UI." },
  { group: ["node:*", "fs", "path", "os", "child_process"], message: "The core is pure: no Node APIs; file I/O lives in src/xlsx and src/cli." },
  { group: ["@cj-tech-master/*", "exceljs"], message: "The core is pure: xlsx files are the file shell's business (src/xlsx)." },
  { group: ["**/excel/*", "**/xlsx/*", "**/taskpane/*", "**/cli/*"], message: "The core never imports a shell." },
];

// The sample figures are what set-up writes, not part of the checks: the domain and the report never see them, the
// build only asks whether a dashboard shows them (sampleFigures), and the sample itself is data made from the domain.
const noSample = { group: ["**/sample/*"], message: "The sample is set-up's data: the core never depends on it." };
const onlySampleFigures = {
  group: ["**/sample/*", "!**/sample/sampleFigures"],
  message: "The build only asks whether figures are the sample's (sample/sampleFigures).",
};
const sampleUsesDomainOnly = { group: ["**/report/*", "**/build/*"], message: "The sample is data made from the domain alone." };
const pureGlobals = [
  "error",
  { name: "Excel", message: "Office.js lives in src/excel." },
  { name: "Office", message: "Office.js lives in src/excel." },
];

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "node_modules/**", "coverage/**", "docs/**", "bin/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/domain/**/*.ts", "src/report/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...hostAndIo, noSample] }],
      "no-restricted-globals": pureGlobals,
    },
  },
  {
    files: ["src/build/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...hostAndIo, onlySampleFigures] }],
      "no-restricted-globals": pureGlobals,
    },
  },
  {
    files: ["src/sample/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...hostAndIo, sampleUsesDomainOnly] }],
      "no-restricted-globals": pureGlobals,
    },
  },
  {
    // The shells apply a plan; how the sheets are laid out is the report's business.
    files: ["src/excel/**/*.ts", "src/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/report/*", "!**/report/plan", "**/report/*/**", "!**/report/plan/**"], message: "A shell reads only the plan's types and rules (src/report/plan/), never how sheets are laid out." }] }],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly" } },
  },
);
