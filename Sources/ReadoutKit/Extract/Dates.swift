/// A calendar day, written ISO style.
public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int, month: Int, day: Int
    public init(_ year: Int, _ month: Int, _ day: Int) { self.year = year; self.month = month; self.day = day }

    /// Days since 1970-01-01 (proleptic Gregorian), for the days between two dates.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468
    }

    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// Parses 2020-11-12, 2020/11/12, 2020.11.12 and 2020年11月12日 at the start of a string.
    public init?(parsing text: String) {
        var nums: [Int] = []
        var cur = ""
        for c in text.unicodeScalars {
            if c.isASCIIDigit {
                // A run of more than four digits is no part of a date (found by fuzzing: 2015-11877…7 overflowed).
                guard cur.unicodeScalars.count < 4 else { return nil }
                cur.unicodeScalars.append(c); continue
            }
            if !cur.isEmpty { nums.append(Int(cur) ?? 0); cur = "" }
            if nums.count == 3 { break }
            if !"-/.年月日 ".unicodeScalars.contains(c) { break }
        }
        if !cur.isEmpty, nums.count < 3 { nums.append(Int(cur) ?? 0) }
        guard nums.count == 3, (1900...2100).contains(nums[0]), (1...12).contains(nums[1]), (1...31).contains(nums[2]) else { return nil }
        self.init(nums[0], nums[1], nums[2])
    }

    /// The day as Chinese news writes a period: 2020年8月6日.
    public var written: String { "\(year)年\(month)月\(day)日" }

    /// The day before, for 昨天.
    public var previous: Day {
        if day > 1 { return Day(year, month, day - 1) }
        let m = month == 1 ? 12 : month - 1
        let y = month == 1 ? year - 1 : year
        return Day(y, m, Day.daysIn(y, m))
    }

    static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Reads dates and periods written relative to the article's own date.
public struct DateReader: Sendable {
    public let articleDate: Day?
    static let afterDayNumber: ScalarSet = ScalarSet(",晚早凌上下中当在起")
    static let periodStarts: ScalarSet = ["今", "明", "去", "上", "下", "前", "一", "二", "三", "四", "第"]

    /// How long a date written at `i` is, whether or not it can be resolved (13日 in an article of unknown date).
    public static func dayLength(in text: TextBuffer, at i: Int) -> Int? { shapes.day(in: text, at: i)?.1 }
    private static let shapes = DateReader(articleDate: Day(2000, 1, 31))

    /// A date at `i`: 2020年11月10日, 11月10日 (year of the article), 今天, 昨天. Returns the day and its length.
    public func day(in text: TextBuffer, at i: Int) -> (Day, Int)? {
        guard i < text.count, text[i].isASCIIDigit || "今昨明去".unicodeScalars.contains(text[i]) else { return nil }
        if i > 0, text[i - 1].isASCIIDigit { return nil }
        if text.matches("今天", at: i) || text.matches("今日", at: i), let d = articleDate { return (d, 2) }
        if text.matches("昨天", at: i) || text.matches("昨日", at: i), let d = articleDate { return (d.previous, 2) }
        var j = i
        var year: Int?
        if let (y, n) = digits(text, at: j), n == 4, j + n < text.count, text[j + n] == "年" {
            year = y; j += n + 1
        } else if let a = articleDate, let (offset, word) = [(0, "今年"), (1, "明年"), (-1, "去年")].first(where: { text.matches($0.1, at: j) }) {
            // 明年1月1日起: a day of the year before or after the article's.
            year = a.year + offset; j += word.unicodeScalars.count
            guard j < text.count, text[j].isASCIIDigit else { return nil }
        }
        // 17日 alone: the article's month (or the one before, when the day is still to come). 17号 alone too, where
        // a time of day, a comma or 在 follows (17号晚, 17号,…): 5号线 and 1号文件 are names.
        if year == nil, let (d, dn) = digits(text, at: j), dn <= 2, j + dn < text.count,
           text[j + dn] == "日" || text[j + dn] == "号" && j + dn + 1 < text.count && Self.afterDayNumber.contains(text[j + dn + 1]),
           let a = articleDate, (1...31).contains(d) {
            let (y, m) = d <= a.day ? (a.year, a.month) : (a.month == 1 ? (a.year - 1, 12) : (a.year, a.month - 1))
            return (Day(y, m, d), dn + 1)
        }
        guard let (m, mn) = digits(text, at: j), mn <= 2, j + mn < text.count, text[j + mn] == "月" else { return nil }
        j += mn + 1
        guard let (d, dn) = digits(text, at: j), dn <= 2, j + dn < text.count, text[j + dn] == "日" || text[j + dn] == "号" else { return nil }
        j += dn + 1
        guard (1...12).contains(m), (1...31).contains(d), let y = year ?? articleDate?.year else { return nil }
        return (Day(y, m, d), j - i)
    }

