// Behaviour of the new-site form: the API's refusal of a duplicate name is shown next to the name, nothing is lost.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clientFor, fakeServer, renderWithClient } from '../../../test-utils';
import { SiteCreatePage } from './SiteCreatePage';

describe(SiteCreatePage.name, () => {
  it('shows a duplicate name next to the name field and keeps what was typed', async () => {
    const server = fakeServer({
      errors: [{ message: 'Another site has this name.', extensions: { code: 'CONFLICT', field: 'name', problem: 'duplicateName' } }],
    });
    renderWithClient(<SiteCreatePage role="manager" />, clientFor(server));
    fireEvent.change(screen.getByLabelText('Site name'), { target: { value: 'Gymnase Jean Macé' } });
    fireEvent.change(screen.getByLabelText('Client'), { target: { value: 'Ville de Lyon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the site' }));
    const name = screen.getByLabelText('Site name');
    expect(await screen.findByText('Another site of your organisation already has this name.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect((name as HTMLInputElement).value).toBe('Gymnase Jean Macé');
    expect((screen.getByLabelText('Client') as HTMLInputElement).value).toBe('Ville de Lyon');
    expect(server.requests[0]!.variables).toMatchObject({ input: { name: 'Gymnase Jean Macé', timeZone: 'Europe/Paris', client: 'Ville de Lyon', endsOn: null } });
  });

  it('refuses an end before the start on the device, next to the end date', () => {
    const server = fakeServer({ data: {} });
    renderWithClient(<SiteCreatePage role="manager" />, clientFor(server));
    fireEvent.change(screen.getByLabelText('Site name'), { target: { value: 'École' } });
    fireEvent.change(screen.getByLabelText('Works start'), { target: { value: '2026-06-10' } });
    fireEvent.change(screen.getByLabelText('Works end'), { target: { value: '2026-06-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the site' }));
    expect(screen.getByText('The end of the works cannot be before their start.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Works end'));
    expect(server.requests).toHaveLength(0);
  });
});
