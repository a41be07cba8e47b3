import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { isRunnableDevEnvironment } from 'vite';

/** The module whose aliasPagePaths gives the build its pages at entries' old addresses. */
const QUERIES = fileURLToPath(new URL('../content/queries.ts', import.meta.url));

interface Queries {
  aliasPagePaths: () => Promise<{ params: { alias: string } }[]>;
}

/**
 * `npm run dev` answers an entry's old address (`aliases`,
 * src/lib/content/aliases.ts) as the built site does: with the page
 * src/pages/[...alias]/index.html.ts writes there, which sends the reader on
 * to the entry, base path included. The build writes that page as
 * `<old address>/index.html`, which a static server gives for the address;
 * the dev server only answers the file's own address, so an editor trying a
 * rename in the preview met a 404. The old addresses are the build's own
 * table (aliasPagePaths), read afresh on each request as the dev server reads
 * every collection, since editors change files while it runs.
 */
export function aliasesInDev(): AstroIntegration {
  return {
    name: 'learning-week:aliases-in-dev',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const ssr = server.environments.ssr;
        if (!ssr || !isRunnableDevEnvironment(ssr)) return;
        const oldAddresses = async (): Promise<Set<string>> => {
          const { aliasPagePaths } = await ssr.runner.import<Queries>(QUERIES);
          return new Set((await aliasPagePaths()).map(({ params }) => `/${params.alias}/`));
        };

        server.middlewares.use((request, _response, next) => {
          // Astro has taken the base path off the address by now.
          const url = new URL(request.url ?? '/', 'http://localhost');
          if ((request.method !== 'GET' && request.method !== 'HEAD') || !url.pathname.endsWith('/') || url.pathname === '/')
            return next();
          oldAddresses()
            .then((aliases) => {
              if (aliases.has(decodeURI(url.pathname))) request.url = `${url.pathname}index.html${url.search}`;
            })
            // An address two entries claim, which the build refuses: the content check's page says so, Astro answers the rest.
            .catch(() => undefined)
            .finally(() => next());
        });
      },
    },
  };
}
