import { describe, expect, it } from 'vitest';
import { currentReady, latestVersion, nextPollDelay, type VersionLike } from './modelStatus';

const v = (version: number, status: VersionLike['status']): VersionLike => ({ id: `m${version}`, version, status });

describe('model versions', () => {
  it('names the newest version, and the newest ready one for the viewer', () => {
    const versions = [v(1, 'ready'), v(3, 'failed'), v(2, 'ready')];
    expect(latestVersion(versions)?.id).toBe('m3');
    expect(currentReady(versions)?.id).toBe('m2');
    expect(currentReady([v(1, 'parsing')])).toBeUndefined();
  });

  it('stops polling once every version is ready or failed', () => {
    expect(nextPollDelay([v(1, 'ready'), v(2, 'failed')], 0)).toBeNull();
    expect(nextPollDelay([], 0)).toBeNull();
  });

  it('polls every second while a version parses, then backs off to at most 8 s', () => {
    expect(nextPollDelay([v(1, 'ready'), v(2, 'parsing')], 0)).toBe(1000);
    expect(nextPollDelay([v(2, 'uploaded')], 5)).toBe(2000);
    expect(nextPollDelay([v(2, 'parsing')], 100)).toBe(8000);
  });
});
