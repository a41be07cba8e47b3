/** The worker thread of precompress.ts: compresses the files it is given and posts back the totals. */
import { parentPort, workerData } from 'node:worker_threads';
import { compressFiles } from './compress-files.ts';

parentPort!.postMessage(compressFiles(workerData as string[]));
