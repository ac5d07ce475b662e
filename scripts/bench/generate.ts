/**
 * Seeded synthetic campaign datasets for `npm run bench`: realistic enough that
 * the app does the work real data makes it do (20 years, ongoing ones, skewed
 * countries, French text of real length), and always valid for the app's schema.
 * Also a CLI:
 *   tsx scripts/bench/generate.ts <count> [--seed 1] [--out file.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { formatProblem, parseDatasetText } from '../../src/lib/data/parse.ts';
import type { Campaign, CampaignCountry, Dataset, Impact } from '../../src/lib/data/schema.ts';
import { ONGOING, type OUTCOMES } from '../../src/lib/data/vocabulary.ts';
import { alpha3ToAlpha2, numericToAlpha3 } from '../../src/lib/geo/iso.ts';

export const FIRST_YEAR = 2006;
export const LAST_YEAR = 2025;

/** mulberry32: tiny, fast and good enough to make the same dataset from the same seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every country the world map draws (world-atlas 110m), Antarctica aside: nobody campaigns there. */
export const MAP_COUNTRIES: readonly string[] = (() => {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  const world = JSON.parse(readFileSync(file, 'utf8')) as {
    objects: { countries: { geometries: { id?: string }[] } };
  };
  const codes = world.objects.countries.geometries.map((g) => numericToAlpha3(String(g.id)));
  return [...new Set(codes)].filter((c): c is string => !!c && c !== 'ATA').sort();
})();

/** Real campaigns cluster on a few countries; these weigh more than the rest (weight 1). */
// prettier-ignore
const HOT: Record<string, number> = {
  RUS: 30, USA: 26, UGA: 22, BRA: 16, FRA: 14, IDN: 14, NGA: 12, GBR: 10, POL: 10, CHN: 9,
  IND: 9, HUN: 8, TUR: 8, KEN: 8, GHA: 8, EGY: 7, MYS: 6, TZA: 6, CMR: 6, IRN: 6, ITA: 5,
  DEU: 5, MEX: 5, ARG: 4, COL: 4, PER: 4, ECU: 4, PRY: 4, JAM: 4, AUS: 4, CAN: 4, UKR: 4,
  KAZ: 3, AZE: 3, GEO: 3, SEN: 3, MAR: 3, TUN: 3, LBN: 3, ZAF: 3, PHL: 3, KOR: 3, JPN: 3,
};

/** The tags real data uses (data/campaigns.json); the schema has no closed list for them. */
// prettier-ignore
const TAGS = [
  'détention', 'droits des femmes', 'diplomatie', 'violences', 'sport', 'entreprises', 'médias',
  'santé', 'transidentité', 'mariage', 'religion', 'famille', 'réfugiés', 'criminalisation',
];

