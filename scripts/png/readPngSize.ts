/** Pixel size of an image. */
export interface PixelSize {
  width: number;
  height: number;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Reads a PNG's width and height from its IHDR chunk, or undefined when the
 * bytes are not a PNG. Pure: the caller reads the file.
 */
export function readPngSize(bytes: Uint8Array): PixelSize | undefined {
  if (bytes.length < 24 || SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first chunk must be IHDR: length at 8, type at 12, width at 16, height at 20.
  const type = String.fromCharCode(bytes[12] ?? 0, bytes[13] ?? 0, bytes[14] ?? 0, bytes[15] ?? 0);
  if (type !== "IHDR") return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
