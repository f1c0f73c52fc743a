import Foundation
import Testing
@testable import ReadoutKit

@Suite struct DecoderTests {
    @Test func utf8WithBOM() throws {
        #expect(try Decoder.decode([0xEF, 0xBB, 0xBF] + Array("会议".utf8)) == "会议")
    }

    @Test func gb18030GivesTheSameText() throws {
        let text = "郭声琨出席会议并讲话。"
        let gb = text.data(using: String.Encoding(rawValue: 0x8000_0632))!
        #expect(Array(gb) != Array(text.utf8))
        #expect(try Decoder.decode(Array(gb)) == text)
    }

    @Test func binaryIsRefusedWithTheByteOffset() {
        #expect(throws: DecodeError.notText(byte: 3)) { try Decoder.decode([0x41, 0x42, 0x43, 0x00, 0xFF]) }
        #expect(throws: DecodeError.notText(byte: 1)) { try Decoder.decode([0x41, 0xFF, 0xFF, 0x80, 0xFF, 0xFE, 0x01, 0x02]) }
    }
}

@Suite struct NormaliserTests {
    @Test func fullWidthBecomesHalfWidthAndLinesAreTrimmed() {
        #expect(Normaliser.normalise("　会议（一）：ＡＢ１２，\r\n\r\n\r\n  下一行  ") == "会议(一):AB12,\n\n下一行")
    }

    @Test func chinesePunctuationStays() {
        #expect(Normaliser.normalise("一、二。“三”") == "一、二。“三”")
    }

    /// The corpus writes 伊万・杜克・马克斯 with the katakana dot; names are read with the middle dot.
    @Test func theDotsOfANameBecomeTheMiddleDot() {
        #expect(Normaliser.normalise("伊万・杜克・马克斯、让･路易‧多米尼克") == "伊万·杜克·马克斯、让·路易·多米尼克")
    }
}

@Suite struct HTMLStripperTests {
    @Test func tagsScriptsAndEntitiesGo() {
        let html = "<html><head><style>p{color:red}</style><script>var a='<p>';</script></head><body><p>会议&nbsp;召开&amp;结束&#x4E00;</P><!-- note --><p>第二段</p></body></html>"
        let text = Normaliser.normalise(HTMLStripper.strip(html, entities: Lexicons.builtIn.htmlEntities))
        #expect(text == "会议 召开&结束一\n\n第二段")
    }

    /// Every reference a page may write: the named ones of HTML5 (from html_entities.txt), decimal and hexadecimal.
    @Test func everyCharacterReferenceIsDecoded() {
        let entities = Lexicons.builtIn.htmlEntities
        #expect(entities.named.count == 2125 && entities.bare.count == 106)   // WHATWG's 2,231 names
        #expect(entities.decode("要闻&#8226;会议") == "要闻•会议")
        #expect(entities.decode("要闻&bull;会议&middot;报道") == "要闻•会议·报道")
        #expect(entities.decode("要闻&#x2022;会议&#X2022;") == "要闻•会议•")
        #expect(entities.decode("会议&nbsp;召开") == "会议\u{A0}召开")
        #expect(entities.decode("&NotEqualTilde;&fjlig;&NBSP;") == "\u{2242}\u{338}fj\u{A0}")
        // Browsers' readings: a numeric reference without its ;, 128…159 as Windows-1252, 0 and surrogates as U+FFFD;
        // a legacy name without ; unless = follows.
        #expect(entities.decode("&#8226会议&#150;&#0;&#xD800;&#99999999;") == "•会议–\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(entities.decode("&nbsp会议&copy 2020") == "\u{A0}会议© 2020")
        // What is no reference stays as written.
        #expect(entities.decode("A&B, ?a=1&b=2&copy=3, &#; &#x; &unknown; &") == "A&B, ?a=1&b=2&copy=3, &#; &#x; &unknown; &")
        #expect(entities.decode("<![CDATA[平安&amp;<中国>]]>&amp;") == "平安&amp;<中国>&")
    }

    @Test func aCDATASectionReadsAsItsContent() {
        let entities = Lexicons.builtIn.htmlEntities
        let html = "<html><head><title><![CDATA[会议&#8226;<召开>]]></title></head><body><p><![CDATA[赵克志出席&amp;讲话]]>。</p><p><![CDATA[未完"
        #expect(Normaliser.normalise(HTMLStripper.strip(html, entities: entities)) == "会议&#8226;<召开>\n\n赵克志出席&amp;讲话。\n\n未完")
        #expect(HTMLStripper.looksLikeHTML("<title><![CDATA[会议]]></title>会议召开"))
    }