/** Campaign themes: a title after « Pays : », the tags it implies, whom it targets. */
// prettier-ignore
const THEMES: { title: string; tags: string[]; targets: string[]; context: string }[] = [
  { title: 'stopper la loi anti-gay', tags: ['criminalisation'], targets: ['Parlement'], context: 'Un projet de loi prévoit jusqu’à 14 ans de prison pour les relations entre personnes de même sexe.' },
  { title: 'libérez les militantes', tags: ['détention', 'droits des femmes'], targets: ['Ministère de la Justice'], context: 'Des militantes ont été arrêtées pour avoir distribué des tracts contre le harcèlement.' },
  { title: 'non aux « thérapies de conversion »', tags: ['santé'], targets: ['Ministère de la Santé'], context: 'Des cliniques prétendent « guérir » l’homosexualité en enfermant des jeunes contre leur gré.' },
  { title: 'protéger les personnes trans', tags: ['transidentité', 'violences'], targets: ['Gouvernement'], context: 'Les agressions contre les personnes trans se multiplient sans que la police n’enquête.' },
  { title: 'la Marche des fiertés doit avoir lieu', tags: ['violences'], targets: ['Mairie de la capitale'], context: 'La mairie a interdit la Marche des fiertés en invoquant des « raisons de sécurité ».' },
  { title: 'l’égalité devant le mariage', tags: ['mariage', 'famille'], targets: ['Parlement'], context: 'Le Parlement examine enfin un texte ouvrant le mariage à tous les couples.' },
  { title: 'accueillir les réfugiés LGBT', tags: ['réfugiés', 'diplomatie'], targets: ['Ministère de l’Intérieur'], context: 'Des personnes fuyant les persécutions risquent d’être renvoyées vers le danger.' },
  { title: 'un sponsor qui finance la haine', tags: ['entreprises'], targets: ['Direction générale du sponsor'], context: 'Une grande entreprise finance une organisation qui milite contre nos droits.' },
  { title: 'halte à la propagande télévisée', tags: ['médias'], targets: ['Autorité de l’audiovisuel'], context: 'Une chaîne nationale a diffusé un reportage présentant les personnes gays comme un danger.' },
  { title: 'le sport pour toutes et tous', tags: ['sport', 'diplomatie'], targets: ['Fédération sportive'], context: 'Un grand événement sportif se tient dans un pays qui punit l’amour entre personnes de même sexe.' },
  { title: 'les chefs religieux doivent condamner les violences', tags: ['religion', 'violences'], targets: ['Conseil des cultes'], context: 'Des prêches appellent ouvertement à la violence contre les personnes LGBT+.' },
  { title: 'des familles reconnues', tags: ['famille'], targets: ['Ministère de la Famille'], context: 'Les enfants de couples de même sexe n’ont aucune protection juridique.' },
  { title: 'ne laissez pas passer la loi « anti-propagande »', tags: ['criminalisation', 'médias'], targets: ['Parlement', 'Président'], context: 'Une loi interdirait de parler d’homosexualité devant des mineurs, y compris dans les médias.' },
];

const CONTEXT_MORE = [
  'Les associations locales nous ont alertés et demandé un soutien international rapide.',
  'Les partenaires sur place craignaient que le silence des autres pays ne vaille approbation.',
  'Les médias nationaux relayaient sans recul les discours des opposants à l’égalité.',
  'Plusieurs responsables politiques avaient déjà promis de soutenir le texte.',
  'Les personnes concernées vivaient dans la peur d’être dénoncées par leurs voisins.',
  'Le vote devait avoir lieu en quelques semaines seulement : il fallait agir vite.',
];

const ACTIONS = [
  'Les membres d’All Out ont signé une pétition remise en main propre aux décideurs.',
  'Nous avons envoyé des milliers de messages aux responsables et organisé des rassemblements devant les ambassades.',
  'Une tribune signée par des personnalités a été publiée dans la presse nationale.',
  'Nos partenaires ont porté la pétition jusqu’au bureau du ministre, devant les caméras.',
  'Des membres ont appelé les bureaux des élus pendant toute une semaine.',
];

/** Sentences that say how it ended: one of them is the campaign's outcomeEvidence. */
const ENDINGS: Record<(typeof OUTCOMES)[number], string[]> = {
  victory: [
    'Le texte a été retiré quelques semaines plus tard.',
    'Les autorités ont fini par céder et ont annulé la décision.',
    'Les militantes ont toutes été libérées.',
    'L’entreprise a annoncé qu’elle cessait son financement.',
    'La Marche a pu avoir lieu sous protection policière.',
  ],
  partial: [
    'Le projet a été suspendu, mais il n’a pas été abandonné.',
    'Une partie des mesures a été adoptée, le reste est reporté.',
    'La peine a été réduite, mais la loi reste en vigueur.',
  ],
  visibility: [
    'La campagne a été reprise par des dizaines de médias dans le monde.',
    'Le sujet est entré dans le débat public pour la première fois.',
    'Des millions de personnes ont découvert la situation grâce à la mobilisation.',
  ],
  ongoing: [
    'La mobilisation continue : chaque signature compte.',
    'Le combat n’est pas terminé et nous restons aux côtés de nos partenaires.',
  ],
};

const LIST_ITEMS = [
  'écrire aux parlementaires',
  'partager la pétition sur les réseaux sociaux',
  'soutenir les associations locales',
  'rejoindre le rassemblement devant l’ambassade',
  'financer l’aide juridique d’urgence',
  'interpeller les entreprises partenaires',
];

