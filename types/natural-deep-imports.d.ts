// natural's deep module paths ship no typings; these are the parts we load, because
// require('natural') itself pulls in database drivers and any .env file.
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(token: string): string };
  export = PorterStemmer;
}
