import '../test-data/browser-globals';
import { describe, expect, it } from 'vitest';
import { openUserStore } from '$lib/db/user-store';
import type { DocOf } from '$lib/domain/schemas';
import { parseDoc } from '$lib/domain/schemas';
import { isiRujukan } from '$lib/domain/rujukan';
import { makeKebutuhan, makeKeluhan, makeRujukan, makeTindaklanjut } from '../test-data/event-factory';
import {
  bacaRujukanMasuk,
  keputusanTersedia,
  muatKotakMasuk,
  rujukanMasuk,
  simpanKeputusan,
  susunKotakMasuk,
  tindaklanjutDoc
} from './kotak-masuk.service';

const pengelola = { name: 'pengelola.pkh.kolaka', roles: ['pengelola', 'pengelola:7401:pkh'] };
const now = new Date('2026-01-01T00:00:00.000Z');

function rujukanPada(createdAt: string, overrides: Partial<DocOf<'rujukan'>> = {}) {
  return makeRujukan(makeKeluhan({ programId: 'pkh' }), { createdAt, ...overrides });
}
const jawab = (r: DocOf<'rujukan'>, hasil: DocOf<'tindaklanjut'>['hasil'], createdAt: string) =>
  makeTindaklanjut(r, { hasil, createdAt, tanggapan: `Tanggapan ${hasil}` });

describe('one referral in the inbox', () => {
  it('stands unanswered until a response, then where its responses in force lead', () => {
    const r = rujukanPada('2025-12-20T08:00:00.000Z');
    expect(rujukanMasuk(r, [], now)).toMatchObject({ status: 'dirujuk', bagian: 'baru', terakhir: null, hari: 11 });

    const terima = jawab(r, 'diterima', '2025-12-21T08:00:00.000Z');
    const selesai = jawab(r, 'selesai', '2025-12-22T08:00:00.000Z');
    // Arriving out of order changes nothing: responses are taken in time order.
    const m = rujukanMasuk(r, [selesai, terima], now);
    expect(m).toMatchObject({ status: 'selesai', bagian: 'selesai', terakhir: { _id: selesai._id } });
    expect(m.riwayat.map((e) => [e.type, e.label, e.berlaku])).toEqual([
      ['rujukan', 'Dirujuk ke Direktorat Jaminan Sosial Keluarga langsung ke pengelola program', true],
      ['tindaklanjut', 'Diterima oleh pengelola program', true],
      ['tindaklanjut', 'Selesai ditangani', true]
    ]);
    expect(m.riwayat[2].catatan).toBe('Tanggapan selesai');
  });

  it('marks a response after the referral closed as not in force, and ignores other referrals’ responses', () => {
    const r = rujukanPada('2025-12-20T08:00:00.000Z');
    const lain = rujukanPada('2025-12-20T09:00:00.000Z');
    const m = rujukanMasuk(
      r,
      [jawab(r, 'ditolak', '2025-12-21T08:00:00.000Z'), jawab(r, 'diterima', '2025-12-22T08:00:00.000Z'), jawab(lain, 'selesai', '2025-12-21T08:00:00.000Z')],
      now
    );
    expect(m.status).toBe('ditolak-program');
    expect(m.terakhir?.hasil).toBe('ditolak');
    expect(m.riwayat.map((e) => e.berlaku)).toEqual([true, true, false]);
    expect(m.riwayat[2].label).toBe('Diterima oleh pengelola program (tidak berlaku pada tahap ini)');
  });
});

