/**
 * The words of the time-lapse (« Lecture ») beyond its button, in their own chunk:
 * they load with the player, never with the first load (the button's label is in
 * the catalogue).
 */
import type { PlayMode } from '../time/playback';
import type { Lang } from '../view';

export interface PlaybackMessages {
  /** The toolbar's name. */
  toolbar: string;
  previousMonth: string;
  nextMonth: string;
  stop: string;
  speed: string;
  mode: string;
  modes: Record<PlayMode, string>;
  /** The keys, said once under the toolbar. */
  help: string;
  /** The stage's key help, after the tour's. */
  stageKey: string;
  /** Said when the playback starts, and when it pauses or ends on a month. */
  started: (month: string) => string;
  paused: (month: string) => string;
  ended: (month: string) => string;
  stopped: string;
  /** Said when campaigns light up in a month (a month without one passes silently). */
  arrived: (month: string, titles: readonly string[]) => string;
  /** Said when a step lands on a month. */
  month: (month: string, lit: number) => string;
}

const list = (titles: readonly string[], and: string) =>
  titles.length < 2
    ? (titles[0] ?? '')
    : `${titles.slice(0, -1).join(', ')} ${and} ${titles.at(-1)}`;

export const playbackMessages: Record<Lang, PlaybackMessages> = {
  fr: {
    toolbar: 'Lecture de la frise',
    previousMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    stop: 'Arrêter',
    speed: 'Vitesse',
    mode: 'Sur la carte',
    modes: { accumulate: 'Cumul', active: 'Mois en cours' },
    help: 'P\u00a0: lecture ou pause · ← →\u00a0: mois par mois, en pause',
    stageKey: 'P\u00a0: la frise en lecture',
    started: (month) => `Lecture à partir de ${month}`,
    paused: (month) => `En pause, ${month}`,
    ended: (month) => `Lecture terminée, ${month}`,
    stopped: 'Lecture arrêtée',
    arrived: (month, titles) => `${month}\u00a0: ${list(titles, 'et')}`,
    month: (month, lit) =>
      `${month}, ${lit === 0 ? 'aucune campagne' : lit === 1 ? '1 campagne' : `${lit} campagnes`}`,
  },
  en: {
    toolbar: 'Timeline playback',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    stop: 'Stop',
    speed: 'Speed',
    mode: 'On the map',
    modes: { accumulate: 'Cumulative', active: 'This month' },
    help: 'P: play or pause · ← →: month by month, while paused',
    stageKey: 'P: play the timeline',
    started: (month) => `Playing from ${month}`,
    paused: (month) => `Paused, ${month}`,
    ended: (month) => `Playback finished, ${month}`,
    stopped: 'Playback stopped',
    arrived: (month, titles) => `${month}: ${list(titles, 'and')}`,
    month: (month, lit) =>
      `${month}, ${lit === 0 ? 'no campaigns' : lit === 1 ? '1 campaign' : `${lit} campaigns`}`,
  },
};
