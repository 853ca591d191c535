/** The high-contrast twin of each picture, where the set has one. */
import type { APIRoute } from 'astro';
import { hasPicture, pictureSvg } from '../../../lib/pictures.ts';
import { usedPictureNames } from '../../../utils/content.ts';

export async function getStaticPaths() {
  const names = await usedPictureNames();
  return names.filter((name) => hasPicture(name, 'kontrast')).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(pictureSvg(params['name'] ?? '', 'kontrast'), { headers: { 'Content-Type': 'image/svg+xml' } });
