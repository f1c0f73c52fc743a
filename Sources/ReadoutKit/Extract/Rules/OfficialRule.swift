/// Officials named in running text: titles before a name (国务院总理李克强), a title after it (胡锦涛总书记),
/// 同志 after it; and, once a name is known, its other mentions.
public struct OfficialRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "official",
        summary: "A person name next to a title word, with the titles written before it.",
        examples: [
            Example("会前,胡锦涛总书记对全国就业工作作出重要指示。", yields: ["胡锦涛 title 总书记"]),
            // No name starts at the last character of a word (时任, 缺席, 了解) or a place (古巴, 长沙); a surname and a
            // title (习主席) are no name; 应…邀请 is an invitation.
            Example("时任包头市长牛玉儒说,古巴外交部长罗德里格斯表示,应普京邀请,胡主席出席。",
                    yields: ["牛玉儒 title 包头市长", "罗德里格斯 title 古巴外交部长"],
                    forbids: ["任包头 title 市长", "巴外交 title 部长", "应普京 title 主席", "胡主席 title 主席"]),
            // No name starts with the 于 of a word (对于叙总统: surname_word_ends.txt).
            Example("对于叙总统巴沙尔的表态,外长王毅表示欢迎。", yields: ["王毅 title 外长"], forbids: ["于叙 title 总统"]),
            // The body of a title is read as a body's mention is: a description in front goes (最大商业银行).
            Example("德国最大商业银行德意志银行首席执行官塞文表示。", yields: ["塞文 member_of 德意志银行"],
                    forbids: ["塞文 member_of 德国最大商业银行德意志银行"]),
            // A preposition before a transliterated name is no surname (向萨塔); a verb written often is no name (施压).
            Example("向萨塔总统的亲属表示诚挚的慰问。示威者试图向总统和议员施压。", forbids: ["向萨塔", "施压 title"]),
            // A given name does not open with a pronoun (向我新当选…).
            Example("外国领导人向我新当选领导人致贺电。", forbids: ["向我新"]),
            // A verb written often is no name after a title (发言人回应说, 专家解释说).
            Example("巴勒斯坦国总统阿巴斯发言人回应说,以方的举动无法改变事实。中国疾控中心专家解释说,没有证据。", forbids: ["回应 title", "解释 title"]),
            // Titles of spokesmen and of finance ministers (titles.txt), foreign names after them.
            Example("叙利亚外交部新闻发言人马克迪希表示,美国前财长鲍尔森出席。",
                    yields: ["马克迪希 title 叙利亚外交部新闻发言人", "鲍尔森 title 美国前财长"]),
            Example("李克强向约翰·基介绍情况,董事长江丙坤出席。", yields: ["江丙坤 title 董事长"], forbids: ["李克强向约翰·基 title 董事长"]),
            // No title whose first character ends a word written often (地处|长江, 二十大|将于); no given name that is a
            // word of place or time (上游, 明天).
            Example("四川地处长江上游,党的二十大将于明天开幕。副处长江涛、天津大学校长钟登华、法国外长勒德里安和李明明出席。",
                    yields: ["江涛 title 副处长", "钟登华 title 天津大学校长", "勒德里安 title 法国外长"],
                    forbids: ["江上游", "于明天", "江上游 title 地处长", "于明天 title 二十大将"]),
            // A name ends before a verb that follows names (带领, 再度, 撰文), and before 正 when such a verb follows it.
            Example("急诊科主任冯伟带领团队,总工程师姜鹏正带领团队攻关,英国首相特雷莎·梅再度表示。",
                    yields: ["冯伟 title 急诊科主任", "姜鹏 title 总工程师", "特雷莎·梅 title 英国首相"],
                    forbids: ["姜鹏正 title 总工程师", "特雷莎·梅再度 title 英国首相"]),
            Example("中共中央总书记、国家主席、中央军委主席胡锦涛的讲话单行本出版。",
                    yields: ["胡锦涛 title 中共中央总书记", "胡锦涛 title 国家主席", "胡锦涛 title 中央军委主席"]),
            Example("应国家主席胡锦涛邀请,古巴共和国国务委员会主席兼部长会议主席劳尔·卡斯特罗·鲁斯将于7月4日访华。",
                    yields: ["胡锦涛 title 国家主席", "劳尔·卡斯特罗·鲁斯 title 古巴共和国国务委员会主席", "劳尔·卡斯特罗·鲁斯 title 部长会议主席"]),
            Example("以胡锦涛同志为总书记的党中央坚强领导。", yields: ["文章 mentions 胡锦涛"]),
            Example("就是同杜特尔特总统交换意见。", yields: ["杜特尔特 title 总统"]),
            Example("代表们在主席台就座。", forbids: ["title"]),
            // The body of a title starts after 的, after a verb before names and past a preposition (TitleFacts).
            Example("他会见了到访的古巴国务委员会副主席巴尔德斯·梅萨,本台记者专访商务部部长钟山。",
                    yields: ["巴尔德斯·梅萨 member_of 古巴国务委员会", "钟山 leads 商务部"],
                    forbids: ["巴尔德斯·梅萨 member_of 到访的古巴国务委员会", "钟山 leads 本台记者专访商务部"]),
            Example("省委书记胡春华、镇党委书记王春、该局局长李明出席。", yields: ["胡春华 leads 省委", "王春 leads 镇党委", "李明 title 该局局长"],
                    forbids: ["李明 leads 该局"]),
            // A place after a verb is no name (出席美国…); a foreign name needs no · after a leader's title.
            Example("胡锦涛出席美国总统奥巴马在白宫举行的欢迎仪式。", yields: ["奥巴马 title 美国总统"], forbids: ["席美国 title 总统"]),
            Example("欢迎肯尼亚总统乌胡鲁-肯雅塔对我国进行国事访问。", yields: ["乌胡鲁-肯雅塔 title 肯尼亚总统"]),
            Example("联合国前秘书长布特罗斯·布特罗斯-加利在开罗逝世。", yields: ["布特罗斯·布特罗斯-加利 title 联合国前秘书长"]),
            Example("伊朗最高国家安全委员会秘书长阿里·沙姆汗尼也表示。", yields: ["阿里·沙姆汗尼 title 伊朗最高国家安全委员会秘书长"]),
            Example("土耳其武装力量总参谋长胡卢西·阿卡尔称,土军将很快抵达。", yields: ["胡卢西·阿卡尔 title 土耳其武装力量总参谋长"]),
            Example("在省委书记王东明、省长魏宏陪同下,深入城镇。", yields: ["魏宏 title 省长"], forbids: ["魏宏陪 title 省长"]),
            // A third character that opens a word written after names (应|邀) is that word's (NameReader).
            Example("国务院副总理韩正应邀赴哈萨克斯坦出席论坛,国务院副总理丁薛祥应邀访问新加坡。",
                    yields: ["韩正 title 国务院副总理", "丁薛祥 title 国务院副总理"], forbids: ["韩正应", "丁薛祥应"]),
            // A count of countries is no given name (俄白|两国, 波罗的海|三国).
            Example("俄白两国总统通电话,波兰总理与波罗的海三国总理发布联合声明。", forbids: ["白两国", "海三国"]),
            Example("反对党提出弹劾总统祖马的议案,土耳其将正式实施总统制。", forbids: ["弹劾 title 总统", "正式实施 title 总统"]),
            Example("选取了总书记常用的名句。", forbids: ["title"]),
            Example("胡锦涛主席同费尔南德斯总统通电话。", yields: ["费尔南德斯 title 总统"], forbids: ["南德斯 title 总统"]),
            Example("多米尼克总统利物浦会见时,向当选总统特朗普致贺电。", yields: ["特朗普 title 总统"], forbids: ["米尼克 title 总统", "向当选 title 总统"]),
            // A name joined by 和 runs back over a noun of four characters, and the suffix is the one closing the piece
            // after 和, not the last title's (住房和城乡建设部党组书记、部长).
            Example("北京市人力资源和社会保障局局长徐熙表示,住房和城乡建设部党组书记、部长王蒙徽出席。",
                    yields: ["徐熙 title 北京市人力资源和社会保障局局长", "王蒙徽 title 住房和城乡建设部党组书记"],
                    forbids: ["徐熙 title 社会保障局局长", "王蒙徽 title 城乡建设部党组书记"]),
            // A verb, preposition or pronoun that looks like a surname, before a place written often or a known body, is
            // no name (NameReader.isVerbBeforePlace); nor are two surnames that make a word written very often.
            Example("候任联大主席班德表示,总书记关于诚信的论述,习主席来澳门视察。",
                    yields: ["班德 title 候任联大主席"], forbids: ["任联大", "关于诚信", "来澳门"]),
            Example("普京当天与俄罗斯联邦安全会议常务成员商讨应对美国即将实施的新制裁。祝贺西哈莫尼国王登基15周年。", forbids: ["商讨应", "登基"]),
            // 正 before a word of time or of saying ends a given name (吴光正), before another verb it is "now" (姜鹏正带领).
            Example("九龙仓集团原主席吴光正日前发表文章表示。", yields: ["吴光正 title 九龙仓集团原主席"], forbids: ["吴光 title"]),
            Example("驻澳门部队司令员于长江出席,张高丽会见秘鲁总统加西亚。", yields: ["于长江 title 驻澳门部队司令员", "加西亚 title 秘鲁总统"]),
            Example("中央军委委员魏凤和、李作成、苗华出席。", yields: ["魏凤和 title 中央军委委员"], forbids: ["魏凤 title 中央军委委员"]),
            // A time before a title is no part of its body (TitleFacts.bodyStart).
            Example("当天国务院总理李克强在吉隆坡出席论坛。", yields: ["李克强 leads 中华人民共和国国务院"], forbids: ["当天国务院"]),
            // 和 before 同志 ends the name (NameReader, PeopleList.pieces); words after a title that are no name
            // (not_names.txt: 任内, 解职, 回应).
            Example("国务委员兼国防部长魏凤和同志出席。叙被解职总理希贾布出席。赞赏两位主席任内作出的贡献。阿巴斯发言人回应说。多国专家盛赞峰会成果。要求代表委员杜绝表态式发言。引导广大成员明辨是非。胡锦涛主席不辞辛劳,出席了重要活动。同美国总统特朗普如约举行会晤。",
                    yields: ["魏凤和 title 国防部长", "特朗普 title 美国总统"],
                    forbids: ["魏凤 ", "解职 title", "任内 title", "回应 ", "盛赞 ", "杜绝 ", "明辨 ", "不辞辛劳 ", "特朗普如约"]),
            // 和 before a word that follows names ends the name (魏凤和|作了); a word that qualifies a title is no name
            // (荣誉|主席); 伙同 follows names.
            Example("国防部长魏凤和作了说明,联会主席吴换炎、荣誉主席吴良好分别作了发言,化学教授张某伙同他人生产药品。",
                    yields: ["魏凤和 title 国防部长", "吴换炎 title 联会主席"], forbids: ["魏凤 title 国防部长", "荣誉 title 主席", "张某伙"]),
            Example("向英国首相特蕾莎·梅致慰问电,同阿库福-阿多总统会谈。", yields: ["特蕾莎·梅 title 英国首相", "阿库福-阿多 title 总统"]),
            Example("他向英国王室致意,同别尔德穆哈梅多夫总统会谈,美国海军作战部长迈克·吉尔迪宣布。",
                    yields: ["迈克·吉尔迪 title 美国海军作战部长"], forbids: ["向英 title 国王", "梅多夫 title 总统", "迈克·吉尔迪宣布 title 美国海军作战部长"]),
            // A word of a stop's character and the title's first (应急, 对外) starts the title (OfficialRule.titleStart).
            Example("应急管理部部长王祥喜、中联部对外联络部副部长王俊出席,会议同意大利总理孔特的建议。",
                    yields: ["王祥喜 title 应急管理部部长", "王俊 title 中联部对外联络部副部长"], forbids: ["王祥喜 title 急管理部部长"]),
            Example("胡锦涛出席佐科总统连任就职仪式,塞内加尔总统马基·萨勒应邀出席。", yields: ["马基·萨勒 title 塞内加尔总统"], forbids: ["席佐科 title 总统", "马基·萨勒应邀 title 塞内加尔总统"]),
            Example("高度重视安全生产工作。", forbids: ["mentions", "title"]),
            // No name after a title that follows a name, or after a counted title; no glued adverb, no known body.
            Example("胡锦涛主席庄严宣布,王沪宁向2100多名全国政协委员鞠躬致意,在会见意大利总理孔特时,英国俱乐部主席斯蒂芬·佩里一直参与,欧佩克秘书长巴尔金多强调。",
                    yields: ["胡锦涛 title 主席", "斯蒂芬·佩里 title 英国俱乐部主席", "孔特 title 意大利总理"],
                    forbids: ["庄严 title 胡锦涛主席", "鞠躬 title 全国政协委员", "孔特时 title 意大利总理", "斯蒂芬·佩里一直 title 英国俱乐部主席",
                              "欧佩克 title 秘书长"]),
            Example("各级党委主要负责同志要严格落实平安建设第一责任。", forbids: ["mentions", "title"]),
            // A transliterated name ends before a common word glued to it (定于, 必须, 开会) and before 博士, not
            // inside a word it spells (希基因, 西于尔扎多蒂).
            Example("英国首相特雷莎·梅定于7日前往欧盟,叙总统巴沙尔·阿萨德必须留任,海岸警卫队副司令查尔斯·雷开会,研究室主任马吉特·莫尔纳博士表示。",
                    yields: ["特雷莎·梅 title 英国首相", "巴沙尔·阿萨德 title 叙总统", "查尔斯·雷 title 海岸警卫队副司令", "马吉特·莫尔纳 title 研究室主任"],
                    forbids: ["特雷莎·梅定 title 英国首相", "巴沙尔·阿萨德必须留 title 叙总统", "查尔斯·雷开 title 海岸警卫队副司令", "马吉特·莫尔纳博士 title 研究室主任"]),
            Example("欧洲奥委会主席帕特里克·希基因涉嫌倒卖门票被捕,冰岛共和国总理约翰娜·西于尔扎多蒂对我国访问,马来西亚前总理纳吉布于当地时间3号被捕。",
                    yields: ["帕特里克·希基 title 欧洲奥委会主席", "约翰娜·西于尔扎多蒂 title 冰岛共和国总理"],
                    forbids: ["约翰娜·西 title 冰岛共和国总理", "纳吉布于 title 马来西亚前总理"]),
            // 当 between transliterating characters spells the name (亚当斯); a verb inside a later part ends no name there
            // (迪亚斯-卡内尔转达劳尔·卡斯特罗 is two names); a word that opens the title (临时总统) ends no name (任临时); a
            // word written very often at the front (政府工作报告) is no name after a title; nor is a body ending 处.
            Example("美国公共卫生局局长杰罗姆·亚当斯1日呼吁,古巴国家主席迪亚斯-卡内尔转达劳尔·卡斯特罗同志的问候,并由曼苏尔任临时总统,关注温家宝总理政府工作报告,阿富汗总统加尼正在贾拉拉巴德市参加活动,泰国王宫宫务处发布公告。",
                    yields: ["杰罗姆·亚当斯 title 美国公共卫生局局长", "加尼 title 阿富汗总统"],
                    forbids: ["杰罗姆·亚 title", "迪亚斯-卡内尔转达劳尔·卡斯特罗", "任临时", "政府工", "加尼正", "宫宫务处"]),
            // A name's last character goes to an adverb or word of time written often after it (萨维尔|生前); no name starts
            // inside a transliteration (哈|米斯遭).
            Example("英国广播公司主持人吉米·萨维尔生前性侵案,叙利亚总理哈米斯遭总统解职。",
                    yields: ["吉米·萨维尔 title 英国广播公司主持人"],
                    forbids: ["萨维尔生", "米斯遭"]),
            // 和 before a word that follows names ends the name (康京和呼吁); 时 closing a clause of time does not end one
            // (毛雷尔时,); 顾问 is a title, 获邀 follows names.
            Example("韩国外长康京和呼吁朝方尽快回应,在会见瑞士联邦主席毛雷尔时,张高丽说,阿南被任命为总统顾问,叙总统获邀出席大会,国务院总理李强监誓。",
                    yields: ["康京和 title 韩国外长", "毛雷尔 title 瑞士联邦主席", "李强 title 国务院总理"],
                    forbids: ["康京 title", "毛雷尔时", "顾问 title", "获邀", "监誓"]),
            // No name is the tail of a place (桑给巴尔), starts with a country (沙特), runs into a title (外长, 王储), or
            // starts with a common word (高兴, 回信) or inside one (源于).
            Example("会见桑给巴尔总统谢因,沙特萨勒曼国王致电,伊朗外长阿卜杜拉希扬访问,英国王储查尔斯出席。",
                    yields: ["萨勒曼 title 国王", "查尔斯 title 英国王储"],
                    forbids: ["巴尔 title 总统", "沙特萨勒曼 title 国王", "伊朗外 title 长", "储查尔斯 title 英国王"]),
            Example("胡主席向全军发出号令,车队长赵泽强在岗,胡锦涛主席同托卡耶夫总统两度会晤,主任医师童朝晖出席,联合国大会主席候选人沃尔坎·博兹克尔表示,讲述书记处书记王刚案。",
                    yields: ["赵泽强 title 车队长", "童朝晖 title 主任医师", "沃尔坎·博兹克尔 title 联合国大会主席候选人"],
                    forbids: ["向全军 title 胡主席", "两度 title 托卡耶夫总统", "王刚案 title 书记处书记", "医师童朝晖 title 主任", "候选人沃尔坎·博兹克尔 title 联合国大会主席"]),
            // A name ends before an adverb (却, 曾), before a verb written very often that its last character would
            // start (成为), and before a one-character word that follows names (致); not before a rarer word (复出, 平等).
            Example("向巴西总统卢拉致慰问电,副总统马杜罗成为接班人,校长张伟却不能庆祝,泰国总理巴育曾在会上表示,甘茨与内塔尼亚胡互换总理职务。",
                    yields: ["卢拉 title 巴西总统", "马杜罗 title 副总统", "张伟 title 校长", "巴育 title 泰国总理"],
                    forbids: ["卢拉致 title 巴西总统", "马杜罗成 title 副总统", "张伟却 title 校长", "巴育曾 title 泰国总理", "胡互换 title 总理"]),
            Example("全国政协副主席黄孟复出席大会,研究员王立平等30名同志获奖,全国人大代表龙献文说。",
                    yields: ["黄孟复 title 全国政协副主席", "王立平 title 研究员", "龙献文 title 全国人大代表"]),
            // A verb written often after a surname character that is itself a verb or preposition is no given name.
            Example("代表应具备的条件,代表回想起与总书记的面对面,研究员杨发明出席。",
                    yields: ["杨发明 title 研究员"], forbids: ["应具备 title 代表", "回想起 title 代表"]),
            // The body of a title: 原 of a former post is no part of it (咸阳市原市委 → 咸阳市委); a count makes a kind.
            Example("中国移动广西公司原党委委员陈涛,陕西省咸阳市原市委书记张立,北美五大工程院院士安德鲁·戈登堡出席。",
                    yields: ["陈涛 member_of 中国移动广西公司党委", "张立 leads 陕西省咸阳市委", "安德鲁·戈登堡 title 北美五大工程院院士"],
                    forbids: ["陈涛 member_of 中国移动广西公司原党委", "张立 leads 陕西省咸阳市原市委", "安德鲁·戈登堡 member_of 北美五大工程院"]),
            // 原 right before the suffix of the post's body goes too (村原党支部), not the 原 of a word (青藏高原研究所); a
            // body after 驻 is where the post is held, not the body the person serves (常驻联合国代表).
            Example("大梨树村原党支部书记毛丰美,中国科学院青藏高原研究所所长姚檀栋,中国常驻联合国代表刘结一出席。",
                    yields: ["毛丰美 leads 大梨树村党支部", "姚檀栋 member_of 中国科学院青藏高原研究所", "刘结一 title 中国常驻联合国代表"],
                    forbids: ["毛丰美 leads 大梨树村原党支部", "刘结一 member_of 中国常驻联合国", "刘结一 member_of 联合国合国"]),
            // 原 alone in front of a title's body says the post was held before; 自治区 alone stands for the region named last.
            Example("原军事科学院院长赵南起逝世。胡锦涛在新疆维吾尔自治区党委书记马兴瑞、自治区政府主席艾尔肯·吐尼亚孜陪同下调研。",
                    yields: ["赵南起 leads 军事科学院", "艾尔肯·吐尼亚孜 leads 新疆维吾尔自治区政府"],
                    forbids: ["赵南起 leads 原军事科学院", "艾尔肯·吐尼亚孜 leads 自治区政府"]),
            // A local short form in a title names the body of the place the article named last at its level.
            Example("清水县召开常务会议,县人大常委会副主任刘志伟列席会议。", yields: ["刘志伟 member_of 清水县人大常委会"],
                    forbids: ["刘志伟 member_of 县人大常委会"]),
            // No name is the tail of a country the places lexicon knows (阿尔及|利亚总统); 一起 follows names.
            Example("阿尔及利亚总统 布特弗利卡表示,圣多美和普林西比总统诺瓦致电,美国总统奥巴马一起出席。",
                    yields: ["奥巴马 title 美国总统", "诺瓦 title 圣多美和普林西比总统"],
                    forbids: ["利亚 title 总统", "普林西比 title 总统", "奥巴马一起 title 美国总统"]),
            Example("很高兴胡主席访问,在给乡亲们的回信中总书记强调,审议《关于开展主席会议成员学习调研活动的意见》,源于开国上将王平的回忆。",
                    forbids: ["高兴胡 title 主席", "回信中 title 总书记", "于开展 title 主席", "于开国 title 上将"]),
        ]
    )

    public init() {}

    /// e^7.5 ≈ 1,800: 地处 (2,766) is a word, not 军中 (1,169, of 陆军|中将) or 家主 (202), which titles meet by chance.
    static let wordBeforeTitle: Float = 7.5

    /// Does the title word text[s..<e] start inside a word written often, as the characters before it split?
    func titleStartsInsideWord(_ s: Int, _ e: Int, _ span: Span, _ text: TextBuffer, _ lexicons: Lexicons) -> Bool {
        guard s - 1 >= span.start else { return false }
        // Most titles meet no such word: look it up before anything else.
        let vocabulary = lexicons.segmenter.vocabulary
        guard (max(span.start, s + 1 - Vocabulary.maxLength)..<s).contains(where: { (vocabulary.logFrequency(text, $0, s + 1) ?? 0) >= Self.wordBeforeTitle })
        else { return false }
        // A word, a place or a body's suffix that ends right before the title says it may start there (陆军|中将,
        // 也门|外长, 国会|议长, 书记局|部长).
        let floor = max(span.start, s - 5)
        if (floor..<s - 1).contains(where: { (vocabulary.logFrequency(text, $0, s) ?? 0) >= NameReader.gluedWord })
            || lexicons.foreignPlaces.longest(in: text, at: s, limit: floor) != nil || (floor..<s - 1).contains(where: { lexicons.chinaPlaces.longest(in: text, at: $0, limit: s) == s - $0 })
            || lexicons.orgSuffixes.longest(in: text, at: s, limit: floor) != nil { return false }
        // The words up to the title's end: one that ends at its first character, and no name of a body or post
        // (全国人大|代表, 统一部长|官).
        return lexicons.segmenter.words(text, max(span.start, s - 4), e).contains { w in
            w.start < s && w.end == s + 1 && w.logFrequency >= Self.wordBeforeTitle && w.kind != .proper && w.kind != .place
                && w.kind != .lexicon && !lexicons.titlesForward.contains(text, w.start, w.end)
        }
    }

    /// Kinds of words a title may open with (WordSegmenter): 应急, 对外, 和平, 对华.
    static let nounKinds: Set<WordClass?> = [.noun, .verbalNoun, .proper, .place, .lexicon]
    static let comrade = Array("同志".unicodeScalars)
    static let clauseStops: ScalarSet = ScalarSet("以由和与同对向在是了的及将请给为让被把应据,:;。!?“”\"( \n")

    public func apply(to context: inout ExtractionContext) {
        let text = context.text
        let names = context.names
        for sentence in context.doc.sentences {
            let span = sentence.span
            var i = span.start + 1
            var titleOfName = -1   // where a title after a name ends (胡锦涛主席|庄严宣布): no name follows it
            while i < span.end {
                // A title word ends at i: read a name after it.
                // 秘书长阿里·…: where a longer title goes on past i, the name starts after it.
                if i != titleOfName, let n = context.lexicons.titles.longest(in: text, at: i, limit: span.start),
                   (context.lexicons.titlesForward.longest(in: text, at: i - n) ?? n) <= n,
                   // 胡主席|向全军: no name after a surname and a title (a way of naming someone, not a title phrase).
                   !(i - n - 1 >= span.start && context.lexicons.surnames.contains(text[i - n - 1])
                     && context.lexicons.titlesAfterName.longest(in: text, at: i - n) == n
                     && (i - n - 1 == span.start || NameReader.beforeName.contains(text[i - n - 2]) || !text[i - n - 2].isHan)),
                   // 地处|长江上游: no title whose first character ends a word written often (地处), as the words up to
                   // the title's end split (天津大学|校长 and 法国|外长 are titles, though 学校 and 国外 are words).
                   !titleStartsInsideWord(i - n, i, span, text, context.lexicons),
                   // 英国王|储查尔斯: the title goes on past i where another starts inside it (王储).
                   !(i - n + 1..<i).contains(where: { (context.lexicons.titlesForward.longest(in: text, at: $0) ?? 0) > i - $0 }),
                   let len = names.nameLength(at: i, limit: span.end)
                    ?? (context.lexicons.foreignTitles.longest(in: text, at: i, limit: span.start) != nil ? names.transliteratedNameLength(at: i, limit: span.end) : nil) {
                    let titleStart = titleStart(endingAt: i, wordLength: n, span, text, context.lexicons)
                    // 2100多名十四届全国政协委员|鞠躬致意: a counted title is a group's, and no name follows it.
                    let counted = titleStart >= span.start + 2 && "名位".unicodeScalars.contains(text[titleStart - 1])
                        && (text[titleStart - 2].isASCIIDigit || Numerals.isNumeral(text[titleStart - 2]) || "多余".unicodeScalars.contains(text[titleStart - 2]))
                    if titleStart < i, !counted {
                        let name = Span(i, i + len)
                        let person = context.mention(.person, text.slice(name), name)
                        // 国务院总理李克强 is an alias of 李克强: the last title before the name, with it.
                        let lastTitle = Clauses.split(text, Span(titleStart, i), at: ["、"]).last.map { PeopleList.splitJoined($0, text).last! }
                        if let t = lastTitle { context.mention(.person, text.slice(name), Span(t.start, name.end)) }
                        for piece in Clauses.split(text, Span(titleStart, i), at: ["、"]) {
                            for t in PeopleList.splitJoined(piece, text) where context.lexicons.titles.longest(in: text, at: t.end) != nil {
                                TitleFacts.record(person, title: t, &context)
                            }
                        }
                        i += len; continue
                    }
                }
                // A name ends at i, followed by a title word or 同志.
                var titleAfter = context.lexicons.titlesAfterName.longest(in: text, at: i)
                if titleAfter != nil, context.lexicons.titleCompounds.longest(in: text, at: i) != nil { titleAfter = nil }
                // 任临时总统: a word that opens the title from the front (临时, 代理) ends no name.
                if titleAfter != nil, context.lexicons.titleModifiers.longest(in: text, at: i, limit: span.start) != nil { titleAfter = nil }
                if text[i].isHan, titleAfter != nil || text.matches(Self.comrade, at: i),
                   let start = names.nameStart(endingAt: i, floor: span.start) ?? names.foreignName(endingAt: i, floor: span.start)
                    ?? threeCharacterName(endingAt: i, span, names, context.lexicons) {
                    if let n = titleAfter, context.lexicons.titles.longest(in: text, at: start) == nil || start == span.start {
                        let name = Span(start, i)
                        let title = Span(i, i + n)
                        // 胡锦涛总书记: only a short title after a name; a longer phrase is a body.
                        if n <= 3 {
                            let person = context.mention(.person, text.slice(name), name)
                            context.mention(.person, text.slice(name), Span(name.start, title.end))   // 胡锦涛总书记
                            context.fact(person, Predicate.title, literal: text.slice(title), title)
                            i += n; titleOfName = i; continue
                        }
                    } else if text.matches(Self.comrade, at: i) {
                        let name = Span(start, i)
                        let person = context.mention(.person, text.slice(name), name)
                        context.fact(context.article, Predicate.mentions, person, name)
                        i += 2; continue
                    }
                }
                i += 1
            }
        }
        mentionKnown(&context)
    }

    /// 落实胡锦涛总书记: a three-character name right before a title that follows names, whatever precedes it.
    func threeCharacterName(endingAt i: Int, _ span: Span, _ names: NameReader, _ lexicons: Lexicons) -> Int? {
        guard i - 3 >= span.start, names.isName(i - 3, i), lexicons.titlesAfterName.longest(in: names.text, at: i) != nil else { return nil }
        // Not the tail of a place (多米尼克总统 → 米尼克), nor a surname before a verb (向当选总统).
        if (lexicons.foreignPlaces.longest(in: names.text, at: i, limit: span.start) ?? 0) > 3 { return nil }
        if lexicons.nameFollowers.longest(in: names.text, at: i - 2, limit: i) == 2 { return nil }
        // 出席佐科总统: not a name that starts inside a word (席 of 出席).
        if i - 4 >= span.start, (lexicons.nameFollowers.longest(in: names.text, at: i - 4, limit: i) ?? 0) >= 2 { return nil }
        // 向萨塔总统: a preposition that is also a surname, before two transliterating characters, opens no name.
        if NameReader.insideNoForeignName.contains(names.text[i - 3]), names.isTransliterated(i - 2, i) { return nil }
        // 别尔德穆哈梅多夫总统: not the tail of a longer transliterated name.
        if i - 4 >= span.start, names.isTransliterated(i - 4, i) { return nil }
        // 总理哈米斯遭总统解职: nor one that starts inside a transliteration and runs into a word after it (米斯遭).
        if i - 4 >= span.start, names.isTransliterated(i - 4, i - 1) { return nil }
        // 源于|开国上将, 很|高兴习主席, 回信中总书记: the name starts where the words before it end, and its surname
        // and first given character are no common word.
        let words = lexicons.segmenter.words(names.text, max(span.start, i - 7), i)
        if !words.contains(where: { $0.start == i - 3 }) && i - 3 > span.start { return nil }
        if names.isCommonWord(i - 3, i - 1, at: NameReader.gluedWord) { return nil }
        return i - 3
    }

    /// The title phrase before a name runs back to a clause stop, across titles joined by 、, and no further
    /// than the last verb before it (欢迎肯尼亚总统…: the title starts after 欢迎).
    func titleStart(endingAt i: Int, wordLength: Int, _ span: Span, _ text: TextBuffer, _ lexicons: Lexicons) -> Int {
        var s = i - wordLength
        while s > span.start, i - s < 40 {
            // 圣多美和普林西比总统, 阿尔及利亚内政部部长: a stop inside a country's name is no stop.
            let inPlace = (max(span.start, s - 6)..<(s - 1)).contains { k in
                (lexicons.foreignPlacesForward.longest(in: text, at: k, limit: span.end) ?? 0) > s - k }
            // 应急管理部部长, 对外联络部部长, 和田地委书记: a stop that starts a noun or a place with the title's first
            // character is no stop, unless the title reads better from there (对|外交部, 同|意大利总理).
            let vocabulary = lexicons.segmenter.vocabulary
            let startsWord = Self.nounKinds.contains(vocabulary.kind(text, s - 1, s + 1))
                && (vocabulary.logFrequency(text, s - 1, s + 1) ?? 0) >= max(NameReader.gluedWord, vocabulary.logFrequency(text, s, s + 2) ?? 0)
                && (lexicons.foreignPlacesForward.longest(in: text, at: s, limit: i) ?? 0) < 2 && lexicons.chinaPlaces.longest(in: text, at: s, limit: i) == nil
                || (lexicons.chinaPlaces.longest(in: text, at: s - 1, limit: i) ?? 0) >= 2
            if Self.clauseStops.contains(text[s - 1]), !(text[s - 1] == "和" && text[s] == "国"), !inPlace, !startsWord {
                // 印尼海洋与投资统筹部长, 政协社会和法制委员会主任: 与 joining two words of the body's name.
                // The suffix closes the piece that starts after the stop, not always the title word's
                // (住房和城乡建设部党组书记、部长): the first suffix two to four characters after it.
                let suffixEnds = (s + 3)...max(s + 3, min(i - wordLength + 1, s + 10))
                guard let j = suffixEnds.lazy.compactMap({ e -> Int? in
                    guard let n = lexicons.orgSuffixes.longest(in: text, at: e, limit: s) else { return nil }
                    return BodyNameWords.joinedName(across: s - 1, suffixStart: e - n, floor: span.start, text, lexicons)
                }).first else { break }
                s = j; continue
            }
            if text[s - 1] == "、" {
                // Continue over 、 only when the piece before it is itself a title.
                guard lexicons.titles.longest(in: text, at: s - 1) != nil else { break }
            }
            if lexicons.verbsBeforeNameEnding.longest(in: text, at: s, limit: span.start) != nil { break }
            s -= 1
        }
        return s
    }

    /// Every other place a known name is written.
    func mentionKnown(_ context: inout ExtractionContext) {
        let known = Trie(context.knownPersons, compact: true)
        guard !known.isEmpty else { return }
        let text = context.text
        let already = Set(context.extraction.mentions.filter { $0.entity.type == .person }.map(\.span.start))
        for sentence in context.doc.sentences {
            var i = sentence.span.start
            while i < sentence.span.end {
                if let n = known.longest(in: text, at: i, limit: sentence.span.end), !already.contains(i),
                   i == sentence.span.start || !text[i - 1].isHan || NameReader.beforeName.contains(text[i - 1]) || context.names.endsName(at: i + n, limit: sentence.span.end) {
                    let span = Span(i, i + n)
                    let person = context.mention(.person, text.slice(span), span)
                    context.fact(context.article, Predicate.mentions, person, span)
                    i += n; continue
                }
                i += 1
            }
        }
    }
}
