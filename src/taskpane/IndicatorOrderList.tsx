import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { type ChoiceRow, moveRow } from "./indicatorChoice";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column" },
  row: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  check: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  move: { minWidth: "auto", flexShrink: 0 },
});

interface Props {
  rows: ChoiceRow[];
  onChange: (rows: ChoiceRow[]) => void;
  labelledBy: string;
}

/**
 * The dashboard's indicators in order, each with a checkbox and Up / Down
 * buttons. After a move, focus follows the moved indicator's button, so the
 * keyboard can keep moving it.
 */
export function IndicatorOrderList({ rows, onChange, labelledBy }: Props) {
  const styles = useStyles();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const refocus = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (refocus.current === undefined) return;
    buttons.current.get(refocus.current)?.focus();
    refocus.current = undefined;
  });

  const move = (index: number, delta: number, direction: "up" | "down"): void => {
    const row = rows[index];
    if (!row) return;
    refocus.current = `${row.code}:${direction}`;
    onChange(moveRow(rows, index, delta));
  };
  const setButton = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <ul className={styles.list} aria-labelledby={labelledBy}>
      {rows.map((row, index) => (
        <li key={row.code} className={styles.row}>
          <Checkbox
            className={styles.check}
            checked={row.shown}
            label={`${row.name} (${row.code})`}
            onChange={(_, data) => onChange(rows.map((r, i) => (i === index ? { ...r, shown: data.checked === true } : r)))}
          />
          <Button
            ref={setButton(`${row.code}:up`)}
            className={styles.move}
            size="small"
            appearance="subtle"
            aria-label={`Move ${row.name} up`}
            disabledFocusable={index === 0}
            onClick={() => move(index, -1, "up")}
          >
            Up
          </Button>
          <Button
            ref={setButton(`${row.code}:down`)}
            className={styles.move}
            size="small"
            appearance="subtle"
            aria-label={`Move ${row.name} down`}
            disabledFocusable={index === rows.length - 1}
            onClick={() => move(index, 1, "down")}
          >
            Down
          </Button>
        </li>
      ))}
    </ul>
  );
}
