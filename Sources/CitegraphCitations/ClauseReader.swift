import CitegraphDocuments

/// Reads the words around the citations a scanner found: the governing verb of each one's clause,
/// the theme named after a list of resolutions, and the pinpoint (`paragraph 13 of`).
enum ClauseReader {
    /// The relation of each mention: the nearest cue before it in its clause. A clause's verb
    /// (`Recalling`, `Welcomes`) reaches every citation after it up to the next verb or clause
    /// boundary; a local phrase (`pursuant to`) reaches only the citation, or list, right after it.
    /// The text between two mentions is read once, so the pass is linear.
    static func relations(of mentions: [Mention], scanner: MentionScanner) -> [Relation] {
        var result: [Relation] = []
        result.reserveCapacity(mentions.count)
        var verb = Relation.cites
        var local: Relation?
        var clauseLocal: Relation?
        var localEnd = 0
        var previousEnd = 0
        let bytes = scanner.bytes
        let cues = scanner.lexicon.cues
        let determiners = scanner.lexicon.determiners
        let wordStarts = scanner.lexicon.lexicon.matchesWordStarts
        for (offset, mention) in mentions.enumerated() {
            if offset > 0, !scanner.isListGap(from: previousEnd, to: mention.quoteStart) { local = nil }
            // Read up to the number itself, so that `under resolution` is seen; start at the last
            // clause boundary of the gap, if any (the clause before it governs nothing here).
            let to = max(previousEnd, mention.numberStart)
            var index = previousEnd
            if let boundary = scanner.lastClauseBoundary(from: previousEnd, to: to) {
                verb = .cites
                local = nil
                clauseLocal = nil
                index = boundary
            }
            var previousIsLetter = index > 0 && Scalars.isLetter(Scalars.decode(bytes, Scalars.previousStart(bytes, before: index)).scalar)
            var lastWord = index..<index
            var wordStart = index
            var included = false
            var inclusionEnd = index
            while index < to {
                let (scalar, length) = Scalars.decode(bytes, index)
                if scanner.isClauseBoundary(scalar, at: index, length: length) {
                    verb = .cites
                    local = nil
                    clauseLocal = nil
                    included = false
                    previousIsLetter = false
                    lastWord = index..<index
                    index += length
                    continue
                }
                let isLetter = Scalars.isLetter(scalar)
                if isLetter, !previousIsLetter { wordStart = index }
                if isLetter, !wordStarts || !previousIsLetter, cues.mayStart(with: scalar),
                    let match = cues.match(bytes, at: index, limit: to)
                {
                    let isNoun = wordStarts && !lastWord.isEmpty
                        && determiners.match(bytes, at: lastWord.lowerBound, limit: lastWord.upperBound)?.end == lastWord.upperBound
                    if !isNoun {
                        switch match.value.kind {
                        case .local:
                            local = match.value.relation
                            clauseLocal = local
                            localEnd = match.end
                            included = false
                        case .verb where !wordStarts && match.value.relation == .cites && !opensClause(index, scanner: scanner):
                            // Chinese runs verbs together: in `重申大力支持…第1754(2007)…号决议` (reaffirming its
                            // strong support for) and `表示注意到联合国授权(第2520 (2020)…号决议)` the second verb
                            // is the object, not a new clause; one governs only after a comma.
                            break
                        case .verb:
                            verb = match.value.relation
                            local = nil
                            clauseLocal = nil
                            included = false
                        case .inclusion:
                            included = offset > 0
                            inclusionEnd = match.end
                        }
                    }
                    lastWord = index..<match.end
                    index = match.end
                    previousIsLetter = true
                    continue
                }
                if !isLetter, previousIsLetter { lastWord = wordStart..<index }
                previousIsLetter = isLetter
                index += length
            }
            // A local phrase reaches a citation a few words after it (`as per the conditions set by
            // resolution 2391`), not one a sentence away; a list inherits it whole.
            if local != nil, localEnd > previousEnd || offset == 0,
                scanner.characterCount(from: localEnd, to: scanner.head(of: mention)) > scanner.lexicon.lexicon.localReach
            {
                local = nil
            }
            if local == nil, let clauseLocal,
                scanner.lexicon.localContinuations.match(bytes, endingAt: scanner.trimBack(mention.quoteStart), window: 40) != nil
            {
                local = clauseLocal
            }
            if included, let previous = result.last,
                scanner.characterCount(from: inclusionEnd, to: mention.numberStart) <= scanner.lexicon.lexicon.localReach
            {
                // `in accordance with resolution 2518 (2020) and other relevant resolutions, including
                // resolution 2589 (2021)`: the sub-list keeps the relation of what it extends.
                result.append(previous)
            } else {
                result.append(local ?? verb)
            }
            previousEnd = mention.end
        }
        return result
    }

    /// Whether a cue at `index` opens a clause: it starts the text, or follows a comma or semicolon
    /// within a few characters (`，在此方面强调指出…`).
    private static func opensClause(_ index: Int, scanner: MentionScanner) -> Bool {
        let bytes = scanner.bytes
        guard index > 0 else { return true }
        var position = index
        for _ in 0..<8 {
            guard position > 0 else { return false }
            position = Scalars.previousStart(bytes, before: position)
            switch Scalars.decode(bytes, position).scalar {
            case 0xFF0C, 0x2C, 0xFF1B, 0x3B, 0x3002, 0x0A: return true
            default: continue
            }
        }
        return false
    }

