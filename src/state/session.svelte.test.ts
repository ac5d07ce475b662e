import { describe, expect, it } from 'vitest';
import { readLaunch } from '../lib/url/launch';
import { Session } from './session.svelte';

describe('Session', () => {
  it('starts in the mode and tour the address asked for', () => {
    const session = new Session(readLaunch('?present&tour=a,b'));
    expect(session.showing).toEqual({ mode: 'present', tour: 'a,b', slide: undefined });
  });

  it('presents every campaign from the explorer, and comes back to it', () => {
    const session = new Session(readLaunch('?tour=ignored'));
    session.present();
    expect(session.showing).toEqual({ mode: 'present', tour: null, slide: undefined });
    session.goToSlide(4);
    expect(session.slide).toBe(4);
    session.leave();
    expect(session.showing).toEqual({ mode: 'explorer' });
    expect(session.returned).toBe(true);
  });

  it('leaves a tour opened by a ?present link for the explorer, not for nothing', () => {
    const session = new Session(readLaunch('?present'));
    session.leave();
    expect(session.mode).toBe('explorer');
    expect(session.returned).toBe(true);
  });

  it('never turns an embed into a presenter', () => {
    const session = new Session(readLaunch('?embed'));
    session.present();
    expect(session.mode).toBe('embed');
  });
});
