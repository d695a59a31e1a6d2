// Lint for this code base: TypeScript's recommended rules with type information off (tsc checks
// types), React and its hooks, and jsx-a11y's accessibility rules. Formatting is Prettier's job.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import i18n from "./tests/lint/no-hard-coded-words.js";

export default tseslint.config(
  {
    ignores: [
      "build/",
      "public/build/",
      "public/govuk-frontend.js",
      "bench/bare-remix/build/",
      "bench/bare-remix/public/",
      "bench/bare-remix/.cache/",
      "node_modules/",
      ".cache/",
      "test-results/",
      "playwright-report/",
      "data/",
      "db/migrations/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Names starting with "_" are deliberately unused (a field taken out of an object).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
    },
  },
  {
    files: ["app/**/*.tsx"],
    plugins: { react, "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    settings: { react: { version: "18.3" } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs["jsx-runtime"].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      // Types say what props are; prop-types would say it again.
      "react/prop-types": "off",
    },
  },
  {
    // Every page, component and email takes its words from the message catalogue.
    files: ["app/**/*.tsx", "emails/**/*.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    plugins: { i18n },
    rules: { "i18n/no-hard-coded-words": "error" },
  },
);
