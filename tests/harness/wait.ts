/** Polls `probe` until it gives a value (errors count as not yet), or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > until) throw new Error('Tidak terjadi dalam batas waktu');
    await new Promise((r) => setTimeout(r, 100));
  }
}
