"""A macro-enabled workbook (.xlsm) laid out part by part as Excel for Windows saves one:
a VBA project, a form-control button with its VML and control properties, a text box,
x14 sparklines, an x14 data bar and an x14 list validation in the sheet's extLst,
a named cell style, conditional-format dxfs, printer settings, custom properties,
customXml, a text query connection, a calculation chain, two Excel tables and a pivot table over one of them."""
import struct

from openpyxl.writer.theme import theme_xml

from figures import DATA, DATA_HEADERS, INDICATOR_HEADERS, INDICATORS, serial
from package import MAIN, XML, esc, rels, write_package
from sheetxml import SharedStrings, rows_xml

X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
XM = "http://schemas.microsoft.com/office/excel/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
WS_NS = (
    f'xmlns="{MAIN}" xmlns:r="{R}" xmlns:mc="{MC}" mc:Ignorable="x14ac xr xr2 xr3" '
    'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
    'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
    'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
    'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"'
)
# Excel declares the drawing namespace on a sheet that holds form controls (their anchors use it).
WS_NS_CONTROLS = WS_NS.replace('xmlns:mc=', f'xmlns:xdr="{XDR}" xmlns:x14="{X14}" xmlns:mc=')
DY = ' x14ac:dyDescent="0.25"'
DATABAR_ID = "{5E8B6F0A-3C1D-4E2B-9A7F-1B2C3D4E5F60}"
SUMMARY = [
    ["Area", "Jul", "Aug", "Sep", "Oct", "Trend"],
    ["East Kent", 21, 19, 24, 20],
    ["Mid Kent", 18, 22, 25, 23],
    ["West Kent", 24, 22, 20, 20],
    [],
    ["Total"] + [("=", f"SUM({c}2:{c}4)", sum(r[i] for r in ([21, 19, 24, 20], [18, 22, 25, 23], [24, 22, 20, 20]))) for i, c in enumerate("BCDE")],
    [],
    ["Threshold", 22],
]


def _content_types() -> str:
    over = [
        ("/xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml"),
        ("/xl/worksheets/sheet1.xml", f"{CT}.worksheet+xml"),
        ("/xl/worksheets/sheet2.xml", f"{CT}.worksheet+xml"),
        ("/xl/worksheets/sheet3.xml", f"{CT}.worksheet+xml"),
        ("/xl/worksheets/sheet4.xml", f"{CT}.worksheet+xml"),
        ("/xl/pivotTables/pivotTable1.xml", f"{CT}.pivotTable+xml"),
        ("/xl/pivotCache/pivotCacheDefinition1.xml", f"{CT}.pivotCacheDefinition+xml"),
        ("/xl/pivotCache/pivotCacheRecords1.xml", f"{CT}.pivotCacheRecords+xml"),
        ("/xl/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ("/xl/styles.xml", f"{CT}.styles+xml"),
        ("/xl/sharedStrings.xml", f"{CT}.sharedStrings+xml"),
        ("/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"),
        ("/xl/tables/table1.xml", f"{CT}.table+xml"),
        ("/xl/tables/table2.xml", f"{CT}.table+xml"),
        ("/xl/ctrlProps/ctrlProp1.xml", "application/vnd.ms-excel.controlproperties+xml"),
        ("/xl/vbaProject.bin", "application/vnd.ms-office.vbaProject"),
        ("/xl/connections.xml", f"{CT}.connections+xml"),
        ("/xl/calcChain.xml", f"{CT}.calcChain+xml"),
        ("/customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"),
    ]
    defaults = [
        ("bin", f"{CT}.printerSettings"),
        ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
        ("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing"),
        ("xml", "application/xml"),
    ]
    return (
        f'{XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + "".join(f'<Default Extension="{e}" ContentType="{t}"/>' for e, t in defaults)
        + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in over)
        + "</Types>"
    )


