// Route /verify (public, no account): paste or upload an Open Badge, or arrive from a certificate's QR code
// (`?url=`), and read the verdict with each check the server made.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { sameOriginPath } from './verifyLink';
import './credentials.css';

interface Verification {
  verdict: string;
  checks: { name: string; ok: boolean; detail: string }[];
}

type State = { status: 'idle' } | { status: 'checking' } | { status: 'done'; result: Verification } | { status: 'error'; message: string };

const VERDICTS = ['valid', 'invalid-signature', 'revoked', 'expired', 'not-yet-valid', 'unknown-issuer', 'not-open-badge'] as const;
type Verdict = (typeof VERDICTS)[number];
const isVerdict = (v: string): v is Verdict => (VERDICTS as readonly string[]).includes(v);
const CHECKS = ['open-badge', 'issuer', 'signature', 'status', 'validity-period'] as const;
const isCheck = (v: string): v is (typeof CHECKS)[number] => (CHECKS as readonly string[]).includes(v);

export function VerifyPage() {
  const { t, i18n } = useTranslation();
  // The server words each check in the interface's language (French or English; English for the others).
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [params] = useSearchParams();
  const textId = useId();
  const fileId = useId();
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  // What was checked last: switching the interface's language asks again, so the details follow it.
  const lastChecked = useRef<string | null>(null);

  const check = useCallback(
    async (body: string) => {
      setState({ status: 'checking' });
      lastChecked.current = body;
      try {
        const res = await fetch('/credentials/verify', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': `${language}, en;q=0.5` },
          body,
        });
        if (res.status === 400) return setState({ status: 'error', message: t('verify.notJson') });
        if (!res.ok) return setState({ status: 'error', message: t('verify.failed') });
        setState({ status: 'done', result: (await res.json()) as Verification });
      } catch {
        setState({ status: 'error', message: t('verify.failed') });
      }
    },
    [t, language],
  );

  // Arriving from a QR code or a shared link: fetch the credential and check it at once.
  const url = params.get('url');
  const path = url ? sameOriginPath(window.location.origin, url) : null;
  useEffect(() => {
    if (!path) return;
    let cancelled = false;
    void fetch(path, { headers: { accept: 'application/json' } })
      .then(async (res) => {
        if (cancelled) return;
        if (!res.ok) return setState({ status: 'error', message: t('verify.notFound') });
        const body = await res.text();
        setText(body);
        await check(body);
      })
      .catch(() => !cancelled && setState({ status: 'error', message: t('verify.failed') }));
    return () => {
      cancelled = true;
    };
  }, [path, check, t]);

  useEffect(() => {
    if (!path && lastChecked.current !== null) void check(lastChecked.current);
  }, [path, check]);

  const handleFile = async (file: File | undefined) => {
    if (!file) return;
    const body = await file.text();
    setText(body);
    await check(body);
  };

  const verdict = state.status === 'done' ? state.result.verdict : null;
  return (
    <div className="verify">
      <h1>{t('verify.title')}</h1>
      <p>{t('verify.lead')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void check(text);
        }}
      >
        <label htmlFor={textId}>{t('verify.paste')}</label>
        <textarea id={textId} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        <label htmlFor={fileId}>{t('verify.upload')}</label>
        <input id={fileId} className="verify__file" type="file" accept=".json,application/json,application/ld+json" onChange={(e) => void handleFile(e.target.files?.[0])} />
        <Button type="submit" pending={state.status === 'checking'} disabled={!text.trim()}>
          {t('verify.check')}
        </Button>
      </form>
      <div aria-live="polite">
        {url && !path && (
          <p className="verify__verdict" role="alert">
            {t('verify.otherSite')}
          </p>
        )}
        {state.status === 'error' && (
          <p className="verify__verdict" role="alert">
            {state.message}
          </p>
        )}
        {state.status === 'done' && verdict && (
          <section className="verify__verdict" data-verdict={verdict} aria-labelledby={`${textId}-verdict`}>
            <h2 id={`${textId}-verdict`} data-testid="verdict">
              {isVerdict(verdict) ? t(`verify.verdict.${verdict}`) : verdict}
            </h2>
            <h3>{t('verify.checksTitle')}</h3>
            <ul className="verify__checks">
              {state.result.checks.map((c) => (
                <li key={c.name}>
                  <strong>
                    {c.ok ? '✓' : '✗'} {isCheck(c.name) ? t(`verify.checkName.${c.name}`) : c.name}
                  </strong>{' '}
                  — {c.detail}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
