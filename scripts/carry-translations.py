#!/usr/bin/env python3
"""Carries translations over to entries whose source text moved to another translator context.

    scripts/carry-translations.py translations/opsconsole_ko.ts

Run it after lupdate *without* -no-obsolete (scripts/update-translations.sh does): an entry that is
unfinished, but whose exact source text (and numerus kind) has a finished or vanished translation in
another context (its own context's first, when only the comment changed), takes that translation and
stays marked unfinished only when the source had a disambiguation comment (the words may mean
something else there). Prints what it carried.
"""
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    path = sys.argv[1]
    tree = ET.parse(path)
    known = {}
    known_here = {}  # the same context's own old translation wins (a comment added to a source)
    for ctx in tree.getroot().findall("context"):
        ctx_name = ctx.find("name").text
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") == "unfinished":
                continue
            source = msg.find("source").text or ""
            key = (source, msg.get("numerus") == "yes")
            forms = [n.text for n in tr.findall("numerusform")] if key[1] else [tr.text]
            if all(forms):
                known.setdefault(key, forms)
                known_here.setdefault((ctx_name,) + key, forms)
    carried = 0
    for ctx in tree.getroot().findall("context"):
        name = ctx.find("name").text
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            source = msg.find("source").text or ""
            key = (source, msg.get("numerus") == "yes")
            forms = known_here.get((name,) + key, known.get(key))
            if forms is None:
                continue
            for child in list(tr):
                tr.remove(child)
            if key[1]:
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = forms[0]
            if msg.find("comment") is None:
                tr.attrib.pop("type", None)
            carried += 1
            print(f"carried into {name}: {source[:70]}")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"carried {carried} translation(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
