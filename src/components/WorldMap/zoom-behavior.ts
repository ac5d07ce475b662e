/**
 * d3-zoom on the map's SVG: wheel, pinch, drag, double-click. Loaded when the
 * reader first reaches for the map (d3-zoom brings d3-selection, d3-transition
 * and d3-drag: a fifth of the app's code, which the first view does not need).
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { ZoomTransform } from '../../lib/geo/camera';

export interface ZoomOptions {
  width: number;
  height: number;
  scaleExtent: [number, number];
  /** A gesture of the reader's own began (not a programmatic move). */
  onGesture: () => void;
  onZoom: (t: ZoomTransform) => void;
}

export interface ZoomHandle {
  /** Moves to `t`, constrained to the extents; the result comes back through onZoom. */
  set(t: ZoomTransform): void;
  scaleBy(factor: number): void;
  remove(): void;
}

/** Touch: one finger scrolls the page, two pinch the map. Mouse: any button but the main one is ignored. */
function wanted(event: Event): boolean {
  if (event.type === 'touchstart') return (event as TouchEvent).touches.length > 1;
  const mouse = event as MouseEvent;
  // Ctrl+wheel is how trackpads report a pinch.
  return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
}

export function installZoom(node: SVGSVGElement, options: ZoomOptions): ZoomHandle {
  const { width, height } = options;
  const extent: [[number, number], [number, number]] = [
    [0, 0],
    [width, height],
  ];
  const behavior = zoom<SVGSVGElement, unknown>()
    .filter(wanted)
    .scaleExtent(options.scaleExtent)
    .extent(extent)
    .translateExtent(extent)
    .on('start', (event: { sourceEvent: Event | null }) => {
      if (event.sourceEvent) options.onGesture();
    })
    .on('zoom', (event: { transform: ZoomTransform }) => {
      const { k, x, y } = event.transform;
      options.onZoom({ k, x, y });
    });
  const selection = select(node).call(behavior);
  return {
    set: (t) => behavior.transform(selection, zoomIdentity.translate(t.x, t.y).scale(t.k)),
    scaleBy: (factor) => behavior.scaleBy(selection, factor),
    remove: () => void selection.on('.zoom', null),
  };
}
