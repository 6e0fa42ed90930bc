"""Writes an Open Packaging Conventions zip from part names and contents, the way Office lays it out."""
import zipfile

XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def rels(*items: tuple) -> str:
    """A relationships part from (id, type suffix or full URI, target[, external]) tuples."""
    out = []
    for item in items:
        rid, kind, target = item[:3]
        uri = kind if kind.startswith("http") else f"{REL_NS}/{kind}"
        mode = ' TargetMode="External"' if len(item) > 3 and item[3] else ""
        out.append(f'<Relationship Id="{rid}" Type="{uri}" Target="{esc(target)}"{mode}/>')
    return f'{XML}<Relationships xmlns="{PKG_REL_NS}">{"".join(out)}</Relationships>'


def write_package(path: str, parts: dict) -> None:
    """Writes `parts` (name -> str or bytes) in the given order, deflated, with a fixed timestamp so reruns match."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content.encode("utf-8") if isinstance(content, str) else content)
