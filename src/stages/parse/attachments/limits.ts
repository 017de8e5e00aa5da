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
 * Uncompressed bytes of one XML part (word/document.xml, content.xml). mammoth needs ~40 times
 * the XML in heap (measured: a 3.9 MB document.xml of 13,500 paragraphs reads within a 160 MB
 * heap, 14.6 MB does not fit 256 MB); a 300-page Word document is 2–3 MB of XML. The officeParser
 * bomb's document.xml declares 100 MB.
 */
export const MAX_XML_PART_BYTES = 4 * 1024 * 1024;

/**
 * Wall-clock seconds one document may take in the worker before it is terminated. Real sheets take
 * 0.05–0.4 s here; 20 s tolerates a loaded machine, while pdf.js bomb_giant.pdf (which spins for
 * more than a minute) holds a worker for 20 s at most.
 */
export const MAX_SECONDS_PER_DOCUMENT = 20;

/**
 * V8 old-generation limit of a parsing worker, in MB. Measured: the 14-page pdf.js tracemonkey.pdf
 * reads within 32 MB (fails at 16 MB); a MAX_XML_PART_BYTES document.xml within 160 MB. A runaway
 * parse dies inside the worker ("ran out of memory") instead of taking the process down.
 */
export const WORKER_HEAP_MB = 160;

/**
 * V8 young-generation size of a parsing worker, in MB. Readers allocate many short-lived objects
 * (pdf.js text items, mammoth's XML nodes); measured on 600 generated sheets, 20 MB spent a third of
 * the reading time in scavenges (6.0 ms a document), 48 MB 4.0 ms, 64 MB no better.
 */
export const WORKER_YOUNG_MB = 48;

/**
 * Growth of the process RSS, in MB, allowed while a document is read; beyond it the reader is
 * terminated. resourceLimits cap only the V8 heap, not ArrayBuffers: pdf.js decodes JBIG2 content
 * streams into typed arrays, and pdf.js bomb_giant.pdf grows them by ~150 MB/s (3 GB in 20 s) with
 * a 14 MB heap. Measured growth of real reads (WORKER_HEAP_MB 160, worker start-up included): 60 MB
 * for tracemonkey.pdf, 160 MB for a 3.9 MB document.xml. `xmess ingest` of the wild corpus sits at
 * ~225 MB before bomb_giant.pdf, so 224 keeps its peak under the 512 MB the project allows.
 */
export const MAX_READER_MEMORY_MB = 224;

/** How often the process RSS is sampled while documents are read (100 ms ≈ 15 MB of bomb growth). */
export const MEMORY_CHECK_MS = 100;

/**
 * Workers reading documents at the same time. One: the memory watchdog then knows exactly which
 * reader grew the process (Node 20 cannot measure one worker's memory), and attachments are read
 * one after another anyway (~4 ms each). A hostile document delays the others by at most
 * MAX_SECONDS_PER_DOCUMENT. With more, the watchdog stops the longest-running reader first.
 * Measured (docs/benchmarks.md machine, 2 cores): two readers did not make `xmess ingest` faster,
 * since the main thread is the busier one, and raised its peak memory by ~40 MB.
 */
export const MAX_PARSE_WORKERS = 1;

/**
 * How long an idle worker is kept before it is terminated. Measured on the dev corpus sheets: a
 * fresh worker per document costs ~115 ms a document (start-up and loading pdf.js or mammoth),
 * a reused one ~15 ms. So workers are reused across a batch, and an idle one gives its memory back
 * soon after.
 */
export const WORKER_IDLE_MS = 10_000;
