// Staff screen of a site's building model: upload a version, follow its parsing, see what it holds, what changed,
// which training topics apply, and the model in 3D with a topic's elements highlighted.
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import type { SiteModelsQuery as SiteModelsResult } from '../../../graphql/generated/graphql';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { ProgressBar } from '../../../ui/ProgressBar';
import { QueryStates } from '../../../ui/QueryStates';
import { formatBytes } from '../../../ui/formatBytes';
import { ModelChangesQuery, RetryModelParseMutation, SiteModelsQuery, SiteRecommendationsQuery } from '../api/bim.queries';
import { ElementLabelsSection } from '../../element-labels';
import { ModelViewer } from './ModelViewer';
import { currentReady, latestVersion, nextPollDelay } from '../modelStatus';
import { checkIfcFile, ModelUploadError, modelFileUrl, uploadModel } from '../uploadModel';
import { currentLanguage } from '../../../app/i18n';
import './bim.css';

type Version = SiteModelsResult['siteModels'][number];

export function SiteModelPage() {
  const { t } = useTranslation();
  const { siteId = '' } = useParams();
  const models = useGraphQLQuery(SiteModelsQuery, { siteId });
  // Recommendations come in the staff language shown (a switch refetches them).
  const recommendations = useGraphQLQuery(SiteRecommendationsQuery, { siteId, lang: currentLanguage() });
  const versions = models.data?.siteModels ?? [];
  const ready = currentReady(versions);
  const [highlight, setHighlight] = useState<{ title: string; globalIds: string[] } | null>(null);
  const [viewerOpen, setViewerOpen] = useState(false);

  // Poll while a version is being parsed; back off as it takes longer.
  const polls = useRef(0);
  const { retry: refetchModels } = models;
  const polledData = models.status === 'success' ? models.data : undefined;
  useEffect(() => {
    if (!polledData) return;
    const delay = nextPollDelay(polledData.siteModels, polls.current);
    if (delay === null) return;
    const timer = setTimeout(() => {
      polls.current += 1;
      refetchModels();
    }, delay);
    return () => clearTimeout(timer);
  }, [polledData, refetchModels]);

  // A new ready version changes what applies: ask again.
  const { retry: refetchRecommendations } = recommendations;
  const readyId = ready?.id;
  const firstReady = useRef(readyId);
  useEffect(() => {
    if (readyId !== firstReady.current) {
      firstReady.current = readyId;
      setHighlight(null);
      refetchRecommendations();
    }
  }, [readyId, refetchRecommendations]);

  const handleUploaded = () => {
    polls.current = 0;
    refetchModels();
  };

  const showInViewer = (title: string, globalIds: string[]) => {
    setHighlight({ title, globalIds });
    setViewerOpen(true);
    requestAnimationFrame(() => document.getElementById('model-viewer-heading')?.scrollIntoView());
  };

  return (
    <div className="bim-page">
      <p className="bim-back">
        <Link to={`/sites/${siteId}`}>{t('bim.backToSite')}</Link>
      </p>
      <h1>{t('bim.title')}</h1>
      <UploadSection siteId={siteId} onUploaded={handleUploaded} reading={versions.some((v) => v.status === 'uploaded' || v.status === 'parsing')} />
      <QueryStates query={models}>
        {() =>
          versions.length === 0 ? (
            <EmptyState title={t('bim.emptyTitle')}>{t('bim.emptyBody')}</EmptyState>
          ) : (
            <>
              <LatestStatus version={latestVersion(versions)!} onRetried={handleUploaded} />
              {ready && <Summary version={ready} />}
              {ready && (
                <section className="bim-section" aria-labelledby="bim-recommendations-heading">
                  <h2 id="bim-recommendations-heading">{t('bim.recommendations.heading')}</h2>
                  <QueryStates query={recommendations}>
                    {(data) =>
                      data.siteRecommendations.length === 0 ? (
                        <p>{t('bim.recommendations.none')}</p>
                      ) : (
                        <ul className="bim-cards">
                          {data.siteRecommendations.map((r) => (
                            <li key={r.moduleRef} className="bim-card">
                              <h3>{r.title}</h3>
                              <p>{r.summary}</p>
                              <div className="bim-card__actions">
                                <Button variant="secondary" onClick={() => showInViewer(r.title, r.globalIds)}>
                                  {t('bim.recommendations.show', { count: r.elementCount })}
                                </Button>
                                {/* The catalogue opens filtered on the topic, not on the whole list. */}
                                <Link className="bim-link-button" to={r.topic ? `/modules?topic=${encodeURIComponent(r.topic)}` : '/modules'}>
                                  {t('bim.recommendations.assign')}
                                </Link>
                              </div>
                            </li>
                          ))}
                        </ul>
                      )
                    }
                  </QueryStates>
                </section>
              )}
              {ready && <ElementLabelsSection siteId={siteId} />}
              {ready && (
                <section className="bim-section" aria-labelledby="model-viewer-heading">
                  <h2 id="model-viewer-heading">
                    {highlight ? t('bim.viewer.headingFor', { title: highlight.title }) : t('bim.viewer.heading')}
                  </h2>
                  {viewerOpen ? (
                    <ModelViewer
                      modelUrl={modelFileUrl(siteId, ready.id)}
                      geometryUrl={ready.geometry?.url}
                      siteId={siteId}
                      modelId={ready.id}
                      highlight={highlight?.globalIds}
                      label={highlight ? t('bim.viewer.labelFor', { title: highlight.title }) : undefined}
                    />
                  ) : (
                    <Button onClick={() => setViewerOpen(true)}>{t('bim.viewer.open')}</Button>
                  )}
                </section>
              )}
              <History versions={versions} />
            </>
          )
        }
      </QueryStates>
    </div>
  );
}

