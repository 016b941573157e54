#!/usr/bin/env python3
"""Prints the block structure markdown-it (CommonMark preset plus GFM tables) gives each
document, in the shape the Swift differential test dumps pmlint's own tree.

Usage: markdown_it_blocks.py DOCUMENTS.json OUTPUT.json. The input holds a JSON array of
document strings; the output gets a JSON array with, per
document, a list of lines "<kind>@<level>:<first line>[-<end line>]" (zero-based lines, end
exclusive, ends only for leaf blocks). Exits with status 3 when markdown-it is missing so the
test can say why it skipped.
"""
import json
import sys

try:
    from markdown_it import MarkdownIt
except ImportError:
    print("markdown-it-py is not installed", file=sys.stderr)
    sys.exit(3)

LEAVES = {"paragraph_open", "heading_open", "code_block", "fence", "html_block", "hr", "table_open"}
TABLE_PARTS = {"thead_open", "tbody_open", "tr_open", "th_open", "td_open"}


def kind(token):
    if token.type == "paragraph_open":
        return "paragraph/tight" if token.hidden else "paragraph"
    if token.type == "heading_open":
        return token.tag
    if token.type == "ordered_list_open":
        return "ordered_list/" + str(token.attrGet("start") or 1)
    return token.type.removesuffix("_open")


def dump(md, text):
    try:
        tokens = md.parse(text)
    except Exception as error:  # markdown-it has crashes of its own on odd input
        return [f"markdown-it failed: {error!r}"]
    lines = []
    for token in tokens:
        if token.nesting == -1 or token.type == "inline" or token.type in TABLE_PARTS:
            continue
        entry = f"{kind(token)}@{token.level}:{token.map[0]}"
        if token.type in LEAVES:
            entry += f"-{token.map[1]}"
        lines.append(entry)
    return lines


def main():
    md = MarkdownIt("commonmark").enable("table")
    with open(sys.argv[1], encoding="utf-8") as source:
        documents = json.load(source)
    with open(sys.argv[2], "w", encoding="utf-8") as target:
        json.dump([dump(md, text) for text in documents], target)


if __name__ == "__main__":
    main()
