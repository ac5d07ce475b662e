/**
 * French typography for display: a narrow no-break space before ; ! ? and
 * inside « », a no-break space before :. The dataset keeps the source's plain
 * spaces; readers get the typeset text.
 */
const NNBSP = '\u202f';
const NBSP = '\u00a0';

export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]*([;!?])/g, (_, mark: string) => `${NNBSP}${mark}`)
    .replace(/(\S)[ \u00a0\u202f]*:(?=\s|$)/g, (_, before: string) => `${before}${NBSP}:`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`);
}
