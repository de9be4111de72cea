import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** The machine a run was taken on, as docs/benchmarks.md records it beside the table. */
export interface Mesin {
  cpu: string;
  inti: number;
  ramGb: number;
  node: string;
  chromium: string;
  /** 1, 5 and 15 minute load average when the run started: other work on the machine shows here. */
  bebanAwal: [number, number, number];
  mulai: string;
}

export const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';

function versiChromium(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split(' built')[0];
  } catch {
    return `not found (${CHROMIUM})`;
  }
}

export function mesin(): Mesin {
  const [a, b, c] = os.loadavg();
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    inti: os.cpus().length,
    ramGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium: versiChromium(),
    bebanAwal: [a, b, c],
    mulai: new Date().toISOString()
  };
}

export function teksMesin(m: Mesin): string {
  const beban = m.bebanAwal.map((x) => x.toFixed(2)).join(' / ');
  return [
    `- Started: ${m.mulai}`,
    `- CPU: ${m.cpu}, ${m.inti} cores; RAM ${m.ramGb} GB`,
    `- Node ${m.node}; ${m.chromium}`,
    `- Load average at start (1 / 5 / 15 min): ${beban}`
  ].join('\n');
}