def _workbook() -> str:
    return (
        f'{XML}<workbook xmlns="{MAIN}" xmlns:r="{R}" xmlns:mc="{MC}" mc:Ignorable="x15 xr xr6 xr10 xr2" '
        'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
        'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
        'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
        'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
        'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">'
        '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328" codeName="{8C4F1D2A-6B3E-4F5A-9D7C-0E1F2A3B4C5D}"/>'
        '<workbookPr codeName="ThisWorkbook" defaultThemeVersion="166925"/>'
        '<xr:revisionPtr revIDLastSave="0" documentId="13_ncr:1_{4B7A2C1D-9E8F-4A6B-8C5D-3E2F1A0B9C8D}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>'
        '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" xr2:uid="{1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D}"/></bookViews>'
        '<sheets><sheet name="Summary" sheetId="1" r:id="rId1"/><sheet name="IndicatorData" sheetId="2" r:id="rId2"/>'
        '<sheet name="Indicators" sheetId="3" r:id="rId3"/><sheet name="Pivot" sheetId="4" r:id="rId12"/></sheets>'
        "<definedNames>"
        '<definedName name="_xlnm.Print_Area" localSheetId="0">Summary!$A$1:$F$8</definedName>'
        '<definedName name="Areas">Summary!$A$2:$A$4</definedName>'
        '<definedName name="Threshold" localSheetId="0">Summary!$B$8</definedName>'
        '<definedName name="Threshold" localSheetId="1">IndicatorData!$D$2</definedName>'
        "</definedNames>"
        '<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="5" r:id="rId11"/></pivotCaches>'
        '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
        '<x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>'
    )


