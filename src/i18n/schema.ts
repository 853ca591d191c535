/**
 * The keys of the interface texts, and the checks every strings file passes when the site is built.
 *
 * The texts of a register are a YAML file (de-ls.yaml, de-alltag.yaml) with exactly the keys listed
 * here. Each key names the slots its text must have ([] for none); a key with the slot `count` has
 * forms per number instead of one text (see format.ts). The build stops, naming the file and the key,
 * when a key is missing or unknown, a text is empty, or a slot is missing, unknown or badly written.
 * TypeScript takes keys and slots from these lists: it checks every key a component uses and every
 * value it fills in. To add a text, add its key here and its text in the YAML file.
 */
import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import type { Forms, Text } from './format.ts';

type KeyList = Readonly<Record<string, readonly string[]>>;

/** Easy-read (Leichte Sprache), src/i18n/de-ls.yaml: every text of the site. */
export const EASY_READ_KEYS = {
  'site.name': [],
  'site.description': [],

  'nav.label': [],
  'nav.skip': [],
  'nav.home': [],
  'nav.learn': [],
  'nav.workshops': [],
  'nav.network': [],
  'nav.glossary': [],
  'nav.search': [],
  'nav.record': [],
  'nav.menu': [],

  'breadcrumbs.label': [],

  'settings.title': [],
  'settings.intro': [],
  'settings.schrift': [],
  'settings.schrift.100': [],
  'settings.schrift.125': [],
  'settings.schrift.150': [],
  'settings.schrift.200': [],
  'settings.zeilen': [],
  'settings.zeilen.normal': [],
  'settings.zeilen.weit': [],
  'settings.zeilen.sehr-weit': [],
  'settings.kontrast': [],
  'settings.kontrast.normal': [],
  'settings.kontrast.hoch': [],
  'settings.trenner': [],
  'settings.trenner.bindestrich': [],
  'settings.trenner.punkt': [],
  'settings.trenner.ohne': [],
  'settings.reset': [],
  'settings.notSaved': [],
  'settings.broken': [],

  'footer.label': [],
  'footer.help': [],
  'footer.accessibility': [],
  'footer.privacy': [],
  'footer.imprint': [],
  'footer.note': [],

  'home.title': [],
  'home.intro': [],
  'home.learn.title': [],
  'home.learn.text': [],
  'home.workshops.title': [],
  'home.workshops.text': [],
  'home.network.title': [],
  'home.network.text': [],
  'home.glossary.title': [],
  'home.glossary.text': [],
  'home.modules': [],

  'learn.title': [],
  'learn.intro': [],
  'learn.lessonCount': ['count'],
  'learn.minuteCount': ['count'],
  'learn.start': [],

  'module.goal': [],
  'module.tasks': [],
  'module.lessons': [],
  'module.facts': [],
  'module.field': [],
  'module.trade': [],
  'module.level': [],
  'module.theory': [],
  'module.lessonsToRead': ['count'],
  'module.practice': [],
  'module.time': [],
  'module.check': [],
  'module.checkHere': [],
  'module.checkProgram': [],
  'module.certification': [],

  'lesson.position': ['n', 'total'],
  'lesson.learned': [],
  'lesson.previous': [],
  'lesson.next': [],
  'lesson.backToModule': [],
  'lesson.reviewed': ['group', 'date'],
  'lesson.notReviewed': [],
  'lesson.selfcheck': [],
  'lesson.selfcheckIntro': [],
  'lesson.question': ['n'],
  'lesson.showSolution': [],
  'lesson.rightAnswer': [],
  'lesson.rightAnswers': [],
  'lesson.statementTrue': [],
  'lesson.statementFalse': [],
  'lesson.rightOrder': [],
  'lesson.kindOne': [],
  'lesson.kindSeveral': [],
  'lesson.kindStatement': [],
  'lesson.kindPicture': [],
  'lesson.kindOrder': [],
  'lesson.merke': [],

  'continue.title': [],
  'continue.summary': ['done', 'total'],
  'continue.link': [],
  'continue.allDone': [],
  'lesson.moduleEnd': [],
  'lesson.moduleDone': [],
  'lesson.nextModule': [],
  'lesson.toPass': [],

  'quiz.check': [],
  'quiz.right': [],
  'quiz.wrong': [],
  'quiz.tryAgain': [],
  'quiz.chooseFirst': [],
  'quiz.true': [],
  'quiz.false': [],
  'quiz.up': [],
  'quiz.down': [],
  'quiz.moved': ['n'],
  'quiz.atTop': [],
  'quiz.atBottom': [],
  'quiz.stepRight': [],
  'quiz.stepsSomeRight': [],
  'quiz.stepsNoneRight': [],
  'quiz.saved': [],
  'quiz.declined': [],
  'quiz.result': ['right', 'total'],
  'quiz.allRight': [],
  'quiz.consent.question': [],
  'quiz.consent.yes': [],
  'quiz.consent.no': [],
  'quiz.notSaved': [],
  'quiz.repaired': [],
  'quiz.newer': [],

  'progress.lessonDone': ['total'],
  'progress.lessonTried': ['right', 'total'],
  'progress.moduleLessons': ['done', 'total'],

  'readAloud.start': [],
  'readAloud.pause': [],
  'readAloud.resume': [],
  'readAloud.stop': [],
  'readAloud.noVoice': [],
  'readAloud.help': [],

  'word.toGlossary': [],

  'workshops.title': [],
  'workshops.intro': [],
  'workshops.format': [],
  'workshops.topics': [],
  'workshops.audience': [],
  'workshops.region': [],
  'workshops.length': [],
  'workshops.groupSize': [],
  'workshops.cost': [],
  'workshops.provider': [],
  'workshops.accessibility': [],
  'workshops.noAccessibilityKnown': [],
  'workshops.unknown': [],
  'workshops.formatUnknown': [],
  'workshops.contact': [],
  'workshops.project': [],
  'workshops.ended': [],
  'workshops.endedAsk': ['name'],
  'workshops.register': [],
  'workshops.deadline': [],
  'workshops.dates': [],
  'workshops.noDatesAsk': ['name'],
  'workshops.dateToCalendar': ['date'],
  'workshops.calendarNote': [],
  'workshops.print': [],
  'workshops.printNote': [],
  'workshops.filter.title': [],
  'workshops.filter.intro': [],
  'workshops.filter.regionNote': [],
  'workshops.filter.hilfe': [],
  'workshops.filter.show': [],
  'workshops.filter.reset': [],
  'workshops.filter.count': ['count'],
  'workshops.filter.chosen': ['n'],
  'workshops.filter.share': [],
  'workshops.byTopic': [],
  'workshops.byAudience': [],
  'workshops.topicTitle': ['topic'],
  'workshops.audienceTitle': ['audience'],
  'workshops.selectionCount': ['count'],
  'workshops.allTitle': [],
  'workshops.allOffers': [],
  'workshops.forCouncils': [],
  'workshops.forCouncilsTeaser': [],
  'workshops.councilOffers': [],
  'workshops.councilNone': [],

  'register.toStandard': [],
  'register.toStandardNote': [],

  'network.title': [],
  'network.intro': [],
  'network.projects': [],
  'network.byRegion': [],
  'network.kind': [],
  'network.region': [],
  'network.regionUnknown': [],
  'network.regionUnknownHeading': [],
  'network.town': [],
  'network.role': [],
  'network.partnersOfProject': [],
  'network.funders': [],
  'network.signed': [],
  'network.start': [],
  'network.end': [],
  'network.goals': [],
  'network.projectsOfPartner': [],
  'network.workshopsOfPartner': [],
  'network.website': [],
  'network.map': [],
  'network.mapIntro': [],
  'network.mapList': [],
  'network.countPartners': ['count'],
  'network.countProjects': ['count'],
  'network.landTitle': ['region'],
  'network.landIntro': ['region'],
  'network.landNone': ['region'],
  'network.nationwideNote': ['region'],
  'network.nationwideLink': [],
  'network.partnersHere': [],
  'network.projectsHere': [],
  'network.workshopsHere': [],
  'network.allLaender': [],
  'network.timeline': [],
  'network.timelineIntro': [],
  'network.event.unterzeichnet': [],
  'network.event.beginn': [],
  'network.event.ende': [],
  'network.sources': [],
  'network.sourcesNote': [],

  'glossary.title': [],
  'glossary.intro': [],
  'glossary.jump': [],
  'glossary.jumpLabel': [],
  'glossary.example': [],
  'glossary.forms': [],
  'glossary.usedIn': [],

  'search.title': [],
  'search.intro': [],
  'search.label': [],
  'search.button': [],
  'search.noscript': [],
  'search.more': [],
  'search.results': ['count'],
  'search.noResults': [],
  'search.loading': [],
  'search.unavailable': [],

  'record.title': [],
  'record.intro': [],
  'record.privacy': [],
  'record.noscript': [],
  'record.empty': [],
  'record.modules': [],
  'record.status.done': [],
  'record.status.started': [],
  'record.status.open': [],
  'record.lessonResult': ['right', 'total', 'date'],
  'record.canDo': [],
  'record.actions': [],
  'record.print': [],
  'record.printHint': [],
  'record.export': [],
  'record.fileName': ['date'],
  'record.import': [],
  'record.importHint': [],
  'record.imported': [],
  'record.importedPartly': ['count'],
  'record.import.too-big': [],
  'record.import.not-json': [],
  'record.import.wrong-format': [],
  'record.import.newer': [],
  'record.clear': [],
  'record.clearConfirm': [],
  'record.clearYes': [],
  'record.clearNo': [],
  'record.cleared': [],
  'record.notSaved': [],
  'record.consentOpen': [],
  'record.consentNo': [],
  'record.consentSwitch': [],
  'record.consentOn': [],
  'record.doneRuleTitle': [],
  'record.doneRule': [],

  'room.notice': [],
  'room.saveFile': [],
  'room.makeRoom': [],
  'room.fileName': ['date'],
  'room.fileSaved': [],
  'room.saved': [],
  'room.removed': ['count'],
  'room.dropped': [],
  'room.failed': [],

  'pass.title': [],
  'pass.note': [],
  'pass.name': [],
  'pass.workshop': [],
  'pass.period': [],
  'pass.printed': [],
  'pass.tasks': [],
  'pass.result': [],
  'pass.score': ['right', 'total'],
  'pass.assessment': [],
  'pass.evidence': [],
  'pass.date': [],
  'pass.signMe': [],
  'pass.signLeader': [],
  'pass.none': [],
  'pass.address': [],
  'pass.doneRule': [],

  'notFound.title': [],
  'notFound.text': [],
  'notFound.help': [],
  'notFound.home': [],
  'notFound.search': [],
  'notFound.learn': [],

  'offline.title': [],
  'offline.text': [],
  'offline.saved': [],
  'offline.help': [],
  'offline.home': [],
  'offline.record': [],
  'offline.later': [],
  'offline.keepTitle': [],
  'offline.keepTip': [],

  'keep.title': [],
  'keep.intro': [],
  'keep.button': [],
  'keep.forget': [],
  'keep.wait': [],
  'keep.progress': ['done', 'total'],
  'keep.kept': [],
  'keep.partly': [],
  'keep.forgotten': [],
  'keep.failed': [],

  'page.updated': [],
  'page.range': ['from', 'to'],

  'print.address': [],
} as const satisfies KeyList;

