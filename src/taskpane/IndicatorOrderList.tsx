import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { type KeyboardEvent, useEffect, useRef } from "react";
import { type ChoiceRow, moveRow } from "./indicatorChoice";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column" },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  check: { flexGrow: 1, flexBasis: "10rem", minWidth: 0, overflowWrap: "anywhere" },
  move: { minWidth: "auto", flexShrink: 0 },
});

interface Props {
  rows: ChoiceRow[];
  onChange: (rows: ChoiceRow[]) => void;
  labelledBy: string;
  /** During a build nothing here can change. */
  disabled: boolean;
}

const squash = (text: string): string => text.replace(/\s+/g, "").toUpperCase();

/** "Rate of referrals (NI 59)" stays as it is; a name that does not carry its code gets it: "Posts filled (POSTS_FILLED)". */
export function choiceLabel(row: Pick<ChoiceRow, "name" | "code">): string {
  return squash(row.name).includes(squash(row.code)) ? row.name : `${row.name} (${row.code})`;
}

/**
 * The dashboard's indicators in order, each with a checkbox and Up / Down
 * buttons; Home and End on those buttons move it to the top or the bottom.
 * After a move, focus follows the moved indicator's button, so the keyboard
 * can keep moving it.
 */
export function IndicatorOrderList({ rows, onChange, labelledBy, disabled }: Props) {
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
    if (!row || disabled) return;
    const to = Math.min(rows.length - 1, Math.max(0, index + delta));
    // At the top only Down can act (and at the bottom only Up), so focus goes there.
    const lands = to === 0 ? "down" : to === rows.length - 1 ? "up" : direction;
    refocus.current = `${row.code}:${lands}`;
    onChange(moveRow(rows, index, delta));
  };
  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "Home") move(index, -rows.length, "up");
    else if (event.key === "End") move(index, rows.length, "down");
    else return;
    event.preventDefault();
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
            disabled={disabled}
            label={choiceLabel(row)}
            onChange={(_, data) => onChange(rows.map((r, i) => (i === index ? { ...r, shown: data.checked === true } : r)))}
          />
          <Button
            ref={setButton(`${row.code}:up`)}
            className={styles.move}
            size="small"
            appearance="subtle"
            aria-label={`Move ${row.name} up`}
            aria-keyshortcuts="Home"
            disabledFocusable={disabled || index === 0}
            onKeyDown={onKeyDown(index)}
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
            aria-keyshortcuts="End"
            disabledFocusable={disabled || index === rows.length - 1}
            onKeyDown={onKeyDown(index)}
            onClick={() => move(index, 1, "down")}
          >
            Down
          </Button>
        </li>
      ))}
    </ul>
  );
}
