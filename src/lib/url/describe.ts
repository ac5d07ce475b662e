/** Turns what `fromParams` could not use into a short notice for the reader. */
import type { Messages } from '../i18n/fr';
import type { UrlProblem } from './params';

export function describeProblem(problem: UrlProblem, t: Messages): string {
  switch (problem.kind) {
    case 'unknown-campaign':
      return t.noticeUnknownCampaign(problem.value);
    case 'unknown-country':
      return t.noticeUnknownCountry(problem.value);
    case 'bad-period':
      return t.noticeBadPeriod(problem.value);
    case 'bad-value':
      return t.noticeBadValue(problem.key, problem.value);
    case 'unknown-param':
      return t.noticeUnknownParam(problem.key);
  }
}
