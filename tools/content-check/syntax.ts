/**
 * What the parsers say about a broken file, in German, with the line of the file where the editor must look,
 * and for the common mistakes what to type instead. Also what MDX must not contain although it parses:
 * HTML elements and components that are not ours (a pasted <script>, an <img> from the internet), and
 * pictures from other servers. Every line number here counts from the first line of the file.
 */
import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, parseDocument, YAMLError } from 'yaml';

/** A problem at a line of the file. */
export interface SyntaxProblem {
  line: number;
  message: string;
}

/** The components a text may use (src/components/content/index.ts). */
export const TEXT_COMPONENTS = ['Wort', 'Merke', 'Bild'] as const;

const TYPOGRAPHIC_QUOTES = /[„“”‚‘’«»]/u;
const INDENT_HELP =
  'Felder des Kopfs fangen ganz links an. Nur was zu einem Feld gehört (ein Listen·eintrag mit „- “ oder ein Feld darin) ist eingerückt, mit 2 Leer·zeichen mehr als das Feld darüber.';

/** The first line from `from` on whose indentation does not fit the line before it: where an indentation mistake is. */
function misindentedLine(lines: readonly string[], from: number): number | undefined {
  for (let i = Math.max(from, 1); i < lines.length; i++) {
    const line = lines[i] ?? '';
    const before = lines
      .slice(0, i)
      .reverse()
      .find((l) => l.trim() !== '');
    if (line.trim() === '' || before === undefined) continue;
    const indent = line.length - line.trimStart().length;
    const beforeIndent = before.length - before.trimStart().length;
    const opensBlock = /[:|>][-+]?\s*$/.test(before) || /^\s*-\s*$/.test(before);
    if (indent > beforeIndent && !opensBlock && !/^\s*-\s/.test(before)) return i;
  }
  return undefined;
}

/**
 * Parses YAML (a front matter or a whole .yaml file) as the content check reads it; `firstLine` is the line of
 * the file where the YAML starts. Returns the data or the problems, in German.
 */
export function parseYamlText(
  text: string,
  firstLine = 1,
): { data: unknown; lineOf: (path: readonly PropertyKey[]) => number } | { problems: SyntaxProblem[] } {
  const lineCounter = new LineCounter();
  // The core schema keeps dates as text: YAML 1.1's date type would turn 2022-02-30 into 2 March.
  const doc = parseDocument(text, { schema: 'core', lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const lines = text.split(/\r?\n/);
    const seen = new Set<number>();
    const problems = doc.errors.flatMap((error) => {
      const problem = yamlProblem(error, lines, lineCounter);
      if (seen.has(problem.line)) return [];
      seen.add(problem.line);
      return [{ line: problem.line + firstLine - 1, message: problem.message }];
    });
    return { problems: problems.slice(0, 1) };
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    // The deepest node that exists on the path: for a missing field, its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      const offset = node?.range?.[0];
      if (offset !== undefined && (depth > 0 || path.length === 0)) return lineCounter.linePos(offset).line + firstLine - 1;
      if (depth === 0) break;
    }
    return firstLine;
  };
  return { data: doc.toJS() as unknown, lineOf };
}

/** One YAML error in German; `line` counts from the YAML's first line. */
function yamlProblem(error: YAMLError, lines: readonly string[], counter: LineCounter): SyntaxProblem {
  const at = counter.linePos(error.pos[0]).line;
  const text = lines[at - 1] ?? '';
  const tab = lines.findIndex((l) => /^\s*\t/.test(l));
  if (error.code === 'TAB_AS_INDENT' || (tab >= 0 && tab + 1 <= at + 1)) {
    const line = tab >= 0 ? tab + 1 : at;
    return {
      line,
      message: `In dieser Zeile ist mit der Tabulator-Taste eingerückt. Bitte stattdessen Leer·zeichen tippen. ${INDENT_HELP}`,
    };
  }
  if (TYPOGRAPHIC_QUOTES.test(text) && /quote|MISSING_CHAR|BAD_SCALAR_START/i.test(`${error.code} ${error.message}`)) {
    return {
      line: at,
      message:
        'Anführungs·zeichen passen nicht zusammen. Um einen Text im Kopf stehen gerade Zeichen: titel: "Ein Titel". Typografische Zeichen („ “) dürfen nur im Text selbst stehen.',
    };
  }
  const misindented = misindentedLine(lines, at - 1);
  if (
    /indent|compact mapping|single line|BAD_INDENT|MULTILINE_IMPLICIT_KEY|Implicit map keys/i.test(`${error.code} ${error.message}`) &&
    misindented !== undefined
  ) {
    return { line: misindented + 1, message: `Diese Zeile ist falsch eingerückt. ${INDENT_HELP}` };
  }
  if (error.code === 'DUPLICATE_KEY') {
    return { line: at, message: 'Dieses Feld steht zweimal im Kopf. Bitte eines davon löschen.' };
  }
  if (/:\s+\S.*:\s/.test(text)) {
    return {
      line: at,
      message:
        'In diesem Text steht ein Doppel·punkt mit Leer·zeichen danach. Bitte den ganzen Text in gerade Anführungs·zeichen setzen: frage: "Was heißt: Werk·statt·rat?"',
    };
  }
  return {
    line: at,
    message: `Hier ist der Kopf kein gültiges YAML (${error.message.split('\n')[0] ?? ''}). Bitte die Zeile mit einer anderen Datei vergleichen: Feld·name, Doppel·punkt, Leer·zeichen, Wert.`,
  };
}

