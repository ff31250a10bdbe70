#!/usr/bin/env python3
"""Reads an office file (XLSX, PPTX, DOCX) the way another program would, with
Python's own zipfile and XML parser, checks the package and prints what it
holds as JSON for the office tests:

  office-check.py FILE        -> {"errors": [...], "parts": [...], "xlsx": {...} | "pptx": {...}}
  office-check.py --zip FILE  -> {"errors": [...], "entries": {"name": "text or null", ...}}

errors is empty when the ZIP is sound (every CRC checks), every XML part is
well formed, every part has a content type, every Override names a part that
exists and every internal relationship points at a part that exists.
"""

import json
import posixpath
import struct
import sys
import zipfile
from xml.dom import minidom

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def elements(node, ns, name):
    return node.getElementsByTagNameNS(ns, name)


def text_of(node):
    out = []
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            out.append(child.data)
        else:
            out.append(text_of(child))
    return "".join(out)


def rels_path(part):
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def relationships(z, docs, part):
    """{id: (type, absolute target)} of a part."""
    path = rels_path(part)
    if path not in docs:
        return {}
    out = {}
    for r in elements(docs[path], NS_PKG_REL, "Relationship"):
        target = r.getAttribute("Target")
        if r.getAttribute("TargetMode") == "External":
            continue
        if target.startswith("/"):
            absolute = target[1:]
        else:
            absolute = posixpath.normpath(posixpath.join(posixpath.dirname(part), target))
        out[r.getAttribute("Id")] = (r.getAttribute("Type"), absolute)
    return out


def png_info(data):
    info = {"width": None, "height": None, "dpi_x": None, "dpi_y": None}
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return info
    pos = 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            info["width"], info["height"] = struct.unpack(">II", body[:8])
        elif kind == b"pHYs":
            x, y, unit = struct.unpack(">IIB", body[:9])
            if unit == 1:
                info["dpi_x"] = round(x * 0.0254, 2)
                info["dpi_y"] = round(y * 0.0254, 2)
        elif kind == b"IDAT":
            break
        pos += 12 + length
    return info


def check_package(z, errors):
    docs = {}
    for name in z.namelist():
        if name.endswith(".xml") or name.endswith(".rels"):
            try:
                docs[name] = minidom.parseString(z.read(name))
            except Exception as e:  # noqa: BLE001 - any parse error is a finding
                errors.append("%s is not well-formed XML: %s" % (name, e))
    if "[Content_Types].xml" not in docs:
        errors.append("no [Content_Types].xml")
        return docs
    types = docs["[Content_Types].xml"]
    defaults = {d.getAttribute("Extension").lower() for d in elements(types, NS_CT, "Default")}
    overrides = {o.getAttribute("PartName").lstrip("/") for o in elements(types, NS_CT, "Override")}
    for part in overrides:
        if part not in z.namelist():
            errors.append("content type for a missing part: " + part)
    for name in z.namelist():
        if name == "[Content_Types].xml" or name.endswith("/"):
            continue
        ext = name.rsplit(".", 1)[-1].lower()
        if name not in overrides and ext not in defaults:
            errors.append("part without a content type: " + name)
    for name in list(docs):
        if not name.endswith(".rels"):
            continue
        folder = posixpath.dirname(posixpath.dirname(name))   # "a/b" of "a/b/_rels/c.xml.rels"
        for r in elements(docs[name], NS_PKG_REL, "Relationship"):
            if r.getAttribute("TargetMode") == "External":
                continue
            target = r.getAttribute("Target")
            if target.startswith("/"):
                absolute = target[1:]
            else:
                absolute = posixpath.normpath(posixpath.join(folder, target))
            if absolute not in z.namelist():
                errors.append("%s: %s points at a missing part %s" % (name, r.getAttribute("Id"), absolute))
    return docs


def column_index(ref):
    n = 0
    for ch in ref:
        if ch.isalpha():
            n = n * 26 + (ord(ch.upper()) - 64)
        else:
            break
    return n - 1