    @Test func aPageGivesItsOwnAddress() {
        let entities = Lexicons.builtIn.htmlEntities
        #expect(HTMLStripper.canonicalURL("<html><head><meta property=\"og:url\" content=\"https://example.cn/og\"><LINK href='https://example.cn/a?x=1&amp;y=2' REL=\"Canonical\"></head>", entities: entities)
                == "https://example.cn/a?x=1&y=2")
        #expect(HTMLStripper.canonicalURL("<html><meta property=og:url content=https://example.cn/og><link rel=stylesheet href=s.css>", entities: entities) == "https://example.cn/og")
        #expect(HTMLStripper.canonicalURL("<html><link rel=\"stylesheet\" href=\"s.css\"><p>正文</p>", entities: entities) == nil)
    }
}

@Suite struct SegmenterTests {
    static let pingan: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../fixtures/pingan-2020-changanwang.txt")
        return try! String(contentsOf: url, encoding: .utf8)
    }()

    @Test func pageChromeIsMarkedAndTheTitleFound() {
        let doc = Segmenter(chrome: ChromeFilter(words: Lexicons.builtIn.chrome)).segment(Normaliser.normalise(Self.pingan))
        let chrome = doc.paragraphs.filter { $0.kind == .chrome }.map { doc.slice($0.span) }
        #expect(chrome.prefix(4) == ["邮件系统:", "用户名: 密码:", "2024年11月28日 星期四", "位置: 首页 》法界资讯 》法治新闻"])
        #expect(chrome.suffix(3) == ["关注官方微博", "网络", "信箱"])
        #expect(doc.title.map(doc.slice) == "平安中国建设工作会议召开!努力建设更高水平的平安中国")
        #expect(doc.paragraphs.filter { $0.kind == .meta }.map { doc.slice($0.span) } == ["时间:2020-11-12   来源:中国长安网  责任编辑:敖婷婷"])
        // No sentence comes from chrome.
        #expect(!doc.sentences.contains { doc.slice($0.span).contains("邮件系统") || doc.slice($0.span).contains("星期四") })
    }

    @Test func anotherSitesChromeIsMarkedToo() {
        let page = """
        新华网首页 | 时政 | 国际 | 财经 | 评论
        【字体：大 中 小】【打印本页】【关闭窗口】
        全国安全生产电视电话会议召开
        2021-03-05 10:11:12　来源：新华网
        3月5日，全国安全生产电视电话会议在京召开。杨晶、王勇出席会议。
        会议强调，要压实责任。
        【纠错】 责任编辑：刘晓明
        扫描二维码在手机上看
        相关新闻
        国家统计局：2月份CPI同比上涨2.1%
        """
        let doc = Segmenter(chrome: ChromeFilter(words: Lexicons.builtIn.chrome)).segment(Normaliser.normalise(page))
        let kinds = doc.paragraphs.map { $0.kind }
        #expect(kinds == [.chrome, .chrome, .title, .meta, .body, .body, .meta, .chrome, .chrome, .chrome])
        let read = sharedExtractor.read(SourceArticle(text: page, origin: "page.html"))
        #expect(!read.extraction.facts.contains { $0.object.text.contains("2.1") || $0.subject.name.contains("CPI") })
        #expect(read.extraction.facts.contains { $0.predicate == Predicate.editedBy && $0.object.text == "刘晓明" })
        #expect(read.date == Day(2021, 3, 5))
    }

    @Test func aLastLineWithoutItsFullStopThatReportsPresenceIsArticleText() {
        let text = """
        胡锦涛同塞尔维亚总统举行会谈

        当地时间18日,国家主席胡锦涛在贝尔格莱德同塞尔维亚总统尼科利奇举行会谈。两国元首还共同会见了记者。

        王沪宁、栗战书、杨洁篪等出席上述活动

        分享到
        """
        let doc = Segmenter(chrome: ChromeFilter(words: Lexicons.builtIn.chrome, unpunctuatedEnds: Lexicons.builtIn.unpunctuatedEnds)).segment(Normaliser.normalise(text))
        #expect(doc.paragraphs.map { $0.kind } == [.title, .body, .body, .chrome])
        let read = sharedExtractor.read(SourceArticle(text: text, origin: "talks.txt"))
        let present = read.extraction.facts.filter { $0.predicate == Predicate.attended }.map { "\($0.subject.name) \($0.object.text)" }
        #expect(present.contains("杨洁篪 胡锦涛同尼科利奇会谈") && present.contains("王沪宁 胡锦涛同尼科利奇会谈"))
    }

    @Test func outlineNestsNumberedItemsUnderTheirDashItem() {
        let doc = Segmenter(chrome: ChromeFilter(words: [])).segment("""
        关于重点任务的通知
        重点任务
        ——防范化解重点领域风险,确保社会更安定。一要防范化解经济金融风险。完善机制。二要防范化解社会矛盾风险。
        """)
        let names = doc.outline.map { doc.slice($0.name) }
        #expect(names == ["重点任务", "防范化解重点领域风险", "防范化解经济金融风险", "防范化解社会矛盾风险"])
        #expect(doc.outline.map(\.parent) == [nil, 0, 1, 1])
        #expect(doc.outline.map(\.ordinal) == [0, 0, 1, 2])
    }

    @Test func listsInsideOneSentenceAndFirstSecond() {
        let doc = Segmenter(chrome: ChromeFilter(words: [])).segment("会议要求,一是加强领导,二是狠抓落实,三是强化督查。第一,统一思想;第二,明确责任。在第一时间处置。")
        let items = doc.outline.map { (doc.slice($0.name), $0.marker) }
        #expect(items.map(\.0) == ["加强领导", "狠抓落实", "强化督查", "统一思想", "明确责任"])
        #expect(items.map(\.1) == ["是", "是", "是", "第", "第"])
    }

    /// Issue 14: every list form, each item's text up to its stop, the lists numbered and announced.
    @Test func everyListFormWithItsHeadAndItsItemsInOrder() {
        let doc = Segmenter(chrome: ChromeFilter(words: [])).segment("""
        报告共分三个部分:一、2020年工作回顾;二、“十四五”时期主要目标任务;三、2021年重点工作。
        会议确定,明年要抓好以下重点任务。
        一是强化国家战略科技力量,加强基础研究。要充分发挥作用。
        二是增强产业链供应链自主可控能力。
        他提出希望:首先,要坚定理想信念。其次,要勇于担当作为。最后,要严守纪律规矩。
        第一 ,密切多边协作,维护多边主义。第二,加强安全执法合作。
        一、2月份物价平稳。
        """)
        let items = doc.outline.map { (doc.slice($0.head), $0.marker, $0.list, $0.listHead.map { doc.slice($0) }) }
        #expect(items.map(\.0) == ["2020年工作回顾", "“十四五”时期主要目标任务", "2021年重点工作",
                                    "强化国家战略科技力量,加强基础研究", "增强产业链供应链自主可控能力",
                                    "要坚定理想信念", "要勇于担当作为", "要严守纪律规矩",
                                    "密切多边协作,维护多边主义", "加强安全执法合作", "2月份物价平稳"])
        #expect(items.map(\.1) == ["、", "、", "、", "是", "是", "首", "首", "首", "第", "第", "一、"])
        #expect(items.map(\.3) == ["报告共分三个部分", "报告共分三个部分", "报告共分三个部分",
                                    "会议确定,明年要抓好以下重点任务", "会议确定,明年要抓好以下重点任务",
                                    "他提出希望", "他提出希望", "他提出希望", nil, nil, nil])
        // Four lists; the lone 一、 paragraph is no list's.
        let lists = items.map(\.2)
        #expect(lists.count == 11, "\(lists)")
        #expect(Set(lists.compactMap { $0 }).count == 4 && lists.last! == nil, "\(lists)")
        #expect(lists[0] == lists[2] && lists[3] == lists[4] && lists[0] != lists[3])
    }

    /// A figure is no list: 一、二等奖, 1、2月份.
    @Test func figuresMakeNoList() {
        let doc = Segmenter(chrome: ChromeFilter(words: [])).segment("获得一、二等奖各一项。1、2月份增长5%;3、4月份回落。")
        #expect(doc.outline.isEmpty)
    }
}

