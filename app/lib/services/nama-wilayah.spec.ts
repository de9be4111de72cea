import { describe, expect, it } from 'vitest';
import { muatNamaWilayah, namaAtauKode } from './nama-wilayah';

function server(files: Record<string, object>) {
  const asked: string[] = [];
  const ambil = (async (url: string) => {
    asked.push(url);
    const isi = files[url];
    return isi ? new Response(JSON.stringify(isi)) : new Response('', { status: 404 });
  }) as typeof fetch;
  return { ambil, asked };
}

describe('area names', () => {
  it('reads the national file and the kabupaten file of each code once', async () => {
    const { ambil, asked } = server({
      '/wilayah/indonesia.json': { '74': 'Sulawesi Tenggara', '74.01': 'Kabupaten Kolaka' },
      '/wilayah/7401.json': { '74.01.07': 'Pomalaa', '74.01.07.1001': 'Dawi-Dawi' }
    });
    const nama = await muatNamaWilayah(['74.01', '74.01.07', '74.01.07.1001'], ambil);
    expect(namaAtauKode(nama, '74.01')).toBe('Kabupaten Kolaka');
    expect(namaAtauKode(nama, '74.01.07.1001')).toBe('Dawi-Dawi');
    await muatNamaWilayah(['74.01.07'], ambil);
    expect(asked).toEqual(['/wilayah/indonesia.json', '/wilayah/7401.json']);
  });

  it('shows the code when a name cannot be read, and tries again next time', async () => {
    const offline = server({});
    expect(namaAtauKode(await muatNamaWilayah(['75.02.01'], offline.ambil), '75.02.01')).toBe('75.02.01');
    const online = server({ '/wilayah/indonesia.json': {}, '/wilayah/7502.json': { '75.02.01': 'Tilamuta' } });
    expect(namaAtauKode(await muatNamaWilayah(['75.02.01'], online.ambil), '75.02.01')).toBe('Tilamuta');
  });
});
