// The held-out generators' shared builders now live with the corpora in tests/corpora/lib/; this
// module re-exports them for the generators still in scripts/.
export { XMESS, TO, encWord, addr, b64, qp, leaf, multi, received, headerBlock, eml, cp1252, flowed, zipOf, png, esc } from '../../tests/corpora/lib/mime.mjs';
export { DOCX_TYPE, ODT_TYPE } from '../../tests/corpora/lib/docs.mjs';
export { e164, firstSentence, writeCorpus } from '../../tests/corpora/lib/corpus.mjs';