describe('the inbox in sections', () => {
  it('puts unanswered first, oldest on top; then in progress; then waiting for the secretariat; closed last, newest first', () => {
    const lama = rujukanPada('2025-12-01T08:00:00.000Z');
    const baru = rujukanPada('2025-12-15T08:00:00.000Z');
    const diterima = rujukanPada('2025-12-02T08:00:00.000Z');
    const ditinjau = rujukanPada('2025-11-02T08:00:00.000Z');
    const info = rujukanPada('2025-12-03T08:00:00.000Z');
    const selesaiDulu = rujukanPada('2025-11-01T08:00:00.000Z');
    const selesaiKemudian = rujukanPada('2025-10-01T08:00:00.000Z');
    const kotak = susunKotakMasuk(
      [baru, selesaiDulu, diterima, lama, info, selesaiKemudian, ditinjau],
      [
        jawab(diterima, 'diterima', '2025-12-05T08:00:00.000Z'),
        jawab(ditinjau, 'ditinjau', '2025-12-05T08:00:00.000Z'),
        jawab(info, 'perlu-informasi', '2025-12-05T08:00:00.000Z'),
        jawab(selesaiDulu, 'selesai', '2025-11-10T08:00:00.000Z'),
        jawab(selesaiKemudian, 'ditolak', '2025-12-10T08:00:00.000Z')
      ],
      now
    );
    const ids = (list: { rujukan: { _id: string } }[]) => list.map((m) => m.rujukan._id);
    expect(ids(kotak.baru)).toEqual([lama._id, baru._id]);
    expect(ids(kotak.ditangani)).toEqual([ditinjau._id, diterima._id]);
    expect(ids(kotak['menunggu-sekretariat'])).toEqual([info._id]);
    expect(ids(kotak.selesai)).toEqual([selesaiKemudian._id, selesaiDulu._id]);
  });

  it('closes a referral waiting for the secretariat once the case is referred again', () => {
    const pertama = rujukanPada('2025-12-01T08:00:00.000Z');
    const kedua = rujukanPada('2025-12-10T08:00:00.000Z', { kasusId: pertama.kasusId });
    const kotak = susunKotakMasuk([kedua, pertama], [jawab(pertama, 'perlu-informasi', '2025-12-02T08:00:00.000Z')], now);
    expect(kotak['menunggu-sekretariat']).toEqual([]);
    expect(kotak.selesai.map((m) => m.rujukan._id)).toEqual([pertama._id]);
    expect(kotak.baru.map((m) => m.rujukan._id)).toEqual([kedua._id]);
  });
});

describe('reading the inbox through the data port', () => {
  // A device database stands in for the inbox on the server: the inbox is read with the same
  // port calls (documents by type, one by id), which is what this proves.
  const supervisor = { name: 'supervisor.wundulako', roles: ['supervisor', 'kec:740101'] };

  it('lists what the store holds and reads one referral with its responses; null for anything else', async () => {
    const store = openUserStore(supervisor);
    const r = rujukanPada('2025-12-20T08:00:00.000Z', { createdBy: 'manajer.kolaka' });
    const t = jawab(r, 'diterima', '2025-12-21T08:00:00.000Z');
    for (const doc of [r, t]) await store.saveDoc(doc);

    const kotak = await muatKotakMasuk(store, now);
    expect(kotak.ditangani.map((m) => m.rujukan._id)).toContain(r._id);
    const satu = await bacaRujukanMasuk(store, r._id, now);
    expect(satu).toMatchObject({ status: 'diterima', terakhir: { _id: t._id } });
    expect(await bacaRujukanMasuk(store, t._id, now)).toBeNull();
    expect(await bacaRujukanMasuk(store, 'rujukan:740101:TIDAKADA', now)).toBeNull();
  });

  it('saves a decision that the store then shows as the referral’s latest response', async () => {
    const store = openUserStore(supervisor);
    const r = rujukanPada('2025-12-20T08:00:00.000Z');
    await store.saveDoc(r);
    const hasil = await simpanKeputusan(supervisor, { rujukan: r, status: 'dirujuk' }, { keputusan: 'selesai', tanggapan: ' Bantuan dicairkan ' }, now);
    expect(hasil).toMatchObject({ ok: true });
    expect(await bacaRujukanMasuk(store, r._id, now)).toMatchObject({ status: 'selesai', terakhir: { tanggapan: 'Bantuan dicairkan' } });
  });
});

