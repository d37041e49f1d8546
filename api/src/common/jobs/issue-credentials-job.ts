// The queue job that signs new awards as credentials: `{ awardIds: string[] }`. Named here, below the features, so
// the one that makes awards (qualifications) asks for it and the one that signs (credentials) works it, apart.
export const ISSUE_CREDENTIALS_JOB = 'credentials.issue';
