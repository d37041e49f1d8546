// The forecast of the scenario set being looked at, as CSV, XLSX or a PDF summary for the steering committee.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../common/downloadFile';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import { Button } from '../../ui/Button';
import type { ScenarioSet } from './ScenarioSection';

const FORMATS = ['pdf', 'xlsx', 'csv'] as const;

export function ForecastDownloads({ territoryId, set }: { territoryId: string; set: ScenarioSet }) {
  const { t } = useTranslation();
  const client = useGraphQLClient();
  const [pending, setPending] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const download = async (format: (typeof FORMATS)[number]) => {
    setPending(format);
    const query = new URLSearchParams(Object.entries(set).map(([k, v]) => [k, String(v)]));
    try {
      await downloadFile(`/forecast-files/${encodeURIComponent(territoryId)}/forecast.${format}?${query}`, await client.token(), `forecast.${format}`);
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      setPending(null);
    }
  };
  return (
    <div className="forecast-downloads">
      {FORMATS.map((format) => (
        <Button key={format} variant="secondary" pending={pending === format} onClick={() => void download(format)}>
          {t(`forecast.download.${format}`)}
        </Button>
      ))}
      {failed && <p role="alert">{t('forecast.download.failed')}</p>}
    </div>
  );
}
