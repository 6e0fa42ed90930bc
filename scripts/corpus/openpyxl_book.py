"""The workbook openpyxl (and so pandas) writes: charts, conditional formats with their dxfs,
data validation, comments, an image, defined names (one sheet-scoped), a sheet protected with a password."""
import io

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, DataBarRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from PIL import Image as PilImage

from figures import DATA, DATA_HEADERS, INDICATOR_HEADERS, INDICATORS


def _logo() -> Image:
    buffer = io.BytesIO()
    PilImage.new("RGB", (24, 12), (31, 78, 121)).save(buffer, format="PNG")
    buffer.seek(0)
    return Image(buffer)


def _caseload(ws) -> None:
    ws.append(["Team", "Jul", "Aug", "Sep", "Oct"])
    for team, *counts in [("East Kent", 19, 18, 18, 17), ("Mid Kent", 22, 21, 19, 18), ("West Kent", 20, 19, 18, 17)]:
        ws.append([team, *counts])
    ws.append(["Average", *[f"=AVERAGE({c}2:{c}4)" for c in "BCDE"]])
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("G1:J1")
    ws["G1"] = "Caseload per caseholder (target 20)"
    ws.freeze_panes = "B2"
    ws["A1"].comment = Comment("Counts from the monthly workforce return.", "Analyst")
    ws["E4"].comment = Comment("Two new starters in October.", "Team manager")

    red = PatternFill(start_color="FFC7CE", end_color="FFC7CE", fill_type="solid")
    ws.conditional_formatting.add("B2:E4", CellIsRule(operator="greaterThan", formula=["20"], fill=red, font=Font(color="9C0006")))
    ws.conditional_formatting.add("B2:E4", ColorScaleRule(start_type="min", start_color="63BE7B", end_type="max", end_color="F8696B"))
    ws.conditional_formatting.add("B5:E5", DataBarRule(start_type="num", start_value=0, end_type="num", end_value=30, color="638EC6"))

    areas = DataValidation(type="list", formula1='"East Kent,Mid Kent,West Kent"', allow_blank=True)
    areas.error = "Pick one of the three areas."
    ws.add_data_validation(areas)
    areas.add("A2:A4")
    whole = DataValidation(type="whole", operator="between", formula1="0", formula2="60")
    ws.add_data_validation(whole)
    whole.add("B2:E4")

    line = LineChart()
    line.title = "Caseload by area"
    line.add_data(Reference(ws, min_col=1, min_row=2, max_col=5, max_row=4), from_rows=True, titles_from_data=True)
    line.set_categories(Reference(ws, min_col=2, min_row=1, max_col=5))
    ws.add_chart(line, "G3")
    bar = BarChart()
    bar.title = "October"
    bar.add_data(Reference(ws, min_col=5, min_row=1, max_row=4), titles_from_data=True)
    bar.set_categories(Reference(ws, min_col=1, min_row=2, max_row=4))
    ws.add_chart(bar, "G20")
    ws.add_image(_logo(), "L1")

    ws.print_title_rows = "1:1"
    ws.protection.sheet = True
    ws.protection.password = "caseload"


def _table(ws, name: str, headers: list, rows: list, number_format: dict) -> None:
    ws.append(headers)
    for row in rows:
        ws.append(list(row))
    for column, fmt in number_format.items():
        for cell in ws[column][1:]:
            cell.number_format = fmt
    ref = f"A1:{chr(64 + len(headers))}{len(rows) + 1}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)


def build(path: str) -> None:
    wb = Workbook()
    caseload = wb.active
    caseload.title = "Caseload"
    _caseload(caseload)
    _table(wb.create_sheet("IndicatorData"), "IndicatorData", DATA_HEADERS, DATA, {"B": "mmm yyyy"})
    _table(wb.create_sheet("Indicators"), "Indicators", INDICATOR_HEADERS, INDICATORS, {})
    wb.defined_names.append(DefinedName("LatestMonth", attr_text="IndicatorData!$B$13"))
    wb.defined_names.append(DefinedName("TeamCounts", localSheetId=0, attr_text="Caseload!$B$2:$E$4"))
    wb.properties.creator = "Performance team"
    wb.save(path)
