/** 1234567 (or its digits) → `1,234,567`; the same in every locale. */
export function groupDigits(n: number | string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
