// Browser-side helpers shared by the three replica apps: the acting account from ?as=, recording
// a post with the replica server, and a tiny history router.
import { useEffect, useState } from 'react';
import type { PostedAttachment, PostedItem } from './posted.ts';

/** 'school' unless the page was loaded with ?as=: 'privé'/'prive'/'private' → the private account,
 *  anything else → used as given (a handle or a name). Each page load starts from the URL, so a
 *  test that opens a page without ?as= is always the school account. */
export function requestedAccount(): string {
  const value = (new URLSearchParams(location.search).get('as') ?? 'school').trim();
  if (/^(priv[eé]|private|personal)$/i.test(value)) return 'private';
  if (/^(school|)$/i.test(value)) return 'school';
  return value;
}

export function attachmentInfo(files: readonly File[]): PostedAttachment[] {
  return files.map((f) => ({ name: f.name, size: f.size, type: f.type }));
}

/** Sends the post to the replica server (fire and forget; tests poll /__posted). */
export function recordPost(item: Omit<PostedItem, 'site' | 'host' | 'at'>): void {
  void fetch('/__post', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(item) });
}

const listeners = new Set<() => void>();

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

/** The current path (+ search), re-rendering on navigate() and back/forward. */
export function usePath(): string {
  const [path, setPath] = useState(location.pathname + location.search);
  useEffect(() => {
    const update = () => setPath(location.pathname + location.search);
    listeners.add(update);
    addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, []);
  return path;
}

/** Props for an <a> that navigates inside the app without a page load. */
export function linkProps(href: string): { href: string; onClick: (e: { preventDefault(): void; ctrlKey: boolean; metaKey: boolean }) => void } {
  return {
    href,
    onClick: (e) => {
      if (e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      navigate(href);
    },
  };
}

/** Object URLs for image previews, revoked when the files change. */
export function useObjectUrls(files: readonly File[]): string[] {
  const [urls, setUrls] = useState<string[]>([]);
  useEffect(() => {
    const made = files.map((f) => URL.createObjectURL(f));
    setUrls(made);
    return () => made.forEach((u) => URL.revokeObjectURL(u));
  }, [files]);
  return urls;
}

/** Image/video files of a DataTransfer (drop or paste). */
export function mediaFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((f) => /^(image|video)\//.test(f.type));
}

/** Attachments of one compose box: the files, and the file input they came from (kept mounted). */
export function useAttachments(max = 10) {
  const [files, setFiles] = useState<File[]>([]);
  return {
    files,
    add: (added: File[]) => {
      if (added.length > 0) setFiles((current) => [...current, ...added].slice(0, max));
    },
    remove: (index: number) => setFiles((current) => current.filter((_, i) => i !== index)),
    clear: () => setFiles([]),
  };
}
