import { describe, expect, it } from 'vitest';
import { makeKebutuhan, makeKepesertaan, makeRujukan, makeTindaklanjut } from '$lib/test-data/event-factory';
import { ringkasanKebutuhan } from './kebutuhan';
import {
  arahPemenuhan,
  dipenuhiKepesertaan,
  kebutuhanTerbuka,
  koreksiPemenuhan,
  pemenuhanLangsung,
  pemenuhanTanggapan,
  terbuka,
  terpenuhiDalamKasus
} from './kesenjangan';
import { isiRujukan } from './rujukan';

const P = { jenisKelamin: 'P' as const, disabilitas: true };
const pip = makeKebutuhan({ programId: 'pip-kemendikbud', nik: '7401014506100001', profil: P });
const bpnt = makeKebutuhan({ programId: 'bpnt' });

describe('whether a programme response meets the referred need', () => {
  it.each([
    ['diterima', 'dirujuk', 'terpenuhi'],
    ['selesai', 'dirujuk', 'terpenuhi'],
    ['selesai', 'ditinjau', 'terpenuhi'],
    ['selesai', 'diterima', null],
    ['ditolak', 'dirujuk', null],
    ['ditolak', 'diterima', 'batal'],
    ['perlu-informasi', 'diterima', 'batal'],
    ['perlu-informasi', 'dirujuk', null]
  ] as const)('%s after %s: %s', (hasil, sebelum, arah) => {
    expect(arahPemenuhan(hasil, sebelum)).toBe(arah);
  });

  it('copies the need a referral carries, and nothing for a complaint’s referral', () => {
    const rujukan = makeRujukan(pip, isiRujukan(pip));
    expect(rujukan.kebutuhan).toEqual({ kebutuhanId: pip._id, programId: 'pip-kemendikbud', profil: P });
    expect(pemenuhanTanggapan(rujukan, 'diterima', 'dirujuk')).toEqual({ pemenuhan: { ...ringkasanKebutuhan(pip), arah: 'terpenuhi' } });
    expect(pemenuhanTanggapan(makeRujukan(pip), 'diterima', 'dirujuk')).toEqual({});
  });
});

describe('the needs still open', () => {
  const terima = makeTindaklanjut(makeRujukan(bpnt), { pemenuhan: { ...ringkasanKebutuhan(bpnt), arah: 'terpenuhi' } });
  const batal = makeTindaklanjut(makeRujukan(bpnt), { hasil: 'ditolak', pemenuhan: { ...ringkasanKebutuhan(bpnt), arah: 'batal' } });

  it('are those no response or participation met, or whose acceptance was taken back', () => {
    expect(kebutuhanTerbuka([pip, bpnt], [], [])).toEqual([pip, bpnt]);
    expect(kebutuhanTerbuka([pip, bpnt], [], [terima])).toEqual([pip]);
    expect(kebutuhanTerbuka([pip, bpnt], [], [terima, batal])).toEqual([pip, bpnt]);
    const ikut = makeKepesertaan({ programId: 'pip-kemendikbud', memenuhi: [ringkasanKebutuhan(pip)] });
    expect(kebutuhanTerbuka([pip, bpnt], [ikut], [terima])).toEqual([]);
  });

  it('a participation meets the open needs of its programme, of its member or of the household', () => {
    expect(dipenuhiKepesertaan([pip, bpnt], 'bpnt', undefined)).toEqual([ringkasanKebutuhan(bpnt)]);
    expect(dipenuhiKepesertaan([pip, bpnt], 'pip-kemendikbud', pip.nik)).toEqual([ringkasanKebutuhan(pip)]);
    expect(dipenuhiKepesertaan([pip, bpnt], 'pip-kemendikbud', '7401010101900001')).toEqual([]);
    expect(dipenuhiKepesertaan([pip, bpnt], 'pkh', undefined)).toEqual([]);
  });
});

