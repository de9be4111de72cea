/** package.json's version, fixed at build time by Vite `define` (vite.config.ts, app/app.d.ts). */
export const APP_VERSION: string = __APP_VERSION__;
