// The shared builders of tests/corpora/ in one import.
export * from './mime.mjs';
export * from './docs.mjs';
export * from './corpus.mjs';
