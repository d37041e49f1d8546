// The words a staff member reads for a refused crew action, in their language, from the server's error code.
import type { TFunction } from 'i18next';

export function errorText(code: string | null, t: TFunction): string | undefined {
  if (!code) return undefined;
  if (code === 'offline') return t('crew.errors.offline');
  if (code === 'CONFLICT') return t('crew.errors.conflict');
  if (code === 'BAD_USER_INPUT') return t('crew.errors.badInput');
  if (code === 'FORBIDDEN') return t('errors.forbidden');
  return t('errors.unexpected');
}
