/**
 * The workbook's tabs in order — worksheets and chartsheets together, as
 * workbook.xml lists them — and the bookkeeping that depends on a tab's
 * position: sheet-scoped defined names and the active tab.
 */
import type { Workbook, Worksheet } from "./excelts";
import type { SheetView } from "./writeSheet";

type Chartsheet = Workbook["chartsheets"][number];

/** One tab; `sheet` is the excelts object, so a tab is recognised after others move. */
export interface Tab {
  name: string;
  orderNo: number;
  sheet: Worksheet | Chartsheet;
}

/** Every tab in the order Excel shows them. */
export function sheetTabs(workbook: Workbook): Tab[] {
  const tabs: Tab[] = [
    ...workbook.worksheets.map((sheet) => ({ name: sheet.name, orderNo: sheet.orderNo, sheet })),
    ...workbook.chartsheets.map((sheet) => ({
      name: sheet.name,
      orderNo: sheet.model.orderNo ?? Number.MAX_SAFE_INTEGER,
      sheet,
    })),
  ];
  return tabs.sort((a, b) => a.orderNo - b.orderNo);
}

/** The next free position after every tab. */
export function nextOrderNo(workbook: Workbook): number {
  return Math.max(-1, ...sheetTabs(workbook).map((t) => t.orderNo)) + 1;
}

/**
 * Sheet-scoped defined names point at their sheet by position
 * (`localSheetId`). After sheets were removed or replaced, re-point each name
 * at its sheet's new position — or at the sheet that replaced it — and drop
 * names whose sheet is gone.
 */
export function remapLocalNames(
  workbook: Workbook,
  before: readonly Tab[],
  replacedBy: ReadonlyMap<Tab["sheet"], Worksheet>,
): void {
  const after = sheetTabs(workbook).map((t) => t.sheet);
  const newIndex = (old: number): number => {
    const sheet = before[old]?.sheet;
    if (sheet === undefined) return -1;
    return after.indexOf(replacedBy.get(sheet) ?? sheet);
  };
  const names = workbook.definedNames.model.flatMap((name) => {
    if (name.localSheetId === undefined) return [name];
    const index = newIndex(name.localSheetId);
    return index < 0 ? [] : [{ ...name, localSheetId: index }];
  });
  workbook.definedNames.model = names;
}

/**
 * Shows `name` when the workbook opens: the workbook's active tab, and the
 * only selected tab (several selected tabs would open as a group, where typing
 * edits every sheet at once).
 */
export function activateSheet(workbook: Workbook, name: string): void {
  const tabs = sheetTabs(workbook);
  const index = tabs.findIndex((t) => t.name === name);
  const target = tabs[index];
  if (!target) return;
  // A loaded workbook without <bookViews> has no views at all, despite the type.
  const views: Workbook["views"] = workbook.views ?? [];
  const base = views[0] ?? {
    x: 0,
    y: 0,
    width: 28800,
    height: 16000,
    visibility: "visible",
    firstSheet: 0,
    activeTab: 0,
  };
  workbook.views = [
    { ...base, activeTab: index, firstSheet: Math.min(base.firstSheet ?? 0, index) },
    ...views.slice(1),
  ];
  for (const { sheet } of tabs) {
    const selected = sheet === target.sheet;
    if ("views" in sheet) {
      // Loaded sheets without <sheetViews> have no views array at all.
      const sheetViews: SheetView[] = sheet.views ?? [];
      // A person's sheet is left as it is unless it was selected.
      if (selected || sheetViews.some((v) => v.tabSelected)) {
        sheet.views = (sheetViews.length > 0 ? sheetViews : [{ state: "normal" } as SheetView]).map((v, i) => ({
          ...v,
          tabSelected: selected && i === 0,
        }));
      }
    } else if (sheet.tabSelected || selected) {
      sheet.tabSelected = selected;
    }
  }
}
