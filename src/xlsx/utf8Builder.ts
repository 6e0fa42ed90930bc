/**
 * Text appended piece by piece straight into UTF-8 bytes. A part built from
 * tens of thousands of pieces as one string costs a long chain of joined
 * strings, made wide (two bytes a character) by a single non-Latin-1
 * character, then flattened and encoded; writing each piece's bytes as it
 * comes does neither.
 */
export class Utf8Builder {
  private bytes: Buffer;
  private length = 0;

  /** `expected`: about how many bytes the result will hold (it grows past it when needed). */
  constructor(expected: number) {
    this.bytes = Buffer.allocUnsafe(Math.max(1024, expected));
  }

  append(text: string): void {
    // A UTF-16 unit never takes more than three bytes in UTF-8; only a piece
    // that might not fit is measured exactly.
    if (this.length + text.length * 3 > this.bytes.length) this.reserve(Buffer.byteLength(text, "utf8"));
    this.length += this.bytes.write(text, this.length, "utf8");
  }

  private reserve(more: number): void {
    const needed = this.length + more;
    if (needed <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(needed, this.bytes.length * 2));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }

  /** The bytes written so far (a view, not a copy). */
  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}
