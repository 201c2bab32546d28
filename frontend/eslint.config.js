import js from "@eslint/js";
import checkFile from "eslint-plugin-check-file";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import { readdirSync } from "node:fs";
import tseslint from "typescript-eslint";

/** Every folder of src/features/, so that a new feature is fenced in as soon as it exists. */
const FEATURES = readdirSync("./src/features", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Imports flow one way, shared code → features → app (as bulletproof-react): a feature never reaches into another
 * one, and what several features need together is composed in src/app/.
 */
const importZones = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "A feature does not import another feature: compose them in src/app/, or move the shared piece to src/components or src/lib.",
  })),
  {
    target: "./src/features",
    from: "./src/app",
    message: "Features do not import the application: src/app/ composes them.",
  },
  {
    target: ["./src/components", "./src/config", "./src/hooks", "./src/lib", "./src/utils"],
    from: ["./src/features", "./src/app"],
    message: "Shared code does not import features or the application.",
  },
  {
    // The test set-up starts the DSFR as the application does, and nothing more of it.
    target: "./src/test",
    from: "./src/app",
    except: ["./start-dsfr.ts"],
    message: "Test helpers do not import the application.",
  },
  {
    target: "./src/test",
    from: "./src/features",
    message: "Test helpers are shared by the features: a feature's fixtures live in its own test/ folder.",
  },
];

export default defineConfig([
  globalIgnores(["dist", "node_modules", "src/lib/api/schema.d.ts"]),
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: { "import-x": importX, "react-hooks": reactHooks, "check-file": checkFile },
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    settings: {
      // TypeScript files are parsed for their imports too (by default import-x reads only JavaScript ones).
      "import-x/extensions": importX.flatConfigs.typescript.settings["import-x/extensions"],
      "import-x/parsers": importX.flatConfigs.typescript.settings["import-x/parsers"],
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.app.json" })],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: importZones }],
      "import-x/no-cycle": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*"],
    rules: {
      "check-file/filename-naming-convention": ["error", { "**/*.{ts,tsx}": "KEBAB_CASE" }, { ignoreMiddleExtensions: true }],
      "check-file/folder-naming-convention": ["error", { "src/**/": "KEBAB_CASE" }],
      // A DSFR alert's title is an h3 unless told otherwise; under a page's h1 that skips a level (axe heading-order).
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name='Alert']:has(JSXAttribute[name.name='title']):not(:has(JSXAttribute[name.name='as']))",
          message: 'Give a titled Alert its heading level (as="h2" under the page\'s title): its default h3 skips a level.',
        },
      ],
    },
  },
  {
    files: ["e2e/**/*.mjs", "*.config.{js,ts}", "vite-plugins/**/*.ts"],
    languageOptions: { globals: { ...globals.node } },
  },
]);
