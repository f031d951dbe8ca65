"""The baseline Citegraph is measured against: Python `re` over the `N (YYYY)` pattern family.

This is how existing datasets of Security Council citations are built (a resolution number followed
by a year in brackets, plus the PRST and document symbols), so it is the floor for quality and the
reference for speed. Used by Scripts/evaluate-extraction and Scripts/bench.
"""
import re

RESOLUTION = re.compile(r"\b(\d{1,4})\s?\((19[4-9]\d|20[0-4]\d)\)")
STATEMENT = re.compile(r"\bS/PRST/(\d{4})/(\d+)")
DOCUMENT = re.compile(r"\b([AS])/(\d{4}|\d{2})/(\d+)\b")


class BaselineExtractor:
    """Finds citation targets with three regular expressions, as existing datasets do."""

    def targets(self, text):
        """The canonical symbols of the citations found in `text`, in order of appearance."""
        found = []
        for match in RESOLUTION.finditer(text):
            found.append(f"S/RES/{int(match.group(1))} ({match.group(2)})")
        for match in STATEMENT.finditer(text):
            found.append(f"S/PRST/{match.group(1)}/{int(match.group(2))}")
        for match in DOCUMENT.finditer(text):
            found.append(f"{match.group(1)}/{match.group(2)}/{match.group(3)}")
        return found
