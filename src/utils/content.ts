/**
 * Queries over the content collections that several pages share, in the order pages show them.
 * Runs at build time only.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Register } from '../i18n/registers.ts';
import { hasEnded } from '../lib/content/dates.ts';
import { pictureNamesIn } from '../lib/pictures.ts';

export type Modul = CollectionEntry<'modules'>;
export type Lektion = CollectionEntry<'lessons'>;
export type Partner = CollectionEntry<'partners'>;
export type Projekt = CollectionEntry<'projects'>;
export type Workshop = CollectionEntry<'workshops'>;
export type Wort = CollectionEntry<'glossary'>;

const byGermanText = new Intl.Collator('de');

/** The text with its middle dots removed, for sorting and the A to Z letters. */
export const plain = (text: string) => text.replaceAll('·', '');

export async function modulesInOrder(): Promise<Modul[]> {
  const modules = await getCollection('modules');
  return modules.sort((a, b) => a.data.reihenfolge - b.data.reihenfolge);
}

export async function lessonsOf(modulId: string): Promise<Lektion[]> {
  const lessons = await getCollection('lessons', (l) => l.data.modul.id === modulId);
  return lessons.sort((a, b) => a.data.nummer - b.data.nummer);
}

/** Every lesson of the site in reading order (modules in order, lessons by number): for "Weiter lernen". */
export async function allLessonsInOrder(): Promise<{ id: string; url: string; titel: string }[]> {
  const modules = await modulesInOrder();
  const lists = await Promise.all(modules.map((modul) => lessonsOf(modul.id)));
  return lists.flat().map((lesson) => ({ id: lesson.id, url: lessonUrl(lesson), titel: lesson.data.titel }));
}

/** The time a module takes: the minutes of its lessons added up, so it stays right when a lesson is added. */
export const totalMinutes = (lessons: readonly Lektion[]) => lessons.reduce((sum, lesson) => sum + lesson.data.dauerMinuten, 0);

/** The last part of a lesson id ("lernen-im-arbeitsbereich/lernen-hoert-nie-auf" → "lernen-hoert-nie-auf"). */
export const lessonSlug = (lesson: Lektion) => lesson.id.split('/').at(-1) ?? lesson.id;

export const lessonUrl = (lesson: Lektion) => `/lernen/${lesson.data.modul.id}/${lessonSlug(lesson)}/`;
export const moduleUrl = (modul: Modul) => `/lernen/${modul.id}/`;
export const partnerUrl = (id: string) => `/netzwerk/partner/${id}/`;
export const projectUrl = (id: string) => `/netzwerk/projekte/${id}/`;
export const workshopUrl = (id: string) => `/workshops/${id}/`;
export const landUrl = (region: string) => `/netzwerk/land/${region}/`;
export const topicUrl = (thema: string) => `/workshops/thema/${thema}/`;
export const audienceUrl = (gruppe: string) => `/workshops/fuer/${gruppe}/`;
export const COUNCIL_PAGE_URL = '/workshops/fuer-werkstattraete/';
/** The id of the text in content/seiten that the council page shows above its offers. */
export const COUNCIL_PAGE_TEXT = 'fuer-werkstattraete';
export const wordUrl = (id: string) => `/woerterbuch/#${id}`;

export async function partnersByName(): Promise<Partner[]> {
  const partners = await getCollection('partners');
  return partners.sort((a, b) => byGermanText.compare(a.data.name, b.data.name));
}

export async function glossaryAtoZ(): Promise<Wort[]> {
  const words = await getCollection('glossary');
  return words.sort((a, b) => byGermanText.compare(plain(a.data.wort), plain(b.data.wort)));
}

export async function workshopsByTitle(): Promise<Workshop[]> {
  const workshops = await getCollection('workshops');
  return workshops.sort((a, b) => byGermanText.compare(plain(a.data.titel), plain(b.data.titel)));
}

/** The projects a partner runs or funds. */
export async function projectsOfPartner(partnerId: string): Promise<Projekt[]> {
  return getCollection('projects', (p) => [...p.data.partner, ...p.data.foerderer].some((ref) => ref.id === partnerId));
}

/** The offers a partner provides, where the source names it as provider. */
export async function workshopsOfPartner(partnerId: string): Promise<Workshop[]> {
  return getCollection('workshops', (w) => w.data.anbieter?.id === partnerId);
}

/** The project an offer belongs to, and whether it has ended by the day of the build. */
export async function projectOfOffer(workshop: Workshop): Promise<{ project: Projekt; ended: boolean } | undefined> {
  const project = workshop.data.projekt && (await getEntry('projects', workshop.data.projekt.id));
  if (!project) return undefined;
  return { project, ended: project.data.ende !== undefined && hasEnded(project.data.ende, new Date()) };
}

/** The partner a reference points at. The content check has proved it exists before the build starts. */
export async function partnerOf(ref: { id: string }): Promise<Partner> {
  const partner = await getEntry('partners', ref.id);
  if (!partner) throw new Error(`Partner „${ref.id}“ fehlt in content/partners.`);
  return partner;
}

/** The display name of a partner: the short name where there is one. */
export const partnerName = (partner: Partner) => partner.data.kurzname ?? partner.data.name;

/**
 * A partner's name in a list: the short name, and where it is an abbreviation, the words it stands for
 * next to it ("BIH – Bundes·arbeits·gemeinschaft der …"). Standard-German pages show the full name.
 */
export const partnerListName = (partner: Partner, register: Register = 'leicht') =>
  register === 'alltag'
    ? partner.data.name
    : partner.data.langname
      ? `${partnerName(partner)} – ${partner.data.langname}`
      : partnerName(partner);

/** Every picture name that a text of any collection uses. */
export async function usedPictureNames(): Promise<string[]> {
  const collections = ['modules', 'lessons', 'workshops', 'partners', 'projects', 'seiten'] as const;
  const bodies = (await Promise.all(collections.map((c) => getCollection(c)))).flat().map((e) => e.body ?? '');
  const inTexts = bodies.flatMap((body) => pictureNamesIn(body).map((p) => p.name));
  const inQuizzes = (await getCollection('lessons')).flatMap((lesson) =>
    lesson.data.selbstcheck.flatMap((frage) => [
      ...(frage.bild ? [frage.bild.name] : []),
      ...('antworten' in frage ? frage.antworten.flatMap((a) => (a.bild ? [a.bild.name] : [])) : []),
    ]),
  );
  return [...new Set([...inTexts, ...inQuizzes])].sort();
}
