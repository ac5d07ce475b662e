// The timeline's leaves, rendered alone with their props: no app state, no real dataset.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { fr } from '../../lib/i18n/fr';
import { monthKey } from '../../lib/time/month-key';
import { ONGOING_RANGE, yearRange } from '../../lib/time/range';
import { timelineScale, yearTicks } from '../../lib/time/timeline-scale';
import TimelineAxis from './TimelineAxis.svelte';
import YearButtons from './YearButtons.svelte';

const span = [monthKey('2013-03'), monthKey('2015-11')] as const;

function years(props: Record<string, unknown> = {}) {
  const onrange = vi.fn();
  const onplay = vi.fn();
  render(YearButtons, {
    props: {
      span,
      hasOngoing: true,
      range: null,
      onrange,
      t: fr,
      playing: false,
      onplay,
      ...props,
    },
  });
  return Object.assign(onrange, { onplay });
}

describe('YearButtons', () => {
  it('offers « Lecture », then each year of the span, then « En cours » in the « Période » group', () => {
    years();
    const names = screen.getAllByRole('button').map((b) => b.textContent?.trim());
    expect(names).toEqual(['Lecture', '2013', '2014', '2015', 'En cours']);
    const period = screen.getByRole('group', { name: 'Période' });
    expect(period).not.toContainElement(screen.getByRole('button', { name: 'Lecture' }));
  });

  it('presses « Lecture » while the time-lapse plays, and asks for it on a click', async () => {
    const { onplay } = years({ playing: true });
    const play = screen.getByRole('button', { name: 'Lecture' });
    expect(play).toHaveAttribute('aria-pressed', 'true');
    await fireEvent.click(play);
    expect(onplay).toHaveBeenCalledOnce();
  });

  it('chooses a year and names the period for the live region', async () => {
    const onrange = years();
    await fireEvent.click(screen.getByRole('button', { name: '2014' }));
    expect(onrange).toHaveBeenCalledExactlyOnceWith(
      yearRange(2014),
      expect.stringContaining('2014'),
    );
  });

  it('shows the period chosen, and a second press or « clear » gives every period back', async () => {
    const onrange = years({ range: ONGOING_RANGE, hasOngoing: true });
    expect(screen.getByRole('button', { name: 'En cours' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'En cours' }));
    await fireEvent.click(screen.getByRole('button', { name: fr.clearPeriod }));
    expect(onrange.mock.calls).toEqual([[null], [null]]);
  });

  it('has no « En cours » button nor clear button when nothing calls for them', () => {
    years({ hasOngoing: false });
    expect(screen.queryByRole('button', { name: 'En cours' })).toBeNull();
    expect(screen.queryByRole('button', { name: fr.clearPeriod })).toBeNull();
  });
});

describe('TimelineAxis', () => {
  function axis(hasOngoing: boolean) {
    const scale = timelineScale(span, hasOngoing, 800);
    const { container } = render(TimelineAxis, {
      props: { scale, years: yearTicks(scale), months: [], axisY: 40, ongoingLabel: 'Ongoing' },
    });
    return container;
  }

  it('labels the years and the ongoing segment with the label it is given', () => {
    const container = axis(true);
    // A year is labelled at its January: the span starts in March 2013.
    expect([...container.querySelectorAll('.year-label')].map((y) => y.textContent)).toEqual([
      '2014',
      '2015',
    ]);
    expect(container.querySelector('.ongoing-label')?.textContent).toBe('Ongoing');
  });

  it('draws no ongoing segment without ongoing campaigns', () => {
    expect(axis(false).querySelector('.ongoing-label')).toBeNull();
  });
});