describe('a need is met once', () => {
  const rujukan = makeRujukan(pip, isiRujukan(pip));
  const terima = makeTindaklanjut(rujukan, { hasil: 'diterima', pemenuhan: { ...ringkasanKebutuhan(pip), arah: 'terpenuhi' } });
  const tarik = makeTindaklanjut(rujukan, { hasil: 'ditolak', pemenuhan: { ...ringkasanKebutuhan(pip), arah: 'batal' } });

  it('knows from the case’s events whether its need stands met', () => {
    expect(terpenuhiDalamKasus(pip, [pip, rujukan])).toBe(false);
    expect(terpenuhiDalamKasus(pip, [pip, rujukan, terima])).toBe(true);
    expect(terpenuhiDalamKasus(pip, [pip, rujukan, terima, tarik])).toBe(false);
    expect(terpenuhiDalamKasus(bpnt, [terima])).toBe(false);
  });

  it('handling a need’s case directly meets it, unless it is met already; a complaint’s case meets nothing', () => {
    expect(pemenuhanLangsung(pip, false)).toEqual({ pemenuhan: { ...ringkasanKebutuhan(pip), arah: 'terpenuhi' } });
    expect(pemenuhanLangsung(pip, true)).toEqual({});
    expect(pemenuhanLangsung({ type: 'keluhan' }, false)).toEqual({});
  });
});

describe('a need met by a participation and by a referral’s outcome counts once', () => {
  const rujukan = makeRujukan(pip, isiRujukan(pip));
  const ikut = makeKepesertaan({ programId: 'pip-kemendikbud', nik: pip.nik, memenuhi: [ringkasanKebutuhan(pip)] });
  const terima = makeTindaklanjut(rujukan, { hasil: 'diterima', pemenuhan: { ...ringkasanKebutuhan(pip), arah: 'terpenuhi' } });
  const tarik = makeTindaklanjut(rujukan, { hasil: 'ditolak', pemenuhan: { ...ringkasanKebutuhan(pip), arah: 'batal' } });

  it('is one rule: open while the sum of its events is above 0', () => {
    expect([1, 0, -1].map(terbuka)).toEqual([true, false, false]);
    expect(kebutuhanTerbuka([pip], [ikut], [terima])).toEqual([]);
    // The programme takes its acceptance back: the participation still meets the need.
    expect(kebutuhanTerbuka([pip], [ikut], [terima, tarik])).toEqual([]);
    expect(kebutuhanTerbuka([pip], [], [terima, tarik])).toEqual([pip]);
  });

  // +1 the need, −1 a meeting, +1 a take-back; the correction makes the running sum 1 while open, 0 once met.
  const butuh = { id: 'butuh', nilai: 1 };
  const peserta = { id: 'peserta', nilai: -1 };
  const diterima = { id: 'diterima', nilai: -1 };
  const ditarik = { id: 'ditarik', nilai: 1 };
  it.each([
    { what: 'a participation, then the programme accepts: +1 at the acceptance', urut: [butuh, peserta, diterima], koreksi: [['diterima', 1]] },
    { what: 'the programme accepts, then a participation: +1 at the participation', urut: [butuh, diterima, peserta], koreksi: [['peserta', 1]] },
    {
      what: 'met both ways, then the acceptance taken back: the take-back reopens nothing',
      urut: [butuh, peserta, diterima, ditarik],
      koreksi: [['diterima', 1], ['ditarik', -1]]
    },
    { what: 'accepted and taken back, then a participation: nothing to correct', urut: [butuh, diterima, ditarik, peserta], koreksi: [] },
    { what: 'met once: nothing to correct', urut: [butuh, peserta], koreksi: [] }
  ])('$what', ({ urut, koreksi }) => {
    expect(koreksiPemenuhan(urut).map((k) => [k.peristiwa.id, k.koreksi])).toEqual(koreksi);
    // At every point the view's sum plus the corrections is what the rule says: 1 open, 0 met.
    let jumlah = 0;
    let dikoreksi = 0;
    for (const p of urut) {
      jumlah += p.nilai;
      dikoreksi += p.nilai + (koreksiPemenuhan(urut).find((k) => k.peristiwa === p)?.koreksi ?? 0);
      expect(dikoreksi).toBe(terbuka(jumlah) ? 1 : 0);
    }
  });
});
