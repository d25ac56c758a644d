import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layering: app/ may import lib/ and components/, never the other way round; components/ run in the
// browser too, so they import no server module (token-bearing, database, BFF, Track API).
const noAppImports = {
  regex: "^(@/|(\\.\\./)+)app/",
  message: "lib/ and components/ do not import from app/: move the shared piece into lib/ or components/.",
};
const noServerImports = {
  regex: "^(@/|(\\.\\./)+)lib/(track-api|bff|dashboard-store|session/(?!callback-url$)|track-client/(?!errors$))",
  message: "components/ do not import server code: reach it through a BFF route and a lib/queries hook.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [noAppImports] }] },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "server-only", message: noServerImports.message }],
          patterns: [noAppImports, noServerImports],
        },
      ],
    },
  },
  {
    // Playwright fixtures call their `use` callback, which is not a React hook.
    files: ["e2e/**", "test/cluster/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      "bench/data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
