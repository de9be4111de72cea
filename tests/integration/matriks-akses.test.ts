/**
 * The access matrix of docs/security.md, cell by cell, against the running server: each demo
 * account logs in over HTTP through the `/db/` firewall as the app does, and every operation
 * of every table in matriks-akses.ts must be allowed or refused exactly as written there. Run
 * with `COUCHDB_URL` the same cells hold for Apache CouchDB behind the same server.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { couchAdmin } from '../../couch/router/couch-admin';
import { mapLimited } from '../../couch/router/map-limited';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { logInAs, visitorClient, type UserClient } from '../harness/http';
import { simpanBahan } from '../harness/bahan-akses';
import { bacaanSemua, jalankanSel, type HasilSel, type KonteksMatriks, type Penanya } from '../harness/sel-akses';
import { KOLOM, MATRIKS, selTabel, type Kolom, type Sel } from './matriks-akses';
import { bagianMatriks, matriksMarkdown } from './matriks-akses-md';

const url = inject('slrtUrl');
const couch = couchAdmin(inject('couchAdminUrl'));
/** Names unique to the run: a real CouchDB keeps the users of earlier runs. */
const unik = Date.now().toString(36);
const SANDI = 'sandiMatriks26';
/** Requests in flight at once: enough to keep the server busy, few enough for a 2-core machine. */
const PARALEL = 8;
const DINONAKTIFKAN = { error: 'forbidden', reason: 'Akun Anda dinonaktifkan. Hubungi administrator kabupaten.' };

type Jawaban = Awaited<ReturnType<UserClient['request']>>;
let k: KonteksMatriks;
let nonaktif: { sebelum: Jawaban; sesudah: Jawaban };

/**
 * A facilitator of Wundulako made for the run: it logs in and reads its kecamatan, the district
 * admin deactivates it, and the very next request on the session it had is refused.
 */
async function sesiNonaktif(admin: UserClient): Promise<UserClient> {
  const name = `matriks.n${unik}`;
  const dibuat = await admin.api('POST', '/pengguna', { name, displayName: 'Uji Nonaktif', jobRole: 'fasilitator', kecamatan: ['74.01.01'], password: SANDI });
  expect(dibuat.status, JSON.stringify(dibuat.body)).toBe(201);
  const sesi = await logInAs(url, name, SANDI);
  const sebelum = await sesi.request('GET', '/slrt-kec-740101/_all_docs?limit=1');
  expect((await admin.api('POST', `/pengguna/${name}/nonaktif`)).status).toBe(200);
  nonaktif = { sebelum, sesudah: await sesi.request('GET', '/slrt-kec-740101/_all_docs?limit=1') };
  return sesi;
}

async function penanyaSemua(): Promise<Record<Kolom, Penanya>> {
  const demo = await Promise.all(
    KOLOM.flatMap((kolom) => (kolom.akun ? [kolom.akun] : [])).map(async (name) => {
      const akun = DEMO_ACCOUNTS.find((a) => a.name === name)!;
      return { name, jobRole: akun.jobRole, client: await logInAs(url, name, DEMO_PASSWORD) };
    })
  );
  const penanya = {} as Record<Kolom, Penanya>;
  for (const kolom of KOLOM) {
    const akun = demo.find((d) => d.name === kolom.akun);
    if (akun) penanya[kolom.kunci] = { kolom: kolom.kunci, client: akun.client, penulis: { name: akun.name, jobRole: akun.jobRole } };
  }
  const sesi = await sesiNonaktif(penanya['adm-K'].client);
  penanya.nonaktif = { kolom: 'nonaktif', client: sesi, penulis: { name: sesi.name, jobRole: 'fasilitator' } };
  penanya.anonim = { kolom: 'anonim', client: visitorClient(url), penulis: { name: 'fasilitator.wundulako', jobRole: 'fasilitator' } };
  return penanya;
}

async function kodeLacakNyata(): Promise<string> {
  const { rows } = await couch.json<{ rows: { key: string }[] }>('/slrt-kab-7401/_design/kasus/_view/kode-lacak?limit=1');
  expect(rows.length, 'the demo district has a case with a tracking code').toBe(1);
  return rows[0].key;
}

