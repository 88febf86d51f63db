// Minimal typings for the lunr-languages plugins Assay loads: each module is a function that
// installs itself on the lunr namespace it is given.
declare module 'lunr-languages/lunr.stemmer.support.js' {
  const install: (lunrNamespace: unknown) => void;
  export default install;
}
declare module 'lunr-languages/lunr.ru.js' {
  const install: (lunrNamespace: unknown) => void;
  export default install;
}
