import { describe, expect, it } from 'vitest';
import { savesSettled, trackSave } from './write-events';

describe('saves under way', () => {
  it('savesSettled waits for every save started before it, failed ones too, and not for later ones', async () => {
    const order: string[] = [];
    let finishFirst!: () => void;
    let failSecond!: (e: Error) => void;
    const first = trackSave(new Promise<void>((resolve) => (finishFirst = resolve)).then(() => void order.push('first')));
    const second = trackSave(new Promise<void>((_, reject) => (failSecond = reject)));
    second.catch(() => order.push('second failed'));
    const settled = savesSettled().then(() => order.push('settled'));
    let finishLater!: () => void;
    const later = trackSave(new Promise<void>((resolve) => (finishLater = resolve)).then(() => void order.push('later')));
    failSecond(new Error('disk full'));
    finishFirst();
    await settled;
    expect(order.sort()).toEqual(['first', 'second failed', 'settled']);
    await expect(first).resolves.toBeUndefined();
    finishLater();
    await later;
  });

  it('resolves at once when nothing is under way', async () => {
    await expect(savesSettled()).resolves.toBeUndefined();
  });
});
