import { parseAst, runnerImport, type Plugin } from "vite";

/**
 * Keeps the DSFR's colour tables out of the application's first script (11.7 KiB gzip, 91 KiB minified).
 *
 * react-dsfr's components import its `fr` object for `fr.cx` alone, but `fr` also holds `fr.colors` — the tables of
 * every colour option and decision, light and dark — so whatever imports `fr` carries them, and the header imports it.
 * At start, react-dsfr reads the tables once, for the `theme-color` meta tag (the page's grey background, light or
 * dark).
 *
 * This plugin, for the production build only:
 * - gives each react-dsfr module that uses nothing of `fr` but `fr.cx` that function alone (`fr/cx.js`);
 * - writes the two `theme-color` values into react-dsfr's start-up code, computed at build time by the library itself.
 * A module that reads anything else of `fr` (`fr.colors` in the Tooltip, `fr.spacing`…) keeps the whole object, and
 * the tables come back with it: the worst a new use can cost is bytes, never a behaviour. The build fails if
 * react-dsfr's start-up code no longer reads the colour as expected (a new react-dsfr version: look again).
 */
export function dsfrWithoutColourTables(): Plugin {
  let root = process.cwd();
  let themeColors: ThemeColors | undefined;
  return {
    name: "spyrales:dsfr-without-colour-tables",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      themeColors = await dsfrThemeColors(root);
    },
    transform(code, id) {
      if (!DSFR_SCRIPT.test(id) || id.includes("/@codegouvfr/react-dsfr/fr/")) return null;
      if (!themeColors) throw new Error("dsfr-without-colour-tables: the theme colours were not computed at build start.");
      const rewritten = rewriteDsfrModule(code, id, themeColors);
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}

export interface ThemeColors {
  light: string;
  dark: string;
}

interface DsfrColors {
  getHex(params: { isDark: boolean }): { decisions: { background: { default: { grey: { default: string } } } } };
}

/** The `theme-color` react-dsfr sets for each scheme, computed by react-dsfr's own tables (those of `root`). */
export async function dsfrThemeColors(root: string): Promise<ThemeColors> {
  const { module } = await runnerImport<{ colors: DsfrColors }>("@codegouvfr/react-dsfr/fr/colors", {
    root,
    configFile: false,
    logLevel: "warn",
  });
  const background = (isDark: boolean) => module.colors.getHex({ isDark }).decisions.background.default.grey.default;
  return { light: background(false), dark: background(true) };
}

/** A script of react-dsfr (its stylesheets go through the same hook). */
const DSFR_SCRIPT = /\/@codegouvfr\/react-dsfr\/.*\.js$/;

/** react-dsfr's start-up code (`useIsDark/client.js`) and what it reads of the colour tables. */
const START_UP_MODULE = /\/@codegouvfr\/react-dsfr\/useIsDark\/client\.js$/;
const THEME_COLOR_READ = /fr\.colors\.getHex\(\{\s*isDark\s*\}\)\.decisions\.background\.default\.grey\.default/g;

/** `import { fr } from "./fr"` (or "../fr", "../../fr"): react-dsfr's way of importing the object. */
const FR_IMPORT_SOURCE = /^(?:\.\.?\/)+fr$/;

/** A react-dsfr module with the colour tables left out where it does not need them; the same text otherwise. */
export function rewriteDsfrModule(code: string, id: string, themeColors: ThemeColors): string {
  let source = code;
  if (START_UP_MODULE.test(id)) {
    const reads = source.match(THEME_COLOR_READ)?.length ?? 0;
    if (reads !== 1)
      throw new Error(`dsfr-without-colour-tables: react-dsfr's ${id} no longer reads the theme colour as expected (${reads} reads).`);
    source = source.replace(THEME_COLOR_READ, `(isDark ? ${JSON.stringify(themeColors.dark)} : ${JSON.stringify(themeColors.light)})`);
  }
  return withCxAlone(source);
}

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Replaces `import { fr } from "…/fr"` and each `fr.cx` by `fr/cx.js`'s function when `fr.cx` is all the module uses. */
function withCxAlone(code: string): string {
  if (!code.includes("fr")) return code;
  const program = parseAst(code) as unknown as AstNode;
  const frImport = (program.body as AstNode[]).find(
    (node) =>
      node.type === "ImportDeclaration" &&
      FR_IMPORT_SOURCE.test(String((node.source as { value: unknown }).value)) &&
      (node.specifiers as AstNode[]).length === 1 &&
      (node.specifiers as AstNode[])[0].type === "ImportSpecifier" &&
      ((node.specifiers as AstNode[])[0].local as { name: string }).name === "fr",
  );
  if (!frImport) return code;

  const cxReads: AstNode[] = [];
  let otherUse = false;
  visit(program, null, (node, parent) => {
    if (node.type !== "Identifier" || node.name !== "fr" || parent?.type === "ImportSpecifier") return;
    const isPropertyName =
      (parent?.type === "MemberExpression" && parent.property === node && !parent.computed) ||
      (parent?.type === "Property" && parent.key === node && !parent.computed && !parent.shorthand);
    if (isPropertyName) return;
    const isCxRead =
      parent?.type === "MemberExpression" &&
      parent.object === node &&
      !parent.computed &&
      (parent.property as { name?: string }).name === "cx";
    if (isCxRead) cxReads.push(parent);
    else otherUse = true;
  });
  if (otherUse) return code;

  const cx = "__dsfrCx";
  if (code.includes(cx)) throw new Error(`dsfr-without-colour-tables: ${cx} is already a name in this module.`);
  const frModule = String((frImport.source as { value: unknown }).value);
  const edits = [
    { start: frImport.start, end: frImport.end, text: `import { cx as ${cx} } from "${frModule}/cx";` },
    ...cxReads.map((read) => ({ start: read.start, end: read.end, text: cx })),
  ].sort((a, b) => b.start - a.start);
  return edits.reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), code);
}

/** Calls `enter` on every node of the tree with its parent (an array's parent is the node holding the array). */
function visit(node: AstNode, parent: AstNode | null, enter: (node: AstNode, parent: AstNode | null) => void) {
  enter(node, parent);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) visit(child, node, enter);
    } else if (isNode(value)) visit(value, node, enter);
  }
}

function isNode(value: unknown): value is AstNode {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}
