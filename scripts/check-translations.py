#!/usr/bin/env python3
"""Checks the translations beyond completeness (ctest: translations_*).

    scripts/check-translations.py ROOT glossary|particles|unfinished|register

glossary    translations/GLOSSARY.md against opsconsole_ko.ts: a glossary term's English source has no
            other Korean rendering, forbidden renderings never appear, and a Korean term marked
            "only" means nothing else.
particles   no fallback particle (을(를), 이(가), 은(는), (으)로) and no particle right after a
            placeholder whose form depends on the value (%1을, "%1"이, %1로).
unfinished  no .ts file in translations/ has an unfinished, vanished or empty entry (the English
            file's plural forms included).
register    error fragments (lower-case English, shown after "…: " in a longer message) are -음/-함
            or a noun phrase, never 합니다체.
Exit status 1 and one line per problem when something is wrong.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET


def entries(path):
    """(context, source, comment, [translations], finished) of every message."""
    out = []
    for ctx in ET.parse(path).getroot().findall('context'):
        name = ctx.find('name').text
        for msg in ctx.findall('message'):
            source = msg.find('source').text or ''
            comment_el = msg.find('comment')
            comment = comment_el.text if comment_el is not None else ''
            tr = msg.find('translation')
            if msg.get('numerus') == 'yes':
                forms = [n.text or '' for n in tr.findall('numerusform')]
            else:
                forms = [tr.text or '']
            finished = tr.get('type') not in ('unfinished', 'vanished', 'obsolete') and all(forms)
            out.append((name, source, comment or '', forms, finished))
    return out


def phrase_matcher(phrase):
    """'down {health state}' -> (regex for 'down', ['health', 'state']); '*' matches everything."""
    note = []
    m = re.match(r'^(.*?)\s*\{(.*)\}\s*$', phrase)
    if m:
        phrase, note = m.group(1), m.group(2).lower().split()
    if phrase.strip() == '*':
        return None, note
    body = re.escape(phrase.strip()).replace(r'%1', r'%\d')
    return re.compile(r'(?<![A-Za-z])' + body + r'(?![A-Za-z])', re.IGNORECASE), note


def read_glossary(path):
    rows = []
    text = open(path, encoding='utf-8').read()
    in_table = False
    for line in text.splitlines():
        if line.startswith('| English |'):
            in_table = True
            continue
        if in_table:
            if not line.startswith('|'):
                break
            if line.startswith('|---'):
                continue
            cells = [c.strip() for c in line.strip().strip('|').split('|')]
            english, korean, forbidden, only = cells[0], cells[1], cells[2], cells[3]
            rows.append({
                'english': english,
                'phrases': [phrase_matcher(p) for p in english.split(' / ') if p.strip()],
                'korean': korean,
                'not': [n.strip() for n in forbidden.split(' / ') if n.strip()],
                'only': only.lower() == 'yes',
            })
    return rows


def source_matches(row, context, source, comment):
    where = (context + ' ' + comment).lower()
    for regex, note in row['phrases']:
        if note and not all(word in where for word in note):
            continue
        if regex is None or regex.search(source):
            return True
    return False


def check_glossary(root):
    problems = []
    rows = read_glossary(os.path.join(root, 'translations', 'GLOSSARY.md'))
    if len(rows) < 20:
        problems.append(f'GLOSSARY.md: only {len(rows)} rows read; is the table there?')
    ko = entries(os.path.join(root, 'translations', 'opsconsole_ko.ts'))
    for context, source, comment, forms, _ in ko:
        for form in forms:
            identical = form == source  # symbols and names kept as they are (×2, ÷2, PromQL)
            for row in rows:
                matched = source_matches(row, context, source, comment)
                is_global = any(regex is None for regex, _ in row['phrases'])
                if matched and not is_global and row['korean'] and row['korean'] not in form:
                    problems.append(f'{context}: "{source}" → "{form}": "{row["english"]}" is {row["korean"]}')
                if (matched or is_global) and not identical:
                    for bad in row['not']:
                        # Another concept of the same source may own the word (maintenance → 점검).
                        owned = any(bad in r['korean'] and r['korean'] and source_matches(r, context, source, comment)
                                    for r in rows)
                        if bad in form and not owned:
                            problems.append(f'{context}: "{source}" → "{form}": not "{bad}" ({row["english"]} is {row["korean"]})')
            # A Korean term reserved for one concept appears only where that concept is.
            for row in rows:
                # As a word: 다운 in 쿨다운 is not 다운.
                if not row['only'] or not re.search('(?<![가-힣])' + re.escape(row['korean']), form):
                    continue
                owners = [r for r in rows if row['korean'] in r['korean']]
                if not any(source_matches(r, context, source, comment) for r in owners):
                    problems.append(f'{context}: "{source}" → "{form}": {row["korean"]} is only for '
                                    f'{" / ".join(r["english"] for r in owners)}')
    return problems


FALLBACK = re.compile(r'을\(를\)|를\(을\)|이\(가\)|가\(이\)|은\(는\)|는\(은\)|\(으\)로|\(이\)')
# A particle right after a placeholder (or after a closing quote around it): its form depends on the value.
DEPENDENT = re.compile(r'(?:%\d|%n|%L\d)["\'”’]?(을|를|이|가|은|는|와|과|으로|로|이며|이나|이고|이라는|라는|이라|였|이었)(?![가-힣])')


def check_particles(root):
    problems = []
    for context, source, _, forms, _ in entries(os.path.join(root, 'translations', 'opsconsole_ko.ts')):
        for form in forms:
            if FALLBACK.search(form):
                problems.append(f'{context}: "{form}": fallback particle')
            elif DEPENDENT.search(form):
                problems.append(f'{context}: "{form}": the particle after the placeholder depends on its value')
    return problems


def check_unfinished(root):
    problems = []
    files = sorted(glob.glob(os.path.join(root, 'translations', '*.ts')))
    if not files:
        problems.append('no .ts files')
    for path in files:
        for context, source, _, _, finished in entries(path):
            if not finished:
                problems.append(f'{os.path.basename(path)}: {context}: "{source}" is unfinished or empty')
    return problems


def check_register(root):
    problems = []
    for context, source, comment, forms, _ in entries(os.path.join(root, 'translations', 'opsconsole_ko.ts')):
        fragment = source[:1].islower() or 'fragment' in comment
        if not fragment or source.endswith(('.', '?')):
            continue
        for form in forms:
            if re.search(r'(니다|세요|까요)[.)]?$', form.strip()):
                problems.append(f'{context}: "{source}" → "{form}": an embedded fragment takes -음/-함, not 합니다체')
    return problems


def main():
    root, what = sys.argv[1], sys.argv[2]
    check = {'glossary': check_glossary, 'particles': check_particles, 'unfinished': check_unfinished,
             'register': check_register}[what]
    problems = check(root)
    for p in problems:
        print(p)
    print(f'{what}: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
