/**
 * Pictures for lesson sections: Fluent Emoji by Microsoft (MIT licence), from the Iconify JSON packages,
 * turned into small SVG files at build time. Each has a high-contrast twin where the set has one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface IconSet {
  width?: number;
  height?: number;
  icons: Record<string, { body: string; width?: number; height?: number; left?: number; top?: number }>;
  aliases?: Record<string, { parent: string }>;
}

export const PICTURE_CREDIT = {
  name: 'Fluent Emoji',
  author: 'Microsoft Corporation',
  licence: 'MIT',
  source: 'https://github.com/microsoft/fluentui-emoji',
} as const;

const require = createRequire(import.meta.url);
const cache = new Map<string, IconSet>();

function loadSet(pkg: string): IconSet {
  let set = cache.get(pkg);
  if (!set) {
    set = JSON.parse(readFileSync(require.resolve(`${pkg}/icons.json`), 'utf8')) as IconSet;
    cache.set(pkg, set);
  }
  return set;
}

const SETS = {
  farbig: '@iconify-json/fluent-emoji-flat',
  kontrast: '@iconify-json/fluent-emoji-high-contrast',
} as const;
export type PictureStyle = keyof typeof SETS;

function svgFrom(set: IconSet, name: string): string | undefined {
  const resolved = set.icons[name] ? name : set.aliases?.[name]?.parent;
  const icon = resolved ? set.icons[resolved] : undefined;
  if (!icon) return undefined;
  const width = icon.width ?? set.width ?? 16;
  const height = icon.height ?? set.height ?? 16;
  const viewBox = `${icon.left ?? 0} ${icon.top ?? 0} ${width} ${height}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${width}" height="${height}">${icon.body}</svg>`;
}

/** The SVG file for a picture name, or undefined when the set has no such picture. */
export function pictureSvg(name: string, style: PictureStyle = 'farbig'): string | undefined {
  return svgFrom(loadSet(SETS[style]), name);
}

export function hasPicture(name: string, style: PictureStyle = 'farbig'): boolean {
  return pictureSvg(name, style) !== undefined;
}

/** Every <Bild name="…"> in a text. */
export function pictureNamesIn(body: string): { name: string; index: number }[] {
  return [...body.matchAll(/<Bild\b[^>]*\bname=["']([^"']+)["']/g)].map((m) => ({ name: m[1] ?? '', index: m.index }));
}
