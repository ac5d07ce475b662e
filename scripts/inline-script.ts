/**
 * Code put inside an inline `<script>` of the single file. The HTML parser reads a
 * script's text before JavaScript does: `</script` ends it, `<!--` followed by
 * `<script` changes how its end is found (the page went blank when a dataset's text
 * held `<!--`), and U+2028/U+2029 end lines for older parsers. The minified code
 * carries such text only inside strings, templates and regular expressions, where
 * `\x3C`, `\u2028` and `\u2029` mean the same characters.
 */

/** Every sequence that can end or alter an inline script, any case. */
const UNSAFE = /<(?=!--|\/?script)|[\u2028\u2029]/gi;

const ESCAPES: Record<string, string> = { '<': '\\x3C', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** `code` with each unsafe sequence written as an escape. */
export function escapeInlineScript(code: string): string {
  return code.replace(UNSAFE, (found) => ESCAPES[found]!);
}

/**
 * What is wrong with the inline scripts of `html`, written as `inlined`: a script
 * that still holds an unsafe sequence, or that the parser would not read whole.
 */
export function unsafeInlineScripts(html: string, inlined: readonly string[]): string[] {
  const read = new Set(
    [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)].map((m) => m[1]!),
  );
  return inlined.flatMap((text, i) => {
    const found = new RegExp(UNSAFE.source, 'i').exec(text);
    if (found)
      return [
        `inline script #${i + 1}: ${JSON.stringify(text.slice(found.index, found.index + 12))} at ${found.index}`,
      ];
    return read.has(text) ? [] : [`inline script #${i + 1}: not read whole by an HTML parser`];
  });
}
