// The word and name lists (assets/wordlists, assets/names) as one registry. The rules read them
// through `lists()` and compile them on first use (`lazy`), never at module load, so a module that
// imports a rule (the options page, the content script before its lists arrive) costs nothing.
// Node entry points, tests and the background register the bundled files (./bundled); the content
// scripts do not bundle the lists (they were half of each script) but ask the background for them
// (lib/content/lists-source.ts) — no web-accessible file, so a page cannot read or detect them.
import type names from '../../assets/names/names.json';
import type context from '../../assets/names/context.json';
import type discussion from '../../assets/wordlists/discussion.json';
import type offensiveEn from '../../assets/wordlists/offensive-en.json';
import type offensiveNl from '../../assets/wordlists/offensive-nl.json';
import type organisationHandles from '../../assets/wordlists/organisation-handles.json';
import type sensitiveContactContext from '../../assets/wordlists/sensitive-contact-context.json';
import type sensitivePersons from '../../assets/wordlists/sensitive-persons.json';
import type sensitiveTerms from '../../assets/wordlists/sensitive-terms.json';
import type unprofessional from '../../assets/wordlists/unprofessional.json';

/** Every list the text rules read, by name. Shipped copies lack the per-entry docs (build/strip-list-docs). */
export interface ListBundle {
  names: typeof names;
  context: typeof context;
  discussion: typeof discussion;
  offensiveEn: typeof offensiveEn;
  offensiveNl: typeof offensiveNl;
  organisationHandles: typeof organisationHandles;
  sensitiveContactContext: typeof sensitiveContactContext;
  sensitivePersons: typeof sensitivePersons;
  sensitiveTerms: typeof sensitiveTerms;
  unprofessional: typeof unprofessional;
}

export const LIST_NAMES = [
  'names',
  'context',
  'discussion',
  'offensiveEn',
  'offensiveNl',
  'organisationHandles',
  'sensitiveContactContext',
  'sensitivePersons',
  'sensitiveTerms',
  'unprofessional',
] as const satisfies readonly (keyof ListBundle)[];

/** The content script's request to the background for the lists (lib/background/lists-host.ts). */
export const LISTS_MESSAGE = 'postwijs:lists';

let registered: ListBundle | undefined;

/** Makes the lists available to the rules. Called once; a later call replaces nothing already compiled. */
export function registerLists(bundle: ListBundle): void {
  const missing = LIST_NAMES.filter((n) => !bundle || typeof bundle[n] !== 'object' || bundle[n] === null);
  if (missing.length > 0) throw new Error(`Postwijs: list bundle is incomplete (missing ${missing.join(', ')})`);
  registered ??= bundle;
}

export function hasLists(): boolean {
  return registered !== undefined;
}

/** The registered lists; throws (never returns empty lists) when nobody registered them. */
export function lists(): ListBundle {
  if (!registered) {
    throw new Error('Postwijs: word and name lists not loaded (register them first: import lib/lists/bundled in Node, or wait for the content script to receive them)');
  }
  return registered;
}

/** A value compiled from the lists on first use and kept; `make` runs at most once (after success). */
export function lazy<T>(make: () => T): () => T {
  let value: T;
  let done = false;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}
