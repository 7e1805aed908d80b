// The compose flows of the three replica sites as data: site × compose kind × submit path.
// Driver-neutral on purpose (CSS selectors and key names only), so the Playwright tests here and a
// Firefox driver can run the same table.

export type SiteId = 'x' | 'facebook' | 'instagram';
export type SubmitPath = 'click' | 'keyboard';

/** An element: the first match of `css` whose text content contains `text` (when given). */
export interface Target {
  css: string;
  text?: string;
}

/** One step to reach the compose box from the page: click something, or attach test files
 *  (PNG files by name) to a file input. */
export type Step = { click: Target } | { upload: Target; files: string[] };

/** How a submit is made. */
export type Submit =
  /** Click the submit control. */
  | { click: Target }
  /** Press `key` in the editor, or on the control `focus` (keyboard activation of a focused
   *  role=button with Enter). */
  | { key: string; focus?: Target };

export interface ComposeCase {
  id: string;
  site: SiteId;
  host: string;
  /** Path of the page with the account (school) as the replica's ?as= parameter adds. */
  path: string;
  kind: 'post' | 'reply' | 'comment';
  /** What the replica records (PostedItem.kind/flow). */
  expect: { kind: string; flow: string };
  open: Step[];
  /** The compose box's editor (contenteditable or textarea). */
  editor: string;
  submit: Record<SubmitPath, Submit>;
  /** Drafts for this flow when the defaults do not fit (a name next to a photo is a block). */
  texts?: Partial<Record<'clean' | 'warn' | 'block', string>>;
}

/** The flow attaches a photo before the text (its verdicts need the image engine). */
export function hasPhoto(c: ComposeCase): boolean {
  return c.open.some((step) => 'upload' in step);
}

export function textsFor(c: ComposeCase): { clean: string; warn: string; block: string } {
  return { clean: TEXTS.clean, warn: TEXTS.warn, block: TEXTS.block, ...c.texts };
}

const X_EDITOR = '[data-testid="tweetTextarea_0"][contenteditable="true"]';
const LEXICAL = '[contenteditable="true"][data-lexical-editor="true"][role="textbox"]';
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