    /// A period at `i`: 今年1至9月, 2019年, 去年, 今年前三季度, 1-9月. Returns it resolved and its length.
    public func period(in text: TextBuffer, at i: Int) -> (String, Int)? {
        // 截至8月6日, 到2025年: a figure counted up to a day, or aimed at a year.
        if i < text.count, text[i] == "截" || text[i] == "到" {
            for lead in ["截至", "截止到", "截止", "到"] where text.matches(lead, at: i) {
                let k = i + lead.unicodeScalars.count
                if let (d, n) = day(in: text, at: k) { return (lead + d.written, lead.unicodeScalars.count + n) }
                // 截至目前: as of the day the article was written.
                if lead != "到", text.matches("目前", at: k), let d = articleDate { return (lead + d.written, lead.unicodeScalars.count + 2) }
                if let (p, n) = period(in: text, at: k), lead != "到" || text[k].isASCIIDigit { return (lead + p, lead.unicodeScalars.count + n) }
            }
            return nil
        }
        // 4月30日到5月5日, 自12月5日到今天: a stretch of days, both ends kept.
        if let range = dayRange(in: text, at: i) { return range }
        // 全年, 三月份: the article's year, or a month written in Chinese numerals.
        if text.matches("全年", at: i), let d = articleDate { return ("\(d.year)年", 2) }
        if let (month, n) = chineseMonth(in: text, at: i), let d = articleDate { return ("\(d.year)年\(month)月", n) }
        if let plan = planPeriod(in: text, at: i) { return plan }
        if let n = duration(in: text, at: i) {
            // 今年以来 → 2020年以来: the year is resolved, the rest kept as written.
            if text.matches("今年", at: i), let d = articleDate { return ("\(d.year)年" + text.slice(i + 2, i + n), n) }
            return (text.slice(i, i + n), n)
        }
        guard i < text.count, text[i].isASCIIDigit || Self.periodStarts.contains(text[i]) else { return nil }
        if i > 0, text[i - 1].isASCIIDigit { return nil }
        // 2013—2021年, 2015年至2019年: a stretch of years, kept as written.
        if let n = yearRange(in: text, at: i) { return (text.slice(i, i + n), n) }
        var j = i
        var year: String?
        if text.matches("今年", at: j) { year = articleDate.map { "\($0.year)年" } ?? "今年"; j += 2 }
        else if text.matches("明年", at: j) { year = articleDate.map { "\($0.year + 1)年" } ?? "明年"; j += 2 }
        else if text.matches("去年", at: j) { year = articleDate.map { "\($0.year - 1)年" } ?? "去年"; j += 2 }
        else if text.matches("上年", at: j) { year = articleDate.map { "\($0.year - 1)年" } ?? "上年"; j += 2 }
        else if let (y, n) = digits(text, at: j), n == 4, j + n < text.count, text[j + n] == "年", (1900...2100).contains(y) {
            year = "\(y)年"; j += n + 1
        }
        // Optional month range or quarter after the year.
        let restStart = j
        var lastMonth: Int?
        if let (m1, n) = digits(text, at: j), n <= 2 {
            var k = j + n
            var m = m1
            if k < text.count, "至-到~—".unicodeScalars.contains(text[k]), let (m2, n2) = digits(text, at: k + 1), n2 <= 2 { k += 1 + n2; m = m2 }
            if k < text.count, text[k] == "月", !(k + 1 < text.count && (text[k + 1].isASCIIDigit || text[k + 1] == "日")) {
                j = k + 1
                lastMonth = m
                if j < text.count, text[j] == "份" { j += 1 }
            }
        } else if let n = ["前三季度", "前两个月", "上半年", "下半年", "第一季度", "第二季度", "第三季度", "第四季度",
                           "一季度", "二季度", "三季度", "四季度"].first(where: { text.matches($0, at: j) })?.unicodeScalars.count {
            j += n
        }
        guard year != nil || j > restStart else { return nil }
        // 9月底, 2019年末, 3月上旬: the part of the month or year is part of the period.
        if let part = Self.periodParts.first(where: { text.matches($0, at: j) }), j > i, text[j - 1] == "月" || text[j - 1] == "年" {
            j += part.unicodeScalars.count
        }
        // 2018年4月以来: a stretch since the month, not the month.
        if j > restStart, text.matches("以来", at: j) { j += 2 }
        let rest = text.slice(restStart, j)
        // 1至12月 in a January report: months written without a year that end after the article's month are last
        // year's (a figure reports what has passed).
        let resolved = (year ?? articleDate.map { a in "\(lastMonth.map { $0 > a.month } == true ? a.year - 1 : a.year)年" } ?? "") + rest
        return (resolved, j - i)
    }

