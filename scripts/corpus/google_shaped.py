"""A workbook laid out as Google Sheets exports one (File > Download > .xlsx): no document
properties, Arial 10 with alignment on every style, numbers written as floats ("63.0"),
an autofilter with its hidden _FilterDatabase name, a chart anchored by one cell, and data
kept as a plain sheet named IndicatorData (no Excel table) with its months as text."""
from openpyxl.writer.theme import theme_xml

from figures import DATA, DATA_HEADERS, month_text
from package import MAIN, XML, rels, write_package
from sheetxml import SharedStrings, rows_xml

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
CT = "application/vnd.openxmlformats-officedocument"
WS = (
    f'xmlns:xdr="{XDR}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" '
    f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    f'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns="{MAIN}" xmlns:r="{R}"'
)
TRACKER = [
    ["Month", "Referrals", "Initial assessments", "Share"],
    ["Jul 2012", 812, 530, ("=", "C2/B2", 530 / 812)],
    ["Aug 2012", 790, 518, ("=", "C3/B3", 518 / 790)],
    ["Sep 2012", 845, 560, ("=", "C4/B4", 560 / 845)],
    ["Oct 2012", 901, 590, ("=", "C5/B5", 590 / 901)],
]


def _float(value) -> str:
    return repr(float(value))


def _styles() -> str:
    align = '<alignment readingOrder="0" shrinkToFit="0" vertical="bottom" wrapText="0"/>'
    return (
        f'{XML}<styleSheet xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
        f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns="{MAIN}">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>'
        '<fonts count="3"><font><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>'
        '<font><b/><color theme="1"/><name val="Arial"/><scheme val="minor"/></font>'
        '<font><color theme="1"/><name val="Arial"/><scheme val="minor"/></font></fonts>'
        '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="lightGray"/></fill>'
        '<fill><patternFill patternType="solid"><fgColor rgb="FFCFE2F3"/><bgColor rgb="FFCFE2F3"/></patternFill></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" applyFont="1"/></cellStyleXfs>'
        '<cellXfs count="4">'
        f'<xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1">{align}</xf>'
        f'<xf borderId="0" fillId="2" fontId="1" numFmtId="0" xfId="0" applyAlignment="1" applyFill="1" applyFont="1">{align}</xf>'
        f'<xf borderId="0" fillId="0" fontId="2" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1">{align}</xf>'
        f'<xf borderId="0" fillId="0" fontId="2" numFmtId="164" xfId="0" applyAlignment="1" applyFont="1" applyNumberFormat="1">{align}</xf>'
        "</cellXfs>"
        '<cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles>'
        '<dxfs count="2"><dxf><font/><fill><patternFill patternType="solid"><fgColor rgb="FFF4CCCC"/><bgColor rgb="FFF4CCCC"/></patternFill></fill><border/></dxf>'
        '<dxf><font/><fill><patternFill patternType="solid"><fgColor rgb="FFB7E1CD"/><bgColor rgb="FFB7E1CD"/></patternFill></fill><border/></dxf></dxfs>'
        "</styleSheet>"
    )


def _sheet(rows: list, strings: SharedStrings, styles, extra: str, cols: str) -> str:
    return (
        f'{XML}<worksheet {WS}><sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr>'
        '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
        '<sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/>'
        f"<cols>{cols}</cols>"
        f"<sheetData>{rows_xml(rows, strings, styles, _float)}</sheetData>{extra}</worksheet>"
    )


def _chart() -> str:
    ser = (
        '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Referrals!$B$1</c:f></c:strRef></c:tx>'
        '<c:spPr><a:ln cmpd="sng" w="28575"><a:solidFill><a:srgbClr val="4285F4"/></a:solidFill></a:ln></c:spPr>'
        '<c:marker><c:symbol val="none"/></c:marker>'
        "<c:cat><c:strRef><c:f>Referrals!$A$2:$A$5</c:f></c:strRef></c:cat>"
        "<c:val><c:numRef><c:f>Referrals!$B$2:$B$5</c:f></c:numRef></c:val><c:smooth val=\"0\"/></c:ser>"
    )
    axis_text = '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr lvl="0"><a:defRPr b="0"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:latin typeface="Roboto"/></a:defRPr></a:pPr></a:p></c:txPr>'
    return (
        f'{XML}<c:chartSpace xmlns:c="{C}" xmlns:a="{A}" xmlns:r="{R}" xmlns:c16r2="http://schemas.microsoft.com/office/drawing/2015/06/chart">'
        '<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr lvl="0"><a:defRPr b="0"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>'
        '<a:latin typeface="Roboto"/></a:defRPr></a:pPr><a:r><a:rPr b="0"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:latin typeface="Roboto"/>'
        '</a:rPr><a:t>Referrals by month</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>'
        f'<c:plotArea><c:layout/><c:lineChart><c:varyColors val="0"/>{ser}<c:axId val="1001"/><c:axId val="1002"/></c:lineChart>'
        '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>'
        f'<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>{axis_text}'
        '<c:crossAx val="1002"/></c:catAx>'
        '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>'
        '<c:majorGridlines><c:spPr><a:ln><a:solidFill><a:srgbClr val="B7B7B7"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>'
        f'<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>{axis_text}'
        '<c:crossAx val="1001"/><c:crosses val="max"/></c:valAx></c:plotArea>'
        '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="zero"/></c:chart>'
        "</c:chartSpace>"
    )


