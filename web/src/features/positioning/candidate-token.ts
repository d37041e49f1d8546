// The candidate's token stays in this browser, per session code, so a closed tab resumes where it stopped.
const key = (code: string) => `fit.positioning.${code.toUpperCase().replace(/[\s-]/g, '')}`;

export function readCandidateToken(code: string): string | null {
  return localStorage.getItem(key(code));
}

export function keepCandidateToken(code: string, token: string): void {
  localStorage.setItem(key(code), token);
}

export function forgetCandidateToken(code: string): void {
  localStorage.removeItem(key(code));
}

/** The candidate's private link to their result. */
export const resultLink = (token: string) => `${window.location.origin}/p/r/${token}`;
