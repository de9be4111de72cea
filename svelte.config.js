import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // The app lives in app/ (CONVENTIONS.md), not SvelteKit's default src/.
    files: {
      routes: 'app/routes',
      lib: 'app/lib',
      appTemplate: 'app/app.html',
      errorTemplate: 'app/error.html',
      hooks: { client: 'app/hooks.client', server: 'app/hooks.server', universal: 'app/hooks' },
      params: 'app/params',
      serviceWorker: 'app/service-worker',
      assets: 'static'
    },
    // A static SPA: 200.html is the fallback the Node server and the proxy serve for deep links.
    adapter: adapter({ fallback: '200.html' }),
    paths: { relative: false }
  }
};

export default config;
