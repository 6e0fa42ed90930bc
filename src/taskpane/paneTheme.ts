/**
 * Which Fluent theme the pane wears: Office's own theme (light, colourful,
 * dark grey, black) decides light or dark, and Windows' forced colours (high
 * contrast) win over both.
 */
import { teamsHighContrastTheme, type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

export type PaneThemeName = "light" | "dark" | "contrast";

/** The part of `Office.context.officeTheme` the choice needs. */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
}

/** Relative luminance of "#RRGGBB" (0 black – 1 white); undefined for anything else. */
function luminance(colour: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? "");
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Dark when Office paints the pane's body dark (dark grey and black themes); light otherwise or when unknown. */
export function paneThemeName(office: OfficeThemeColours | undefined, forcedColours: boolean): PaneThemeName {
  if (forcedColours) return "contrast";
  const l = luminance(office?.bodyBackgroundColor);
  return l !== undefined && l < 0.2 ? "dark" : "light";
}

export const PANE_THEMES: Record<PaneThemeName, Theme> = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };
