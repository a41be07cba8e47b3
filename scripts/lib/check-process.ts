/**
 * The content check of `npm run build` (src/lib/check-inputs.ts) in a child
 * process (src/lib/run-forked.ts): at 10,000 events it parses every file,
 * and the memory that takes goes back when it ends instead of staying with
 * the build script while Pagefind, the largest process, runs.
 */
import { checkInputs } from '../../src/lib/check-inputs.ts';
import { serveForked } from '../../src/lib/run-forked.ts';

serveForked((contentDir: string) => checkInputs(contentDir));
