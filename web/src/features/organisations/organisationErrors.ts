// The words a staff member or an invitee reads for a refused action, in their language, from the server's code.
import type { TFunction } from 'i18next';

export function organisationErrorText(code: string | null, t: TFunction): string | undefined {
  if (!code) return undefined;
  if (code === 'offline') return t('organisations.errors.offline');
  if (code === 'CONFLICT') return t('organisations.errors.conflict');
  if (code === 'BAD_USER_INPUT') return t('organisations.errors.badInput');
  if (code === 'FORBIDDEN') return t('organisations.errors.forbidden');
  if (code === 'NOT_FOUND') return t('organisations.errors.notFound');
  return t('errors.unexpected');
}
