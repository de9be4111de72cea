import { beforeAll, describe, expect, it } from 'vitest';
import { STATUS_KASUS, reduceCase } from '../../app/lib/domain/case-state';
import { DOC_TYPES } from '../../app/lib/domain/doc-types';
import { kabupatenDb, kecamatanDb, parseDbName } from '../../app/lib/domain/databases';
import type { Anggota, Rumahtangga } from '../../app/lib/domain/household';
import { parseDocId } from '../../app/lib/domain/ids';
import { kelompokUmur } from '../../app/lib/domain/kelompok-umur';
import { nikAgrees, nikFacts, validateNoKk } from '../../app/lib/domain/nik';
import { parseDoc, type SlrtDoc } from '../../app/lib/domain/schemas';
import { compactCode } from '../../app/lib/domain/wilayah';
import { DEMO_ACCOUNTS } from './accounts';
import { generateDemo, split, type DemoBatch, type DemoOptions } from './generate';
import { DAY, WINDOW_DAYS, ageAt, isoDate } from './waktu';

const NOW = Date.UTC(2025, 5, 30);
const PADA = isoDate(NOW);

async function collect(options: DemoOptions): Promise<DemoBatch[]> {
  const batches: DemoBatch[] = [];
  for await (const b of generateDemo(options)) batches.push(b);
  return batches;
}

const isInbox = (b: DemoBatch) => parseDbName(b.db)?.kind === 'rujukan';
/** The district's documents, each once: the inbox batches hold copies. */
const docsOf = (batches: DemoBatch[]) => batches.filter((b) => !isInbox(b)).flatMap((b) => b.docs);
const ofType = <T extends SlrtDoc['type']>(docs: SlrtDoc[], type: T) =>
  docs.filter((d): d is Extract<SlrtDoc, { type: T }> => d.type === type);
const share = (part: number, whole: number) => part / whole;

