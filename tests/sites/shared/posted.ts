// What a replica records when something is "posted". Shared by the replica apps (which send it)
// and the server/tests (which read it).
export type PostedKind = 'post' | 'reply' | 'comment' | 'quote';

export interface PostedAttachment {
  name: string;
  size: number;
  type: string;
}

export interface PostedItem {
  site: 'x' | 'facebook' | 'instagram';
  /** The host the page was opened under (www.facebook.com, business.facebook.com, …). */
  host: string;
  kind: PostedKind;
  /** The text as the site would send it (Facebook Business Suite: \u200B removed). */
  text: string;
  /** Acting identity: handle without '@' on X/Instagram, profile or Page name on Facebook. */
  account: string;
  attachments: PostedAttachment[];
  /** Which compose flow it came from, e.g. 'home', 'dialog', 'inline-reply', 'reply-dialog'. */
  flow: string;
  /** How it was submitted: a click on the button, or the keyboard (Ctrl/Cmd+Enter, Enter). */
  via: 'click' | 'keyboard';
  /** Id of the post/comment replied to or quoted, when there is one. */
  target?: string;
  /** X threads ("Alles plaatsen"): this post's index and the number of posts; one item each. */
  part?: number;
  parts?: number;
  at: string;
}
