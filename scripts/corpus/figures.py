"""The figures every corpus workbook carries: a few months for three of the catalogue's indicators.

The October 2012 counts are the ones the progress report gives (63 initial and
78 core assessments out of timescale); the earlier months are made up but plausible.
"""
from datetime import date

# Code, Period (first of the month), Area, Value, Note
DATA = [
    ("UNALLOC28", date(2012, 7, 1), "", 0, "No cases over 28 days"),
    ("UNALLOC28", date(2012, 8, 1), "", 0, ""),
    ("UNALLOC28", date(2012, 9, 1), "", 0, ""),
    ("UNALLOC28", date(2012, 10, 1), "", 0, ""),
    ("IA_OOT", date(2012, 7, 1), "", 41, ""),
    ("IA_OOT", date(2012, 8, 1), "", 48, ""),
    ("IA_OOT", date(2012, 9, 1), "", 57, ""),
    ("IA_OOT", date(2012, 10, 1), "", 63, "Rising month on month since June"),
    ("CA_OOT", date(2012, 7, 1), "", 61, ""),
    ("CA_OOT", date(2012, 8, 1), "", 70, ""),
    ("CA_OOT", date(2012, 9, 1), "", 78, ""),
    ("CA_OOT", date(2012, 10, 1), "", 78, "Level since September"),
]
DATA_HEADERS = ["Code", "Period", "Area", "Value", "Note"]

INDICATOR_HEADERS = ["Code", "Indicator", "Unit", "Polarity", "Target", "Target date", "Internal target", "Dashboard"]
INDICATORS = [
    ("UNALLOC28", "Cases unallocated for over 28 days", "count", "lower", 200, "Aug 2011", None, "yes"),
    ("IA_OOT", "Initial assessments in progress out of timescale", "count", "lower", 200, "Aug 2011", 100, "yes"),
    ("CA_OOT", "Core assessments in progress out of timescale", "count", "lower", 100, "Aug 2011", None, "yes"),
]

EXCEL_EPOCH = date(1899, 12, 30)


def serial(day: date) -> int:
    """The Excel date serial of a day (1900 date system)."""
    return (day - EXCEL_EPOCH).days


def month_text(day: date) -> str:
    """'Oct 2012'."""
    return day.strftime("%b %Y")
