// Registers the list files bundled with the importing program: Node (CLI, eval, bench, tests) and
// the background, which hands them to the content scripts. In a Vite build the per-entry docs are
// stripped on import (build/strip-list-docs.ts), so what the background sends is the stripped copy.
// The content scripts must NOT import this file (it is the ~110 KB they load lazily).
import names from '../../assets/names/names.json';
import context from '../../assets/names/context.json';
import discussion from '../../assets/wordlists/discussion.json';
import offensiveEn from '../../assets/wordlists/offensive-en.json';
import offensiveNl from '../../assets/wordlists/offensive-nl.json';
import organisationHandles from '../../assets/wordlists/organisation-handles.json';
import sensitiveContactContext from '../../assets/wordlists/sensitive-contact-context.json';
import sensitivePersons from '../../assets/wordlists/sensitive-persons.json';
import sensitiveTerms from '../../assets/wordlists/sensitive-terms.json';
import unprofessional from '../../assets/wordlists/unprofessional.json';
import { registerLists, type ListBundle } from './index';

export const BUNDLED_LISTS: ListBundle = {
  names,
  context,
  discussion,
  offensiveEn,
  offensiveNl,
  organisationHandles,
  sensitiveContactContext,
  sensitivePersons,
  sensitiveTerms,
  unprofessional,
};

registerLists(BUNDLED_LISTS);
