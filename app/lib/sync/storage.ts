/**
 * Persistent storage and how much of it is used. Asked once per app start after login: Chrome
 * grants it silently to an installed or much-used app, and otherwise may evict an origin's
 * IndexedDB under storage pressure — offline work not yet sent would go with it.
 */
let asked: Promise<boolean> | null = null;

export function requestPersistence(): Promise<boolean> {
  if (!asked) {
    asked = navigator.storage?.persist ? navigator.storage.persist().catch(() => false) : Promise.resolve(false);
  }
  return asked;
}

export interface StorageReport {
  usage: number | null;
  quota: number | null;
  persisted: boolean;
}

export async function storageReport(): Promise<StorageReport> {
  const storage = navigator.storage;
  const estimate = storage?.estimate ? await storage.estimate() : {};
  const persisted = storage?.persisted ? await storage.persisted() : false;
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}
