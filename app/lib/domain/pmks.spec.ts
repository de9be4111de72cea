import { describe, expect, it } from 'vitest';
import { JENIS_PMKS, PMKS_LABEL } from './pmks';
import { JENIS_PSKS, PSKS_LABEL } from './psks';

describe.each([
  ['PMKS (Permensos 8/2012: 26 jenis)', JENIS_PMKS, PMKS_LABEL as Record<string, string>, 26],
  ['PSKS (Permensos 8/2012: 12 jenis)', JENIS_PSKS, PSKS_LABEL as Record<string, string>, 12]
])('%s', (_, jenis, label, jumlah) => {
  it('has every type, each with its own id and Indonesian label', () => {
    expect(jenis).toHaveLength(jumlah);
    expect(new Set(Object.values(label)).size).toBe(jumlah);
    for (const id of jenis) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('named types', () => {
  it.each([
    [PMKS_LABEL['fakir-miskin'], 'Fakir Miskin'],
    [PMKS_LABEL['komunitas-adat-terpencil'], 'Komunitas Adat Terpencil'],
    [PMKS_LABEL['lanjut-usia-terlantar'], 'Lanjut Usia Terlantar'],
    [PSKS_LABEL.tksk, 'Tenaga Kesejahteraan Sosial Kecamatan (TKSK)'],
    [PSKS_LABEL['karang-taruna'], 'Karang Taruna'],
    [PSKS_LABEL['pekerja-sosial-masyarakat'], 'Pekerja Sosial Masyarakat (PSM)']
  ])('%s', (label, expected) => {
    expect(label).toBe(expected);
  });
});
