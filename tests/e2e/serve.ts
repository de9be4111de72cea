/** The server the end-to-end suite runs against: a fresh demo district on a given port. */
import { startTestInstance } from '../harness/slrt-instance';

const port = Number(process.argv[2] ?? 4173);
const instance = await startTestInstance({ port });
await instance.slrt.routerSettled();
console.log(`SLRT untuk uji e2e siap di ${instance.slrt.url}`);

const stop = async () => {
  await instance.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
