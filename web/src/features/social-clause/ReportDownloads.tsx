// The facilitator's contract report as PDF (with charts), CSV and XLSX, in the reader's language.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import { Button } from '../../ui/Button';
import { downloadFile } from '../../common/downloadFile';

const TYPES = { pdf: 'application/pdf', csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;
type Format = keyof typeof TYPES;

export function ReportDownloads({ path, fileName }: { path: string; fileName: string }) {
  const { t, i18n } = useTranslation();
  const client = useGraphQLClient();
  const [busy, setBusy] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const download = async (format: Format) => {
    setBusy(format);
    setFailed(false);
    try {
      await downloadFile(`${path}.${format}?lang=${lang}`, await client.token(), `${fileName}.${format}`, fetch, TYPES[format]);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="clause-actions">
      {(Object.keys(TYPES) as Format[]).map((format) => (
        <Button key={format} variant={format === 'pdf' ? 'primary' : 'secondary'} pending={busy === format} onClick={() => void download(format)}>
          {t(`clause.report.${format}`)}
        </Button>
      ))}
      {failed && <p className="clause-error" role="alert">{t('errors.unexpected')}</p>}
    </div>
  );
}
