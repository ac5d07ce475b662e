// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { escapeInlineScript, unsafeInlineScripts } from './inline-script';

describe('escapeInlineScript', () => {
  const hostile = 'a <!-- b <script> c </script> d </SCRIPT e <ScRiPt f \u2028 g \u2029 h';

  it('writes every sequence that can end or alter an inline script as an escape', () => {
    expect(escapeInlineScript(hostile)).toBe(
      'a \\x3C!-- b \\x3Cscript> c \\x3C/script> d \\x3C/SCRIPT e \\x3CScRiPt f \\u2028 g \\u2029 h',
    );
    expect(escapeInlineScript('a < b && c <= d; x = "<b>";')).toBe('a < b && c <= d; x = "<b>";');
  });

  it('leaves strings, templates and regular expressions meaning what they meant', () => {
    const code = [
      `const s = ${JSON.stringify(hostile)};`,
      `const t = \`${hostile}\`;`,
      'const r = /<\\/script>|<!--/i;',
      'return [s, t, r.test("</SCRIPT>"), r.test("<!--"), r.test("<b>")];',
    ].join('\n');
    const run = (text: string) => new Function(text)() as unknown[];
    expect(run(escapeInlineScript(code))).toEqual([hostile, hostile, true, true, false]);
    const inlined = escapeInlineScript(code);
    expect(unsafeInlineScripts(`<script>${inlined}</script>`, [inlined])).toEqual([]);
  });
});

describe('unsafeInlineScripts', () => {
  it('names a script that still holds a sequence, and one an HTML parser would cut short', () => {
    const marked = 'x = "<!--"';
    expect(unsafeInlineScripts(`<script type="module">${marked}</script>`, [marked])).toEqual([
      'inline script #1: "<!--\\"" at 5',
    ]);
    const cut = 'a = "</script>"; b = 1;';
    expect(unsafeInlineScripts(`<script>${cut}</script><script>c</script>`, [cut, 'c'])).toEqual([
      'inline script #1: "</script>\\"; " at 5',
    ]);
    const escaped = 'a = "\\x3C/script>"';
    expect(unsafeInlineScripts(`<script>${escaped}</script>`, [escaped])).toEqual([]);
    expect(unsafeInlineScripts('<script>a</script>', ['b'])).toEqual([
      'inline script #1: not read whole by an HTML parser',
    ]);
  });
});
