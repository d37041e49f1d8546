// The app's languages: staff screens in French and English; worker screens also in Portuguese, Spanish, Romanian and
// Arabic (right to left). The tablet follows the signed-in worker's own language; French is the fallback everywhere.
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type en from '../locales/en.json';
import frJson from '../locales/fr.json';
import {
  STAFF_LANGUAGES,
  WORKER_LANGUAGES,
  type StaffLanguage,
  type WorkerLanguage,
} from '../locales/worker-namespaces';

// Typing French as the English shape makes a missing or misspelt French key a compile error.
const fr: typeof en = frJson;

export { STAFF_LANGUAGES, WORKER_LANGUAGES, type StaffLanguage, type WorkerLanguage };
/** The staff screens' languages (the header's switch off the tablet). */
export const LANGUAGES = STAFF_LANGUAGES;
export type Language = StaffLanguage;
export const LANGUAGE_STORAGE_KEY = 'fit.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

// Every language file but French (bundled), each loaded on demand as its own chunk.
const OTHER_LANGUAGES = import.meta.glob<{ default: Record<string, unknown> }>(['../locales/*.json', '!../locales/fr.json']);

const isWorkerLanguage = (code: string | undefined): code is WorkerLanguage =>
  (WORKER_LANGUAGES as readonly string[]).includes(code ?? '');

/** The staff language shown: French unless English is chosen (a worker language falls back to French). */
export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
}

/** The worker-screen language shown: any of the six, French otherwise. */
export function currentWorkerLanguage(): WorkerLanguage {
  const code = i18n.resolvedLanguage;
  return isWorkerLanguage(code) ? code : 'fr';
}

/** A crew record's language (any ISO code) as a tablet language: French when the tablet does not speak it. */
export function workerLanguageOf(code: string | null | undefined): WorkerLanguage {
  const base = code?.toLowerCase().split('-')[0];
  return isWorkerLanguage(base) ? base : 'fr';
}

/** Writing direction of a language: Arabic reads right to left. */
export function directionOf(code: string): 'ltr' | 'rtl' {
  return i18n.dir(code);
}

export function initI18n(): typeof i18n {
  if (i18n.isInitialized) return i18n;
  i18n.on('languageChanged', (lng: string) => {
    // Screen readers pick their voice from <html lang>; the layout mirrors from <html dir>: both follow every switch.
    const shown = isWorkerLanguage(lng) ? lng : currentWorkerLanguage();
    document.documentElement.lang = shown;
    document.documentElement.dir = i18n.dir(shown);
  });
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    // French, the fallback, ships with the app; every other language is its own small file, fetched when chosen (and
    // precached by the service worker, so a worker's language works offline too).
    .use(resourcesToBackend((language: string) => OTHER_LANGUAGES[`../locales/${language}.json`]?.() ?? Promise.resolve({})))
    .init({
      // Portuguese, Spanish, Romanian and Arabic hold the worker screens' texts only; French fills in the rest.
      resources: { fr: { translation: fr } },
      partialBundledLanguages: true,
      supportedLngs: WORKER_LANGUAGES,
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'fr',
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
      // French is bundled, so initialisation is synchronous; main.tsx waits for another detected language's file.
      initAsync: false,
    });
  return i18n;
}
