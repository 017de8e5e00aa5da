// One post per practice for the network's social accounts: the title, the council, the full link as
// written (networks that shorten links to 23 characters still show and count them differently, so
// we count the whole URL) and the hashtags, in at most POST_LIMIT characters.
import type { PublishedPractice, PublishLang } from './types.js';

/** The strictest common limit (X/Twitter, Bluesky 300, Mastodon 500). */
export const POST_LIMIT = 280;
/** A title cut shorter than this says nothing; below it the council's name goes first. */
const MIN_TITLE = 24;
const ELLIPSIS = '…';

export interface Post {
  practice: string;
  lang: PublishLang;
  text: string;
}

/** Characters as people and networks count them: code points, not UTF-16 units. */
export const postLength = (s: string): number => Array.from(s).length;

/** Cuts at a word boundary when one is near, and says so with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  if (max <= 1) return ELLIPSIS.slice(0, max);
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  const head = space >= (max - 1) * 0.6 ? cut.slice(0, space) : cut;
  return head.replace(/[\s,;:.–—-]+$/u, '') + ELLIPSIS;
}

export interface PostWords {
  untitled: string;
  networkTags: string[];
  themeTags: Record<string, string>;
}

export function makePost(p: PublishedPractice, link: string, lang: PublishLang, words: PostWords): Post {
  const tags = [...words.networkTags, ...p.themes.map((t) => words.themeTags[t]).filter((t): t is string => !!t)];
  const title = p.title ?? words.untitled;
  const place = p.municipality ? ` (${p.municipality})` : '';
  // Drop theme tags, then the council's name, before the title falls below a readable length.
  for (const [t, where] of [[tags, place], [words.networkTags, place], [words.networkTags, '']] as const) {
    const tail = `${where} ${link}${t.length ? ' ' + t.join(' ') : ''}`;
    const room = POST_LIMIT - postLength(tail);
    if (room >= Math.min(MIN_TITLE, postLength(title))) return { practice: p.id, lang, text: truncate(title, room) + tail };
  }
  // Only a link longer than the limit gets here: the link alone, as written, is still the most useful post.
  return { practice: p.id, lang, text: link };
}
