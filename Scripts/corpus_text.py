#!/usr/bin/env python3
"""Writes ../shared/corpus as plain text, one file per document, in OUT/<language>/NNNNN.txt.

The Akoma Ntoso files lose their tags (Scripts/akn_text.py, independent of Citegraph's reader); the
CR-UNSC resolutions are plain text already. Used by Scripts/bench for the extraction benchmark.
Texts are published by the United Nations (unofficial copies; the UN is the source).

  corpus_text.py CORPUS OUT
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from akn_text import LANGUAGE_FOLDERS, read_akn  # noqa: E402

FOLDER_LANGUAGES = {folder: code for code, folder in LANGUAGE_FOLDERS.items()}


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    corpus, out = Path(argv[0]), Path(argv[1])
    counts = {}
    for path in sorted((corpus / "akn").rglob("*.xml")):
        language = next((FOLDER_LANGUAGES[part] for part in path.parts if part in FOLDER_LANGUAGES), "en")
        _, _, blocks = read_akn(path)
        counts[language] = counts.get(language, 0) + 1
        target = out / language / f"{counts[language]:05d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    for path in sorted((corpus / "text").rglob("*.txt")):
        counts["en"] = counts.get("en", 0) + 1
        target = out / "en" / f"{counts['en']:05d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text(encoding="utf-8", errors="replace"), encoding="utf-8")
    print(" ".join(f"{language}:{count}" for language, count in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
