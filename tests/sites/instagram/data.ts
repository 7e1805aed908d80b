// Accounts and seed posts of the Instagram replica.
import { requestedAccount } from '../shared/client.ts';

export const SCHOOL_HANDLE = 'obsdewierde';
export const PRIVATE_HANDLE = 'elinedeboer';

export function initialHandle(): string {
  const wanted = requestedAccount();
  if (wanted === 'school') return SCHOOL_HANDLE;
  if (wanted === 'private') return PRIVATE_HANDLE;
  return wanted.replace(/^@/, '');
}

export interface IgComment {
  id: string;
  author: string;
  text: string;
}

export interface IgPost {
  id: string;
  author: string;
  caption: string;
  /** Object URLs of uploaded images; seed posts use a coloured block instead. */
  images: string[];
  colour?: string;
  comments: IgComment[];
}

export const SEED_POSTS: IgPost[] = [
  {
    id: 'C1wierde01',
    author: 'ouderraad_wierde',
    caption: 'De kraam voor de sponsorloop staat klaar!',
    images: [],
    colour: 'linear-gradient(135deg,#f9ce34,#ee2a7b,#6228d7)',
    comments: [{ id: 'c1', author: 'sara.visser', text: 'Wat gezellig!' }],
  },
  {
    id: 'C1wierde02',
    author: 'bibliotheek_warffum',
    caption: 'Nieuwe prentenboeken voor de groepen 1 en 2 zijn binnen.',
    images: [],
    colour: 'linear-gradient(135deg,#7fd3ff,#2a7bee)',
    comments: [],
  },
];

let counter = 0;
export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now() % 100000}${counter}`;
}
