/**
 * The section an address lies in (`/events/2023/gone/` in 活动), by the
 * longest section page it begins with; undefined for an address outside
 * them all, or the section's page itself. The page not found offers its
 * section: a link to an event that was taken down still says where the
 * others are. Imports nothing: it runs in the 404 page's script.
 */
export function sectionHolding<S extends { href: string }>(pathname: string, sections: readonly S[]): S | undefined {
  return sections
    .filter((section) => section.href.endsWith('/') && pathname.startsWith(section.href) && pathname !== section.href)
    .sort((a, b) => b.href.length - a.href.length)[0];
}
