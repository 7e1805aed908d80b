// Every selector and label Postwijs relies on for X (x.com, twitter.com), and nothing else.
// Source: /work/shared/research/sites.md (late 2026). Stable hooks only: data-testid, role,
// aria attributes. Labels in Dutch and English, compared case-insensitively, "…" = "...".

export const X_HOSTS = ['x.com', 'twitter.com', 'www.x.com', 'www.twitter.com', 'mobile.x.com', 'mobile.twitter.com'] as const;

/** The Draft.js contenteditable (`tweetTextarea_0`, `_1`… in threads). The prefix also matches
 *  the wrapper `tweetTextarea_0RichTextInputContainer` and `…_label`, hence the attribute filter. */
export const EDITOR = '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"][role="textbox"]';

/** Post buttons: home composer (inline, also inline replies on a post page) and dialog/replies. */
export const SUBMIT_TESTIDS = ['tweetButtonInline', 'tweetButton'] as const;
export const SUBMIT = SUBMIT_TESTIDS.map((id) => `[data-testid="${id}"]`).join(', ');

/** Labels the submit buttons carry (for telling a reply from a post, not for finding them). */
export const SUBMIT_LABELS = {
  post: ['Posten', 'Plaatsen', 'Alles plaatsen', 'Post', 'Post all', 'Tweet', 'Tweet all'],
  reply: ['Beantwoorden', 'Antwoorden', 'Reply'],
} as const;

/** "Replying to @…" above the editor of a reply. */
export const REPLY_CONTEXT = [/^(?:Antwoord aan|Als antwoord op|Reageren op|Replying to)\s+@/i] as const;
/** A quoted or embedded post (its "Replying to" is not about the draft). */
export const QUOTED_POST = '[data-testid="tweetText"], [role="link"], article';
/** Placeholders of a reply editor ("Post your reply"). */
export const REPLY_PLACEHOLDERS = [/^(?:Post your reply|Tweet your reply|Plaats je antwoord|Post je antwoord|Je antwoord posten)/i] as const;
/** Draft.js placeholder element (the editor's aria-describedby points to it). */
export const PLACEHOLDER = '.public-DraftEditorPlaceholder-inner, [id^="placeholder-"]';

/** Where the compose flow ends when walking up from the editor. */
export const BOUNDARY = '[role="dialog"], [aria-modal="true"], form';

export const FILE_INPUT = 'input[type="file"][data-testid="fileInput"]';
export const FILE_INPUT_FALLBACK = 'input[type="file"]';
export const ATTACHMENTS = '[data-testid="attachments"]';
export const ATTACHMENT_MEDIA = 'img, video';

/** Active account: the side-nav account switcher, holding `UserAvatar-Container-<handle>` and
 *  the text "@handle". */
export const ACCOUNT_SWITCHER = '[data-testid="SideNav_AccountSwitcher_Button"]';
export const AVATAR_PREFIX = 'UserAvatar-Container-';
export const AVATAR = `[data-testid^="${AVATAR_PREFIX}"]`;
export const HANDLE_TEXT = /@([A-Za-z0-9_]{1,15})\b/;

/** Account creation (Schooluren 3: a new school-bound account is discussed first). */
export const PAGE_CREATION_PATHS = [/^\/i\/flow\/signup\b/] as const;
