"""Writes the corpus of input workbooks under test/xlsx/corpus/books/, one per producer.

Run from the repository root: python3 scripts/corpus/generate.py
Needs python3-openpyxl, python3-pil and libreoffice-calc (Debian), and `npm ci` done for the
excelts workbook. The outputs are committed; CI does not run this.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "..", "test", "xlsx", "corpus", "books")

import excel_shaped  # noqa: E402
import google_shaped  # noqa: E402
import libreoffice_book  # noqa: E402
import openpyxl_book  # noqa: E402

ROOT = os.path.join(HERE, "..", "..")


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    openpyxl_book.build(os.path.join(OUT, "openpyxl.xlsx"))
    libreoffice_book.build(os.path.join(OUT, "libreoffice.xlsx"))
    excel_shaped.build(os.path.join(OUT, "excel.xlsm"))
    google_shaped.build(os.path.join(OUT, "google-sheets.xlsx"))
    subprocess.run(
        ["npx", "tsx", "scripts/corpus/excelts-book.ts", os.path.join(OUT, "excelts.xlsx")], cwd=ROOT, check=True
    )
    for name in sorted(os.listdir(OUT)):
        print(f"{name}: {os.path.getsize(os.path.join(OUT, name)):,} bytes")


if __name__ == "__main__":
    main()
