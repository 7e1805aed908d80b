// Typed messages between the content script, the background and (Chrome) the offscreen document.
// Chrome's runtime messaging is JSON-only, so image bytes travel as base64 text.
import type { ImageAnalysis } from '../types';

/** Largest attachment we analyse; bigger files get unchecked-image ("te groot"). */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

/** Content script → background: analyse these bytes. */
export interface AnalyseImageRequest {
  type: 'postwijs:analyse-image';
  /** Stable id within the draft (file name); the result carries it back. */
  id: string;
  /** MIME type as the browser reported it (may be empty). */
  mime: string;
  name: string;
  /** File contents, base64 (no data: prefix). */
  base64: string;
  /** Engine budget for this image (default ENGINE_TIMEOUT_MS); browser tests on a busy machine raise it. */
  timeoutMs?: number;
}

/** Background → offscreen document (Chrome): same request, addressed to the offscreen page. */
export interface OffscreenAnalyseRequest extends Omit<AnalyseImageRequest, 'type'> {
  type: 'postwijs:offscreen-analyse-image';
}

export interface AnalyseImageResponse {
  analysis: ImageAnalysis;
}

export function isAnalyseImageRequest(m: unknown): m is AnalyseImageRequest {
  const r = m as Partial<AnalyseImageRequest> | null;
  return !!r && r.type === 'postwijs:analyse-image' && typeof r.id === 'string' && typeof r.base64 === 'string';
}

export function isOffscreenAnalyseRequest(m: unknown): m is OffscreenAnalyseRequest {
  const r = m as Partial<OffscreenAnalyseRequest> | null;
  return !!r && r.type === 'postwijs:offscreen-analyse-image' && typeof r.id === 'string' && typeof r.base64 === 'string';
}

/** Content script → background: a compose box opened, load the models now (not at the first photo). */
export interface WarmUpRequest {
  type: 'postwijs:warm-image-engine';
}
/** Background → offscreen document (Chrome): the same, relayed. */
export interface OffscreenWarmUpRequest {
  type: 'postwijs:offscreen-warm-image-engine';
}

export function isWarmUpRequest(m: unknown): m is WarmUpRequest {
  return (m as Partial<WarmUpRequest> | null)?.type === 'postwijs:warm-image-engine';
}

export function isOffscreenWarmUpRequest(m: unknown): m is OffscreenWarmUpRequest {
  return (m as Partial<OffscreenWarmUpRequest> | null)?.type === 'postwijs:offscreen-warm-image-engine';
}
