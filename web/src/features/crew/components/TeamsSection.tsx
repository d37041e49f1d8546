// Teams of the organisation: create one, and tick which workers belong to each.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkerFieldsFragment } from '../../../graphql/generated/graphql';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { useMutation } from '../../../graphql/useMutation';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { CreateTeamMutation, SetTeamMembersMutation, TeamsQuery } from '../api/crew.queries';
import { errorText } from '../errorText';
import { MemberChecklist } from './MemberChecklist';
import '../../../ui/staff-page.css';

export interface TeamsSectionProps {
  workers: WorkerFieldsFragment[];
}

export function TeamsSection({ workers }: TeamsSectionProps) {
  const { t } = useTranslation();
  const teams = useGraphQLQuery(TeamsQuery, {});
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const create = useMutation(CreateTeamMutation, { invalidates: [TeamsQuery] });
  const setMembers = useMutation(SetTeamMembersMutation, { invalidates: [TeamsQuery] });

  const handleCreate = async (event: FormEvent) => {
    event.preventDefault();
    setMissing(!name.trim());
    if (!name.trim()) return;
    if (await create.run({ name: name.trim() })) {
      setName('');
    }
  };

  return (
    <section className="staff-section" aria-labelledby="teams-heading">
      <h2 id="teams-heading">{t('crew.teams.heading')}</h2>
      <form className="crew-form crew-form--inline" onSubmit={(e) => void handleCreate(e)} noValidate>
        <TextField
          label={t('crew.teams.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={missing ? t('crew.teams.nameRequired') : errorText(create.error, t)}
          autoComplete="off"
        />
        <Button type="submit" pending={create.pending}>
          {t('crew.teams.create')}
        </Button>
      </form>
      {teams.data?.teams.length === 0 && <p>{t('crew.teams.empty')}</p>}
      {teams.data?.teams.map((team) => (
        <MemberChecklist
          key={team.id}
          legend={team.name}
          workers={workers}
          initial={team.members.map((m) => m.id)}
          saveLabel={t('crew.teams.save')}
          pending={setMembers.pending}
          onSave={async (workerIds) => Boolean(await setMembers.run({ teamId: team.id, workerIds }))}
        />
      ))}
    </section>
  );
}
