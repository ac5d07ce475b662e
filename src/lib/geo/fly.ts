/**
 * Plays a camera flight (lib/geo/camera.ts) frame by frame.
 *
 * Not svelte/motion's Tween: every frame must pass through d3-zoom, which
 * constrains it to the map's extents (d3's smooth path would otherwise zoom out
 * past the whole world mid-flight) and keeps the transform the reader's next
 * gesture starts from; d3 reports the constrained value back, and a Tween whose
 * value came back that way would be set, and so stopped, by its own frames.
 */
import type { Flight, ZoomTransform } from './camera';

/** Whether moves may be animated: the reader's setting and the system's reduced motion. */
export function motionAllowed(animations: boolean): boolean {
  return (
    animations &&
    typeof matchMedia === 'function' &&
    typeof requestAnimationFrame === 'function' &&
    !matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * Calls `apply` on each frame until the flight lands exactly on its target.
 * Starts from the frame after next, so that what asked for the move (a panel
 * opening) paints first. Returns a function that stops the flight where it is.
 */
export function fly(flight: Flight, apply: (t: ZoomTransform) => void): () => void {
  let frame = 0;
  let start = 0;
  const step = (now: number) => {
    start ||= now;
    const progress = Math.min(1, (now - start) / flight.duration);
    apply(flight.at(progress));
    if (progress < 1) frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(() => (frame = requestAnimationFrame(step)));
  return () => cancelAnimationFrame(frame);
}
