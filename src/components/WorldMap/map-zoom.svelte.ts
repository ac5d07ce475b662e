/**
 * Zoom and pan for the map. The transform lives in `$state` and Svelte applies it
 * to a <g> it renders; d3-zoom (zoom-behavior.ts) only listens on the SVG, and is
 * loaded the first time the reader points at, touches or tabs into the map.
 * Where to go and how comes from lib/geo/camera.ts, the frames from lib/geo/fly.ts.
 */
import { untrack } from 'svelte';
import { flight, IDENTITY, SCALE_EXTENT, type ZoomTransform } from '../../lib/geo/camera';
import { fly } from '../../lib/geo/fly';
import { Lazy } from '../../lib/platform/lazy.svelte';
import type { ZoomHandle } from './zoom-behavior';

export { SCALE_EXTENT };
/** From this zoom on, the light map's simplification could show: the map loads its full detail. */
export const FINE_FROM = 1.5;
/** The first signs that the reader is about to zoom or pan. */
const APPROACH = ['pointerenter', 'pointerdown', 'touchstart'] as const;

/** d3-zoom, shared by every map; after a failure the next gesture (or `retry`) asks again. */
const behavior = new Lazy(() => import('./zoom-behavior'));

export class MapZoom {
  transform = $state.raw<ZoomTransform>(IDENTITY);
  #handle: ZoomHandle | undefined;
  #node: SVGSVGElement | undefined;
  #size: [number, number] = [0, 0];
  /** Stops the flight under way, if any. */
  #stop: () => void = () => {};

  /** d3-zoom could not be loaded (the network): the map says so. */
  get failed(): boolean {
    return behavior.failed;
  }

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
    this.#node = node;
    this.#size = [width, height];
    // The projection scales with the width: scale the pan with it so the reader's view stays put.
    const ratio = oldWidth > 0 ? width / oldWidth : 1;
    const { k, x, y } = this.transform;
    this.transform = { k, x: x * ratio, y: y * ratio };
    const approach = () => void this.#ready();
    for (const type of APPROACH)
      node.addEventListener(type, approach, { passive: true, once: true });
    // Focus is heard on the SVG's parent: a focus listener on the <svg> itself makes
    // Chromium treat it as focusable, and the first Tab into the map landed on nothing.
    const holder = node.parentElement ?? node;
    holder.addEventListener('focusin', approach, { once: true });
    // A wheel turned before d3-zoom is there zooms (not scrolls) once it is: replayed.
    const early = (event: WheelEvent) => {
      if (this.#handle) return;
      event.preventDefault();
      const replay = new WheelEvent('wheel', event);
      void this.#ready().then((handle) => handle && node.dispatchEvent(replay));
    };
    node.addEventListener('wheel', early, { passive: false });
    return () => {
      this.#stop();
      for (const type of APPROACH) node.removeEventListener(type, approach);
      holder.removeEventListener('focusin', approach);
      node.removeEventListener('wheel', early);
      this.#handle?.remove();
      this.#handle = undefined;
      if (this.#node === node) this.#node = undefined;
    };
  }

  /** Loads and installs d3-zoom on the current SVG, once. */
  async #ready(): Promise<ZoomHandle | undefined> {
    if (this.#handle) return this.#handle;
    const node = this.#node;
    if (!node) return undefined;
    const module = await behavior.get();
    if (!module) return undefined;
    // The SVG may have been replaced (resized) while the module loaded.
    if (this.#node !== node || this.#handle) return this.#handle;
    const [width, height] = this.#size;
    this.#handle = module.installZoom(node, {
      width,
      height,
      scaleExtent: SCALE_EXTENT,
      // A reader's own gesture wins over a running animation.
      onGesture: () => this.#stop(),
      onZoom: (t) => (this.transform = t),
    });
    this.#handle.set(this.transform);
    return this.#handle;
  }

  #apply(t: ZoomTransform): void {
    // d3-zoom, once there, constrains the transform to the extents and reports it back.
    if (this.#handle) this.#handle.set(t);
    else this.transform = t;
  }

  /** Asks for d3-zoom again after it failed to load. */
  retry(): void {
    void this.#ready();
  }

  zoomBy(factor: number): void {
    this.#stop();
    void this.#ready().then((handle) => handle?.scaleBy(factor));
  }
  /** Goes to `target`, along d3's smooth zoom path unless `animate` (lib/geo/fly's motionAllowed) is false. */
  go(target: ZoomTransform, animate: boolean): void {
    untrack(() => this.#go(target, animate));
  }

  #go(target: ZoomTransform, animate: boolean): void {
    this.#stop();
    this.#stop = () => {};
    const [width, height] = this.#size;
    if (!animate || !width) return this.#apply(target);
    this.#stop = fly(flight(this.transform, target, width, height), (t) => this.#apply(t));
  }

  reset(animate: boolean): void {
    this.go(IDENTITY, animate);
  }
}
