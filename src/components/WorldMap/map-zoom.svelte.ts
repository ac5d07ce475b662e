/**
 * Zoom and pan for the map. d3-zoom only listens (wheel, pinch, drag,
 * double-click) on the SVG it is attached to; the transform it reports lives in
 * `$state` and Svelte applies it to a <g> it renders.
 */
import { untrack } from 'svelte';
import { interpolateZoom, type ZoomView } from 'd3-interpolate';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import type { ZoomTransform } from '../../lib/geo/projection';

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };
export const SCALE_EXTENT: [number, number] = [1, 8];

/** The view a transform shows, as d3's interpolateZoom wants it: centre and width in map units. */
export function viewOf(t: ZoomTransform, width: number, height: number): ZoomView {
  return [(width / 2 - t.x) / t.k, (height / 2 - t.y) / t.k, width / t.k];
}

export function transformOf(view: ZoomView, width: number, height: number): ZoomTransform {
  const k = width / view[2];
  return { k, x: width / 2 - view[0] * k, y: height / 2 - view[1] * k };
}

/** Touch: one finger scrolls the page, two pinch the map. Mouse: any button but the main one is ignored. */
function wanted(event: Event): boolean {
  if (event.type === 'touchstart') return (event as TouchEvent).touches.length > 1;
  const mouse = event as MouseEvent;
  // Ctrl+wheel is how trackpads report a pinch.
  return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
}

export class MapZoom {
  transform = $state.raw<ZoomTransform>(IDENTITY);
  #behavior: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  #node: SVGSVGElement | undefined;
  #size: [number, number] = [0, 0];
  #frame = 0;

  get zoomed(): boolean {
    return this.transform.k > 1.001;
  }

  /** An attachment for the SVG; re-created when the size changes, keeping the same view. */
  attach(width: number, height: number) {
    // Untracked: the attachment must depend on the size only, not on the transform it sets.
    return (node: SVGSVGElement) => untrack(() => this.#attach(node, width, height));
  }

  #attach(node: SVGSVGElement, width: number, height: number) {
    const [oldWidth] = this.#size;
    const behavior = zoom<SVGSVGElement, unknown>()
      .filter(wanted)
      .scaleExtent(SCALE_EXTENT)
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      // A reader's own gesture (it has a source event) wins over a running animation.
      .on('start', (event: { sourceEvent: Event | null }) => {
        if (event.sourceEvent) this.#stop();
      })
      .on('zoom', (event: { transform: ZoomTransform }) => {
        const { k, x, y } = event.transform;
        this.transform = { k, x, y };
      });
    this.#behavior = behavior;
    this.#node = node;
    this.#size = [width, height];
    select(node).call(behavior);
    // The projection scales with the width: scale the pan with it so the reader's view stays put.
    const ratio = oldWidth > 0 ? width / oldWidth : 1;
    const { k, x, y } = this.transform;
    this.#apply({ k, x: x * ratio, y: y * ratio });
    return () => {
      this.#stop();
      select(node).on('.zoom', null);
      if (this.#node === node) this.#node = undefined;
    };
  }

  #stop(): void {
    if (this.#frame) globalThis.cancelAnimationFrame?.(this.#frame);
    this.#frame = 0;
  }

  #apply(t: ZoomTransform): void {
    if (this.#node && this.#behavior) {
      // d3-zoom constrains the transform to the extents and reports it back through 'zoom'.
      this.#behavior.transform(select(this.#node), zoomIdentity.translate(t.x, t.y).scale(t.k));
    } else {
      this.transform = t;
    }
  }

  zoomBy(factor: number): void {
    this.#stop();
    if (this.#node && this.#behavior) this.#behavior.scaleBy(select(this.#node), factor);
  }

  /** Goes to `target`, along d3's smooth zoom path unless `animate` is false. */
  go(target: ZoomTransform, animate: boolean): void {
    untrack(() => this.#go(target, animate));
  }

  #go(target: ZoomTransform, animate: boolean): void {
    this.#stop();
    const [width, height] = this.#size;
    if (!animate || !width || typeof requestAnimationFrame !== 'function') {
      this.#apply(target);
      return;
    }
    const path = interpolateZoom(
      viewOf(this.transform, width, height),
      viewOf(target, width, height),
    );
    const duration = Math.min(1200, Math.max(300, path.duration));
    const start = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / duration);
      const eased = p < 0.5 ? 4 * p ** 3 : 1 - (-2 * p + 2) ** 3 / 2;
      this.#apply(p < 1 ? transformOf(path(eased), width, height) : target);
      if (p < 1) this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }

  reset(animate: boolean): void {
    this.go(IDENTITY, animate);
  }
}
