// End-to-end tests of the built FIT app in Debian's Chromium, on a tablet-sized touch screen.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './specs',
  outputDir: './output/test-results',
  // Starts the built server on a fresh database; its teardown (returned by the setup) stops both.
  globalSetup: './support/global-setup.ts',
  workers: 1, // two-core machines: the server, PostgreSQL and Chromium already share them
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: 'list',
  // Generous: CI machines are shared, and the authoring flow alone takes ~30 s on a quiet one.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    // Set by the global setup, which picks a free port; workers inherit it through the environment.
    baseURL: process.env.FIT_E2E_BASE_URL,
    browserName: 'chromium',
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
});
