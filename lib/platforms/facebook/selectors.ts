// Every selector and label Postwijs relies on for Facebook (www/web.facebook.com, and the
// Business Suite composer on business.facebook.com), and nothing else.
// Sources: /work/shared/research/sites.md (late 2026) and public automation scripts that target
// the comment composer (aria-label "Comment as …", submit div[role=button][aria-label=Comment]).
// Stable hooks only: role, aria-label, data-lexical-editor, data-pagelet. Dutch and English.

export const FACEBOOK_HOSTS = ['www.facebook.com', 'web.facebook.com', 'business.facebook.com', 'facebook.com', 'm.facebook.com'] as const;
export const BUSINESS_HOST = 'business.facebook.com';

/** Lexical editors (posts, comments, replies). */
export const EDITOR = '[contenteditable="true"][data-lexical-editor="true"]';
/** Business Suite: also any rich textbox (its composer has not always been Lexical). */
export const EDITOR_BUSINESS = `${EDITOR}, [contenteditable="true"][role="textbox"]`;

/** Editor aria-labels that name the acting identity and the kind of box. */
export const COMMENT_AS = [/^(?:Reageer als|Reageren als|Comment as|Answer as)\s+(.+?)\.*$/i] as const;
export const REPLY_AS = [/^(?:Beantwoorden als|Antwoorden als|Reply as)\s+(.+?)\.*$/i] as const;
/** Comment/reply boxes that do not name the identity. */
export const COMMENT_LABELS = [/^(?:Schrijf een (?:openbare )?reactie|Write a (?:public )?comment|Leave a comment|Laat een reactie achter)/i] as const;
export const REPLY_LABELS = [/^(?:Reply to|Antwoord (?:aan|op)|Reageer op|Beantwoord|Schrijf een antwoord|Write a reply)\b/i] as const;
/** Post composers that name the identity ("What's on your mind, Eline?" — a first name for a
 *  person, the full name for a Page). */
export const POST_AS = [/^(?:What's on your mind|What’s on your mind|Wat wil je delen|Waar denk je aan|Wat ben je aan het doen),\s*(.+?)\s*\?$/i] as const;
/** Post composers that do not name the identity (groups, Pages, Business Suite). */
export const POST_LABELS = [/^(?:Schrijf iets|Write something|Maak een openbaar bericht|Create a public post|Wat wil je delen|What's on your mind|What’s on your mind)/i] as const;
/** Business Suite and Page composers: "Post to <Page>". */
export const POST_TO = [/^(?:Post to|Posten op|Posten naar|Plaatsen op|Publiceren op)\s+(.+?)\s*$/i] as const;
export const POST_TO_MAX_LENGTH = 120;

/** The account button at the top right; when it shows a name, that is the acting identity
 *  (a person or, after "Wisselen naar <Page>", the Page). */
export const PROFILE_SWITCHER = '[role="banner"] [aria-label="Je profiel"], [role="banner"] [aria-label="Your profile"]';
export const PROFILE_NAME_MAX_LENGTH = 100;

/** Submit controls of post composers (dialog, Business Suite), most important first (the
 *  primary control when several are shown). "Volgende"/"Next" moves to a further step in which
 *  the editor may be gone: it is held like a submit. */
export const POST_SUBMIT_LABELS = [
  'Posten', 'Post', 'Plaatsen', 'Publiceren', 'Publish', 'Nu delen', 'Share now', 'Volgende', 'Next', 'Inplannen', 'Schedule',
  // Saving an edited post publishes the new text.
  'Opslaan', 'Save',
] as const;
/** Submit controls of comment and reply boxes (Enter also submits there). */
/** Not "Beantwoorden"/"Reply": that is the link under every comment that opens a reply box. */
export const COMMENT_SUBMIT_LABELS = [
  'Reageren', 'Reactie plaatsen', 'Antwoord plaatsen', 'Comment', 'Post comment', 'Post reply', 'Plaatsen', 'Post', 'Verzenden', 'Send',
] as const;
export const COMMENT_SUBMIT_ID = 'focused-state-composer-submit';
export const CONTROL = 'button, [role="button"], input[type="submit"]';

/** Where a compose flow ends when walking up from the editor. */
export const POST_BOUNDARY = '[role="dialog"], [aria-modal="true"], form, [role="main"]';
export const COMMENT_BOUNDARY = 'form, [role="article"], [role="dialog"]';
/** Comment composers are small: a short walk keeps the post's own action bar out. */
export const COMMENT_MAX_DEPTH = 8;

export const FILE_INPUT = 'input[type="file"]';
export const MEDIA = 'img, video';
/** Images that are not attachments: avatars and emoji. */
export const NOT_ATTACHMENT_ALT = /profielfoto|profile picture|profile photo|emoji/i;
export const MIN_PREVIEW_SIZE = 40;

/** Messenger is out of scope: its pages, its chat heads and its message boxes. */
export const MESSENGER_PATHS = [/^\/messages(?:\/|$)/, /^\/t\//] as const;
export const MESSENGER_CONTAINER = '[data-pagelet^="Chat"], [data-pagelet*="Messenger"], [aria-label^="Chat with"], [aria-label^="Chatten met"], [aria-label="Messenger"], [aria-label^="Gesprek met"]';
export const MESSENGER_LABELS = [/^(?:Message|Bericht|Write a message|Schrijf een bericht|Typ een bericht|Aa)\b/i] as const;

/** Page creation (Schooluren 3). */
export const PAGE_CREATION_PATHS = [/^\/pages\/create/, /^\/pages\/creation/, /^\/latest\/.*create_page/] as const;
