// The leading trainer signs on the tablet: the drawn path goes to the server as the trainer's own record.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AfestFieldsFragment } from '../../graphql/generated/graphql';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { SignaturePad, type DrawnSignature } from '../../ui/SignaturePad';
import { SignAfestMutation } from './afest.queries';

export function TrainerSignature({ afestId, onSigned }: { afestId: string; onSigned: (a: AfestFieldsFragment) => void }) {
  const { t } = useTranslation();
  const [signature, setSignature] = useState<DrawnSignature | null>(null);
  const [missing, setMissing] = useState(false);
  const sign = useMutation(SignAfestMutation);
  const handleSign = async () => {
    setMissing(!signature);
    if (!signature) return;
    const done = await sign.run({ afestId, signature });
    if (done) onSigned(done.signAfest);
  };
  const error = missing ? t('afest.signRequired') : sign.error ? (sign.error === 'offline' ? t('afest.offline') : (sign.message ?? sign.error)) : undefined;
  return (
    <div>
      <SignaturePad label={t('afest.signLabel')} hint={t('afest.signHint')} clearLabel={t('afest.clear')} error={error} onChange={setSignature} />
      <Button pending={sign.pending} pendingLabel={t('afest.signing')} onClick={() => void handleSign()}>
        {t('afest.sign')}
      </Button>
    </div>
  );
}
