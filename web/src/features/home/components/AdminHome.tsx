// The administrator's home: the organisation they act for and every organisation they belong to.
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { ModulesLink } from './ModulesLink';
import { HomeIntro } from './HomeIntro';
import type { HomeProps } from '../homeProps';
import { RecallPolicySection } from '../../recall';
import { SharingSection, TerritoriesSection } from '../../network';
import { NetworkFiguresLink } from '../../network-figures';

export function AdminHome({ user }: HomeProps) {
  const { t } = useTranslation();
  const orgHeadingId = useId();
  const membershipsHeadingId = useId();
  const { organisation } = user;
  return (
    <>
      <HomeIntro displayName={user.displayName} title={t('home.admin.title')} intro={t('home.admin.intro')} />
      <ModulesLink />
      <div className="admin-links">
        <nav className="staff-links" aria-label={t('home.links.organisations')}>
          <Link className="staff-links__link" to="/organisations">
            {user.organisation.kind === 'network' ? t('home.links.organisations') : t('home.links.invitations')}
          </Link>
          <Link className="staff-links__link" to="/members">
            {t('home.links.members')}
          </Link>
          <Link className="staff-links__link" to="/sites">
            {t('home.links.sites')}
          </Link>
          <Link className="staff-links__link" to="/personal-data">
            {t('home.links.personalData')}
          </Link>
        </nav>
        <nav className="staff-links" aria-label={t('home.links.qualifications')}>
          <Link className="staff-links__link" to="/framework">
            {t('home.links.framework')}
          </Link>
          <Link className="staff-links__link" to="/matrix">
            {t('home.links.matrix')}
          </Link>
        </nav>
      </div>
      <section className="home-section" aria-labelledby={orgHeadingId}>
        <h2 id={orgHeadingId}>{t('home.admin.organisation')}</h2>
        <dl className="facts">
          <dt>{t('home.admin.organisationName')}</dt>
          <dd>{organisation.name}</dd>
          <dt>{t('home.admin.organisationKind')}</dt>
          <dd>{kindLabel(organisation.kind, t)}</dd>
          <dt>{t('home.admin.organisationSlug')}</dt>
          <dd>{organisation.slug}</dd>
        </dl>
      </section>
      <RecallPolicySection />
      {organisation.kind === 'network' ? (
        <>
          <NetworkFiguresLink />
          <TerritoriesSection canEdit />
          <SharingSection side="network" />
        </>
      ) : (
        <SharingSection side="company" />
      )}
      <section className="home-section" aria-labelledby={membershipsHeadingId}>
        <h2 id={membershipsHeadingId}>{t('home.admin.memberships')}</h2>
        {user.memberships.length === 0 ? (
          <EmptyState title={t('home.admin.membershipsEmpty')} />
        ) : (
          <ul className="membership-list">
            {user.memberships.map((membership) => (
              <li key={`${membership.organisation.id}:${membership.role}`}>
                <span className="membership-list__org">{membership.organisation.name}</span>
                <span className="membership-list__role">{t(`roles.${membership.role}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

// TFunction rather than the hook's own type: the latter, over the whole locale, is too deep for the type checker.
function kindLabel(kind: string, t: TFunction): string {
  return kind === 'sme' || kind === 'training_centre' || kind === 'network'
    ? t(`organisationKinds.${kind}`)
    : kind;
}
