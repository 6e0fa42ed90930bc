/**
 * Writes the output archive as the input archive edited with adm-zip: members
 * replaced in place, members left out, new members after them.
 *
 * A member adm-zip is not given new contents for keeps its stored bytes:
 * `ZipEntry.getCompressedData` returns the slice of the input unless `setData`
 * was called, and `toBuffer` writes that slice back with fresh headers. So an
 * untouched part leaves byte for byte as it came, without being re-compressed.
 */
import AdmZip from "adm-zip";
import { asBuffer, type ZipArchive } from "./readZip";

/** What the output changes from the input archive; members are named by their index in it. */
export interface ZipPatch {
  /** New contents for members, kept in their place. */
  replaced?: ReadonlyMap<number, Uint8Array>;
  /** Members left out. */
  removed?: ReadonlySet<number>;
  /** New members, after the input's, in this order. */
  added?: readonly { name: string; data: Uint8Array }[];
}

// 1 January 2026, 00:00, as a DOS date and time: written parts get a fixed stamp so builds are repeatable.
const FIXED_STAMP = ((((2026 - 1980) << 9) | (1 << 5) | 1) << 16) >>> 0;

/**
 * The archive `from` (or an empty one) changed by `patch`.
 *
 * Where an input name repeats exactly, a replacement or removal applies to its
 * last member, the one the reader uses; the earlier ones are copied.
 */
export function writeZip(patch: ZipPatch, from?: ZipArchive): Uint8Array {
  // A fresh reading of the input: adm-zip moves the offsets of the members it writes.
  const zip = from ? new AdmZip(from.bytes, { noSort: true }) : new AdmZip(undefined, { noSort: true });
  const add = (name: string, data: Uint8Array): void => {
    zip.addFile(name, asBuffer(data)).header.timeval = FIXED_STAMP;
  };
  zip.getEntries().forEach((member, index) => {
    const data = patch.replaced?.get(index);
    if (patch.removed?.has(index)) zip.deleteEntry(member);
    else if (data && data.byteLength > 0) {
      member.setData(asBuffer(data));
      member.header.timeval = FIXED_STAMP;
    } else if (data) {
      // adm-zip keeps the old bytes of a member set to nothing: an empty part is written anew.
      zip.deleteEntry(member);
      add(member.entryName, data);
    }
  });
  for (const part of patch.added ?? []) add(part.name, part.data);
  return zip.toBuffer();
}
