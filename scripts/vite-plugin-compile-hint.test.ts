import { describe, expect, it } from 'vitest';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { compileHint } from './vite-plugin-compile-hint.ts';

const chunk = (fileName: string, isEntry: boolean, code: string) =>
  ({ type: 'chunk', fileName, isEntry, code }) as OutputChunk;

function generate(bundle: OutputBundle) {
  const hook = compileHint().generateBundle as { handler: (...args: unknown[]) => void };
  hook.handler.call({}, {}, bundle, false);
  return bundle;
}

describe('compileHint', () => {
  it('puts the hint on the first line of the entry chunk, above any preamble', () => {
    const { entry } = generate({
      entry: chunk('index.js', true, 'const __vite__mapDeps=0;\nrun()'),
    });
    expect((entry as OutputChunk).code.split('\n')).toEqual([
      '//# allFunctionsCalledOnLoad',
      'const __vite__mapDeps=0;',
      'run()',
    ]);
  });

  it('changes the hash of the entry only, so a cached file without the hint is not reused', () => {
    const hash = compileHint().augmentChunkHash as (chunk: { isEntry: boolean }) => unknown;
    expect(hash({ isEntry: true })).toBe('//# allFunctionsCalledOnLoad');
    expect(hash({ isEntry: false })).toBeUndefined();
  });

  it('applies to the browser build, not to the server render', () => {
    const applies = compileHint().applyToEnvironment as (env: { name: string }) => boolean;
    expect(applies({ name: 'client' })).toBe(true);
    expect(applies({ name: 'ssr' })).toBe(false);
  });

  it('leaves lazily loaded chunks and assets as they are', () => {
    const lazy = chunk('present.js', false, 'export const a = 1');
    const css = { type: 'asset', fileName: 'index.css', source: 'a{}' } as OutputBundle[string];
    generate({ lazy, css });
    expect(lazy.code).toBe('export const a = 1');
    expect(css).toEqual({ type: 'asset', fileName: 'index.css', source: 'a{}' });
  });
});
