// Shows one localised text in the worker's language, tagged with the language it is really in, and flags a fallback.
import { localise, type LocalisedText } from '@fit/shared';
import { createContext, useContext, type ElementType } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../ui/formatDay';
import { RichText } from './RichText';

export interface PlayerLanguage {
  lang: string;
  fallback: string;
}

export const PlayerLanguageContext = createContext<PlayerLanguage>({ lang: 'fr', fallback: 'fr' });

export function usePlayerText(text: LocalisedText | undefined) {
  const { lang, fallback } = useContext(PlayerLanguageContext);
  return localise(text, lang, fallback);
}

export interface LocalTextProps {
  text: LocalisedText | undefined;
  as?: ElementType;
  rich?: boolean;
  className?: string;
}

export function LocalText({ text, as: Tag = 'p', rich = false, className }: LocalTextProps) {
  const shown = usePlayerText(text);
  const { i18n } = useTranslation();
  if (!shown.text) return null;
  return (
    <>
      {/* A French text shown in an Arabic screen keeps its own direction, so its punctuation stays in place. */}
      <Tag className={className} lang={shown.lang ?? undefined} dir={shown.lang ? i18n.dir(shown.lang) : undefined}>
        {rich ? <RichText source={shown.text} /> : shown.text}
      </Tag>
      {shown.fellBack && shown.lang && <FallbackBadge lang={shown.lang} />}
    </>
  );
}

export function FallbackBadge({ lang }: { lang: string }) {
  const { t } = useTranslation();
  return (
    <p className="fallback-badge" role="note">
      {t('player.fellBack', { language: languageName(lang, t) })}
    </p>
  );
}