/** Standard German (Alltags·sprache), src/i18n/de-alltag.yaml: the labels of the network pages in standard German. */
export const ALLTAG_KEYS = {
  'alltag.notice': [],
  'alltag.toEasy': [],
  'alltag.kind': [],
  'alltag.region': [],
  'alltag.regionUnknown': [],
  'alltag.town': [],
  'alltag.website': [],
  'alltag.signed': [],
  'alltag.start': [],
  'alltag.end': [],
  'alltag.projects': [],
  'alltag.workshops': [],
  'alltag.partners': [],
  'alltag.funders': [],
  'alltag.sources': [],
  'alltag.sourcesNote': [],
} as const satisfies KeyList;

/** The texts of a key list: one text with its slots, or forms per number where a key has `count`. */
export type StringsOf<K extends KeyList> = {
  readonly [Key in keyof K]: 'count' extends K[Key][number] ? Forms<K[Key][number]> : Text<K[Key][number]>;
};

/** The easy-read texts, as components see them. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface, so TypeScript's messages name it instead of listing every key
export interface EasyReadStrings extends StringsOf<typeof EASY_READ_KEYS> {}

const FORMS_HINT =
  'Dieser Text braucht eine Form für jede Zahl: one (für 1) und other (für alle anderen Zahlen), dazu zero (für 0), wenn Sie wollen.';

/** One text with exactly the slots `slots`; those in `optional` may be left out. */
function textSchema(slots: readonly string[], optional: readonly string[] = []) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'Der Text fehlt.' : 'Hier muss ein Text stehen.') })
    .min(1, 'Der Text ist leer.')
    .superRefine((text, context) => {
      const problem = (message: string) => {
        context.addIssue({ code: 'custom', message });
      };
      if (/\{(?!\w+\})|(?<!\{\w+)\}/.test(text)) problem('Eine Lücke {…} ist nicht richtig geschrieben.');
      const used = new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''));
      for (const name of used) {
        if (slots.includes(name)) continue;
        const known = slots.map((slot) => `{${slot}}`).join(', ');
        problem(`Die Lücke {${name}} gibt es hier nicht. ${known ? `Möglich: ${known}.` : 'Dieser Text hat keine Lücken.'}`);
      }
      for (const name of slots) {
        if (!used.has(name) && !optional.includes(name)) problem(`Die Lücke {${name}} fehlt. Die Seite setzt dort einen Wert ein.`);
      }
    });
}

