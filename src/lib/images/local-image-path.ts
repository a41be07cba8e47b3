/**
 * What a local image path may look like, in a cover's `src` and in a body:
 * a relative path to an image file and nothing more. Astro imports every
 * such path into the build as a module, and a query makes it another module:
 * `./x.js?.png` passed for a PNG (Astro reads the extension after the last
 * dot) and ran x.js on the build machine; after a `?` the path was resolved
 * from elsewhere and published files outside the project. So no query, no
 * fragment, no backslash and an image extension at the end; the content
 * check reports a path like that, and the build drops it.
 */
export const IMAGE_EXTENSION = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** Neither a scheme (`https:`, `data:`) nor the site's root: a path beside the Markdown file. */
export function isLocalImageSource(src: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('/') && !src.startsWith('#');
}

export type ImagePathDefect = 'query' | 'format';

/**
 * Why a local image path may not be used. Markdown trees hold paths
 * percent-encoded and Astro decodes them (decodeURI, which leaves `%3F` as
 * it is): every spelling is judged, fully decoded too.
 */
export function localImagePathDefect(src: string): ImagePathDefect | undefined {
  const spellings = [src, ...[decodeURI, decodeURIComponent].flatMap((decode) => decoded(src, decode))];
  // Control characters too: nothing a file name needs, and a way to hide the rest of a path.
  const hidden = (path: string) => /[?#\\]/.test(path) || [...path].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f');
  if (spellings.some(hidden)) return 'query';
  return IMAGE_EXTENSION.test(spellings.at(-1)!) ? undefined : 'format';
}

/** A body image's path defect; none for an address elsewhere or at the site's root, which Astro does not import. */
export function bodyImagePathDefect(src: string): ImagePathDefect | undefined {
  return isLocalImageSource(src) ? localImagePathDefect(src) : undefined;
}

function decoded(src: string, decode: (text: string) => string): string[] {
  try {
    return [decode(src)];
  } catch {
    // Not percent-encoding: judged as written.
    return [];
  }
}
