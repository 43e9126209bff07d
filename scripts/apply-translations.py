#!/usr/bin/env python3
"""Fills translations into a Qt .ts file from a JSON file.

    scripts/apply-translations.py translations/opsconsole_ko.ts korean.json

korean.json maps "Context\\tsource text" (or "Context\\tsource text\\tcomment" to pick one
of several entries with the same source) to the translation; numerus entries map to a list
of forms (Korean has one). Entries found are marked finished; others are left as they are.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    ts_path, json_path = sys.argv[1], sys.argv[2]
    with open(json_path, encoding="utf-8") as f:
        table = json.load(f)
    tree = ET.parse(ts_path)
    filled = 0
    for ctx in tree.getroot().findall("context"):
        name = ctx.find("name").text
        for msg in ctx.findall("message"):
            source = msg.find("source").text or ""
            comment_el = msg.find("comment")
            comment = comment_el.text if comment_el is not None else None
            value = None
            if comment is not None:
                value = table.get(f"{name}\t{source}\t{comment}")
            if value is None:
                value = table.get(f"{name}\t{source}")
            if value is None:
                continue
            tr = msg.find("translation")
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value if isinstance(value, str) else value[0]
            tr.attrib.pop("type", None)
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # Keep the DOCTYPE lupdate writes, so the file stays diff-friendly.
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"filled {filled} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
