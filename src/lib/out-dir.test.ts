import { describe, expect, it } from 'vitest';
import { outDirProblem } from './out-dir.ts';

describe('OUT_DIR', () => {
  it('is fine inside the project, or anywhere whose path does not begin with the project path', () => {
    for (const out of ['dist', './tests/.output/x/dist', '/srv/site/dist', '/srv/other', '/tmp/site-dist', '/srv/sit', '/srv/site'])
      expect(outDirProblem(out, '/srv/site'), out).toBeUndefined();
  });

  it('is refused beside the project when its path begins with the project path as text, naming OUT_DIR', () => {
    for (const out of ['/srv/site-dist', '/srv/sitefoo', '../site-dist', '/srv/site.out/a']) {
      const problem = outDirProblem(out, '/srv/site');
      expect(problem?.field, out).toBe('OUT_DIR');
      expect(problem?.message, out).toContain(out);
      expect(problem?.message, out).toContain('/srv/site');
    }
  });
});
