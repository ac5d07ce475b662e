/**
 * Long work split into tasks, so that a click or a key waiting in the browser's
 * queue is handled between them instead of after all of it. The work is a generator
 * that yields where it may pause; the same generator also runs at once (in Node).
 */

/** Resolves in a task of its own. A message, not a timeout: chained timeouts are clamped to 4 ms each. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs `steps` to its end without pausing. */
export function atOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs `steps` to its end, awaiting `pause` wherever it yields. */
export async function inSteps<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void>,
): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
