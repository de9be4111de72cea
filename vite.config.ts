import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const THEME = '#0b5d5b';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    sveltekit(),
    SvelteKitPWA({
      // A new version waits for the person's go-ahead (UpdatePrompt), never reloads over work.
      registerType: 'prompt',
      // SvelteKit ignores injectRegister: the root layout calls registerSW (STACK-NOTES.md).
      injectRegister: false,
      kit: { adapterFallback: '200.html', spa: true },
      manifest: {
        id: '/',
        name: 'SLRT — Sistem Layanan dan Rujukan Terpadu',
        short_name: 'SLRT',
        description: 'Layanan dan rujukan terpadu perlindungan sosial: keluhan, kebutuhan, rujukan dan tindak lanjutnya, juga tanpa internet.',
        lang: 'id',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: THEME,
        background_color: '#f4f7f6',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
        ]
      },
      workbox: {
        // The whole shell: SvelteKit's JS and CSS, fonts, icons, the prerendered pages and the
        // SPA fallback (added by `kit.spa`), so the app starts and navigates with no network.
        globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,woff,woff2,webmanifest}', 'prerendered/**/*.{html,json}'],
        // The report's PDF maker (pdfmake, ~1 MB) and its embedded fonts (~0.9 MB) are chunks of
        // their own, loaded only when a report is made: precached after the first load (so not in
        // the first-load budget) they let a report be made offline. Workbox silently leaves out a
        // file over this size; the offline report e2e (dasbor-luring.e2e.ts) fails if they go.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        // Deep links opened offline get the SPA fallback; the API never does (STACK-NOTES.md).
        navigateFallback: '/200.html',
        navigateFallbackDenylist: [/^\/db\//, /^\/api\//],
        // Area names (one file per kabupaten, written by scripts/regions) are too many to
        // precache: each is kept once fetched, so a district's names show offline. Nothing
        // else is cached at run time: a cached /db/ answer (_session, _changes) breaks login
        // and sync.
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/wilayah/'),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'slrt-nama-wilayah', expiration: { maxEntries: 40 } }
          }
        ],
        // The first visit is controlled at once, and after "Muat ulang" the new version takes
        // over the open page (which then reloads).
        clientsClaim: true,
        cleanupOutdatedCaches: true
      }
    })
  ]
});
