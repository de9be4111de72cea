import { newDocId } from './ids';
import { newKodeLacak } from './kode-lacak';
import { wilayahOf } from './wilayah';

/**
 * The fields every new case opener recorded in a desa starts with: its id, author, area, time
 * and the tracking code of the citizen's receipt (of the desa's kabupaten).
 */
export function pembukaKasusBaru<T extends 'keluhan' | 'usulan'>(type: T, desa: string, createdBy: string, now: Date) {
  const wilayah = wilayahOf(desa);
  return {
    _id: newDocId(type, desa, now.getTime()),
    type,
    schema: 1,
    wilayah,
    createdBy,
    createdAt: now.toISOString(),
    kodeLacak: newKodeLacak(wilayah.kabupaten as string)
  };
}
