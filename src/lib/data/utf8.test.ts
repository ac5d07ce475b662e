// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../scripts/bench/generate.ts';
import { decodeUtf8, decodeUtf8InSteps, invalidUtf8At } from './utf8';

const encode = (text: string) => new TextEncoder().encode(text);
const join = (...parts: (Uint8Array | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => [...part]));
const BOM = [0xef, 0xbb, 0xbf];

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a leading byte order mark, only the leading one', () => {
    expect(decodeUtf8(encode('« Chine » 🏳️‍🌈'))).toEqual({ ok: true, text: '« Chine » 🏳️‍🌈' });
    expect(decodeUtf8(join(BOM, encode('{"a": 1}')))).toEqual({ ok: true, text: '{"a": 1}' });
    expect(decodeUtf8(join(BOM, BOM, encode('x')))).toEqual({ ok: true, text: '\uFEFFx' });
    expect(decodeUtf8(new ArrayBuffer(0))).toEqual({ ok: true, text: '' });
  });

  it('refuses bytes that are not UTF-8, naming the offset of the first bad sequence', () => {
    // « Chine » in Latin-1: the « is byte 0, lone 0xAB.
    const latin1 = new Uint8Array([0xab, 0x20, 0x43, 0x68, 0x69, 0x6e, 0x65]);
    expect(decodeUtf8(latin1)).toEqual({
      ok: false,
      problem: { campaign: '', field: '(encoding)', message: 'not valid UTF-8 at byte 0' },
    });
    const late = join(BOM, encode('{"title": "Chine '), [0xe9], encode('"}'));
    expect(decodeUtf8(late)).toEqual({
      ok: false,
      problem: { campaign: '', field: '(encoding)', message: 'not valid UTF-8 at byte 20' },
    });
  });
});

describe('invalidUtf8At', () => {
  it.each([
    ['ASCII and well-formed sequences', join(encode('aé€😀'), [0xf4, 0x8f, 0xbf, 0xbf]), -1],
    ['a lone continuation byte', join(encode('ab'), [0x80]), 2],
    ['an overlong two-byte form', [0x61, 0xc0, 0xaf], 1],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a lead byte that never starts a sequence', [0x61, 0x62, 0xff], 2],
    ['a sequence cut by the end of the file', join(encode('é'), [0xe2, 0x82]), 2],
    ['a sequence cut by an ASCII byte', [0xe2, 0x82, 0x41], 0],
  ])('%s', (_, bytes, at) => {
    expect(invalidUtf8At(Uint8Array.from(bytes))).toBe(at);
  });

  it('agrees with TextDecoder on random bytes: valid before the offset, invalid from it', () => {
    const random = mulberry32(3);
    const fatal = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i < 1000; i++) {
      // Mostly UTF-8 text with a few random bytes, so that errors come at varied places.
      const bytes = encode('é€😀a'.repeat(1 + Math.floor(random() * 4)));
      for (let k = 0; k < 2; k++)
        bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const at = invalidUtf8At(bytes);
      const decodes = (b: Uint8Array) => {
        try {
          fatal.decode(b);
          return true;
        } catch {
          return false;
        }
      };
      expect(decodes(bytes), `#${i}`).toBe(at === -1);
      if (at >= 0) expect(decodes(bytes.subarray(0, at)), `#${i}`).toBe(true);
    }
  });
});

describe('decodeUtf8InSteps', () => {
  const text = '« Égalité » pour 120 000 personnes 🏳️‍🌈, ';
  const bytes = encode(text.repeat(40));

  it('gives the text decodeUtf8 gives, whatever characters the slices cut', async () => {
    for (const slice of [1, 2, 3, 7, 64, 1 << 20])
      expect(await decodeUtf8InSteps(bytes, async () => {}, slice)).toEqual({
        ok: true,
        text: text.repeat(40),
      });
    const bom = join(BOM, bytes);
    expect(await decodeUtf8InSteps(bom, async () => {}, 2)).toEqual(decodeUtf8(bom));
  });

  it('names the same offset as decodeUtf8 for bad bytes in a later slice', async () => {
    const bad = join(bytes, [0xff], bytes);
    const result = await decodeUtf8InSteps(bad, async () => {}, 100);
    expect(result).toEqual(decodeUtf8(bad));
    expect(result).toEqual({
      ok: false,
      problem: {
        campaign: '',
        field: '(encoding)',
        message: `not valid UTF-8 at byte ${bytes.length}`,
      },
    });
  });

  it('pauses between slices, not before the first', async () => {
    let pauses = 0;
    await decodeUtf8InSteps(bytes, async () => void pauses++, 100);
    expect(pauses).toBe(Math.ceil(bytes.byteLength / 100) - 1);
    pauses = 0;
    await decodeUtf8InSteps(new ArrayBuffer(0), async () => void pauses++);
    expect(pauses).toBe(0);
  });
});