def read_xlsx(z, docs):
    book = docs["xl/workbook.xml"]
    rels = relationships(z, docs, "xl/workbook.xml")
    strings = []
    if "xl/sharedStrings.xml" in docs:
        for si in elements(docs["xl/sharedStrings.xml"], NS_MAIN, "si"):
            strings.append("".join(text_of(t) for t in elements(si, NS_MAIN, "t")))
    formats = {}
    xfs = []
    if "xl/styles.xml" in docs:
        styles = docs["xl/styles.xml"]
        for f in elements(styles, NS_MAIN, "numFmt"):
            formats[f.getAttribute("numFmtId")] = f.getAttribute("formatCode")
        cell_xfs = elements(styles, NS_MAIN, "cellXfs")
        if cell_xfs:
            for xf in elements(cell_xfs[0], NS_MAIN, "xf"):
                xfs.append(xf.getAttribute("numFmtId") or "0")
    names = {}
    for d in elements(book, NS_MAIN, "definedName"):
        names.setdefault(d.getAttribute("name"), []).append(text_of(d))
    sheets = []
    for s in elements(book, NS_MAIN, "sheet"):
        target = rels[s.getAttributeNS(NS_REL, "id")][1]
        doc = docs[target]
        sheet = {"name": s.getAttribute("name"), "rows": [], "widths": [], "frozen_rows": 0,
                 "paper": None, "fit_width": None, "fit_height": None, "orientation": None,
                 "autofilter": None, "header": None, "footer": None}
        for pane in elements(doc, NS_MAIN, "pane"):
            if pane.getAttribute("state") == "frozen":
                sheet["frozen_rows"] = int(float(pane.getAttribute("ySplit") or 0))
        for col in elements(doc, NS_MAIN, "col"):
            for i in range(int(col.getAttribute("min")), int(col.getAttribute("max")) + 1):
                sheet["widths"].append(float(col.getAttribute("width")))
        for setup in elements(doc, NS_MAIN, "pageSetup"):
            sheet["paper"] = setup.getAttribute("paperSize") or None
            sheet["fit_width"] = setup.getAttribute("fitToWidth") or "1"
            sheet["fit_height"] = setup.getAttribute("fitToHeight") or "1"
            sheet["orientation"] = setup.getAttribute("orientation") or None
        for pr in elements(doc, NS_MAIN, "pageSetUpPr"):
            sheet["fit_to_page"] = pr.getAttribute("fitToPage")
        for af in elements(doc, NS_MAIN, "autoFilter"):
            sheet["autofilter"] = af.getAttribute("ref")
        for h in elements(doc, NS_MAIN, "oddHeader"):
            sheet["header"] = text_of(h)
        for f in elements(doc, NS_MAIN, "oddFooter"):
            sheet["footer"] = text_of(f)
        for row in elements(doc, NS_MAIN, "row"):
            cells = []
            for c in elements(row, NS_MAIN, "c"):
                index = column_index(c.getAttribute("r"))
                while len(cells) < index:
                    cells.append(None)
                kind = c.getAttribute("t") or "n"
                v = elements(c, NS_MAIN, "v")
                value = text_of(v[0]) if v else None
                if kind == "s" and value is not None:
                    value = strings[int(value)]
                elif kind == "inlineStr":
                    value = "".join(text_of(t) for t in elements(c, NS_MAIN, "t"))
                style = int(c.getAttribute("s") or 0)
                fmt_id = xfs[style] if style < len(xfs) else "0"
                cells.append({"t": kind, "v": value, "fmt": formats.get(fmt_id, fmt_id)})
            sheet["rows"].append({"r": int(row.getAttribute("r")), "ht": row.getAttribute("ht") or None,
                                  "cells": cells})
        sheets.append(sheet)
    return {"sheets": sheets, "defined_names": names}


def paragraphs(node):
    out = []
    for p in elements(node, NS_A, "p"):
        out.append("".join(text_of(t) for t in elements(p, NS_A, "t")))
    return out


def read_pptx(z, docs):
    pres = docs["ppt/presentation.xml"]
    rels = relationships(z, docs, "ppt/presentation.xml")
    size = elements(pres, NS_P, "sldSz")[0]
    out = {"width": int(size.getAttribute("cx")), "height": int(size.getAttribute("cy")), "slides": []}
    for sid in elements(pres, NS_P, "sldId"):
        part = rels[sid.getAttributeNS(NS_REL, "id")][1]
        doc = docs[part]
        slide_rels = relationships(z, docs, part)
        slide = {"part": part, "title": None, "placeholders": [], "texts": [], "pictures": [], "layout": None}
        for rid, (kind, target) in slide_rels.items():
            if kind.endswith("/slideLayout"):
                layout = docs[target]
                slide["layout"] = elements(layout, NS_P, "sldLayout")[0].getAttribute("type")
        for sp in elements(doc, NS_P, "sp"):
            ph = elements(sp, NS_P, "ph")
            texts = paragraphs(sp)
            slide["texts"].extend(texts)
            if ph:
                kind = ph[0].getAttribute("type") or "body"
                slide["placeholders"].append({"type": kind, "text": texts})
                if kind in ("title", "ctrTitle"):
                    slide["title"] = "\n".join(texts)
        for pic in elements(doc, NS_P, "pic"):
            off = elements(pic, NS_A, "off")[0]
            ext = elements(pic, NS_A, "ext")[0]
            blip = elements(pic, NS_A, "blip")[0]
            target = slide_rels[blip.getAttributeNS(NS_REL, "embed")][1]
            info = png_info(z.read(target))
            info.update({"x": int(off.getAttribute("x")), "y": int(off.getAttribute("y")),
                         "cx": int(ext.getAttribute("cx")), "cy": int(ext.getAttribute("cy")),
                         "descr": elements(pic, NS_P, "cNvPr")[0].getAttribute("descr"),
                         "target": target})
            slide["pictures"].append(info)
        out["slides"].append(slide)
    return out


def main(argv):
    zip_only = len(argv) == 3 and argv[1] == "--zip"
    path = argv[-1]
    errors = []
    result = {"errors": errors}
    try:
        z = zipfile.ZipFile(path)
    except Exception as e:  # noqa: BLE001
        errors.append("not a ZIP archive: %s" % e)
        print(json.dumps(result, ensure_ascii=False))
        return 0
    bad = z.testzip()
    if bad is not None:
        errors.append("CRC error in " + bad)
    if zip_only:
        entries = {}
        for info in z.infolist():
            data = z.read(info)
            try:
                entries[info.filename] = data.decode("utf-8")
            except UnicodeDecodeError:
                entries[info.filename] = None
            if info.flag_bits & 0x800 == 0 and any(ord(ch) > 127 for ch in info.filename):
                errors.append("non-ASCII name without the UTF-8 flag: " + info.filename)
        result["entries"] = entries
        result["methods"] = {i.filename: i.compress_type for i in z.infolist()}
        print(json.dumps(result, ensure_ascii=False))
        return 0
    result["parts"] = z.namelist()
    docs = check_package(z, errors)
    try:
        if "xl/workbook.xml" in docs:
            result["xlsx"] = read_xlsx(z, docs)
        if "ppt/presentation.xml" in docs:
            result["pptx"] = read_pptx(z, docs)
    except Exception as e:  # noqa: BLE001
        errors.append("could not be read: %r" % e)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