/** `reading`: a version is being read now; "FIT is reading it" is said only while that is true. */
function UploadSection({ siteId, onUploaded, reading }: { siteId: string; onUploaded: () => void; reading: boolean }) {
  const { t } = useTranslation();
  const client = useGraphQLClient();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setError('');
    setDone('');
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (!file) return setError(t('bim.upload.chooseFirst'));
    const problem = checkIfcFile(file);
    if (problem) {
      return setError(
        problem.code === 'extension'
          ? t('bim.upload.notIfc')
          : problem.code === 'empty'
            ? t('bim.upload.empty')
            : t('bim.upload.tooLarge', { maxMb: problem.maxMb }),
      );
    }
    setError('');
    setProgress(0);
    try {
      await uploadModel(siteId, file, { token: await client.token(), onProgress: setProgress });
      setDone(file.name);
      onUploaded();
    } catch (failure) {
      const status = failure instanceof ModelUploadError ? failure.status : 0;
      setError(
        status === 0
          ? t('bim.upload.offline')
          : status === 413
            ? t('bim.upload.tooLargeServer')
            : failure instanceof ModelUploadError && failure.message
              ? failure.message
              : t('errors.unexpected'),
      );
    } finally {
      setProgress(null);
    }
  };

  return (
    <section className="bim-section" aria-labelledby="bim-upload-heading">
      <h2 id="bim-upload-heading">{t('bim.upload.heading')}</h2>
      <p>{t('bim.upload.intro')}</p>
      <form className="bim-upload" onSubmit={handleSubmit} noValidate>
        <label className="bim-upload__file">
          <span>{t('bim.upload.fileLabel')}</span>
          <input type="file" accept=".ifc" onChange={handleChange} aria-describedby={error ? 'bim-upload-error' : undefined} />
        </label>
        <Button type="submit" pending={progress !== null} pendingLabel={t('bim.upload.sending')}>
          {t('bim.upload.submit')}
        </Button>
      </form>
      {progress !== null && <ProgressBar label={t('bim.upload.progress')} value={progress * 100} />}
      {error && (
        <p id="bim-upload-error" className="bim-error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="bim-done" role="status">
          {reading ? t('bim.upload.done', { name: done }) : t('bim.upload.uploaded', { name: done })}
        </p>
      )}
    </section>
  );
}

function LatestStatus({ version, onRetried }: { version: Version; onRetried: () => void }) {
  const { t } = useTranslation();
  const client = useGraphQLClient();
  const [pending, setPending] = useState(false);
  if (version.status === 'ready') return null;
  if (version.status === 'failed') {
    const handleRetry = async () => {
      setPending(true);
      try {
        await client.request(RetryModelParseMutation, { modelId: version.id });
        onRetried();
      } finally {
        setPending(false);
      }
    };
    return (
      <section className="bim-section bim-section--failed" role="alert">
        <h2>{t('bim.status.failedTitle', { version: version.version, name: version.fileName })}</h2>
        <p>{version.errorMessage ?? t('bim.status.failedBody')}</p>
        <Button onClick={handleRetry} pending={pending}>
          {t('bim.status.retry')}
        </Button>
      </section>
    );
  }
  return (
    <section className="bim-section" aria-live="polite">
      <h2>{t('bim.status.parsingTitle', { version: version.version, name: version.fileName })}</h2>
      <ProgressBar label={t('bim.status.parsing')} value={version.status === 'uploaded' ? 0 : version.progress} />
    </section>
  );
}

function Summary({ version }: { version: Version }) {
  const { t } = useTranslation();
  const summary = version.summary;
  if (!summary) return null;
  const classes = [...summary.byClass].sort((a, b) => b.count - a.count);
  return (
    <section className="bim-section" aria-labelledby="bim-summary-heading">
      <h2 id="bim-summary-heading">{t('bim.summary.heading', { version: version.version })}</h2>
      <p className="bim-lead">
        {t('bim.summary.elements', { count: summary.elements })} · {version.fileName} · {version.schema ?? ''}
      </p>
      <div className="bim-columns">
        <div>
          <h3>{t('bim.summary.byClass')}</h3>
          <table className="bim-table">
            <tbody>
              {classes.map((c) => (
                <tr key={c.ifcClass}>
                  <th scope="row">{c.ifcClass}</th>
                  <td>{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h3>{t('bim.summary.storeys')}</h3>
          <table className="bim-table">
            <tbody>
              {summary.storeys.map((s) => (
                <tr key={s.name}>
                  <th scope="row">{s.name}</th>
                  <td>{t('bim.summary.elements', { count: s.elements })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

function History({ versions }: { versions: Version[] }) {
  const { t, i18n } = useTranslation();
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <section className="bim-section" aria-labelledby="bim-history-heading">
      <h2 id="bim-history-heading">{t('bim.history.heading')}</h2>
      <ol className="bim-history">
        {sorted.map((v) => (
          <li key={v.id}>
            <strong>{t('bim.history.version', { version: v.version })}</strong> — {v.fileName} ({formatBytes(v.sizeBytes, i18n.language)}),{' '}
            {new Date(v.createdAt).toLocaleDateString(i18n.language)} — {t(`bim.history.status.${v.status}`)}
            {v.status === 'ready' && <Changes modelId={v.id} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Changes({ modelId }: { modelId: string }) {
  const { t } = useTranslation();
  const changes = useGraphQLQuery(ModelChangesQuery, { modelId });
  const c = changes.data?.modelChanges;
  if (!c) return null;
  return (
    <p className="bim-changes">
      {c.previousVersion == null
        ? t('bim.history.first')
        : t('bim.history.changes', { added: c.addedCount, removed: c.removedCount, previous: c.previousVersion })}
    </p>
  );
}
