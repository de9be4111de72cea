import type { TestProject } from 'vitest/node';
import { startTestInstance } from '../harness/slrt-instance';

declare module 'vitest' {
  export interface ProvidedContext {
    slrtUrl: string;
    couchAdminUrl: string;
  }
}

/** One SLRT for the whole integration suite: starting one costs seconds, not milliseconds. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const instance = await startTestInstance();
  await instance.slrt.routerSettled();
  project.provide('slrtUrl', instance.slrt.url);
  project.provide('couchAdminUrl', instance.slrt.couchAdminUrl);
  return () => instance.stop();
}
