/**
 * Entry point of the child process that digest-build-isolated.ts starts: runs the digest-build
 * bench once in a fresh heap and prints its figures as JSON. Arguments: <subscribers> <poolSize>.
 */
import { runDigestBuildBench } from './digest-build.js';

const [subscribers, poolSize] = process.argv.slice(2).map(Number);
if (!Number.isInteger(subscribers) || !Number.isInteger(poolSize)) {
  throw new Error(`usage: digest-build-child.ts <subscribers> <poolSize> (got ${process.argv.slice(2).join(' ') || 'nothing'})`);
}
if (typeof global.gc !== 'function') throw new Error('digest-build-child.ts needs node --expose-gc, for a clean heap baseline');
process.stdout.write(JSON.stringify(runDigestBuildBench(subscribers, poolSize)));
