// What the account screens say for a refusal of the API, in the screen's language where we know the case.
import type { TFunction } from 'i18next';
import type { MutationState } from '../../graphql/useMutation';

export function accountErrorText(state: Pick<MutationState, 'error' | 'message' | 'details'>, t: TFunction): string | null {
  if (!state.error) return null;
  if (state.error === 'offline') return t('account.errors.offline');
  const reason = state.details?.reason;
  if (reason === 'RESET_LINK_USED') return t('account.reset.usedBody');
  if (reason === 'RESET_LINK_EXPIRED') return t('account.reset.expiredBody');
  if (reason === 'RESET_LINK_INVALID') return t('account.reset.invalidBody');
  if (reason === 'LAST_MANAGER') return t('account.leave.lastManager');
  if (state.error === 'RATE_LIMITED') {
    const seconds = Number(state.details?.retryAfterSeconds ?? 60);
    return t('account.errors.rateLimited', { count: Math.max(1, Math.ceil(seconds / 60)) });
  }
  if (state.error === 'INVALID_CREDENTIALS') return t('account.errors.wrongCurrentPassword');
  if (state.error === 'FORBIDDEN') return t('errors.forbidden');
  return t('errors.unexpected');
}
