// The worker signs their AFEST on the tablet, signed in with their PIN: the drawing is queued as their own record.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signatureProblem } from '@fit/shared';
import type { SessionUser } from '../../graphql/session-user';
import { Button } from '../../ui/Button';
import { SignaturePad, type DrawnSignature } from '../../ui/SignaturePad';
import { appOutbox } from '../sync';
import { recordSignature } from './record-afest';

export function WorkerSignature({ afestId, user, onSigned }: { afestId: string; user: SessionUser; onSigned: () => void }) {
  const { t } = useTranslation();
  const [signature, setSignature] = useState<DrawnSignature | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const handleSign = async () => {
    if (signatureProblem(signature)) {
      setError(t('myAfest.signRequired'));
      return;
    }
    setError(undefined);
    setSaving(true);
    await recordSignature(appOutbox(), { userId: user.id, userName: user.displayName }, afestId, signature!);
    setSaving(false);
    onSigned();
  };
  return (
    <div className="afest-sign">
      <h3>{t('myAfest.signTitle')}</h3>
      <p>{t('myAfest.signLead')}</p>
      <SignaturePad label={t('myAfest.signLabel')} hint={t('myAfest.signHint')} clearLabel={t('myAfest.clear')} error={error} onChange={setSignature} />
      <Button pending={saving} onClick={() => void handleSign()}>
        {t('myAfest.sign')}
      </Button>
    </div>
  );
}