    /// The theme of each resolution: written after a list (`… 2493 (2019) on women, peace and
    /// security`) it applies to the items of the list's last segment, those after its last break
    /// (`as well as`, `its`); Chinese writes it before (`关于…的第…号决议`), for the first segment.
    /// Each gap between two items is read at most once, so the pass is linear.
    static func themes(of mentions: [Mention], scanner: MentionScanner) -> [String?] {
        var result = [String?](repeating: nil, count: mentions.count)
        let lexicon = scanner.lexicon
        let bytes = scanner.bytes
        var groupStart = 0
        for index in mentions.indices {
            let isLast = index + 1 == mentions.count
                || !scanner.isListGap(from: mentions[index].end, to: mentions[index + 1].quoteStart)
            guard isLast else { continue }
            defer { groupStart = index + 1 }
            var theme: String?
            if lexicon.lexicon.themesPrecede {
                theme = themeBefore(mentions[groupStart].quoteStart, scanner: scanner)
            } else {
                var position = mentions[index].end
                var skipped = 0
                while position < bytes.count, skipped < 8 {
                    let (scalar, length) = Scalars.decode(bytes, position)
                    guard Scalars.isSpace(scalar) || [0x2C, 0x2A, 0x5D, 0x28, 0x29, 0x23, 0x5C].contains(scalar) else { break }
                    position += length
                    skipped += 1
                }
                let limit = min(bytes.count, position + 80)
                if let introducer = lexicon.themeIntroducers.match(bytes, at: position, limit: limit) {
                    var themeStart = introducer.end
                    while themeStart < limit, Scalars.isSpace(Scalars.decode(bytes, themeStart).scalar) { themeStart += 1 }
                    theme = lexicon.themes.match(bytes, at: themeStart, limit: min(bytes.count, themeStart + 80))?.value
                }
            }
            guard let theme else { continue }
            let segment = themeSegment(of: mentions, groupStart..<(index + 1), scanner: scanner)
            for member in segment where mentions[member].kind != .document {
                result[member] = theme
            }
        }
        return result
    }

    /// The items of a list that its theme reaches: after the theme (`… on women, peace and
    /// security`), those after the last break in the list; before it (Chinese), those up to the first.
    private static func themeSegment(of mentions: [Mention], _ group: Range<Int>, scanner: MentionScanner) -> Range<Int> {
        let breaks = scanner.lexicon.themeListBreaks
        func breaksBefore(_ member: Int) -> Bool {
            scanner.lastPhrase(in: breaks, from: mentions[member - 1].end, to: mentions[member].quoteStart).value != nil
        }
        if scanner.lexicon.lexicon.themesPrecede {
            for member in group.dropFirst() where breaksBefore(member) { return group.lowerBound..<member }
        } else {
            for member in group.dropFirst().reversed() where breaksBefore(member) { return member..<group.upperBound }
        }
        return group
    }

    /// A theme written before the list, as Chinese writes it: `关于<theme>的` right before the first
    /// resolution of the list.
    private static func themeBefore(_ start: Int, scanner: MentionScanner) -> String? {
        let bytes = scanner.bytes
        let end = scanner.trimBack(start)
        // `的` is E7 9A 84.
        guard end >= 3, bytes[end - 3] == 0xE7, bytes[end - 2] == 0x9A, bytes[end - 1] == 0x84 else { return nil }
        let floor = max(0, end - 90)
        guard let introducer = scanner.lastPhraseStart(in: scanner.lexicon.themeIntroducers, from: floor, to: end - 3)
        else { return nil }
        return scanner.lastPhrase(in: scanner.lexicon.themes, from: introducer, to: end - 3).value
    }

    /// `paragraph 13` in `paragraph 13 of resolution 2391`: the nearest pinpoint word before the
    /// link word (`of`) that precedes `resolution`.
    static func pinpoint(of mention: Mention, scanner: MentionScanner) -> String? {
        guard mention.hasKeyword else { return nil }
        let bytes = scanner.bytes
        let lexicon = scanner.lexicon
        let linkEnd = scanner.trimBack(mention.quoteStart)
        let end: Int
        if lexicon.lexicon.pinpointLinks.isEmpty {
            // Russian puts the pinpoint right before the resolution: `пункта 13 резолюции 2391`.
            end = linkEnd
        } else {
            guard let link = lexicon.pinpointLinks.match(bytes, endingAt: linkEnd, window: 12) else { return nil }
            end = scanner.trimBack(link.start)
        }
        guard !lexicon.lexicon.pinpointWords.isEmpty else { return nil }
        let floor = max(0, end - 80)
        // The nearest pinpoint word in the window, with no clause boundary after it.
        var start: Int?
        var index = floor
        var previousIsLetter = true
        while index < end {
            let (scalar, length) = Scalars.decode(bytes, index)
            if scanner.isClauseBoundary(scalar, at: index, length: length) { start = nil }
            let isLetter = Scalars.isLetter(scalar)
            if isLetter, !previousIsLetter, let match = lexicon.pinpointWords.match(bytes, at: index, limit: end) {
                start = index
                index = match.end
                previousIsLetter = true
                continue
            }
            previousIsLetter = isLetter
            index += length
        }
        guard let start, start < end else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard words.count >= 2, words.dropFirst().allSatisfy(isPinpointToken) else { return nil }
        return words.joined(separator: " ")
    }

    /// Numbers, `(iii)`, `(c)`, `and`, `to`: what may follow `paragraph` in a pinpoint.
    private static func isPinpointToken(_ word: Substring) -> Bool {
        let core = word.filter { $0 != "," && $0 != "(" && $0 != ")" && $0 != "*" && $0 != "\\" }
        if core.isEmpty || core.allSatisfy(\.isNumber) { return true }
        if let first = core.first, first.isNumber, core.count <= 6 { return true }
        if ["and", "to", "or", "et", "y", "и", "à", "a", "bis", "ter"].contains(core.lowercased()) { return true }
        if core.count <= 4, core.allSatisfy({ "ivxlcdm".contains($0) }) { return true }
        return core.count == 1 && core.first?.isLetter == true
    }
}
