/** One SVG file per picture that a text uses, in colour. */
import type { APIRoute } from 'astro';
import { pictureSvg } from '../../lib/pictures.ts';
import { usedPictureNames } from '../../utils/content.ts';

export async function getStaticPaths() {
  return (await usedPictureNames()).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(pictureSvg(params['name'] ?? ''), { headers: { 'Content-Type': 'image/svg+xml' } });
