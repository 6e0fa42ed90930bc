"""The workbook LibreOffice Calc writes: a flat OpenDocument spreadsheet (.fods) written here,
converted by `libreoffice --headless --convert-to xlsx`. It carries a line chart, a conditional
style (exported as conditional formatting with a dxf), a named cell style, a validity rule,
a comment, merged cells, a named range, database ranges and a date number format."""
import os
import shutil
import subprocess
import tempfile

from figures import DATA, DATA_HEADERS, INDICATOR_HEADERS, INDICATORS
from package import esc

NS = " ".join(
    f'xmlns:{p}="{u}"'
    for p, u in {
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
        "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
        "xlink": "http://www.w3.org/1999/xlink",
        "dc": "http://purl.org/dc/elements/1.1/",
        "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
        "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
        "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
        "chart": "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
        "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
        "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
        "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
    }.items()
)
TEAMS = [("East Kent", 21, 19, 24, 20), ("Mid Kent", 18, 22, 25, 23), ("West Kent", 24, 22, 20, 20)]


def _cell(value, style: str = "") -> str:
    s = f' table:style-name="{style}"' if style else ""
    if style == "caseload":
        s += ' table:content-validation-name="val1"'
    if value is None or value == "":
        return f"<table:table-cell{s}/>"
    if hasattr(value, "isoformat"):
        return f'<table:table-cell{s} office:value-type="date" office:date-value="{value.isoformat()}"><text:p>{value:%b %Y}</text:p></table:table-cell>'
    if isinstance(value, (int, float)):
        return f'<table:table-cell{s} office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    return f'<table:table-cell{s} office:value-type="string"><text:p>{esc(value)}</text:p></table:table-cell>'


def _row(values, styles=None) -> str:
    return "<table:table-row>" + "".join(_cell(v, (styles or {}).get(i, "")) for i, v in enumerate(values)) + "</table:table-row>"


def _chart() -> str:
    series = "".join(
        f'<chart:series chart:style-name="line" chart:values-cell-range-address="Caseload.B{r}:Caseload.E{r}" '
        f'chart:label-cell-address="Caseload.A{r}" chart:class="chart:line"/>'
        for r in (2, 3, 4)
    )
    return (
        '<draw:frame draw:z-index="0" draw:name="Caseload chart" svg:width="12cm" svg:height="7cm" svg:x="0cm" svg:y="0cm" '
        'table:end-cell-address="Caseload.N20" table:end-x="0cm" table:end-y="0cm">'
        '<draw:object><office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart">'
        '<office:automatic-styles><style:style style:name="line" style:family="chart"><style:graphic-properties draw:stroke="solid" svg:stroke-width="0.08cm"/></style:style></office:automatic-styles>'
        '<office:body><office:chart><chart:chart svg:width="12cm" svg:height="7cm" chart:class="chart:line">'
        "<chart:title><text:p>Caseload per caseholder</text:p></chart:title>"
        '<chart:legend chart:legend-position="bottom"/>'
        '<chart:plot-area table:cell-range-address="Caseload.A1:Caseload.E4" chart:data-source-has-labels="both">'
        '<chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories table:cell-range-address="Caseload.B1:Caseload.E1"/></chart:axis>'
        '<chart:axis chart:dimension="y" chart:name="primary-y"><chart:grid chart:class="major"/></chart:axis>'
        f"{series}</chart:plot-area></chart:chart></office:chart></office:body></office:document></draw:object></draw:frame>"
    )


def fods() -> str:
    caseload = [_row(["Team", "Jul", "Aug", "Sep", "Oct"], {i: "header" for i in range(5)})]
    caseload += [_row(list(t), {i: "caseload" for i in range(1, 5)}) for t in TEAMS]
    caseload.append(
        '<table:table-row><table:table-cell table:number-columns-spanned="5" office:value-type="string">'
        "<text:p>Target: 20 cases per caseholder</text:p><office:annotation><dc:creator>Analyst</dc:creator>"
        "<text:p>From the monthly workforce return.</text:p></office:annotation></table:table-cell>"
        '<table:covered-table-cell table:number-columns-repeated="4"/></table:table-row>'
    )
    data = [_row(DATA_HEADERS, {i: "header" for i in range(5)})]
    data += [_row([c, p, a, v, n], {1: "month"}) for c, p, a, v, n in DATA]
    indicators = [_row(INDICATOR_HEADERS, {i: "header" for i in range(len(INDICATOR_HEADERS))})]
    indicators += [_row(list(r)) for r in INDICATORS]
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
        "<office:meta><dc:title>Caseload and indicators</dc:title><meta:initial-creator>Performance team</meta:initial-creator></office:meta>"
        "<office:styles>"
        '<style:style style:name="Default" style:family="table-cell"/>'
        '<style:style style:name="Over target" style:family="table-cell" style:parent-style-name="Default">'
        '<style:table-cell-properties fo:background-color="#ffc7ce"/><style:text-properties fo:color="#9c0006"/></style:style>'
        "</office:styles>"
        "<office:automatic-styles>"
        '<number:date-style style:name="monthYear"><number:month number:textual="true"/><number:text> </number:text><number:year number:style="long"/></number:date-style>'
        '<style:style style:name="month" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="monthYear"/>'
        '<style:style style:name="header" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="caseload" style:family="table-cell" style:parent-style-name="Default">'
        '<style:map style:condition="cell-content()&gt;20" style:apply-style-name="Over target" style:base-cell-address="Caseload.B2"/></style:style>'
        "</office:automatic-styles>"
        "<office:body><office:spreadsheet>"
        '<table:content-validations><table:content-validation table:name="val1" '
        'table:condition="of:cell-content-is-whole-number() and of:cell-content()&gt;=0" table:allow-empty-cell="true" '
        'table:base-cell-address="Caseload.B2"><table:error-message table:display="true" table:message-type="stop">'
        "<text:p>A caseload is a whole number.</text:p></table:error-message></table:content-validation></table:content-validations>"
        '<table:table table:name="Caseload"><table:shapes>' + _chart() + "</table:shapes>"
        '<table:table-column table:number-columns-repeated="5"/>' + "".join(caseload) + "</table:table>"
        '<table:table table:name="IndicatorData"><table:table-column table:number-columns-repeated="5"/>' + "".join(data) + "</table:table>"
        '<table:table table:name="Indicators"><table:table-column table:number-columns-repeated="8"/>' + "".join(indicators) + "</table:table>"
        '<table:named-expressions><table:named-range table:name="TeamCounts" table:base-cell-address="$Caseload.$A$1" '
        'table:cell-range-address="$Caseload.$B$2:.$E$4"/></table:named-expressions>'
        "<table:database-ranges>"
        f'<table:database-range table:name="IndicatorData" table:target-range-address="IndicatorData.A1:IndicatorData.E{len(DATA) + 1}" table:display-filter-buttons="true"/>'
        f'<table:database-range table:name="Indicators" table:target-range-address="Indicators.A1:Indicators.H{len(INDICATORS) + 1}" table:display-filter-buttons="true"/>'
        "</table:database-ranges>"
        "</office:spreadsheet></office:body></office:document>"
    )


def build(path: str) -> None:
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "libreoffice.fods")
        with open(source, "w", encoding="utf-8") as f:
            f.write(fods())
        profile = f"file://{os.path.join(work, 'profile')}"
        subprocess.run(
            ["libreoffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", work, source],
            check=True, capture_output=True, timeout=180,
        )
        shutil.copyfile(os.path.join(work, "libreoffice.xlsx"), path)
