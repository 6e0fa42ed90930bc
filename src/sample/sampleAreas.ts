/**
 * The sample's `Areas` table: Kent, its areas and its twelve districts, before
 * and after the restructure of 1 September 2012.
 *
 * From the papers: weekly and monthly reports by area (East, Mid and West Kent)
 * and twelve districts (May 2011); the new structure fully in place on
 * 1 September 2012, after which panels ran "in all four Areas" (late 2012).
 * The papers do not name the four areas nor say which district sat in which
 * area, so those rows say they are illustrative. The districts are Kent's
 * twelve district councils.
 */
import { monthKey } from "../domain/periods";
import type { CellValue } from "../domain/types";
import { RESTRUCTURE_MONTH } from "./areaSplit";

export const AREA_HEADERS: readonly string[] = ["Area", "Part of", "Level", "From", "To", "Also called", "Note"];

const BEFORE = monthKey(RESTRUCTURE_MONTH - 1);
const AFTER = monthKey(RESTRUCTURE_MONTH);
const ILLUSTRATIVE_GROUPING = "Illustrative grouping: the papers do not say which district sat in which area";
const UNNAMED = "Illustrative name: the papers say there were four areas after the restructure but do not name them";

type Row = [
  area: string,
  partOf: string | null,
  level: string,
  from: string | null,
  to: string | null,
  alsoCalled: string | null,
  note: string,
];

/** Districts in the same area throughout. */
const STAYED: [string, string][] = [
  ["Canterbury", "East Kent"],
  ["Thanet", "East Kent"],
  ["Sevenoaks", "West Kent"],
  ["Tunbridge Wells", "West Kent"],
];

/** Districts that moved area at the restructure: [district, area before, area after]. */
const MOVED: [string, string, string][] = [
  ["Ashford", "East Kent", "South Kent"],
  ["Dover", "East Kent", "South Kent"],
  ["Shepway", "East Kent", "South Kent"],
  ["Maidstone", "Mid Kent", "West Kent"],
  ["Swale", "Mid Kent", "North Kent"],
  ["Tonbridge and Malling", "Mid Kent", "West Kent"],
  ["Dartford", "West Kent", "North Kent"],
  ["Gravesham", "West Kent", "North Kent"],
];

/** The Areas table rows `scorecard init` and the pane's Set up write with the sample. */
export function sampleAreaRows(): { headers: string[]; rows: CellValue[][] } {
  const rows: Row[] = [
    [
      "Kent",
      null,
      "authority",
      null,
      null,
      "Kent County Council, KCC",
      "The whole authority: rows with these names count as whole-authority figures",
    ],
    [
      "East Kent",
      null,
      "area",
      null,
      null,
      null,
      "An area before and after the restructure of 1 September 2012 (with different districts)",
    ],
    [
      "Mid Kent",
      null,
      "area",
      null,
      BEFORE,
      null,
      "Replaced by the restructure of 1 September 2012 (Cabinet Committee report, late 2012)",
    ],
    [
      "West Kent",
      null,
      "area",
      null,
      null,
      null,
      "An area before and after the restructure of 1 September 2012 (with different districts)",
    ],
    ["North Kent", null, "area", AFTER, null, null, UNNAMED],
    ["South Kent", null, "area", AFTER, null, null, UNNAMED],
  ];
  for (const [district, area] of STAYED)
    rows.push([district, area, "district", null, null, null, ILLUSTRATIVE_GROUPING]);
  for (const [district, before, after] of MOVED) {
    rows.push([district, before, "district", null, BEFORE, null, ILLUSTRATIVE_GROUPING]);
    rows.push([district, after, "district", AFTER, null, null, ILLUSTRATIVE_GROUPING]);
  }
  return { headers: [...AREA_HEADERS], rows: rows.map((r) => [...r]) };
}
