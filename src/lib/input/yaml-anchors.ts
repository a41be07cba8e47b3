import type { LoadOptions } from 'js-yaml';

/**
 * YAML anchors (`&a`) and the aliases that repeat them (`*a`): no field of
 * the site needs one, and nine lines of aliases, each repeating the one
 * before nine times, read as 387 million strings to every walk over the
 * data (the control-character check took 75 s, the build a minute; two lines
 * more, hours). An alias needs an anchor, so refusing anchors refuses both.
 */
export interface YamlAnchor {
  name: string;
  /** Where `&name` is written in the YAML. */
  offset: number;
}

/** A js-yaml `listener` noting each anchored node, for the same parse that reads the data. */
export function anchorWatcher(yaml: string): { listener: NonNullable<LoadOptions['listener']>; found: YamlAnchor[] } {
  const found: YamlAnchor[] = [];
  const listener: NonNullable<LoadOptions['listener']> = (event, state) => {
    const name = (state as { anchor?: string | null }).anchor;
    if (event !== 'close' || typeof name !== 'string' || found.some((anchor) => anchor.name === name)) return;
    found.push({ name, offset: Math.max(0, yaml.indexOf(`&${name}`)) });
  };
  return { listener, found };
}
