import type { CheckContext } from "./checkContext";
import { localAsset } from "./localAsset";
import { collectResources, ribbonIcons } from "./resources";
import { urlsIn } from "./urlChecks";
import { attr, child } from "./xmlTree";

// Task pane add-ins: IconUrl 32 × 32 and HighResolutionIconUrl 64 × 64 (Office add-in manifest reference).
const ADDIN_ICONS: { element: string; size: number }[] = [
  { element: "IconUrl", size: 32 },
  { element: "HighResolutionIconUrl", size: 64 },
];
// Ribbon icons: the schema requires 16, 32 and 80 and allows these sizes.
const REQUIRED_RIBBON_SIZES = ["16", "32", "80"];
const ALLOWED_RIBBON_SIZES = new Set(["16", "20", "24", "32", "40", "48", "64", "80"]);

/** Checks that an image URL served from localhost is a PNG of `size` × `size` in assets/. */
function checkImage({ env, check }: CheckContext, where: string, url: string, size: number): void {
  const local = localAsset(url);
  if (local.kind === "remote") return; // a deployed host cannot be checked offline
  if (!check(local.kind === "asset", "manifest-icon-file", `${where} (${url}) must be served from assets/.`)) return;
  if (
    !check(env.fileExists(local.path), "manifest-icon-file", `${where} points at ${local.path}, which does not exist.`)
  ) {
    return;
  }
  const actual = env.pngSize(local.path);
  check(
    actual !== undefined && actual.width === size && actual.height === size,
    "manifest-icon-size",
    actual === undefined
      ? `${where} points at ${local.path}, which is not a PNG.`
      : `${where} points at ${local.path}, which is ${actual.width} × ${actual.height} pixels; it must be ${size} × ${size}.`,
  );
}

/** Add-in and ribbon icons exist with the right pixel sizes; other local assets exist. */
export function iconChecks(ctx: CheckContext): void {
  const { root, env, check } = ctx;
  for (const { element, size } of ADDIN_ICONS) {
    const url = attr(child(root, element), "DefaultValue") ?? "";
    if (check(url !== "", "manifest-icon-file", `<${element}> is missing; Office shows it in the add-ins dialog.`)) {
      checkImage(ctx, `<${element}>`, url, size);
    }
  }

  const overrides = child(root, "VersionOverrides");
  const images = new Map(
    collectResources(overrides)
      .filter((r) => r.kind === "Image")
      .map((r) => [r.id, r.value]),
  );
  for (const icon of ribbonIcons(overrides)) {
    const sizes = icon.map((i) => i.size);
    const missing = REQUIRED_RIBBON_SIZES.filter((s) => !sizes.includes(s));
    check(
      missing.length === 0,
      "manifest-icon-size",
      `A ribbon <Icon> lacks the ${missing.join(", ")} px image(s); 16, 32 and 80 are required.`,
    );
    for (const { size, resid } of icon) {
      if (!check(ALLOWED_RIBBON_SIZES.has(size), "manifest-icon-size", `Ribbon image size "${size}" is not allowed.`)) {
        continue;
      }
      const url = images.get(resid);
      if (url !== undefined) checkImage(ctx, `Ribbon image ${resid} (size ${size})`, url, Number(size));
    }
  }

  // Other files under assets/ (the support page) must exist too; built pages are webpack's business.
  for (const { where, url } of urlsIn(root)) {
    const local = localAsset(url);
    if (local.kind === "asset" && !/\.png$/i.test(local.path)) {
      check(
        env.fileExists(local.path),
        "manifest-asset-file",
        `${where} points at ${local.path}, which does not exist.`,
      );
    }
  }
}
