import { describe, expect, it } from 'vitest';
import { Announcer } from './announcer.svelte';

describe('Announcer', () => {
  it('says one sentence at a time in the live region', () => {
    const announcer = new Announcer();
    announcer.say('Chine : #FreeTheFive, sélectionnée');
    announcer.say('Fermé');
    expect(announcer.text).toBe('Fermé');
  });

  it('shows each notice once until it is dismissed', () => {
    const announcer = new Announcer();
    announcer.notify('Campagne inconnue');
    announcer.notify('Campagne inconnue');
    announcer.notify('Pays inconnu');
    expect(announcer.notices).toEqual(['Campagne inconnue', 'Pays inconnu']);
    announcer.dismiss('Campagne inconnue');
    expect(announcer.notices).toEqual(['Pays inconnu']);
  });
});
