#!/usr/bin/env python3
"""Rebuilds the Chromium-printed PDF fixtures: each seed's report (as `lawreport import --json` reads it)
laid out as a plain web page and printed by Chromium's print-to-PDF, with its own header and footer
(date, title, address, page N/M). The shipped Droid Sans Fallback font is embedded so that the
result does not depend on the fonts of the machine.

usage: make-chromium-pdfs.py <folder of seed JSON files: 000.json …>   (writes chromium-NNN.pdf here)
"""
import html, json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
font = os.path.abspath(os.path.join(here, "../../../../../src/LawReport.Documents/Fonts/DroidSansFallbackFull.ttf"))
numerals = "一二三四五六七八九十"


def page(report):
    e = html.escape
    out = [f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{e(report['title'])}</title>
<style>@font-face {{ font-family: Report; src: url("file://{font}"); }}
body {{ font-family: Report; font-size: 16pt; line-height: 1.6; margin: 0 1cm; }}
h1 {{ font-size: 22pt; text-align: center; }} p {{ text-indent: 2em; margin: 0; text-align: justify; }}
.right {{ text-align: right; }}</style></head><body><h1>{e(report['title'])}</h1>"""]
    if report.get("addressee"):
        out.append(f"<p style='text-indent:0'>{e(report['addressee'])}：</p>")
    out += [f"<p>{e(p)}</p>" for p in report.get("preamble", [])]
    for s, section in enumerate(report["sections"]):
        out.append(f"<p>{numerals[s]}、{e(section['heading'])}</p>")
        n = 0
        for item in section["items"]:
            paragraphs = list(item.get("paragraphs", []))
            if item.get("heading"):
                n += 1
                first = paragraphs.pop(0) if paragraphs else ""
                out.append(f"<p>（{numerals[n - 1] if n <= 10 else n}）{e(item['heading'])}{e(first)}</p>")
            out += [f"<p>{e(p)}</p>" for p in paragraphs]
    out += [f"<p>{e(c)}</p>" for c in report.get("closing", [])]
    if report.get("signature"):
        out.append(f"<p class='right'>{e(report['signature'])}</p>")
    if report.get("dateWritten"):
        y, m, d = (int(x) for x in report["dateWritten"].split("-"))
        out.append(f"<p class='right'>{y}年{m}月{d}日</p>")
    if report.get("note"):
        out.append(f"<p>{e(report['note'])}</p>")
    out.append("</body></html>")
    return "\n".join(out)


for name in ["001.json", "003.json"]:  # one simplified, one traditional report
    seed = name[:3]
    with open(os.path.join(sys.argv[1], name), encoding="utf-8") as f:
        report = json.load(f)
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, f"report-{seed}.html")
        with open(source, "w", encoding="utf-8") as f:
            f.write(page(report))
        target = os.path.join(here, f"chromium-{seed}.pdf")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                        f"--print-to-pdf={target}", f"file://{source}"], check=True, capture_output=True)
        print(target, os.path.getsize(target))
