/**
 * Every example of every island (the examples.ts beside each component) renders with Astro's Container
 * API into valid HTML: the custom element named after the island's folder, no script of its own (the
 * page starts it: src/layouts/BaseLayout.astro), and the markup its script and its readers rely on.
 * Runs in the "components" Vitest project (vitest.components.config.ts), which compiles .astro files.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import htmlValidateConfig from '../../../.htmlvalidate.mjs';
import type { Example } from '../../../src/components/example.ts';
import { frageSchema, type Frage } from '../../../src/lib/content/schemas.ts';
import { answerOrder, stepOrder } from '../../../src/lib/content/shuffle.ts';
import { SETTING_NAMES, SETTING_VALUES } from '../../../src/lib/settings.ts';
import type { Lektion, Modul, Workshop } from '../../../src/utils/content.ts';
import Wort from '../../../src/components/content/word/Wort.astro';
import { examples as wordExamples } from '../../../src/components/content/word/examples.ts';
import Continue from '../../../src/components/continue/Continue.astro';
import { examples as continueExamples } from '../../../src/components/continue/examples.ts';
import LearningRecord from '../../../src/components/learning-record/LearningRecord.astro';
import { examples as learningRecordExamples } from '../../../src/components/learning-record/examples.ts';
import PrintNotice from '../../../src/components/print-notice/PrintNotice.astro';
import { examples as printNoticeExamples } from '../../../src/components/print-notice/examples.ts';
import Progress from '../../../src/components/progress/Progress.astro';
import { examples as progressExamples } from '../../../src/components/progress/examples.ts';
import Quiz from '../../../src/components/quiz/Quiz.astro';
import { examples as quizExamples } from '../../../src/components/quiz/examples.ts';
import ReadAloud from '../../../src/components/read-aloud/ReadAloud.astro';
import { examples as readAloudExamples } from '../../../src/components/read-aloud/examples.ts';
import ReadingSettings from '../../../src/components/reading-settings/ReadingSettings.astro';
import { examples as readingSettingsExamples } from '../../../src/components/reading-settings/examples.ts';
import SearchBox from '../../../src/components/search/SearchBox.astro';
import { examples as searchExamples } from '../../../src/components/search/examples.ts';
import TextCheck from '../../../src/components/text-check/TextCheck.astro';
import { examples as textCheckExamples } from '../../../src/components/text-check/examples.ts';
import WorkshopFilter from '../../../src/components/workshop-filter/WorkshopFilter.astro';
import { examples as workshopFilterExamples } from '../../../src/components/workshop-filter/examples.ts';

/*
 * The Container API renders outside a build, where Astro has not loaded the content collections, so
 * getEntry finds nothing. <Wort> is the one island that reads a collection itself: it gets the real
 * dictionary entry from content/glossary here.
 */
vi.mock('astro:content', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getEntry: (collection: string, id: string) =>
    Promise.resolve({ id, collection, data: parseYaml(readFileSync(`content/${collection}/${id}.yaml`, 'utf8')) as unknown }),
}));

