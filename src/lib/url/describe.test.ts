// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { describeProblems, excerpt, someOf } from './describe';
import { fromParams, type UrlProblem } from './params';

const known = { campaignIds: new Set(['a-campaign']), themes: new Set(['santé']) };
const tags = (count: number) => Array.from({ length: count }, (_, i) => `t${i}`);

describe('excerpt', () => {
  it('keeps a short value whole', () => {
    expect(excerpt('sport')).toBe('sport');
    expect(excerpt('x'.repeat(40))).toBe('x'.repeat(40));
  });

  it('cuts a long one to 40 characters, the last an ellipsis', () => {
    const cut = excerpt('x'.repeat(100_000));
    expect(cut).toBe(`${'x'.repeat(39)}…`);
    expect(Array.from(cut)).toHaveLength(40);
  });

  it('counts characters, never cutting one in half', () => {
    const cut = excerpt('🏳️‍🌈'.repeat(30) + '😀'.repeat(50));
    expect(Array.from(cut)).toHaveLength(40);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('someOf', () => {
  it('lists up to three values, with the language’s « and »', () => {
    expect(someOf(['a'], fr)).toBe('a');
    expect(someOf(['a', 'b', 'c'], fr)).toBe('a, b et c');
    expect(someOf(['a', 'b', 'c'], en)).toBe('a, b and c');
  });

  it('counts the rest past three', () => {
    expect(someOf(tags(4), fr)).toBe('t0, t1, t2 et 1 autre');
    expect(someOf(tags(100), fr)).toBe('t0, t1, t2 et 97 autres');
    expect(someOf(tags(100), en)).toBe('t0, t1, t2 and 97 more');
  });
});

describe('describeProblems', () => {
  it('gives 100 unknown themes one notice that names three and counts the rest', () => {
    const { problems } = fromParams(`tag=${tags(100).join(',')}`, known);
    expect(problems).toHaveLength(100);
    expect(describeProblems(problems, fr)).toEqual([
      'Thèmes inconnus ignorés\u00a0: t0, t1, t2 et 97 autres.',
    ]);
  });

  it('keeps one notice per kind, in the order the URL gives them', () => {
    const { problems } = fromParams(
      'outcome=won,lost&campaign=nope&tag=a,b&colour=red&size=xl&metric=gdp',
      known,
    );
    expect(describeProblems(problems, fr)).toEqual([
      'Issues inconnues ignorées\u00a0: won et lost.',
      'Campagne inconnue «\u202fnope\u202f»\u00a0: vue par défaut.',
      'Thèmes inconnus ignorés\u00a0: a et b.',
      'Paramètres inconnus ignorés\u00a0: colour et size.',
      'Valeur inconnue pour metric\u00a0: «\u202fgdp\u202f», ignorée.',
    ]);
  });

  it('says a single problem as before, and a value repeated as one', () => {
    expect(describeProblems(fromParams('tag=sport', known).problems, fr)).toEqual([
      'Valeur inconnue pour tag\u00a0: «\u202fsport\u202f», ignorée.',
    ]);
    expect(describeProblems(fromParams('tag=x,x,x', known).problems, fr)).toHaveLength(1);
  });

  it('groups bad values by key, and the presenter’s unknown tour ids', () => {
    const problems: UrlProblem[] = [
      { kind: 'bad-value', key: 'hosts', value: 'nope' },
      { kind: 'bad-value', key: 'theme', value: 'purple' },
      { kind: 'bad-value', key: 'hosts', value: 'ftp://a.org' },
      ...tags(5).map((value): UrlProblem => ({ kind: 'unknown-tour', value })),
    ];
    expect(describeProblems(problems, en)).toEqual([
      'Unknown values for hosts, ignored: nope and ftp://a.org.',
      'Unknown value for theme: “purple”, ignored.',
      'Unknown campaigns in the tour: t0, t1, t2 and 2 more.',
    ]);
  });

  it('quotes at most 40 characters of any value or key from the URL', () => {
    const long = 'z'.repeat(8000);
    const { problems } = fromParams(
      `campaign=${long}&period=${long}&${long}=1&tag=${long},b`,
      known,
    );
    const notices = describeProblems(problems, fr);
    expect(notices).toHaveLength(4);
    for (const notice of notices) {
      expect(notice).toContain(`${'z'.repeat(39)}…`);
      expect(notice).not.toContain('z'.repeat(40));
      expect(notice.length).toBeLessThan(120);
    }
  });

  it('says a period outside the data apart from an unreadable one', () => {
    const data = { ...known, span: [2011 * 12, 2015 * 12 + 11] as const, hasOngoing: true };
    expect(describeProblems(fromParams('period=2099', data).problems, fr)).toEqual([
      'Aucune campagne sur la période «\u202f2099\u202f»\u00a0: toutes les dates.',
    ]);
    expect(describeProblems(fromParams('period=2099', data).problems, en)).toEqual([
      'No campaigns in the period “2099”: showing all dates.',
    ]);
  });

  it('names the schemes an accent is too faint for', () => {
    const weak = (schemes: ('light' | 'dark')[]): UrlProblem => ({
      kind: 'weak-accent',
      value: '#ffee00',
      schemes,
    });
    expect(describeProblems([weak(['light'])], fr)).toEqual([
      'Couleur d’accent «\u202f#ffee00\u202f» trop peu contrastée en thème clair\u00a0: couleur par défaut gardée.',
    ]);
    expect(describeProblems([weak(['light', 'dark'])], en)).toEqual([
      'Accent colour “#ffee00” has too little contrast in the light and dark themes: default kept.',
    ]);
  });
});
