/**
 * Makes a site of many lessons for the benchmark (`npm run bench`), so the build can be measured at scale:
 *
 *   node tools/bench/generate-lessons.ts <target-folder> [count=1000]
 *
 * Copies content/ into <target-folder> and adds <count> lessons, spread evenly over the existing
 * modules. Each new lesson is an existing lesson of its module with a new title and number, so its
 * front matter is valid, and its text uses real dictionary words (<Wort>) and pictures (<Bild>).
 * Build the copy with CONTENT_DIR=<target-folder> (see src/lib/content/dir.ts). Never commit it.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { checkSelfCheckPatterns, entryIdFor, splitFrontMatter } from '../content-check/check.ts';

interface SourceLesson {
  data: Record<string, unknown>;
  body: string;
}

/** Title length the schema allows (lessonSchema: titel, 80 characters). */
const MAX_TITLE = 80;

async function readLessons(moduleDir: string): Promise<SourceLesson[]> {
  const names = (await readdir(moduleDir)).filter((name) => name.endsWith('.mdx')).sort();
  return Promise.all(
    names.map(async (name) => {
      const parts = splitFrontMatter(await readFile(path.join(moduleDir, name), 'utf8'));
      if (!parts) throw new Error(`${name}: kein Kopf gefunden.`);
      return { data: parseYaml(parts.frontMatter) as Record<string, unknown>, body: parts.body };
    }),
  );
}

interface Answer {
  richtig?: boolean;
}

/**
 * The page mixes a question's answers by the lesson id, so a copy under a new id may show every right
 * answer in the same place, which the content check rejects (checkSelfCheckPatterns). Then the answers of
 * the first question with one right answer turn by one place, until the check passes.
 */
function withMixableAnswers(data: Record<string, unknown>, id: string): Record<string, unknown> {
  const fragen = structuredClone(data['selbstcheck']) as { art: string; antworten?: Answer[] }[] | undefined;
  const first = fragen?.find((frage) => (frage.art === 'eine' || frage.art === 'bild') && frage.antworten);
  const answers = first?.antworten;
  if (!fragen || !answers) return data;
  for (let turn = 0; turn < answers.length; turn++) {
    const candidate = { ...data, selbstcheck: fragen };
    if (
      checkSelfCheckPatterns({ collection: 'lessons', id, file: id, data: candidate, body: '', bodyLine: 1, links: [], lineOf: () => 1 })
        .length === 0
    )
      return candidate;
    answers.push(answers.shift() as Answer);
  }
  return data;
}

/** The new lesson: a copy of `source` as lesson number `nummer` of its module, with the id `id` (module/file name). */
export function lessonCopy(source: SourceLesson, nummer: number, id = ''): string {
  const title = `Übung ${nummer}: ${String(source.data['titel'])}`;
  const data = withMixableAnswers(
    { ...source.data, titel: title.length > MAX_TITLE ? title.slice(0, MAX_TITLE).trimEnd() : title, nummer },
    id,
  );
  return `---\n${stringifyYaml(data, { lineWidth: 0 })}---\n${source.body}`;
}

export async function generateLessons(sourceContent: string, target: string, count: number): Promise<number> {
  await rm(target, { recursive: true, force: true });
  await mkdir(path.dirname(target), { recursive: true });
  await cp(sourceContent, target, { recursive: true });

  const lessonsDir = path.join(target, 'lessons');
  const modules = (await readdir(lessonsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const sources = new Map<string, SourceLesson[]>();
  for (const modul of modules) sources.set(modul, await readLessons(path.join(lessonsDir, modul)));

  const written = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const modul = modules[i % modules.length] ?? '';
    const lessons = sources.get(modul) ?? [];
    const added = written.get(modul) ?? 0;
    const source = lessons[added % lessons.length];
    if (!source) throw new Error(`Das Modul ${modul} hat keine Lektion zum Kopieren.`);
    const nummer = lessons.length + added + 1;
    const file = `${modul}/uebung-${nummer}.mdx`;
    await writeFile(path.join(lessonsDir, file), lessonCopy(source, nummer, entryIdFor(file)));
    written.set(modul, added + 1);
  }
  return count;
}

if (import.meta.main) {
  const [target, countArg = '1000'] = process.argv.slice(2);
  if (!target) {
    console.error('Aufruf: node tools/bench/generate-lessons.ts <Ziel-Ordner> [Anzahl]');
    process.exit(1);
  }
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 1) {
    console.error(`„${countArg}“ ist keine Anzahl.`);
    process.exit(1);
  }
  await generateLessons('content', path.resolve(target), count);
  console.log(`${count} Lektionen in ${path.resolve(target)}.`);
}
