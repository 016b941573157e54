#!/usr/bin/env python3
"""Reads a PNG screenshot (8-bit RGB or RGBA, not interlaced, as Chromium writes them) and
prints, for the rectangle X Y WIDTH HEIGHT, how many pixels differ from its top-left pixel
and how many distinct colours it holds, as JSON. Only the standard library: zlib and struct.

    png_region.py FILE X Y WIDTH HEIGHT
"""

import json
import struct
import sys
import zlib


def pixels(path):
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit("%s: not a PNG file" % path)
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise SystemExit("%s: only 8-bit RGB or RGBA PNG files without interlacing are read" % path)
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, previous, offset = [], bytearray(stride), 0
    for _ in range(height):
        kind = raw[offset]
        line = bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def main():
    path, x, y, w, h = sys.argv[1], *map(int, sys.argv[2:6])
    width, height, channels, rows = pixels(path)
    x, y = max(0, x), max(0, y)
    w, h = min(w, width - x), min(h, height - y)
    background = rows[y][x * channels:x * channels + 3]
    differing, colours = 0, set()
    for row in rows[y:y + h]:
        for column in range(x, x + w):
            pixel = row[column * channels:column * channels + 3]
            colours.add(pixel)
            if pixel != background:
                differing += 1
    print(json.dumps({"width": width, "height": height, "pixels": w * h, "differing": differing, "colours": len(colours)}))


if __name__ == "__main__":
    main()
