/**
 * The corpus workbook written by the xlsx library excelts (the library the
 * file shell itself uses): tables, a line chart, conditional formats, data
 * validation, notes, merges, hyperlinks and defined names. Run by
 * generate.py; writes the path given as its one argument.
 */
import { writeFileSync } from "node:fs";
import { Workbook } from "@cj-tech-master/excelts";
import { installChartSupport } from "@cj-tech-master/excelts/chart";

const DATA: [string, string, number, string][] = [
  ["UNALLOC28", "2012-07", 0, "No cases over 28 days"],
  ["UNALLOC28", "2012-08", 0, ""],
  ["UNALLOC28", "2012-09", 0, ""],
  ["UNALLOC28", "2012-10", 0, ""],
  ["IA_OOT", "2012-07", 41, ""],
  ["IA_OOT", "2012-08", 48, ""],
  ["IA_OOT", "2012-09", 57, ""],
  ["IA_OOT", "2012-10", 63, "Rising month on month since June"],
  ["CA_OOT", "2012-07", 61, ""],
  ["CA_OOT", "2012-08", 70, ""],
  ["CA_OOT", "2012-09", 78, ""],
  ["CA_OOT", "2012-10", 78, "Level since September"],
];

function addTracker(wb: Workbook): void {
  const ws = wb.addWorksheet("Referrals", { properties: { tabColor: { argb: "FF1F4E79" } } });
  ws.addRow(["Month", "Referrals", "Went on to initial assessment", "Share"]);
  const months = ["Jul 2012", "Aug 2012", "Sep 2012", "Oct 2012"];
  const counts: [number, number][] = [
    [812, 530],
    [790, 518],
    [845, 560],
    [901, 590],
  ];
  months.forEach((month, i) => {
    const r = i + 2;
    ws.addRow([month, counts[i]![0], counts[i]![1], { formula: `C${r}/B${r}`, result: counts[i]![1] / counts[i]![0] }]);
    ws.getCell(`D${r}`).numFmt = "0.0%";
  });
  ws.getRow(1).font = { bold: true };
  ws.mergeCells("F1:H1");
  ws.getCell("F1").value = "Target: 65% go on to assessment";
  ws.getCell("F2").value = { text: "Improvement Notice", hyperlink: "https://www.gov.uk/" };
  ws.getCell("B1").note = "From the front door's monthly count.";
  ws.addConditionalFormatting({
    ref: "D2:D5",
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        priority: 1,
        formulae: ["0.65"],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
          font: { italic: false, color: { argb: "FF9C0006" } },
        },
      },
    ],
  });
  ws.dataValidations.add("B2:C5", {
    type: "whole",
    operator: "greaterThanOrEqual",
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorTitle: "Counts",
    error: "A count is a whole number, 0 or more.",
  });
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0, topLeftCell: "A2", activeCell: "A2" }];
  ws.addLineChart(
    {
      title: "Referrals",
      series: [{ name: "Referrals", categories: "Referrals!$A$2:$A$5", values: "Referrals!$B$2:$B$5" }],
      legendPosition: "b",
    },
    "F4:M18",
  );
  wb.definedNames.add("Referrals!$B$2:$B$5", "ReferralCounts");
}

function addTable(wb: Workbook, name: string, columns: string[], rows: (string | number | null)[][]): void {
  const ws = wb.addWorksheet(name);
  ws.addTable({
    name,
    displayName: name,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: columns.map((c) => ({ name: c, filterButton: true })),
    rows,
  });
}

async function main(): Promise<void> {
  installChartSupport();
  const wb = new Workbook();
  wb.creator = "Performance team";
  addTracker(wb);
  addTable(wb, "IndicatorData", ["Code", "Period", "Value", "Note"], DATA);
  addTable(
    wb,
    "Indicators",
    ["Code", "Indicator", "Unit", "Polarity", "Target", "Target date", "Internal target", "Dashboard"],
    [
      ["UNALLOC28", "Cases unallocated for over 28 days", "count", "lower", 200, "Aug 2011", null, "yes"],
      ["IA_OOT", "Initial assessments in progress out of timescale", "count", "lower", 200, "Aug 2011", 100, "yes"],
      ["CA_OOT", "Core assessments in progress out of timescale", "count", "lower", 100, "Aug 2011", null, "yes"],
    ],
  );
  writeFileSync(process.argv[2]!, await wb.xlsx.writeBuffer());
}

await main();
