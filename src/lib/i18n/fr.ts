/**
 * Every UI string, in French (the default). The English catalogue has the same
 * shape (`Messages`) and loads on demand. Narratives are never translated.
 * Typography is done here: \u00a0 before ":", \u202f before ";!?" and inside « ».
 */
import type { Outcome, Role, ImpactKind } from '../data/schema';
import { frenchTo } from '../format/country-grammar';
import { formatCount } from '../format/numbers';
import type { Lang } from '../view';

const n = (value: number) => formatCount(value, 'fr-FR');
/** "10 000 campagnes": grouped as French writes numbers. */
const plural = (count: number, one: string, many: string) =>
  `${n(count)} ${count <= 1 ? one : many}`;
/** « 1,6 million de signatures », but « 120 000 signatures ». */
export const countOf = (count: string, noun: string) =>
  `${count}${/(million|milliard)s?$/.test(count) ? ' de' : ''} ${noun}`;
const campagnes = (count: number) =>
  count === 0 ? 'aucune campagne' : plural(count, 'campagne', 'campagnes');

export const fr = {
  lang: 'fr' as Lang,
  locale: 'fr-FR',
  appTitle: 'Nos mobilisations',
  appTagline: 'Les campagnes d’All\u00a0Out sur une frise et une carte du monde',
  /** The tab's title: index.html carries the same text, for the first paint. */
  documentTitle: 'Nos mobilisations · les campagnes d’All Out sur une frise et une carte',
  skipToList: 'Aller à la liste des campagnes',
  source: (publisher: string, title: string) =>
    `Source\u00a0: ${publisher}, «\u202f${title}\u202f»`,
  ongoing: 'En cours',
  loading: 'Chargement…',
  narrativeUnavailable: 'Le récit n’a pas pu être chargé\u00a0:',

  // Pieces that load on demand, when the network fails them
  retry: 'Réessayer',
  backToExplorer: 'Retour à l’explorateur',
  presentFailed: 'La présentation n’a pas pu être chargée.',
  zoomFailed: 'Le zoom de la carte n’a pas pu être chargé.',
  embedFailed: 'Le code d’intégration n’a pas pu être chargé.',
  bridgeFailed: 'La liaison avec la page hôte n’a pas pu être chargée.',
  /** Beside the language link, which tries again. */
  playFailed: 'La lecture de la frise n’a pas pu être chargée.',
  languageFailed: 'La version anglaise n’a pas pu être chargée.',

  campaigns: campagnes,
  countries: (n: number) => (n === 0 ? 'aucun pays' : plural(n, 'pays', 'pays')),
  campaignOn: (title: string, date: string) => `${title}, ${date}`,
  selected: 'sélectionnée',
  outcome: {
    victory: 'Victoire',
    partial: 'Victoire partielle',
    visibility: 'Visibilité gagnée',
    ongoing: 'En cours',
  } satisfies Record<Outcome, string>,
  role: {
    focus: 'pays concerné',
    target: 'siège de la cible',
    action: 'pays d’action',
  } satisfies Record<Role, string>,
  impactKind: {
    mobilised: 'Mobilisation',
    reached: 'Audience',
    money: 'Dons',
    result: 'Résultat',
    other: 'Contexte',
  } satisfies Record<ImpactKind, string>,
  over: 'plus de',

  // Filters
  filters: 'Filtres',
  search: 'Rechercher',
  searchPlaceholder: 'Titre, pays, mot du récit…',
  themes: 'Thèmes',
  /** The dataset's tags are French: other languages name them (a tag not named shows as it is). */
  themeNames: {} as Readonly<Record<string, string>>,
  outcomes: 'Issue',
  clearFilters: 'Tout effacer',
  filtersButton: (count: number) => (count ? `Filtres (${count})` : 'Filtres'),
  removeFilter: (label: string) => `Retirer le filtre\u00a0: ${label}`,
  resultsCount: (shown: number, total: number) =>
    shown === total ? campagnes(total) : `${campagnes(shown)} sur ${n(total)}`,

  // Timeline
  timeline: 'Frise chronologique des campagnes',
  /** The time-lapse's button (pressed while it plays) (its other words load with it: i18n/playback.ts). */
  play: 'Lecture',
  timelineHelp:
    'Flèches gauche et droite pour passer d’une campagne à l’autre, Entrée pour l’ouvrir.',
  period: 'Période',
  periodStart: 'Début de la période',
  periodEnd: 'Fin de la période',
  allPeriods: 'Toutes les dates',
  clearPeriod: 'Toute la période',
  yearButton: (year: string) => year,
  periodLabel: (from: string, to: string) => (from === to ? from : `${from} – ${to}`),
  morePerMonth: (count: number) => `+${n(count)}`,
  binLabel: (period: string, count: number) =>
    `${period}\u00a0: ${plural(count, 'campagne', 'campagnes')}, zoomer sur cette période`,
  zoomOutTimeline: 'Voir toute la frise',
  timelineZoomed: (period: string) => `Frise zoomée sur ${period}`,
  binsHelp:
    'Trop de campagnes pour les montrer une à une\u00a0: chaque barre compte celles d’une période. Entrée zoome sur la période.',

  // Map
  map: 'Carte du monde des campagnes',
  mapHelp:
    'Flèches pour passer d’un pays à l’autre, Entrée pour le sélectionner, Échap pour désélectionner.',
  metric: 'Colorer par',
  filterPart: (label: string, values: string) => `${label}\u00a0: ${values}`,
  outlineKey: 'Contours d’une campagne',
  outlineFocus: 'Pays concerné',
  outlineOther: 'Siège de la cible ou pays d’action',
  metricCampaigns: 'Nombre de campagnes',
  metricPeople: 'Personnes mobilisées',
  legendCampaigns: 'Campagnes liées au pays (tous rôles)',
  legendPeople:
    'Personnes mobilisées\u00a0: par campagne, son plus grand chiffre de mobilisation pour ce pays, additionné (des signatures et actions, au moins)',
  legendNone: 'Aucune campagne',
  legendNoFigure: 'Campagnes sans chiffre',
  countryCampaigns: (name: string, n: number) =>
    `${name}, ${n === 0 ? 'aucune campagne' : plural(n, 'campagne', 'campagnes')}`,
  andMore: (count: number) => `et ${plural(count, 'autre', 'autres')}`,
  countryPeople: (people: string) => countOf(people, 'signatures et actions'),
  countryNoFigure: (count: number) => `${campagnes(count)}, sans chiffre de mobilisation`,
  countryUnplaced: (count: number) =>
    `${plural(count, 'chiffre non attribué', 'chiffres non attribués')} à un pays`,
  creditNone: 'sans chiffre pour ce pays',
  campaignsOrMore: (n: number) => `${n} campagnes et plus`,
  lessThan: (v: string) => `moins de ${v}`,
  between: (a: string, b: string) => `${a} – ${b}`,
  atLeast: (v: string) => `${v} et plus`,
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  zoomReset: 'Vue du monde entier',
  mapUnavailable: 'La carte n’a pas pu être chargée. La frise et la liste restent utilisables.',
  countryFilter: (name: string) => `Pays\u00a0: ${name}`,
  clearCountry: 'Désélectionner le pays',
  campaignsInCountry: (code: string, name: string) => `Campagnes liées ${frenchTo(code, name)}`,

  // Detail panel
  details: 'Détails de la campagne',
  close: 'Fermer',
  sheetExpand: 'Agrandir le panneau',
  sheetShrink: 'Réduire le panneau',
  previous: 'Campagne précédente',
  next: 'Campagne suivante',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié',
  copyFailed: 'Copie impossible\u00a0: sélectionnez le lien ci-dessous',
  figures: 'Chiffres',
  story: 'Le récit',
  countriesHeading: 'Pays',
  partners: 'Partenaires',
  targets: 'Cibles',
  errata: 'Coquilles corrigées',

  // List
  list: 'Liste des campagnes',
  listFolded: (count: number) => `Liste des campagnes (${n(count)})`,
  sortBy: 'Trier par date',
  sortNewest: 'Plus récentes d’abord',
  sortOldest: 'Plus anciennes d’abord',
  dateHeading: 'Date',
  titleHeading: 'Campagne',
  countriesColumn: 'Pays',
  outcomeHeading: 'Issue',
  noResults: 'Aucune campagne ne correspond à ces filtres.',
  listShown: (shown: number, total: number) => `${n(shown)} premières sur ${n(total)}`,
  listMore: (count: number) => `Afficher ${campagnes(count)} de plus`,

  // Live announcements
  announceSelected: (title: string, date: string) => `${title}, ${date}, sélectionnée`,
  announceClosed: 'Détails fermés',
  announceCountry: (name: string, n: number) =>
    `${name}\u00a0: ${n === 0 ? 'aucune campagne' : plural(n, 'campagne', 'campagnes')}`,
  announceCountryCleared: 'Filtre pays retiré',
  announcePeriod: (label: string, n: number) =>
    `Période ${label}\u00a0: ${plural(n, 'campagne', 'campagnes')}`,
  announceFilters: (n: number) => `${plural(n, 'campagne affichée', 'campagnes affichées')}`,

  // ?data= errors
  dataUnusable: (path: string) =>
    `Le jeu de données «\u202f${path}\u202f» ne peut pas être utilisé\u00a0:`,
  dataFallback: 'Ouvrir les campagnes par défaut',
  dataRetry: 'Réessayer',

  // Print: the list's first line says what it holds
  printScope: (shown: string, filters: string) =>
    filters ? `${shown}, selon les filtres\u00a0: ${filters}.` : `${shown}.`,
  quoted: (text: string) => `«\u202f${text}\u202f»`,

  // Export
  exportOpen: 'Exporter',
  exportSvg: 'Image vectorielle (SVG)',
  exportPng: (size: string) => `Image PNG ${size}`,
  exportFailed: 'L’export n’a pas pu être préparé.',

  // Presenter mode
  present: 'Présenter',
  presentStage: 'Présentation des campagnes',
  presentOpening: (count: number, from: number, to: number, ongoing: number) =>
    `${plural(count, 'campagne', 'campagnes')}, de ${from} à ${to}` +
    (ongoing === 0 ? '' : ongoing === 1 ? ', dont une en cours' : `, dont ${n(ongoing)} en cours`),
  presentClosing: 'Au total',
  totalsPeople: 'signatures et actions',
  totalsPeopleNote: 'une même personne peut compter dans plusieurs campagnes',
  howWeRead: 'Comment lisons-nous ces chiffres\u202f?',
  methodFailed: 'L’explication des chiffres n’a pas pu être chargée.',
  totalsCountries: 'pays concernés',
  totalsVictories: 'victoires',
  overviewTitle: 'En bref',
  overviewHint:
    'Choisissez une campagne sur la carte, la frise ou dans la liste pour lire son histoire et ses chiffres.',
  showNarrative: 'Afficher le récit (N)',
  hideNarrative: 'Masquer le récit (N)',
  progress: (i: number, n: number) => `${i}\u202f/\u202f${n}`,
  slideLabel: (i: number, n: number) => `Diapositive ${i} sur ${n}`,
  presentHelp:
    '→ suivante · ← précédente · F plein écran · B écran noir · N récit · D thème sombre · Échap quitter',
  exitPresent: 'Quitter la présentation',
  openConsole: 'Console de l’orateur (C)',
  consoleTitle: 'Console de l’orateur',
  consoleNext: 'Ensuite',
  consoleNotes: 'Notes',
  consoleElapsed: 'Écoulé',
  consoleClock: 'Heure',
  noticeUnknownSlide: (value: string) =>
    `Diapositive inconnue «\u202f${value}\u202f»\u00a0: début du parcours.`,
  noticeUnknownTour: (id: string) =>
    `Campagne inconnue dans le parcours\u00a0: «\u202f${id}\u202f».`,

  noticeUnknownCampaign: (id: string) =>
    `Campagne inconnue «\u202f${id}\u202f»\u00a0: vue par défaut.`,
  noticeUnknownCountry: (code: string) =>
    `Pays inconnu «\u202f${code}\u202f»\u00a0: vue par défaut.`,
  noticeBadPeriod: (value: string) =>
    `Période illisible «\u202f${value}\u202f»\u00a0: toutes les dates.`,
  noticePeriodOutside: (value: string) =>
    `Aucune campagne sur la période «\u202f${value}\u202f»\u00a0: toutes les dates.`,
  noticeBadValue: (key: string, value: string) =>
    `Valeur inconnue pour ${key}\u00a0: «\u202f${value}\u202f», ignorée.`,
  noticeUnknownParam: (key: string) => `Paramètre inconnu «\u202f${key}\u202f», ignoré.`,
  // Several of one kind: `list` is "a, b, c et 97 autres".
  noticeUnknownThemes: (list: string) => `Thèmes inconnus ignorés\u00a0: ${list}.`,
  noticeUnknownOutcomes: (list: string) => `Issues inconnues ignorées\u00a0: ${list}.`,
  noticeBadValues: (key: string, list: string) =>
    `Valeurs inconnues pour ${key}, ignorées\u00a0: ${list}.`,
  noticeUnknownParams: (list: string) => `Paramètres inconnus ignorés\u00a0: ${list}.`,
  noticeUnknownTours: (list: string) => `Campagnes inconnues dans le parcours\u00a0: ${list}.`,
  noticeWeakAccent: (value: string, schemes: readonly ('light' | 'dark')[]) =>
    `Couleur d’accent «\u202f${value}\u202f» trop peu contrastée en thème ${schemes.length > 1 ? 'clair et sombre' : schemes[0] === 'dark' ? 'sombre' : 'clair'}\u00a0: couleur par défaut gardée.`,
  dismiss: 'Fermer l’avis',
  language: 'Language: English',
  languageHref: 'en',

  // Embed: the « Intégrer » dialog
  embedOpen: 'Intégrer',
  embedTitle: 'Intégrer l’explorateur sur votre site',
  embedIntro: 'Collez ce code dans votre page. Il affiche la vue actuelle, sans en-tête.',
  embedFrameTitle:
    'Nos mobilisations\u00a0: les campagnes d’All\u00a0Out sur une frise et une carte',
  embedFormat: 'Format',
  embedFormatScript: 'Script (hauteur automatique, recommandé)',
  embedFormatIframe: 'iframe seule (sans JavaScript)',
  embedTheme: 'Thème',
  embedThemeAuto: 'Celui du lecteur',
  embedThemeLight: 'Clair',
  embedThemeDark: 'Sombre',
  embedLanguage: 'Langue de l’interface',
  embedStart: (title: string) => `Ouvrir sur «\u202f${title}\u202f»`,
  embedFilters: 'Garder les filtres actuels',
  embedDeeplink: 'Refléter la vue dans l’adresse de votre page',
  embedFull: 'Page entière (filtres et liste dépliée)',
  embedCode: 'Code à coller',
  embedCopy: 'Copier le code',
  embedCopied: 'Code copié.',
  embedCopyFallback: 'Code sélectionné\u00a0: appuyez sur Ctrl+C (⌘+C sur Mac) pour le copier.',
  embedPreview: 'Aperçu',
  embedPreviewTitle: 'Aperçu de l’intégration',
  embedClose: 'Fermer',
};

export type Messages = typeof fr;
