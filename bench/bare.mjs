// The baseline of the benchmark: the bare libraries alone on the same mails, one after the other, in
// one process: mailparser's simpleParser, then pdf-parse (PDF) or mammoth (DOCX) on each attachment.
// Prints one JSON line: messages, seconds, peak RSS.
import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';

const files = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const t0 = performance.now();
let chars = 0;
for (const file of files) {
  const mail = await simpleParser(readFileSync(file));
  chars += (mail.text ?? '').length;
  for (const att of mail.attachments) {
    if (att.contentType === 'application/pdf') {
      const parser = new PDFParse({ data: att.content });
      chars += (await parser.getText()).text.length;
      await parser.destroy();
    } else if (att.contentType.includes('wordprocessingml')) {
      chars += (await mammoth.extractRawText({ buffer: att.content })).value.length;
    }
  }
}
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ messages: files.length, seconds, chars, peakMb: process.resourceUsage().maxRSS / 1024 }));