def _workbook_rels() -> str:
    return rels(
        ("rId8", "connections", "connections.xml"),
        ("rId3", "worksheet", "worksheets/sheet3.xml"),
        ("rId7", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"),
        ("rId2", "worksheet", "worksheets/sheet2.xml"),
        ("rId1", "worksheet", "worksheets/sheet1.xml"),
        ("rId6", "sharedStrings", "sharedStrings.xml"),
        ("rId5", "styles", "styles.xml"),
        ("rId4", "theme", "theme/theme1.xml"),
        ("rId10", "calcChain", "calcChain.xml"),
        ("rId9", "customXml", "../customXml/item1.xml"),
        ("rId11", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"),
        ("rId12", "worksheet", "worksheets/sheet4.xml"),
    )


def _styles() -> str:
    return (
        f'{XML}<styleSheet xmlns="{MAIN}" xmlns:mc="{MC}" mc:Ignorable="x14ac x16r2 xr" '
        'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
        'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" '
        'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="mmm\\-yy"/></numFmts>'
        '<fonts count="3" x14ac:knownFonts="1">'
        '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
        '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
        '<font><sz val="11"/><color rgb="FF3F3F76"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
        "</fonts>"
        '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
        '<fill><patternFill patternType="solid"><fgColor rgb="FFFFCC99"/><bgColor indexed="64"/></patternFill></fill></fills>'
        '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
        '<border><left style="thin"><color rgb="FF7F7F7F"/></left><right style="thin"><color rgb="FF7F7F7F"/></right>'
        '<top style="thin"><color rgb="FF7F7F7F"/></top><bottom style="thin"><color rgb="FF7F7F7F"/></bottom><diagonal/></border></borders>'
        '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        '<xf numFmtId="0" fontId="2" fillId="2" borderId="1" applyNumberFormat="0" applyAlignment="0" applyProtection="0"/></cellStyleXfs>'
        '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="1"/></cellXfs>'
        '<cellStyles count="2"><cellStyle name="Input" xfId="1" builtinId="20"/><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>'
        '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
        "<extLst>"
        f'<ext uri="{{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}}" xmlns:x14="{X14}"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>'
        '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
        '<x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext>'
        "</extLst></styleSheet>"
    )


def _summary_sheet(strings: SharedStrings) -> str:
    styles = lambda r, c: 2 if r == 1 else 3 if (r, c) == (8, 2) else 0  # noqa: E731
    sparklines = "".join(
        f"<x14:sparkline><xm:f>Summary!B{r}:E{r}</xm:f><xm:sqref>F{r}</xm:sqref></x14:sparkline>" for r in (2, 3, 4)
    )
    anchor = (
        "<from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></from>"
        "<to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></to>"
    )
    return (
        f"{XML}<worksheet {WS_NS_CONTROLS} xr:uid=\"{{6F1E2D3C-4B5A-4968-8776-5A4B3C2D1E0F}}\">"
        '<sheetPr codeName="Sheet1"/><dimension ref="A1:F8"/>'
        '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="B8" sqref="B8"/></sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
        '<cols><col min="1" max="1" width="12.7109375" customWidth="1"/></cols>'
        f'<sheetData>{rows_xml(SUMMARY, strings, styles, row_attrs=DY)}</sheetData>'
        '<conditionalFormatting sqref="B2:E4"><cfRule type="cellIs" dxfId="0" priority="2" operator="greaterThan">'
        "<formula>Threshold</formula></cfRule></conditionalFormatting>"
        '<conditionalFormatting sqref="B6:E6"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/>'
        '<color rgb="FF638EC6"/></dataBar><extLst>'
        f'<ext uri="{{B025F937-C7B1-47D3-B67F-A62EFF666E3E}}" xmlns:x14="{X14}"><x14:id>{DATABAR_ID}</x14:id></ext>'
        "</extLst></cfRule></conditionalFormatting>"
        '<dataValidations count="1"><dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" '
        'showInputMessage="1" showErrorMessage="1" errorTitle="Caseload" error="A caseload is a whole number." sqref="B2:E4">'
        "<formula1>0</formula1></dataValidation></dataValidations>"
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape" r:id="rId1"/>'
        '<drawing r:id="rId2"/><legacyDrawing r:id="rId3"/>'
        f'<mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="x14"><controls>'
        f'<mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="x14">'
        '<control shapeId="1025" r:id="rId4" name="Button 1"><controlPr defaultSize="0" print="0" autoFill="0" '
        f'autoPict="0" macro="[0]!RefreshSummary"><anchor moveWithCells="1" sizeWithCells="1">{anchor}</anchor></controlPr></control>'
        "</mc:Choice></mc:AlternateContent></controls></mc:Choice></mc:AlternateContent>"
        "<extLst>"
        f'<ext uri="{{78C0D931-6437-407d-A8EE-F0AAD7539E65}}" xmlns:x14="{X14}"><x14:conditionalFormattings>'
        f'<x14:conditionalFormatting xmlns:xm="{XM}"><x14:cfRule type="dataBar" id="{DATABAR_ID}">'
        '<x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/>'
        '<x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule>'
        "<xm:sqref>B6:E6</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>"
        f'<ext uri="{{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}}" xmlns:x14="{X14}"><x14:dataValidations count="1" xmlns:xm="{XM}">'
        '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">'
        "<x14:formula1><xm:f>Indicators!$A$2:$A$4</xm:f></x14:formula1><xm:sqref>A8</xm:sqref></x14:dataValidation></x14:dataValidations></ext>"
        f'<ext uri="{{05C60535-1F16-4fd2-B633-F4F36F0B64E0}}" xmlns:x14="{X14}"><x14:sparklineGroups xmlns:xm="{XM}">'
        '<x14:sparklineGroup displayEmptyCellsAs="gap" markers="1"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/>'
        '<x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/>'
        '<x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/>'
        f"<x14:sparklines>{sparklines}</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>"
        "</extLst></worksheet>"
    )


def _table_sheet(rows: list, strings: SharedStrings, date_column: int, uid: str) -> str:
    styles = lambda r, c: 2 if r == 1 else 1 if c == date_column and r > 1 else 0  # noqa: E731
    last = f"{chr(64 + len(rows[0]))}{len(rows)}"
    return (
        f'{XML}<worksheet {WS_NS} xr:uid="{uid}"><dimension ref="A1:{last}"/>'
        '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
        f'<sheetData>{rows_xml(rows, strings, styles, row_attrs=DY)}</sheetData>'
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>'
    )


def _table(table_id: int, name: str, headers: list, rows: int) -> str:
    ref = f"A1:{chr(64 + len(headers))}{rows + 1}"
    columns = "".join(
        f'<tableColumn id="{i}" xr3:uid="{{0000000{table_id}-0000-4000-8000-00000000000{i:X}}}" name="{esc(h)}"/>'
        for i, h in enumerate(headers, start=1)
    )
    return (
        f'{XML}<table xmlns="{MAIN}" xmlns:mc="{MC}" mc:Ignorable="xr xr3" '
        'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
        'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" '
        f'id="{table_id}" xr:uid="{{0000000{table_id}-1111-4000-8000-000000000000}}" name="{name}" displayName="{name}" '
        f'ref="{ref}" totalsRowShown="0"><autoFilter ref="{ref}" xr:uid="{{0000000{table_id}-2222-4000-8000-000000000000}}"/>'
        f'<tableColumns count="{len(headers)}">{columns}</tableColumns>'
        '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
    )


def _pivot_parts(strings: SharedStrings) -> dict:
    """A pivot table of the Value total by Code over the IndicatorData table, with its cache and records."""
    codes = ["UNALLOC28", "IA_OOT", "CA_OOT"]
    totals = {c: sum(v for code, _, _, v, _ in DATA if code == c) for c in codes}
    records = "".join(
        f'<r><x v="{codes.index(c)}"/><d v="{p.isoformat()}T00:00:00"/><m/><n v="{v}"/>'
        + (f'<s v="{esc(n)}"/>' if n else "<m/>")
        + "</r>"
        for c, p, _, v, n in DATA
    )
    code_items = "".join(f'<s v="{c}"/>' for c in codes)
    order = sorted(range(3), key=lambda i: codes[i])
    row_items = "".join(f'<item x="{i}"/>' for i in order)
    definition = (
        f'{XML}<pivotCacheDefinition xmlns="{MAIN}" xmlns:r="{R}" r:id="rId1" refreshedBy="Performance team" '
        'refreshedDate="41225.6875" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" '
        f'recordCount="{len(DATA)}"><cacheSource type="worksheet"><worksheetSource name="IndicatorData"/></cacheSource>'
        '<cacheFields count="5">'
        f'<cacheField name="Code" numFmtId="0"><sharedItems count="3">{code_items}</sharedItems></cacheField>'
        '<cacheField name="Period" numFmtId="164"><sharedItems containsSemiMixedTypes="0" containsNonDate="0" containsDate="1" '
        'containsString="0" minDate="2012-07-01T00:00:00" maxDate="2012-10-02T00:00:00"/></cacheField>'
        '<cacheField name="Area" numFmtId="0"><sharedItems containsNonDate="0" containsString="0" containsBlank="1"/></cacheField>'
        '<cacheField name="Value" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" '
        'containsInteger="1" minValue="0" maxValue="78"/></cacheField>'
        '<cacheField name="Note" numFmtId="0"><sharedItems containsBlank="1"/></cacheField>'
        "</cacheFields></pivotCacheDefinition>"
    )
    table = (
        f'{XML}<pivotTableDefinition xmlns="{MAIN}" name="PivotTable1" cacheId="5" applyNumberFormats="0" '
        'applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" '
        'applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" '
        'itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">'
        '<location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="5">'
        f'<pivotField axis="axisRow" showAll="0"><items count="4">{row_items}'
        '<item t="default"/></items></pivotField><pivotField numFmtId="164" showAll="0"/><pivotField showAll="0"/>'
        '<pivotField dataField="1" showAll="0"/><pivotField showAll="0"/></pivotFields>'
        '<rowFields count="1"><field x="0"/></rowFields>'
        '<rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems>'
        '<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of Value" fld="3" baseField="0" baseItem="0"/></dataFields>'
        '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" '
        'showColStripes="0" showLastColumn="1"/></pivotTableDefinition>'
    )
    rows = [["Monthly totals by indicator"], [], ["Row Labels", "Sum of Value"]]
    rows += [[codes[i], totals[codes[i]]] for i in order] + [["Grand Total", sum(totals.values())]]
    sheet = (
        f'{XML}<worksheet {WS_NS} xr:uid="{{9C8D7E6F-5A4B-4C3D-9E2F-1A0B9C8D7E6F}}"><dimension ref="A1:B7"/>'
        '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
        f"<sheetData>{rows_xml(rows, strings, row_attrs=DY)}</sheetData>"
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
    )
    return {
        "xl/worksheets/sheet4.xml": sheet,
        "xl/worksheets/_rels/sheet4.xml.rels": rels(("rId1", "pivotTable", "../pivotTables/pivotTable1.xml")),
        "xl/pivotTables/pivotTable1.xml": table,
        "xl/pivotTables/_rels/pivotTable1.xml.rels": rels(("rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml")),
        "xl/pivotCache/pivotCacheDefinition1.xml": definition,
        "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": rels(("rId1", "pivotCacheRecords", "pivotCacheRecords1.xml")),
        "xl/pivotCache/pivotCacheRecords1.xml": f'{XML}<pivotCacheRecords xmlns="{MAIN}" xmlns:r="{R}" count="{len(DATA)}">{records}</pivotCacheRecords>',
    }


def _drawing() -> str:
    position = lambda c1, r1, c2, r2: (  # noqa: E731
        f"<xdr:from><xdr:col>{c1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
        f"<xdr:to><xdr:col>{c2}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r2}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
    )
    text = lambda t: (  # noqa: E731
        '<a:lstStyle/><a:p><a:r><a:rPr lang="en-GB" sz="1100"/>'
        f"<a:t>{esc(t)}</a:t></a:r></a:p>"
    )
    return (
        f'{XML}<xdr:wsDr xmlns:xdr="{XDR}" xmlns:a="{A}">'
        f'<xdr:twoCellAnchor>{position(7, 1, 9, 3)}<mc:AlternateContent xmlns:mc="{MC}">'
        '<mc:Choice xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" Requires="a14">'
        '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="1025" name="Button 1" hidden="1"><a:extLst>'
        '<a:ext uri="{63B3BB69-23CF-44E3-9099-C40C66FF867C}"><a14:compatExt spid="_x0000_s1025"/></a:ext></a:extLst>'
        '</xdr:cNvPr><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>'
        '<xdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" lIns="27432" tIns="27432" rIns="27432" bIns="27432" anchor="ctr" upright="1"/>'
        f'{text("Refresh")}</xdr:txBody></xdr:sp></mc:Choice><mc:Fallback/></mc:AlternateContent><xdr:clientData fPrintsWithSheet="0"/></xdr:twoCellAnchor>'
        f"<xdr:twoCellAnchor>{position(7, 4, 11, 8)}"
        '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="TextBox 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>'
        '<xdr:spPr><a:xfrm><a:off x="4267200" y="762000"/><a:ext cx="2438400" cy="762000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:schemeClr val="lt1"/></a:solidFill><a:ln w="9525" cmpd="sng"><a:solidFill><a:schemeClr val="lt1"><a:shade val="50000"/>'
        "</a:schemeClr></a:solidFill></a:ln></xdr:spPr>"
        '<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="t"/>'
        f'{text("Caseloads as at 10/11/2012; target 20 per caseholder.")}</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>'
        "</xdr:wsDr>"
    )


VML = (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n'
    ' </o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe">\r\n'
    '  <v:stroke joinstyle="miter"/>\r\n  <v:path shadowok="f" o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/>\r\n'
    '  <o:lock v:ext="edit" shapetype="t"/>\r\n </v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t201" '
    "style='position:absolute;margin-left:390pt;margin-top:15pt;width:96pt;height:30pt;z-index:1;mso-wrap-style:tight' "
    'o:button="t" fillcolor="buttonFace [67]" strokecolor="windowText [64]" o:insetmode="auto">\r\n'
    '  <v:fill color2="buttonFace [67]" o:detectmouseclick="t"/>\r\n  <o:lock v:ext="edit" rotation="t"/>\r\n'
    "  <v:textbox style='mso-direction-alt:auto' o:singleclick=\"f\">\r\n   <div style='text-align:center'>"
    '<font face="Calibri" size="220" color="#000000">Refresh</font></div>\r\n  </v:textbox>\r\n'
    '  <x:ClientData ObjectType="Button">\r\n   <x:Anchor>\r\n    7, 0, 1, 0, 9, 0, 3, 0</x:Anchor>\r\n'
    "   <x:PrintObject>False</x:PrintObject>\r\n   <x:AutoFill>False</x:AutoFill>\r\n"
    "   <x:FmlaMacro>[0]!RefreshSummary</x:FmlaMacro>\r\n   <x:TextHAlign>Center</x:TextHAlign>\r\n"
    "   <x:TextVAlign>Center</x:TextVAlign>\r\n  </x:ClientData>\r\n </v:shape></xml>"
)


def _printer_settings() -> bytes:
    """A DEVMODEW record as Windows printer drivers hand Excel: device name, sizes, A4 landscape."""
    name = "Microsoft Print to PDF".encode("utf-16-le").ljust(64, b"\0")
    fields = struct.pack("<HHHHI", 0x0401, 0, 220, 0, 0x0001_0F03)
    page = struct.pack("<hhhhhhhh", 2, 9, 0, 0, 100, 1, 600, 1)
    rest = struct.pack("<hhhh", 1, 600, 1, 0).ljust(220 - 64 - len(fields) - len(page), b"\0")
    return name + fields + page + rest


def _vba_project() -> bytes:
    """Bytes standing in for the compiled VBA project: a compound-file header and a module's source.

    Nothing here reads it; what matters is that it is a binary part every build must carry unchanged."""
    header = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + struct.pack("<HHHH", 0x3E, 3, 0xFFFE, 9)
    source = b"Attribute VB_Name = \"Module1\"\r\nSub RefreshSummary()\r\n    Application.CalculateFull\r\nEnd Sub\r\n"
    return header.ljust(512, b"\0") + source.ljust(512, b"\0")


def _doc_props() -> dict:
    app = (
        f'{XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>'
        "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size=\"4\" baseType=\"variant\">"
        "<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>4</vt:i4></vt:variant>"
        "<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        '<TitlesOfParts><vt:vector size="6" baseType="lpstr"><vt:lpstr>Summary</vt:lpstr><vt:lpstr>IndicatorData</vt:lpstr>'
        "<vt:lpstr>Indicators</vt:lpstr><vt:lpstr>Pivot</vt:lpstr><vt:lpstr>Summary!Print_Area</vt:lpstr><vt:lpstr>Areas</vt:lpstr></vt:vector></TitlesOfParts>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        "<AppVersion>16.0300</AppVersion></Properties>"
    )
    core = (
        f'{XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:creator>Performance team</dc:creator><cp:lastModifiedBy>Performance team</cp:lastModifiedBy>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2012-11-10T09:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2012-11-12T16:40:00Z</dcterms:modified></cp:coreProperties>'
    )
    custom = (
        f'{XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Department"><vt:lpwstr>Children\'s Services</vt:lpwstr></property>'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Protective marking"><vt:lpwstr>OFFICIAL</vt:lpwstr></property>'
        "</Properties>"
    )
    return {"docProps/app.xml": app, "docProps/core.xml": core, "docProps/custom.xml": custom}


def build(path: str) -> None:
    strings = SharedStrings()
    summary = _summary_sheet(strings)
    data_rows = [DATA_HEADERS] + [[c, serial(p), a or None, v, n or None] for c, p, a, v, n in DATA]
    indicator_rows = [INDICATOR_HEADERS] + [list(r) for r in INDICATORS]
    data = _table_sheet(data_rows, strings, 2, "{7A6B5C4D-3E2F-4A1B-9C8D-7E6F5A4B3C2D}")
    indicators = _table_sheet(indicator_rows, strings, 0, "{8B7C6D5E-4F3A-4B2C-8D9E-6F5A4B3C2D1E}")
    pivot = _pivot_parts(strings)
    sheet_rels = rels(("rId1", "table", "../tables/table1.xml"))
    parts = {
        "[Content_Types].xml": _content_types(),
        "_rels/.rels": rels(
            ("rId3", "extended-properties", "docProps/app.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId1", "officeDocument", "xl/workbook.xml"),
            ("rId4", "custom-properties", "docProps/custom.xml"),
        ),
        "xl/workbook.xml": _workbook(),
        "xl/_rels/workbook.xml.rels": _workbook_rels(),
        "xl/worksheets/sheet1.xml": summary,
        "xl/worksheets/sheet2.xml": data,
        "xl/worksheets/sheet3.xml": indicators,
        "xl/worksheets/_rels/sheet1.xml.rels": rels(
            ("rId3", "vmlDrawing", "../drawings/vmlDrawing1.vml"),
            ("rId2", "drawing", "../drawings/drawing1.xml"),
            ("rId1", "printerSettings", "../printerSettings/printerSettings1.bin"),
            ("rId4", "ctrlProp", "../ctrlProps/ctrlProp1.xml"),
        ),
        "xl/worksheets/_rels/sheet2.xml.rels": sheet_rels,
        "xl/worksheets/_rels/sheet3.xml.rels": rels(("rId1", "table", "../tables/table2.xml")),
        "xl/theme/theme1.xml": theme_xml,
        "xl/styles.xml": _styles(),
        "xl/sharedStrings.xml": XML + strings.xml(MAIN),
        "xl/drawings/drawing1.xml": _drawing(),
        "xl/drawings/vmlDrawing1.vml": VML,
        "xl/tables/table1.xml": _table(1, "IndicatorData", DATA_HEADERS, len(DATA)),
        "xl/tables/table2.xml": _table(2, "Indicators", INDICATOR_HEADERS, len(INDICATORS)),
        "xl/ctrlProps/ctrlProp1.xml": f'{XML}<formControlPr xmlns="{X14}" objectType="Button" lockText="1"/>',
        "xl/printerSettings/printerSettings1.bin": _printer_settings(),
        "xl/vbaProject.bin": _vba_project(),
        "xl/connections.xml": (
            f'{XML}<connections xmlns="{MAIN}"><connection id="1" name="Monthly extract" type="6" refreshedVersion="6" '
            'background="1" saveData="1"><textPr codePage="65001" sourceFile="C:\\Extracts\\ics-monthly.csv" comma="1">'
            '<textFields count="2"><textField/><textField/></textFields></textPr></connection></connections>'
        ),
        "xl/calcChain.xml": f'{XML}<calcChain xmlns="{MAIN}"><c r="B6" i="1"/><c r="C6"/><c r="D6"/><c r="E6"/></calcChain>',
        "customXml/item1.xml": (
            f'{XML}<b:Sources SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA" Version="6" '
            'xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" '
            'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"></b:Sources>'
        ),
        "customXml/itemProps1.xml": (
            f'{XML}<ds:datastoreItem ds:itemID="{{2C1B0A9F-8E7D-4C6B-A5F4-E3D2C1B0A9F8}}" '
            'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>'
            '<ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>'
        ),
        "customXml/_rels/item1.xml.rels": rels(("rId1", "customXmlProps", "itemProps1.xml")),
        **pivot,
        **_doc_props(),
    }
    write_package(path, parts)
