/// Reads a run of people as officials write them: titles joined by 、 before one name, bare names that share
/// the title before them, comma-separated groups, and unnamed groups (各专项组组长、副组长).
struct PeopleList {
    struct Person { var name: Span; var titles: [Span] }
    struct Group { var name: String; var span: Span }

    var persons: [Person] = []
    var groups: [Group] = []
    /// Where the list really starts: pieces before it did not read as people.
    var start: Int

    init(_ region: Span, names: NameReader) {
        let text = names.text
        start = region.start
        var pendingTitles: [Span] = []
        var sharedTitles: [Span] = []
        var pendingGroups: [Span] = []
        var readAny = false
        for clause in Clauses.split(text, region, at: [","]) {
            sharedTitles = []
            for piece in Clauses.split(text, clause, at: ["、"]) {
                let (title, name) = names.split(piece)
                switch (title, name) {
                case (let t?, let n?):
                    let titles = pendingTitles + Self.splitJoined(t, text)
                    persons.append(Person(name: n, titles: titles))
                    sharedTitles = titles; pendingTitles = []; pendingGroups = []
                case (nil, let n?):
                    persons.append(Person(name: n, titles: pendingTitles.isEmpty ? sharedTitles : pendingTitles))
                    if !pendingTitles.isEmpty { sharedTitles = pendingTitles }
                    pendingTitles = []; pendingGroups = []
                case (let t?, nil):
                    pendingTitles.append(contentsOf: Self.splitJoined(t, text)); pendingGroups.append(t)
                case (nil, nil):
                    // Not people: whatever came before is not part of the list.
                    persons.removeAll(); groups.removeAll(); pendingTitles = []; pendingGroups = []; sharedTitles = []
                    start = piece.end
                    readAny = false
                    continue
                }
                readAny = true
            }
            // Titles left over at the end of a clause name groups.
            flushGroups(&pendingGroups, text, names.lexicons)
            pendingTitles = []
        }
        _ = readAny
    }

    /// 国务委员兼外交部长 → two titles.
    static func splitJoined(_ span: Span, _ text: TextBuffer) -> [Span] {
        var out: [Span] = []
        var s = span.start
        var i = span.start
        while i < span.end {
            if text[i] == "兼", i > s { out.append(Span(s, i)); s = i + 1 }
            i += 1
        }
        if s < span.end { out.append(Span(s, span.end)) }
        return out
    }

    /// 办公室主任、副主任 → 办公室主任, 办公室副主任: a bare title word takes the body of the group before it.
    mutating func flushGroups(_ pending: inout [Span], _ text: TextBuffer, _ lexicons: Lexicons) {
        var body = ""
        for span in pending {
            let whole = text.slice(span)
            let head = lexicons.titles.longest(in: text, at: span.end) ?? lexicons.groupHeads.longest(in: text, at: span.end) ?? 0
            if head == span.length || (span.length - head <= 1 && whole.hasPrefix("副")) {
                groups.append(Group(name: body + whole, span: span))
            } else {
                body = text.slice(span.start, span.end - head)
                groups.append(Group(name: whole, span: span))
            }
        }
        pending = []
    }
}
