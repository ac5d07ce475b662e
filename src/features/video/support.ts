/**
 * Whether this browser can record a canvas as WebM, asked when the entries show. Apart
 * from the schedule so that the entries' chunk needs nothing else.
 */

/** The WebM types to ask MediaRecorder for, best first: VP9 is smaller for the same picture. */
const TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];

export function pickMimeType(isSupported: (type: string) => boolean): string | null {
  return TYPES.find((type) => isSupported(type)) ?? null;
}

/** The WebM type this browser records, or null where it cannot record a canvas. */
export function videoType(): string | null {
  if (typeof MediaRecorder === 'undefined' || typeof HTMLCanvasElement === 'undefined') return null;
  if (!('captureStream' in HTMLCanvasElement.prototype)) return null;
  return pickMimeType((type) => MediaRecorder.isTypeSupported(type));
}
