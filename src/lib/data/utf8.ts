/**
 * The one way a data file's bytes become text, in the browser and in check:data or
 * the build alike: a leading UTF-8 byte order mark is dropped (editors write one),
 * and bytes that are not UTF-8 are a problem naming the offset of the first bad
 * sequence, never text with « � » in it.
 */
import { atOnce, inSteps } from '../platform/in-steps.ts';
import type { DataProblem } from './problem.ts';

export type Decoded = { ok: true; text: string } | { ok: false; problem: DataProblem };

/**
 * Where the first byte sequence that is not well-formed UTF-8 (Unicode, table 3-7)
 * begins: -1 when there is none. Only asked once the decoder has refused the bytes.
 */
export function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes that follow the lead; the second one's range excludes
    // overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
    let follow: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) follow = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      follow = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      follow = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= follow; k++) {
      const byte = bytes[i + k];
      if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf))
        return i;
    }
    i += follow + 1;
  }
  return -1;
}

/** The decoding, `slice` bytes at a time, yielding between slices. */
function* decodeSteps(bytes: Uint8Array, slice: number): Generator<void, Decoded> {
  // fatal: bad bytes throw instead of turning into U+FFFD. The BOM is dropped (ignoreBOM is false).
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  try {
    for (let start = 0; start < bytes.length; start += slice) {
      if (start > 0) yield;
      // stream: a character cut by the slice's end is finished by the next slice.
      parts.push(decoder.decode(bytes.subarray(start, start + slice), { stream: true }));
    }
    parts.push(decoder.decode());
  } catch {
    const at = invalidUtf8At(bytes);
    return {
      ok: false,
      problem: { campaign: '', field: '(encoding)', message: `not valid UTF-8 at byte ${at}` },
    };
  }
  return { ok: true, text: parts.join('') };
}

const view = (bytes: ArrayBuffer | Uint8Array) =>
  ArrayBuffer.isView(bytes) ? bytes : new Uint8Array(bytes);

/** A file's bytes as text, or the problem that says where they stop being UTF-8. */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): Decoded {
  return atOnce(decodeSteps(view(bytes), Infinity));
}

/**
 * `decodeUtf8`, `slice` bytes at a time, awaiting `pause` between slices: a large
 * file of stories arrives while a reader is clicking.
 */
export function decodeUtf8InSteps(
  bytes: ArrayBuffer | Uint8Array,
  pause: () => Promise<void>,
  slice = 1 << 20,
): Promise<Decoded> {
  return inSteps(decodeSteps(view(bytes), slice), pause);
}
