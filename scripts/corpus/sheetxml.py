"""Cells, rows and shared strings written as Excel writes them."""
from package import esc


def col(n: int) -> str:
    """1 -> A, 27 -> AA."""
    name = ""
    while n:
        n, rest = divmod(n - 1, 26)
        name = chr(65 + rest) + name
    return name


class SharedStrings:
    """The workbook's shared string table; `index` adds a string once."""

    def __init__(self) -> None:
        self.strings: list = []
        self.uses = 0

    def index(self, text: str) -> int:
        self.uses += 1
        if text not in self.strings:
            self.strings.append(text)
        return self.strings.index(text)

    def xml(self, main_ns: str) -> str:
        items = "".join(f"<si><t>{esc(s)}</t></si>" for s in self.strings)
        return f'<sst xmlns="{main_ns}" count="{self.uses}" uniqueCount="{len(self.strings)}">{items}</sst>'


def cell(ref: str, value, strings: SharedStrings, style: int = 0, number_text=str) -> str:
    """One `<c>`: text through the shared strings, numbers as `<v>`, `("=", formula, cached)` as a formula."""
    s = f' s="{style}"' if style else ""
    if value is None or value == "":
        return f'<c r="{ref}"{s}/>' if style else ""
    if isinstance(value, tuple):
        _, formula, cached = value
        return f'<c r="{ref}"{s}><f>{esc(formula)}</f><v>{number_text(cached)}</v></c>'
    if isinstance(value, str):
        return f'<c r="{ref}"{s} t="s"><v>{strings.index(value)}</v></c>'
    return f'<c r="{ref}"{s}><v>{number_text(value)}</v></c>'


def rows_xml(rows: list, strings: SharedStrings, styles=None, number_text=str, row_attrs: str = "") -> str:
    """`<row>`s for a list of value lists starting at A1; `styles(r, c)` gives a cell's style index."""
    out = []
    for r, values in enumerate(rows, start=1):
        cells = "".join(
            cell(f"{col(c)}{r}", v, strings, styles(r, c) if styles else 0, number_text)
            for c, v in enumerate(values, start=1)
        )
        out.append(f'<row r="{r}" spans="1:{len(values)}"{row_attrs}>{cells}</row>')
    return "".join(out)
