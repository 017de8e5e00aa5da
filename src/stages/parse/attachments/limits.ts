// Bounds on the work done on one untrusted attachment. Every number says why it is what it is;
// change one only with a measurement (timings below were taken on the dev machine, Node 20).

/**
 * Bytes of one attachment we try to read. Exchange Online and Gmail cap a whole message at
 * 25 MB and base64 inflates by 4/3, so no genuine attachment passes ~18.7 MB; a practice
 * sheet is under 2 MB. Larger parts are refused by size, unread.
 */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/**
 * PDF pages whose text we extract. A synthesis sheet is 1–4 pages and a whole municipal report
 * rarely passes 40; pdf.js reads ~40 pages/s here (pdf.js tracemonkey.pdf: 14 pages in 0.37 s),
 * so 50 pages stays far inside MAX_SECONDS_PER_DOCUMENT. The page count is still reported.
 */
export const MAX_PDF_PAGES = 50;

/**
 * Characters of text kept per attachment (~60 pages of prose). The extract stage reads labels and
 * first paragraphs; more text only costs storage and regex time on every later pass.
 */
export const MAX_TEXT_CHARS = 200_000;

/**
 * Entries of a DOCX/ODT zip. Word and LibreOffice write 10–40 entries, a few hundred with many
 * images; officeParser's entry-count test file has 10,006, which we refuse by name.
 */
export const MAX_ZIP_ENTRIES = 1_000;

/**
 * Sum of the uncompressed sizes a zip declares. Photos make up most of a real DOCX (tens of MB at
 * most); the officeParser bomb declares 630 MB. Checked on the central directory, before inflating.
 */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

/**
 * Uncompressed bytes of one XML part (word/document.xml, content.xml), which the readers hold in
 * memory whole and turn into a DOM or an HTML string several times its size: 20 MB of XML is a
 * ~300-page document and still fits WORKER_HEAP_MB. The officeParser bomb's document.xml is 100 MB.
 */
export const MAX_XML_PART_BYTES = 20 * 1024 * 1024;

/**
 * Wall-clock seconds one document may take in the worker before it is terminated. Real sheets take
 * 0.05–0.4 s here; 20 s tolerates a loaded machine, while pdf.js bomb_giant.pdf (which spins for
 * more than a minute) holds a worker for 20 s at most.
 */
export const MAX_SECONDS_PER_DOCUMENT = 20;

/**
 * V8 old-generation limit of a parsing worker, in MB. Reading the 14-page tracemonkey.pdf peaks at
 * well under 100 MB of heap; 256 MB leaves margin for real documents while a runaway parse dies
 * inside the worker ("ran out of memory") instead of taking the whole process down.
 */
export const WORKER_HEAP_MB = 256;

/**
 * Workers reading documents at the same time. Parsing is CPU-bound and the BullMQ workers already
 * run messages in parallel; two let one hostile document time out while others proceed, without
 * multiplying WORKER_HEAP_MB on a small machine.
 */
export const MAX_PARSE_WORKERS = 2;

/**
 * How long an idle worker is kept before it is terminated. Starting a worker and loading pdf.js
 * costs ~0.1–0.2 s, more than reading a typical sheet; a warm worker serves the next attachment of a
 * batch at once, and an idle one gives its memory back soon after.
 */
export const WORKER_IDLE_MS = 10_000;
