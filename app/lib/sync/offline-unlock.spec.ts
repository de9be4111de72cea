import { describe, expect, it } from 'vitest';
import {
  clearUnlockRecord,
  saveUnlockRecord,
  UNLOCK_ITERATIONS,
  UNLOCK_STORAGE_KEY,
  unlockUser,
  verifyUnlock,
  type UnlockStore
} from './offline-unlock';

function memoryStore(): UnlockStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key)
  };
}

const nurhayati = { name: 'fasilitator.wundulako', roles: ['fasilitator', 'kec:740101'] };

function stored(store: ReturnType<typeof memoryStore>): Record<string, unknown> {
  return JSON.parse(store.entries.get(UNLOCK_STORAGE_KEY) ?? 'null');
}

function edit(store: ReturnType<typeof memoryStore>, change: Record<string, unknown>): void {
  store.entries.set(UNLOCK_STORAGE_KEY, JSON.stringify({ ...stored(store), ...change }));
}

describe('offline unlock', () => {
  it('unlocks with the right password and returns the user it was saved for', async () => {
    const store = memoryStore();
    await saveUnlockRecord(nurhayati, 'demo1234', store);
    expect(await verifyUnlock('demo1234', { store })).toEqual(nurhayati);
    expect(await verifyUnlock('demo1234', { store, name: nurhayati.name })).toEqual(nurhayati);
    expect(unlockUser(store)).toEqual(nurhayati);
  });

  it('refuses a wrong password, including one that differs only in case or spacing', async () => {
    const store = memoryStore();
    await saveUnlockRecord(nurhayati, 'demo1234', store);
    for (const wrong of ['demo12345', 'Demo1234', 'demo1234 ', '', 'x']) {
      expect(await verifyUnlock(wrong, { store })).toBeNull();
    }
  });

  it('never stores the password and uses the OWASP iteration count', async () => {
    const store = memoryStore();
    await saveUnlockRecord(nurhayati, 'rahasia-sekali', store);
    const text = store.entries.get(UNLOCK_STORAGE_KEY) ?? '';
    expect(text).not.toContain('rahasia');
    expect(stored(store).iterations).toBe(UNLOCK_ITERATIONS);
    expect(UNLOCK_ITERATIONS).toBeGreaterThanOrEqual(210_000);
  });

  it('draws a different salt (and so a different hash) for every save', async () => {
    const store = memoryStore();
    await saveUnlockRecord(nurhayati, 'demo1234', store);
    const first = stored(store);
    await saveUnlockRecord(nurhayati, 'demo1234', store);
    const second = stored(store);
    expect(second.salt).not.toBe(first.salt);
    expect(second.hash).not.toBe(first.hash);
    expect(await verifyUnlock('demo1234', { store })).toEqual(nurhayati);
  });

  it('refuses a record whose roles, name, iterations or hash were changed by hand', async () => {
    const store = memoryStore();
    await saveUnlockRecord(nurhayati, 'demo1234', store);
    const original = store.entries.get(UNLOCK_STORAGE_KEY) ?? '';
    const hash = String(stored(store).hash);
    const flipped = (hash[0] === 'A' ? 'B' : 'A') + hash.slice(1);
    const tamperings: Record<string, unknown>[] = [
      { roles: ['manajer', 'kab:7401'] },
      { name: 'supervisor.wundulako' },
      { iterations: UNLOCK_ITERATIONS + 1 },
      { iterations: 1_000 },
      { hash: flipped },
      { salt: 'c2hvcnQ=' },
      { v: 2 }
    ];
    for (const change of tamperings) {
      store.entries.set(UNLOCK_STORAGE_KEY, original);
      edit(store, change);
      expect(await verifyUnlock('demo1234', { store }), JSON.stringify(change)).toBeNull();
    }
    store.entries.set(UNLOCK_STORAGE_KEY, '{not json');
    expect(await verifyUnlock('demo1234', { store })).toBeNull();
    expect(unlockUser(store)).toBeNull();
  });

  it('refuses to unlock as another user than the one the record belongs to', async () => {
    const store = memoryStore();
    await saveUnlockRecord(nurhayati, 'demo1234', store);
    expect(await verifyUnlock('demo1234', { store, name: 'supervisor.wundulako' })).toBeNull();
  });

  it('keeps one user per device: a later login replaces the record', async () => {
    const store = memoryStore();
    await saveUnlockRecord(nurhayati, 'demo1234', store);
    const jamaluddin = { name: 'supervisor.wundulako', roles: ['supervisor', 'kec:740101'] };
    await saveUnlockRecord(jamaluddin, 'lain-lagi', store);
    expect(await verifyUnlock('demo1234', { store, name: nurhayati.name })).toBeNull();
    expect(await verifyUnlock('lain-lagi', { store })).toEqual(jamaluddin);
  });

  it('forgets the user when the record is cleared', async () => {
    const store = memoryStore();
    await saveUnlockRecord(nurhayati, 'demo1234', store);
    clearUnlockRecord(store);
    expect(store.entries.size).toBe(0);
    expect(unlockUser(store)).toBeNull();
    expect(await verifyUnlock('demo1234', { store })).toBeNull();
  });
});
