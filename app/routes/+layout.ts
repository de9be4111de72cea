// A static SPA: the shell is prerendered, every screen renders in the browser.
export const ssr = false;
export const prerender = true;
