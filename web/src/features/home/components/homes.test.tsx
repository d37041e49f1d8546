// Behaviour of the role homes: what each role sees, including empty, offline and failed states.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryClient, graphqlQueryOptions } from '../../../graphql/query-client';
import { clientFor, fakeServer, makeUser, renderWithClient } from '../../../test-utils';
import { AdminHome } from './AdminHome';
import { SitesQuery } from '../api/sites.queries';
import { TrainerHome } from './TrainerHome';

const site = {
  id: 's1',
  name: 'Résidence Les Tilleuls — rénovation énergétique',
  address: '12 rue des Tilleuls, 69003 Lyon',
  startsOn: '2026-09-01',
  endsOn: '2027-03-31',
};

describe(TrainerHome.name, () => {
  it("lists the organisation's sites with their address and dates", async () => {
    renderWithClient(<TrainerHome user={makeUser()} />, clientFor(fakeServer({ data: { sites: [site], pendingValidations: [] } })));
    expect(await screen.findByRole('heading', { name: site.name })).toBeTruthy();
    expect(screen.getByText(site.address)).toBeTruthy();
    expect(screen.getByText('From 1 September 2026 to 31 March 2027')).toBeTruthy();
    expect(screen.getByText('1 site')).toBeTruthy();
  });

  it('shows a clear empty state when the organisation has no site', async () => {
    renderWithClient(<TrainerHome user={makeUser()} />, clientFor(fakeServer({ data: { sites: [], pendingValidations: [] } })));
    expect(await screen.findByText('No sites yet')).toBeTruthy();
  });

  it('shows the copy saved on the tablet when the network is down', async () => {
    const client = clientFor(fakeServer('network-down'));
    const queryClient = createQueryClient(client);
    queryClient.setQueryData(graphqlQueryOptions(SitesQuery, {}, { offline: true }).queryKey, { sites: [site] });
    renderWithClient(<TrainerHome user={makeUser()} />, client, '/', queryClient);
    expect(await screen.findByText('No network: showing what was saved on this tablet.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: site.name })).toBeTruthy();
  });

  it('explains a failure and loads again on "Try again"', async () => {
    const server = fakeServer(
      { data: { pendingValidations: [] } },
      { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
      { data: { sites: [site] } },
    );
    renderWithClient(<TrainerHome user={makeUser()} />, clientFor(server));
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: site.name })).toBeTruthy());
  });
});

describe(AdminHome.name, () => {
  it("shows the organisation and every membership with the person's role there", () => {
    const other = { id: 'org-2', slug: 'cfa', name: 'CFA Lyon', kind: 'training_centre' };
    const user = makeUser({
      role: 'admin',
      memberships: [
        { role: 'admin', organisation: makeUser().organisation },
        { role: 'trainer', organisation: other },
      ],
    });
    renderWithClient(<AdminHome user={user} />, clientFor(fakeServer({ data: {} })));
    expect(screen.getByText('Company')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Rénovation Démo SARLAdministrator', 'CFA LyonTrainer']);
  });
});

describe('StaffLinks', () => {
  it('links the trainer to the practical work waiting for sign-off, with the count', async () => {
    const data = { sites: [], pendingValidations: [{ statementId: 'a' }, { statementId: 'b' }] };
    renderWithClient(<TrainerHome user={makeUser()} />, clientFor(fakeServer({ data })));
    const link = await screen.findByRole('link', { name: /Practical work to sign off\s*2 waiting/ });
    expect(link.getAttribute('href')).toBe('/validations');
  });
});
