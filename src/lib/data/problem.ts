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

/** `file › campaign id › field: what is wrong`, the format every tool prints. */
export function formatProblem(file: string, p: DataProblem): string {
  return [file, p.campaign, p.field].filter(Boolean).join(' › ') + `: ${p.message}`;
}

/** A JSON syntax error, as a problem like any other. */
export function jsonProblem(error: unknown): DataProblem {
  return {
    campaign: '',
    field: '(json)',
    message: `not valid JSON: ${(error as Error).message.replace(/\s+/g, ' ')}`,
  };
}