// prettier-ignore
const PARTNERS = [
  'Collectif Arc-en-ciel', 'Fierté solidaire', 'Réseau des familles', 'Maison des droits',
  'Association Horizon', 'Voix trans', 'Alliance pour l’égalité',
];

const MOBILISED = [
  'personnes ont signé la pétition',
  'membres d’All Out ont écrit aux autorités',
  'personnes ont partagé la campagne',
];
const RESULTS = [
  'propositions de loi retirées',
  'personnes mises en sécurité',
  'militantes libérées',
];
const OTHERS = ['villes mobilisées', 'jours de mobilisation', 'rassemblements organisés'];

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
/** Fisher–Yates, in place. */
function shuffle<T>(rng: Rng, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
/** Log-uniform, rounded to two significant digits, as campaign figures are. */
function figure(rng: Rng, lo: number, hi: number): number {
  const raw = Math.exp(Math.log(lo) + rng() * (Math.log(hi) - Math.log(lo)));
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(raw)) - 1);
  return Math.round(raw / unit) * unit;
}

function pickCountries(rng: Rng, n: number): string[] {
  const chosen: string[] = [];
  while (chosen.length < n) {
    const pool = MAP_COUNTRIES.filter((c) => !chosen.includes(c));
    const total = pool.reduce((sum, c) => sum + (HOT[c] ?? 1), 0);
    let r = rng() * total;
    const hit = pool.find((c) => (r -= HOT[c] ?? 1) < 0) ?? pool.at(-1)!;
    chosen.push(hit);
  }
  return chosen;
}

// Names as the app shows them (it uses the same Intl data); same Node ⇒ same names.
const regionNames = new Intl.DisplayNames(['fr'], { type: 'region' });
const countryName = (code: string) => regionNames.of(alpha3ToAlpha2(code) ?? code) ?? code;

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48)
    .replace(/-$/, '');
}

function impacts(rng: Rng): Impact[] {
  const n = pick(rng, [0, 1, 1, 1, 2, 2, 3]);
  return Array.from({ length: n }, (_, i): Impact => {
    const kind =
      i === 0 ? 'mobilised' : pick(rng, ['reached', 'money', 'result', 'other'] as const);
    const over = rng() < 0.3 ? { qualifier: 'over' as const } : {};
    switch (kind) {
      case 'mobilised':
        return { value: figure(rng, 1000, 2e6), label: pick(rng, MOBILISED), kind, ...over };
      case 'reached':
        return { value: figure(rng, 1e5, 5e6), label: 'personnes atteintes en ligne', kind };
      case 'money':
        return {
          value: figure(rng, 5000, 200000),
          unit: pick(rng, ['EUR', 'USD', 'GBP']),
          label: 'collectés pour l’aide d’urgence',
          kind,
        };
      case 'result':
        return { value: between(rng, 1, 40), label: pick(rng, RESULTS), kind };
      default:
        return rng() < 0.3
          ? {
              value: between(rng, 20, 80),
              unit: 'percent',
              label: 'de la population favorable',
              kind,
            }
          : { value: between(rng, 2, 60), label: pick(rng, OTHERS), kind };
    }
  });
}

