"""Plain text from the UN's Akoma Ntoso XML, read independently of Citegraph's own reader.

Shared by Scripts/evaluate-extraction (the ground truth: the editors' links) and Scripts/bench (the
corpus as plain text). Texts are published by the United Nations (unofficial copies; the UN is the source).
"""
import re
import urllib.parse
import xml.etree.ElementTree as ET

LANGUAGE_FOLDERS = {
    "en": "English", "fr": "French", "es": "Spanish", "ru": "Russian", "ar": "Arabic", "zh": "Chinese",
}


def canonical_from_href(href):
    """The canonical symbol a link points to, or None for links that name no document."""
    match = re.match(r"^https?://undocs\.org/(?:(?:en|ar|ch|zh|es|sp|fr|ru)/)?(.+)$", href.strip(), re.I)
    if not match:
        return None
    path = urllib.parse.unquote(match.group(1)).strip().rstrip(".;").upper()
    path = re.sub(r"\s+", "", path)
    if m := re.match(r"^S/RES/(\d+)\((\d{4})\)$", path):
        return f"S/RES/{int(m.group(1))} ({m.group(2)})"
    if m := re.match(r"^S/PRST/(\d{4})/(\d+)$", path):
        return f"S/PRST/{m.group(1)}/{int(m.group(2))}"
    if m := re.match(r"^A/RES/(\d+)/(\d+)$", path):
        return f"A/RES/{int(m.group(1))}/{int(m.group(2))}"
    if m := re.match(r"^A/RES/(\d+)\(([IVXLC]+)\)$", path):
        return f"A/RES/{int(m.group(1))} ({m.group(2)})"
    if re.match(r"^S/RES/", path):
        return None  # a broken link (no year, no number): the editors' slip, not a target
    if re.match(r"^[A-Z]+(/[A-Z0-9.\-]+)+$", path) and re.search(r"\d", path):
        return path
    return None


# The first resolution of each year (from Sources/CitegraphDocuments/ResolutionYearTable.swift), to
# check a <docNumber> year against the adoption date.
FIRST_OF_YEAR = {2015: 2196, 2016: 2260, 2017: 2337, 2018: 2398, 2019: 2452, 2020: 2504, 2021: 2561, 2022: 2618,
                 2023: 2672, 2024: 2722}


def source_symbol(root_text):
    """The document's own symbol from <docNumber>, falling back to the FRBRuri."""
    m = re.search(r"<docNumber[^>]*>([^<]+)</docNumber>", root_text)
    if m and m.group(1).strip():
        text = re.sub(r"\s+", "", m.group(1)).upper()
        if r := re.match(r"^S/RES/(\d+)\((\d{4})\)$", text):
            year = r.group(2)
            # A resolution is adopted in its year: the adoption date corrects a typo in <docNumber>
            # (the Spanish S/RES/2510 (2020) says `S/RES/2510 (2019)`).
            adopted = re.search(r'<FRBRdate date="(\d{4})-\d\d-\d\d" name="adoption"', root_text)
            number = int(r.group(1))
            if adopted and adopted.group(1) != year and FIRST_OF_YEAR.get(int(adopted.group(1)), 10**6) <= number \
                    < FIRST_OF_YEAR.get(int(adopted.group(1)) + 1, 0):
                year = adopted.group(1)
            return f"S/RES/{int(r.group(1))} ({year})"
        return text
    m = re.search(r'<FRBRuri value="/akn/un/statement/[^/]+/unsc/(\d{4})-[^/]+/(\d+)-(\d{4})/"', root_text)
    if m:
        return f"S/RES/{int(m.group(2))} ({m.group(3)})"
    return None




def local(tag):
    return tag.rsplit("}", 1)[-1]


def blocks_from_tree(root):
    """Paragraph texts of the document body, in order, with paragraph numbers kept ("1. Decides …")."""
    blocks = []
    pending_num = None
    for element in root.iter():
        name = local(element.tag)
        if name == "meta":
            continue
        if name == "num":
            pending_num = "".join(element.itertext()).strip()
            continue
        if name == "p" and not any(local(child.tag) == "p" for child in element):
            text = re.sub(r"\s+", " ", "".join(element.itertext())).strip()
            if not text:
                continue
            if pending_num:
                text = f"{pending_num} {text}"
                pending_num = None
            blocks.append(text)
    return blocks


def blocks_from_broken_xml(text):
    """Tolerant fallback for the malformed statements: strip tags, a block per </p>."""
    body = re.sub(r"(?s)<meta>.*?</meta>", "", text)
    body = re.sub(r"</p>|</num>", "\n\n", body)
    body = re.sub(r"<[^>]+>", "", body)
    body = body.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    return [re.sub(r"\s+", " ", b).strip() for b in body.split("\n\n") if b.strip()]


def read_akn(path):
    """(source symbol, gold targets, plain paragraphs) of one Akoma Ntoso file."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    source = source_symbol(raw)
    hrefs = re.findall(r'<a\s[^>]*href="([^"]+)"', raw)
    gold = {t for t in (canonical_from_href(h) for h in hrefs) if t and t != source}
    try:
        blocks = blocks_from_tree(ET.fromstring(raw))
    except ET.ParseError:
        blocks = blocks_from_broken_xml(raw)
    return source, gold, blocks


def hyphenate(word, room):
    """Split a long word at a syllable-ish point that fits in `room` columns, or None."""
    if len(word) < 9 or room < 5 or not word.isalpha():
        return None
    cut = min(room - 1, len(word) - 4)
    return (word[:cut] + "-", word[cut:]) if cut >= 4 else None


def rewrap_like_pdf(blocks, symbol, job):
    """The text as a PDF extraction gives it: wrapped lines, hyphenation, page headers and footers."""
    lines = []
    for block in blocks:
        if block.count(" ") * 20 < len(block):
            # Chinese: no spaces between words; a PDF line holds about 38 characters.
            lines.extend(block[i:i + 38] for i in range(0, len(block), 38))
            lines.append("")
            continue
        words = block.split(" ")
        line = ""
        for word in words:
            if len(line) + 1 + len(word) <= 80:
                line = f"{line} {word}" if line else word
                continue
            split = hyphenate(word, 80 - len(line) - 1)
            if split and line:
                lines.append(f"{line} {split[0]}")
                line = split[1]
            else:
                lines.append(line)
                line = word
        lines.append(line)
        lines.append("")
    pages, page = [], []
    for line in lines:
        page.append(line)
        if len(page) == 50:
            pages.append(page)
            page = []
    pages.append(page)
    out = []
    total = len(pages)
    for number, page in enumerate(pages, 1):
        if number > 1:
            out.append(symbol or "")
            out.append("")
        out.extend(page)
        out.append("")
        out.append(f"{job} {number}/{total}" if number % 2 else f"{number}/{total} {job}")
        out.append("\f")
    return "\n".join(out)


def select_files(corpus, language, since):
    akn = corpus / "akn"
    folders = []
    if language == "en":
        folders += [akn / "Pre-2020" / str(y) for y in range(since, 2020)]
        folders += [akn / "PRST" / str(y) for y in range(since, 2023)]
    folders += [akn / str(y) / LANGUAGE_FOLDERS[language] for y in range(max(since, 2020), 2023)]
    files = []
    for folder in folders:
        if folder.is_dir():
            files += sorted(p for p in folder.iterdir() if p.suffix == ".xml")
    return files