describe('a decision', () => {
  const r = rujukanPada('2025-12-20T08:00:00.000Z');

  it('is a tindaklanjut of the referral, in the referral’s wilayah, by the manager, now', () => {
    const doc = tindaklanjutDoc(r, 'dirujuk', { keputusan: 'ditolak', tanggapan: ' Bukan sasaran PKH ' }, pengelola, now);
    expect(doc).toMatchObject({
      type: 'tindaklanjut',
      kasusId: r.kasusId,
      rujukanId: r._id,
      programId: r.programId,
      hasil: 'ditolak',
      tanggapan: 'Bukan sasaran PKH',
      wilayah: r.wilayah,
      createdBy: 'pengelola.pkh.kolaka',
      createdAt: now.toISOString()
    });
    expect(parseDoc(doc)).toMatchObject({ ok: true });
  });

  it('meets a referred need when it accepts, and takes that back when an accepted referral goes back', () => {
    const kebutuhan = makeKebutuhan({ programId: 'pkh', profil: { jenisKelamin: 'P', disabilitas: false } });
    const rk = makeRujukan(kebutuhan, isiRujukan(kebutuhan));
    const ringkas = { kebutuhanId: kebutuhan._id, programId: 'pkh', profil: { jenisKelamin: 'P', disabilitas: false } };
    const terima = tindaklanjutDoc(rk, 'dirujuk', { keputusan: 'diterima', tanggapan: '' }, pengelola, now);
    expect(terima.pemenuhan).toEqual({ ...ringkas, arah: 'terpenuhi' });
    expect(parseDoc(terima)).toMatchObject({ ok: true });
    expect(tindaklanjutDoc(rk, 'diterima', { keputusan: 'selesai', tanggapan: 'Sudah' }, pengelola, now)).not.toHaveProperty('pemenuhan');
    expect(tindaklanjutDoc(rk, 'diterima', { keputusan: 'ditolak', tanggapan: 'Tidak' }, pengelola, now).pemenuhan).toEqual({ ...ringkas, arah: 'batal' });
    expect(tindaklanjutDoc(r, 'dirujuk', { keputusan: 'selesai', tanggapan: 'Sudah' }, pengelola, now)).not.toHaveProperty('pemenuhan');
  });

  it('counts the days since the case opened on a closing decision only', () => {
    const dibuka = rujukanPada('2025-12-20T08:00:00.000Z', { kasusDibuka: '2025-12-01T08:00:00.000Z' });
    expect(tindaklanjutDoc(dibuka, 'diterima', { keputusan: 'selesai', tanggapan: 'Sudah' }, pengelola, now).hariSejakDibuka).toBe(30);
    expect(tindaklanjutDoc(dibuka, 'dirujuk', { keputusan: 'ditolak', tanggapan: 'Tidak' }, pengelola, now).hariSejakDibuka).toBe(30);
    expect(tindaklanjutDoc(dibuka, 'dirujuk', { keputusan: 'diterima', tanggapan: '' }, pengelola, now)).not.toHaveProperty('hariSejakDibuka');
    // An older referral does not say when its case opened.
    expect(tindaklanjutDoc(r, 'dirujuk', { keputusan: 'selesai', tanggapan: 'Sudah' }, pengelola, now)).not.toHaveProperty('hariSejakDibuka');
  });

  it('accepts without words, with a standard response', () => {
    expect(tindaklanjutDoc(r, 'dirujuk', { keputusan: 'diterima', tanggapan: '' }, pengelola, now).tanggapan).toBe('Rujukan diterima untuk ditindaklanjuti.');
  });

  it.each([
    ['ditolak', 'Alasan penolakan wajib diisi'],
    ['perlu-informasi', 'Tuliskan informasi apa yang dibutuhkan'],
    ['selesai', 'Tanggapan untuk rumah tangga wajib diisi']
  ] as const)('%s asks for its words: %s', async (keputusan, pesan) => {
    expect(await simpanKeputusan(pengelola, { rujukan: r, status: 'dirujuk' }, { keputusan, tanggapan: ' ' })).toEqual({
      ok: false,
      problems: { tanggapan: pesan }
    });
  });

  it('asks for a decision at all', async () => {
    expect(await simpanKeputusan(pengelola, { rujukan: r, status: 'dirujuk' }, { keputusan: '', tanggapan: 'x' })).toEqual({
      ok: false,
      problems: { keputusan: 'Pilih salah satu keputusan' }
    });
  });

  it('is offered only while the referral is with the programme, and accepting only once', async () => {
    expect(keputusanTersedia('dirujuk')).toEqual(['diterima', 'ditolak', 'perlu-informasi', 'selesai']);
    expect(keputusanTersedia('diterima')).toEqual(['ditolak', 'perlu-informasi', 'selesai']);
    expect(keputusanTersedia('ditinjau')).toEqual(['diterima', 'ditolak', 'perlu-informasi', 'selesai']);
    for (const closed of ['perlu-informasi', 'selesai', 'ditolak-program'] as const) expect(keputusanTersedia(closed)).toEqual([]);
    expect(await simpanKeputusan(pengelola, { rujukan: r, status: 'selesai' }, { keputusan: 'selesai', tanggapan: 'lagi' })).toMatchObject({
      ok: false,
      problems: { keputusan: expect.any(String) }
    });
  });
});
