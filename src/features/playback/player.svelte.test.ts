import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../../../tests/fixtures/make';
import { yearRange } from '../../lib/time/range';
import { AppState } from '../../state/app-state.svelte';

const dataset = makeDataset([
  { id: 'tv9', title: 'Le reportage de TV9', date: '2011-02', countries: ['IND'] },
  { id: 'loi', title: 'Ouganda : la loi', date: '2011-03', countries: ['UGA'] },
  { id: 'free', title: 'Chine : #FreeTheFive', date: '2012-04', countries: ['CHN', 'IND'] },
  { id: 'going', title: 'Toujours là', date: 'ongoing', countries: ['FRA'] },
]);

describe('the time-lapse player', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('plays month by month from the first month of the span, at 500 ms a month', async () => {
    const app = new AppState(dataset);
    await app.play();
    expect(app.player?.month).toBe('2011-01');
    expect(app.player?.playing).toBe(true);
    expect(app.announcer.text).toBe('Lecture à partir de janvier 2011');
    vi.advanceTimersByTime(499);
    expect(app.player?.month).toBe('2011-01');
    vi.advanceTimersByTime(1);
    expect(app.player?.month).toBe('2011-02');
  });

  it('lights the views through the selection: its campaigns and their countries', async () => {
    const app = new AppState(dataset);
    await app.play();
    expect(app.selection.emphasis?.campaigns.size).toBe(0);
    expect(app.selection.status('tv9')).toBe('background');
    vi.advanceTimersByTime(500);
    expect([...app.selection.emphasis!.campaigns]).toEqual(['tv9']);
    expect([...app.selection.emphasis!.countries]).toEqual(['IND']);
    expect(app.selection.status('tv9')).toBe('active');
    // A hover does not pull the views away from the playhead.
    app.hoverCampaign('free');
    expect([...app.selection.emphasis!.campaigns]).toEqual(['tv9']);
  });

  it('announces a month only when a campaign lights up in it', async () => {
    const app = new AppState(dataset);
    await app.play();
    vi.advanceTimersByTime(500);
    expect(app.announcer.text).toBe('février 2011\u00a0: Le reportage de TV9');
    vi.advanceTimersByTime(500);
    expect(app.announcer.text).toBe('mars 2011\u00a0: Ouganda : la loi');
    vi.advanceTimersByTime(500);
    expect(app.player?.month).toBe('2011-04');
    expect(app.announcer.text).toBe('mars 2011\u00a0: Ouganda : la loi');
  });

  it('pauses, steps by a month while paused, and plays on from there', async () => {
    const app = new AppState(dataset);
    await app.togglePlay();
    await app.togglePlay();
    expect(app.player?.playing).toBe(false);
    expect(app.announcer.text).toBe('En pause, janvier 2011');
    vi.advanceTimersByTime(5000);
    expect(app.player?.month).toBe('2011-01');
    app.stepMonth(1);
    app.stepMonth(1);
    expect(app.player?.month).toBe('2011-03');
    expect(app.announcer.text).toBe('mars 2011, 2 campagnes');
    app.stepMonth(-5);
    expect(app.player?.month).toBe('2011-01');
    await app.play();
    vi.advanceTimersByTime(500);
    expect(app.player?.month).toBe('2011-02');
  });

  it('keeps only the month’s campaigns lit in the active mode', async () => {
    const app = new AppState(dataset);
    await app.play();
    app.setPlayMode('active');
    vi.advanceTimersByTime(1000);
    expect(app.player?.month).toBe('2011-03');
    expect([...app.player!.lit]).toEqual(['loi']);
    app.setPlayMode('accumulate');
    expect([...app.player!.lit]).toEqual(['tv9', 'loi']);
  });

  it('goes four times faster at 4×, and twice slower at 0.5×', async () => {
    const app = new AppState(dataset);
    await app.play();
    app.setPlaySpeed(4);
    vi.advanceTimersByTime(125);
    expect(app.player?.month).toBe('2011-02');
    app.setPlaySpeed(0.5);
    vi.advanceTimersByTime(999);
    expect(app.player?.month).toBe('2011-02');
    vi.advanceTimersByTime(1);
    expect(app.player?.month).toBe('2011-03');
  });

  it('plays the period chosen, ends on its last month, and starts over from its first', async () => {
    const app = new AppState(dataset, { view: { period: yearRange(2012) } });
    await app.play();
    expect(app.player?.month).toBe('2012-01');
    vi.advanceTimersByTime(11 * 500);
    expect(app.player?.month).toBe('2012-12');
    vi.advanceTimersByTime(500);
    expect(app.player?.playing).toBe(false);
    expect(app.player?.month).toBe('2012-12');
    expect(app.announcer.text).toBe('Lecture terminée, décembre 2012');
    await app.play();
    expect(app.player?.month).toBe('2012-01');
  });

  it('stops: no timer left, and the views light what they lit before', async () => {
    const app = new AppState(dataset);
    app.select('free');
    await app.play();
    expect(app.selection.emphasised).toBeUndefined();
    app.stopPlay();
    expect(app.player?.month).toBeNull();
    expect(app.player?.playing).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    expect(app.announcer.text).toBe('Lecture arrêtée');
    expect([...app.selection.emphasis!.campaigns]).toEqual(['free']);
    expect(app.selection.emphasised?.id).toBe('free');
  });

  it('speaks English with an English catalogue', async () => {
    const { en } = await import('../../lib/i18n/en');
    const app = new AppState(dataset, { view: { lang: 'en' }, messages: en });
    await app.play();
    expect(app.announcer.text).toBe('Playing from January 2011');
  });

  it('says so when its code fails to load, and leaves nothing half started', async () => {
    vi.doMock('./index', () => {
      throw new Error('offline');
    });
    vi.resetModules();
    const { AppState: Fresh } = await import('../../state/app-state.svelte');
    const app = new Fresh(dataset);
    await app.play();
    expect(app.player).toBeUndefined();
    expect(app.announcer.notices).toEqual([app.locale.messages.playFailed]);
    vi.doUnmock('./index');
  });
});
