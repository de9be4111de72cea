import { newDocId } from '../../app/lib/domain/ids';
import type { DocOf } from '../../app/lib/domain/schemas';
import { makeKeluhan } from '../../app/lib/test-data/event-factory';
import { DESA_CONTOH } from '../../app/lib/test-data/household-factory';

/**
 * A valid complaint of fasilitator.wundulako with an id no other suite has used: the factory's
 * serial ids start again in every test file, and the integration suites share one server.
 */
export function keluhanBaru(overrides: Partial<DocOf<'keluhan'>> = {}): DocOf<'keluhan'> {
  return makeKeluhan({ _id: newDocId('keluhan', DESA_CONTOH), ...overrides });
}
