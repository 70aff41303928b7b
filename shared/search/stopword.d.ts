/** The one file of the `stopword` package we read: its Dutch list (the package ships no types). */
declare module "stopword/src/stopwords_nld.js" {
  export const nld: readonly string[];
}
