// See wxt.config.ts: gives @nlpjs/lang-no's stemmer only the Snowball runtime it needs.
module.exports = {
  Among: require('@nlpjs/core/src/among.js'),
  BaseStemmer: require('@nlpjs/core/src/base-stemmer.js'),
};
