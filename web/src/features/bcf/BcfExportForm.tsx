// Download a site's validations of practical work on elements as a BCF 3.0 file, for a period.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { downloadSiteBcf } from './bcfFiles';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

export function BcfExportForm({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const client = useGraphQLClient();
  const [from, setFrom] = useState(daysAgo(90));
  const [to, setTo] = useState(daysAgo(0));
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    try {
      await downloadSiteBcf(siteId, { from, to }, await client.token());
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="bcf-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField label={t('bcf.export.from')} type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
      <TextField label={t('bcf.export.to')} type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
      <Button type="submit" pending={pending}>
        {t('bcf.export.download')}
      </Button>
      {failed && (
        <p className="bcf-error" role="alert">
          {t('bcf.export.failed')}
        </p>
      )}
    </form>
  );
}
