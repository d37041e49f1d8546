// What a site screen says for a refusal of the API that names no field.
import type { TFunction } from 'i18next';
import type { MutationState } from '../../graphql/useMutation';
import { serverFieldError } from './siteDraft';

export function siteErrorText(state: Pick<MutationState, 'error' | 'details'>, t: TFunction): string | null {
  if (!state.error) return null;
  // Refusals that name a field are shown next to it instead.
  if (Object.keys(serverFieldError(state.details)).length > 0) return null;
  if (state.error === 'offline') return t('errors.offline');
  if (state.details?.problem === 'siteClosed') return t('sites.errors.siteClosed');
  if (state.error === 'FORBIDDEN') return t('errors.forbidden');
  if (state.error === 'NOT_FOUND') return t('sites.errors.notFound');
  return t('errors.unexpected');
}
