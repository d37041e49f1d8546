// Behaviour of the header's account menu: switching organisation and signing out everywhere.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { makeUser } from '../test-utils';
import { AppHeaderBar } from './AppHeaderBar';

const other = { id: 'org-2', slug: 'cfa', name: 'CFA du Rhône', kind: 'training_centre' };
const user = makeUser();
// The menu links to the account page, so the bar renders inside a router as in the app.
const inRouter = (ui: ReactElement) => render(<MemoryRouter>{ui}</MemoryRouter>);
const member = { ...user, memberships: [...user.memberships, { role: 'manager' as const, organisation: other }] };

describe(AppHeaderBar.name, () => {
  it('offers the other organisations of a person with several memberships', async () => {
    const onSwitchOrganisation = vi.fn(async () => undefined);
    inRouter(<AppHeaderBar user={member} onSignOut={vi.fn()} onSwitchOrganisation={onSwitchOrganisation} />);
    fireEvent.click(screen.getByRole('button', { name: /Account/ }));
    expect(screen.queryByRole('button', { name: /Rénovation Démo SARL/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Password and organisations' }).getAttribute('href')).toBe('/account');
    fireEvent.click(screen.getByRole('button', { name: 'CFA du Rhône · Manager' }));
    expect(onSwitchOrganisation).toHaveBeenCalledWith('org-2');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'CFA du Rhône · Manager' })).toBeNull());
  });

  it('says so when signing out everywhere fails, and keeps the menu open', async () => {
    const onSignOutEverywhere = vi.fn(async () => Promise.reject(new Error('offline')));
    inRouter(<AppHeaderBar user={user} onSignOut={vi.fn()} onSignOutEverywhere={onSignOutEverywhere} />);
    fireEvent.click(screen.getByRole('button', { name: /Account/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out on every device' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });

  it('shows a tablet worker a "finish" button and no account menu', () => {
    inRouter(<AppHeaderBar user={user} tablet onSignOut={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Finish and sign out' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Account/ })).toBeNull();
  });
});
