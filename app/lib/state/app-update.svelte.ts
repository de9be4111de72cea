/**
 * The service worker's life as the user sees it. Updates are prompt-based: a new version waits
 * until the person chooses to reload, so unsaved work is never reloaded away. The browser checks
 * for a new version on every start (registering an existing worker re-fetches its script); this
 * also checks every hour, and on return to the app when a check is overdue, because timers stop
 * in a backgrounded tablet tab and a stale shell must not stay forever.
 */
import type { RegisterSWOptions } from 'virtual:pwa-register';

export type UpdateStatus =
  /** Nothing to say. */
  | 'tenang'
  /** First install done: the app now starts without internet. */
  | 'siap-luring'
  /** A new version is waiting for the person's go-ahead. */
  | 'versi-baru'
  /** The person said yes: activating the new version, then reloading. */
  | 'memuat-ulang'
  /** Another window activated the new version; this one reloads when its person is ready. */
  | 'aktif-di-jendela-lain'
  /** The service worker could not be registered: online use only. */
  | 'gagal';

export type RegisterSW = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

class AppUpdate {
  #status = $state<UpdateStatus>('tenang');
  #activate: ((reloadPage?: boolean) => Promise<void>) | null = null;
  #lastCheck = 0;

  get status(): UpdateStatus {
    return this.#status;
  }

  /** Registers the service worker; returns the clean-up for the periodic checks. */
  start(registerSW: RegisterSW): () => void {
    if (!('serviceWorker' in navigator)) {
      // Only on HTTPS (or localhost) and in browsers that have it: say so, do not fail silently.
      console.error('Service worker tidak tersedia: aplikasi harus dibuka lewat HTTPS.');
      this.#status = 'gagal';
      return () => {};
    }
    let registration: ServiceWorkerRegistration | undefined;
    const check = () => {
      if (!registration || !navigator.onLine || registration.installing) return;
      this.#lastCheck = Date.now();
      registration.update().catch((error: unknown) => {
        // Expected when the server is unreachable; the next check tries again.
        console.info('Pemeriksaan versi baru gagal, dicoba lagi nanti:', error);
      });
    };
    const checkIfOverdue = () => {
      if (document.visibilityState === 'visible' && Date.now() - this.#lastCheck >= UPDATE_CHECK_INTERVAL_MS) check();
    };
    // The first change is the first install claiming this page (same version, nothing to do);
    // any later one is a new version taking over, by this window's "Muat ulang" or another's.
    let controlled = navigator.serviceWorker.controller != null;
    const onControllerChange = () => {
      if (!controlled) controlled = true;
      else if (this.#status === 'memuat-ulang') window.location.reload();
      else this.#status = 'aktif-di-jendela-lain';
    };
    const timer = setInterval(check, UPDATE_CHECK_INTERVAL_MS);
    document.addEventListener('visibilitychange', checkIfOverdue);
    navigator.serviceWorker.addEventListener('controllerchange', onControllerChange);

    this.#activate = registerSW({
      immediate: true,
      onRegisteredSW: (_url, r) => {
        registration = r;
        this.#lastCheck = Date.now();
      },
      onOfflineReady: () => {
        if (this.#status === 'tenang') this.#status = 'siap-luring';
      },
      onNeedRefresh: () => {
        this.#status = 'versi-baru';
      },
      // Without this the plugin reloads every open window; onControllerChange decides instead
      // (the plugin only calls this for pages a worker controlled when they loaded).
      onNeedReload: () => {},
      onRegisterError: (error: unknown) => {
        console.error('Service worker tidak dapat didaftarkan:', error);
        this.#status = 'gagal';
      }
    });

    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', checkIfOverdue);
      navigator.serviceWorker.removeEventListener('controllerchange', onControllerChange);
    };
  }

  /** The person chose to reload: activate the waiting version (the page reloads once it controls). */
  async apply(): Promise<void> {
    this.#status = 'memuat-ulang';
    await this.#activate?.(true);
  }

  /** Reload a window whose version another window already activated. */
  reload(): void {
    window.location.reload();
  }

  dismiss(): void {
    this.#status = 'tenang';
  }
}

export const appUpdate = new AppUpdate();
