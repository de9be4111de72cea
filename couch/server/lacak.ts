/**
 * `GET /api/lacak/:kode`: the public status of a case by the tracking code on its receipt, for
 * anyone, without login. It answers the status, its label and the date of the last step, and
 * nothing else — no name, NIK, address or description (asas Transparan without exposing the
 * citizen). Codes carry 40 random bits; with the per-address budget below, finding someone
 * else's case by guessing is hopeless. The server reads the kabupaten database the code names
 * (the union of its kecamatan databases, kept so by the router) with its admin access.
 */
import express, { type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { reduceCase, STATUS_KASUS_LABEL } from '../../app/lib/domain/case-state';
import { kabupatenDb } from '../../app/lib/domain/databases';
import { kabupatenOfKodeLacak, readKodeLacak } from '../../app/lib/domain/kode-lacak';
import type { SlrtDoc } from '../../app/lib/domain/schemas';
import { couchAdmin, type CouchAdmin } from '../router/couch-admin';
import { hanyaDariSlrt } from './asal';

/** Lookups per client address and minute: a desk helping a queue of citizens stays well below. */
export const LACAK_PER_MENIT = 20;

const TIDAK_DITEMUKAN = {
  error: 'not_found',
  reason: 'Kode lacak tidak ditemukan. Periksa kembali kode pada tanda terima Anda.'
};
const TIDAK_SAH = {
  error: 'bad_request',
  reason: 'Kode lacak tidak sah: bentuknya 7401-XXXX-XXXX (4 angka, lalu 8 huruf atau angka).'
};

export interface StatusLacak {
  kode: string;
  status: string;
  label: string;
  /** `createdAt` of the case's last step. */
  tanggal: string;
}

interface ViewRows<D = unknown> {
  rows: { id: string; doc?: D }[];
}

async function viewRows<D>(couch: CouchAdmin, db: string, view: string, query: Record<string, unknown>): Promise<ViewRows<D> | null> {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, JSON.stringify(v)]));
  const response = await couch.request(`/${db}/_design/kasus/_view/${view}?${params}`);
  // A kabupaten that was never provisioned has no cases either.
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${view}: ${response.status} ${await response.text()}`);
  return (await response.json()) as ViewRows<D>;
}

/** The status of the case with code `kode`, or null when no case has it. */
export async function statusOfKode(couch: CouchAdmin, kode: string): Promise<StatusLacak | null> {
  const db = kabupatenDb(kabupatenOfKodeLacak(kode));
  const found = await viewRows(couch, db, 'kode-lacak', { key: kode, limit: 1 });
  const kasusId = found?.rows[0]?.id;
  if (!kasusId) return null;
  const events = await viewRows<SlrtDoc>(couch, db, 'peristiwa', { startkey: [kasusId], endkey: [kasusId, {}], include_docs: true });
  const docs = (events?.rows ?? []).flatMap((row) => (row.doc ? [row.doc] : []));
  const state = reduceCase(kasusId, docs);
  const last = state.timeline.at(-1);
  if (!state.status || !last) return null;
  return { kode, status: state.status, label: STATUS_KASUS_LABEL[state.status], tanggal: last.tanggal };
}

/** The router of `/api/lacak`; `couchAdminUrl` carries the server admin's credentials. */
export function lacakRouter(options: { couchAdminUrl: string; log: (message: string) => void }): express.Router {
  const couch = couchAdmin(options.couchAdminUrl);
  const router = express.Router();

  // No other site may use its visitors to look codes up.
  router.use(hanyaDariSlrt('Status hanya dapat dicek dari halaman SLRT sendiri.'));

  router.use(
    rateLimit({
      windowMs: 60_000,
      limit: LACAK_PER_MENIT,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      message: { error: 'too_many_requests', reason: 'Terlalu banyak pencarian. Tunggu satu menit, lalu coba lagi.' }
    })
  );

  router.get('/:kode', async (req: Request<{ kode: string }>, res: Response) => {
    const kode = readKodeLacak(req.params.kode);
    if (!kode) {
      res.status(400).json(TIDAK_SAH);
      return;
    }
    try {
      const status = await statusOfKode(couch, kode);
      if (status) res.json(status);
      else res.status(404).json(TIDAK_DITEMUKAN);
    } catch (error) {
      options.log(`Lacak: ${(error as Error).message}`);
      res.status(503).json({ error: 'unavailable', reason: 'Status belum dapat diperiksa. Coba lagi sebentar lagi.' });
    }
  });

  return router;
}
