// Vite plugin: the word and name lists under assets/ carry a source and a note per entry (and
// lists of removed entries with reasons) for the people who maintain them. The extension never
// reads those fields, so they are dropped from the bundled copies; the files themselves (and Node,
// tests and the CLI) keep them. The lists are bundled by the background only (lib/lists/bundled), which
// sends this stripped copy to the content scripts (lib/background/lists-host.ts).
import type { Plugin } from 'vite';

/** Documentation-only keys, at any depth. */
export const DOC_KEYS = new Set(['source', 'note', 'notes', 'removed', 'description', 'license', 'about', 'comment', '$comment']);
const LISTS = /[\\/]assets[\\/](wordlists|names)[\\/][^\\/]+\.json$/;

export function stripDocs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripDocs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !DOC_KEYS.has(k)).map(([k, v]) => [k, stripDocs(v)]));
  }
  return value;
}

export function stripListDocs(): Plugin {
  return {
    name: 'postwijs:strip-list-docs',
    enforce: 'pre',
    transform(code, id) {
      if (!LISTS.test(id.split('?')[0]!)) return null;
      return { code: JSON.stringify(stripDocs(JSON.parse(code))), map: null };
    },
  };
}
