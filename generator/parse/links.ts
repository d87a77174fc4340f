import { posix } from 'node:path';

/**
 * Resolves a link URL found in `fromDoc` to a path relative to the docs folder, or returns
 * undefined for a link to another site. The result may start with `../` or be absolute when the
 * link points outside the docs folder; the model builder reports such links and never reads them.
 */
export function resolveDocLink(fromDoc: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return undefined;

  const withoutFragment = url.split('#', 1)[0]!.split('?', 1)[0]!;
  let decoded = withoutFragment;
  try {
    decoded = decodeURIComponent(withoutFragment);
  } catch {
    // A malformed escape stays as written; the lookup then reports the doc as missing.
  }
  if (decoded.startsWith('/')) return posix.normalize(decoded);
  return posix.normalize(posix.join(posix.dirname(fromDoc), decoded));
}

/** Tells whether a resolved doc path leaves the docs folder. */
export function isOutsideDocsFolder(doc: string): boolean {
  return doc.startsWith('/') || doc === '..' || doc.startsWith('../');
}
