// Shows one localised text in the worker's language, tagged with the language it is really in, and flags a fallback.
import { localise, type LocalisedText } from '@fit/shared';
import { createContext, useContext, type ElementType } from 'react';
import { useTranslation } from 'react-i18next';
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
  if (!shown.text) return null;
  return (
    <>
      <Tag className={className} lang={shown.lang ?? undefined}>
        {rich ? <RichText source={shown.text} /> : shown.text}
      </Tag>
      {shown.fellBack && shown.lang && <FallbackBadge lang={shown.lang} />}
    </>
  );
}

export function FallbackBadge({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const name = lang === 'fr' || lang === 'en' ? t(`language.${lang}`) : lang;
  return <p className="fallback-badge">{t('player.fellBack', { language: name })}</p>;
}
