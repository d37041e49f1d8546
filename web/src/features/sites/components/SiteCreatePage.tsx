// A new site: once saved, its page opens, where its crew is chosen and its tablets are set up.
import type { Role } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from '../../../graphql/useMutation';
import { BackLink } from '../../../ui/BackLink';
import { SiteForm } from './SiteForm';
import { EMPTY_SITE, serverFieldError } from '../siteDraft';
import { siteErrorText } from '../siteErrors';
import { CreateSiteMutation } from '../api/sites.queries';
import './sites.css';

export function SiteCreatePage({ role }: { role: Role }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useMutation(CreateSiteMutation);
  return (
    <div className="sites-page">
      <BackLink to="/sites">{t('sites.backToList')}</BackLink>
      <h1>{t('sites.createTitle')}</h1>
      <p className="sites-lead">{t('sites.createIntro')}</p>
      <SiteForm
        initial={EMPTY_SITE}
        submitLabel={t('sites.createSubmit')}
        pending={create.pending}
        serverErrors={serverFieldError(create.details)}
        serverMessage={siteErrorText(create, t)}
        onSubmit={async (input) => {
          const data = await create.run({ input });
          if (data) void navigate(`/sites/${data.createSite.id}`, { state: { created: true, from: role } });
        }}
      />
    </div>
  );
}