/** One campaign; `month` counts from January of FIRST_YEAR, null for an ongoing one. */
function campaign(rng: Rng, month: number | null, ids: Set<string>, titles: Set<string>): Campaign {
  const theme = pick(rng, THEMES);
  const codes = pickCountries(rng, pick(rng, [1, 1, 1, 1, 1, 1, 2, 2, 3]));
  const countries = codes.map((code, i): CampaignCountry => ({
    code,
    role: i === 0 || rng() < 0.2 ? 'focus' : pick(rng, ['target', 'action'] as const),
  }));
  const name = countryName(codes[0]!);
  let title = `${name} : ${theme.title}`;
  // Titles label the panel: keep them unique so a benchmark can find what it opened.
  for (let n = 2; titles.has(title); n++) title = `${name} : ${theme.title} (${n})`;
  titles.add(title);
  let id = slug(title);
  for (let n = 2; ids.has(id); n++) id = `${slug(title)}-${n}`;
  ids.add(id);

  const outcome =
    month === null
      ? 'ongoing'
      : pick(rng, ['victory', 'victory', 'partial', 'visibility'] as const);
  const evidence = pick(rng, ENDINGS[outcome]);
  const impact = impacts(rng);
  const first = impact[0];
  const count = first ? `${first.value.toLocaleString('fr-FR')} ${first.label}. ` : '';
  const narrative: Campaign['narrative'] = [
    `${name} : ${theme.context[0]!.toLowerCase()}${theme.context.slice(1)} ${pick(rng, CONTEXT_MORE)} ${pick(rng, CONTEXT_MORE)}`,
    `${pick(rng, ACTIONS)} ${count}${pick(rng, ACTIONS)} ${evidence}`,
  ];
  if (rng() < 0.25) {
    const items = shuffle(rng, [...LIST_ITEMS]).slice(0, between(rng, 2, 4));
    narrative.push({ items });
  }
  const tags = [...new Set([...theme.tags, ...(rng() < 0.2 ? [pick(rng, TAGS)] : [])])];
  return {
    id,
    title,
    date:
      month === null
        ? ONGOING
        : `${FIRST_YEAR + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
    outcome,
    outcomeEvidence: evidence,
    countries,
    impact,
    narrative,
    tags,
    ...(rng() < 0.25 ? { partners: [pick(rng, PARTNERS)] } : {}),
    ...(rng() < 0.5 ? { targets: theme.targets } : {}),
  };
}

/** A dataset of `count` campaigns; the same (count, seed) always gives the same dataset. */
export function generateDataset(count: number, seed: number): Dataset {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`count must be a positive integer, got ${count}`);
  const rng = mulberry32(seed);
  const ongoing = Math.max(1, Math.round(count * 0.02));
  const dated = count - ongoing;
  const months = (LAST_YEAR - FIRST_YEAR + 1) * 12;
  const ids = new Set<string>();
  const titles = new Set<string>();
  const campaigns: Campaign[] = [];
  // Dates spread evenly with jitter, first and last pinned: any size spans the 20 years.
  for (let k = 0; k < dated; k++) {
    const at = dated === 1 ? 0 : (k / (dated - 1)) * (months - 1);
    const jitter = (rng() - 0.5) * (months / Math.max(1, dated));
    const month = Math.min(
      months - 1,
      Math.max(0, Math.round(k === 0 || k === dated - 1 ? at : at + jitter)),
    );
    campaigns.push(campaign(rng, month, ids, titles));
  }
  for (let k = 0; k < ongoing; k++) campaigns.push(campaign(rng, null, ids, titles));
  // Real files are not in date order: shuffle so the app does the sorting.
  shuffle(rng, campaigns);
  return {
    source: {
      title: 'Nos mobilisations (données synthétiques)',
      publisher: 'All Out',
      language: 'fr',
      description: `${count} campagnes inventées (graine ${seed}) pour mesurer les performances de l’explorateur.`,
    },
    campaigns,
  };
}

/** The dataset as file text, checked by the app's own parser: throws with every problem if invalid. */
export function generateDatasetText(count: number, seed: number): string {
  const text = JSON.stringify(generateDataset(count, seed), null, 2) + '\n';
  const result = parseDatasetText(text);
  if (!result.ok) {
    const file = `synthetic-${count}-seed-${seed}.json`;
    const lines = result.problems.slice(0, 20).map((p) => formatProblem(file, p));
    throw new Error(`generated dataset fails the schema:\n${lines.join('\n')}`);
  }
  return text;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const count = Number(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')));
  try {
    const text = generateDatasetText(count, Number(value('--seed') ?? 1));
    const out = value('--out');
    if (out) writeFileSync(out, text);
    else process.stdout.write(text);
  } catch (error) {
    console.error((error as Error).message);
    console.error('usage: tsx scripts/bench/generate.ts <count> [--seed 1] [--out file.json]');
    process.exit(1);
  }
}
