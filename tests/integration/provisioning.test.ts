import { describe, expect, inject, it } from 'vitest';
import nano from 'nano';
import { PENULIS_PROVISIONING, provision } from '../../couch/provision/provision';
import { designDocsFor } from '../../design-docs/build';
import { jenisPmksSchema, type JenisPmksDoc } from '../../app/lib/domain/jenis-pmks';
import { JENIS_PMKS } from '../../app/lib/domain/pmks';
import { NATIONAL_PROGRAM_IDS, programSchema, type Program } from '../../app/lib/domain/program';
import { kuesionerSchema, type Kuesioner } from '../../app/lib/domain/kuesioner';

const adminUrl = inject('couchAdminUrl');
const couch = nano(adminUrl);

describe('provisioning Kabupaten Kolaka', () => {
  it('creates the kabupaten, its 12 kecamatan, the referral and aggregate databases', async () => {
    const dbs = await couch.db.list();
    expect(dbs).toContain('slrt-kab-7401');
    expect(dbs.filter((d) => d.startsWith('slrt-kec-7401'))).toHaveLength(12);
    expect(dbs).toContain('slrt-rujukan-7401-pkh');
    expect(dbs).toContain('slrt-agregat');
  });

  it('sets who may read each database', async () => {
    const security = async (db: string) => couch.request({ db, path: '_security' });
    expect((await security('slrt-kec-740101')).members.roles).toEqual(['kec:740101']);
    expect((await security('slrt-kab-7401')).members.roles).toEqual(['kab:7401']);
    expect((await security('slrt-rujukan-7401-pkh')).members.roles).toEqual(
      expect.arrayContaining(['pengelola:7401:pkh'])
    );
  });

  it('deploys the design documents, version-stamped', async () => {
    for (const ddoc of designDocsFor('slrt-kec-740101')) {
      const deployed = await couch.use('slrt-kec-740101').get(ddoc._id);
      expect((deployed as unknown as { slrt_version: string }).slrt_version).toBe(ddoc.slrt_version);
    }
  });

  it('seeds the seven national programmes in the kabupaten catalogue, with criteria and referral destination', async () => {
    const { rows } = await couch.use('slrt-kab-7401').list({ startkey: 'program:7401:', endkey: 'program:7401:\ufff0', include_docs: true });
    const docs = rows.map((r) => r.doc as unknown as Program);
    for (const programId of NATIONAL_PROGRAM_IDS) {
      const doc = docs.find((d) => d.programId === programId);
      expect(doc, programId).toBeDefined();
      expect(programSchema.safeParse(doc).success, programId).toBe(true);
    }
    expect(docs.find((d) => d.programId === 'pkh')).toMatchObject({ createdBy: PENULIS_PROVISIONING, pemilik: 'kementerian', tujuanRujukan: { id: 'kemensos-jsk' }, kanal: 'langsung' });
  });

  it('seeds the default quarterly monitoring questionnaire, which the router carries to every kecamatan', async () => {
    const kab = await couch.use<Kuesioner>('slrt-kab-7401').get('kuesioner:7401:slrt-triwulanan-v1');
    expect(kuesionerSchema.safeParse(kab).success).toBe(true);
    expect(kab).toMatchObject({ kode: 'slrt-triwulanan', versi: 1, createdBy: PENULIS_PROVISIONING });
    await expect.poll(() => couch.use('slrt-kec-740107').get(kab._id).then((d) => d._rev, () => null), { timeout: 15_000 }).toBe(kab._rev);
  });

  it('changes nothing when run again, and never writes over a district’s edit of a national programme', async () => {
    // Other suites of this shared instance add programmes of their own: their inboxes come first.
    await provision(adminUrl, { kabupaten: ['74.01'] });
    const db = couch.use<Program>('slrt-kab-7401');
    const pkh = await db.get('program:7401:pkh');
    // The description only: other suites of this shared instance read PKH's routing and target.
    const uraian = `${pkh.uraian} Disesuaikan kabupaten.`;
    await db.insert({ ...pkh, uraian, updatedBy: 'manajer.kolaka', updatedAt: new Date().toISOString() });

    const report = await provision(adminUrl, { kabupaten: ['74.01'] });
    expect(report.databasesCreated).toEqual([]);
    expect(report.securityUpdated).toEqual([]);
    expect(report.designDocsUpdated).toEqual([]);
    expect(report.programsSeeded).toEqual([]);
    expect(report.kuesionerSeeded).toEqual([]);
    expect(report.jenisPmksSeeded).toEqual([]);
    expect((await db.get('program:7401:pkh')).uraian).toBe(uraian);
  });

  it('seeds the 26 PMKS types of Permensos 8/2012 as the district’s catalogue', async () => {
    const { rows } = await couch.use('slrt-kab-7401').list({ startkey: 'jenispmks:7401:', endkey: 'jenispmks:7401:\ufff0', include_docs: true });
    // Other suites of this shared instance add the district's own types: the seeded ones are provisioning's.
    const docs = rows.map((r) => r.doc as unknown as JenisPmksDoc).filter((d) => d.createdBy === PENULIS_PROVISIONING);
    expect(docs.map((d) => d.kode).sort()).toEqual([...JENIS_PMKS].sort());
    for (const doc of docs) expect(jenisPmksSchema.safeParse(doc).success, doc.kode).toBe(true);
  });

  it('never writes over a PMKS type the district deactivated', async () => {
    const db = couch.use<JenisPmksDoc>('slrt-kab-7401');
    const tunaSusila = await db.get('jenispmks:7401:tuna-susila');
    await db.insert({ ...tunaSusila, aktif: false, updatedBy: 'manajer.kolaka', updatedAt: new Date().toISOString() });
    const report = await provision(adminUrl, { kabupaten: ['74.01'] });
    expect(report.jenisPmksSeeded).toEqual([]);
    expect((await db.get('jenispmks:7401:tuna-susila')).aktif).toBe(false);
  });
});
