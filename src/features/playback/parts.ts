/** The time-lapse's views, in one chunk loaded when it first shows (the player is apart, in state/). */
export { default as Playhead } from './Playhead.svelte';
export { default as PlayerBar } from './PlayerBar.svelte';
