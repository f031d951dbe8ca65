#!/usr/bin/env python3
"""The Python side of the extraction benchmark: the `re` baseline over the same plain texts.

  bench_extraction_python.py DIR [--scale N] [--runs R]

Reads every DIR/<language>/*.txt into memory, then times BaselineExtractor over them on one core
(best of R runs, three by default; wall and CPU time of the thread) and prints one JSON object, the same fields as `citegraph-bench extraction`.
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from baseline_extractor import BaselineExtractor  # noqa: E402


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    folder = argv[0]
    scale = int(argv[argv.index("--scale") + 1]) if "--scale" in argv else 1
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 3
    texts = []
    for language in sorted(os.listdir(folder)):
        path = os.path.join(folder, language)
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                if name.endswith(".txt"):
                    with open(os.path.join(path, name), encoding="utf-8") as handle:
                        texts.append(handle.read())
    if scale > 1:
        texts = [("\n\n".join(texts) + "\n\n") * scale]
    size = sum(len(text.encode("utf-8")) for text in texts)
    extractor = BaselineExtractor()
    best, best_cpu = float("inf"), float("inf")
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), time.thread_time()
        found = sum(len(extractor.targets(text)) for text in texts)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.thread_time() - cpu_start)
    print(json.dumps({"tool": "python re", "files": len(texts), "bytes": size, "scale": scale,
                      "citations": found, "seconds": best, "megabytes_per_second": size / 1e6 / best,
                      "cpu_seconds": best_cpu, "megabytes_per_cpu_second": size / 1e6 / best_cpu}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
