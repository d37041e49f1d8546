// Offline, a cmi5 course says for each part why it needs a connection, instead of failing when tapped; the course
// seen online is remembered so the tablet can still list it.
import { renderHook, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Cmi5Player } from './Cmi5Player';
import { offlineBlock, useCmi5Course, type Cmi5Course } from '../cmi5Course';

const course: Cmi5Course = {
  courseId: 'c1',
  aus: [
    { auIndex: 0, title: { en: 'Laying the membrane' }, launchMethod: 'AnyWindow', reach: 'package' },
    { auIndex: 1, title: { en: 'Supplier video' }, launchMethod: 'AnyWindow', reach: 'web' },
    { auIndex: 2, title: { en: 'Simulator' }, launchMethod: 'OwnWindow', reach: 'package' },
  ],
};

/** The text a screen reader reads after the button's name (jsdom has no accessible-description helper here). */
const description = (button: HTMLElement) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent;

function setOnline(value: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(value);
}

const player = () => render(<Cmi5Player versionId="v1" course={course} title="Membranes" lang="en" token={async () => 't'} onExit={() => undefined} userId="u1" />);

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('cmi5 player offline', () => {
  it('names the reason each part needs a connection, with the part disabled', () => {
    setOnline(false);
    player();
    expect(screen.getByRole('status').textContent).toMatch(/^No connection/);
    const laying = screen.getByRole<HTMLButtonElement>('button', { name: 'Laying the membrane' });
    expect(laying.disabled).toBe(true);
    expect(description(laying)).toBe('Needs a connection: this part is not kept on the tablet.');
    expect(description(screen.getByRole('button', { name: 'Supplier video' }))).toBe('Needs a connection: this part is on another website.');
    expect(description(screen.getByRole('button', { name: 'Simulator' }))).toBe('Needs a connection: this part opens in a window of its own.');
  });

  it('lets every part be tapped online, with no offline notice', () => {
    setOnline(true);
    player();
    expect(screen.queryByRole('status')).toBeNull();
    for (const au of course.aus) expect(screen.getByRole<HTMLButtonElement>('button', { name: au.title.en }).disabled).toBe(false);
  });

  it('a window of its own wins over where the files are', () => {
    expect(offlineBlock({ auIndex: 3, title: { en: 'Supplier simulator' }, launchMethod: 'OwnWindow', reach: 'web' })).toBe('ownWindow');
  });

  it('lists the course last seen online when the server cannot be reached', async () => {
    const token = async () => 't';
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(course), { status: 200, headers: { 'content-type': 'application/json' } })));
    const online = renderHook(() => useCmi5Course('v1', token, localStorage));
    await waitFor(() => expect(online.result.current).toEqual(course));
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const offline = renderHook(() => useCmi5Course('v1', token, localStorage));
    await waitFor(() => expect(offline.result.current).toEqual(course));
    const never = renderHook(() => useCmi5Course('v2', token, localStorage));
    await waitFor(() => expect(never.result.current).toBeNull());
  });
});
