/**
 * Long work split into tasks, so that a click or a key waiting in the browser's
 * queue is handled between them instead of after all of it.
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

/** UTF-8 bytes decoded `slice` bytes at a time, awaiting `pause` between slices. */
export async function decodeInSteps(
  bytes: ArrayBuffer,
  pause: () => Promise<void>,
  slice = 1 << 20,
): Promise<string> {
  const decoder = new TextDecoder();
  const view = new Uint8Array(bytes);
  const parts: string[] = [];
  for (let start = 0; start < view.length; start += slice) {
    if (start > 0) await pause();
    // stream: a character cut by the slice's end is finished by the next slice.
    parts.push(decoder.decode(view.subarray(start, start + slice), { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
