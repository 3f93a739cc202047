#!/usr/bin/env python3
"""Look words up in an Outpost safe-list file (format OPSAFE01, version 1).

Usage:
    query.py FILE WORD...            membership of each WORD in every section
    query.py --verbose FILE WORD...  also the FNV-1a 64 hash and the probe
                                     indices of every section (for checking
                                     another implementation of the hashing)
    query.py --header FILE           print the JSON header

Standard library only. The file format is described in README.md beside this
script; the functions below are the reference reader that compile.py's
self-test uses too.
"""
import json
import struct
import sys
import unicodedata

MAGIC = b"OPSAFE01"
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK64 = 0xFFFFFFFFFFFFFFFF


def fnv1a64(data: bytes) -> int:
    h = FNV_OFFSET
    for c in data:
        h = ((h ^ c) * FNV_PRIME) & MASK64
    return h


def normalize(word: str) -> str:
    """The key under which a word is stored: NFC, then lower-case, then NFC."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", word).lower())


def probes(h: int, bits: int, hashes: int):
    a = h & 0xFFFFFFFF
    b = (h >> 32) | 1
    return [((a + i * b) & MASK64) % bits for i in range(hashes)]


class Section:
    def __init__(self, meta: dict, blob: bytes):
        self.meta = meta
        self.name = meta["name"]
        self.bits = meta["bits"]
        self.hashes = meta["hashes"]
        self.count = meta["count"]
        self.data = blob[meta["offset"]: meta["offset"] + meta["bytes"]]
        if len(self.data) != meta["bytes"] or meta["bytes"] * 8 != self.bits:
            raise ValueError(f"section {self.name}: truncated or inconsistent")

    def contains_hash(self, h: int) -> bool:
        d = self.data
        for i in probes(h, self.bits, self.hashes):
            if not (d[i >> 3] >> (i & 7)) & 1:
                return False
        return True

    def __contains__(self, word: str) -> bool:
        return self.contains_hash(fnv1a64(normalize(word).encode("utf-8")))


class SafeList:
    def __init__(self, path: str):
        with open(path, "rb") as f:
            blob = f.read()
        if blob[:8] != MAGIC:
            raise ValueError(f"{path}: not an OPSAFE01 file (bad magic)")
        (hlen,) = struct.unpack_from("<I", blob, 8)
        self.header = json.loads(blob[12:12 + hlen].decode("utf-8"))
        if self.header.get("version") != 1:
            raise ValueError(f"{path}: unsupported version {self.header.get('version')}")
        if self.header.get("hash") != "fnv1a64-km":
            raise ValueError(f"{path}: unsupported hash {self.header.get('hash')}")
        self.sections = {}
        for meta in self.header["sections"]:
            if meta["offset"] % 8:
                raise ValueError(f"{path}: section {meta['name']} not 8-aligned")
            self.sections[meta["name"]] = Section(meta, blob)

    def lookup(self, word: str) -> dict:
        h = fnv1a64(normalize(word).encode("utf-8"))
        return {name: s.contains_hash(h) for name, s in self.sections.items()}


def main(argv):
    verbose = False
    header = False
    args = []
    for a in argv:
        if a in ("-v", "--verbose"):
            verbose = True
        elif a == "--header":
            header = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            args.append(a)
    if not args or (not header and len(args) < 2):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        sl = SafeList(args[0])
    except (OSError, ValueError) as e:
        print(f"query.py: {e}", file=sys.stderr)
        return 1
    if header:
        print(json.dumps(sl.header, indent=1, sort_keys=True, ensure_ascii=False))
        return 0
    names = list(sl.sections)
    width = max(len(w) for w in args[1:])
    for word in args[1:]:
        key = normalize(word)
        h = fnv1a64(key.encode("utf-8"))
        res = {n: sl.sections[n].contains_hash(h) for n in names}
        cols = "  ".join(f"{n}={'yes' if res[n] else 'no '}" for n in names)
        print(f"{word:<{width}}  {cols}")
        if verbose:
            print(f"  key={key!r} utf8={key.encode('utf-8').hex()} fnv1a64=0x{h:016x}")
            for n in names:
                s = sl.sections[n]
                print(f"  {n}: bits={s.bits} hashes={s.hashes} probes={probes(h, s.bits, s.hashes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
