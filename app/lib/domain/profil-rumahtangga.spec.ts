import { describe, expect, it } from 'vitest';
import {
  makeKebutuhan,
  makeKeluhan,
  makeKepesertaan,
  makeReview,
  makeRujukan,
  makeTindaklanjut,
  makeUsulan
} from '../test-data/event-factory';
import { makeRumahtangga } from '../test-data/household-factory';
import { profilPrelist, profilRumahtangga } from './profil-rumahtangga';

const rt = makeRumahtangga({ _id: 'rumahtangga:7401011002:RT000001' });
const lain = 'rumahtangga:7401011002:LAIN';

describe('profilRumahtangga', () => {
  it('gives members their age on the day and keeps only this household’s records', () => {
    const punya = makeKepesertaan({ programId: 'pkh' });
    const profil = profilRumahtangga(rt, [punya, makeKepesertaan({ rumahtanggaId: lain })], '2025-05-17');
    expect(profil.anggota.map((a) => [a.nama, a.umur])).toEqual([
      ['Andi Baso', 45],
      ['Wa Ode Nurhayati', 41],
      ['Muhammad Rizky', 12]
    ]);
    expect(profil.kepesertaan.map((k) => k._id)).toEqual([punya._id]);
  });

  it('splits cases into open and closed by their latest event, with the tracking code', () => {
    const terbuka = makeKeluhan();
    const ditutup = makeKeluhan({ programId: 'pkh' });
    const disetujui = makeReview(ditutup);
    const rujukan = makeRujukan(ditutup);
    const kebutuhan = makeKebutuhan();
    const docs = [
      terbuka,
      makeReview(terbuka, { keputusan: 'kembalikan', catatan: 'Lengkapi uraian' }),
      ditutup,
      disetujui,
      rujukan,
      makeTindaklanjut(rujukan, { hasil: 'selesai', tanggapan: 'Bantuan tahap 2 sudah cair' }),
      kebutuhan,
      makeKeluhan({ rumahtanggaId: lain })
    ];
    const profil = profilRumahtangga(rt, docs, '2025-06-01');
    expect(profil.kasusBuka.map((k) => [k.kasusId, k.status, k.kodeLacak])).toEqual([
      [kebutuhan._id, 'diajukan', null],
      [terbuka._id, 'dikembalikan', terbuka.kodeLacak]
    ]);
    expect(profil.kasusSelesai).toHaveLength(1);
    expect(profil.kasusSelesai[0]).toMatchObject({ kasusId: ditutup._id, status: 'selesai', kodeLacak: ditutup.kodeLacak });
    expect(profil.kasusSelesai[0].timeline.map((e) => e.status)).toEqual(['diajukan', 'disetujui-supervisor', 'dirujuk', 'selesai']);
    expect(profil.kebutuhan.map((k) => k._id)).toEqual([kebutuhan._id]);
  });

  it('counts a profile-change proposal as a case; a pre-list proposal names no household', () => {
    const perubahan = makeUsulan('perubahan-data');
    const profil = profilRumahtangga(rt, [perubahan, makeUsulan('prelist')], '2025-06-01');
    expect(profil.kasusBuka.map((k) => k.kasusId)).toEqual([perubahan._id]);
  });

  it('groups what was recorded into visits by day and officer, newest first, leaving imports out', () => {
    const docs = [
      makeKepesertaan({ createdAt: '2025-03-02T02:00:00.000Z' }),
      makeKebutuhan({ createdAt: '2025-03-02T03:00:00.000Z' }),
      makeKeluhan({ createdAt: '2025-04-10T01:00:00.000Z', createdBy: 'frontoffice.wundulako' }),
      makeKepesertaan({ createdAt: '2025-05-01T01:00:00.000Z', sumber: 'impor', createdBy: 'backoffice.kolaka' })
    ];
    const kunjungan = profilRumahtangga(rt, docs, '2025-06-01').kunjungan;
    expect(kunjungan.map((k) => k.petugas)).toEqual([['frontoffice.wundulako'], ['fasilitator.wundulako']]);
    expect(kunjungan[1].jumlah).toEqual({ kepesertaan: 1, kebutuhan: 1 });
    expect(kunjungan[0].jumlah).toEqual({ keluhan: 1 });
  });
});

describe('profilPrelist', () => {
  it('shows the proposed household with the proposal as its one case, status and tracking code', () => {
    const usulan = makeUsulan('prelist');
    const ditolak = makeReview(usulan, { keputusan: 'tolak', catatan: 'Sudah terdaftar' });
    const profil = profilPrelist(usulan, [ditolak, makeReview(makeKeluhan())], '2025-06-01');
    expect(profil.rumahtangga).toMatchObject({ _id: usulan._id, statusRegistri: 'prelist', noKK: usulan.rumahtangga.noKK });
    expect(profil.anggota.map((a) => a.nama)).toEqual(usulan.rumahtangga.anggota.map((a) => a.nama));
    expect(profil.kasusBuka).toEqual([]);
    expect(profil.kasusSelesai.map((k) => [k.kasusId, k.status, k.kodeLacak])).toEqual([[usulan._id, 'ditolak', usulan.kodeLacak]]);
    expect(profil.kasusSelesai[0].timeline).toHaveLength(2);
  });
});
