import type { XmlNode } from "./xmlTree";

/** Pixel size of an image file. */
export interface PixelSize {
  width: number;
  height: number;
}

/** One thing in the manifest that would break a sideload, with a stable rule id. */
export interface ManifestProblem {
  rule: string;
  message: string;
}

/** What the checks may ask of the outside world; paths are relative to the project root. */
export interface ManifestEnvironment {
  fileExists: (path: string) => boolean;
  /** Pixel size of a PNG file, or undefined when it is missing or not a PNG. */
  pngSize: (path: string) => PixelSize | undefined;
  /** Hosts the task pane may navigate to; anything else in <AppDomains> is a problem. */
  allowedAppDomains: readonly string[];
}

/** Passed to every group of checks: the parsed manifest and a tally of assertions. */
export interface CheckContext {
  root: XmlNode;
  env: ManifestEnvironment;
  /** Records one assertion; when `ok` is false the problem is reported. Returns `ok`. */
  check: (ok: boolean, rule: string, message: string) => boolean;
}

/** A group of related checks. */
export type ManifestCheck = (ctx: CheckContext) => void;
