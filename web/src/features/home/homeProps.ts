// What every role's home receives from the app shell.
import type { SessionUser } from '../../graphql/session-user';

export interface HomeProps {
  user: SessionUser;
}

export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? displayName;
}
