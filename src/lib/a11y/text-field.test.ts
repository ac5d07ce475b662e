import { describe, expect, it } from 'vitest';
import { inTextField } from './text-field';

describe('inTextField', () => {
  it('is true in a field and in editable text, inside them too', () => {
    document.body.innerHTML =
      '<input id="a"><textarea id="b"></textarea><div contenteditable="true"><b id="c">x</b></div>';
    for (const id of ['a', 'b', 'c']) expect(inTextField(document.getElementById(id))).toBe(true);
  });

  it('is false on a button, on text made not editable, and without a target', () => {
    document.body.innerHTML = '<button id="a"></button><div contenteditable="false" id="b"></div>';
    expect(inTextField(document.getElementById('a'))).toBe(false);
    expect(inTextField(document.getElementById('b'))).toBe(false);
    expect(inTextField(null)).toBe(false);
  });
});
