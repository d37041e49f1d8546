// A company picks a network body from the directory and agrees to share with it.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../graphql/useMutation';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { Button } from '../../ui/Button';
import { NetworkBodiesQuery, StartSharingMutation } from './network.queries';

/** `sharingWith`: bodies the company already shares with, left out of the choice. */
export function StartSharingForm({ sharingWith, onStarted }: { sharingWith: string[]; onStarted: () => void }) {
  const { t } = useTranslation();
  const selectId = useId();
  const bodies = useGraphQLQuery(NetworkBodiesQuery, {});
  const start = useMutation(StartSharingMutation);
  const [chosen, setChosen] = useState('');
  const options = (bodies.data?.networkBodies ?? []).filter((body) => !sharingWith.includes(body.id));
  if (options.length === 0) return null;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen && (await start.run({ networkOrganisationId: chosen }))) {
      setChosen('');
      onStarted();
    }
  };
  return (
    <form className="network-form" onSubmit={handleSubmit}>
      <label className="text-field__label" htmlFor={selectId}>
        {t('network.sharing.choose')}
      </label>
      <select id={selectId} className="network-form__select" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">{t('network.sharing.choosePlaceholder')}</option>
        {options.map((body) => (
          <option key={body.id} value={body.id}>
            {body.name}
          </option>
        ))}
      </select>
      {start.error && <p role="alert">{t(start.error === 'CONFLICT' ? 'network.sharing.already' : 'network.saveFailed')}</p>}
      <Button type="submit" disabled={!chosen} pending={start.pending}>
        {t('network.sharing.start')}
      </Button>
    </form>
  );
}