def _drawing() -> str:
    return (
        f'{XML}<xdr:wsDr xmlns:xdr="{XDR}" xmlns:a="{A}" xmlns:r="{R}" xmlns:c="{C}" '
        'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
        'xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
        'xmlns:x3Unk="http://schemas.microsoft.com/office/drawing/2010/slicer" '
        'xmlns:sle15="http://schemas.microsoft.com/office/drawing/2012/slicer">'
        '<xdr:oneCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
        '<xdr:ext cy="3533775" cx="5715000"/><xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id="1" name="Chart 1" title="Chart"/>'
        '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off y="0" x="0"/><a:ext cy="0" cx="0"/></xdr:xfrm>'
        f'<a:graphic><a:graphicData uri="{C}"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>'
        "<xdr:clientData fLocksWithSheet=\"0\"/></xdr:oneCellAnchor></xdr:wsDr>"
    )


def build(path: str) -> None:
    strings = SharedStrings()
    tracker = _sheet(
        TRACKER,
        strings,
        lambda r, c: 1 if r == 1 else 3 if c == 4 else 2,
        '<conditionalFormatting sqref="D2:D5"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0.65</formula></cfRule></conditionalFormatting>'
        '<conditionalFormatting sqref="D2:D5"><cfRule type="cellIs" dxfId="1" priority="2" operator="greaterThanOrEqual"><formula>0.65</formula></cfRule></conditionalFormatting>'
        '<dataValidations><dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showDropDown="1" showErrorMessage="1" sqref="B2:C5"><formula1>0.0</formula1></dataValidation></dataValidations>'
        '<drawing r:id="rId1"/>',
        '<col customWidth="1" min="1" max="1" width="14.5"/><col customWidth="1" min="3" max="3" width="18.38"/>',
    )
    data_rows = [DATA_HEADERS] + [[c, month_text(p), a or None, v, n or None] for c, p, a, v, n in DATA]
    data = _sheet(
        data_rows,
        strings,
        lambda r, c: 1 if r == 1 else 2,
        f'<autoFilter ref="A1:E{len(data_rows)}"/>'
        f'<dataValidations><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="A2:A{len(data_rows)}">'
        '<formula1>"UNALLOC28,IA_OOT,CA_OOT"</formula1></dataValidation></dataValidations>',
        '<col customWidth="1" min="5" max="5" width="30.0"/>',
    )
    sheet_ct = f"{CT}.spreadsheetml.worksheet+xml"
    parts = {
        "xl/drawings/drawing1.xml": _drawing(),
        "xl/charts/chart1.xml": _chart(),
        "xl/drawings/_rels/drawing1.xml.rels": rels(("rId1", "chart", "../charts/chart1.xml")),
        "xl/worksheets/sheet1.xml": tracker,
        "xl/worksheets/_rels/sheet1.xml.rels": rels(("rId1", "drawing", "../drawings/drawing1.xml")),
        "xl/worksheets/sheet2.xml": data,
        "xl/sharedStrings.xml": XML + strings.xml(MAIN),
        "xl/styles.xml": _styles(),
        "xl/theme/theme1.xml": theme_xml,
        "xl/workbook.xml": (
            f'{XML}<workbook xmlns="{MAIN}" xmlns:r="{R}"><workbookPr/><sheets>'
            '<sheet state="visible" name="Referrals" sheetId="1" r:id="rId4"/>'
            '<sheet state="visible" name="IndicatorData" sheetId="2" r:id="rId5"/></sheets>'
            f'<definedNames><definedName hidden="1" localSheetId="1" name="_xlnm._FilterDatabase">IndicatorData!$A$1:$E${len(data_rows)}</definedName>'
            "</definedNames><calcPr/></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": rels(
            ("rId1", "theme", "theme/theme1.xml"),
            ("rId2", "styles", "styles.xml"),
            ("rId3", "sharedStrings", "sharedStrings.xml"),
            ("rId4", "worksheet", "worksheets/sheet1.xml"),
            ("rId5", "worksheet", "worksheets/sheet2.xml"),
        ),
        "_rels/.rels": rels(("rId1", "officeDocument", "xl/workbook.xml")),
        "[Content_Types].xml": (
            f'{XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default ContentType="application/xml" Extension="xml"/>'
            '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
            f'<Override ContentType="{sheet_ct}" PartName="/xl/worksheets/sheet1.xml"/>'
            f'<Override ContentType="{sheet_ct}" PartName="/xl/worksheets/sheet2.xml"/>'
            f'<Override ContentType="{CT}.theme+xml" PartName="/xl/theme/theme1.xml"/>'
            f'<Override ContentType="{CT}.drawing+xml" PartName="/xl/drawings/drawing1.xml"/>'
            f'<Override ContentType="{CT}.drawingml.chart+xml" PartName="/xl/charts/chart1.xml"/>'
            f'<Override ContentType="{CT}.spreadsheetml.styles+xml" PartName="/xl/styles.xml"/>'
            f'<Override ContentType="{CT}.spreadsheetml.sharedStrings+xml" PartName="/xl/sharedStrings.xml"/>'
            f'<Override ContentType="{CT}.spreadsheetml.sheet.main+xml" PartName="/xl/workbook.xml"/>'
            "</Types>"
        ),
    }
    write_package(path, parts)
