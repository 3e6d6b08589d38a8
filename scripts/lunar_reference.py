#!/usr/bin/env python3
"""Writes the independent reference for the lunar-calendar test of quytrinh-calendar.

For each year 1990-2040 it prints Tết (1/1 lunar) and Giỗ Tổ Hùng Vương (10/3 lunar) as
given by the PyPI package `holidays` (its Vietnamese lunisolar calendar, UTC+7: a table of
dates with Vietnam's own corrections such as Tết 1985 and 2007, not an astronomical
computation, so it is independent of the Rust code). The Rust test
`tests/lunar_reference.rs` compares the crate against the file.

    pip install 'holidays==0.109' && python3 scripts/lunar_reference.py          # rewrite
    pip install 'holidays==0.109' && python3 scripts/lunar_reference.py --check  # CI: diff only
"""

import sys
from pathlib import Path

# The package keeps its lunisolar tables in this module; it is the only use of it.
from holidays.calendars.chinese import VIETNAMESE_CALENDAR, _ChineseLunisolar

OUT = Path(__file__).resolve().parent.parent / "crates/quytrinh-calendar/tests/data/lunar-reference.tsv"
YEARS = range(1990, 2041)


def render() -> str:
    cal = _ChineseLunisolar(VIETNAMESE_CALENDAR)
    lines = [
        "# Tết and Giỗ Tổ Hùng Vương in Vietnam (UTC+7), from the PyPI package `holidays`.",
        "# Written by scripts/lunar_reference.py; do not edit by hand.",
        "year\ttet\thung_kings",
    ]
    for year in YEARS:
        tet, _ = cal.lunar_new_year_date(year)
        hung, _ = cal.hung_kings_date(year)
        if tet is None or hung is None:
            sys.exit(f"holidays has no date for {year}")
        lines.append(f"{year}\t{tet:%d/%m/%Y}\t{hung:%d/%m/%Y}")
    return "\n".join(lines) + "\n"


def main() -> int:
    text = render()
    if "--check" in sys.argv[1:]:
        old = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if old != text:
            print(f"{OUT} differs from the holidays package; rerun without --check", file=sys.stderr)
            return 1
        print(f"{OUT.name}: {len(YEARS)} years agree with the holidays package")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(YEARS)} years)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
