// Width and height of a PNG or JPEG from its header, without decoding it: the OCR limits are checked
// on what the image declares, before Leptonica allocates its pixels.

export interface ImageSize { type: 'png' | 'jpg'; width: number; height: number }

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function imageSize(bytes: Uint8Array): ImageSize | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // PNG (ISO/IEC 15948 5.3, 11.2.2): the IHDR chunk comes first, width and height at bytes 16 and 20.
  if (b.length >= 24 && b.subarray(0, 8).equals(PNG_SIGNATURE)) return { type: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegSize(b);
  return null;
}

/** JPEG (ITU T.81 B.2): walk the marker segments to the first start-of-frame (SOF0–SOF15 but DHT/JPG/DAC). */
function jpegSize(b: Buffer): ImageSize | null {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) { at += 1; continue; }
    const length = b.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'jpg', height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}
