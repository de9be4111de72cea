import { PENDING_DOC, readLocal } from './local-docs';
import { pendingCount, type PendingRevs } from './pending';
import { allLocalNames, destroyLocal, openLocalByName } from './pouch';

/** Saves waiting to go up in every SLRT database on this device (logout asks before wiping them). */
export async function pendingOnDevice(): Promise<number> {
  let total = 0;
  for (const name of await allLocalNames()) {
    total += pendingCount(await readLocal<PendingRevs>(openLocalByName(name), PENDING_DOC, {}));
  }
  return total;
}

/** Destroys every SLRT database on this device, with the bookkeeping kept inside them. */
export async function destroyDeviceData(): Promise<void> {
  for (const name of await allLocalNames()) await destroyLocal(name);
}
