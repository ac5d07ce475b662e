import { describe, expect, it } from 'vitest';
import { kioskSeconds, nextInLoop } from './kiosk';

describe('the kiosk', () => {
  it('reads its pace from the address, 8 s when it cannot', () => {
    expect(kioskSeconds(null)).toBeNull();
    expect(kioskSeconds('12')).toBe(12);
    expect(kioskSeconds('')).toBe(8);
    expect(kioskSeconds('fast')).toBe(8);
    expect(kioskSeconds('1')).toBe(8);
    expect(kioskSeconds('99999')).toBe(8);
  });

  it('loops from the last slide to the first', () => {
    expect(nextInLoop(3, 15)).toBe(4);
    expect(nextInLoop(14, 15)).toBe(0);
  });
});
