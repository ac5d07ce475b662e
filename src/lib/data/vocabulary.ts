/**
 * The dataset's closed vocabularies, apart from the schema so that the app can
 * use them without bundling the validator.
 */
export const OUTCOMES = ['victory', 'partial', 'visibility', 'ongoing'] as const;
export const ROLES = ['focus', 'target', 'action'] as const;
export const IMPACT_KINDS = ['mobilised', 'reached', 'money', 'result', 'other'] as const;
export const QUALIFIERS = ['over'] as const;
export const ONGOING = 'ongoing';
