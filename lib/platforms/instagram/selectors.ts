// Every selector and label Postwijs relies on for Instagram (www.instagram.com), and nothing
// else. Source: /work/shared/research/sites.md (late 2026). Stable hooks only: role,
// aria-label, data-lexical-editor, the profile link's href. Dutch and English labels.

export const INSTAGRAM_HOSTS = ['www.instagram.com', 'instagram.com'] as const;

/** Caption of the create flow (Lexical) and comment boxes (textarea; a Lexical box with the
 *  same label is accepted too). */
export const EDITOR = 'textarea[aria-label], [contenteditable="true"][aria-label]';
export const CAPTION_LABELS = [/^(?:Schrijf een bijschrift|Write a caption|Bijschrift|Caption)/i] as const;
export const COMMENT_LABELS = [/^(?:Voeg een reactie toe|Reactie toevoegen|Add a comment|Reageer op|Reply to)/i] as const;

/** Submit controls: "Delen"/"Share" in the create flow's header, "Plaatsen"/"Post" next to a
 *  comment box. */
export const CAPTION_SUBMIT_LABELS = ['Delen', 'Share'] as const;
export const COMMENT_SUBMIT_LABELS = ['Plaatsen', 'Post'] as const;
export const CONTROL = 'button, [role="button"], input[type="submit"]';

export const CAPTION_BOUNDARY = '[role="dialog"], [aria-modal="true"], [role="main"]';
export const COMMENT_BOUNDARY = 'form, [role="dialog"], article';
export const EDITORS_FOR_SCOPE = `textarea[aria-label], [contenteditable="true"]`;

export const FILE_INPUT = 'input[type="file"]';
export const MEDIA = 'img, video';
export const NOT_ATTACHMENT_ALT = /profielfoto|profile picture|profile photo/i;
export const MIN_PREVIEW_SIZE = 40;

/** Active account: the nav link to the own profile, "Profiel"/"Profile". */
export const PROFILE_LINK = 'a[href]';
export const PROFILE_LINK_LABELS = ['Profiel', 'Profile'] as const;
export const PROFILE_HREF = /^\/([A-Za-z0-9._]{1,30})\/?$/;
/** Direct messages are out of scope. */
export const DIRECT_PATHS = [/^\/direct(?:\/|$)/] as const;

/** Switching to a professional (business/creator) account (Schooluren 3). */
export const PAGE_CREATION_PATHS = [/^\/accounts\/convert_to_professional_account/] as const;