    static let planNumerals: ScalarSet = ScalarSet("一二三四五六七八九")
    static let planParts = ["期间", "时期", "以来", "期末", "末", "初"]

    /// A stretch of a five-year plan: “十三五”期间, 十三五末, “十四五”以来, written with its quotes whether or not the
    /// text has them, so that one plan's period is written one way.
    func planPeriod(in text: TextBuffer, at i: Int) -> (String, Int)? {
        var j = i
        if j < text.count, text[j] == "“" { j += 1 }
        guard j + 3 < text.count, text[j] == "十", Self.planNumerals.contains(text[j + 1]), text[j + 2] == "五" else { return nil }
        let plan = text.slice(j, j + 3)
        j += 3
        if text[j] == "”" { j += 1 }
        guard let part = Self.planParts.first(where: { text.matches($0, at: j) }) else { return nil }
        return ("“\(plan)”\(part)", j + part.unicodeScalars.count - i)
    }

    /// The parts of a month or a year written after it (9月底, 年末, 上旬).
    static let periodParts = ["底", "末", "初", "上旬", "中旬", "下旬"]

    static let yearRangeMarks: ScalarSet = ScalarSet("至到-—~～")

    /// A stretch of days at `i`, 自 or 从 before it or not: 4月30日到5月5日, 自12月5日到今天, 13日至14日; the later day
    /// after the earlier. Returns it written with both ends resolved (2022年4月30日至2022年5月5日) and its length.
    func dayRange(in text: TextBuffer, at i: Int) -> (String, Int)? {
        guard i < text.count else { return nil }
        let k = "自从".unicodeScalars.contains(text[i]) ? i + 1 : i
        guard let (first, n1) = day(in: text, at: k), k + n1 + 1 < text.count, Self.yearRangeMarks.contains(text[k + n1]),
              let (last, n2) = day(in: text, at: k + n1 + 1), first < last else { return nil }
        return ("\(first.written)至\(last.written)", k + n1 + 1 + n2 - i)
    }

    /// The length of a stretch of years at i: 2013—2021年, 2015年至2019年, 2016-2020年 (the later year after the
    /// earlier one).
    func yearRange(in text: TextBuffer, at i: Int) -> Int? {
        guard let (from, n) = digits(text, at: i), n == 4, (1900...2100).contains(from) else { return nil }
        var k = i + n
        if k < text.count, text[k] == "年" { k += 1 }
        guard k < text.count, Self.yearRangeMarks.contains(text[k]) else { return nil }
        k += 1
        guard let (to, m) = digits(text, at: k), m == 4, to > from, to <= 2100, k + m < text.count, text[k + m] == "年" else { return nil }
        return k + m + 1 - i
    }