/** Forms per number, chosen by `count`: a form may leave {count} out, and has every other slot. */
function formsSchema(slots: readonly string[]) {
  const form = textSchema(slots, ['count']);
  return z.strictObject(
    { zero: form.optional(), one: form, other: form },
    { error: (issue) => (issue.code === 'invalid_type' ? (issue.input === undefined ? 'Der Text fehlt.' : FORMS_HINT) : undefined) },
  );
}

/**
 * Reads a register's YAML file (`file` is its path, for the messages) and checks it against `keys`.
 * Throws one German message with a line per problem: "src/i18n/de-ls.yaml › nav.home: Der Text fehlt."
 */
export function parseStrings<K extends KeyList>(file: string, source: string, keys: K): StringsOf<K> {
  const document = parseDocument(source, { uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new Error(`${file} ist kein gültiges YAML:\n${document.errors.map((error) => error.message).join('\n')}`);
  }
  const shape = Object.fromEntries(
    Object.entries(keys).map(([key, slots]) => [key, slots.includes('count') ? formsSchema(slots) : textSchema(slots)]),
  );
  const result = z.strictObject(shape).safeParse(document.toJS());
  if (result.success) return result.data as StringsOf<K>;
  const problems = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => {
          const where = [...issue.path, key].join('.');
          return issue.path.length === 0
            ? `${file} › ${where}: Diesen Schlüssel kennt die Seite nicht. Neue Texte bitte zuerst in src/i18n/schema.ts eintragen.`
            : `${file} › ${where}: Diese Form gibt es nicht. ${FORMS_HINT}`;
        })
      : [
          issue.path.length === 0
            ? `${file}: Die Datei muss Schlüssel mit Texten enthalten.`
            : `${file} › ${issue.path.join('.')}: ${issue.message}`,
        ],
  );
  throw new Error(`Die Texte der Oberfläche haben Fehler:\n${problems.join('\n')}`);
}
