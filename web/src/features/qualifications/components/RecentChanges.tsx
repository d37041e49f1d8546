// The latest edits of the active framework: when, who, what (a ULO, a qualification, a mapping) and which fields.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkChangesQuery } from '../../../graphql/generated/graphql';
import type { QueryHandle } from '../../../graphql/useGraphQLQuery';
import { QueryStates } from '../../../ui/QueryStates';

export interface RecentChangesProps {
  changes: QueryHandle<FrameworkChangesQuery>;
}

export function RecentChanges({ changes }: RecentChangesProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  // Field names come as the framework file spells them; unknown ones (a later version's) are shown as they are.
  const field = (name: string) => t(`framework.edit.field.${name}`, { defaultValue: name });
  return (
    <section className="framework-edit__part" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('framework.edit.changesTitle')}</h3>
      <QueryStates query={changes}>
        {(data) =>
          data.frameworkChanges.length === 0 ? (
            <p>{t('framework.edit.noChanges')}</p>
          ) : (
            <ul className="framework-changes">
              {data.frameworkChanges.map((c) => (
                <li key={c.id}>
                  <p className="framework-changes__what">
                    <strong>
                      {t(`framework.edit.kind.${c.kind}`, { defaultValue: c.kind })} {c.code}
                    </strong>{' '}
                    —{' '}
                    {c.action === 'changed'
                      ? t('framework.edit.changedFields', { fields: c.fields.map(field).join(', ') })
                      : t(`framework.edit.action.${c.action}`, { defaultValue: c.action })}
                  </p>
                  <p className="framework-changes__who">
                    {t('framework.edit.changedBy', {
                      when: when(c.changedAt),
                      who: c.changedBy ?? t('framework.edit.someone'),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryStates>
    </section>
  );
}
