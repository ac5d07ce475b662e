/**
 * How the dataset's problems are reported, by the build, `check:data` and
 * `?data=` alike. Kept apart from the schema so the loader can report a JSON
 * error without loading the validator.
 */
export interface DataProblem {
  /** Campaign id (or `#index` when the id itself is unusable); empty for top-level fields. */
  campaign: string;
  /** Dotted path inside the campaign (or the dataset), e.g. `countries[1].code`. */
  field: string;
  message: string;
}

/** The most characters of a file's own text that a problem quotes. */
export const EXCERPT_LENGTH = 40;

/**
 * At most `EXCERPT_LENGTH` characters of `text`, « … » marking a cut: enough to find
 * the place, never a whole file (check:data may be pointed at any file by mistake).
 */
export function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}

/** A value of the file, quoted as JSON and cut to an excerpt. */
export function quote(value: unknown): string {
  return JSON.stringify(typeof value === 'string' ? excerpt(value) : value) ?? String(value);
}

/** Quoted runs longer than an excerpt, wherever a message was written. */
const LONG_QUOTE = new RegExp(`"((?:[^"\\\\]|\\\\.){${EXCERPT_LENGTH + 1},})"`, 'g');

/** `file › campaign id › field: what is wrong`, the format every tool prints. */
export function formatProblem(file: string, p: DataProblem): string {
  const message = p.message.replace(LONG_QUOTE, (_, inner: string) => `"${excerpt(inner)}"`);
  return [file, excerpt(p.campaign), excerpt(p.field)].filter(Boolean).join(' › ') + `: ${message}`;
}

/** A JSON syntax error, as a problem like any other. */
export function jsonProblem(error: unknown): DataProblem {
  return {
    campaign: '',
    field: '(json)',
    message: `not valid JSON: ${(error as Error).message.replace(/\s+/g, ' ')}`,
  };
}
