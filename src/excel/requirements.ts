/** The host's optional requirement sets, as `applyPlan` asks for them. */

/** Reads `Office.context.requirements`; call only after `Office.onReady`. */
export function hostRequirements(): { isSetSupported(version: string): boolean } {
  return { isSetSupported: (version) => Office.context.requirements.isSetSupported("ExcelApi", version) };
}
