// Puts a whole team on a site's crew at once: its members are added to whoever is already there.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import { useMutation } from '../../../graphql/useMutation';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { Button } from '../../../ui/Button';
import { SetSiteCrewMutation, TeamsQuery, WorkersQuery } from '../api/crew.queries';

export interface TeamToCrewProps {
  siteId: string;
  onAdded: () => void;
}

export function TeamToCrew({ siteId, onAdded }: TeamToCrewProps) {
  const { t } = useTranslation();
  const id = useId();
  const teams = useGraphQLQuery(TeamsQuery, {});
  const client = useGraphQLClient();
  const setCrew = useMutation(SetSiteCrewMutation);
  const [failed, setFailed] = useState(false);
  const [teamId, setTeamId] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const list = teams.data?.teams ?? [];
  if (list.length === 0) return null;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const team = list.find((candidate) => candidate.id === teamId);
    if (!team) return;
    setAdded(null);
    setFailed(false);
    // The crew as saved now (the checklist below may have been saved since the page loaded): nobody is dropped.
    const current = await client.request(WorkersQuery, { siteId }).catch(() => null);
    if (!current) {
      setFailed(true);
      return;
    }
    const workerIds = [...new Set([...current.workers.map((worker) => worker.id), ...team.members.map((member) => member.id)])];
    if (await setCrew.run({ siteId, workerIds })) {
      setAdded(team.name);
      onAdded();
    }
  };

  return (
    <form className="crew-form crew-form--inline" onSubmit={(e) => void handleSubmit(e)} noValidate>
      <div className="crew-field">
        <label htmlFor={id}>{t('crew.site.team')}</label>
        <select id={id} value={teamId} onChange={(event) => setTeamId(event.target.value)}>
          <option value="">{t('crew.site.teamPlaceholder')}</option>
          {list.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name} ({team.members.length})
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={!teamId} pending={setCrew.pending}>
        {t('crew.site.addTeam')}
      </Button>
      <p role="status">{added ? t('crew.site.teamAdded', { name: added }) : setCrew.error || failed ? t('errors.unexpected') : ''}</p>
    </form>
  );
}
