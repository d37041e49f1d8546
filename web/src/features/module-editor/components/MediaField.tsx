// Picks a picture, video or sound, checks it, uploads it with a progress bar, and shows what is attached.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import { ProgressBar } from '../../../ui/ProgressBar';
import { FieldErrors } from './LocalisedField';
import { ACCEPTED, checkFile, uploadMedia, UploadError, type MediaKind } from '../uploadMedia';

export interface MediaFieldProps {
  kind: MediaKind;
  label: string;
  mediaId: string | undefined;
  onChange: (mediaId: string) => void;
  errors?: string[];
}

export function MediaField({ kind, label, mediaId, onChange, errors = [] }: MediaFieldProps) {
  const { t } = useTranslation();
  const client = useGraphQLClient();
  const id = useId();
  const [progress, setProgress] = useState<number>();
  const [problem, setProblem] = useState<string>();
  // The upload ends later: report to the newest onChange, or edits typed meanwhile would be overwritten.
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });

  const handleFile = (file: File | undefined) => {
    if (!file) return;
    const check = checkFile(file, kind);
    if (check) {
      setProblem(check.code === 'type' ? t('editor.media.wrongType', { name: file.name, accepted: t(`editor.media.accepted.${kind}`) }) : t('editor.media.tooBig', { name: file.name, max: check.maxMb }));
      return;
    }
    setProblem(undefined);
    setProgress(0);
    client
      .token()
      .then((token) => uploadMedia(file, { token, onProgress: setProgress }))
      .then(
      (newId) => {
        setProgress(undefined);
        latestOnChange.current(newId);
      },
      (error: unknown) => {
        setProgress(undefined);
        const status = error instanceof UploadError ? error.status : 0;
        const detail = error instanceof UploadError && error.message ? error.message : '';
        setProblem(status === 0 ? t('editor.media.offline') : status === 413 ? t('editor.media.tooBigServer', { detail }) : t('editor.media.refused', { detail }));
      },
    );
  };

  return (
    <div className="editor-field editor-media">
      <p className="editor-field__label" id={`${id}-label`}>
        {label}
      </p>
      {mediaId && kind === 'image' && <img className="editor-media__preview" src={`/media/${mediaId}/tablet`} alt="" />}
      {mediaId && kind === 'video' && <video className="editor-media__preview" src={`/media/${mediaId}`} controls aria-label={label} />}
      {mediaId && kind === 'audio' && <audio src={`/media/${mediaId}`} controls aria-label={label} />}
      {mediaId && <p className="editor-media__attached">{t('editor.media.attached')}</p>}
      <label className="button button--secondary file-button">
        {mediaId ? t('editor.media.replace') : t('editor.media.choose')}
        <input
          className="file-button__input"
          type="file"
          accept={ACCEPTED[kind].join(',')}
          aria-describedby={`${id}-label`}
          disabled={progress !== undefined}
          onChange={(event) => {
            handleFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </label>
      {progress !== undefined && <ProgressBar label={t('editor.media.uploading')} value={progress * 100} />}
      {problem && (
        <p className="editor-field__problem" role="alert">
          {problem}
        </p>
      )}
      <FieldErrors errors={errors} />
    </div>
  );
}
