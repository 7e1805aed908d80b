// Limits that keep the engine bounded in memory and time, whatever is attached.
export { MAX_IMAGE_BYTES } from './messages';

/** Header dimensions above this are refused before decoding (a 4-byte-per-pixel 100 MP image is 400 MB). */
export const MAX_PIXELS = 100_000_000;
/** Longest side of the copy we analyse: faces of a class photo stay ≥ ~40 px, work stays bounded. */
export const ANALYSIS_MAX_SIDE = 1280;
/** Longest side of the copy OCR reads: text needs more pixels than faces do. */
export const OCR_MAX_SIDE = 2000;
/** The engine gives up on one image after this long (the client also times out at 10 s). */
export const ENGINE_TIMEOUT_MS = 9_000;
