/** Examples of the easy-read checker: the site's configuration, with and without dictionary words. */
import { parse as parseYaml } from 'yaml';
import configSource from '../../../leichte-sprache.config.yaml?raw';
import { CONFIG_FILE, parseConfig } from '../../lib/lint/config.ts';
import type { ComponentProps } from 'astro/types';
import type { Example } from '../example.ts';
import type TextCheck from './TextCheck.astro';

const config = parseConfig(parseYaml(configSource) as unknown, CONFIG_FILE);
const lexicon = '/text-pruefen/lexikon.txt';

export const examples: Example<ComponentProps<typeof TextCheck>>[] = [
  {
    name: 'the checker with the site configuration and one dictionary word',
    props: { config, lexicon, glossary: [{ id: 'werkstatt-rat', wort: 'Werk·statt·rat', formen: [] }] },
  },
  { name: 'the checker without dictionary words', props: { config, lexicon, glossary: [] } },
];
