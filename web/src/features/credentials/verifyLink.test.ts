import { describe, expect, it } from 'vitest';
import { sameOriginPath, verifyLink } from './verifyLink';

describe('verification links', () => {
  const id = '0b9f8a9e-7c1d-4a43-9b5e-2f0c6c0d1e2f';
  it('points the verification page at the credential URL', () => {
    expect(verifyLink('https://fit.example', `https://fit.example/credentials/${id}`)).toBe(
      `https://fit.example/verify?url=${encodeURIComponent(`https://fit.example/credentials/${id}`)}`,
    );
  });
  it('fetches only credential paths, whatever host PUBLIC_URL names', () => {
    expect(sameOriginPath('http://192.168.1.5:3000', `http://localhost:3000/credentials/${id}`)).toBe(`/credentials/${id}`);
    expect(sameOriginPath('http://fit.local', 'https://evil.example/steal')).toBeNull();
    expect(sameOriginPath('http://fit.local', 'not a url at all ::')).toBeNull();
  });
});
