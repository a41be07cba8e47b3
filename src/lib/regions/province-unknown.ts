/**
 * While `npm run check` goes through the entries without a province (site.json
 * unreadable, or its `province` wrong), the fields only the province can judge
 * (region codes, award levels) are checked for what holds whatever the
 * province (a code written as six quoted digits, a level among all levels),
 * not against the province's divisions, which would throw; check-inputs.ts
 * says once what it left out. Scoped to one call: nothing read meanwhile is kept.
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