beforeAll(async () => {
  const penanya = await penanyaSemua();
  const [bahan, kodeLacak] = await Promise.all([simpanBahan(couch, penanya), kodeLacakNyata()]);
  k = { couch, penanya, bahan, kodeLacak, unik, bacaan: await bacaanSemua(couch) };
}, 120_000);

describe('who asks', () => {
  it('has a column for every demo account, each logged in with its own roles', async () => {
    expect(KOLOM.flatMap((kolom) => (kolom.akun ? [kolom.akun] : [])).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.name).sort());
    for (const akun of DEMO_ACCOUNTS) {
      const kolom = KOLOM.find((kol) => kol.akun === akun.name)!.kunci;
      const { userCtx } = (await k.penanya[kolom].client.request('GET', '/_session')).body;
      expect(userCtx.name).toBe(akun.name);
      expect([...userCtx.roles].sort(), akun.name).toEqual([...akun.roles].sort());
    }
  });

  it('refuses a deactivated user at once, on the session it already had', () => {
    expect(nonaktif.sebelum.status).toBe(200);
    expect(nonaktif.sesudah).toEqual({ status: 403, body: DINONAKTIFKAN });
  });
});

/** A table's cells as `row → column → answer`, so a failure shows exactly which cells differ. */
function menurutBaris(sel: Sel[], hasil: HasilSel[]): Record<string, Record<string, HasilSel>> {
  const tabel: Record<string, Record<string, HasilSel>> = {};
  sel.forEach((s, i) => {
    (tabel[s.baris.label] ??= {})[s.kolom] = hasil[i];
  });
  return tabel;
}

describe('the access matrix of docs/security.md', () => {
  it.each(MATRIKS.map((tabel) => [tabel.judul, tabel] as const))('%s: every cell as the table says', async (_judul, tabel) => {
    const sel = selTabel(tabel);
    const nyata = await mapLimited(sel, PARALEL, (s) => jalankanSel(s, k));
    expect(menurutBaris(sel, nyata)).toEqual(menurutBaris(sel, sel.map((s) => (s.diizinkan ? 'ya' : 'tidak'))));
  });

  it('is the matrix docs/security.md shows (regenerate with `npm run docs:security`)', () => {
    expect(bagianMatriks(readFileSync('docs/security.md', 'utf8'))).toBe(matriksMarkdown());
  });
});

describe('personal data, across every database of the server', () => {
  it.each([
    ['provinsi.sultra', ['slrt-agregat']],
    ['nasional', ['slrt-agregat']],
    ['pengelola.pkh.kolaka', ['slrt-agregat', 'slrt-rujukan-7401-pkh']],
    ['pengelola.bpnt.kolaka', ['slrt-agregat', 'slrt-rujukan-7401-bpnt']]
  ])('%s reads no database but %j', async (name, boleh) => {
    const client = k.penanya[KOLOM.find((kolom) => kolom.akun === name)!.kunci].client;
    const dbs = await couch.allDbs();
    expect(dbs.length).toBeGreaterThan(10);
    const terbaca = await mapLimited(dbs, PARALEL, async (db) => ((await client.request('GET', `/${encodeURIComponent(db)}/_all_docs?limit=1`)).status === 200 ? [db] : []));
    expect(terbaca.flat().sort()).toEqual(boleh);
  });

  it.each([
    ['pengelola.pkh.kolaka', 'pkh'],
    ['pengelola.bpnt.kolaka', 'bpnt']
  ])('%s finds in its inbox only referrals of %s in Kolaka and the responses to them', async (name, program) => {
    const client = k.penanya[KOLOM.find((kolom) => kolom.akun === name)!.kunci].client;
    const res = await client.request('GET', `/slrt-rujukan-7401-${program}/_all_docs?include_docs=true`);
    expect(res.status).toBe(200);
    const docs: { _id: string; type: string; programId?: string; wilayah: { kabupaten: string } }[] = res.body.rows
      .filter((r: { id: string }) => !r.id.startsWith('_design/'))
      .map((r: { doc: unknown }) => r.doc);
    expect(docs.filter((d) => d.type === 'rujukan').length).toBeGreaterThan(0);
    for (const doc of docs) {
      expect(['rujukan', 'tindaklanjut'], doc._id).toContain(doc.type);
      expect(doc.wilayah.kabupaten, doc._id).toBe('74.01');
      if (doc.type === 'rujukan') expect(doc.programId, doc._id).toBe(program);
    }
  });
});
