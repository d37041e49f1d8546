// Behaviour of the tablet's inactivity guard: silent at first, a countdown at the end, reset by a touch, sign-out at zero.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InactivityNotice } from './InactivityNotice';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const wait = (seconds: number) => act(() => vi.advanceTimersByTime(seconds * 1000));

describe(InactivityNotice.name, () => {
  it('shows the countdown only in the last 20 seconds, then signs out', () => {
    const onTimeout = vi.fn();
    render(<InactivityNotice onTimeout={onTimeout} timeoutSeconds={60} />);
    wait(39);
    expect(screen.queryByText(/signing out in/)).toBeNull();
    wait(2);
    expect(screen.getByText('No activity: signing out in 19 seconds.')).toBeTruthy();
    wait(19);
    expect(onTimeout).toHaveBeenCalled();
  });

  it('starts over when the worker touches the screen', () => {
    const onTimeout = vi.fn();
    render(<InactivityNotice onTimeout={onTimeout} timeoutSeconds={60} />);
    wait(50);
    fireEvent.pointerDown(window);
    wait(1);
    expect(screen.queryByText(/signing out in/)).toBeNull();
    wait(50);
    expect(onTimeout).not.toHaveBeenCalled();
  });
});
