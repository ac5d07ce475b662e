import { describe, expect, it } from 'vitest';
import { buildTour } from '../../modes/present/tour';
import { makeCampaign } from '../../../tests/fixtures/make';
import { playbackMonths } from '../../lib/time/playback';
import { frameAt, playbackSchedule, scheduleLength, tourSchedule, videoFileName } from './schedule';
import { pickMimeType } from './support';

const slides = buildTour([makeCampaign({ id: 'a' }), makeCampaign({ id: 'b' })]).slides;

describe('the tour video', () => {
  it('holds each slide, opening and closing included, 4 s at 1×', () => {
    const schedule = tourSchedule(slides, 1);
    expect(schedule.map((s) => s.frame)).toEqual(slides);
    expect(schedule.map((s) => [s.at, s.ms])).toEqual([
      [0, 4000],
      [4000, 4000],
      [8000, 4000],
      [12000, 4000],
    ]);
    expect(scheduleLength(schedule)).toBe(16_000);
  });

  it('lasts a quarter as long at 4× and twice as long at 0.5×', () => {
    expect(scheduleLength(tourSchedule(slides, 4))).toBe(4_000);
    expect(scheduleLength(tourSchedule(slides, 0.5))).toBe(32_000);
  });
});

describe('the time-lapse video', () => {
  it('shows every month of the period in order, each as long as the player holds it', () => {
    const months = playbackMonths('2011-01', '2012-12');
    const schedule = playbackSchedule(months, 4);
    expect(schedule.map((s) => s.frame)).toEqual(months);
    expect(schedule[1]).toEqual({ frame: '2011-02', at: 125, ms: 125 });
    // 24 months at 500 ms / 4.
    expect(scheduleLength(schedule)).toBe(3_000);
    expect(scheduleLength(playbackSchedule(months, 1))).toBe(12_000);
  });

  it('is empty, and lasts nothing, without a month', () => {
    expect(scheduleLength(playbackSchedule([], 1))).toBe(0);
  });
});

describe('frameAt', () => {
  const schedule = playbackSchedule(['2011-01', '2011-02', '2011-03'], 1);
  it('finds the frame showing at a time, and keeps the last past the end', () => {
    expect([0, 499, 500, 1200, 5000].map((ms) => frameAt(schedule, ms))).toEqual([0, 0, 1, 2, 2]);
  });
});

describe('pickMimeType', () => {
  it('prefers VP9, then VP8, then any WebM, and says when there is none', () => {
    expect(pickMimeType(() => true)).toBe('video/webm;codecs=vp9');
    expect(pickMimeType((t) => !t.includes('vp9'))).toBe('video/webm;codecs=vp8');
    expect(pickMimeType((t) => t === 'video/webm')).toBe('video/webm');
    expect(pickMimeType(() => false)).toBeNull();
  });
});

describe('videoFileName', () => {
  it('names the video, its period and its speed', () => {
    expect(videoFileName('playback', 4, ['2011-01', '2012-12'])).toBe(
      'nos-mobilisations-lecture-2011-01-2012-12-4x.webm',
    );
    expect(videoFileName('tour', 0.5)).toBe('nos-mobilisations-tournee-0_5x.webm');
  });
});
