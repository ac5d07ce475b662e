import { formatCampaignDate } from '../format/dates';
import type { Messages } from '../i18n/fr';
import { keyToString, ONGOING_KEY, type MonthKey } from './month-key';

/** A period's ends in words: whole years as "2012", otherwise "avril 2012"; « En cours ». */
export function periodText(from: MonthKey, to: MonthKey, t: Messages): [string, string] {
  const whole = from % 12 === 0 && (to === ONGOING_KEY || to % 12 === 11);
  const text = (key: MonthKey) =>
    key === ONGOING_KEY
      ? t.ongoing
      : whole
        ? String(Math.floor(key / 12))
        : formatCampaignDate(keyToString(key), t.ongoing, t.locale);
  return [text(from), text(to)];
}