describe('generateDemo: the default demo district, small', () => {
  let batches: DemoBatch[];
  let docs: SlrtDoc[];
  let households: Rumahtangga[];
  let members: Anggota[];

  beforeAll(async () => {
    batches = await collect({ seed: 11, households: 800, now: NOW });
    docs = docsOf(batches);
    households = ofType(docs, 'rumahtangga');
    members = households.flatMap((h) => h.anggota);
  });

  it('writes exactly the households asked for, and counts them in the batches', () => {
    expect(households).toHaveLength(800);
    expect(batches.reduce((n, b) => n + b.households, 0)).toBe(800);
  });

  it('passes every document through its domain schema', () => {
    const failures = docs.map((d) => ({ id: d._id, r: parseDoc(d) })).filter((x) => !x.r.ok);
    expect(failures).toEqual([]);
  });

  it('gives every document a unique id that parseDocId reads, of its own type', () => {
    expect(new Set(docs.map((d) => d._id)).size).toBe(docs.length);
    for (const d of docs) expect(parseDocId(d._id)?.type).toBe(d.type);
  });

  it('sends the catalogue to the kabupaten database and the rest to its kecamatan', () => {
    expect(batches[0].db).toBe(kabupatenDb('74.01'));
    expect(batches[0].docs.map((d) => d._id)).toContain('program:7401:bedah-rumah-kolaka');
    const kecamatan = batches.slice(1).filter((b) => !isInbox(b));
    for (const b of kecamatan) {
      for (const d of b.docs) expect(b.db).toBe(kecamatanDb(d.wilayah.kecamatan!));
    }
    expect(new Set(kecamatan.map((b) => b.db))).toEqual(new Set(['slrt-kec-740101', 'slrt-kec-740107']));
  });

  it('copies what programme managers answered into their inboxes, with the referrals answered', () => {
    const inboxes = batches.filter(isInbox);
    expect(inboxes.length).toBeGreaterThan(0);
    const byId = new Map(docs.map((d) => [d._id, d]));
    for (const b of inboxes) {
      const programId = (parseDbName(b.db) as { programId: string }).programId;
      const rujukan = new Set(ofType(b.docs, 'rujukan').map((r) => r._id));
      for (const d of b.docs) {
        expect(byId.get(d._id), d._id).toEqual(d);
        if (d.type === 'rujukan') expect(d.programId).toBe(programId);
        else {
          expect(d.type).toBe('tindaklanjut');
          expect(d.createdBy).toBe(`pengelola.${programId}.kolaka`);
          expect(rujukan.has((d as { rujukanId: string }).rujukanId)).toBe(true);
        }
      }
    }
  });

  it('gives NIKs that agree with sex, birth date and kecamatan, and are unique', () => {
    const prelistMembers = ofType(docs, 'usulan').flatMap((u) => (u.jenis === 'prelist' ? u.rumahtangga.anggota : []));
    const proposedOnly = prelistMembers.filter((a) => !members.some((m) => m.nik === a.nik));
    const all = [...members, ...proposedOnly];
    expect(new Set(all.map((a) => a.nik)).size).toBe(all.length);
    for (const h of households) {
      for (const a of h.anggota) {
        expect(nikAgrees(a).problems, a.nik).toEqual([]);
        expect(nikFacts(a.nik, PADA)?.kodeKecamatan).toBe(h.wilayah.kecamatan);
      }
    }
  });

  it('gives valid, unique family card numbers of the household kecamatan', () => {
    expect(new Set(households.map((h) => h.noKK)).size).toBe(households.length);
    for (const h of households) {
      expect(validateNoKk(h.noKK, PADA).problems).toEqual([]);
      expect(h.noKK.slice(0, 6)).toBe(compactCode(h.wilayah.kecamatan!));
    }
  });

  it('builds households of 1–8 members averaging about 4, one head aged 20–80', () => {
    const sizes = households.map((h) => h.anggota.length);
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBe(8);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(3.6);
    expect(mean).toBeLessThan(4.4);
    for (const h of households) {
      const heads = h.anggota.filter((a) => a.hubungan === 'kepala');
      expect(heads).toHaveLength(1);
      expect(ageAt(heads[0].tanggalLahir, NOW)).toBeGreaterThanOrEqual(20);
      expect(ageAt(heads[0].tanggalLahir, NOW)).toBeLessThanOrEqual(80);
    }
  });

  it('records disability for 2–3 % of members', () => {
    const disabled = members.filter((a) => a.disabilitas !== 'tidak').length;
    expect(share(disabled, members.length)).toBeGreaterThanOrEqual(0.02);
    expect(share(disabled, members.length)).toBeLessThanOrEqual(0.03);
  });

  it('profiles each participation, need and household complaint by the member concerned, else the head', () => {
    const byId = new Map(households.map((h) => [h._id, h]));
    const records = [...ofType(docs, 'kepesertaan'), ...ofType(docs, 'kebutuhan'), ...ofType(docs, 'keluhan')];
    for (const r of records) {
      const rt = r.rumahtanggaId ? byId.get(r.rumahtanggaId) : undefined;
      if (!rt) {
        expect(r.profil).toBeUndefined();
        continue;
      }
      const nik = r.type === 'keluhan' ? r.pelapor.nik : r.nik;
      const orang = rt.anggota.find((a) => a.nik === nik) ?? rt.anggota.find((a) => a.hubungan === 'kepala');
      expect(r.profil).toEqual({ jenisKelamin: orang?.jenisKelamin, disabilitas: orang?.disabilitas !== 'tidak', kelompokUmur: kelompokUmur(String(orang?.tanggalLahir), r.createdAt) });
    }
    expect(records.filter((r) => r.profil?.disabilitas).length).toBeGreaterThan(0);
  });

  it('names the programme of each response to a complaint or need, as its opener has it', () => {
    const openers = new Map([...ofType(docs, 'keluhan'), ...ofType(docs, 'kebutuhan')].map((d) => [d._id, d.programId]));
    const responses = ofType(docs, 'tindaklanjut');
    for (const t of responses) expect(t.programId).toBe(openers.get(t.kasusId));
    expect(responses.some((t) => t.programId)).toBe(true);
  });

  it('meets a need once, when its programme first accepts or closes it, copying the need', () => {
    const kebutuhan = new Map(ofType(docs, 'kebutuhan').map((k) => [k._id, k]));
    const memenuhi = ofType(docs, 'tindaklanjut').filter((t) => t.pemenuhan);
    expect(memenuhi.length).toBeGreaterThan(0);
    for (const t of memenuhi) {
      const k = kebutuhan.get(t.kasusId);
      expect(t.pemenuhan).toEqual({ kebutuhanId: k?._id, programId: k?.programId, profil: k?.profil, arah: 'terpenuhi' });
      expect(['diterima', 'selesai']).toContain(t.hasil);
    }
    expect(new Set(memenuhi.map((t) => t.kasusId)).size).toBe(memenuhi.length);
  });

  it('keeps education and schooling consistent with age', () => {
    for (const a of members) {
      const age = ageAt(a.tanggalLahir, NOW);
      if (age <= 5) expect(a.pendidikan).toBe('belum-sekolah');
      if (a.pendidikan === 'belum-sekolah') expect(age).toBeLessThanOrEqual(5);
      if (a.statusSekolah === 'masih-sekolah') expect(age).toBeGreaterThanOrEqual(6);
      if (a.statusSekolah === 'masih-sekolah') expect(age).toBeLessThanOrEqual(23);
      if (['diploma', 's1', 's2-s3'].includes(a.pendidikan)) expect(age).toBeGreaterThanOrEqual(19);
      if (a.pendidikan === 'tidak-sekolah') expect(a.statusSekolah).toBe('tidak-bersekolah');
    }
  });

  it('makes about 5 % pre-list households, without decile or registry id', () => {
    const prelist = households.filter((h) => h.statusRegistri === 'prelist');
    expect(share(prelist.length, households.length)).toBeGreaterThan(0.03);
    expect(share(prelist.length, households.length)).toBeLessThan(0.07);
    for (const h of prelist) {
      expect(h.desil).toBeNull();
      expect(h.idDtks).toBeUndefined();
    }
    const registry = households.filter((h) => h.statusRegistri === 'dtks');
    expect(registry.filter((h) => h.desil! <= 4).length / registry.length).toBeGreaterThan(0.85);
    for (const h of registry) expect(h._id).toBe(`rumahtangga:${compactCode(h.wilayah.desa!)}:${h.idDtks}`);
  });

  it('gives programme shares like the field: PKH ~20 %, BPNT ~40 %, KIS-PBI for most', () => {
    const registry = households.filter((h) => h.statusRegistri === 'dtks').length;
    const receiving = (programId: string) =>
      new Set(ofType(docs, 'kepesertaan').filter((k) => k.programId === programId).map((k) => k.rumahtanggaId)).size;
    expect(share(receiving('pkh'), registry)).toBeGreaterThan(0.15);
    expect(share(receiving('pkh'), registry)).toBeLessThan(0.25);
    expect(share(receiving('bpnt'), registry)).toBeGreaterThan(0.33);
    expect(share(receiving('bpnt'), registry)).toBeLessThan(0.47);
    expect(share(receiving('pis-kis'), registry)).toBeGreaterThan(0.6);
    for (const id of ['pip-kemendikbud', 'pip-kemenag', 'rastra', 'listrik', 'bedah-rumah-kolaka']) {
      expect(receiving(id), id).toBeGreaterThan(0);
    }
    const memberLevel = ofType(docs, 'kepesertaan').filter((k) => k.programId.startsWith('pip') || k.programId === 'pis-kis');
    for (const k of memberLevel) expect(k.nik).toMatch(/^\d{16}$/);
  });

  it('puts complaints in every state of the case flow', () => {
    const all = docs.filter((d) => ['keluhan', 'review', 'rujukan', 'tindaklanjut'].includes(d.type));
    const statuses = new Set(ofType(docs, 'keluhan').map((k) => reduceCase(k._id, all).status));
    expect([...statuses].sort()).toEqual([...STATUS_KASUS].sort());
  });

  it('varies complaints: both categories, several programmes and channels, consent both ways', () => {
    const keluhan = ofType(docs, 'keluhan');
    expect(new Set(keluhan.map((k) => k.kategori))).toEqual(new Set(['kepesertaan', 'non-kepesertaan']));
    expect(new Set(keluhan.map((k) => k.programId)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(keluhan.map((k) => k.kanal)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(keluhan.map((k) => k.persetujuanBerbagiData))).toEqual(new Set([true, false]));
  });

  it('makes all three kinds of proposal, and needs', () => {
    expect(new Set(ofType(docs, 'usulan').map((u) => u.jenis))).toEqual(new Set(['perubahan-data', 'prelist', 'pmks']));
    expect(ofType(docs, 'kebutuhan').length).toBeGreaterThan(0);
    const perubahan = ofType(docs, 'usulan').flatMap((u) => (u.jenis === 'perubahan-data' ? u.perubahan : []));
    for (const p of perubahan) expect(p.sebelum).not.toEqual(p.sesudah);
  });

  it('dates every document before now, openers within the window, events after their opener', () => {
    const byId = new Map(docs.map((d) => [d._id, d]));
    for (const d of docs) expect(Date.parse(d.createdAt)).toBeLessThan(NOW);
    for (const d of docs) {
      if (d.type === 'keluhan' || d.type === 'kebutuhan' || d.type === 'usulan') {
        expect(Date.parse(d.createdAt)).toBeGreaterThan(NOW - (WINDOW_DAYS + 1) * DAY);
      }
      if (d.type === 'review' || d.type === 'rujukan' || d.type === 'tindaklanjut') {
        expect(Date.parse(d.createdAt)).toBeGreaterThan(Date.parse(byId.get(d.kasusId)!.createdAt));
      }
    }
  });

  it('has each demo account write only the types its job role may write', () => {
    const role = new Map(DEMO_ACCOUNTS.map((a) => [a.name, a.jobRole]));
    const authors = new Set<string>();
    for (const d of docs) {
      const jobRole = role.get(d.createdBy);
      if (!jobRole) continue;
      authors.add(d.createdBy);
      expect(DOC_TYPES[d.type].writers as readonly string[], `${d.createdBy} → ${d.type}`).toContain(jobRole);
    }
    for (const name of ['fasilitator.wundulako', 'fasilitator.pomalaa', 'supervisor.wundulako', 'supervisor.pomalaa',
      'frontoffice.wundulako', 'frontoffice.kolaka', 'backoffice.kolaka', 'manajer.kolaka', 'admin.kolaka', 'pengelola.pkh.kolaka']) {
      expect(authors).toContain(name);
    }
  });
});

describe('generateDemo: determinism and size', () => {
  it('gives identical documents for the same seed, different ones for another seed', async () => {
    const a = docsOf(await collect({ seed: 5, households: 120, now: NOW }));
    const b = docsOf(await collect({ seed: 5, households: 120, now: NOW }));
    const c = docsOf(await collect({ seed: 6, households: 120, now: NOW }));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    // Registry households keep their registry ids; their members and every event differ.
    const before = new Map(a.map((d) => [d._id, JSON.stringify(d)]));
    // The district's catalogue and FAQ are the same for every seed.
    const shared = (d: { type: string }) => d.type === 'program' || d.type === 'faq';
    const same = c.filter((d) => !shared(d) && before.get(d._id) === JSON.stringify(d));
    expect(same).toEqual([]);
    const eventIds = c.filter((d) => !shared(d) && d.type !== 'rumahtangga' && before.has(d._id));
    expect(eventIds).toEqual([]);
  });

  it.each([
    [{ households: 300, kecamatan: 'semua' as const }, 12],
    [{ households: 250, kecamatan: ['74.01.04'] }, 1],
    [{ households: 0, kecamatan: ['74.01.01'] }, 0]
  ])('honours %o over %i kecamatan', async (opts, kecamatanCount) => {
    const batches = await collect({ seed: 2, now: NOW, batchSize: 200, ...opts });
    const households = ofType(docsOf(batches), 'rumahtangga');
    expect(households).toHaveLength(opts.households);
    expect(new Set(households.map((h) => h.wilayah.kecamatan)).size).toBe(kecamatanCount);
    // Batches close at a household boundary, so they pass the size by at most one household's documents.
    for (const b of batches) expect(b.docs.length).toBeLessThan(200 + 100);
  });

  it('refuses a kecamatan outside Kabupaten Kolaka', async () => {
    await expect(collect({ seed: 1, households: 10, kecamatan: ['74.02.01'] })).rejects.toThrow(/74\.02\.01/);
  });
});

describe('split', () => {
  it.each([
    [10, [1, 1, 1], [4, 3, 3]],
    [7, [2, 1], [5, 2]],
    [0, [1, 2], [0, 0]],
    [300_000, [11, 12, 13], [91_667, 100_000, 108_333]]
  ])('splits %i by %o into %o', (total, weights, expected) => {
    expect(split(total, weights)).toEqual(expected);
  });
});
