import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCompact } from "./useCompact";

export type PaneView = "scorecard" | "settings";

const VIEWS: readonly { view: PaneView; label: string }[] = [
  { view: "scorecard", label: "Scorecard" },
  { view: "settings", label: "Settings" },
];

const useStyles = makeStyles({
  nav: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    flexShrink: 0,
    flexWrap: "wrap",
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  link: {
    minWidth: 0,
    borderRadius: 0,
    borderBottomWidth: tokens.strokeWidthThicker,
    borderBottomStyle: "solid",
    borderBottomColor: "transparent",
    fontWeight: tokens.fontWeightRegular,
  },
  current: {
    borderBottomColor: tokens.colorCompoundBrandStroke,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { borderBottomColor: tokens.colorCompoundBrandStrokeHover },
  },
});

/**
 * The pane's two views as plain buttons (Settings marked when a change is
 * not saved) in a navigation landmark, the current
 * one marked with aria-current. (Fluent's TabList adds focus-redirecting
 * elements that are aria-hidden yet focusable, which axe rightly flags.)
 */
export function ViewSwitch({ view, onChange, unsaved }: { view: PaneView; onChange: (view: PaneView) => void; unsaved: boolean }) {
  const styles = useStyles();
  const compact = useCompact();
  return (
    <nav aria-label="Pane views" className={styles.nav}>
      {VIEWS.map((v) => (
        <Button
          key={v.view}
          appearance="subtle"
          size={compact ? "small" : "medium"}
          className={mergeClasses(styles.link, v.view === view && styles.current)}
          aria-current={v.view === view ? "page" : undefined}
          onClick={() => onChange(v.view)}
        >
          {v.view === "settings" && unsaved ? `${v.label} (not saved)` : v.label}
        </Button>
      ))}
    </nav>
  );
}
