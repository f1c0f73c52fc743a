/// Meetings between leaders and the people around them: the host and the guest of 会见 and 会谈, the host and
/// the guest of a 欢迎仪式, those who 参加会见 or 陪同 (in a list before the verb, or 在…陪同下). Each encounter is a
/// meeting of its own, named by its host, verb and guest (李克强会见雅各布·卢); companions join the last event the
/// article reports before them (an encounter, a tour), or the article's meeting when there is none.
public struct EncounterRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "encounter",
        summary: "Host and guest of 会见, 会谈 and 欢迎仪式, and those who 陪同 or 参加会见.",
        examples: [
            // A clause with no subject of its own continues the sentence's topic, read as the article names the person
            // (张高丽, not 张高丽当 of 当地时间).
            Example("应邀访问罗马尼亚的国务院副总理张高丽当地时间25日在布加勒斯特同罗马尼亚第一副总理德拉格内亚举行会谈,会见了罗马尼亚议会众议长兹格内亚。",
                    yields: ["文章 reports 张高丽会见兹格内亚", "张高丽 attended 张高丽会见兹格内亚"], forbids: ["张高丽当"]),
            Example("国务院总理李克强13日下午在人民大会堂会见美国总统特别代表、财政部长雅各布·卢。",
                    yields: ["李克强 attended 李克强会见雅各布·卢", "雅各布·卢 attended 李克强会见雅各布·卢", "文章 reports 李克强会见雅各布·卢", "李克强会见雅各布·卢 kind 会见",
                             "雅各布·卢 title 财政部长"]),
            Example("国家主席胡锦涛在贝尔格莱德同塞尔维亚总统尼科利奇举行会谈。王沪宁、栗战书、杨洁篪等参加会谈。",
                    yields: ["胡锦涛 attended 胡锦涛同尼科利奇会谈", "尼科利奇 attended 胡锦涛同尼科利奇会谈", "王沪宁 attended 胡锦涛同尼科利奇会谈",
                             "杨洁篪 attended 胡锦涛同尼科利奇会谈"]),
            Example("国家主席胡锦涛举行欢迎仪式,欢迎白俄罗斯总统卢卡申科对我国进行国事访问。",
                    yields: ["胡锦涛 attended 欢迎仪式(卢卡申科)", "卢卡申科 attended 欢迎仪式(卢卡申科)"]),
            Example("国家主席胡锦涛22日上午在人民大会堂东门外广场举行仪式,欢迎阿拉伯联合酋长国阿布扎比王储穆罕默德·本·扎耶德·阿勒纳哈扬对我国进行国事访问。",
                    yields: ["胡锦涛 attended 欢迎仪式(穆罕默德·本·扎耶德·阿勒纳哈扬)", "穆罕默德·本·扎耶德·阿勒纳哈扬 attended 欢迎仪式(穆罕默德·本·扎耶德·阿勒纳哈扬)"]),
            Example("胡锦涛在人民大会堂北大厅举行仪式,欢迎古巴共产党中央委员会第一书记、古巴共和国国家主席米格尔·迪亚斯-卡内尔·贝穆德斯对我国进行国事访问。",
                    yields: ["米格尔·迪亚斯-卡内尔·贝穆德斯 attended 欢迎仪式(米格尔·迪亚斯-卡内尔·贝穆德斯)"], forbids: ["古巴共 attended"]),
            Example("国家主席胡锦涛在人民大会堂举行了隆重欢迎仪式,欢迎柬埔寨国王西哈莫尼对我国进行国事访问。",
                    yields: ["西哈莫尼 attended 欢迎仪式(西哈莫尼)", "胡锦涛 attended 欢迎仪式(西哈莫尼)"], forbids: ["了隆重欢迎仪式"]),
            Example("胡锦涛在湖北省委书记李鸿忠和省长王国生陪同下,来到武汉考察。",
                    yields: ["李鸿忠 attended 胡锦涛来到武汉考察", "王国生 attended 胡锦涛来到武汉考察", "胡锦涛 attended 胡锦涛来到武汉考察"]),
            // 在…陪同下 opening a clause of its own after the host's (a corpus form: …在出席…峰会后,在…陪同下,先后来到…).
            Example("6月12日至14日,胡锦涛在出席上海合作组织峰会后,在湖北省委书记李鸿忠、省长王国生陪同下,先后来到武汉、宜昌等地考察。",
                    yields: ["李鸿忠 attended 胡锦涛来到武汉、宜昌等地考察", "王国生 attended 胡锦涛来到武汉、宜昌等地考察", "胡锦涛 attended 胡锦涛来到武汉、宜昌等地考察"],
                    forbids: ["李鸿忠 attended 李鸿忠来到", "title 在湖北省委书记"]),
            Example("全国人大常委会委员长赵乐际3日在北京会见来华出席中非合作论坛北京峰会的埃及总理马德布利。",
                    yields: ["赵乐际 attended 赵乐际会见马德布利", "马德布利 attended 赵乐际会见马德布利", "马德布利 title 埃及总理"],
                    forbids: ["马德布利 attended 中非合作论坛北京峰会"]),
            Example("国家主席胡锦涛当地时间22日在罗马会见意大利众议长菲科。",
                    yields: ["胡锦涛 attended 胡锦涛会见菲科", "菲科 attended 胡锦涛会见菲科"]),
            Example("全国人大常委会委员长栗战书21日在人民大会堂以视频方式同韩国国会议长朴炳锡举行会谈。",
                    yields: ["栗战书 attended 栗战书同朴炳锡会谈", "朴炳锡 attended 栗战书同朴炳锡会谈"]),
            Example("全国政协主席王沪宁6日在北京会见由德国社会民主党联合主席克林贝尔率领的代表团。",
                    yields: ["王沪宁 attended 王沪宁会见克林贝尔", "克林贝尔 attended 王沪宁会见克林贝尔"]),
            Example("副委员长杨亨燮在平壤万寿台议事堂会见中国国家广播电影电视总局代表团一行。",
                    yields: ["杨亨燮 attended 杨亨燮会见中国国家广播电影电视总局代表团"]),
            Example("国务院总理李克强9月10日下午在中南海紫光阁会见来华出席中美企业家对话会的美方代表。",
                    yields: ["李克强 attended 李克强会见美方代表"]),
            Example("国家主席胡锦涛7月2日在人民大会堂会见来华出席中国-中东欧国家地方领导人会议的马其顿总理格鲁埃夫斯基。",
                    yields: ["格鲁埃夫斯基 attended 胡锦涛会见格鲁埃夫斯基"]),
            Example("国务院总理李克强30日下午在人民大会堂亲切会见了荣获2013年度中国政府“友谊奖”的外国专家以及他们的亲属。",
                    yields: ["李克强 attended 李克强会见外国专家以及他们的亲属"]),
            // Companions who 陪同访问 join the visit reported before them (VisitRule), not the headline.
            Example("国家主席胡锦涛18日抵达斯里巴加湾,开始对文莱达鲁萨兰国进行国事访问。王沪宁、栗战书等陪同访问。",
                    yields: ["王沪宁 attended 胡锦涛对文莱达鲁萨兰国进行国事访问", "栗战书 attended 胡锦涛对文莱达鲁萨兰国进行国事访问"]),
            Example("国务院总理李克强、全国政协主席俞正声分别会见赞比亚总统萨塔。",
                    yields: ["李克强 attended 李克强会见萨塔", "俞正声 attended 俞正声会见萨塔", "萨塔 attended 俞正声会见萨塔"],
                    forbids: ["李克强、俞正声会见萨塔"]),
            Example("中共中央政治局常委刘云山18日在人民大会堂分别会见越南共产党中央书记处书记丁世兄和英国保守党主席谢普斯。",
                    yields: ["丁世兄 attended 刘云山会见丁世兄", "谢普斯 attended 刘云山会见谢普斯", "刘云山 attended 刘云山会见谢普斯"],
                    forbids: ["谢普斯 attended 刘云山会见丁世兄"]),
            Example("国家主席胡锦涛在成都会见来华出席第31届世界大学生夏季运动会开幕式并访华的毛里塔尼亚总统加兹瓦尼。蔡奇、王毅等参加上述活动。",
                    yields: ["蔡奇 attended 胡锦涛会见加兹瓦尼", "王毅 attended 胡锦涛会见加兹瓦尼"], forbids: ["reports 第31届世界大学生夏季运动会"]),
            Example("国家主席胡锦涛在人民大会堂同来华进行国事访问的法国总统马克龙举行会谈。",
                    yields: ["胡锦涛 attended 胡锦涛同马克龙会谈", "马克龙 attended 胡锦涛同马克龙会谈"]),
            // A place the host goes to before the talks (前往…; place_leads.txt) stands between host and 与.
            Example("欢迎仪式后,胡锦涛前往葡萄牙总统府与葡萄牙总统德索萨举行会谈。王毅等参加上述活动。",
                    yields: ["胡锦涛 attended 胡锦涛同德索萨会谈", "德索萨 attended 胡锦涛同德索萨会谈", "王毅 attended 胡锦涛同德索萨会谈"],
                    forbids: ["王毅 attended 会议"]),
            Example("塞内加尔总统萨勒在机场为胡锦涛举行隆重热烈的欢迎仪式。",
                    yields: ["萨勒 attended 欢迎仪式(胡锦涛)", "胡锦涛 attended 欢迎仪式(胡锦涛)"], forbids: ["热烈的欢迎仪式(胡锦涛)"]),
            // Talks and meetings are named by every person of each side (EncounterRule.partyName).
            Example("法国总统奥朗德和德国总理默克尔当天与乌克兰总统波罗申科举行了会谈。胡锦涛会见爱尔兰众议长巴雷特、参议长伯克。",
                    yields: ["默克尔 attended 奥朗德、默克尔同波罗申科会谈", "伯克 attended 胡锦涛会见巴雷特、伯克"],
                    forbids: ["奥朗德同波罗申科会谈", "胡锦涛会见巴雷特 "]),
            // A foreign name that ends in a place's name is still a name (科罗马: NameReader.isPlace whole); 国务资政 is a title.
            Example("国家主席胡锦涛27日在纽约会见塞拉利昂总统科罗马。胡锦涛在北京会见新加坡国务资政李显龙。",
                    yields: ["科罗马 attended 胡锦涛会见科罗马", "李显龙 attended 胡锦涛会见李显龙", "李显龙 title 新加坡国务资政"]),
            // Companions (陪同 alone) after a stop of a tour were on the whole tour, as the article first reports it with
            // its host (EncounterRule.companions).
            Example("国务院总理李强9日至10日在吉林松原、长春考察。李强来到查干湖考察,察看生态保护情况。肖捷、何立峰陪同。",
                    yields: ["肖捷 attended 李强在吉林松原、长春考察", "何立峰 attended 李强在吉林松原、长春考察"], forbids: ["肖捷 attended 李强来到查干湖考察"]),
            // Talks recalled in another's words are none the article reports (AttendanceRule.cited); 会晤 keeps its word;
            // separate meetings with unnamed leaders are no one meeting.
            Example("汪洋会见塞浦路斯议长西卢里斯。汪洋表示,今年4月,胡锦涛主席与阿纳斯塔夏季斯总统在北京会晤。胡锦涛同美国总统拜登举行会晤。胡锦涛还分别会见塔吉克斯坦、西班牙等国领导人。",
                    yields: ["西卢里斯 attended 汪洋会见西卢里斯", "拜登 attended 胡锦涛同拜登会晤"],
                    forbids: ["阿纳斯塔夏季斯 attended", "胡锦涛同拜登会谈", "等国领导人"]),
            Example("胡锦涛同奥巴马在安纳伯格庄园举行会晤。不久前,胡锦涛主席在博鳌与洪森首相成功会晤。",
                    yields: ["奥巴马 attended 胡锦涛同奥巴马会晤"], forbids: ["成功 ", "洪森 attended"]),
            // The leader of a party met, before 和他率领的 (EncounterRule.guests).
            Example("中共中央总书记胡锦涛13日下午在人民大会堂会见了中国国民党荣誉主席吴伯雄和他率领的中国国民党访问团全体成员。",
                    yields: ["吴伯雄 attended 胡锦涛会见吴伯雄", "胡锦涛 attended 胡锦涛会见吴伯雄"]),
            // The host named after the clause of the meeting, as the one who spoke there (EncounterRule.speaker).
            Example("在会见李显龙时,李克强表示,中新关系稳定发展。在同巴育会谈时,胡锦涛指出,双方要深化合作。肖捷参加上述会见。",
                    yields: ["李克强 attended 李克强会见李显龙", "李显龙 attended 李克强会见李显龙", "胡锦涛 attended 胡锦涛同巴育会谈",
                             "巴育 attended 胡锦涛同巴育会谈"]),
            Example("随后,胡锦涛同杜特尔特举行会谈。", yields: ["胡锦涛 attended 胡锦涛同杜特尔特会谈", "杜特尔特 attended 胡锦涛同杜特尔特会谈"]),
            Example("李强在广东考察。黄坤明、王伟中陪同考察。", yields: ["黄坤明 attended 李强在广东考察", "王伟中 attended 李强在广东考察"]),
            // 陪同考察 joins the tour as the article first reports it, not its last stop.
            Example("李强在广东考察。21日下午,李强来到深圳前海考察。黄坤明、王伟中陪同考察。",
                    yields: ["黄坤明 attended 李强在广东考察", "王伟中 attended 李强在广东考察"],
                    forbids: ["黄坤明 attended 李强来到深圳前海考察"]),
            Example("国家主席胡锦涛在贝尔格莱德同塞尔维亚总统尼科利奇举行会谈。杨洁篪等参加了会谈。", yields: ["杨洁篪 attended 胡锦涛同尼科利奇会谈"]),
            // Companions over a comma between their titles; 一同会见 and 出席会见; a party met after a person.
            Example("中共中央总书记胡锦涛在人民大会堂会见连战。中共中央政治局委员王沪宁、栗战书,国务委员杨洁篪等参加会见。",
                    yields: ["王沪宁 attended 胡锦涛会见连战", "栗战书 attended 胡锦涛会见连战", "杨洁篪 attended 胡锦涛会见连战"]),
            Example("全国政协主席汪洋在人民大会堂会见澳门特区行政长官崔世安。黄坤明、张庆黎、夏宝龙等一同会见。",
                    yields: ["黄坤明 attended 汪洋会见崔世安", "夏宝龙 attended 汪洋会见崔世安"]),
            Example("国家主席胡锦涛在约翰内斯堡集体会见17位非洲国家领导人。塞内加尔总统萨勒、利比里亚总统瑟利夫出席会见。",
                    yields: ["胡锦涛 attended 胡锦涛会见17位非洲国家领导人", "萨勒 attended 胡锦涛会见17位非洲国家领导人", "瑟利夫 attended 胡锦涛会见17位非洲国家领导人"]),
            Example("国家主席胡锦涛3日在圣何塞会见哥斯达黎加立法大会主席门多萨及各政党代表。",
                    yields: ["胡锦涛 attended 胡锦涛会见门多萨", "门多萨 attended 胡锦涛会见门多萨", "各政党代表 attended 胡锦涛会见门多萨"]),
            Example("国家主席胡锦涛在安克雷奇会见阿拉斯加州州长沃克。", yields: ["沃克 attended 胡锦涛会见沃克", "沃克 title 阿拉斯加州州长"]),
            // A banquet held for a guest is a 宴会 (event_kinds.txt).
            Example("国家主席胡锦涛在人民大会堂为卢卡申科举行欢迎晚宴。",
                    yields: ["胡锦涛 attended 欢迎晚宴(卢卡申科)", "卢卡申科 attended 欢迎晚宴(卢卡申科)", "欢迎晚宴(卢卡申科) kind 宴会"]),
            // 时 that ends a country's name ends no guest; a visiting group (参观团, guest_parties.txt) is a guest.
            Example("全国人大常委会委员长胡锦涛12日在北京会见比利时首相米歇尔。全国政协主席胡锦涛29日在京会见全国少数民族参观团。",
                    yields: ["胡锦涛 attended 胡锦涛会见米歇尔", "米歇尔 attended 胡锦涛会见米歇尔", "文章 reports 胡锦涛会见全国少数民族参观团"]),
            // A clause with no subject of its own continues the sentence's topic.
            Example("全国政协主席贾庆林11月7日至9日对约旦进行正式友好访问,分别会见了首相恩苏尔、众议院代议长萨法迪,并与参议长拉瓦比德进行了会谈。",
                    yields: ["贾庆林 attended 贾庆林会见恩苏尔", "萨法迪 attended 贾庆林会见萨法迪", "贾庆林 attended 贾庆林同拉瓦比德会谈",
                             "拉瓦比德 attended 贾庆林同拉瓦比德会谈"],
                    forbids: ["萨法迪同拉瓦比德会谈"]),
            // A time of day after the day, a title with a word before it (临时参议长: 时 there ends no guest), a long
            // transliterated name, a visit or summit the host is at.
            Example("中共中央政治局常委李长春当地时间18日中午在拉合尔会见了旁遮普省首席部长夏巴兹。",
                    yields: ["李长春 attended 李长春会见夏巴兹", "夏巴兹 attended 李长春会见夏巴兹"]),
            Example("全国人大常委会委员长栗战书17日在北京会见利比里亚临时参议长阿尔伯特·切。国务院总理李强在紫光阁会见访华的日本外相林芳正时说,双方要合作。",
                    yields: ["阿尔伯特·切 attended 栗战书会见阿尔伯特·切", "栗战书 attended 栗战书会见阿尔伯特·切", "林芳正 attended 李强会见林芳正"]),
            Example("国家主席胡锦涛在人民大会堂同来华进行国事访问的土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫举行会谈。",
                    yields: ["谢尔达尔·别尔德穆哈梅多夫 attended 胡锦涛同谢尔达尔·别尔德穆哈梅多夫会谈"]),
            // A guest's title after the name (迈特帕里总督), a given name that is also a country (朱马里).
            Example("欢迎仪式后,胡锦涛主席在人民大会堂同迈特帕里总督举行会谈。胡锦涛在北京同前来出席纪念活动的老挝人民革命党中央总书记、国家主席朱马里举行会谈。",
                    yields: ["迈特帕里 attended 胡锦涛同迈特帕里会谈", "朱马里 attended 胡锦涛同朱马里会谈", "朱马里 title 国家主席"]),
            Example("国家主席胡锦涛在里约热内卢出席二十国集团领导人峰会期间会见德国总理朔尔茨。",
                    yields: ["胡锦涛 attended 胡锦涛会见朔尔茨", "朔尔茨 attended 胡锦涛会见朔尔茨"]),
            // HOST为GUEST举行欢迎仪式 / 欢迎宴会, with spouses.
            Example("会谈前,胡锦涛和夫人刘永清在人民大会堂东门外广场为赛义德和夫人伊什拉芙举行欢迎仪式。当天中午,胡锦涛和刘永清为赛义德夫妇举行欢迎宴会。",
                    yields: ["刘永清 attended 欢迎仪式(赛义德)", "赛义德 attended 欢迎仪式(赛义德)", "伊什拉芙 attended 欢迎仪式(赛义德)",
                             "胡锦涛 attended 欢迎宴会(赛义德)", "赛义德 attended 欢迎宴会(赛义德)"],
                    forbids: ["attended 欢迎仪式(伊什拉芙)"]),
            // A call is talks by telephone; 参加了会见 with no 会见 reported in the text is at the article's 会见.
            Example("国务院总理李克强1日应约同欧盟委员会主席冯德莱恩通电话。", yields: ["李克强 attended 李克强同冯德莱恩通电话"], forbids: ["应约 attended"]),
            Example("李克强16日在京应约同巴基斯坦总理夏巴兹通电话。",
                    yields: ["李克强 attended 李克强同夏巴兹通电话", "夏巴兹 attended 李克强同夏巴兹通电话", "李克强同夏巴兹通电话 kind 通话"]),
            Example("张德江说,两国合作前景广阔。王晨参加了会见。", yields: ["王晨 attended 会见(2020-11-12)", "会见(2020-11-12) kind 会见"],
                    forbids: ["王晨 attended 会议"]),
            Example("伊朗外长阿卜杜拉希扬9日访问叙利亚,分别与叙利亚总统巴沙尔、叙利亚外长梅克达德举行会谈。",
                    yields: ["巴沙尔 attended 阿卜杜拉希扬同巴沙尔会谈", "梅克达德 attended 阿卜杜拉希扬同梅克达德会谈",
                             "阿卜杜拉希扬 attended 阿卜杜拉希扬同巴沙尔会谈", "阿卜杜拉希扬 attended 阿卜杜拉希扬同梅克达德会谈"],
                    forbids: ["梅克达德 attended 阿卜杜拉希扬同巴沙尔会谈"]),
            // A party led by someone whose name is not read: the host was there all the same.
            Example("全国政协主席胡锦涛30日在京会见由总书记加萨马格拉率领的卢旺达爱国阵线干部考察团。",
                    yields: ["胡锦涛 attended 胡锦涛会见卢旺达爱国阵线干部考察团"]),
            // The head of a party named 以…为团长的 was there (a corpus article of 2019-01-28).
            Example("国家主席胡锦涛和夫人刘永清在北京会见以朝鲜劳动党中央政治局委员、国际部部长李洙墉为团长的朝鲜友好艺术团。",
                    yields: ["胡锦涛 attended 胡锦涛、刘永清会见李洙墉", "刘永清 attended 胡锦涛、刘永清会见李洙墉", "李洙墉 attended 胡锦涛、刘永清会见李洙墉"]),
            Example("会见时,双方表示愿意加强合作。", forbids: ["attended"]),
            Example("国家主席胡锦涛将会见欧洲理事会主席图斯克。", forbids: ["attended"]),
            Example("白俄罗斯总统卢卡申科今天抵达莫斯科,将与俄罗斯总统普京举行会谈。", forbids: ["普京 attended", "会谈"]),
            Example("李克强在会见时表示,中方愿同各方一道努力。", forbids: ["attended"]),
            Example("两国元首还共同会见了记者。", forbids: ["attended"]),
            Example("胡锦涛作出重要指示,要求做好接待工作。", forbids: ["attended"]),
        ],
        reads: ["inspection", "official", "visit"]
    )

    public init() {}

    public func apply(to context: inout ExtractionContext) {
        context.bodyThenHeadline { span, context in read(span, &context) }
    }

    func read(_ span: Span, _ context: inout ExtractionContext) {
        let text = context.text, lex = context.lexicons
        // 不久前,胡锦涛主席在博鳌与洪森首相会晤: a sentence that recalls an earlier event reports none.
        if lex.recallOpeners.longest(in: text, at: span.start, limit: span.end) != nil { return }
        for (i, n) in lex.encounterTrie.matches(in: text, span) {
            switch lex.encounterWords[text.slice(i, i + n)] {
            case .meet: _ = meeting(at: i, length: n, span, &context)
            case .talks: _ = talks(at: i, length: n, span, &context)
            case .ceremony: _ = ceremony(at: i, length: n, span, &context)
            case .accompanied: accompanied(at: i, span, &context)
            case .join: companions(before: i, Span(i, i + n), span, role: "参加", &context)
            // 陪同人员同机抵达: the staff of a visit, read by the arrival rule.
            case .accompany: if !context.text.matches("人员", at: i + n) { companions(before: i, Span(i, i + n), span, role: "陪同", &context) }
            case .guestEnd, nil: break
            }
        }
    }

    /// HOST(在…)会见 GUEST(率领的…); the guest may come after a clause that describes them (会见来华出席…的
    /// 埃及总理马德布利), be the leader of a delegation (会见由…主席克林贝尔率领的代表团), or a party the text does
    /// not name person by person (会见…代表团一行, 会见…项目团队代表): then the host alone is named.
    func meeting(at i: Int, length n: Int, _ sentence: Span, _ context: inout ExtractionContext) -> EntityKey? {
        let text = context.text
        // 在会见李显龙时,李克强表示: the host is named after the clause of the meeting, as the one who spoke at it.
        if i > sentence.start, text[i - 1] == "在", let hosts = speaker(after: i + n, sentence, &context),
           let guests = guests(from: i + n, sentence, &context) {
            return record("\(Self.partyName(hosts, text))会见\(Self.partyName(guests, text))", hosts, guests, role: "会见",
                          Span(i - 1, hosts.persons.last!.name.end), &context)
        }
        guard let hosts = people(before: i, sentence, &context),
              !AttendanceRule.announced(Span(hosts.persons.last!.name.end, i), context.text),
              !AttendanceRule.cited(before: hosts.start, sentence, context) else { return nil }
        let start = i + n
        var end = guestEnd(from: start, sentence, text, context.lexicons)
        let host = text.slice(hosts.persons[0].name)
        if let guests = guests(from: start, sentence, &context) {
            // 分别会见A、B和C: a meeting with each.
            if text.matches("分别", at: i - 2), guests.persons.count > 1 {
                var last: EntityKey?
                for guest in guests.persons {
                    var one = guests
                    one.persons = [guest]   // the host, and this guest
                    last = record("\(host)会见\(text.slice(guest.name))", hosts, one, role: "会见", Span(hosts.start, guest.name.end), &context)
                }
                return last
            }
            // 李克强、俞正声分别会见萨塔: a meeting of each host with the guest.
            if text.matches("分别", at: i - 2), hosts.persons.count > 1 {
                var last: EntityKey?
                for h in hosts.persons {
                    var one = hosts
                    one.persons = [h]; one.groups = []
                    last = record("\(text.slice(h.name))会见\(Self.partyName(guests, text))", one, guests, role: "会见", Span(hosts.start, guests.persons.last!.name.end), &context)
                }
                return last
            }
            return record("\(Self.partyName(hosts, text))会见\(Self.partyName(guests, text))", hosts, guests, role: "会见", Span(hosts.start, guests.persons.last!.name.end), &context)
        }
        // 会见由总书记加萨马格拉率领的…考察团, a leader no name was read for: the party led.
        var partyStart = start
        if text[start] == "由", let led = text.find("率领的", from: start + 2, to: Clauses.clauseEnd(text, from: start, ceiling: sentence.end)) {
            partyStart = led + 3
            end = guestEnd(from: partyStart, sentence, text, context.lexicons)
        }
        guard end - start >= 2, end - start <= 40, context.lexicons.guestParties.longest(in: text, at: end, limit: partyStart) != nil,
              // 分别会见…等国领导人: several meetings with people the text does not name; none of them is this one.
              !text.matches("分别", at: i - 2) else { return nil }
        let none = PeopleList(Span(end, end), names: context.names)
        // Named by the party, without the clause that describes it (来华出席…的|美方代表; 荣获…的|外国专家以及他们的亲属).
        let party = (partyStart..<end).first(where: { text[$0] == "的" }).map { $0 + 1 } ?? partyStart
        return record("\(host)会见\(text.slice(party < end - 1 ? party : partyStart, end))", hosts, none, role: "会见", Span(hosts.start, end), &context)
    }

    /// The people who open the clause after one that ends in 时 and speak there (在会见…时,李克强表示).
    func speaker(after start: Int, _ sentence: Span, _ context: inout ExtractionContext) -> PeopleList? {
        let text = context.text
        let end = Clauses.clauseEnd(text, from: start, ceiling: sentence.end)
        guard end + 3 < sentence.end, text[end - 1] == "时", text[end] == "," else { return nil }
        let from = end + 1, next = Clauses.clauseEnd(text, from: from, ceiling: sentence.end)
        for k in from + 2...max(from + 2, min(next, from + 24)) {
            let list = PeopleList(Span(from, k), names: context.names)
            guard list.start == from, !list.persons.isEmpty, Self.readToEnd(list, k) else { continue }
            if (1...3).contains(where: { m in k + m <= next && context.lexicons.attendance[text.slice(k, k + m)]?.kind == .remark }) { return list }
        }
        return nil
    }

    /// The people met, read whole: after 由 up to 率领; after the last 的 of a describing clause; or the phrase.
    func guests(from start: Int, _ sentence: Span, _ context: inout ExtractionContext) -> PeopleList? {
        let text = context.text, lex = context.lexicons
        let clauseEnd = Clauses.clauseEnd(text, from: start, ceiling: sentence.end)
        var candidates: [Span] = []
        if text[start] == "由", let led = text.find("率领", from: start + 2, to: clauseEnd) { candidates.append(Span(start + 1, led)) }
        // 会见以…李洙墉为团长的朝鲜友好艺术团: the head of the party.
        if text[start] == "以", let led = text.find("为团长", from: start + 2, to: clauseEnd) ?? text.find("为首", from: start + 2, to: clauseEnd) {
            candidates.append(Span(start + 1, led))
        }
        // 吴伯雄和他率领的中国国民党访问团: the leader, then the party led.
        for lead in lex.partyLeaderLeads {
            if let at = text.find(lead, from: start + 2, to: clauseEnd) { candidates.append(Span(start, at)); break }
        }
        // After a describing clause first, so that the clause is not read as a title.
        for de in stride(from: clauseEnd - 3, to: start, by: -1) where text[de] == "的" && !text.matches("率领的", at: de - 2) {
            candidates.append(Span(de + 1, guestEnd(from: de + 1, sentence, text, lex)))
        }
        candidates.append(Span(start, guestEnd(from: start, sentence, text, lex)))
        for span in candidates where span.length >= 2 {
            let list = PeopleList(span, names: context.names)
            guard list.start == span.start else { continue }
            if Self.readToEnd(list, span.end) { return list }
            // 连战等台湾各界代表人士: the people named, then the party they stand for.
            if let last = list.persons.last, text.matches("等", at: last.name.end), list.groups.isEmpty,
               lex.guestParties.longest(in: text, at: span.end, limit: last.name.end + 1) != nil { return list }
        }
        return nil
    }

    /// HOST同/与 GUEST(在…)(举行)会谈.
    func talks(at i: Int, length n: Int, _ sentence: Span, _ context: inout ExtractionContext) -> EntityKey? {
        let text = context.text
        let clause = Clauses.clauseStart(text, before: i, floor: sentence.start)
        guard let with = (clause..<i).first(where: { text[$0] == "同" || text[$0] == "与" }), with > clause else { return nil }
        // 在同李显龙会谈时,李克强表示: the host speaks after the clause.
        let hostAfter = with == clause + 1 && text[clause] == "在"
        guard let hosts = hostAfter ? speaker(after: i + n, sentence, &context) : people(before: with, sentence, &context),
              // 将与普京举行会谈: talks announced, not held yet.
              hostAfter || !AttendanceRule.announced(Span(hosts.persons.last!.name.end, i), text),
              // 汪洋表示,今年4月,胡锦涛主席与…总统在北京会晤: talks recalled in another's words are none the article reports.
              hostAfter || !AttendanceRule.cited(before: hosts.start, sentence, context) else { return nil }
        var end = i
        // The verb nearest the event word (来华进行国事访问的…举行会谈: 举行, not the 进行 of the visit).
        if let held = (with + 1..<i).reversed().first(where: { k in context.lexicons.heldVerbs.contains { text.matches($0, at: k) } }) { end = held }
        if let at = (with + 1..<end).last(where: { text[$0] == "在" }), end - at <= 12 { end = at }
        // 同来华进行国事访问的法国总统马克龙: the guest after the clause that describes them.
        var from = with + 1
        for de in stride(from: end - 3, to: with, by: -1) where text[de] == "的" {
            let list = PeopleList(Span(de + 1, end), names: context.names)
            if list.start == de + 1, Self.readToEnd(list, end) { from = de + 1; break }
        }
        let guests = Self.guestList(Span(from, end), context.names)
        guard Self.readToEnd(guests, end) else { return nil }
        // 会谈 and 会晤 are talks; 通电话 is a call: each named by its word.
        // 会晤 keeps its word (李强同拜登会晤), as the text names it.
        let written = text.slice(i, i + n)
        let word = context.lexicons.eventKind(written) == "通话" || written == "会晤" ? written : "会谈"
        // 分别与巴沙尔、梅克达德举行会谈: talks with each guest apart.
        let apart = text.matches("分别", at: with - 2) && guests.persons.count > 1
        let parties = apart ? guests.persons.map { guest in var one = guests; one.persons = [guest]; return one } : [guests]
        var last: EntityKey?
        for party in parties {
            let name = "\(Self.partyName(hosts, text))同\(Self.partyName(party, text))\(word)"
            last = record(name, hosts, party, role: word, hostAfter ? Span(clause, hosts.persons.last!.name.end) : Span(hosts.start, i + n), &context)
        }
        return last
    }

    /// HOST举行(…)欢迎仪式,欢迎 GUEST对我国进行…访问; HOST(在…)为 GUEST 举行欢迎仪式 (or 欢迎宴会). Named by what was
    /// held and for whom: 欢迎仪式(卢卡申科), 欢迎宴会(赛义德).
    func ceremony(at i: Int, length n: Int, _ sentence: Span, _ context: inout ExtractionContext) -> EntityKey? {
        let text = context.text
        let clause = Clauses.clauseStart(text, before: i, floor: sentence.start)
        guard let held = text.find("举行", from: clause, to: i) else { return nil }
        // What was held, without 了 and the words that praise it (隆重热烈的, 盛大; event_praise_words.txt): 欢迎仪式,
        // 欢迎宴会; a bare 仪式 is a welcome.
        var what = held + 2
        while what < i, let k = context.lexicons.attendanceFillers.longest(in: text, at: what, limit: i)
                ?? context.lexicons.eventPraiseWords.longest(in: text, at: what, limit: i).map({ text[what + $0] == "的" ? $0 + 1 : $0 })
                ?? (text[what] == "了" ? 1 : nil) { what += k }
        let phrase = what < i ? text.slice(what, i + n) : "欢迎" + text.slice(i, i + n)
        if let wei = (clause..<held).last(where: { text[$0] == "为" }), wei > clause {
            guard let guests = Self.guests(givenFor: wei, before: held, context) else { return nil }
            // 帕夫洛普洛斯和夫人(在总统府)为…: a spouse the text does not name is no host.
            var hostEnd = (max(clause, wei - 16)..<wei).last(where: { text[$0] == "在" }) ?? wei
            for word in ["和夫人", "夫妇"] where text.matches(word, at: hostEnd - word.unicodeScalars.count) { hostEnd -= word.unicodeScalars.count }
            guard let hosts = people(before: hostEnd, sentence, &context) else { return nil }
            return record("\(phrase)(\(text.slice(guests.persons[0].name)))", hosts, guests, role: "出席", Span(hosts.start, i + n), &context)
        }
        guard let hosts = people(before: held, sentence, &context),
              let welcome = text.find("欢迎", from: i + n, to: sentence.end) else { return nil }
        let start = welcome + 2
        var end = Clauses.clauseEnd(text, from: start, ceiling: sentence.end)
        for stop in ["对", "来华", "访华", "进行", "出席"] {
            if let at = text.find(stop, from: start + 2, to: end) { end = min(end, at) }
        }
        let guests = PeopleList(Span(start, end), names: context.names)
        guard Self.readToEnd(guests, end) else { return nil }
        let name = "\(phrase.hasPrefix("欢迎") ? phrase : "欢迎仪式")(\(text.slice(guests.persons[0].name)))"
        return record(name, hosts, guests, role: "出席", Span(hosts.start, end), &context)
    }

    /// 为赛义德和夫人伊什拉芙举行, 为赛义德夫妇举行: the guests an event is held for, read whole between 为 and 举行 (the
    /// place after them, 在总统府, and words like 共同 left out), or nil. The banquet rule asks it too, so that a banquet
    /// for guests is read once.
    static func guests(givenFor wei: Int, before held: Int, _ context: ExtractionContext) -> PeopleList? {
        let text = context.text
        var end = (wei + 1..<held).last(where: { text[$0] == "在" }) ?? held
        while end > wei + 1, let k = context.lexicons.attendanceFillers.longest(in: text, at: end, limit: wei + 1) { end -= k }
        if text.matches("夫妇", at: end - 2) { end -= 2 }
        let guests = guestList(Span(wei + 1, end), context.names)
        return guests.start == wei + 1 && readToEnd(guests, end) && !guests.persons.isEmpty ? guests : nil
    }

    /// HOST在A和B陪同下…: the host and the companions were there. The 在 may open a clause of its own after the host's
    /// (HOST在出席…峰会后,在省委书记A、省长B陪同下,来到…): the host is then the person the sentence's topic is.
    func accompanied(at i: Int, _ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text
        let clause = Clauses.clauseStart(text, before: i, floor: sentence.start)
        guard let at = (clause..<i).last(where: { text[$0] == "在" }), at >= clause else { return }
        let list = PeopleList(Span(at + 1, i), names: context.names)
        guard !list.persons.isEmpty, list.start == at + 1, list.persons.last!.name.end == i else { return }
        let meeting = context.event(at: i, kind: nil)
        attend(list, meeting, role: "陪同", &context)
        if let hosts = people(before: at, sentence, &context) { attend(hosts, meeting, role: "出席", &context) }
    }

    /// 王沪宁、栗战书等参加会见 / 陪同考察; 中共中央政治局委员王沪宁、栗战书，国务委员杨洁篪等参加会见 (over commas).
    /// 参加了会见: the event word the verb names (会见, 会谈) says which event; where the article reported none of its
    /// kind (a 会见 named only in the headline), the event is that word, told apart by the article's headline and date.
    func companions(before i: Int, _ verb: Span, _ sentence: Span, role: String, _ context: inout ExtractionContext) {
        guard let list = people(before: i, sentence, walkBack: true, &context) else { return }
        let lex = context.lexicons
        let word = (verb.start..<verb.end - 1).lazy.map { Span($0, verb.end) }.first { lex.eventKinds[context.text.slice($0)] != nil }
            .flatMap { w in lex.genericEventWords.contains(context.text.slice(w)) ? nil : w }
        let bare = word.map { (context.text.slice($0), $0) }
        // 陪同考察, 陪同调研: companions were with the tour throughout, not at its last stop: the tour as the article
        // first reports it (胡锦涛在陕西考察, not …来到西安…考察).
        if lex.inspectionVerbs.longest(in: context.text, at: verb.end, limit: sentence.end) != nil,
           let tour = context.firstReported(before: i, kind: InspectionRule.kind) {
            attend(list, tour, role: role, &context)
            return
        }
        // 肖捷、何立峰陪同 after a stop of a tour: the tour, as the article first reports it with its host.
        let event = context.event(at: i, kind: bare.map { lex.eventKind($0.0) }, bare: bare)
        attend(list, bare == nil ? context.tour(holding: event, before: i) ?? event : event, role: role, &context)
    }

    /// The people who are the subject of the verb at `i`, read whole, or nil. `groupsAlone`: a list of unnamed groups
    /// only (中央和国家机关有关部门负责同志…也前往送别) will do.
    func people(before i: Int, _ sentence: Span, walkBack: Bool = false, groupsAlone: Bool = false, _ context: inout ExtractionContext) -> PeopleList? {
        guard let (region, _) = AttendanceRule().subjectRegion(before: i, sentence, &context, walkBack: walkBack) else {
            return topic(before: i, sentence, &context)
        }
        var end = region.end
        // (A region that is only such a word keeps it: a span never ends before it starts.)
        for tail in ["等人", "等", "还", "也", "分别", "一同", "共同"]
        where end - tail.unicodeScalars.count > region.start && context.text.matches(tail, at: end - tail.unicodeScalars.count) {
            end -= tail.unicodeScalars.count
        }
        let list = PeopleList(Span(region.start, end), names: context.names)
        // People in the clause before the verb's own (李克强,13日下午在人民大会堂会见) are its subject only when that
        // clause is nothing but them; …萨法迪,并与拉瓦比德进行了会谈 continues the sentence's topic instead.
        if region.end <= Clauses.clauseStart(context.text, before: i, floor: sentence.start),
           list.start != region.start || !Self.readToEnd(list, end)
            || (region.start..<region.end).contains(where: { context.lexicons.encounterTrie.longest(in: context.text, at: $0, limit: region.end) != nil }) {
            return topic(before: i, sentence, &context)
        }
        if groupsAlone, list.persons.isEmpty, list.start == region.start, list.groups.last?.span.end == end { return list }
        // Read to its end: the last name, or a title after it (胡锦涛总书记在…考察).
        guard Self.readToEnd(list, end) else { return nil }
        return list
    }

    /// …俞正声11月7日至9日对约旦进行正式友好访问,分别会见了…: a clause with no subject of its own (only words like
    /// 分别, 并) continues the sentence's topic, the people an earlier clause of the sentence starts with.
    func topic(before i: Int, _ sentence: Span, _ context: inout ExtractionContext) -> PeopleList? {
        let text = context.text
        var clause = Clauses.clauseStart(text, before: i, floor: sentence.start)
        // Only where nothing but words like 分别, 并 (attendance_fillers.txt) stands between the clause start and the verb.
        var e = i
        while e > clause, let n = context.lexicons.attendanceFillers.longest(in: text, at: e, limit: clause) { e -= n }
        guard e == clause else { return nil }
        for _ in 0..<3 {
            guard clause > sentence.start, text[clause - 1] == "," else { return nil }
            clause = Clauses.clauseStart(text, before: clause - 1, floor: sentence.start)
            // The clause starts with a person (a title, then the name), not with a deed (分别会见了首相恩苏尔); the
            // longest reading of the name (贾庆林, not 贾庆).
            let clauseEnd = Clauses.clauseEnd(text, from: clause, ceiling: sentence.end)
            var found: PeopleList?
            var named: PeopleList?
            var personSpans: [Span]?   // sorted once, and only when a reading is found
            for k in stride(from: clause + 2, through: min(clauseEnd, clause + 24), by: 1) {
                let list = PeopleList(Span(clause, k), names: context.names)
                guard list.start == clause, list.persons.count == 1, list.persons[0].name.end == k, list.groups.isEmpty else { continue }
                // 胡锦涛夫人刘永清, 李克强总理夫人程虹: a name that a longer reading makes part of a spouse's title (the name,
                // a title word or none, 夫人) gives way to the spouse.
                if let f = found, f.persons[0].name.start != list.persons[0].name.start,
                   !(text.matches("夫人", at: list.persons[0].name.start - 2) && list.persons[0].name.start - f.persons[0].name.end <= 4) { break }
                found = list
                if personSpans == nil { personSpans = context.personSpans }
                if ExtractionContext.spans(personSpans!, within: list.persons[0].name).contains(list.persons[0].name) { named = list }
            }
            // 张高丽当地时间25日…: a reading the article names a person by wins over a longer one cut where the span ends
            // (张高丽当).
            if let n = named, let f = found, n.persons[0].name.start == f.persons[0].name.start { found = n }
            if let found, !(clause..<found.persons[0].name.end).contains(where: { context.lexicons.encounterTrie.longest(in: text, at: $0, limit: found.persons[0].name.end) != nil }) {
                return found
            }
        }
        return nil
    }

    /// The people of a span; a foreign name with no title (随后,胡锦涛同杜特尔特举行会谈; 为赛义德夫妇举行) is known by its
    /// transliteration characters.
    static func guestList(_ span: Span, _ names: NameReader) -> PeopleList {
        // 赛义德和夫人伊什拉芙: the untitled name, then 和 and the rest (not a title 赛义德和夫人).
        for k in stride(from: span.start + 2, to: min(span.end, span.start + 9), by: 1) where names.text[k] == "和" {
            guard names.isTransliterated(span.start, k), names.plausibleForeign(span.start, k) else { continue }
            var rest = PeopleList(Span(k + 1, span.end), names: names)
            guard rest.start == k + 1, readToEnd(rest, span.end) else { continue }
            rest.persons.insert(PeopleList.Person(name: Span(span.start, k), titles: []), at: 0)
            rest.start = span.start
            return rest
        }
        var guests = PeopleList(span, names: names)
        if guests.persons.isEmpty, span.length >= 2, names.isTransliterated(span.start, span.end), names.plausibleForeign(span.start, span.end) {
            guests.persons = [PeopleList.Person(name: span, titles: [])]
            guests.start = span.start
        }
        return guests
    }

    /// Is a list of people read to `end`: its last name there, a title after it (李强总理, 佩特罗总统), or a group that
    /// follows the people (门多萨及各政党代表)?
    static func readToEnd(_ list: PeopleList, _ end: Int) -> Bool {
        guard let last = list.persons.last else { return false }
        if let group = list.groups.last, group.span.end == end, group.span.start >= last.name.end { return true }
        return last.name.end == end || last.titles.last.map { $0.end == end && $0.start >= last.name.end } == true
    }

    func guestEnd(from s: Int, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> Int {
        var end = Clauses.clauseEnd(text, from: s, ceiling: sentence.end)
        let vocabulary = lex.segmenter.vocabulary
        for stop in lex.guestEnds {
            var from = s + 2
            while let at = text.find(stop, from: from, to: end) {
                // A one-character stop that ends a word ends nothing (临时参议长, 比利时首相), unless a clause or what was
                // said follows it (会见…林芳正时说: 正时 is a word too).
                if stop.unicodeScalars.count == 1, at > s, (1...3).contains(where: { k in at - k >= s && vocabulary.kind(text, at - k, at + 1) != nil }),
                   at + 1 < end, text[at + 1].isHan, lex.sourceVerbs.longest(in: text, at: at + 1, limit: end) == nil {
                    from = at + 1; continue
                }
                end = min(end, at); break
            }
        }
        return end
    }

    func record(_ name: String, _ hosts: PeopleList, _ guests: PeopleList, role: String, _ span: Span, _ context: inout ExtractionContext) -> EntityKey {
        // Its kind by what happened, not by the guest's name it ends in: a ceremony's by the word before the guest
        // (欢迎晚宴(…) is a 宴会, 欢迎仪式(…) a 仪式).
        let held = name.split(separator: "(").first.map(String.init) ?? name
        let kind = role != "出席" ? context.lexicons.eventKind(role) : [context.lexicons.eventKind(held)].first { $0 != "会议" } ?? "仪式"
        let meeting = context.report(name, span, kind: kind)
        if let day = context.dates.articleDate { context.fact(meeting, Predicate.heldOn, literal: day.description, span) }
        attend(hosts, meeting, role: role, &context)
        attend(guests, meeting, role: role, &context)
        return meeting
    }

    /// One side of a meeting or talks as its name gives it: every person of it (奥朗德、默克尔同波罗申科会谈, 胡锦涛会见
    /// 巴雷特、伯克), the first and 等 where more than three are named.
    static func partyName(_ list: PeopleList, _ text: TextBuffer) -> String {
        let names = list.persons.map { text.slice($0.name) }
        return names.count <= 3 ? names.joined(separator: "、") : names[0] + "等"
    }

    func attend(_ list: PeopleList, _ meeting: EntityKey, role: String, _ context: inout ExtractionContext) {
        for p in list.persons {
            let person = context.mention(.person, context.doc.slice(p.name), p.name)
            context.fact(person, Predicate.attended, meeting, p.name, [Qualifier("role", role)])
            for t in p.titles { TitleFacts.record(person, title: t, &context) }
        }
        AttendanceRule.recordGroups(list.groups, at: meeting, [Qualifier("role", role)], &context)
    }
}
