import { vi } from 'vitest';

// The unit tests share workers (vitest.config.ts, isolate: false): each file starts with the
// modules it imports loaded anew, as an isolated file would, so that settings a module read
// (CONTENT_DIR, BASE_PATH) or a cache it filled for the file before is not this file's.
vi.resetModules();
