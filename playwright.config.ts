import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.SLRT_E2E_PORT ?? 4173);

/**
 * End-to-end tests: Debian's Chromium (scripts/ensure-chromium.sh installs it) against the
 * built app served by the project's own server with a fresh demo district.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 800, height: 1280 },
    locale: 'id-ID',
    launchOptions: {
      executablePath: process.env.SLRT_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    }
  },
  webServer: {
    command: `npx tsx tests/e2e/serve.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe'
  }
});
