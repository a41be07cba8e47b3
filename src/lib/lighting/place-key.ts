/**
 * What makes two lighting items the same place: the region and the name
 * together. Names repeat across a province (a 文化广场 in 茂名 and another
 * in 汕尾), so the name alone would take two landmarks for one: refusing
 * their windows on the same evening as overlapping, counting them once.
 */
export function placeKey(item: { region: string; place: string }): string {
  return `${item.region.trim()} ${item.place.trim()}`;
}
