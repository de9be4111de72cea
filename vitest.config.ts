import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit and integration suites run in Node; the app's `$lib` alias points where SvelteKit's does.
export default defineConfig({
  resolve: { alias: { $lib: fileURLToPath(new URL('./app/lib', import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['app/**/*.spec.ts', 'couch/**/*.spec.ts', 'design-docs/**/*.spec.ts', 'scripts/**/*.spec.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false
        }
      }
    ]
  }
});