    static let countingNumerals: ScalarSet = ScalarSet("0123456789一二三四五六七八九十两几")
    static let durationUnits = ["年", "个月", "天", "周", "个星期", "日"]
    static let durationEnds = ["以来", "来", "中", "内", "间", "时间内", "时间里", "里"]

    /// A stretch of time a figure was counted over: 近五年, 过去7天, 最近一周, 三年来, 3年内, 五年时间内, 今年以来,
    /// 前8个月. Returns its length.
    func duration(in text: TextBuffer, at i: Int) -> Int? {
        guard i < text.count else { return nil }
        if text.matches("今年以来", at: i) { return 4 }
        // 春节期间, “十一五”期间: a named stretch of time (short, at most eight characters before 期间).
        if text[i].isHan || text[i] == "“" {
            var j = i
            while j < text.count, j - i <= 8, text[j].isHan || text[j] == "“" || text[j] == "”" {
                if text[j] == "期", j > i, j + 1 < text.count, text[j + 1] == "间" { return j + 2 - i }
                j += 1
            }
        }
        var j = i
        var lead = false
        for w in ["近", "过去", "最近", "前"] where text.matches(w, at: j) { j += w.unicodeScalars.count; lead = true; break }
        if text.matches("今年前", at: i) || text.matches("去年前", at: i) { j = i + 3; lead = true }
        let numStart = j
        while j < text.count, Self.countingNumerals.contains(text[j]), j - numStart < 5 { j += 1 }
        guard j > numStart, !(i > 0 && text[i - 1].isASCIIDigit) else { return nil }
        guard let unit = Self.durationUnits.first(where: { text.matches($0, at: j) }) else { return nil }
        let numerals = j - numStart
        j += unit.unicodeScalars.count
        if j < text.count, text[j] == "多" { j += 1 }
        // 2012年以来 is a stretch since a year; 2014年中(央) is a year, not a count of years.
        let year = unit == "年" && numerals == 4 && text[numStart].isASCIIDigit
        if let end = Self.durationEnds.first(where: { text.matches($0, at: j) }), !year || end == "以来" { return j + end.unicodeScalars.count - i }
        // 近五年, 过去7天: the lead word alone marks a stretch of time (a bare 3年 is a length, not a period).
        return lead && unit != "日" ? j - i : nil
    }

    static let chineseMonths = ["十二", "十一", "十", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 三月份, 十一月: a month in Chinese numerals. 份 is taken with it; 一月 alone must not be the start of 一月一日.
    func chineseMonth(in text: TextBuffer, at i: Int) -> (Int, Int)? {
        guard i < text.count, Numerals.isNumeral(text[i]), !(i > 0 && (Numerals.isNumeral(text[i - 1]) || text[i - 1].isASCIIDigit)) else { return nil }
        for (k, word) in Self.chineseMonths.enumerated() {
            let length = word.unicodeScalars.count
            guard i + length < text.count, text[i + length] == "月", text.matches(word, at: i) else { continue }
            let month = [12, 11, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9][k]
            var n = word.unicodeScalars.count + 1
            if i + n < text.count, text[i + n] == "份" { n += 1 }
            else if i + n < text.count, text[i + n].isHan, Numerals.isNumeral(text[i + n]) { return nil }
            return (month, n)
        }
        return nil
    }

    func digits(_ text: TextBuffer, at i: Int) -> (Int, Int)? {
        var j = i
        while j < text.count, text[j].isASCIIDigit, j - i < 4 { j += 1 }
        guard j > i, !(j < text.count && text[j].isASCIIDigit) else { return nil }
        return (Int(text.slice(i, j))!, j - i)
    }
}
