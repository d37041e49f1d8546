// The CSV of the figures, in the reader's language; hidden counts are already "< 5" in it (the server never sends them).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../common/downloadFile';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import { Button } from '../../ui/Button';

export function FiguresCsvButton({ months }: { months: number }) {
  const { t, i18n } = useTranslation();
  const client = useGraphQLClient();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const download = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
      await downloadFile(
        `/network-figures/figures.csv?lang=${lang}&months=${months}`,
        await client.token(),
        'network-figures.csv',
        fetch,
        'text/csv',
      );
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Button variant="secondary" pending={busy} onClick={() => void download()}>
        {t('figures.csv')}
      </Button>
      {failed && (
        <p className="figures-error" role="alert">
          {t('errors.unexpected')}
        </p>
      )}
    </div>
  );
}
