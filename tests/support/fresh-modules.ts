import { vi } from 'vitest';

// The unit tests share workers (vitest.config.ts, isolate: false): each file starts with the
// modules it imports loaded anew, as an isolated file would, so that settings a module read
// (CONTENT_DIR, BASE_PATH) or a cache it filled for the file before is not this file's.
vi.resetModules();
// Vitest puts stubbed variables back before each test, not after the last one: a file's top
// level (read while its tests are collected) would otherwise see the last file's CONTENT_DIR.
vi.unstubAllEnvs();
vi.unstubAllGlobals();
