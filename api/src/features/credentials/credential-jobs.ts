// The queue job that signs awards as credentials: `{ awardIds: string[] }`. Its own file so the features that make
// awards can ask for credentials without loading the signing libraries.
export const ISSUE_CREDENTIALS_JOB = 'credentials.issue';
