// Text inside images with tesseract.js, Dutch + English. tesseract.js falls back to its CDN when a
// path is missing, so the caller always sets langPath (one folder holding nld and eng
// traineddata.gz), and in the browser workerPath and corePath too. (Handing the data over as
// { code, data } objects would be neater, but tesseract.js 7 passes `data` where it means `code`.)
import type { PSM, Worker } from 'tesseract.js';

export const OCR_LANGS = ['nld', 'eng'] as const;

export interface OcrSetup {
  createWorker: typeof import('tesseract.js').createWorker;
  /** langPath (required), workerPath, corePath, workerBlobURL… as the runtime needs them. */
  options: () => Promise<{ langPath: string } & Record<string, unknown>>;
  /** Stop the worker after this long without work (Node: lets the CLI exit). */
  idleMs?: number;
}

/**
 * Full page layout analysis (tesseract's PSM 3, "auto") instead of the library default, PSM 6
 * ("one uniform block of text"). On a photo, PSM 6 pushes every region through the line
 * recogniser; PSM 3 sets picture regions aside first. Measured on a 4000×3000 class photo
 * (2000 px grey copy): ~1.4 s → ~0.25 s, with the same words read from the rendered text images,
 * alone and pasted small into a 4000×3000 photo (51 of 53 either way).
 */
const PAGE_SEGMENTATION = '3' as PSM;

/** Words the OCR is less sure of than this (0..100) are dropped: noise from photos, not text. */
const MIN_WORD_CONFIDENCE = 70;

export class Ocr {
  private worker?: Promise<Worker>;
  private idleTimer?: ReturnType<typeof setTimeout>;
  private busy = 0;

  constructor(private readonly setup: OcrSetup) {}

  private start(): Promise<Worker> {
    this.worker ??= (async () => {
      // OEM 1 = LSTM only: the *_best_int data has no legacy model. cacheMethod 'none': nothing is
      // written to IndexedDB or disk.
      const worker = await this.setup.createWorker([...OCR_LANGS], 1, { cacheMethod: 'none', gzip: true, ...(await this.setup.options()) });
      await worker.setParameters({ tessedit_pageseg_mode: PAGE_SEGMENTATION });
      return worker;
    })();
    this.worker.catch(() => (this.worker = undefined));
    return this.worker;
  }

  /** Loads the worker and languages now, so the first photo does not pay for it. */
  async warmUp(): Promise<void> {
    await this.start();
  }

  async recognize(image: unknown): Promise<string> {
    clearTimeout(this.idleTimer);
    this.busy++;
    try {
      const worker = await this.start();
      const { data } = await worker.recognize(image as never, {}, { text: true, blocks: true });
      return keepConfidentText(data as unknown as OcrPage);
    } finally {
      this.busy--;
      if (this.setup.idleMs !== undefined && this.busy === 0) this.idleTimer = setTimeout(() => void this.terminate(), this.setup.idleMs);
    }
  }

  async terminate(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await (await w).terminate();
  }
}

interface OcrWord { text: string; confidence: number }
interface OcrLine { words: OcrWord[] }
interface OcrPage { text: string; blocks?: Array<{ paragraphs: Array<{ lines: OcrLine[] }> }> | null }

/** Rebuilds the text line by line from words the engine is reasonably sure of. */
export function keepConfidentText(page: OcrPage): string {
  if (!page.blocks) return page.text ?? '';
  const lines: string[] = [];
  for (const block of page.blocks)
    for (const para of block.paragraphs)
      for (const line of para.lines) {
        const words = line.words.filter((w) => w.confidence >= MIN_WORD_CONFIDENCE && /[\p{L}\p{N}]{2}/u.test(w.text)).map((w) => w.text);
        // A lone short word on a line is what photos (trees, tiles, clothes) make the OCR "see".
        if (words.length >= 2 || (words.length === 1 && words[0]!.length >= 4)) lines.push(words.join(' '));
      }
  return lines.join('\n');
}
