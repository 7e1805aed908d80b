// Accounts and seed posts of the X replica.
import { requestedAccount } from '../shared/client.ts';

export interface XAccount {
  handle: string;
  name: string;
}

export interface Tweet {
  id: string;
  author: XAccount;
  text: string;
  images: string[];
  replyTo?: string;
  quote?: string;
}

/** The school account of /work/shared/policy/example-policy.json and a private one. */
export const SCHOOL: XAccount = { handle: 'obsdewierde', name: 'OBS De Wierde' };
export const PRIVATE: XAccount = { handle: 'elinedeboer', name: 'Eline de Boer' };

export function initialAccount(): XAccount {
  const wanted = requestedAccount();
  if (wanted === 'school') return SCHOOL;
  if (wanted === 'private') return PRIVATE;
  const handle = wanted.replace(/^@/, '');
  return handle === SCHOOL.handle ? SCHOOL : handle === PRIVATE.handle ? PRIVATE : { handle, name: handle };
}

export const SEED_TWEETS: Tweet[] = [
  {
    id: '1790000000000000001',
    author: { handle: 'ouderraad_wierde', name: 'Ouderraad De Wierde' },
    text: 'Vrijdag is de sponsorloop! Wie helpt er mee met de limonade?',
    images: [],
  },
  {
    id: '1790000000000000002',
    author: { handle: 'gemeentehogeland', name: 'Gemeente Het Hogeland' },
    text: 'Woensdag is de Schoolstraat in Warffum afgesloten voor werkzaamheden. Fietsers kunnen via de Hoofdstraat.',
    images: [],
  },
  {
    id: '1790000000000000003',
    author: SCHOOL,
    text: 'Vandaag hebben alle groepen meegedaan aan de boomplantdag. Dank aan alle vrijwilligers!',
    images: [],
  },
];

let counter = 0;
export function newTweetId(): string {
  counter += 1;
  return String(1800000000000000000n + BigInt(Date.now() % 1_000_000) * 1000n + BigInt(counter));
}
