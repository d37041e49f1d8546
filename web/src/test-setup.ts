// Unit-test setup: translations loaded (English unless a test switches), DOM and storage reset between tests.
// Screens read the tablet's outbox and pack (IndexedDB through Dexie) as they render: jsdom has no IndexedDB.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { initI18n } from './app/i18n';

const i18n = initI18n();

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
