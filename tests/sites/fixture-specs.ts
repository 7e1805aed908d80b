// The replica flows saved as HTML fixtures: where to open each, what to do there, and what was
// typed into which box (in document order of the editors) by which account.
import type { Page } from 'playwright-core';
import { pngFile } from '../e2e/harness/files.ts';

export interface FixtureSpec {
  name: string;
  host: string;
  path: string;
  /** What the fixture shows, for people. */
  shows: string;
  /** The open/typed boxes, in document order of their editors (for expectations). */
  typed: Array<{ context: 'post' | 'reply' | 'comment'; text: string; account: string; attachments: number }>;
  prepare(page: Page): Promise<void>;
}

const type = async (page: Page, lines: string[], newline = 'Enter') => {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press(newline);
    await page.keyboard.type(line);
  }
};

export const SPECS: FixtureSpec[] = [
  {
    name: 'x-home',
    host: 'x.com',
    path: '/home',
    shows: 'home composer with two lines typed and one photo; timeline; account switcher',
    typed: [{ context: 'post', text: 'Hallo ouders,\nmorgen is er sportdag.', account: 'obsdewierde', attachments: 1 }],
    prepare: async (p) => {
      await p.locator('[data-testid="tweetTextarea_0"]').click();
      await type(p, ['Hallo ouders,', 'morgen is er sportdag.']);
      await p.locator('input[data-testid="fileInput"]').setInputFiles([pngFile('sportdag.png')]);
      await p.locator('[data-testid="attachments"] img').waitFor();
    },
  },
  {
    name: 'x-dialog',
    host: 'x.com',
    path: '/compose/post',
    shows: 'compose dialog (/compose/post) with text, over the home timeline whose composer is empty',
    typed: [
      { context: 'post', text: '', account: 'obsdewierde', attachments: 0 },
      { context: 'post', text: 'Vandaag: open dag!', account: 'obsdewierde', attachments: 0 },
    ],
    prepare: async (p) => {
      await p.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').click();
      await type(p, ['Vandaag: open dag!']);
    },
  },
  {
    name: 'x-reply-inline',
    host: 'x.com',
    path: '/ouderraad_wierde/status/1790000000000000001',
    shows: 'post page with the inline reply box ("Antwoord aan @ouderraad_wierde", "Beantwoorden")',
    typed: [{ context: 'reply', text: 'Wij helpen graag mee.', account: 'obsdewierde', attachments: 0 }],
    prepare: async (p) => {
      await p.locator('[data-testid="tweetTextarea_0"]').click();
      await type(p, ['Wij helpen graag mee.']);
    },
  },
  {
    name: 'x-reply-dialog',
    host: 'x.com',
    path: '/home',
    shows: 'reply dialog opened from the reply icon, over the home timeline (empty home composer behind it)',
    typed: [
      { context: 'post', text: '', account: 'obsdewierde', attachments: 0 },
      { context: 'reply', text: 'Tot vrijdag!', account: 'obsdewierde', attachments: 0 },
    ],
    prepare: async (p) => {
      await p.locator('article[data-testid="tweet"]', { hasText: 'sponsorloop' }).locator('[data-testid="reply"]').click();
      await p.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').click();
      await type(p, ['Tot vrijdag!']);
    },
  },
  {
    name: 'x-quote',
    host: 'x.com',
    path: '/compose/post?quote=1790000000000000002',
    shows: 'quote dialog with the quoted post ([data-testid="quoteTweet"]): a post, not a reply',
    typed: [
      { context: 'post', text: '', account: 'obsdewierde', attachments: 0 },
      { context: 'post', text: 'Let op, ouders!', account: 'obsdewierde', attachments: 0 },
    ],
    prepare: async (p) => {
      await p.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').click();
      await type(p, ['Let op, ouders!']);
    },
  },
  {
    name: 'x-thread',
    host: 'x.com',
    path: '/compose/post',
    shows: 'compose dialog with a two-post thread (tweetTextarea_0 and _1), button "Alles plaatsen"',
    typed: [
      { context: 'post', text: '', account: 'obsdewierde', attachments: 0 },
      { context: 'post', text: 'Deel een.', account: 'obsdewierde', attachments: 0 },
      { context: 'post', text: 'Deel twee.', account: 'obsdewierde', attachments: 0 },
    ],
    prepare: async (p) => {
      await p.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').click();
      await type(p, ['Deel een.']);
      await p.locator('[role="dialog"] [data-testid="addButton"]').click();
      await p.locator('[role="dialog"] [data-testid="tweetTextarea_1"]').click();
      await type(p, ['Deel twee.']);
    },
  },
  {
    name: 'x-home-private',
    host: 'x.com',
    path: '/home?as=privé',
    shows: 'home composer of the private account @elinedeboer',
    typed: [{ context: 'post', text: 'Mooi weer vandaag.', account: 'elinedeboer', attachments: 0 }],
    prepare: async (p) => {
      await p.locator('[data-testid="tweetTextarea_0"]').click();
      await type(p, ['Mooi weer vandaag.']);
    },
  },
  {
    name: 'fb-post-dialog',
    host: 'www.facebook.com',
    path: '/',
    shows: 'post dialog "Bericht maken" as the Page, two paragraphs and one photo (the dialog comes after the feed and its comment boxes in the DOM)',
    typed: [
      { context: 'comment', text: '', account: 'OBS De Wierde', attachments: 0 },
      { context: 'comment', text: '', account: 'OBS De Wierde', attachments: 0 },
      { context: 'post', text: 'Eerste alinea.\nTweede alinea.', account: 'OBS De Wierde', attachments: 1 },
    ],
    prepare: async (p) => {
      await p.getByText('Wat ben je aan het doen, OBS De Wierde?').click();
      await p.locator('[role="dialog"] [data-lexical-editor="true"]').click();
      await type(p, ['Eerste alinea.', 'Tweede alinea.']);
      await p.locator('[role="dialog"] input[type="file"]').setInputFiles([pngFile('moestuin.png')]);
      await p.locator('[role="dialog"] [aria-label="Bijlagen"] img').waitFor();
    },
  },
  {
    name: 'fb-feed-comment',
    host: 'www.facebook.com',
    path: '/',
    shows: 'feed as the Page; first comment box "Reageer als OBS De Wierde" holds two lines (Shift+Enter)',
    typed: [
      { context: 'comment', text: 'Om half negen.\nTot dan!', account: 'OBS De Wierde', attachments: 0 },
      { context: 'comment', text: '', account: 'OBS De Wierde', attachments: 0 },
    ],
    prepare: async (p) => {
      await p.locator('[aria-label="Reageer als OBS De Wierde"]').first().click();
      await type(p, ['Om half negen.', 'Tot dan!'], 'Shift+Enter');
    },
  },
  {
    name: 'fb-reply',
    host: 'www.facebook.com',
    path: '/',
    shows: 'reply box "Beantwoorden als OBS De Wierde" open under the comment of Jan Bakker, with text',
    typed: [
      { context: 'reply', text: 'Om 13.00 uur.', account: 'OBS De Wierde', attachments: 0 },
      { context: 'comment', text: '', account: 'OBS De Wierde', attachments: 0 },
      { context: 'comment', text: '', account: 'OBS De Wierde', attachments: 0 },
    ],
    prepare: async (p) => {
      await p.locator('[role="article"][aria-label="Reactie van Jan Bakker"]').getByRole('button', { name: 'Beantwoorden' }).click();
      await p.locator('[aria-label="Beantwoorden als OBS De Wierde"]').click();
      await type(p, ['Om 13.00 uur.']);
    },
  },
  {
    name: 'fb-comment-private',
    host: 'www.facebook.com',
    path: '/?as=privé',
    shows: 'feed as the person Eline de Boer ("Reageer als Eline de Boer")',
    typed: [
      { context: 'comment', text: 'Leuk!', account: 'Eline de Boer', attachments: 0 },
      { context: 'comment', text: '', account: 'Eline de Boer', attachments: 0 },
    ],
    prepare: async (p) => {
      await p.locator('[aria-label="Reageer als Eline de Boer"]').first().click();
      await type(p, ['Leuk!']);
    },
  },
  {
    name: 'fb-business',
    host: 'business.facebook.com',
    path: '/latest/composer',
    shows: 'Business Suite composer "Plaatsen op OBS De Wierde", text with a \\u200B (the read text should not have it), "Publiceren"/"Inplannen"',
    typed: [{ context: 'post', text: 'Open dag op zaterdag.', account: 'OBS De Wierde', attachments: 0 }],
    prepare: async (p) => {
      await p.locator('[data-lexical-editor="true"]').click();
      await type(p, ['Open dag op zaterdag.']);
    },
  },
  {
    name: 'fb-page-create',
    host: 'www.facebook.com',
    path: '/pages/create',
    shows: 'page creation form (rule new-page): no compose box',
    typed: [],
    prepare: async (p) => {
      await p.locator('input[aria-label="Paginanaam (verplicht)"]').fill('Groep 8 De Wierde');
    },
  },
  {
    name: 'ig-comment',
    host: 'www.instagram.com',
    path: '/',
    shows: 'feed with two comment textareas; the first holds a typed comment',
    typed: [
      { context: 'comment', text: 'Wat mooi!', account: 'obsdewierde', attachments: 0 },
      { context: 'comment', text: '', account: 'obsdewierde', attachments: 0 },
    ],
    prepare: async (p) => {
      await p.locator('textarea[aria-label="Voeg een reactie toe..."]').first().fill('Wat mooi!');
    },
  },
  {
    name: 'ig-create-caption',
    host: 'www.instagram.com',
    path: '/',
    shows: 'create flow at the caption step ("Schrijf een bijschrift...", "Delen"), one photo in the file input and preview, feed comment boxes behind the dialog',
    typed: [
      { context: 'comment', text: '', account: 'obsdewierde', attachments: 0 },
      { context: 'comment', text: '', account: 'obsdewierde', attachments: 0 },
      { context: 'post', text: 'Het nieuwe schoolplein.\n#warffum', account: 'obsdewierde', attachments: 1 },
    ],
    prepare: async (p) => {
      await p.locator('svg[aria-label="Nieuw bericht"]').click();
      await p.locator('[role="dialog"] input[type="file"]').setInputFiles([pngFile('schoolplein.png')]);
      for (let i = 0; i < 2; i++) await p.locator('[role="dialog"] div[role="button"]', { hasText: 'Volgende' }).click();
      await p.locator('[aria-label="Schrijf een bijschrift..."]').click();
      await type(p, ['Het nieuwe schoolplein.', '#warffum']);
    },
  },
  {
    name: 'ig-create-crop',
    host: 'www.instagram.com',
    path: '/',
    shows: 'create flow at the crop step ("Bijsnijden", "Volgende"): no caption box yet',
    typed: [
      { context: 'comment', text: '', account: 'obsdewierde', attachments: 0 },
      { context: 'comment', text: '', account: 'obsdewierde', attachments: 0 },
    ],
    prepare: async (p) => {
      await p.locator('svg[aria-label="Nieuw bericht"]').click();
      await p.locator('[role="dialog"] input[type="file"]').setInputFiles([pngFile('schoolplein.png')]);
      await p.locator('[role="dialog"] h1', { hasText: 'Bijsnijden' }).waitFor();
    },
  },
  {
    name: 'ig-professional',
    host: 'www.instagram.com',
    path: '/accounts/convert_to_professional_account/',
    shows: 'professional-account switch (rule new-page): no compose box',
    typed: [],
    prepare: async () => undefined,
  },
  {
    name: 'x-reply-inline-en',
    host: 'x.com',
    path: '/ouderraad_wierde/status/1790000000000000001?lang=en',
    shows: 'post page in English: inline reply "Replying to @ouderraad_wierde", "Reply"',
    typed: [{ context: 'reply', text: 'Happy to help.', account: 'obsdewierde', attachments: 0 }],
    prepare: async (p) => {
      await p.locator('[data-testid="tweetTextarea_0"]').click();
      await type(p, ['Happy to help.']);
    },
  },
  {
    name: 'fb-feed-comment-en',
    host: 'www.facebook.com',
    path: '/?lang=en',
    shows: 'feed in English: "Comment as OBS De Wierde", submit "Comment"',
    typed: [
      { context: 'comment', text: 'See you there!', account: 'OBS De Wierde', attachments: 0 },
      { context: 'comment', text: '', account: 'OBS De Wierde', attachments: 0 },
    ],
    prepare: async (p) => {
      await p.locator('[aria-label="Comment as OBS De Wierde"]').first().click();
      await type(p, ['See you there!']);
    },
  },
  {
    name: 'fb-business-en',
    host: 'business.facebook.com',
    path: '/latest/composer?lang=en',
    shows: 'Business Suite in English: "Post to OBS De Wierde", "Publish"/"Schedule", text with a \\u200B',
    typed: [{ context: 'post', text: 'Open day on Saturday.', account: 'OBS De Wierde', attachments: 0 }],
    prepare: async (p) => {
      await p.locator('[data-lexical-editor="true"]').click();
      await type(p, ['Open day on Saturday.']);
    },
  },
  {
    name: 'ig-create-caption-en',
    host: 'www.instagram.com',
    path: '/?lang=en',
    shows: 'create flow caption step in English: "Write a caption...", "Share"; "Add a comment…" boxes behind',
    typed: [
      { context: 'comment', text: '', account: 'obsdewierde', attachments: 0 },
      { context: 'comment', text: '', account: 'obsdewierde', attachments: 0 },
      { context: 'post', text: 'New playground.', account: 'obsdewierde', attachments: 1 },
    ],
    prepare: async (p) => {
      await p.locator('svg[aria-label="New post"]').click();
      await p.locator('[role="dialog"] input[type="file"]').setInputFiles([pngFile('playground.png')]);
      for (let i = 0; i < 2; i++) await p.locator('[role="dialog"] div[role="button"]', { hasText: 'Next' }).click();
      await p.locator('[aria-label="Write a caption..."]').click();
      await type(p, ['New playground.']);
    },
  },
];
