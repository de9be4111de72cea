// Ambient types of the app: SvelteKit's, the PWA plugin's virtual modules, build constants.
/// <reference types="@sveltejs/kit" />
/// <reference types="vite-plugin-pwa/vanillajs" />

declare global {
  /** package.json's version, set by Vite `define` at build time (vite.config.ts). */
  const __APP_VERSION__: string;

  namespace App {
    /** What a page hands to the next through `goto(…, { state })`: a confirmation to show once. */
    interface PageState {
      /** A review decision just saved, shown on the queue it came from (/antrean). */
      keputusan?: { keputusan: 'setuju' | 'kembalikan' | 'tolak'; lokal: boolean; antrean: string };
      /** A new catalogue entry just saved, confirmed on its own page (/katalog/[programId]). */
      programTersimpan?: boolean;
      /** A new PMKS record just saved, confirmed on its own page (/pmks/[id]). */
      pmksTersimpan?: boolean;
    }
  }
}

export {};
