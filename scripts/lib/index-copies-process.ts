/** The child process of scripts/search-index.ts (src/lib/run-forked.ts): writes the pages' index copies and sends back what index-copies.ts found. */
import { serveForked } from '../../src/lib/run-forked.ts';
import { writeIndexCopies } from './index-copies.ts';

serveForked(({ siteDir, files, copiesDir }: { siteDir: string; files: string[]; copiesDir: string }) =>
  writeIndexCopies(siteDir, files, copiesDir),
);