@Suite struct DateTests {
    @Test func relativeDatesResolveAgainstTheArticle() {
        let reader = DateReader(articleDate: Day(2020, 11, 12))
        let text = TextBuffer("今年1至9月,去年,11月10日,昨天,2019年")
        #expect(reader.period(in: text, at: 0)?.0 == "2020年1至9月")
        #expect(reader.period(in: text, at: 7)?.0 == "2019年")
        #expect(reader.day(in: text, at: 10)?.0 == Day(2020, 11, 10))
        #expect(reader.day(in: text, at: 17)?.0 == Day(2020, 11, 11))
        #expect(Day(2020, 3, 1).previous == Day(2020, 2, 29))
    }

    /// 10号 is a day where a comma or a time of day follows, never in a name (5号线); 截至目前 is the article's day;
    /// 明年 is the year after.
    @Test func dayNumbersAndTheArticlesDay() {
        let reader = DateReader(articleDate: Day(2020, 11, 12))
        let text = TextBuffer("10号晚,地铁5号线,截至目前,明年")
        #expect(reader.day(in: text, at: 0)?.0 == Day(2020, 11, 10))
        #expect(reader.day(in: text, at: 7) == nil)
        #expect(reader.period(in: text, at: 11)?.0 == "截至2020年11月12日")
        #expect(reader.period(in: text, at: 16)?.0 == "2021年")
    }

