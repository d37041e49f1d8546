// Behaviour of the shared UI pieces: what a person and a screen reader get from each.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './Button';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { LanguageSwitch } from './LanguageSwitch';
import { LoadingState } from './LoadingState';
import { OfflineBanner } from './OfflineBanner';
import { ProgressBar } from './ProgressBar';
import { TextField } from './TextField';

describe(Button.name, () => {
  it('is disabled and shows the pending label while work is in progress', () => {
    const onClick = vi.fn();
    render(
      <Button pending pendingLabel="Saving…" onClick={onClick}>
        Save
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Saving…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('is a plain button unless asked to submit, so it never sends a form by accident', () => {
    render(<Button>Open</Button>);
    expect(screen.getByRole('button', { name: 'Open' }).getAttribute('type')).toBe('button');
  });
});

describe(TextField.name, () => {
  it('ties its label, hint and error to the input', () => {
    render(<TextField label="Email address" hint="name@company.fr" error="Enter your email address." />);
    const input = screen.getByLabelText('Email address');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toEqual([
      'Enter your email address.',
      'name@company.fr',
    ]);
  });

  it('is not marked invalid without an error', () => {
    render(<TextField label="Password" />);
    expect(screen.getByLabelText('Password').hasAttribute('aria-invalid')).toBe(false);
  });
});

describe(LanguageSwitch.name, () => {
  const options = [
    { code: 'fr', label: 'Français' },
    { code: 'en', label: 'English' },
    { code: 'pt', label: 'Português' },
    { code: 'ar', label: 'العربية' },
  ] as const;
  const toggle = () => screen.getByRole('button', { name: /^Language/ });

  it('shows only the current language until opened, then every language named in itself, the current one pressed', () => {
    render(<LanguageSwitch label="Language" value="pt" options={options} onChange={() => undefined} />);
    expect(toggle().textContent).toContain('Português');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'English' })).toBeNull();
    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('list', { name: 'Language' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Português' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'العربية' }).getAttribute('lang')).toBe('ar');
    // The keyboard lands on the language spoken now; the arrows walk the list.
    expect(document.activeElement?.textContent).toBe('Português');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('العربية');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Français');
  });

  it('reports the chosen language, folds the list and gives the keyboard back to the toggle', () => {
    const onChange = vi.fn();
    render(<LanguageSwitch label="Language" value="fr" options={options} onChange={onChange} />);
    fireEvent.click(toggle());
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(onChange).toHaveBeenCalledWith('en');
    expect(screen.queryByRole('list', { name: 'Language' })).toBeNull();
    expect(document.activeElement).toBe(toggle());
  });

  it('folds on Escape without changing anything', () => {
    const onChange = vi.fn();
    render(<LanguageSwitch label="Language" value="fr" options={options} onChange={onChange} />);
    fireEvent.click(toggle());
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('list', { name: 'Language' })).toBeNull();
    expect(document.activeElement).toBe(toggle());
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe(ProgressBar.name, () => {
  it('exposes the percentage as text and to assistive technology, clamped to 0–100', () => {
    render(<ProgressBar label="Airtightness" value={3} max={4} />);
    expect(screen.getByRole('progressbar', { name: 'Airtightness' }).getAttribute('aria-valuenow')).toBe(
      '75',
    );
    expect(screen.getByText('75 %')).toBeTruthy();
  });

  it('never shows more than done or less than nothing', () => {
    render(<ProgressBar label="Over" value={12} max={10} />);
    render(<ProgressBar label="Empty" value={-1} max={0} />);
    expect(screen.getByRole('progressbar', { name: 'Over' }).getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByRole('progressbar', { name: 'Empty' }).getAttribute('aria-valuenow')).toBe('0');
  });
});

describe('state panels', () => {
  it('an error is announced and offers to try again', () => {
    const onRetry = vi.fn();
    render(
      <ErrorState title="Could not load" message="No network." retryLabel="Try again" onRetry={onRetry} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('No network.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('loading and offline messages are polite status updates', () => {
    render(<LoadingState label="Loading…" />);
    render(<OfflineBanner message="You are offline." />);
    expect(screen.getAllByRole('status').map((el) => el.textContent)).toEqual([
      'Loading…',
      'You are offline.',
    ]);
  });

  it('an empty state says what is missing and what will fill it', () => {
    render(
      <EmptyState title="Nothing assigned yet">
        <p>Your trainer will add modules here.</p>
      </EmptyState>,
    );
    expect(screen.getByText('Nothing assigned yet')).toBeTruthy();
    expect(screen.getByText('Your trainer will add modules here.')).toBeTruthy();
  });
});
