// mammoth, loaded with its style-map parser memoized. mammoth parses its ~45 default style-map rules
// (a small grammar, in lop) again for every document it converts: measured at ~5 ms a DOCX, more than
// reading the document itself (bench, 667 sheets: 3.4 s of 4 s). The rules are the same strings
// every time and their parsed form is only read, so each string is parsed once per thread.
//
// This reaches into mammoth's internals (lib/style-reader.js, whose `readStyle` lib/index.js picks up
// when it is first required), so it is done once, before mammoth is loaded, and checked: if the module
// is not shaped as expected (another mammoth version), mammoth is used as it comes.
import { createRequire } from 'node:module';
import type mammothTypes from 'mammoth';

const require = createRequire(import.meta.url);

type StyleReader = { readStyle: (rule: string) => unknown; __xmessMemo?: Map<string, unknown> };

function memoizeStyleReader(): Map<string, unknown> | null {
  let reader: StyleReader;
  try {
    reader = require('mammoth/lib/style-reader') as StyleReader;
  } catch {
    return null;
  }
  if (reader.__xmessMemo) return reader.__xmessMemo;
  if (typeof reader.readStyle !== 'function') return null;
  const parse = reader.readStyle;
  const memo = new Map<string, unknown>();
  reader.readStyle = (rule: string) => {
    let parsed = memo.get(rule);
    if (parsed === undefined) {
      parsed = parse(rule);
      memo.set(rule, parsed);
    }
    return parsed;
  };
  reader.__xmessMemo = memo;
  return memo;
}

/** Parsed style-map rules kept so far (for the test that checks the memo is in use). */
export const styleRuleMemo = memoizeStyleReader();

// Required after the patch: lib/index.js copies `readStyle` when it loads.
export const mammoth = require('mammoth') as typeof mammothTypes;
