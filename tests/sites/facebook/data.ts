// Identities and seed content of the Facebook replica.
import { requestedAccount } from '../shared/client.ts';

export interface FbIdentity {
  name: string;
  kind: 'person' | 'page';
}

export const PERSON: FbIdentity = { name: 'Eline de Boer', kind: 'person' };
/** The school's Page, as in /work/shared/policy/example-policy.json. */
export const SCHOOL_PAGE: FbIdentity = { name: 'OBS De Wierde', kind: 'page' };
/** A Page of the same person that is not the school's (for Business Suite with ?as=privé). */
export const OTHER_PAGE: FbIdentity = { name: 'Fotografie Eline', kind: 'page' };

/** Acting identity on www/web.facebook.com: the school Page unless ?as= says otherwise. */
export function initialIdentity(): FbIdentity {
  const wanted = requestedAccount();
  if (wanted === 'school') return SCHOOL_PAGE;
  if (wanted === 'private') return PERSON;
  if (wanted === SCHOOL_PAGE.name || wanted.toLowerCase() === 'obsdewierde') return SCHOOL_PAGE;
  return { name: wanted, kind: 'person' };
}

/** The Page Business Suite publishes to. */
export function businessPage(): FbIdentity {
  const wanted = requestedAccount();
  if (wanted === 'school' || wanted === SCHOOL_PAGE.name || wanted.toLowerCase() === 'obsdewierde') return SCHOOL_PAGE;
  if (wanted === 'private') return OTHER_PAGE;
  return { name: wanted, kind: 'page' };
}

/** How the composer addresses you: first name for a person, the full name for a Page. */
export function callName(identity: FbIdentity): string {
  return identity.kind === 'person' ? identity.name.split(' ')[0]! : identity.name;
}

export interface FbComment {
  id: string;
  author: string;
  text: string;
  images: string[];
  replies: FbComment[];
}

export interface FbPost {
  id: string;
  author: string;
  text: string;
  images: string[];
  comments: FbComment[];
}

export const SEED_POSTS: FbPost[] = [
  {
    id: '1001',
    author: 'Ouderraad De Wierde',
    text: 'Vrijdag is de sponsorloop rond de school. Wie komt er aanmoedigen?',
    images: [],
    comments: [
      { id: '2001', author: 'Jan Bakker', text: 'Hoe laat begint het?', images: [], replies: [] },
      { id: '2002', author: 'Sara Visser', text: 'Wij komen zeker!', images: [], replies: [] },
    ],
  },
  {
    id: '1002',
    author: 'OBS De Wierde',
    text: 'De nieuwe moestuin is klaar. Dank aan alle ouders die hebben geholpen!',
    images: [],
    comments: [],
  },
];

let counter = 0;
export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now() % 100000}${counter}`;
}
