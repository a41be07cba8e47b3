/** The child process of precompress.ts (src/lib/run-forked.ts): compresses the files it is given and sends back the totals. */
import { serveForked } from '../run-forked.ts';
import { compressFiles, type CompressJob } from './compress-files.ts';

serveForked((job: CompressJob) => compressFiles(job));
