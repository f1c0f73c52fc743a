enum AttendanceRuleExamples {
    static let all: [Example] = [
        // The word that joins a group to the list (以及; list_joiners.txt) is no part of the group.
        // 参加活动 after an inspection tour joins the tour (InspectionRule), not an event made from the headline.
        Example("[视频]胡锦涛在视察79集团军时强调 全面加强练兵备战\n中共中央总书记胡锦涛27日视察79集团军。许其亮、张又侠等参加活动。",
                yields: ["张又侠 attended 胡锦涛视察79集团军", "许其亮 attended 胡锦涛视察79集团军"], forbids: ["活动([视频]"]),
        // A verb of attendance denied (没有, 未能; attendance_negations.txt) reports no one there.
        Example("不过,美国总统特朗普没有出席新使馆开馆仪式,引发关注。法国总统马克龙未能参加会议。", forbids: ["attended"]),
        Example("李克强出席会议。中央军委委员,以及国务院有关部门主要负责同志出席会议。",
                yields: ["中央军委委员 attended 会议", "国务院有关部门主要负责同志 attended 会议"],
                forbids: ["以及国务院有关部门主要负责同志 attended 会议"]),
        // A speech with no event before it is an event of its own (演讲), not a meeting named after the headline; at an
        // event reported before, it is at that event.
        Example("国家主席胡锦涛在印度世界事务委员会发表了题为《携手追寻民族复兴之梦》的重要演讲。",
                yields: ["胡锦涛 spoke_at 演讲(2020-11-12)", "胡锦涛 attended 演讲(2020-11-12)", "演讲(2020-11-12) kind 演讲"],
                forbids: ["胡锦涛 attended 会议"]),
        Example("博鳌亚洲论坛2015年年会28日在海南博鳌开幕。胡锦涛出席开幕式并发表主旨演讲。",
                yields: ["胡锦涛 attended 博鳌亚洲论坛2015年年会开幕式", "胡锦涛 spoke_at 博鳌亚洲论坛2015年年会开幕式"],
                forbids: ["胡锦涛 attended 演讲(2020-11-12)"]),
        // A bare word the sentence wrote in full before is that event (a corpus roundup, 2019-04-26); a time in front
        // is no part of its name.
        Example("在今天(4月26日)上午第二届“一带一路”国际合作高峰论坛开幕式上,总台对国家主席胡锦涛出席开幕式并发表主旨演讲进行了全程直播。",
                yields: ["胡锦涛 attended 第二届“一带一路”国际合作高峰论坛开幕式"],
                forbids: ["胡锦涛 attended (4月26日)上午第二届“一带一路”国际合作高峰论坛开幕式"]),
        // 参加看望活动: the visit the article reports (a corpus article of 2024-08-03), not an event of its own.
        Example("中共中央政治局常委、中央书记处书记李强3日在北戴河看望暑期休假专家。中央组织部部长陈希参加看望活动。",
                yields: ["陈希 attended 李强在北戴河看望暑期休假专家"], forbids: ["陈希 attended 看望活动"]),
        // A class that opens (开班) is an event; its 开班式 is the opening of it (a corpus article of 2024-03-01).
        // So is a speech 在开班式上.
        Example("2024年春季学期中央党校(国家行政学院)中青年干部培训班3月1日上午在中央党校开班。中共中央政治局常委李强出席开班式并讲话。胡锦涛在开班式上发表重要讲话。",
                yields: ["李强 attended 2024年春季学期中央党校(国家行政学院)中青年干部培训班开班式",
                         "胡锦涛 spoke_at 2024年春季学期中央党校(国家行政学院)中青年干部培训班开班式"],
                forbids: ["胡锦涛 spoke_at 2024年春季学期中央党校(国家行政学院)中青年干部培训班"]),
        // Standing members who speak at a plenary, each named before 常委 and the verb of the proposal (a corpus
        // article of 2021-08-31).
        Example("政协第十三届全国委员会常务委员会第十八次会议31日下午举行全体会议,12位常委作大会发言。张茅常委建议,加强反垄断执法。夏涛常委提出,深入实施藏粮于地战略。",
                yields: ["张茅 spoke_at 政协第十三届全国委员会常务委员会第十八次会议全体会议", "夏涛 spoke_at 政协第十三届全国委员会常务委员会第十八次会议全体会议"]),
        // Those who 汇报了 the results of a meeting spoke at it (a corpus article of 2013-04-26).
        Example("中法企业家委员会会议在京举行。中国商务部部长高虎城和法国对外贸易部长布里克分别汇报了论坛成果。",
                yields: ["高虎城 spoke_at 中法企业家委员会会议", "布里克 spoke_at 中法企业家委员会会议"]),
        // 出席…的国际贵宾有:…: a description of the people between 的 and 有 (a corpus article of 2023-10-09).
        Example("第十九届亚运会闭幕式在杭州举行。出席闭幕式的国际贵宾有:乌兹别克斯坦总理阿里波夫、东帝汶副总理黎发芳。",
                yields: ["阿里波夫 attended 第十九届亚运会闭幕式", "黎发芳 attended 第十九届亚运会闭幕式"]),
        // A message of congratulation given to the assembly (向大会致贺词) is a speech there (a corpus article of 2023-09-18).
        Example("中国妇女第十三次全国代表大会在京开幕。中华全国妇女联合会党组书记黄晓薇代表中华全国总工会向大会致贺词。",
                yields: ["黄晓薇 spoke_at 中国妇女第十三次全国代表大会"]),
        // One sent to an opening, or exchanged, is no speech there.
        Example("2019年中国—老挝旅游年开幕式在万象举行。国家主席胡锦涛致贺词,对旅游年的开幕表示热烈祝贺。",
                forbids: ["胡锦涛 spoke_at", "胡锦涛 attended"]),
        // The opening after a 会见 is an event of its own, not the 会见's (参加会见并出席开幕式).
        Example("国家主席胡锦涛在人民大会堂会见中国红十字会第十一次全国会员代表大会全体代表。陈希、王毅参加会见并出席开幕式。",
                yields: ["王毅 attended 胡锦涛会见中国红十字会第十一次全国会员代表大会全体代表"],
                forbids: ["王毅 attended 胡锦涛会见中国红十字会第十一次全国会员代表大会全体代表开幕式"]),
        // A dinner is named as written, with its kind (meeting_words.txt, event_kinds.txt).
        Example("国务院总理胡锦涛在巴黎出席中法工商界晚餐会并致辞。",
                yields: ["胡锦涛 attended 中法工商界晚餐会", "文章 reports 中法工商界晚餐会", "中法工商界晚餐会 kind 宴会"]),
        Example("中共中央政治局委员、中央组织部部长、全国组织工作会议筹备组组长陈希出席会议并讲话。",
                yields: ["陈希 attended 会议", "陈希 spoke_at 会议", "陈希 title 中共中央政治局委员",
                         "陈希 title 中央组织部部长", "陈希 title 全国组织工作会议筹备组组长",
                         "陈希 leads 中共中央组织部", "陈希 member_of 中共中央政治局"]),
        Example("国务院安委会副主任杨焕宁、黄明、王玉普出席会议。",
                yields: ["杨焕宁 attended 会议", "黄明 attended 会议", "王玉普 attended 会议",
                         "杨焕宁 title 国务院安委会副主任", "黄明 title 国务院安委会副主任", "王玉普 title 国务院安委会副主任"]),
        Example("杨晶、王勇出席会议。", yields: ["杨晶 attended 会议", "王勇 attended 会议"]),
        // In a run of bare names, a three-character piece with a surname the lexicon lacks is a name (PeopleList.couldBeName).
        Example("常委会会议举行全体会议,黄润秋、斯泽夫、南存辉等3位常委作大会发言。",
                yields: ["斯泽夫 spoke_at 常委会会议全体会议", "黄润秋 spoke_at 常委会会议全体会议", "南存辉 spoke_at 常委会会议全体会议"]),
        // 提出意见和建议 after 围绕…问题; 介绍 after 在座谈会上; 参加调研 joins the tour reported before.
        Example("会上,黎火辉、郭普校等2位代表围绕推进军民融合等问题提出意见和建议。民革中央主席万鄂湘、民盟中央主席丁仲礼在座谈会上介绍调研成果。",
                yields: ["黎火辉 spoke_at 会议", "郭普校 spoke_at 会议", "万鄂湘 spoke_at 会议", "丁仲礼 spoke_at 会议"]),
        // 代表 inside a title is no speaker preposition (…全国代表大会主席团常务主席X代表…作工作报告). 致贺词 is no
        // presence: it is also said of a message sent (向…旅游年致贺词).
        Example("中国民主同盟第十一次全国代表大会开幕。中国民主同盟第十一次全国代表大会主席团常务主席蒋树声代表民盟第十届中央委员会作工作报告。",
                yields: ["蒋树声 spoke_at 中国民主同盟第十一次全国代表大会"]),
        Example("中国妇女第十三次全国代表大会23日在北京开幕。大会主席团常务主席沈跃跃宣布大会开幕。",
                yields: ["沈跃跃 attended 中国妇女第十三次全国代表大会"]),
        // 会见时在座: those who sat in on the 会见 reported before (and 时在座 is no name).
        Example("全国政协主席汪洋在人民大会堂会见俄罗斯国防部长绍伊古。常万全、张庆黎会见时在座。",
                yields: ["常万全 attended 汪洋会见绍伊古", "张庆黎 attended 汪洋会见绍伊古"], forbids: ["时在座"]),
        Example("李强在四川调研。袁家军、吴政隆参加调研。",
                yields: ["袁家军 attended 李强在四川调研", "吴政隆 attended 李强在四川调研"]),
        // A title after 等 and a count is the title of each bare name before it (PeopleList.titleAfterCount).
        Example("常委会会议举行全体会议,刘东林、孙晓梅、陈建华等3位常委围绕会议主题作大会发言。",
                yields: ["刘东林 title 常委", "孙晓梅 title 常委", "陈建华 title 常委"]),
        Example("领导小组成员,办公室主任、副主任,各工作组组长、副组长在主会场参加会议。",
                yields: ["领导小组成员 attended 会议", "办公室主任 attended 会议", "办公室副主任 attended 会议",
                         "各工作组组长 attended 会议", "各工作组副组长 attended 会议"]),
        Example("各省(区、市)安委会主任、成员在各地分会场参加会议。",
                yields: ["各省(区、市)安委会主任 attended 会议", "各省(区、市)安委会成员 attended 会议"]),
        Example("中共中央政治局常委、国务院总理李克强主持会议并讲话。",
                yields: ["李克强 attended 会议", "李克强 presided_over 会议", "李克强 spoke_at 会议",
                         "李克强 title 中共中央政治局常委", "李克强 title 国务院总理"]),
        // 在主持…时 puts the people at the event as it goes on; 在主持…时的讲话 only cites a speech made there. A headline
        // that names the body's event short is that event (ExtractionContext.report).
        Example("胡锦涛主持中央政治局集体学习\n中共中央政治局22日下午就完善金融服务、防范金融风险举行第十三次集体学习。胡锦涛在主持学习时强调,要深化认识。",
                yields: ["胡锦涛 presided_over 中共中央政治局第十三次集体学习", "胡锦涛 attended 中共中央政治局第十三次集体学习"],
                forbids: ["胡锦涛 attended 中央政治局集体学习", "文章 reports 中央政治局集体学习"]),
        Example("首都各界纪念现行宪法公布施行30周年大会在人民大会堂隆重举行。温家宝在主持大会时表示,要深刻领会讲话精神。要深入学习贯彻胡锦涛总书记在主持中央政治局第十七次集体学习时的重要讲话精神。",
                yields: ["温家宝 presided_over 首都各界纪念现行宪法公布施行30周年大会"], forbids: ["胡锦涛 attended 中央政治局第十七次集体学习", "文章 reports 中央政治局第十七次集体学习"]),
        // A speech with no event around it is one of its own; one cited in another's words is no attendance; 作 inside
        // 工作 is no verb of a report.
        Example("玻利维亚总统阿尔塞26日在总统府发表讲话,强烈谴责未遂政变。",
                yields: ["阿尔塞 spoke_at 讲话(2020-11-12)", "讲话(2020-11-12) kind 演讲"], forbids: ["阿尔塞 attended 会议"]),
        // Those who 参加考察 after a moment of a tour were on the whole tour, as the article first reports it with its
        // host (ExtractionContext.tour(holding:)).
        Example("胡锦涛赴湖北省武汉市考察疫情防控工作。胡锦涛接见了支援湖北医护人员代表。王沪宁、丁薛祥参加考察。",
                yields: ["王沪宁 attended 胡锦涛赴湖北省武汉市考察"], forbids: ["王沪宁 attended 胡锦涛会见"]),
        // A banquet a person named right before 举行的 holds is named by its host, not the headline (AttendanceRule.object);
        // a 家宴 is a banquet.
        Example("胡锦涛出席哈萨克斯坦总统托卡耶夫举行的隆重欢迎宴会。李强出席塔吉克斯坦总统拉赫蒙举行的家宴。",
                yields: ["胡锦涛 attended 托卡耶夫举行的隆重欢迎宴会", "李强 attended 拉赫蒙举行的家宴", "拉赫蒙举行的家宴 kind 宴会"]),
        // A delegation's 审议 is named after the delegation, not the session it meets in (AttendanceRule.object).
        Example("中共中央总书记胡锦涛8日上午参加十二届全国人大二次会议安徽代表团的审议。李强参加他所在的山东代表团审议。",
                yields: ["胡锦涛 attended 安徽代表团审议", "李强 attended 山东代表团审议"], forbids: ["胡锦涛 attended 十二届全国人大二次会议"]),
        Example("王岐山分别参加了一些代表团的审议。", forbids: ["一些代表团审议"]),
        // People joined by 同 before 共同 are all there, a day before 同 left out (AttendanceRule.attend).
        Example("国家主席胡锦涛13日同墨西哥总统培尼亚共同出席在国家博物馆举行的文化展开幕式。",
                yields: ["胡锦涛 attended 文化展开幕式", "培尼亚 attended 文化展开幕式"]),
        // No people before 共同 (在共同出席…后): nothing to join, and no attendance read from the clause.
        Example("在共同出席中德经济技术合作论坛后,默克尔邀请胡锦涛来到皇家瓷器厂参观。", forbids: ["attended 中德经济技术合作论坛"]),
        // 在座 after the people is presence at the event reported (attendance.txt); a 首发式 is a ceremony (meeting_words.txt).
        Example("国家主席胡锦涛7月4日在钓鱼台国宾馆会见巴基斯坦总理谢里夫。胡锦涛主席夫人刘永清、国务委员杨洁篪在座。国家主席胡锦涛夫人刘永清在纽约出席残疾人主题邮票首发式。",
                yields: ["刘永清 attended 胡锦涛会见谢里夫", "杨洁篪 attended 胡锦涛会见谢里夫", "刘永清 attended 残疾人主题邮票首发式",
                         "残疾人主题邮票首发式 kind 仪式"]),
        // The kind of event a speaker was at, before 上, where the article reported none (AttendanceRule.speech).
        Example("外交部发言人华春莹在今天的例行记者会上表示,中方反对使用化学武器。",
                yields: ["华春莹 spoke_at 记者会(2020-11-12)", "华春莹 attended 记者会(2020-11-12)"], forbids: ["华春莹 attended 会议"]),
        Example("埃及总统穆尔西15号晚在集会上发表讲话。", yields: ["穆尔西 attended 集会(2020-11-12)", "集会(2020-11-12) kind 活动"],
                forbids: ["穆尔西 attended 会议"]),
        Example("韩正会见泰国总理巴育。韩正表示,胡锦涛主席在博鳌亚洲论坛开幕式上发表主旨演讲,阐述了中方的理念。",
                forbids: ["胡锦涛 attended 博鳌亚洲论坛开幕式", "胡锦涛 attended 韩正会见巴育", "文章 reports 博鳌亚洲论坛开幕式"]),
        Example("胡锦涛在中央经济工作会议上讲话。", yields: ["胡锦涛 spoke_at 中央经济工作会议"], forbids: ["胡锦涛 attended 讲话(2020-11-12)"]),
        // 将 after the last person and outside their titles announces the attendance; 并 ends the event's name.
        Example("博鳌亚洲论坛2015年年会开幕。俄罗斯第一副总理舒瓦洛夫、泰国副总理兼外长塔纳萨等外国政要将应邀来华出席年会。",
                forbids: ["舒瓦洛夫 attended 博鳌亚洲论坛2015年年会"]),
        Example("新时代中国历史研究座谈会暨中国历史研究院挂牌仪式在京举行。刘云山出席挂牌仪式并在座谈会上讲话。",
                yields: ["刘云山 attended 新时代中国历史研究座谈会暨中国历史研究院挂牌仪式"], forbids: ["文章 reports 挂牌仪式并在座谈会"]),
        Example("会议由国务院副总理马凯主持。", yields: ["马凯 attended 会议", "马凯 presided_over 会议", "马凯 title 国务院副总理"]),
        Example("出席会议的还有王沪宁、赵乐际等。", yields: ["王沪宁 attended 会议", "赵乐际 attended 会议"]),
        Example("国务委员兼外交部长王毅出席会议。", yields: ["王毅 attended 会议", "王毅 title 国务委员", "王毅 title 外交部长"]),
        Example("大会开幕会上午举行。栗战书在人民大会堂会见与会代表。王晨出席开幕会。", yields: ["王晨 attended 大会开幕会"], forbids: ["王晨 attended 栗战书会见与会代表"]),
        Example("斐济总理姆拜尼马拉马总理出席签字仪式。", yields: ["姆拜尼马拉马 attended 签字仪式(2020-11-12)", "姆拜尼马拉马 title 斐济总理", "签字仪式(2020-11-12) kind 仪式"],
                forbids: ["斐济总理姆拜尼马拉马总理 attended 会议"]),
        Example("古巴国务委员会主席劳尔·卡斯特罗出席会议。", yields: ["劳尔·卡斯特罗 attended 会议"]),
        Example("各省区市和有关部门负责同志参加会议。", yields: ["各省区市和有关部门负责同志 attended 会议"]),
        // A bare event word where the text names no meeting is that event of the article, not a 会议.
        Example("何立峰及中央和国家机关有关部门负责同志参加汇报会。",
                yields: ["何立峰 attended 汇报会(2020-11-12)", "中央和国家机关有关部门负责同志 attended 汇报会(2020-11-12)"],
                forbids: ["何立峰 attended 会议"]),
        // Unknown pieces in a row before a group word are all the group's (PeopleList); a title of one holder
        // with no word of many is one person unnamed, a phrase holding a name a clause about that person
        // (AttendanceRule.readsAsGroup).
        Example("中央和国家机关有关部门、各省区市和计划单列市、新疆生产建设兵团负责同志参加会议。",
                yields: ["中央和国家机关有关部门、各省区市和计划单列市、新疆生产建设兵团负责同志 attended 会议"],
                forbids: ["各省区市和计划单列市、新疆生产建设兵团负责同志 attended 会议"]),
        // An item joined after 等 (…等专家和…) starts the group it heads; a place is no bare name (PeopleList).
        Example("刘元春、李迅雷等专家和徐工集团、浙江泰隆银行、美团网负责人参加会议。王沪宁、栗战书和安徽省、中央有关部门负责同志参加会议。",
                yields: ["刘元春 attended 会议", "李迅雷 attended 会议", "徐工集团、浙江泰隆银行、美团网负责人 attended 会议",
                         "栗战书 attended 会议", "安徽省、中央有关部门负责同志 attended 会议"],
                forbids: ["浙江泰隆银行、美团网负责人 attended 会议", "安徽省 attended 会议"]),
        Example("全国人大常委会副委员长、最高人民法院院长、各国驻华大使出席仪式。",
                yields: ["全国人大常委会副委员长 attended 仪式(2020-11-12)", "各国驻华大使 attended 仪式(2020-11-12)"],
                forbids: ["最高人民法院院长 attended 仪式(2020-11-12)"]),
        Example("会议将于12月25日举行,国务院总理王立新将与柬埔寨、老挝等湄公河五国领导人共同出席。部分军队将领出席会议。",
                yields: ["部分军队将领 attended 会议"], forbids: ["五国领导人 attended"]),
        Example("国务院总理王立新出席仪式,王立新同志生前友好和家乡代表参加仪式。埃及总统塞西率政府高级官员出席仪式。",
                yields: ["王立新同志生前友好和家乡代表 attended 仪式(2020-11-12)"],
                forbids: ["埃及总统塞西率政府高级官员 attended 仪式(2020-11-12)"]),
        Example("会前,胡锦涛总书记对全国就业工作作出重要指示。", forbids: ["attended"]),
        // The deliberations of a delegation, a training course's opening: events too.
        Example("中共中央政治局常委、国务院副总理李克强来到河南代表团参加审议。", yields: ["李克强 attended 河南代表团审议", "河南代表团审议 kind 审议", "李克强 title 国务院副总理"]),
        Example("中共中央总书记、国家主席、中央军委主席胡锦涛出席全军院校长集训开班式并发表重要讲话。", yields: ["胡锦涛 attended 全军院校长集训开班式", "胡锦涛 spoke_at 全军院校长集训开班式", "全军院校长集训开班式 kind 仪式"]),
        // Each attendance goes to the event of its own sentence: 出席会议 to the 会议, 出席上述活动 to the last event.
        Example("国务院总理李克强16日在人民大会堂会见美国财政部长雅各布·卢。17日,全国安全生产工作会议在京召开。王勇出席会议。",
                yields: ["王勇 attended 全国安全生产工作会议", "李克强 attended 李克强会见雅各布·卢"], forbids: ["王勇 attended 李克强会见雅各布·卢"]),
        Example("17日,全国安全生产工作会议在京召开。国务院总理李克强16日在人民大会堂会见美国财政部长雅各布·卢。王毅、肖捷出席上述活动。",
                yields: ["王毅 attended 李克强会见雅各布·卢", "肖捷 attended 李克强会见雅各布·卢"], forbids: ["王毅 attended 全国安全生产工作会议"]),
        // 上述活动 after the program of a visit: every event of it that shares someone with the last (the talks and the
        // welcome as well as the banquet), never a summit the guest came for.
        Example("国家主席胡锦涛同来华进行国事访问并出席第二届亚信峰会的哈萨克斯坦总统纳扎尔巴耶夫举行会谈。会谈前,胡锦涛为纳扎尔巴耶夫举行欢迎仪式。当晚,胡锦涛为纳扎尔巴耶夫举行欢迎宴会。王岐山、杨洁篪参加上述活动。",
                yields: ["王岐山 attended 胡锦涛同纳扎尔巴耶夫会谈", "王岐山 attended 欢迎仪式(纳扎尔巴耶夫)", "杨洁篪 attended 胡锦涛同纳扎尔巴耶夫会谈"],
                forbids: ["王岐山 attended 第二届亚信峰会"]),
        Example("李克强来到河南代表团驻地。", forbids: ["attended"]),
        // An event named only where nobody is found at it is not reported, nor does 上述活动 go to it.
        Example("中方欢迎阿方积极参加中国国际进口博览会。王毅等出席上述活动。", forbids: ["文章 reports 中国国际进口博览会", "王毅 attended 中国国际进口博览会"]),
        Example("白春礼出席了发展中国家科学院第二十三届院士大会开幕式。", yields: ["白春礼 attended 发展中国家科学院第二十三届院士大会开幕式"]),
        Example("全国政协主席汪洋出席纪念毛泽东同志《在延安文艺座谈会上的讲话》发表80周年座谈会并讲话。",
                yields: ["汪洋 attended 纪念毛泽东同志《在延安文艺座谈会上的讲话》发表80周年座谈会"]),
        // A speech at an event named between the speaker and the verb is attendance there, not at the article's meeting.
        Example("全国安全生产工作会议在京召开。胡锦涛主席在首届中阿峰会上发表重要讲话。",
                yields: ["胡锦涛 attended 首届中阿峰会", "胡锦涛 spoke_at 首届中阿峰会", "首届中阿峰会 kind 论坛"],
                forbids: ["胡锦涛 attended 全国安全生产工作会议"]),
        Example("全国安全生产工作会议在京召开。王勇在这次会议上发表讲话。", yields: ["王勇 attended 全国安全生产工作会议"]),
        Example("会议指出,胡锦涛在党的十七届六中全会发表了重要讲话。", forbids: ["attended"]),
        Example("李克强同洪森举行会谈。王毅、何立峰出席有关活动。", yields: ["王毅 attended 李克强同洪森会谈"], forbids: ["有关活动"]),
        Example("胡锦涛同默克尔举行会谈。王毅、何立峰参加视频会晤。", yields: ["王毅 attended 胡锦涛同默克尔会谈"], forbids: ["视频会晤"]),
        Example("全国政协召开专题协商会。石泰峰出席上午的会议。", forbids: ["上午的会议"]),
        Example("国务院总理李克强在人民大会堂会见来华出席中非合作论坛北京峰会并进行国事访问的布基纳法索总统卡博雷。",
                forbids: ["李克强 attended 中非合作论坛北京峰会"]),
        Example("俄罗斯总统特别代表克鲁茨基赫在欧安组织网络安全国际会议上讲话时表示,网络犯罪数量激增。", forbids: ["特别 attended"]),
        Example("斯洛伐克总理菲佐26日在议会欧洲事务委员会会议上表示,冲突无法通过军事手段解决。", yields: ["菲佐 attended 议会欧洲事务委员会会议"]),
        Example("出席欢迎仪式的有全国政协副主席马飚。", yields: ["马飚 attended 欢迎仪式(2020-11-12)"]),
        // An announcement (将出席, 将于…出席) is no attendance yet.
        Example("国家主席胡锦涛将于1月25日在北京以视频方式出席世界经济论坛“达沃斯议程”对话会并发表特别致辞。", forbids: ["attended"]),
        Example("今天下午,上海高院院长滕一龙将作交流发言。", yields: ["滕一龙 spoke_at 会议"]),
        Example("庆祝中国共产党成立100周年大会7月1日上午在天安门广场隆重举行,胡锦涛将发表重要讲话。", forbids: ["attended", "spoke_at"], date: "2021-06-28"),
        // 视频发言: spoke by video; 总统网站消息 is no foreign name after a title (common words from end to end).
        Example("广东省长王伟中、四川省长黄强视频发言。", yields: ["黄强 spoke_at 会议", "王伟中 spoke_at 会议"], forbids: ["黄强视频 spoke_at 会议", "黄强视频 title 四川省长"]),
        Example("据哈萨克斯坦总统网站消息,哈萨克斯坦总统托卡耶夫主持召开了国防部会议。",
                yields: ["托卡耶夫 presided_over 国防部会议"], forbids: ["网站消息 presided_over 国防部会议"]),
        // 参加活动 after a moment of a tour (接见 inside 视察) is the tour's.
        Example("中共中央总书记胡锦涛4日视察信息支援部队。上午10时许,胡锦涛来到信息支援部队机关,亲切接见信息支援部队第一次党代会全体代表,同大家合影留念。郭伯雄、徐才厚等参加活动。",
                yields: ["郭伯雄 attended 胡锦涛视察信息支援部队", "徐才厚 attended 胡锦涛视察信息支援部队"],
                forbids: ["郭伯雄 attended 胡锦涛会见信息支援部队第一次党代会全体代表"]),
        // Those who 出席 after a gathering the text names are at it, not at a meeting named after the headline.
        Example("中共中央总书记胡锦涛22日下午在人民大会堂同各民主党派中央、全国工商联负责人和无党派人士代表欢聚一堂,共迎佳节。贾庆林、李长春出席。",
                yields: ["贾庆林 attended 胡锦涛同各民主党派中央、全国工商联负责人和无党派人士代表欢聚一堂"], forbids: ["贾庆林 attended 会议"]),
        // 晋衔仪式 is the 中央军委晋升上将军衔仪式 said again short (its characters in order, the last two the same).
        Example("中央军委晋升上将军衔仪式10日在北京八一大楼隆重举行。胡锦涛出席晋衔仪式。",
                yields: ["胡锦涛 attended 中央军委晋升上将军衔仪式"], forbids: ["reports 晋衔仪式"]),
        // 作了发言 is the verb whole; 作了 is no part of the last name before it.
        Example("受表彰的先进典型代表钱素云、杨佳、王晖作了发言。", yields: ["王晖 spoke_at 会议", "钱素云 spoke_at 会议"], forbids: ["王晖作了"]),
        // 发言 that begins the title 发言人 is no speech.
        Example("韩国总统府青瓦台发言人随后表示,韩方将为会晤做好准备。", forbids: ["attended", "spoke_at"]),
        // A session of the UN General Assembly named as the text names it (meeting_words.txt: 一般性辩论).
        Example("叙利亚副总理兼外长穆阿利姆29号在联大一般性辩论上发言时,指责美国政府在反恐问题上持双重标准。",
                yields: ["穆阿利姆 attended 联大一般性辩论", "文章 reports 联大一般性辩论"], forbids: ["穆阿利姆 attended 会议"]),
        // 座谈会上, places the speakers at the 座谈会, not at the tour reported after it in which it was held.
        Example("胡锦涛20日在合肥主持召开扎实推进长三角一体化发展座谈会并发表重要讲话。胡锦涛在安徽调研期间专门召开这次座谈会。座谈会上,上海市委书记李强、安徽省委书记李锦斌先后发言,介绍了工作情况。",
                yields: ["李锦斌 spoke_at 扎实推进长三角一体化发展座谈会", "李强 attended 扎实推进长三角一体化发展座谈会"],
                forbids: ["李锦斌 attended 胡锦涛在安徽调研", "李锦斌 spoke_at 胡锦涛在安徽调研"]),
        Example("座谈会上,来自研究机构的专家刘世锦、曹远征、华生结合自己的研究领域发表了见解;企业负责人胡茂元、王会生分别提出建议。",
                // No 座谈会 reported before: the article's 座谈会, as the text names it, not a meeting named after the headline.
                yields: ["刘世锦 spoke_at 座谈会(2020-11-12)", "曹远征 spoke_at 座谈会(2020-11-12)", "华生 spoke_at 座谈会(2020-11-12)",
                         "胡茂元 spoke_at 座谈会(2020-11-12)", "王会生 spoke_at 座谈会(2020-11-12)"], forbids: ["spoke_at 会议"]),
        Example("会上,各地要结合实际抓好落实。", forbids: ["attended"]),
        Example("四地警方召开座谈会。 会上,鼎湖区副区长、肇庆市公安局鼎湖分局局长梁学锋,四会市副市长、市公安局局长张朝晖分别介绍了各地的工作情况。",
                yields: ["梁学锋 spoke_at 会议", "张朝晖 spoke_at 会议"]),
        Example("群众积极参加志愿服务。", forbids: ["attended"]),
        Example("会议要求各地认真贯彻落实。", forbids: ["attended"]),
        // Leads that end in 的还有, after any attendance verb; a date in brackets between the person and the verb.
        Example("在主席台就座的还有:丁薛祥、刘鹤、许其亮。", yields: ["丁薛祥 attended 会议", "刘鹤 attended 会议", "许其亮 attended 会议"]),
        Example("出席座谈会的党外人士还有邵鸿、何报翔等。", yields: ["邵鸿 attended 座谈会(2020-11-12)", "何报翔 attended 座谈会(2020-11-12)"]),
        // A surname the list reads as any other (赖), and people named after the event's 的 and their description.
        Example("出席座谈会的党外人士还有曹鸿鸣、赖明、黄荣等。", yields: ["曹鸿鸣 attended 座谈会(2020-11-12)", "赖明 attended 座谈会(2020-11-12)", "黄荣 attended 座谈会(2020-11-12)"]),
        Example("会议开始时,李克强提议,出席会议的国务院领导同志张高丽、刘延东、汪洋等全体起立,为遇难同胞默哀。",
                yields: ["张高丽 attended 会议", "刘延东 attended 会议", "汪洋 attended 会议"]),
        Example("出席会议的同志们全体起立。", forbids: ["attended"]),
        // A headline is no list of people: no group holds a bracket or a deed.
        Example("[视频]张高丽会见新加坡副总理并共同主持中新三个高层合作机制会议\n张高丽出席会议。", forbids: ["[视频]张高丽会见新加坡副总理 attended"]),
        Example("胡锦涛在江苏考察。王沪宁、栗战书和中央有关部门负责同志参加考察活动。",
                yields: ["王沪宁 attended 胡锦涛在江苏考察", "栗战书 attended 胡锦涛在江苏考察"], forbids: ["reports 考察活动"]),
        // A bare ceremony word: the opening of the event the article reported before it, not one named after the headline.
        Example("第十九届亚洲运动会23日晚在杭州隆重开幕。王毅、李干杰、何立峰出席开幕式。",
                yields: ["王毅 attended 第十九届亚洲运动会开幕式", "何立峰 attended 第十九届亚洲运动会开幕式"]),
        Example("中管干部学习贯彻党的二十大精神第1期研讨班20日上午在中央党校开班,石泰峰、李干杰出席开班式。",
                yields: ["石泰峰 attended 中管干部学习贯彻党的二十大精神第1期研讨班开班式"]),
        Example("全国政法工作会议在京召开。最高人民法院院长王胜俊介绍了有关情况。", yields: ["王胜俊 attended 全国政法工作会议"]),
        // Titled people over commas, one of whose names does not read; a report of the kind 讲座; a question asked.
        Example("阿根廷总统费尔南德斯,蒙古国总统呼日勒苏赫,俄罗斯总统普京出席开幕式。",
                yields: ["费尔南德斯 attended 开幕式(2020-11-12)", "普京 attended 开幕式(2020-11-12)"]),
        Example("受委员长会议委托,全国人大常委会法制工作委员会主任李适时作了说明。", yields: ["李适时 attended 会议"]),
        Example("闭幕会前,中国信息通信研究院院长刘多应邀作题为“5G时代与网络强国”的学习讲座。", yields: ["刘多 attended 会议"]),
        Example("耶鲁全球化研究中心主任塞迪略首先提问,谈到中国经济的增长。", yields: ["塞迪略 attended 会议"]),
        Example("胡锦涛主席夫人刘永清,国务委员戴秉国等出席欢迎仪式。", yields: ["刘永清 attended 欢迎仪式(2020-11-12)", "戴秉国 attended 欢迎仪式(2020-11-12)", "刘永清 title 胡锦涛主席夫人"]),
        Example("人民群众信赖胡锦涛总书记。", forbids: ["赖胡锦涛"]),
        Example("据报道,王小洪星期一(10月31日)主持召开中央政法委员会全体会议。", yields: ["王小洪 presided_over 中央政法委员会全体会议"]),
        Example("大会执行主席马逢国、王东峰在主席台执行主席席就座。", yields: ["马逢国 attended 会议", "王东峰 attended 会议"]),
        Example("最高人民法院院长刘军、最高人民检察院检察长应勇出席会议。", yields: ["刘军 attended 会议", "应勇 attended 会议"]),
        // Questions put part by part (…;…分别提问), ministers who 到会, the one who 宣布大会开始.
        Example("吕薇委员就如何加强项目跟踪督促整改等问题;重庆人大常委会副主任王越就如何加强国有资本经营预算编报等问题;全国人大财经委副主任委员郭庆平就如何明确整改责任等问题分别提问。",
                yields: ["吕薇 attended 会议", "王越 attended 会议", "郭庆平 attended 会议", "王越 title 重庆人大常委会副主任"]),
        Example("审计署审计长侯凯,财政部部长刘昆等有关部门负责同志到会听取意见、回答询问。", yields: ["侯凯 attended 会议", "刘昆 attended 会议"]),
        Example("上午10时,西藏自治区党委副书记、自治区人民政府主席齐扎拉宣布大会开始。", yields: ["齐扎拉 presided_over 会议"]),
        // An event named short (庆祝大会暨就职典礼) is the one named in full before it.
        Example("庆祝中国共产党成立100周年大会1日上午在北京天安门广场隆重举行。李强主持庆祝大会。出席庆祝大会的还有迟浩田、姜春云等。",
                yields: ["李强 attended 庆祝中国共产党成立100周年大会", "迟浩田 attended 庆祝中国共产党成立100周年大会"], forbids: ["reports 庆祝大会"]),
        Example("庆祝香港回归祖国20周年大会暨香港特别行政区第五届政府就职典礼1日上午在香港会展中心隆重举行。王沪宁、范长龙等出席庆祝大会暨就职典礼。",
                yields: ["范长龙 attended 庆祝香港回归祖国20周年大会暨香港特别行政区第五届政府就职典礼"], forbids: ["reports 庆祝大会暨就职典礼"]),
        // 出席观礼 at the ceremony reported before; a married name after a title (林郑月娥); 与…欢聚一堂.
        Example("庆祝香港回归祖国23周年升旗仪式1日上午在香港金紫荆广场举行。全国政协副主席董建华和梁振英、香港特区行政长官林郑月娥以及中央驻港机构代表出席观礼。",
                yields: ["董建华 attended 庆祝香港回归祖国23周年升旗仪式", "林郑月娥 attended 庆祝香港回归祖国23周年升旗仪式", "林郑月娥 title 香港特区行政长官"]),
        Example("9月30日晚,国务院在人民大会堂举行国庆招待会。李克强、栗战书、汪洋等党和国家领导人与近500位中外人士欢聚一堂。",
                yields: ["李克强 attended 国庆招待会", "汪洋 attended 国庆招待会"]),
        Example("各地应当有关部门的还有关工作。", forbids: ["attended"]),
        // A verb before places (赴) starts no foreign name after a title (NameReader.split), and a hope (期盼…出席) is no
        // attendance; 和 before 作了 ends a name.
        Example("缅甸政府热切期盼李克强总理赴缅出席东亚合作领导人系列会议。国务委员兼国防部长魏凤和作了说明。",
                forbids: ["赴缅", "魏凤 attended", "李克强 attended"]),
        // Several delegations' deliberations at a session are one event named after the session, not the session.
        Example("党和国家领导人胡锦涛、吴邦国分别参加了十一届全国人大一次会议一些代表团的审议。",
                yields: ["胡锦涛 attended 十一届全国人大一次会议代表团审议", "吴邦国 attended 十一届全国人大一次会议代表团审议",
                         "十一届全国人大一次会议代表团审议 kind 审议"]),
        // 主持召开 a meeting named right after the verb: that meeting, not the tour reported before it.
        Example("中共中央政治局常委、国务院副总理张高丽25日至26日在河北调研。26日上午,张高丽主持召开第24届冬奥会筹办工作现场会,研究解决存在的问题。",
                yields: ["张高丽 attended 第24届冬奥会筹办工作现场会"]),
        // Four characters ending in a common noun in a list are a firm, not a person (白云电器).
        Example("座谈会上,白云电器、浙江小商品城、携程网负责人发了言。", forbids: ["白云电器"]),
        // A speech sent (发来视频致辞) is no speech given there.
        Example("第三届中非民间论坛在北京开幕。联合国秘书长潘基文向第三届中非民间论坛发来视频致辞。", forbids: ["潘基文 attended", "潘基文 spoke_at"]),
        // 作出…部署 is a decision taken (decision_verbs.txt), no speech at an event; 部署 at a meeting is one.
        Example("党的十八大以来,胡锦涛总书记就深入推进区域协调发展作出新的部署。", forbids: ["胡锦涛 attended", "胡锦涛 spoke_at"]),
        Example("国务院常务会议召开。李强部署推进稳增长工作。10月9号,国务院副总理汪洋在全国改善农村人居环境工作会议上就学习贯彻重要指示精神作出部署。",
                yields: ["李强 spoke_at 国务院常务会议", "汪洋 attended 全国改善农村人居环境工作会议"]),
        // 作为 ends a speaker's name like a preposition (speaker_prepositions.txt).
        Example("7日,中国驻阿富汗大使馆举行了线上国庆招待会。阿富汗第一副总统萨利赫作为主宾发言。", yields: ["萨利赫 spoke_at 线上国庆招待会"]),
    ]
}
