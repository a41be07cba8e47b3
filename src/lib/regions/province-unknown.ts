/**
 * While `npm run check` goes through the entries without a province (site.json
 * unreadable, or its `province` wrong), the fields only the province can judge
 * (region codes, award levels) take any value instead of asking for the
 * province's divisions, which would throw; check-inputs.ts leaves their
 * problems out and says once that it did. Scoped to one call: nothing read
 * meanwhile is kept.
 */
let unknown = false;

export function withProvinceUnknown<T>(run: () => T): T {
  unknown = true;
  try {
    return run();
  } finally {
    unknown = false;
  }
}

export function provinceUnknown(): boolean {
  return unknown;
}
