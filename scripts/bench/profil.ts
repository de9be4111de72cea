/**
 * A CPU profile of a page's main thread through the DevTools protocol, summed into one line for
 * the table's notes: how busy the thread was, and where the time went (self time by function).
 * What explains a missed target, taken in the same run.
 */
import type { Page } from 'playwright-core';

interface ProfilNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profil {
  nodes: ProfilNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function, largest first, as shares of all samples. */
export function ringkasProfil(p: Profil, teratas = 5): { sibuk: number; sibukMs: number; fungsi: { nama: string; bagian: number }[] } {
  const node = new Map(p.nodes.map((n) => [n.id, n]));
  const waktu = new Map<string, number>();
  let total = 0;
  let diam = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    total += dt;
    const f = node.get(id)?.callFrame;
    const nama = !f ? '?' : f.functionName || '(anonymous)';
    if (nama === '(idle)') diam += dt;
    const berkas = f?.url ? ` ${f.url.split('/').pop()}` : '';
    waktu.set(`${nama}${berkas}`, (waktu.get(`${nama}${berkas}`) ?? 0) + dt);
  });
  const fungsi = [...waktu]
    .filter(([nama]) => !nama.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, teratas)
    .map(([nama, t]) => ({ nama, bagian: total ? t / total : 0 }));
  // timeDeltas are microseconds.
  return { sibuk: total ? 1 - diam / total : 0, sibukMs: (total - diam) / 1000, fungsi };
}

export function teksProfil(r: ReturnType<typeof ringkasProfil>): string {
  const persen = (x: number) => `${Math.round(x * 100)}%`;
  return `profile: main thread busy ${persen(r.sibuk)}; self time ${r.fungsi.map((f) => `${f.nama} ${persen(f.bagian)}`).join(', ')}`;
}

/** Starts sampling the page's main thread; `berhenti` returns the summary line (`ringkasan`: the figures too). */
export async function mulaiProfil(page: Page): Promise<{ berhenti(): Promise<string>; ringkasan(): Promise<ReturnType<typeof ringkasProfil>> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const ringkasan = async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profil };
    await cdp.detach();
    return ringkasProfil(profile);
  };
  return { ringkasan, berhenti: async () => teksProfil(await ringkasan()) };
}
