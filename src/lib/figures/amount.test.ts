// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeCampaign, signed } from '../../../tests/fixtures/make';
import { creditTo, hasUnplacedFigure, largest, sum } from './amount';

describe('sum', () => {
  it('is exact when every term is', () => {
    expect(
      sum([
        { value: 120000, atLeast: false },
        { value: 7000, atLeast: false },
      ]),
    ).toEqual({ value: 127000, atLeast: false });
  });

  it('is a lower bound as soon as one term says « plus de »', () => {
    expect(
      sum([
        { value: 120000, atLeast: false },
        { value: 240000, atLeast: true },
      ]),
    ).toEqual({ value: 360000, atLeast: true });
  });

  it('adds nothing up to an exact zero', () => {
    expect(sum([])).toEqual({ value: 0, atLeast: false });
  });
});

describe('largest', () => {
  it('takes the largest figure, and of two equal ones the « plus de »', () => {
    expect(largest([signed(5), signed(9), signed(7)])?.value).toBe(9);
    expect(largest([signed(9), signed(9, { qualifier: 'over' })])?.qualifier).toBe('over');
    expect(largest([])).toBeUndefined();
  });
});

describe('creditTo', () => {
  const mixed = makeCampaign({
    id: 'mixte',
    countries: ['ECU', 'FRA', 'CHN'],
    impact: [signed(100000, { countries: ['CHN'], qualifier: 'over' }), signed(200)],
  });

  it('credits a figure scoped to a country to that country only', () => {
    expect(creditTo(mixed, 'CHN')?.value).toBe(100000);
    expect(creditTo(mixed, 'ECU')).toBeUndefined();
    expect(creditTo(mixed, 'FRA')).toBeUndefined();
  });

  it('credits an unscoped figure to a single focus country, whatever the other roles', () => {
    const single = makeCampaign({
      id: 'seul',
      countries: ['RUS', { code: 'CHE', role: 'target' }],
      impact: [signed(1000000, { qualifier: 'over' }), signed(300000)],
    });
    expect(creditTo(single, 'RUS')?.value).toBe(1000000);
    expect(creditTo(single, 'CHE')).toBeUndefined();
  });

  it('credits no country with a figure of a campaign with several focus countries that names none', () => {
    expect(hasUnplacedFigure(mixed)).toBe(true);
    const scoped = makeCampaign({ ...mixed, impact: [mixed.impact[0]!] });
    expect(hasUnplacedFigure(scoped)).toBe(false);
  });

  it('ignores figures that do not count people', () => {
    const money = makeCampaign({
      id: 'dons',
      countries: ['IRQ'],
      impact: [{ value: 60000, unit: 'USD', label: 'donnés', kind: 'money' }],
    });
    expect(creditTo(money, 'IRQ')).toBeUndefined();
  });
});
