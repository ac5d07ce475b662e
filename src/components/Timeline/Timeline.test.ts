import { fireEvent, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeMany } from '../../../tests/fixtures/make';
import { renderWithApp } from '../../../tests/unit/harness/render';
import { ONGOING_KEY } from '../../lib/time/month-key';
import { yearRange } from '../../lib/time/range';
import Timeline from './Timeline.svelte';

const marks = () =>
  screen
    .getByRole('group', { name: 'Frise chronologique des campagnes' })
    .querySelectorAll('[data-id]');

/** Seven campaigns from 2011 to 2015, three of them in 2013, one ongoing. */
const small = makeDataset([
  { id: 'tv9', date: '2011-02' },
  { id: 'ouganda', date: '2011-03' },
  { id: 'mariage', date: '2013-01' },
  { id: 'tabloid', date: '2013-03' },
  { id: 'loi', date: '2013-03' },
  { id: 'chine', date: '2015-04', title: 'Chine : #FreeTheFive' },
  { id: 'traitements', date: 'ongoing', title: 'Contre les « traitements » anti-gays' },
]);
const render = () => renderWithApp(Timeline, {}, undefined, small);

describe('Timeline', () => {
  it('draws one mark per campaign, named by title and French date', () => {
    render();
    expect(marks()).toHaveLength(7);
    const mark = (id: string) => [...marks()].find((m) => m.getAttribute('data-id') === id);
    expect(mark('chine')).toHaveRole('button');
    expect(mark('chine')).toHaveAccessibleName('Chine : #FreeTheFive, avril 2015');
    expect(mark('traitements')).toHaveAccessibleName(
      'Contre les « traitements » anti-gays, En cours',
    );
  });

  it('is one Tab stop: exactly one mark is in the tab order', () => {
    render();
    const inOrder = [...marks()].filter((m) => m.getAttribute('tabindex') === '0');
    expect(inOrder).toHaveLength(1);
    expect(inOrder[0]!.getAttribute('data-id')).toBe('tv9');
  });

  it('moves focus in date order with the arrow keys, and Enter selects', async () => {
    const { app } = render();
    const first = marks()[0] as SVGGElement;
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-id')).toBe('ouganda');
    await fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.getAttribute('data-id')).toBe('traitements');
    await fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(app.selection.id).toBe('traitements');
  });

  it('period handles are sliders driven by the keyboard', async () => {
    const { app } = render();
    const start = screen.getByRole('slider', { name: 'Début de la période' });
    expect(start.getAttribute('aria-valuetext')).toBe('janvier 2011');
    await fireEvent.keyDown(start, { key: 'PageUp' });
    expect(app.filters.range).toEqual([2012 * 12, ONGOING_KEY]);
    expect(start.getAttribute('aria-valuetext')).toBe('janvier 2012');
    const end = screen.getByRole('slider', { name: 'Fin de la période' });
    expect(end.getAttribute('aria-valuetext')).toBe('En cours');
    await fireEvent.keyDown(end, { key: 'ArrowLeft' });
    expect(end.getAttribute('aria-valuetext')).toBe('décembre 2015');
    await fireEvent.keyDown(end, { key: 'Home' });
    // The end handle stops at the start handle.
    expect(app.filters.range).toEqual([2012 * 12, 2012 * 12]);
  });

  it('a year button sets that year and the clear button resets', async () => {
    const { app } = render();
    await fireEvent.click(screen.getByRole('button', { name: '2013' }));
    expect(app.filters.range).toEqual(yearRange(2013));
    expect(app.filters.visible).toHaveLength(3);
    expect(app.announcer.text).toBe('Période 2013\u00a0: 3 campagnes');
    await fireEvent.click(screen.getByRole('button', { name: 'Toute la période' }));
    flushSync();
    expect(app.filters.range).toBeNull();
  });

  it('puts the handles of a period beyond the data on its first and last months', () => {
    const { app } = render();
    app.setTimeRange([2010 * 12, 2016 * 12 + 11]);
    flushSync();
    const handle = (name: string) => screen.getByRole('slider', { name });
    expect(handle('Début de la période').getAttribute('aria-valuetext')).toBe('janvier 2011');
    expect(handle('Début de la période').getAttribute('aria-valuenow')).toBe('0');
    // Not on « en cours »: the period does not reach it.
    expect(handle('Fin de la période').getAttribute('aria-valuetext')).toBe('décembre 2015');
    const grip = (name: string) => Number(handle(name).querySelector('.grip')!.getAttribute('x'));
    const axis = screen
      .getByRole('group', { name: 'Frise chronologique des campagnes' })
      .querySelector('line.domain')!;
    expect(grip('Début de la période') + 5).toBe(Number(axis.getAttribute('x1')));
    expect(grip('Fin de la période') + 5).toBe(Number(axis.getAttribute('x2')));
  });

  it('names the selected campaign whole, even where its label is cut or left out', () => {
    const title = (i: number) =>
      `Une campagne au titre si long qu’il prend plus de la moitié de la frise, la numéro ${i}`;
    const months = ['2013-01', '2013-02', '2013-03', '2013-04', '2013-05', '2013-06', '2013-07'];
    const { app } = renderWithApp(
      Timeline,
      {},
      undefined,
      makeDataset(months.map((date, i) => ({ id: `c${i}`, date, title: title(i) }))),
    );
    const labelsOf = (id: string) =>
      [
        ...[...marks()].find((m) => m.getAttribute('data-id') === id)!.querySelectorAll('.label'),
      ].map((l) => l.textContent);
    // Six rows of long labels leave the seventh mark no room for its own.
    expect(labelsOf('c6')).not.toContain(title(6));
    app.select('c6');
    flushSync();
    expect(labelsOf('c6')).toEqual([title(6)]);
  });

  it('dims the marks outside the filters', async () => {
    const { app } = render();
    app.setTimeRange(yearRange(2013));
    flushSync();
    const tv9 = [...marks()].find((m) => m.getAttribute('data-id') === 'tv9')!;
    expect(tv9.classList.contains('background')).toBe(true);
  });
});

