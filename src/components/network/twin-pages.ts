/**
 * What the two pages of a partner or project share besides their components: their paths, and their
 * labels in each register. The easy-read page (`/netzwerk/partner/<id>/`) and its twin in standard
 * German (`…/alltagssprache/`) are built by the same component (PartnerPage, ProjectPage) and differ
 * only in the register's texts.
 */
import { getCollection } from 'astro:content';
import { alltag } from '../../i18n/de-alltag.ts';
import { t } from '../../i18n/de-ls.ts';
import { alltagUrl, type Register } from '../../i18n/registers.ts';
import { alltagOf } from '../../utils/alltag.ts';
import { partnerUrl, projectUrl, type Partner, type Projekt } from '../../utils/content.ts';
import type { ListLink } from '../LinkList.astro';

/** What a partner route gives its page: the partner (the page adds the register). */
export interface PartnerProps {
  partner: Partner;
}
/** What a project route gives its page. */
export interface ProjectProps {
  project: Projekt;
}

export async function partnerPaths() {
  const partners = await getCollection('partners');
  return partners.map((partner) => ({ params: { id: partner.id }, props: { partner } }));
}

export async function projectPaths() {
  const projects = await getCollection('projects');
  return projects.map((project) => ({ params: { id: project.id }, props: { project } }));
}

export interface TwinLabels {
  kind: string;
  region: string;
  regionUnknown: string;
  town: string;
  website: string;
  dates: { signed: string; start: string; end: string };
  projectsOfPartner: string;
  workshopsOfPartner: string;
  partnersOfProject: string;
  funders: string;
  sources: string;
  sourcesNote: string;
}

export const TWIN_LABELS: Record<Register, TwinLabels> = {
  leicht: {
    kind: t['network.kind'],
    region: t['network.region'],
    regionUnknown: t['network.regionUnknown'],
    town: t['network.town'],
    website: t['network.website'],
    dates: { signed: t['network.signed'], start: t['network.start'], end: t['network.end'] },
    projectsOfPartner: t['network.projectsOfPartner'],
    workshopsOfPartner: t['network.workshopsOfPartner'],
    partnersOfProject: t['network.partnersOfProject'],
    funders: t['network.funders'],
    sources: t['network.sources'],
    sourcesNote: t['network.sourcesNote'],
  },
  alltag: {
    kind: alltag['alltag.kind'],
    region: alltag['alltag.region'],
    regionUnknown: alltag['alltag.regionUnknown'],
    town: alltag['alltag.town'],
    website: alltag['alltag.website'],
    dates: { signed: alltag['alltag.signed'], start: alltag['alltag.start'], end: alltag['alltag.end'] },
    projectsOfPartner: alltag['alltag.projects'],
    workshopsOfPartner: alltag['alltag.workshops'],
    partnersOfProject: alltag['alltag.partners'],
    funders: alltag['alltag.funders'],
    sources: alltag['alltag.sources'],
    sourcesNote: alltag['alltag.sourcesNote'],
  },
};

/**
 * A link to the page of another partner or project in the same register: the easy-read page with
 * its easy-read name (`easyText`), or the standard-German page with the title its text gives it.
 */
export async function twinLink(kind: 'partners' | 'projects', id: string, register: Register, easyText: string): Promise<ListLink> {
  const url = kind === 'partners' ? partnerUrl(id) : projectUrl(id);
  if (register === 'leicht') return { href: url, text: easyText };
  return { href: alltagUrl(url), text: (await alltagOf(kind, id)).data.titel };
}
