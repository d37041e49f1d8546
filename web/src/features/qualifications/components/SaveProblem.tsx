// Why an edit of the framework was not saved, in the admin's words: the fields marked, the server's words for a
// problem no field owns, or what went wrong (offline, a new version imported meanwhile, no longer there).
import { useTranslation } from 'react-i18next';
import type { MutationState } from '../../../graphql/useMutation';

export interface SaveProblemProps {
  mutation: MutationState;
  /** Problems the server named that no field of the form shows. */
  other?: string[];
  /** Local problems are shown on the fields: say so here too, where the alert is read out. */
  fieldsMarked?: boolean;
}

export function SaveProblem({ mutation, other = [], fieldsMarked = false }: SaveProblemProps) {
  const { t } = useTranslation();
  const text = (() => {
    if (fieldsMarked || mutation.error === 'BAD_USER_INPUT') return t('framework.edit.fixFields');
    if (mutation.error === 'offline') return t('errors.offline');
    if (mutation.error === 'FORBIDDEN') return t('errors.forbidden');
    if (mutation.error === 'CONFLICT') return t('framework.edit.replaced');
    if (mutation.error === 'NOT_FOUND') return t('framework.edit.gone');
    return mutation.error ? t('errors.unexpected') : null;
  })();
  // Rendered only with a problem: an alert is read out when it appears, and an empty one would be noise to find.
  if (!text) return null;
  return (
    <div className="quals-error" role="alert">
      <p className="framework-edit__alert">
        {t('framework.edit.notSaved')} {text}
      </p>
      {other.length > 0 && (
        <ul>
          {other.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
