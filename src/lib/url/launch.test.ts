// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { launchSearch, readLaunch } from './launch';

describe('readLaunch', () => {
  it('reads the explorer with nothing else from an empty address', () => {
    const launch = readLaunch('');
    expect(launch).toMatchObject({ mode: 'explorer', tour: null, slide: null, data: null });
    expect(launch.view.toString()).toBe('');
  });

  it('reads the presenter before the embed when both flags are there', () => {
    expect(readLaunch('?embed&present').mode).toBe('present');
    expect(readLaunch('?embed').mode).toBe('embed');
  });

  it('keeps the view keys, and only them, for fromParams', () => {
    const launch = readLaunch(
      '?present&tour=a,b&slide=3&data=d.json&theme=dark&accent=%23f00&hosts=https://a.org&campaign=x&q=y&zzz=1',
    );
    expect(launch).toMatchObject({
      tour: 'a,b',
      slide: '3',
      data: 'd.json',
      theme: 'dark',
      accent: '#f00',
      hosts: 'https://a.org',
    });
    // Unknown keys stay with the view: fromParams names them in a notice.
    expect(launch.view.toString()).toBe('campaign=x&q=y&zzz=1');
  });

  it('reads ?play as a launch flag: the view keeps its period, and the address never writes it back', () => {
    const launch = readLaunch('?play&period=2011..2015');
    expect(launch.play).toBe(true);
    expect(readLaunch('?period=2011..2015').play).toBe(false);
    expect(launch.view.toString()).toBe('period=2011..2015');
    expect(launchSearch(launch, { mode: 'explorer' }, launch.view)).toBe('?period=2011..2015');
  });

  it('reads a known language early and ignores any other', () => {
    expect(readLaunch('?lang=en').lang).toBe('en');
    expect(readLaunch('?lang=de').lang).toBeNull();
  });
});

describe('launchSearch', () => {
  const view = new URLSearchParams('campaign=x');

  it('writes the view alone for the explorer', () => {
    expect(launchSearch(readLaunch('?campaign=old'), { mode: 'explorer' }, view)).toBe(
      '?campaign=x',
    );
  });

  it('keeps an embed flag and the partner’s own keys whatever the view', () => {
    const launch = readLaunch(
      '?embed&data=d.json&theme=dark&hosts=https://a.org&layout=full&q=old',
    );
    expect(launch.layout).toBe('full');
    expect(launch.view.toString()).toBe('q=old');
    expect(launchSearch(launch, { mode: 'embed' }, view)).toBe(
      '?embed&data=d.json&theme=dark&hosts=https%3A%2F%2Fa.org&layout=full&campaign=x',
    );
  });

  it('writes the presenter’s flag, tour and one-based slide while presenting', () => {
    const launch = readLaunch('');
    expect(launchSearch(launch, { mode: 'present', tour: 'a,b', slide: 2 }, view)).toBe(
      '?present&tour=a%2Cb&slide=3&campaign=x',
    );
  });

  it('keeps the console and kiosk flags while presenting, and only then', () => {
    const launch = readLaunch('?present&console&kiosk=8');
    expect(launch.view.toString()).toBe('');
    expect(launchSearch(launch, { mode: 'present', slide: 0 }, new URLSearchParams())).toBe(
      '?present&slide=1&console&kiosk=8',
    );
    expect(launchSearch(launch, { mode: 'explorer' }, new URLSearchParams())).toBe('');
  });

  it('drops the presenter’s keys once the tour ends', () => {
    const launch = readLaunch('?present&tour=a&slide=2&data=d.json');
    expect(launchSearch(launch, { mode: 'explorer' }, new URLSearchParams())).toBe('?data=d.json');
  });

  it('writes nothing for the default explorer', () => {
    expect(launchSearch(readLaunch(''), { mode: 'explorer' }, new URLSearchParams())).toBe('');
  });
});
