/**
 * en-GB number formats made when first used. The process's first
 * Intl.NumberFormat loads ICU's number data (about 20 ms on this project's
 * machine); made when a module loads, every run paid it, even a validate
 * that formats no number.
 */

/** A function formatting numbers as `new Intl.NumberFormat("en-GB", options)` does, the format made on first call. */
export function numberFormat(options: Intl.NumberFormatOptions): (value: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (value) => (format ??= new Intl.NumberFormat("en-GB", options)).format(value);
}
