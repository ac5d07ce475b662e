/**
 * The time-lapse (« Lecture »), in one chunk loaded with its first use: the player
 * (a part of AppState's, composed there) and the views that show it.
 */
export { Player } from './player.svelte';
export { default as Playhead } from './Playhead.svelte';
export { default as PlayerBar } from './PlayerBar.svelte';
