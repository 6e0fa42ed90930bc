import { makeStyles, tokens } from "@fluentui/react-components";

/** Shared layout of the pane's sections: a heading, a short line of text, a column of controls. */
export const useSectionStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // The view switch above already draws a line.
    ":first-child": { borderTopStyle: "none" },
  },
  // Spacing comes from the column's gap, not from browser default margins.
  heading: { margin: 0 },
  text: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  focusTarget: { margin: 0, outlineOffset: "2px" },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});