const mdxParser = unified().use(remarkParse).use(remarkMdx);

/** The MDX parser's message in German, with what to type instead for the common mistakes. */
function mdxMessage(reason: string): string {
  const unclosed = /Expected a closing tag for `<(\w+)>`/.exec(reason);
  if (unclosed) {
    const name = unclosed[1] ?? '';
    return `<${name}> wird nicht geschlossen. Bitte nach dem Text eine eigene Zeile mit </${name}> schreiben, mit einer Leer·zeile davor und danach.`;
  }
  const mismatch = /Unexpected closing tag `<\/(\w*)>`, expected corresponding closing tag for `<(\w+)>`/.exec(reason);
  if (mismatch) {
    return `</${mismatch[1] ?? ''}> passt nicht zu <${mismatch[2] ?? ''}>. Jeder Baustein wird mit seinem eigenen Namen geschlossen: <${mismatch[2] ?? ''}> … </${mismatch[2] ?? ''}>.`;
  }
  const lonelyClose = /Unexpected closing slash `\/` in tag|Unexpected closing tag/.exec(reason);
  if (lonelyClose)
    return 'Hier wird ein Baustein geschlossen, der nicht geöffnet wurde. Bitte das </…> löschen oder den Anfang dazu schreiben.';
  const quote = /Unexpected character `([„“”‚‘’«»])`/.exec(reason);
  if (quote) {
    return `In einem Baustein stehen typografische Anführungs·zeichen (${quote[1] ?? ''}). Bitte gerade Zeichen tippen: <Wort id="kompetenz">Kompetenz</Wort>.`;
  }
  if (
    /Unexpected character `[\s\d=]` .*before name/.test(reason) ||
    /before name, expected a character that can start a name/.test(reason)
  ) {
    return 'Ein < ohne Baustein dahinter. Für „kleiner als“ bitte \\< schreiben oder das Wort „weniger“.';
  }
  if (/Could not parse expression|Unexpected end of file in expression|Unexpected lazy line in expression/.test(reason)) {
    return 'Eine geschweifte Klammer { wird nicht geschlossen. Im Text bitte \\{ schreiben; ein Kommentar sieht so aus: {/* … */}.';
  }
  return `Der Text ist kein gültiges MDX (${reason.split('\n')[0] ?? ''}). Häufig fehlt ein < oder >, oder ein Baustein wird nicht geschlossen.`;
}

/** The line where the problem starts: for an unclosed tag the parser names its opening tag "(109:1-109:8)". */
function mdxLine(error: { line?: number | undefined; reason?: string }): number {
  const opened = /\((\d+):\d+-\d+:\d+\)/.exec(error.reason ?? '');
  return Number(opened?.[1] ?? error.line ?? 1);
}

/**
 * Parses an MDX body (starting at line `firstLine` of the file) and returns its problems and its internal links.
 * An internal link is one that starts with "/".
 */
export function checkMdx(body: string, firstLine: number): { problems: SyntaxProblem[]; links: { url: string; line: number }[] } {
  let tree: Root;
  try {
    tree = mdxParser.parse(body);
  } catch (error) {
    const place = error as { line?: number; reason?: string };
    return { problems: [{ line: mdxLine(place) + firstLine - 1, message: mdxMessage(place.reason ?? String(error)) }], links: [] };
  }
  const problems: SyntaxProblem[] = [];
  const links: { url: string; line: number }[] = [];
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => (node.position?.start.line ?? 1) + firstLine - 1;
  const visit = (node: Root | RootContent) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (!(TEXT_COMPONENTS as readonly string[]).includes(name)) {
        problems.push({
          line: lineOf(node),
          message:
            name === 'img'
              ? '<img> gibt es in unseren Texten nicht: Die Seite lädt kein Bild von einem anderen Server. Ein Bild kommt so: <Bild name="books" alt="Ein Stapel Bücher." />.'
              : `<${name || '>'}> ist kein Baustein unserer Texte und wird gelöscht. Erlaubt sind nur <Wort>, <Merke> und <Bild>. Ein Skript oder HTML-Code aus dem Internet gehört nie in einen Text.`,
        });
        return;
      }
    }
    if (node.type === 'mdxjsEsm') {
      problems.push({
        line: lineOf(node),
        message:
          'Eine Zeile mit import oder export gehört nicht in einen Text. Bitte die Zeile löschen: <Wort>, <Merke> und <Bild> gehen ohne import.',
      });
    }
    if (node.type === 'image') {
      problems.push({
        line: lineOf(node),
        message: 'Ein Bild in Markdown (![…](…)) zeigt die Seite nicht. Ein Bild kommt so: <Bild name="books" alt="Ein Stapel Bücher." />.',
      });
    }
    if (node.type === 'link' && node.url.startsWith('/')) links.push({ url: node.url, line: lineOf(node) });
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return { problems, links };
}
