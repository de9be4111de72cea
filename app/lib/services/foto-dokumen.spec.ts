import { describe, expect, it } from 'vitest';
import { BATAS_FOTO_BYTE, byteDataUrl, FotoTerlaluBesarError, lampiranFoto, periksaUkuranFoto, ukuranTarget } from './foto-dokumen';

describe('document photo size rule', () => {
  it('scales the longest side down to 1280 px, keeping the shape, never up', () => {
    expect(ukuranTarget(4000, 3000)).toEqual({ lebar: 1280, tinggi: 960 });
    expect(ukuranTarget(3000, 4000)).toEqual({ lebar: 960, tinggi: 1280 });
    expect(ukuranTarget(800, 600)).toEqual({ lebar: 800, tinggi: 600 });
  });

  it('counts the bytes a base64 data URL holds', () => {
    const bytes = new Uint8Array(1000).fill(7);
    const dataUrl = `data:image/jpeg;base64,${Buffer.from(bytes).toString('base64')}`;
    expect(byteDataUrl(dataUrl)).toBe(1000);
    expect(byteDataUrl(`data:image/jpeg;base64,${Buffer.from(bytes.slice(0, 998)).toString('base64')}`)).toBe(998);
  });

  it('refuses a compressed photo above 300 KB with a message that says what to do', () => {
    expect(() => periksaUkuranFoto(BATAS_FOTO_BYTE)).not.toThrow();
    expect(() => periksaUkuranFoto(BATAS_FOTO_BYTE + 1)).toThrow(FotoTerlaluBesarError);
    expect(() => periksaUkuranFoto(400 * 1024)).toThrow(/400 KB.*batasnya 300 KB/);
  });

  it('makes a JPEG attachment of the data URL', () => {
    expect(lampiranFoto('data:image/jpeg;base64,QUJD')).toEqual({ 'foto-dokumen.jpg': { content_type: 'image/jpeg', data: 'QUJD' } });
  });
});
