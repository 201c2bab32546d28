import { colors } from "@codegouvfr/react-dsfr/fr/colors";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseAst } from "vite";
import { describe, expect, it } from "vitest";
import { rewriteDsfrModule } from "./dsfr-without-colour-tables";

const require = createRequire(import.meta.url);
const dsfrModule = (path: string) => {
  const id = require.resolve(`@codegouvfr/react-dsfr/${path}`);
  return { id, code: readFileSync(id, "utf8") };
};
const themeColors = { light: "#ffffff", dark: "#161616" };

describe("react-dsfr without its colour tables in the first script", () => {
  it("gives a component that reads nothing of fr but fr.cx that function alone", () => {
    const header = dsfrModule("Header/Header.js");
    expect(header.code).toMatch(/import \{ fr \} from "\.\.\/fr";/);

    const rewritten = rewriteDsfrModule(header.code, header.id, themeColors);

    expect(rewritten).toContain('import { cx as __dsfrCx } from "../fr/cx";');
    expect(rewritten).not.toMatch(/from "\.\.\/fr";/);
    expect(rewritten).not.toMatch(/\bfr\.cx\b/);
    expect(rewritten.match(/__dsfrCx\(/g)?.length).toBe(header.code.match(/\bfr\.cx\(/g)?.length);
    expect(() => parseAst(rewritten)).not.toThrow();
  });

  it("leaves a module that reads more of fr as it is: the tables come with it", () => {
    const tooltip = dsfrModule("Tooltip.js");
    expect(tooltip.code).toContain("fr.colors.decisions");

    expect(rewriteDsfrModule(tooltip.code, tooltip.id, themeColors)).toBe(tooltip.code);
  });

  // dsfrThemeColors() computes the same through Vite's module runner, which cannot run inside Vitest: every build does.
  it("writes into react-dsfr's start-up code the theme colours its tables give", () => {
    const computed = {
      light: colors.getHex({ isDark: false }).decisions.background.default.grey.default,
      dark: colors.getHex({ isDark: true }).decisions.background.default.grey.default,
    };
    const startUp = dsfrModule("useIsDark/client.js");

    const rewritten = rewriteDsfrModule(startUp.code, startUp.id, computed);

    expect(rewritten).toContain(`(isDark ? ${JSON.stringify(computed.dark)} : ${JSON.stringify(computed.light)})`);
    expect(rewritten).not.toContain("fr.colors");
    expect(rewritten).not.toMatch(/from "\.\.\/fr";/);
  });

  it("fails the build when react-dsfr's start-up code reads the colour some other way", () => {
    const startUp = dsfrModule("useIsDark/client.js");
    const changed = startUp.code.replace("decisions.background.default.grey.default", "decisions.background.alt.grey.default");

    expect(() => rewriteDsfrModule(changed, startUp.id, themeColors)).toThrow(/no longer reads the theme colour/);
  });
});
