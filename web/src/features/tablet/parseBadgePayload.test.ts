// Behaviour of badge QR parsing: only well-formed FIT badges reach the server.
import { describe, expect, it } from 'vitest';
import { parseBadgePayload } from './parseBadgePayload';

describe(parseBadgePayload.name, () => {
  it('reads the code of a FIT badge', () => {
    expect(parseBadgePayload('fit:badge:Ab3_x-9QzK')).toBe('Ab3_x-9QzK');
  });

  it('ignores surrounding whitespace a scanner may add', () => {
    expect(parseBadgePayload('  fit:badge:abc123\n')).toBe('abc123');
  });

  it('rejects QR codes that are not FIT badges', () => {
    expect(parseBadgePayload('https://example.com/fit:badge:abc')).toBeNull();
    expect(parseBadgePayload('abc123')).toBeNull();
    expect(parseBadgePayload('')).toBeNull();
    expect(parseBadgePayload(null)).toBeNull();
  });

  it('rejects an empty, too long or malformed code', () => {
    expect(parseBadgePayload('fit:badge:')).toBeNull();
    expect(parseBadgePayload(`fit:badge:${'a'.repeat(33)}`)).toBeNull();
    expect(parseBadgePayload('fit:badge:abc def')).toBeNull();
    expect(parseBadgePayload('fit:badge:abc;drop')).toBeNull();
  });
});
