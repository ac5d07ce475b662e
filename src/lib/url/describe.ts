/**
 * Turns what a URL asked for and could not get into short notices for the reader:
 * one notice per kind of problem, however many values it holds, and every value
 * from the URL quoted short (a URL can carry thousands of characters).
 */
import type { Messages } from '../i18n/fr';
import type { UrlProblem } from './params';

/** How many characters of a value from the URL a notice quotes. */
export const EXCERPT_LENGTH = 40;
/** How many values a grouped notice names before counting the rest. */
export const LISTED = 3;

/** At most `max` characters of `value` (code points, never half of one), cut with « … ». */
export function excerpt(value: string, max = EXCERPT_LENGTH): string {
  if (value.length <= max) return value;
  const chars = Array.from(value.slice(0, 2 * max));
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}

/** "a, b, c et 97 autres": the first few values, quoted short, and how many more. */
export function someOf(values: readonly string[], t: Messages): string {
  const shown = values.slice(0, LISTED).map((v) => excerpt(v));
  const rest = values.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} ${t.andMore(rest)}`;
  return new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(shown);
}

export function describeProblem(problem: UrlProblem, t: Messages): string {
  switch (problem.kind) {
    case 'unknown-campaign':
      return t.noticeUnknownCampaign(excerpt(problem.value));
    case 'unknown-country':
      return t.noticeUnknownCountry(excerpt(problem.value));
    case 'bad-period':
      return t.noticeBadPeriod(excerpt(problem.value));
    case 'period-outside':
      return t.noticePeriodOutside(excerpt(problem.value));
    case 'bad-value':
      return t.noticeBadValue(excerpt(problem.key), excerpt(problem.value));
    case 'unknown-param':
      return t.noticeUnknownParam(excerpt(problem.key));
    case 'weak-accent':
      return t.noticeWeakAccent(excerpt(problem.value), problem.schemes);
    case 'unknown-tour':
      return t.noticeUnknownTour(excerpt(problem.value));
    case 'unknown-slide':
      return t.noticeUnknownSlide(excerpt(problem.value));
  }
}

/** The notice for several problems of one kind (and one key), or null where a URL holds one at most. */
function describeGroup(problems: readonly UrlProblem[], t: Messages): string | null {
  const first = problems[0]!;
  const values = [...new Set(problems.map((p) => ('value' in p ? p.value : p.key)))];
  if (values.length === 1) return describeProblem(first, t);
  const list = someOf(values, t);
  switch (first.kind) {
    case 'bad-value':
      if (first.key === 'tag') return t.noticeUnknownThemes(list);
      if (first.key === 'outcome') return t.noticeUnknownOutcomes(list);
      return t.noticeBadValues(excerpt(first.key), list);
    case 'unknown-param':
      return t.noticeUnknownParams(list);
    case 'unknown-tour':
      return t.noticeUnknownTours(list);
    default:
      return null;
  }
}

/** One notice per kind of problem (per key for bad values), in the order they first occur. */
export function describeProblems(problems: readonly UrlProblem[], t: Messages): string[] {
  const groups = new Map<string, UrlProblem[]>();
  for (const p of problems) {
    const key = p.kind === 'bad-value' ? `${p.kind}:${p.key}` : p.kind;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()].flatMap(
    (group) => describeGroup(group, t) ?? group.map((p) => describeProblem(p, t)),
  );
}
