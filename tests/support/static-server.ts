// The static server lives with the scripts (the search benchmark uses it too);
// this path is kept so that tests written against it keep working.
export { serveSite, type ServedRequest, type ServeOptions, type StaticServer } from '../../scripts/lib/static-server.ts';
