// Shared vocabulary of the engine: drafts in, findings out. Pure data, no browser or Node APIs.

export const SEVERITIES = ['off', 'info', 'warn', 'block'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CONTEXTS = ['post', 'reply', 'comment'] as const;
export type DraftContext = (typeof CONTEXTS)[number];

export const PLATFORMS = ['x', 'facebook', 'instagram'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const RULE_IDS = [
  'child-portrait',
  'named-photo',
  'child-name',
  'personal-data',
  'sensitive-data',
  'offensive-language',
  'discussion',
  'unprofessional',
  'tagging',
  'lesson-time',
  'new-page',
  'photo-consent',
  'unchecked-image',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Lang = 'nl' | 'en';
export type Localized = Record<Lang, string>;

/** A face found by the image engine, in pixels of the analysed (oriented) image. */
export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Detector confidence 0..1. */
  score: number;
  /** Estimated age in years, when an age model ran. */
  age?: number;
  /** Probability 0..1 that this face is a child (<16), combining the available signals. */
  childProbability?: number;
}

/** What the image engine learned about one attached image (lib/image produces it). */
export interface ImageAnalysis {
  /** Stable id within the draft: file name or content hash. */
  id: string;
  /** 'ok' = analysed; anything else = could not be analysed, with a reason. */
  status: 'ok' | 'unsupported' | 'too-large' | 'corrupt' | 'failed' | 'timeout' | 'pending';
  /** Human-readable reason when status is not 'ok' (Dutch and English). */
  reason?: Localized;
  width?: number;
  height?: number;
  faces?: FaceBox[];
  /** Text recognised in the image (OCR), if any. */
  text?: string;
}

/** Everything the engine needs to judge one draft. */
export interface Draft {
  text: string;
  context: DraftContext;
  /** True when the post carries photos, even if they were not (yet) analysed. */
  hasImages: boolean;
  images?: ImageAnalysis[];
  platform?: Platform;
  /** Handle or name of the acting account, as the adapter read it. */
  account?: string;
  /** Moment of posting, for lesson-time. Defaults to the current time. */
  now?: Date;
  /** The user marked this post as serving an educational goal (Schooluren 1). */
  educational?: boolean;
  /** The page is a page/account-creation flow (new-page rule). */
  pageCreation?: boolean;
}

export type FindingSource = 'text' | 'image';

/** One problem, as the engine reports it to the UI, the guard and the CLI. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  source: FindingSource;
  /** Span in the draft text (source text) or in the image's OCR text (source image), UTF-16 offsets. */
  start?: number;
  end?: number;
  /** Image id for image findings. */
  image?: string;
  /** One plain sentence saying what is wrong here. */
  message: string;
  /** The article of the code this enforces, e.g. "Afspraken 3". */
  article: string;
  /** What to do about it ("Verwijder de naam"). */
  advice?: string;
  /** The matched text, for the UI and the supervisor e-mail. */
  excerpt?: string;
}