export const CASES: ComposeCase[] = [
  // ---- X -------------------------------------------------------------------------------------
  {
    id: 'x home post',
    site: 'x',
    host: 'x.com',
    path: '/home',
    kind: 'post',
    expect: { kind: 'post', flow: 'home' },
    open: [],
    editor: X_EDITOR,
    submit: { click: { click: { css: 'button[data-testid="tweetButtonInline"]' } }, keyboard: { key: `${MOD}+Enter` } },
  },
  {
    id: 'x dialog post',
    site: 'x',
    host: 'x.com',
    path: '/home',
    kind: 'post',
    expect: { kind: 'post', flow: 'dialog' },
    open: [{ click: { css: '[data-testid="SideNav_NewTweet_Button"]' } }],
    editor: `[role="dialog"] ${X_EDITOR}`,
    submit: { click: { click: { css: '[role="dialog"] button[data-testid="tweetButton"]' } }, keyboard: { key: `${MOD}+Enter` } },
  },
  {
    id: 'x inline reply',
    site: 'x',
    host: 'x.com',
    path: '/ouderraad_wierde/status/1790000000000000001',
    kind: 'reply',
    expect: { kind: 'reply', flow: 'inline-reply' },
    open: [],
    editor: X_EDITOR,
    submit: { click: { click: { css: 'button[data-testid="tweetButtonInline"]' } }, keyboard: { key: `${MOD}+Enter` } },
  },
  {
    id: 'x reply dialog',
    site: 'x',
    host: 'x.com',
    path: '/home',
    kind: 'reply',
    expect: { kind: 'reply', flow: 'reply-dialog' },
    open: [{ click: { css: 'article[data-testid="tweet"] [data-testid="reply"]' } }],
    editor: `[role="dialog"] ${X_EDITOR}`,
    submit: { click: { click: { css: '[role="dialog"] button[data-testid="tweetButton"]' } }, keyboard: { key: `${MOD}+Enter` } },
  },
  {
    id: 'x quote post',
    site: 'x',
    host: 'x.com',
    path: '/home',
    kind: 'post',
    expect: { kind: 'quote', flow: 'quote' },
    open: [
      { click: { css: 'article[data-testid="tweet"] [data-testid="retweet"]' } },
      { click: { css: '[role="menuitem"]', text: 'Citeren' } },
    ],
    editor: `[role="dialog"] ${X_EDITOR}`,
    submit: { click: { click: { css: '[role="dialog"] button[data-testid="tweetButton"]' } }, keyboard: { key: `${MOD}+Enter` } },
  },
  // ---- Facebook ------------------------------------------------------------------------------
  {
    id: 'facebook post dialog',
    site: 'facebook',
    host: 'www.facebook.com',
    path: '/',
    kind: 'post',
    expect: { kind: 'post', flow: 'post-dialog' },
    open: [{ click: { css: '[role="region"][aria-label="Bericht maken"] [role="button"]' } }],
    editor: `[role="dialog"] ${LEXICAL}`,
    submit: {
      click: { click: { css: '[role="dialog"] div[role="button"][aria-label="Posten"]' } },
      keyboard: { key: 'Enter', focus: { css: '[role="dialog"] div[role="button"][aria-label="Posten"]' } },
    },
  },
  {
    id: 'facebook comment',
    site: 'facebook',
    host: 'www.facebook.com',
    path: '/',
    kind: 'comment',
    expect: { kind: 'comment', flow: 'comment' },
    open: [],
    editor: `${LEXICAL}[aria-label^="Reageer als"]`,
    submit: {
      click: { click: { css: 'div[role="button"][aria-label="Reactie plaatsen"]' } },
      keyboard: { key: 'Enter' },
    },
  },
  {
    id: 'facebook reply',
    site: 'facebook',
    host: 'www.facebook.com',
    path: '/',
    kind: 'reply',
    expect: { kind: 'reply', flow: 'reply' },
    open: [{ click: { css: '[role="article"][aria-label="Reactie van Jan Bakker"] [role="button"]', text: 'Beantwoorden' } }],
    editor: `${LEXICAL}[aria-label^="Beantwoorden als"]`,
    submit: {
      click: { click: { css: 'div[role="button"][aria-label="Antwoord plaatsen"]' } },
      keyboard: { key: 'Enter' },
    },
  },
  {
    id: 'facebook business suite post',
    site: 'facebook',
    host: 'business.facebook.com',
    path: '/latest/composer',
    kind: 'post',
    expect: { kind: 'post', flow: 'business' },
    open: [],
    editor: LEXICAL,
    submit: {
      click: { click: { css: 'div[role="button"][aria-label="Publiceren"]' } },
      keyboard: { key: 'Enter', focus: { css: 'div[role="button"][aria-label="Publiceren"]' } },
    },
  },
  // ---- Instagram -----------------------------------------------------------------------------
  {
    id: 'instagram caption',
    site: 'instagram',
    host: 'www.instagram.com',
    path: '/',
    kind: 'post',
    expect: { kind: 'post', flow: 'create' },
    open: [
      { click: { css: 'svg[aria-label="Nieuw bericht"]' } },
      { upload: { css: '[role="dialog"] input[type="file"]' }, files: ['schoolplein.png'] },
      { click: { css: '[role="dialog"] div[role="button"]', text: 'Volgende' } },
      { click: { css: '[role="dialog"] div[role="button"]', text: 'Volgende' } },
    ],
    editor: `[role="dialog"] ${LEXICAL}`,
    // With a photo, a child's name is named-photo (block): warn with a discussion instead.
    texts: { warn: 'Wij zijn het daar niet mee eens.' },
    submit: {
      click: { click: { css: '[role="dialog"] div[role="button"].ig-head-right', text: 'Delen' } },
      keyboard: { key: 'Enter', focus: { css: '[role="dialog"] div[role="button"].ig-head-right', text: 'Delen' } },
    },
  },
  {
    id: 'instagram comment',
    site: 'instagram',
    host: 'www.instagram.com',
    path: '/',
    kind: 'comment',
    expect: { kind: 'comment', flow: 'comment' },
    open: [],
    editor: 'textarea[aria-label="Voeg een reactie toe..."]',
    submit: {
      click: { click: { css: 'form div[role="button"].ig-post-button' } },
      keyboard: { key: 'Enter' },
    },
  },
];

/** Drafts with a known verdict under the test policy. */
export const TEXTS = {
  clean: 'Vandaag hebben alle groepen meegedaan aan de boomplantdag.',
  /** child-name (warn). */
  warn: 'Gefeliciteerd Daan met je verjaardag!',
  warnRule: 'child-name',
  /** personal-data (block). */
  block: 'Bel mij gerust op 06-12345678 als je vragen hebt.',
  blockRule: 'personal-data',
} as const;

/** The school of the replicas (the test policy's accounts match the replicas' default account). */
export const TEST_POLICY = {
  schoolName: 'OBS De Wierde',
  supervisor: { name: 'Marieke Jansen', email: 'directie@obsdewierde.nl' },
  accounts: [
    { platform: 'x', handle: 'obsdewierde' },
    { platform: 'facebook', name: 'OBS De Wierde' },
    { platform: 'instagram', handle: 'obsdewierde' },
  ],
  applyTo: 'school-accounts',
  // No lesson hours: the info note of lesson-time would otherwise depend on when the tests run.
  lessonHours: { days: [], from: '08:30', to: '14:30' },
};

/** The replicas' private account (?as=privé): not a school account. */
export const PRIVATE_QUERY = '?as=privé';

export function casesFor(site: SiteId): ComposeCase[] {
  return CASES.filter((c) => c.site === site);
}

/** Per site: the page-creation flow (Schooluren 3 reminder) and the file input of the first
 *  photo-less flow, for the photo-marker test. */
export const SITE_EXTRAS: Record<SiteId, { pageCreationPath?: string; fileInput?: string }> = {
  x: { fileInput: 'input[data-testid="fileInput"]' },
  facebook: { pageCreationPath: '/pages/create', fileInput: 'form.comment-box input[type="file"]' },
  instagram: { pageCreationPath: '/accounts/convert_to_professional_account/' },
};
