/**
 * The lexicon file of the "Text prüfen" page, written at build time from dictionary-de: the compound
 * lexicon and every word form hunspell accepts (tools/lint/splitter/word-forms.ts). Only that page
 * fetches it; the service worker keeps it for offline use once the page was opened.
 */
import type { APIRoute } from 'astro';
import { lexiconFile } from '../../../tools/lint/splitter/word-forms.ts';

export const GET: APIRoute = async () => new Response(await lexiconFile(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
