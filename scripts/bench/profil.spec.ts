import { describe, expect, it } from 'vitest';
import { ringkasProfil, teksProfil } from './profil';

const frame = (functionName: string, url = '') => ({ functionName, url });

describe('ringkasProfil', () => {
  it('sums self time by function and tells busy from idle', () => {
    const r = ringkasProfil({
      nodes: [
        { id: 1, callFrame: frame('(idle)') },
        { id: 2, callFrame: frame('bulkDocs', 'http://x/_app/chunks/pouch.js') },
        { id: 3, callFrame: frame('', 'http://x/_app/chunks/app.js') },
        { id: 4, callFrame: frame('(garbage collector)') }
      ],
      samples: [1, 2, 2, 3, 4, 1, 2, 1],
      timeDeltas: [10, 10, 10, 10, 10, 10, 10, 10]
    });
    expect(r.sibuk).toBeCloseTo(5 / 8);
    expect(r.sibukMs).toBeCloseTo(0.05);
    expect(r.fungsi[0]).toEqual({ nama: 'bulkDocs pouch.js', bagian: 3 / 8 });
    expect(r.fungsi.map((f) => f.nama)).toEqual(['bulkDocs pouch.js', '(anonymous) app.js', '(garbage collector)']);
    expect(teksProfil(r)).toBe('profile: main thread busy 63%; self time bulkDocs pouch.js 38%, (anonymous) app.js 13%, (garbage collector) 13%');
  });
});
