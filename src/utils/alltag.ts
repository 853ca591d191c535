/** The standard-German texts of the network pages, found by the id of their easy-read twin. */
import { getEntry, type CollectionEntry } from 'astro:content';

export type AlltagText = CollectionEntry<'alltag'>;

/** The content check has proved that every partner and project has its twin before the build starts. */
export async function alltagOf(kind: 'partners' | 'projects', id: string): Promise<AlltagText> {
  const entry = await getEntry('alltag', `${kind}/${id}`);
  if (!entry) throw new Error(`content/alltag/${kind}/${id}.mdx fehlt.`);
  return entry;
}
