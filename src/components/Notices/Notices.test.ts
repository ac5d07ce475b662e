import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Notices from './Notices.svelte';

describe('Notices', () => {
  it('lists each notice with a named × button that dismisses that notice', async () => {
    const ondismiss = vi.fn();
    render(Notices, {
      props: { notices: ['Campagne inconnue', 'Pays inconnu'], ondismiss, dismissLabel: 'Fermer' },
    });
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('span')?.textContent)).toEqual([
      'Campagne inconnue',
      'Pays inconnu',
    ]);
    await fireEvent.click(screen.getAllByRole('button', { name: 'Fermer' })[1]!);
    expect(ondismiss).toHaveBeenCalledExactlyOnceWith('Pays inconnu');
  });

  it('renders no status region while there is nothing to say', () => {
    render(Notices, { props: { notices: [], ondismiss: () => {}, dismissLabel: 'Fermer' } });
    expect(screen.queryByRole('status')).toBeNull();
  });
});
