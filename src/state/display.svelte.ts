/** How the views draw, whatever is selected or filtered: the map's measure and motion. */
import { DEFAULT_VIEW, type Metric } from '../lib/view';

export class Display {
  #metric = $state<Metric>(DEFAULT_VIEW.metric);
  #animations = $state(true);

  /** What the map's colours count. */
  get metric(): Metric {
    return this.#metric;
  }

  /** Off when the presenter turns motion off (M); reduced motion is the views' own check. */
  get animations(): boolean {
    return this.#animations;
  }

  setMetric(metric: Metric): void {
    this.#metric = metric;
  }

  setAnimations(on: boolean): void {
    this.#animations = on;
  }
}