describe('Timeline with thousands of campaigns', () => {
  const bars = () => screen.queryAllByRole('button', { name: /campagnes?, zoomer/ });
  const many = makeMany(2000);
  const count = (prefix: string) => many.campaigns.filter((c) => c.date.startsWith(prefix)).length;

  it('counts campaigns per period when single marks would pile up, and zooms into one', async () => {
    renderWithApp(Timeline, {}, undefined, many);
    // 20 years at 960 px: one bar per year, plus « en cours ».
    expect(bars().map((b) => b.getAttribute('aria-label'))).toContain(
      `2014\u00a0: ${count('2014-')} campagnes, zoomer sur cette période`,
    );
    expect(bars()).toHaveLength(21);
    expect(marks().length).toBe(21);

    await fireEvent.click(screen.getByRole('button', { name: /^2014\u00a0: / }));
    expect(screen.getByText(/^Frise zoomée/)).toHaveTextContent(/^Frise zoomée sur 2014$/);
    // A year of about a hundred campaigns, spread over its months: single marks again.
    expect(bars()).toHaveLength(0);
    expect(marks()).toHaveLength(count('2014-'));
    for (const m of marks()) expect(m.getAttribute('aria-label')).toMatch(/ 2014$/);

    await fireEvent.click(screen.getByRole('button', { name: 'Voir toute la frise' }));
    expect(bars()).toHaveLength(21);
  });

  it('goes from years to months to single campaigns when a year is still crowded', async () => {
    const crowded = makeMany(6000);
    const inMonth = crowded.campaigns.filter((c) => c.date === '2014-04').length;
    renderWithApp(Timeline, {}, undefined, crowded);
    await fireEvent.click(screen.getByRole('button', { name: /^2014\u00a0: / }));
    expect(bars()).toHaveLength(12);
    await fireEvent.click(
      screen.getByRole('button', {
        name: `avril 2014\u00a0: ${inMonth} campagnes, zoomer sur cette période`,
      }),
    );
    expect(bars()).toHaveLength(0);
    expect(marks()).toHaveLength(inMonth);
  });

  it('shows how many campaigns of each period match the filters', async () => {
    const { app } = renderWithApp(Timeline, {}, undefined, many);
    app.setTimeRange(yearRange(2014));
    flushSync();
    expect(screen.getByRole('button', { name: /^2014\u00a0: / }).textContent).toBe(
      String(count('2014-')),
    );
    expect(screen.getByRole('button', { name: /^2013\u00a0: / }).textContent).toBe('0');
  });

  it('lights only the bar of a selected campaign, counting it once, and all bars again when it closes', async () => {
    const { app } = renderWithApp(Timeline, {}, undefined, many);
    const chosen = many.campaigns.find((c) => c.date.startsWith('2014-'))!;
    app.select(chosen.id);
    flushSync();
    const counts = () => bars().map((b) => b.textContent);
    expect(screen.getByRole('button', { name: /^2014\u00a0: / }).textContent).toBe('1');
    expect(counts().filter((c) => c !== '0')).toEqual(['1']);
    app.select(null);
    flushSync();
    expect(screen.getByRole('button', { name: /^2014\u00a0: / }).textContent).toBe(
      String(count('2014-')),
    );
    // A campaign the filters hide lights nothing.
    app.setTimeRange(yearRange(2013));
    app.select(chosen.id);
    flushSync();
    expect(counts().every((c) => c === '0')).toBe(true);
  });

  it('keeps one Tab stop; arrows walk the bars and Enter zooms', async () => {
    renderWithApp(Timeline, {}, undefined, many);
    const first = bars().find((b) => b.getAttribute('tabindex') === '0')!;
    expect(bars().filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^2007/);
    await fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(screen.getByText(/^Frise zoomée/)).toHaveTextContent(/^Frise zoomée sur 2007$/);
    await fireEvent.keyDown(bars()[0] ?? marks()[0]!, { key: 'Escape' });
    expect(screen.queryByText(/Frise zoomée/)).toBeNull();
  });
});
