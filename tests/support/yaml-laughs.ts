/**
 * YAML whose aliases repeat one node 9^9 times in nine lines ("billion
 * laughs"): `x0: &a0 <first>`, then each line a list of nine aliases of the
 * line before. For the tests that bound the work such a file makes.
 */
export function yamlLaughs(first: string, levels = 9): string {
  return Array.from({ length: levels }, (_, i) =>
    i === 0
      ? `x0: &a0 ${first}`
      : `x${i}: &a${i} [${Array<string>(9)
          .fill(`*a${i - 1}`)
          .join(',')}]`,
  ).join('\n');
}
