/**
 * The words of the video export, in their own chunk: they load when « Exporter » is
 * first opened, with the entries that say them, never with the first load.
 */
import type { Lang } from '../../lib/view';

export interface VideoMessages {
  tour: string;
  playback: string;
  speed: string;
  /** Why the entries are disabled: this browser cannot record a canvas. */
  unavailable: string;
  preparing: string;
  /** Seconds recorded of the total: recording runs in real time. */
  recording: (seconds: number, total: number) => string;
  keepVisible: string;
  cancel: string;
  cancelled: string;
  done: string;
  failed: string;
  /** Under the month on a time-lapse frame: how many campaigns are lit. */
  lit: (count: number) => string;
  /** The campaigns that light up this month, on a line of their own. */
  arriving: (titles: string) => string;
  legendTitle: string;
  legendNone: string;
  legendArriving: string;
  legendLit: string;
  /** The closing slide's line under « Au total ». */
  closing: (countries: number, victories: number) => string;
}

const count = (value: number, locale: string) => new Intl.NumberFormat(locale).format(value);

export const videoMessages: Record<Lang, VideoMessages> = {
  fr: {
    tour: 'Vidéo de la tournée (WebM)',
    playback: 'Vidéo de la lecture (WebM)',
    speed: 'Vitesse des vidéos',
    unavailable: 'Ce navigateur ne sait pas enregistrer de vidéo (MediaRecorder absent).',
    preparing: 'Préparation des images…',
    recording: (seconds, total) => `Enregistrement… ${seconds}\u00a0s\u202f/\u202f${total}\u00a0s`,
    keepVisible: 'L’enregistrement se fait en temps réel\u00a0: gardez cet onglet au premier plan.',
    cancel: 'Annuler la vidéo',
    cancelled: 'Vidéo annulée.',
    done: 'Vidéo enregistrée.',
    failed: 'La vidéo n’a pas pu être enregistrée.',
    lit: (n) =>
      n === 0 ? 'aucune campagne' : `${count(n, 'fr-FR')} ${n === 1 ? 'campagne' : 'campagnes'}`,
    arriving: (titles) => `Ce mois-ci\u00a0: ${titles}`,
    legendTitle: 'Pays des campagnes',
    legendNone: 'Aucune campagne',
    legendArriving: 'Campagne lancée ce mois-ci',
    legendLit: 'Campagne déjà lancée',
    closing: (countries, victories) =>
      `${count(countries, 'fr-FR')} pays concernés · ${count(victories, 'fr-FR')} ${victories > 1 ? 'victoires' : 'victoire'}`,
  },
  en: {
    tour: 'Tour video (WebM)',
    playback: 'Time-lapse video (WebM)',
    speed: 'Video speed',
    unavailable: 'This browser cannot record video (no MediaRecorder).',
    preparing: 'Preparing the images…',
    recording: (seconds, total) => `Recording… ${seconds} s / ${total} s`,
    keepVisible: 'Recording runs in real time: keep this tab in front.',
    cancel: 'Cancel the video',
    cancelled: 'Video cancelled.',
    done: 'Video saved.',
    failed: 'The video could not be recorded.',
    lit: (n) =>
      n === 0 ? 'no campaign' : `${count(n, 'en-GB')} ${n === 1 ? 'campaign' : 'campaigns'}`,
    arriving: (titles) => `This month: ${titles}`,
    legendTitle: 'Campaign countries',
    legendNone: 'No campaign',
    legendArriving: 'Campaign launched this month',
    legendLit: 'Campaign already launched',
    closing: (countries, victories) =>
      `${count(countries, 'en-GB')} ${countries === 1 ? 'country' : 'countries'} concerned · ${count(victories, 'en-GB')} ${victories === 1 ? 'victory' : 'victories'}`,
  },
};
