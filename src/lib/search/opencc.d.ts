// opencc-js ships types for its core and presets but not for the single
// dictionaries and locale groups its `./*` export exposes.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/to/*' {
  const groups: readonly (readonly string[])[];
  export default groups;
}
