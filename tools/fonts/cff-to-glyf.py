#!/usr/bin/env python3
"""Converts a CFF-outline OpenType font (.otf) to a TrueType font with glyf outlines (.ttf).

PDFsharp embeds only TrueType (glyf) fonts, and the open 仿宋 face (FandolFang) ships as CFF. Every glyph
is drawn through Cu2QuPen (cubic to quadratic curves, within 1 font unit) into a TTGlyphPen; the CFF table
is replaced by glyf/loca, maxp becomes version 1, head.glyphDataFormat 0, post format 2.
Glyph names, metrics and the cmap are kept, so the result maps the same characters to the same advances.

Usage (Debian python3-fonttools): /usr/bin/python3 tools/fonts/cff-to-glyf.py FandolFang-Regular.otf FandolFang-Regular.ttf
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERROR = 1.0  # font units: invisible at 16 pt (1000 units per em)


def convert(source: str, target: str) -> None:
    font = TTFont(source)
    if "CFF " not in font:
        raise SystemExit(f"{source}: no CFF table, nothing to convert")
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()

    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0

    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    convert(sys.argv[1], sys.argv[2])
