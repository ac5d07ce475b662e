/**
 * What a video shows and for how long, without a canvas or a clock: the frames of
 * the tour (one per slide) and of the time-lapse (one per month), each held for a
 * duration that the speed divides, and the file's name. Pure, so that the length
 * of a video is known (and tested) before a frame is drawn.
 */
import type { Slide } from '../../modes/present/tour';
import { monthDuration, type Speed } from '../../lib/time/playback';

export type VideoKind = 'tour' | 'playback';

export const VIDEO_WIDTH = 1920;
export const VIDEO_HEIGHT = 1080;

/** A slide of the tour holds 4 s at 1× (1 s at 4×): time to read a title and a figure. */
export const MS_PER_SLIDE = 4000;

export interface Timed<T> {
  frame: T;
  /** When it shows, from the start of the video (ms). */
  at: number;
  /** How long it stays (ms). */
  ms: number;
}

function timed<T>(frames: readonly T[], ms: number): Timed<T>[] {
  return frames.map((frame, i) => ({ frame, at: i * ms, ms }));
}

export function tourSchedule(slides: readonly Slide[], speed: Speed): Timed<Slide>[] {
  return timed(slides, MS_PER_SLIDE / speed);
}

/** One frame per month ("YYYY-MM"), each held as long as the player holds it. */
export function playbackSchedule(months: readonly string[], speed: Speed): Timed<string>[] {
  return timed(months, monthDuration(speed));
}

/** The video's length (ms): where its last frame ends. */
export function scheduleLength(schedule: readonly Timed<unknown>[]): number {
  const last = schedule.at(-1);
  return last ? last.at + last.ms : 0;
}

/** The frame showing at `elapsed` ms (the last one past the end). */
export function frameAt(schedule: readonly Timed<unknown>[], elapsed: number): number {
  let i = 0;
  while (i + 1 < schedule.length && schedule[i + 1]!.at <= elapsed) i++;
  return i;
}

/** « nos-mobilisations-lecture-2011-01-2012-12-4x.webm », « nos-mobilisations-tournee-1x.webm ». */
export function videoFileName(kind: VideoKind, speed: Speed, months?: readonly string[]): string {
  const span = kind === 'playback' && months?.length ? `-${months[0]}-${months.at(-1)}` : '';
  const name = kind === 'tour' ? 'tournee' : 'lecture';
  return `nos-mobilisations-${name}${span}-${String(speed).replace('.', '_')}x.webm`;
}
