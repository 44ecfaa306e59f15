"""Writes lotsenkontor.ico and lotsenkontor.icns from the png set (PNG-compressed entries).

Both formats may hold PNG data directly: ICO since Windows Vista, ICNS since macOS 10.7.
Only the standard library is used, so the result is the same on every machine.
"""
import struct
from pathlib import Path

png = Path("png")


def data(size):
    return (png / f"lotsenkontor-{size}.png").read_bytes()


def write_ico(sizes):
    images = [data(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for size, image in zip(sizes, images):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    Path("lotsenkontor.ico").write_bytes(header + entries + b"".join(images))


def write_icns(types):
    chunks = b""
    for kind, size in types:
        image = data(size)
        chunks += kind.encode("ascii") + struct.pack(">I", 8 + len(image)) + image
    Path("lotsenkontor.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


write_ico([16, 24, 32, 48, 64, 128, 256])
# the element types macOS's iconutil writes: normal and @2x sizes
write_icns([("icp4", 16), ("icp5", 32), ("ic11", 32), ("icp6", 64), ("ic12", 64), ("ic07", 128),
            ("ic13", 256), ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024)])
