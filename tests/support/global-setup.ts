import { buildSite } from './build-site.ts';

// One build of the sample site, shared by every integration and browser test.
export default function setup(): void {
  const started = Date.now();
  const result = buildSite('site-utc', { TZ: 'UTC' });
  if (result.status !== 0) {
    throw new Error(`示例站点构建失败（sample site build failed）:\n${result.output.slice(-4000)}`);
  }
  console.log(`sample site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
