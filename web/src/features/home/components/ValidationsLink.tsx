// Shortcut on the staff homes to the practical work waiting for sign-off, with how many are waiting.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../graphql/generated';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';

const PendingCountQuery = graphql(`
  query PendingCount {
    pendingValidations {
      statementId
    }
  }
`);

export function ValidationsLink() {
  const { t } = useTranslation();
  const query = useGraphQLQuery(PendingCountQuery, {});
  const count = query.data?.pendingValidations?.length;
  return (
    <Link className="staff-links__link" to="/validations">
      {t('validation.link')}
      {count !== undefined && <span className="staff-links__count">{t('validation.count', { count })}</span>}
    </Link>
  );
}
