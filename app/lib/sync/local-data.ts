import { destroyDeviceData, pendingOnDevice } from '../db/device';

/**
 * What logout needs from the sync layer (contracts §3). Call `sync.stop()` first, so no
 * replication writes into a database while it is destroyed.
 */

/** Documents saved on this device that the server has not acknowledged yet. */
export function pendingUploads(): Promise<number> {
  return pendingOnDevice();
}

/**
 * Destroys every local database of this device. The sync layer keeps no credentials of its
 * own (the server session is a cookie); its bookkeeping lives inside the databases.
 */
export function wipeLocalData(): Promise<void> {
  return destroyDeviceData();
}
