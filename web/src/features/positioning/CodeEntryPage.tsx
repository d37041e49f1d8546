// Route /p: a candidate types the session code shown by the facilitator (or on the poster) instead of scanning.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import './positioning.css';

export function CodeEntryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cleaned = code.toUpperCase().replace(/[\s-]/g, '');
    if (cleaned.length !== 8) return setInvalid(true);
    void navigate(`/p/${cleaned.slice(0, 4)}-${cleaned.slice(4)}`);
  };
  return (
    <section className="positioning-card" aria-labelledby="code-title">
      <h1 id="code-title">{t('candidate.code.title')}</h1>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('candidate.code.label')}
          hint={t('candidate.code.hint')}
          error={invalid ? t('candidate.code.invalid') : undefined}
          value={code}
          autoCapitalize="characters"
          autoComplete="off"
          onChange={(event) => {
            setCode(event.target.value);
            setInvalid(false);
          }}
        />
        <Button type="submit" fullWidth>
          {t('candidate.code.submit')}
        </Button>
      </form>
    </section>
  );
}
