// Photos attached to a compose box: collected from the file input's `change`, drops and pastes
// (capture phase, never preventing the site's own handling), analysed when attached (off the
// main thread, through lib/image/client via the injected `analyse`), never stored.
import type { ImageAnalysis } from '../types';
import type { AttachedImage, BoxSession } from './session';

export type AnalyseImage = (file: File) => Promise<ImageAnalysis>;

let counter = 0;

export function isImageFile(file: File): boolean {
  return file.type.startsWith('image/') || file.type.startsWith('video/') || /\.(jpe?g|png|gif|webp|heic|heif|avif|bmp|mp4|mov)$/i.test(file.name);
}

/** Files of a change/drop/paste event, or [] when it carries none. */
export function filesOf(event: Event): File[] {
  const target = event.target as HTMLInputElement | null;
  if (event.type === 'change' && target && target.tagName === 'INPUT' && target.type === 'file') return Array.from(target.files ?? []);
  const transfer = (event as DragEvent).dataTransfer ?? (event as ClipboardEvent).clipboardData;
  return transfer ? Array.from(transfer.files ?? []) : [];
}

/** Adds the files to the session as 'pending' and starts their analyses; `changed` is called
 *  when each result arrives. */
export function attachFiles(session: BoxSession, files: readonly File[], analyse: AnalyseImage | undefined, changed: () => void): AttachedImage[] {
  const added: AttachedImage[] = [];
  for (const file of files) {
    if (!isImageFile(file) || session.images.some((i) => i.file === file)) continue;
    const id = `${++counter}:${file.name || 'foto'}`;
    const image: AttachedImage = { id, file, analysis: { id, status: 'pending' } };
    session.images.push(image);
    added.push(image);
    const run = analyse
      ? analyse(file).catch((e: unknown): ImageAnalysis => ({ id, status: 'failed', reason: { nl: `fotocontrole mislukt: ${String(e)}`, en: `photo check failed: ${String(e)}` } }))
      : Promise.resolve<ImageAnalysis>({ id, status: 'failed', reason: { nl: 'fotocontrole niet beschikbaar', en: 'photo check not available' } });
    void run.then((analysis) => {
      if (image.analysis.status !== 'pending') return; // timed out meanwhile
      image.analysis = { ...analysis, id };
      changed();
    });
  }
  return added;
}

/** Pending analyses past their time count as not checked (rule unchecked-image). */
export function expirePending(session: BoxSession): void {
  for (const img of session.pendingImages()) {
    img.analysis = {
      id: img.id,
      status: 'timeout',
      reason: { nl: 'de controle van de foto duurde langer dan 10 seconden', en: 'checking the photo took longer than 10 seconds' },
    };
  }
}

/** When thumbnails were removed from the box, forget the photos beyond the remaining count
 *  (the sites do not say which one went; the last ones are the best guess). */
export function syncWithPreviews(session: BoxSession, previewCount: number, lastCount: number): void {
  if (previewCount < lastCount && previewCount < session.images.length) session.images.length = previewCount;
}
