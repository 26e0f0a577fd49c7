#!/usr/bin/env python3
"""Fills start/end of every span in gold files from its text and occurrence index.

Usage: python3 tools/news-set/offsets.py dev/en01.gold.json [...]

The article text is read as `pipeline` reads a .txt file: a leading ` date ...` line is removed, line endings become
\n, the text is NFC-normalised and trimmed. Offsets are UTF-16 code units, end exclusive, as in Figure.Start/End.
A span that does not occur as often as its occurrence index says stops the script with an error.
"""
import json
import pathlib
import re
import sys
import unicodedata

DATE_LINE = re.compile(r'\A[ \t]*(?:date|published)[ \t]*(?::[ \t]*|[ \t])\d{4}(?:-\d{2}(?:-\d{2})?)?[ \t]*\n', re.I)


def article_text(path):
    raw = path.read_text(encoding='utf-8-sig').replace('\r\n', '\n').replace('\r', '\n')
    header = DATE_LINE.match(raw)
    body = raw[header.end():].lstrip('\n \t') if header else raw
    return unicodedata.normalize('NFC', body).strip()


def utf16(text, index):
    return len(text[:index].encode('utf-16-le')) // 2


def locate(text, span, occurrence):
    at = -1
    for _ in range(occurrence):
        at = text.find(span, at + 1)
        if at < 0:
            raise ValueError(f'"{span}" does not occur {occurrence} time(s)')
    return utf16(text, at), utf16(text, at + len(span))


def fill(gold_path):
    gold = json.loads(gold_path.read_text(encoding='utf-8'))
    text = article_text(gold_path.with_name(gold_path.name.replace('.gold.json', '.txt')))
    for item in gold['figures'] + gold['nonFigures']:
        item['start'], item['end'] = locate(text, item['text'], item.get('occurrence', 1))
    spans = sorted((i['start'], i['end'], i['text']) for i in gold['figures'] + gold['nonFigures'])
    for (s1, e1, t1), (s2, _, t2) in zip(spans, spans[1:]):
        if s2 < e1:
            raise ValueError(f'overlapping spans "{t1}" and "{t2}"')
    gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
    return len(gold['figures']), len(gold['nonFigures'])


if __name__ == '__main__':
    for name in sys.argv[1:]:
        path = pathlib.Path(name)
        try:
            figures, negatives = fill(path)
        except ValueError as e:
            sys.exit(f'{path}: {e}')
        print(f'{path}: {figures} figures, {negatives} non-figures')
