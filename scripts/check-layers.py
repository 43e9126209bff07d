#!/usr/bin/env python3
"""Checks the layering that docs/ARCHITECTURE.md describes; prints every breach and exits 1 on any.

1. Every quoted #include names its layer from the repository root ("models/...", "widgets/...",
   "app/...", "tests/...", "tools/..."); only moc outputs ("x.moc") are exempt.
2. Arrows point down: app -> widgets -> models, and inside models/ a folder includes only from
   itself and the folders before it in MODEL_ORDER.
3. models/ never includes Qt Widgets or Qt Charts headers.
4. No widget constructs a back end: no `new`/`make_unique`/`make_shared` of a source, store, worker,
   client, orchestrator, runner, assessor, verifier, QNetworkAccessManager or database connection.

Run by ctest (test `layers`) and by hand: scripts/check-layers.py [repository root].
"""
import os
import re
import sys

MODEL_ORDER = ['core', 'profiles', 'net', 'store', 'stack', 'sources', 'audit', 'metrics', 'health',
               'logs', 'scaling', 'incidents', 'maintenance', 'rollback', 'session']
TOP_ORDER = ['models', 'widgets', 'app']
LAYER_PREFIXES = ('models/', 'widgets/', 'app/', 'tests/', 'tools/')
INCLUDE = re.compile(r'^\s*#\s*include\s+([<"])([^">]+)[">]', re.M)
WIDGET_HEADERS = re.compile(r'^(QtWidgets/|QtCharts/|Q(Widget|Dialog|MainWindow|MessageBox|Label|PushButton|'
                            r'Wizard|Chart|ChartView|Application|LineEdit|ComboBox|TableView|Layout)\b)')
# Classes a view must receive, never build.
BACKEND = re.compile(r'\b(?:new\s+|make_(?:unique|shared)\s*<\s*)(?:Ops::)?(QNetworkAccessManager|'
                     r'\w*(?:Source|Store|Worker|Client|Orchestrator|Runner|Assessor|Verifier|Notifier|'
                     r'Session|Scraper|Watcher|Lock|Journal|ListenThread|HttpClient))\b')


def sources(root, folder):
    for base, _dirs, files in os.walk(os.path.join(root, folder)):
        for name in files:
            if name.endswith(('.h', '.cpp')):
                yield os.path.relpath(os.path.join(base, name), root)


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..'))
    problems = []
    # Views may of course build other views (a TrayNotifier is a widget).
    view_classes = set()
    for path in sources(root, 'widgets'):
        with open(os.path.join(root, path), encoding='utf-8') as f:
            view_classes.update(re.findall(r'^class\s+(\w+)(?:\s+final)?\s*[:{]', f.read(), re.M))
    for folder in ('models', 'widgets', 'app', 'tests', 'tools'):
        for path in sources(root, folder):
            with open(os.path.join(root, path), encoding='utf-8') as f:
                text = f.read()
            parts = path.split(os.sep)
            for kind, inc in INCLUDE.findall(text):
                if kind == '"':
                    if inc.endswith('.moc'):
                        continue
                    if not inc.startswith(LAYER_PREFIXES):
                        problems.append(f'{path}: include without a layer prefix: "{inc}"')
                        continue
                    target = inc.split('/')
                    if parts[0] in TOP_ORDER and target[0] in TOP_ORDER and \
                            TOP_ORDER.index(target[0]) > TOP_ORDER.index(parts[0]):
                        problems.append(f'{path}: arrow up from {parts[0]}/ to "{inc}"')
                    if parts[0] == 'models' and target[0] == 'models' and len(parts) > 2 and len(target) > 2:
                        here, there = parts[1], target[1]
                        if here not in MODEL_ORDER or there not in MODEL_ORDER:
                            problems.append(f'{path}: models/{here if here not in MODEL_ORDER else there}/ '
                                            'is not in the layer order (scripts/check-layers.py)')
                        elif MODEL_ORDER.index(there) > MODEL_ORDER.index(here):
                            problems.append(f'{path}: arrow up from models/{here}/ to "{inc}"')
                    if parts[0] in ('models', 'widgets', 'app') and target[0] in ('tests', 'tools'):
                        problems.append(f'{path}: product code includes "{inc}"')
                elif parts[0] == 'models' and WIDGET_HEADERS.match(inc):
                    problems.append(f'{path}: models/ includes a widget or chart header <{inc}>')
            if parts[0] == 'widgets':
                for line_no, line in enumerate(text.splitlines(), 1):
                    code = line.split('//', 1)[0]
                    for m in BACKEND.finditer(code):
                        if m.group(1) not in view_classes:
                            problems.append(f'{path}:{line_no}: a view constructs a back end ({m.group(1)})')
    for p in problems:
        print(p)
    print(f'check-layers: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