    /// Months without a year that end after the article's month are last year's (1至12月 in a January report); 明年
    /// and 去年 before a day give its year.
    @Test func monthsAfterTheArticlesAreLastYearsAndNamedYearsBeforeADay() {
        let reader = DateReader(articleDate: Day(2019, 1, 20))
        let text = TextBuffer("1至12月,1月份,明年3月1日起,去年12月31日,2018年4月以来,截止到今年9月底")
        #expect(reader.period(in: text, at: 0)?.0 == "2018年1至12月")
        #expect(reader.period(in: text, at: 6)?.0 == "2019年1月份")
        #expect(reader.day(in: text, at: 10)?.0 == Day(2020, 3, 1))
        #expect(reader.day(in: text, at: 18)?.0 == Day(2018, 12, 31))
        #expect(reader.period(in: text, at: 27)?.0 == "2018年4月以来")
        #expect(reader.period(in: text, at: 37)?.0 == "截止到2019年9月底")
    }
}

@Suite struct DayParsingTests {
    @Test func longDigitRunsAreNoDate() {
        #expect(Day(parsing: "2015-11" + String(repeating: "7", count: 130)) == nil)
        #expect(Day(parsing: "2020-11-12 08:12:33") == Day(2020, 11, 12))
        #expect(Day(parsing: "2020年11月12日") == Day(2020, 11, 12))
    }
}

@Suite struct MatcherTests {
    /// Both kinds of trie give the same longest matches, forward and backward, astral scalars included.
    @Test(arguments: [false, true]) func aTrieFindsTheLongestWord(compact: Bool) {
        let words = ["李克强", "李克", "王毅", "𠀀字", "韩正"]
        let text = TextBuffer("会见李克强和王毅、𠀀字。韩")
        let forward = Trie(words, compact: compact)
        #expect(forward.longest(in: text, at: 2) == 3)
        #expect(forward.longest(in: text, at: 6) == 2)
        #expect(forward.longest(in: text, at: 9) == 2)
        #expect(forward.longest(in: text, at: 0) == nil)
        #expect(forward.longest(in: text, at: 12) == nil)          // 韩 alone is not a word
        #expect(forward.longest(in: text, at: 2, limit: 4) == 2)    // 李克强 would cross the limit
        #expect(forward.contains("李克") && !forward.contains("克强"))
        let backward = Trie(words, reversed: true, compact: compact)
        #expect(backward.longest(in: text, at: 5) == 3)
        #expect(backward.longest(in: text, at: 8) == 2)
        #expect(backward.longest(in: text, at: 4) == 2)
        // A first scalar sharing the filter's bit with a word's (same low ten bits) is still told apart.
        let clash = Unicode.Scalar(("李" as Unicode.Scalar).value + 1024)!
        #expect(forward.longest(in: TextBuffer(String(clash) + "克强"), at: 0) == nil)
    }

    @Test func bytesAreSearchedWhole() {
        #expect("百分点".containsBytes("分"))
        #expect("增长3个百分点".containsBytes("百分点"))
        #expect(!"百分".containsBytes("百分点"))
        #expect("元".containsBytes(""))
        #expect(!"".containsBytes("元"))
        #expect(!"千瓦时".containsBytes("瓦千"))
    }

    @Test func htmlIsRecognisedByItsTagsInAnyCase() {
        #expect(HTMLStripper.looksLikeHTML("<P>会议召开</P>"))
        #expect(HTMLStripper.looksLikeHTML("标题\n<!DOCTYPE html><html>"))
        #expect(!HTMLStripper.looksLikeHTML("指标<5%,会议<通知>"))
        #expect(!HTMLStripper.looksLikeHTML(String(repeating: "字", count: 2000) + "<p>"))   // past the first 4 KB
    }
}
