/**
 * The words of « Comment lisons-nous ces chiffres ? », in their own chunk: read by
 * few, they stay out of the first load (the summary's label is in the catalogue).
 */
import { countOf } from '../../lib/i18n/fr';
import type { Lang } from '../../lib/view';

export interface MethodMessages {
  figures: string;
  kinds: string;
  total: string;
  countries: string;
  map: string;
  termsCaption: string;
  campaign: string;
  counted: string;
  none: string;
  countriesList: (names: string) => string;
  victoriesList: (titles: string) => string;
  /** Under an export of the people map: its total, « plus de » included, and whether it is a lower bound. */
  exportNote: (total: string, atLeast: boolean) => string;
}

export const methodMessages: Record<Lang, MethodMessages> = {
  fr: {
    figures:
      'Chaque chiffre est celui du document source, tel qu’il l’écrit. Quand il dit « plus de », l’application le dit aussi\u00a0: ce sont des minimums.',
    kinds:
      'Mobilisation\u00a0: des personnes qui ont agi (signatures, e-mails, tweets). Portée\u00a0: des personnes atteintes. Résultats\u00a0: ce qui a changé. Dons\u00a0: l’argent donné. Contexte\u00a0: des chiffres qui situent la campagne.',
    total:
      'Signatures et actions\u00a0: pour chaque campagne, son plus grand chiffre de mobilisation (ses chiffres se recoupent), puis la somme sur les campagnes. Ce sont des participations, pas des personnes\u00a0: une même personne peut compter dans plusieurs campagnes. Dès qu’un terme est « plus de », la somme l’est aussi, arrondie vers le bas.',
    countries:
      'Pays concernés\u00a0: les pays où se joue la campagne, pas ceux de ses cibles ni ceux où l’on a agi.',
    map: 'Sur la carte « Personnes mobilisées », un chiffre ne compte que pour les pays dont il parle, ou pour le pays concerné quand la campagne n’en a qu’un. Un pays dont les campagnes ne lui attribuent aucun chiffre est hachuré («\u202fCampagnes sans chiffre\u202f»). L’infobulle d’un pays donne ce que chacune de ses campagnes lui apporte.',
    termsCaption: 'Les termes de la somme',
    campaign: 'Campagne',
    counted: 'Chiffre compté',
    none: 'aucun chiffre de mobilisation',
    countriesList: (names) => `Pays concernés\u00a0: ${names}.`,
    victoriesList: (titles) => `Victoires\u00a0: ${titles}.`,
    exportNote: (total, atLeast) =>
      `Au total, ${countOf(total, 'signatures et actions')}${atLeast ? ', un minimum (la source dit «\u202fplus de\u202f»)' : ''}\u00a0: des participations, une même personne peut compter dans plusieurs campagnes.`,
  },
  en: {
    figures:
      'Every figure is the source document’s own, as it writes it. Where it says “more than”, so does the app: they are lower bounds.',
    kinds:
      'Mobilised: people who acted (signatures, e-mails, tweets). Reach: people reached. Results: what changed. Donations: money given. Context: figures that situate the campaign.',
    total:
      'Signatures and actions: each campaign’s largest mobilisation figure (its figures overlap), summed over the campaigns. These are participations, not people: one person may count in several campaigns. As soon as one term is “more than”, so is the sum, rounded down.',
    countries:
      'Countries concerned: the countries where the campaign’s issue is, not those of its targets or where people acted.',
    map: 'On the “People mobilised” map, a figure counts only for the countries it is about, or for the country concerned when the campaign has only one. A country to which its campaigns attribute no figure is hatched (“Campaigns without a figure”). A country’s tooltip gives what each of its campaigns adds.',
    termsCaption: 'The terms of the sum',
    campaign: 'Campaign',
    counted: 'Figure counted',
    none: 'no mobilisation figure',
    countriesList: (names) => `Countries concerned: ${names}.`,
    victoriesList: (titles) => `Victories: ${titles}.`,
    exportNote: (total, atLeast) =>
      `In all, ${total} signatures and actions${atLeast ? ', a lower bound (the source says “more than”)' : ''}: participations, one person may count in several campaigns.`,
  },
};
