import '@testing-library/jest-dom/vitest';

// jsdom has no layout: elements measure 0 and ResizeObserver does not exist.
// Components fall back to their default sizes, which is what these tests check.
if (typeof window !== 'undefined' && typeof window.ResizeObserver !== 'function') {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