/** The elements below `root` that pass `test`, in document order. */
function all(root: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(root, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}
const byTag = (tag: string) => (element: Element) => element.tagName === tag;
const byData = (name: string, value?: string) => (element: Element) =>
  element.properties[name] !== undefined && (value === undefined || String(element.properties[name]) === value);
const text = (element: Element | Root) => toText(element).replace(/\s+/g, ' ').trim();
/** A text without its split-word marks, to compare what the page shows with what content holds. */
const unsplit = (words: string) => words.replace(/[·-]/g, '').toLowerCase();

/*
 * The props each check reads. The examples are typed with the components' own props (ComponentProps in
 * each examples.ts, checked by astro check); typescript-eslint cannot read .astro files, so the test names
 * the part it relies on, and astro check proves the two agree.
 */
type QuizProps = { lessonId: string; fragen: Frage[] };
type ProgressProps = { lessonIds: string[]; kind: 'module' | 'lesson' };
type LearningRecordProps = { modules: { modul: Modul; lessons: Lektion[] }[] };
type WorkshopFilterProps = { workshops: Workshop[] };
type WordProps = { id: string };
type ContinueProps = { lessons: { id: string; url: string; titel: string }[] };
type NoProps = Record<string, never>;

interface Island<Props> {
  /** The island's folder under src/components/ (content/word is "word"). */
  folder: string;
  component: Parameters<AstroContainer['renderToString']>[0];
  examples: Example<Props>[];
  /** What this island's markup must hold for this example. */
  check: (root: Element, example: Example<Props>) => void;
}
const island = <Props>(spec: Island<Props>) => spec as Island<unknown>;

// typescript-eslint cannot see the types of .astro files (only Astro's own language service can);
// `astro check` type-checks this file.
/* eslint-disable @typescript-eslint/no-unsafe-assignment */
const islands = [
  island({
    folder: 'quiz',
    component: Quiz,
    examples: quizExamples as Example<QuizProps>[],
    check: (root, { props }) => {
      const questions = all(root, (e) => e.tagName === 'fieldset' && e.properties['dataQuestion'] !== undefined);
      expect(questions).toHaveLength(props.fragen.length);
      for (const [i, frage] of props.fragen.entries()) {
        // The example is a question the content check would accept.
        expect(frageSchema.safeParse(frage).success, frage.frage).toBe(true);
        const fieldset = questions[i]!;
        expect(fieldset.properties['dataKind']).toBe(frage.art);
        expect(unsplit(text(all(fieldset, byTag('legend'))[0]!))).toContain(unsplit(frage.frage));
        if (frage.art === 'reihenfolge') {
          // The steps carry their place in the right order and are shown mixed, neither right nor reversed.
          const steps = all(fieldset, byData('dataStep')).map((li) => Number(li.properties['dataStep']));
          expect(steps).toEqual(stepOrder(props.lessonId, i, frage.schritte.length));
          expect(steps).not.toEqual(frage.schritte.map((_, index) => index));
          expect(steps).not.toEqual(frage.schritte.map((_, index) => index).reverse());
          expect(all(fieldset, byData('dataSteps'))).toHaveLength(1);
        } else if (frage.art === 'stimmt') {
          expect(JSON.parse(String(fieldset.properties['dataSolution']))).toBe(frage.stimmt);
        } else {
          const inputs = all(fieldset, byTag('input'));
          expect(inputs).toHaveLength(frage.antworten.length);
          // Shown in the mixed order; each keeps its content index as value, so grading goes by the answer, not its place.
          expect(inputs.map((input) => Number(input.properties['value']))).toEqual(answerOrder(props.lessonId, i, frage.antworten.length));
          expect(inputs.every((input) => input.properties['type'] === (frage.art === 'mehrere' ? 'checkbox' : 'radio'))).toBe(true);
          const right = frage.antworten.flatMap((antwort, j) => (antwort.richtig ? [j] : []));
          expect(JSON.parse(String(fieldset.properties['dataSolution']))).toEqual(right);
        }
        // The explanation is ready for the feedback, and behind "Lösung zeigen" without JavaScript.
        expect(all(fieldset, byData('dataSnippet', 'explanation'))).toHaveLength(1);
        expect(all(fieldset, byTag('details'))).toHaveLength(1);
      }
    },
  }),
  island({
    folder: 'progress',
    component: Progress,
    examples: progressExamples as Example<ProgressProps>[],
    check: (root, { props }) => {
      expect(JSON.parse(String(root.properties['dataLessons']))).toEqual(props.lessonIds);
      expect(root.properties['dataKind']).toBe(props.kind);
      // Nothing shows before the script has read the record.
      expect(all(root, byData('dataBox'))[0]?.properties['hidden']).toBe(true);
      expect(all(root, byData('dataModuleDone'))).toHaveLength(props.kind === 'module' ? 1 : 0);
    },
  }),
  island({
    folder: 'continue',
    component: Continue,
    examples: continueExamples as Example<ContinueProps>[],
    check: (root, { props }) => {
      // Hidden until the script finds a record; every lesson's link is ready, in the site's order.
      expect(all(root, byData('dataBox'))[0]?.properties['hidden']).toBe(true);
      const items = all(root, (e) => e.tagName === 'li' && e.properties['dataLesson'] !== undefined);
      expect(items.map((li) => li.properties['dataLesson'])).toEqual(props.lessons.map((lesson) => lesson.id));
      expect(items.map((li) => all(li, byTag('a'))[0]?.properties['href'])).toEqual(props.lessons.map((lesson) => lesson.url));
    },
  }),
  island({
    folder: 'read-aloud',
    component: ReadAloud,
    examples: readAloudExamples as Example<NoProps>[],
    check: (root) => {
      for (const label of ['dataStart', 'dataPause', 'dataResume', 'dataStop']) expect(root.properties[label]).toBeTruthy();
      // The buttons come from the script, where the browser can speak German; the text is all there is without it.
      expect(all(root, byTag('button'))).toHaveLength(0);
      expect(all(root, (e) => e.tagName === 'section' && String(e.properties['className']).includes('ll-abschnitt'))).toHaveLength(2);
    },
  }),
  island({
    folder: 'learning-record',
    component: LearningRecord,
    examples: learningRecordExamples as Example<LearningRecordProps>[],
    check: (root, { props }) => {
      const lessons = props.modules.flatMap((m) => m.lessons);
      expect(all(root, (e) => e.tagName === 'section' && e.properties['dataModul'] !== undefined)).toHaveLength(props.modules.length);
      expect(
        all(root, (e) => e.tagName === 'li' && e.properties['dataLesson'] !== undefined).map((li) => li.properties['dataLesson']),
      ).toEqual(lessons.map((lesson) => lesson.id));
      // Without JavaScript the note shows and the record waits, hidden.
      expect(all(root, byData('dataApp'))[0]?.properties['hidden']).toBe(true);
      expect(all(root, byData('dataNoscript'))).toHaveLength(1);
      // The Lern·pass speaks as the reader: every task is an "Ich kann …" sentence.
      const passTasks = all(root, (e) => e.properties['dataPassModul'] !== undefined).flatMap((block) => all(block, byTag('li')));
      expect(passTasks.length).toBeGreaterThan(0);
      for (const task of passTasks) expect(text(task)).toMatch(/^Ich kann /);
    },
  }),
  island({
    folder: 'search',
    component: SearchBox,
    examples: searchExamples as Example<NoProps>[],
    check: (root) => {
      const form = all(root, byTag('form'))[0]!;
      expect(form.properties['role']).toBe('search');
      expect(form.properties['hidden']).toBe(true);
      expect(all(root, byData('dataFallback'))).toHaveLength(1);
    },
  }),
  island({
    folder: 'reading-settings',
    component: ReadingSettings,
    examples: readingSettingsExamples as Example<NoProps>[],
    check: (root) => {
      expect(all(root, byTag('fieldset'))).toHaveLength(SETTING_NAMES.length);
      for (const name of SETTING_NAMES) {
        const radios = all(root, (e) => e.tagName === 'input' && e.properties['name'] === name);
        expect(radios.map((radio) => radio.properties['value'])).toEqual([...SETTING_VALUES[name]]);
        expect(radios.map((radio) => radio.properties['checked'] === true)).toEqual(radios.map((_, index) => index === 0));
      }
    },
  }),
  island({
    folder: 'workshop-filter',
    component: WorkshopFilter,
    examples: workshopFilterExamples as Example<WorkshopFilterProps>[],
    check: (root, { props }) => {
      // Every kind offers only the values some offer has (none for a format or region no source gives),
      // so no choice leads to an empty list; offers for all of Germany are in every Land anyway.
      const options = (name: string) =>
        all(root, (e) => e.tagName === 'input' && e.properties['name'] === name)
          .map((input) => String(input.properties['value']))
          .sort();
      const used = (of: (w: Workshop) => readonly (string | undefined)[]) =>
        [...new Set(props.workshops.flatMap(of))].filter((value) => value !== undefined && value !== 'bundesweit').sort();
      expect(options('thema')).toEqual(used((w) => w.data.themen));
      expect(options('fuer')).toEqual(used((w) => w.data.zielgruppen));
      expect(options('format')).toEqual(used((w) => [w.data.format]));
      expect(options('hilfe')).toEqual(used((w) => w.data.barrierefreiheit));
      expect(options('region')).toEqual(used((w) => [w.data.region]));
      expect(all(root, byData('dataFilterForm'))[0]?.properties['hidden']).toBe(true);
      expect(text(all(root, byData('dataCount'))[0]!)).toMatch(
        props.workshops.length === 1 ? /^1 / : new RegExp(`^${String(props.workshops.length)} `),
      );
    },
  }),
  island({
    folder: 'text-check',
    component: TextCheck,
    examples: textCheckExamples,
    check: (root, { props }) => {
      // Without the script only the notice shows; the checker, its text field and its live region wait, hidden.
      const [checkElement] = all(root, byTag('ll-text-check'));
      expect(JSON.parse(String(checkElement?.properties['dataConfig']))).toEqual(props.config);
      expect(JSON.parse(String(checkElement?.properties['dataGlossary']))).toEqual(props.glossary);
      expect(checkElement?.properties['dataLexicon']).toBe(props.lexicon);
      expect(all(root, byData('dataNoScript'))[0]?.properties['hidden']).toBeUndefined();
      const [checker] = all(root, byData('dataChecker'));
      expect(checker?.properties['hidden']).toBe(true);
      expect(all(checker!, byTag('textarea'))).toHaveLength(1);
      expect(all(checker!, byData('dataStatus'))[0]?.properties['role']).toBe('status');
      expect(all(checker!, byData('dataFindings'))).toHaveLength(1);
    },
  }),
  island({
    folder: 'print-notice',
    component: PrintNotice,
    examples: printNoticeExamples as Example<NoProps>[],
    check: (root) => {
      const box = all(root, byData('dataPrintNotice'))[0]!;
      expect(box.properties['hidden']).toBe(true);
      expect(all(box, byData('dataPrintButton'))).toHaveLength(1);
    },
  }),
  island({
    folder: 'word',
    component: Wort,
    examples: wordExamples as Example<WordProps>[],
    check: (root, { props, slots }) => {
      const [link] = all(root, byTag('a'));
      expect(link?.properties['href']).toBe(`/woerterbuch/#${props.id}`);
      expect(text(link!)).toBe(slots?.['default']);
      const entry = parseYaml(readFileSync(`content/glossary/${props.id}.yaml`, 'utf8')) as { erklaerung: string };
      const explanation = all(root, (e) => String(e.properties['className']).includes('ll-erklaerung'))[0]!;
      expect(explanation.properties['hidden']).toBe(true);
      expect(unsplit(text(explanation))).toContain(unsplit(entry.erklaerung.split('\n')[0]!));
    },
  }),
];
/* eslint-enable @typescript-eslint/no-unsafe-assignment */

let container: AstroContainer;
const validator = new HtmlValidate(htmlValidateConfig);
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe.each(islands)('the examples of src/components/…/$folder/', ({ folder, component, examples, check }) => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)('render "$name" as valid HTML with the markup the island needs', async (example) => {
    const html = await container.renderToString(component, { props: example.props as Record<string, unknown>, slots: example.slots ?? {} });
    const report = await validator.validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    const tree = fromHtml(html, { fragment: true });
    const roots = tree.children.filter((node): node is Element => node.type === 'element');
    // One custom element, named after its folder; the page, not the island, starts its script.
    expect(roots.map((root) => root.tagName)).toEqual([`ll-${folder}`]);
    expect(all(tree, byTag('script'))).toEqual([]);
    check(roots[0]!, example);
  });
});
