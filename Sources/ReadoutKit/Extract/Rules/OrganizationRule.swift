/// Bodies: names from the lexicon of central bodies (with their short forms), and phrases that end in an
/// organisation suffix (…部, …委员会, …小组, …兵团). A one-character suffix counts only before a clear boundary.
public struct OrganizationRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "organization",
        summary: "Known bodies and phrases ending in an organisation suffix.",
        examples: [
            Example("每四年由人力资源社会保障部、中央政法委对先进集体进行表彰。",
                    yields: ["文章 mentions 人力资源和社会保障部", "文章 mentions 中共中央政法委员会"]),
            Example("各省(区、市)和新疆生产建设兵团平安建设领导小组组长参加会议。", yields: ["文章 mentions 新疆生产建设兵团"]),
            Example("根据东中西部发展实际,因地制宜。", forbids: ["mentions"]),
            // Common words alone before a suffix make a kind (专家咨询委员会, 产业技术研究院); a parent body, a country
            // written with one character or a suffix of one body to a state (中部军区: function_heads.txt) names one.
            Example("专家咨询委员会和产业技术研究院提出建议。众议院情报委员会、中日友好协会和俄北方舰队发表声明。中部军区举行演习。",
                    yields: ["文章 mentions 众议院情报委员会", "文章 mentions 中日友好协会", "文章 mentions 俄北方舰队", "文章 mentions 中部军区"],
                    forbids: ["文章 mentions 专家咨询委员会", "文章 mentions 产业技术研究院"]),
            // A company's legal form after 集团 carries the name on (OrganizationRule.continuesWithLegalForm).
            Example("北方华创科技集团股份有限公司和中国黄金集团公司发布公告。",
                    yields: ["文章 mentions 北方华创科技集团股份有限公司", "文章 mentions 中国黄金集团公司"],
                    forbids: ["文章 mentions 北方华创科技集团", "文章 mentions 中国黄金集团"]),
            // A known body of three characters before a word (央视网|消息); a bracket opened inside and closed after the
            // suffix is a gloss, not a name (党委(党组)).
            Example("央视网消息(新闻联播):各级党委(党组)要落实,农民进入城市。", yields: ["文章 mentions 央视网"],
                    forbids: ["文章 mentions 党委(党组", "文章 mentions 中国民主促进会"]),
            // A noun of every day alone before a suffix of kinds is no brand (BodyNameWords.nameOne): 军事集团 is a kind.
            Example("北约是冷战的军事集团,合作伙伴是小米集团。", yields: ["文章 mentions 小米集团"], forbids: ["文章 mentions 军事集团"]),
            // A country's government and parliament are named by the country (政府, 议会, 国会 in org_suffixes.txt); a
            // word that names no one before them makes a kind.
            Example("日本政府和智利议会表示支持,美国国会和俄罗斯国家杜马通过决议。当地政府、两国政府、各国政府和该国政府参加,政府工作报告提出。",
                    yields: ["文章 mentions 日本政府", "文章 mentions 智利议会", "文章 mentions 美国国会", "文章 mentions 俄罗斯国家杜马"],
                    forbids: ["当地政府", "两国政府", "各国政府", "该国政府"]),
            Example("毛里塔尼亚伊斯兰共和国政府和埃塞联邦政府表示,中韩两国政府签署协议,美国无视中国政府的关切,用化武嫁祸政府,阿勒颇反政府武装和美国非政府组织参加,克林顿政府时期。",
                    yields: ["文章 mentions 毛里塔尼亚伊斯兰共和国政府", "文章 mentions 中国政府"],
                    forbids: ["两国政府", "无视中国政府", "嫁祸政府", "反政府", "非政府", "克林顿政府"]),
            Example("马来西亚新政府宣布,胡锦涛在伦敦金融城市政厅发表演讲。", forbids: ["新政府", "市政厅"]),
            // A body named in a law's title is part of the title; a verb's complement (发挥好) is no part of a name.
            Example("修改《中华人民共和国村民委员会组织法》,要发挥好中央金融工作委员会的作用。",
                    yields: ["文章 mentions 中央金融工作委员会"], forbids: ["村民委员会", "好中央"]),
            Example("努力建设更高水平的平安中国。", forbids: ["mentions"]),
            // A body is read whole, without the verb or pronoun before it; a category is no body.
            Example("他希望曙光公司坚持走自主创新道路。", yields: ["文章 mentions 曙光公司"], forbids: ["文章 mentions 他希望曙光公司"]),
            Example("胡锦涛致信中国残疾人福利基金会。", yields: ["文章 mentions 中国残疾人福利基金会"]),
            Example("今年5月,湖北省武汉市青山区新沟桥街道党工委收到反映。", yields: ["文章 mentions 湖北省武汉市青山区新沟桥街道党工委"]),
            Example("今年西城区政府已有五人次出庭应诉。", yields: ["文章 mentions 西城区政府"]),
            Example("在四川省委书记王东明陪同下,三家中方银行参加。", yields: ["文章 mentions 四川省委"], forbids: ["文章 mentions 川省委", "文章 mentions 三家中方银行"]),
            Example("当地党委和国内银行要负总责,为老人垫起头部。", forbids: ["mentions"]),
            Example("会议审议了中央“不忘初心、牢记使命”主题教育领导小组的报告。", yields: ["文章 mentions 中央“不忘初心、牢记使命”主题教育领导小组"]),
            Example("朝鲜劳动党委员长金正恩会见时,6家后备定点医院和土耳其航空航天工业公司参加。",
                    yields: ["文章 mentions 土耳其航空航天工业公司"], forbids: ["文章 mentions 朝鲜劳动党委", "文章 mentions 家后备定点医院"]),
            // A stop that begins a word of the name (经济), a count that makes a category, a former post, a person in front.
            Example("清华大学经济管理学院院长出席,文化和旅游部、老挝和平与团结委员会派员参加。",
                    yields: ["文章 mentions 清华大学经济管理学院", "文章 mentions 文化和旅游部", "文章 mentions 老挝和平与团结委员会"],
                    forbids: ["文章 mentions 济管理学院", "文章 mentions 经济管理学院", "文章 mentions 旅游部"]),
            Example("一家芯片科技公司与城市定点医院合作,县级医院和物流公司参加。", forbids: ["mentions"]),
            Example("阿尔及利亚内政部、中国有色矿业集团参加,代表就闽江学院的情况作了介绍。",
                    yields: ["文章 mentions 阿尔及利亚内政部", "文章 mentions 中国有色矿业集团", "文章 mentions 闽江学院"],
                    forbids: ["文章 mentions 利亚内政部", "文章 mentions 就闽江学院"]),
            Example("三家加拿大烟草公司被起诉,本届电视节共征集作品近千部。", forbids: ["mentions"]),
            // A unit left unnamed (某部), a kind of area (城乡结合部), a kind of firm (空壳公司), a class's ordinal (第1期).
            Example("成都军区某部官兵赶赴灾区,城乡结合部治理加快,他们使用空壳公司隐藏收入,他是中央党校第1期县委书记研修班学员。",
                    yields: ["文章 mentions 成都军区"],
                    forbids: ["文章 mentions 成都军区某部", "文章 mentions 城乡结合部", "文章 mentions 空壳公司", "文章 mentions 第1期县委"]),
            // A foreign place alone before a court or a hospital names a kind (foreign_place_kinds.txt); a Chinese one names
            // one body, and so does a bank.
            Example("日本法院驳回上诉,加沙医院遭袭,北京医院专家会诊,长寿区法院审理,日本银行宣布加息,韩国大法院和欧洲法院裁定。",
                    yields: ["文章 mentions 北京医院", "文章 mentions 长寿区法院", "文章 mentions 日本银行", "文章 mentions 韩国大法院",
                             "文章 mentions 欧洲法院"],
                    forbids: ["文章 mentions 日本法院", "文章 mentions 加沙医院"]),
            // Verbs of a deed (积极参与, 住进, 建好), 因 and a time (今起) in front name no body.
            Example("银行业要积极参与银行间市场建设,黄大年因胆管癌住进医院,今起全国法院统一执行新规,各地建好流动党支部。", forbids: ["mentions"]),
            // A word that opens with a stop (此前, 此外) goes with it.
            Example("此前乐天集团宣布,此外法院院庭长进入员额。", yields: ["文章 mentions 乐天集团"], forbids: ["文章 mentions 前乐天集团", "文章 mentions 外法院院"]),
            // A verb of the clause (联系, 所属) and an adverb of it with the verbs after it (正试图干预) go before the name.
            Example("请联系巴林右旗农牧业局,国家开发投资公司所属中国国投国际贸易有限公司党委成立,他指责美国正试图干预叙利亚宪法委员会的工作。",
                    yields: ["文章 mentions 巴林右旗农牧业局", "文章 mentions 中国国投国际贸易有限公司党委", "文章 mentions 叙利亚宪法委员会"],
                    forbids: ["文章 mentions 联系巴林右旗农牧业局", "文章 mentions 国家开发投资公司所属中国国投国际贸易有限公司党委",
                              "文章 mentions 美国正试图干预叙利亚宪法委员会"]),
            // A description that ends in the suffix (最大商业银行) goes before the name it describes.
            Example("德国最大商业银行德意志银行宣布裁员。", yields: ["文章 mentions 德意志银行"], forbids: ["文章 mentions 德国最大商业银行德意志银行"]),
            Example("一些上市公司、多家航空公司和当地联邦法院参加,考入清华大学的学生发现中煤集团也来了。",
                    yields: ["文章 mentions 清华大学", "文章 mentions 中煤集团"],
                    forbids: ["文章 mentions 一些上市公司", "文章 mentions 多家航空公司", "文章 mentions 当地联邦法院",
                              "文章 mentions 考入清华大学", "文章 mentions 发现中煤集团"]),
            // The same words inside the phrase, after a body or a place the lexicons do not know (countsAKindInside);
            // governments joined by 和 are two bodies or a kind, never one.
            Example("国防大学某学院教授介绍,日本国内多家航空公司停飞,关岛当地医院收治伤员,中央和地方政府共同出资。",
                    yields: ["文章 mentions 国防大学"],
                    forbids: ["文章 mentions 国防大学某学院", "文章 mentions 日本国内多家航空公司", "文章 mentions 关岛当地医院",
                              "文章 mentions 中央和地方政府"]),
            // Words that describe a body before its name (body_descriptors.txt: 母公司, 中资企业); 子公司 may end a name
            // (西门子公司), a word of one inside it does not describe (亚洲政党国际会议, 国务院国有企业改革领导小组).
            Example("硅谷银行的前母公司硅谷银行金融集团声明,中资企业华信集团表示,德国西门子公司、亚洲政党国际会议常委会和国务院国有企业改革领导小组办公室参加,三星电子公司的英国子公司宣布。",
                    yields: ["文章 mentions 硅谷银行金融集团", "文章 mentions 华信集团", "文章 mentions 德国西门子公司",
                             "文章 mentions 亚洲政党国际会议常委会", "文章 mentions 国务院国有企业改革领导小组办公室"],
                    forbids: ["前母公司", "中资企业华信", "文章 mentions 改革领导小组办公室", "文章 mentions 国际会议常委会", "英国子公司"]),
            // 和 joining words of one name runs over up to six characters after it (BodyNameWords.joinedName).
            Example("新组建的海南省旅游和文化广电体育厅、海南省市场监督管理局揭牌成立。国务院部门和全国性行业协会未经批准自行设置。沈阳市工业和信息化局介绍。",
                    yields: ["文章 mentions 海南省旅游和文化广电体育厅", "文章 mentions 沈阳市工业和信息化局"],
                    forbids: ["文章 mentions 文化广电体育厅", "部门和全国性行业协会"]),
            // A common verb right before a head of institutions, after words naming nothing, is a deed (describesAKind).
            Example("通过第三方提高银行服务水平,通州区中西医结合医院和国家开发银行参加。",
                    yields: ["文章 mentions 通州区中西医结合医院", "文章 mentions 国家开发银行"], forbids: ["提高银行"]),
            Example("北京外国语大学和中国社会科学院所属相关研究所联合发布报告。", yields: ["文章 mentions 北京外国语大学", "文章 mentions 中国社会科学院"],
                    forbids: ["文章 mentions 中国社会科学院所属相关研究所"]),
            Example("江苏省委原常委、贵州省政协原党组副书记被查。", forbids: ["文章 mentions 江苏省委原常委", "文章 mentions 贵州省政协原党组"]),
            Example("国家开发银行原党委书记和原浙江省义乌县委书记被查。", yields: ["文章 mentions 国家开发银行", "文章 mentions 浙江省义乌县委"],
                    forbids: ["文章 mentions 国家开发银行原党委", "文章 mentions 原浙江省义乌县委"]),
            Example("胡锦涛高度评价红十字国际委员会的工作。", yields: ["文章 mentions 红十字国际委员会"],
                    forbids: ["文章 mentions 胡锦涛高度评价红十字国际委员会"]),
            Example("患者韩华出院,秋粮增产成定局。", forbids: ["mentions"]),
            Example("最近北京交通大学与武警新疆总队医院联合福建海警局,开展演练。",
                    yields: ["文章 mentions 北京交通大学", "文章 mentions 武警新疆总队医院", "文章 mentions 福建海警局"],
                    forbids: ["文章 mentions 最近北京交通大学", "文章 mentions 新疆总队医院", "文章 mentions 联合福建海警局"]),
            // The words of the phrase (BodyNameWords): a verb or an adverb in front is cut off, a verb alone is a deed,
            // common words alone before a suffix of kinds make a kind; a stop inside a word is none.
            Example("胡锦涛赞扬中刚友好医院,考上中央音乐学院的学生和第四军医大学参加。",
                    yields: ["文章 mentions 中刚友好医院", "文章 mentions 中央音乐学院", "文章 mentions 第四军医大学"],
                    forbids: ["文章 mentions 胡锦涛赞扬中刚友好医院", "文章 mentions 考上中央音乐学院", "文章 mentions 学生和第四军医大学"]),
            Example("中央企业中国大唐集团、美国智库布鲁金斯学会和土耳其半官方通讯社安纳多卢通讯社报道,济南军区第五十四集团军参加。",
                    yields: ["文章 mentions 中国大唐集团", "文章 mentions 布鲁金斯学会", "文章 mentions 安纳多卢通讯社", "文章 mentions 济南军区第五十四集团军"],
                    forbids: ["文章 mentions 中央企业中国大唐集团", "文章 mentions 美国智库布鲁金斯学会",
                              "文章 mentions 土耳其半官方通讯社安纳多卢通讯社", "文章 mentions 济南军区第五十四集团"]),
            Example("全国县医院和下一轮小组赛", forbids: ["mentions"]),
            Example("国家开发投资公司新疆罗布泊钾盐有限公司党委和第二次中央深改领导小组会议。",
                    yields: ["文章 mentions 国家开发投资公司新疆罗布泊钾盐有限公司党委", "文章 mentions 中央深改领导小组"],
                    forbids: ["文章 mentions 投资公司新疆罗布泊钾盐有限公司党委", "次中央深改领导小组"]),
            Example("要求设置县级中医院,中石油集团参加,他住进医院,袭击者闯入莫伊大学。", yields: ["文章 mentions 中石油集团", "文章 mentions 莫伊大学"],
                    forbids: ["县级中医院", "住进医院"]),
            Example("为维护银行体系流动性,小型通讯公司和县域农村商业银行要完善纪委派驻机构。", forbids: ["mentions"]),
            // A verb used as a noun alone is a deed (审查公司); an adverb of the clause ends what is before the name.
            Example("委员会来审查公司的设计,公安部还会同中国人民银行调查,衢州市先后建成北京大学衢州研究院。",
                    yields: ["文章 mentions 中国人民银行", "文章 mentions 北京大学衢州研究院"],
                    forbids: ["文章 mentions 审查公司", "文章 mentions 衢州市先后建成北京大学衢州研究院"]),
            // Adverbs and modal verbs of the clause (积极, 进一步, 愿意) and the deeds after them stay out of the name.
            Example("中国人民银行进一步完善商业银行监管,银保监会积极指导中国工商银行,中国政府愿意倾听跨国公司的意见。",
                    yields: ["文章 mentions 中国工商银行"],
                    forbids: ["进一步完善商业银行", "积极指导中国工商银行", "愿意倾听跨国公司"]),
            // A word that counts or picks out bodies after a place makes a kind (美国多家银行), after a verb in front
            // too (OrganizationRule.countsAKind); a consultation is a meeting and a hall a room, not a body.
            Example("美国多家银行股价下跌,英国部分医院停诊,北京外国语大学和美国外国投资委员会参加,全国政协召开专题协商会,在二层迎宾厅举行。以军围攻加沙地带多所医院。",
                    yields: ["文章 mentions 北京外国语大学", "文章 mentions 美国外国投资委员会"],
                    forbids: ["文章 mentions 美国多家银行", "文章 mentions 英国部分医院", "文章 mentions 全国政协专题协商会", "文章 mentions 二层迎宾厅",
                              "多所医院"]),
            // A short known name that starts inside a word of the vocabulary is none there (OrganizationRule.startsInsideWord).
            Example("坚持实事求是的思想路线。美国务院发言人表示。求是杂志社发表文章。",
                    yields: ["文章 mentions 求是杂志社"], forbids: ["mentions 中华人民共和国国务院"]),
            // After a trader that describes it (…商), the firm's name (BodyNameWords.afterDescription); a traders'
            // association stays whole.
            Example("电动汽车制造商特斯拉公司宣布。美国飞机制造商波音公司宣布。欧洲汽车制造商协会表示。",
                    yields: ["文章 mentions 特斯拉公司", "文章 mentions 波音公司", "文章 mentions 欧洲汽车制造商协会"], forbids: ["制造商特斯拉", "制造商波音"]),
            // A suffix longer than a head of kinds (共青团中央、全国青联 read back from 全国青联) is read whole.
            Example("李强委员代表共青团中央、全国青联发言时说,要优化行业管理。", yields: ["文章 mentions 中国共产主义青年团"]),
            // 们 ends a plural of people, never part of a name; a verb in front is cut (verbs_before_name.txt).
            Example("乡亲们学会了种脐橙。他有权调动中国石油天然气集团公司的资源。李强步入中国电子科技集团公司展厅。",
                    yields: ["文章 mentions 中国石油天然气集团公司", "文章 mentions 中国电子科技集团公司"],
                    forbids: ["学会", "调动", "步入"]),
            // Two bodies joined by a verb (联合, 会同, 赠送) are two; a task after a body stays in its name (推进).
            Example("中央广播电视总台联合国家文物局,国家卫健委联合中国出生缺陷干预救助基金会,新疆生产建设兵团推进“一带一路”建设工作领导小组成立。",
                    yields: ["文章 mentions 国家文物局", "文章 mentions 中国出生缺陷干预救助基金会", "文章 mentions 新疆生产建设兵团推进“一带一路”建设工作领导小组"],
                    forbids: ["文章 mentions 中央广播电视总台联合国家文物局", "文章 mentions 国家卫健委联合中国出生缺陷干预救助基金会"]),
            // 和 or 与 joining two words of one name before its suffix; not two bodies, nor a body after a title.
            Example("国家粮食和物资储备局、全国政协民族和宗教委员会、老挝公共工程与运输部,中信银行和海尔集团签约,行政长官和特别行政区政府表示。",
                    yields: ["文章 mentions 全国政协民族和宗教委员会", "文章 mentions 老挝公共工程与运输部", "文章 mentions 国家粮食和物资储备局"],
                    forbids: ["文章 mentions 宗教委员会", "文章 mentions 运输部", "文章 mentions 中信银行和海尔集团", "文章 mentions 行政长官和特别行政区政府"]),
            // A dash between two names of one body joins it (中国—中亚应急管理工作组); a period in front goes.
            Example("中国—中亚应急管理工作组、澳大利亚-中国友好交流协会,德国埃尔朗根-纽伦堡大学,第一季度公司财报显示。",
                    yields: ["文章 mentions 中国—中亚应急管理工作组", "文章 mentions 澳大利亚-中国友好交流协会", "文章 mentions 德国埃尔朗根-纽伦堡大学"],
                    forbids: ["文章 mentions 中亚应急管理工作组", "文章 mentions 中国友好交流协会", "文章 mentions 第一季度公司"]),
            // Bodies described by their tie to China (在华, 对华), a share of the bodies of a place, a group named by its task.
            Example("在华外国商会和德国议会对华友好小组表示,在华北电力大学和对华晨汽车控股公司,英国约半数医院停诊,核查小组和中央财经领导小组、中国国际商会参加。",
                    yields: ["文章 mentions 中央财经领导小组", "文章 mentions 中国国际商会", "文章 mentions 华北电力大学", "文章 mentions 华晨汽车控股公司"],
                    forbids: ["文章 mentions 华外国商会", "文章 mentions 华友好小组", "文章 mentions 英国约半数医院", "文章 mentions 核查小组"]),
            // A count before the stop the phrase began at, a measure word after a stop, a place alone before a suffix
            // it has many of.
            Example("16个国家法院和13个专项领导小组参加,全国第一家青海高原医学研究所成立,这次中央财经领导小组会议上,俄罗斯公司和美国大公司表示,吉隆坡法院、日本银行、北京医院、在大连海事大学和余姚农村合作银行宣布。",
                    yields: ["文章 mentions 中央财经领导小组", "文章 mentions 吉隆坡法院", "文章 mentions 日本银行", "文章 mentions 北京医院", "文章 mentions 青海高原医学研究所",
                             "文章 mentions 大连海事大学", "文章 mentions 余姚农村合作银行"],
                    forbids: ["文章 mentions 国家法院", "文章 mentions 专项领导小组", "文章 mentions 次中央财经领导小组", "文章 mentions 俄罗斯公司",
                              "文章 mentions 美国大公司", "文章 mentions 连海事大学", "文章 mentions 姚农村合作银行"]),
            // A place after a body names a branch or an institute of it; a second body only across a deed or where its
            // kind differs (OrganizationRule.secondBody). A suffix of kinds right after another goes on (大学|医院).
            Example("中国科学院空间应用技术济南研究院开工,北京儿童医院保定医院接诊,国务院河南安阳市凯达商贸有限公司起火,德国埃森大学医院的医生说。",
                    yields: ["文章 mentions 中国科学院空间应用技术济南研究院", "文章 mentions 北京儿童医院保定医院",
                             "文章 mentions 河南安阳市凯达商贸有限公司", "文章 mentions 德国埃森大学医院"],
                    forbids: ["文章 mentions 济南研究院", "文章 mentions 保定医院", "文章 mentions 国务院河南安阳市凯达商贸有限公司",
                              "文章 mentions 德国埃森大学"]),
            // The term of a body is part of its name (第十九届); an ordinal after other words is cut with them; a date in
            // quotes labels an event, not the company.
            Example("会议通过了中国共产党第十九次全国代表大会代表资格审查委员会的报告,他代表民盟第十二届中央委员会作报告,天津港“8·12”瑞海公司起火。",
                    yields: ["文章 mentions 中国共产党第十九次全国代表大会代表资格审查委员会", "文章 mentions 民盟第十二届中央委员会",
                             "文章 mentions 瑞海公司"],
                    forbids: ["文章 mentions 全国代表大会代表资格审查委员会", "文章 mentions 代表民盟第十二届中央委员会",
                              "文章 mentions 天津港“8·12”瑞海公司"]),
            // Levels of place make a kind (县乡党委, 省(市)委, 各省(区、市)党委); so does a department named by its trade alone.
            Example("各级党委特别是县乡党委负责,由省(市)委书记担任组长,各省(区、市)党委、政府掌握,房管局、城管局、民政局等各方和江苏省民政厅、四川省公安厅等参加。",
                    yields: ["文章 mentions 江苏省民政厅", "文章 mentions 四川省公安厅"],
                    forbids: ["文章 mentions 县乡党委", "文章 mentions 省(市)委", "文章 mentions 市)党委", "文章 mentions 城管局", "文章 mentions 民政局"]),
            // A one-character suffix ends a name before the verb or time of the clause the body opens, unless it makes a
            // word with the character before (政局, 总部) or after (局面).
            Example("北京市司法局召开会议,江苏省公安厅今天通报,埃及政局动荡,集团总部设在上海,这种格局面临挑战。",
                    yields: ["文章 mentions 北京市司法局", "文章 mentions 江苏省公安厅"],
                    forbids: ["文章 mentions 埃及政局", "文章 mentions 集团总部", "文章 mentions 这种格局"]),
            // A place opens a name even where its first character is a word of time (也门); a place before a company's
            // legal form names its branch (康菲石油中国有限公司).
            Example("也门国家石油公司统一进口,康菲石油中国有限公司取得核准。", yields: ["文章 mentions 也门国家石油公司", "文章 mentions 康菲石油中国有限公司"],
                    forbids: ["文章 mentions 门国家石油公司", "文章 mentions 中国有限公司"]),
            // A place, then a verb of its deed (clause_verbs.txt), is a clause: a name starts after the verb only where
            // the words after it name one (BodyNameWords.afterPlaceVerb); a verb that names what a body does stays.
            Example("广东加快方舱医院建设,以色列袭击医院,武汉重建湖北省委,泰国选举委员会和北京市排水集团表示。",
                    yields: ["文章 mentions 湖北省委", "文章 mentions 泰国选举委员会", "文章 mentions 北京市排水集团"],
                    forbids: ["文章 mentions 广东加快方舱医院", "文章 mentions 以色列袭击医院", "文章 mentions 武汉重建湖北省委"]),
            // Names joined by 及, written with capital letters in front or with a foreign name joined by · or -, are read
            // whole.
            Example("美国海关及边境保护局表示,IHS马基特公司发布报告,约翰·霍普金斯大学统计显示,法国让-维尔迪耶医院收治。",
                    yields: ["文章 mentions 美国海关及边境保护局", "文章 mentions IHS马基特公司", "文章 mentions 约翰·霍普金斯大学",
                             "文章 mentions 法国让-维尔迪耶医院"],
                    forbids: ["文章 mentions 边境保护局", "文章 mentions 马基特公司", "文章 mentions 霍普金斯大学", "文章 mentions 维尔迪耶医院"]),
            // A word that says what sort of body (最大, 政策性, 定点), a verb alone, a locative after a place, or 一 after a
            // foreign place before a head of kinds makes a kind (杭州市一医院 is its 第一医院).
            Example("巴西环球传媒集团是拉美最大传媒集团,国家政策性银行出资,武汉改扩建定点医院投入使用,警方驱离医院中的人员,他到西安上大学,韩国一医院起火,杭州市一医院收治。",
                    yields: ["文章 mentions 巴西环球传媒集团", "文章 mentions 杭州市一医院"],
                    forbids: ["拉美最大传媒集团", "国家政策性银行", "定点医院", "驱离医院", "上大学", "韩国一医院"]),
            // …but companies are named by verbs, a hospital of Chinese medicine by 中, an association of listed companies by
            // 上市; letters in brackets before a name are no part of it; a side before 及 is an actor of its own.
            Example("美国强生公司宣布,广东省中医院收治,中国上市公司协会成立,国际货币基金组织(IMF)货币与资本市场部主任阿德里安表示,新西兰警方及外交贸易部表示。",
                    yields: ["文章 mentions 美国强生公司", "文章 mentions 广东省中医院", "文章 mentions 中国上市公司协会", "文章 mentions 外交贸易部"],
                    forbids: ["警方及外交贸易部", "IMF)"]),
            // 这一 before a body points back to one; a determiner before a place and words of trades makes a kind; 大学毕业生
            // and 银行业 are no bodies.
            Example("北约多国部队北方司令部成立,这一司令部将负责,一些捷克贸易公司参展,要多招大学毕业生,深化银行业保险业改革。",
                    yields: ["文章 mentions 北约多国部队北方司令部"],
                    forbids: ["文章 mentions 一司令部", "捷克贸易公司", "多招大学", "深化银行"]),
            // A part of a place before a head of institutions makes a kind (加沙地带北部医院); 政府 before 和 ends a body of its
            // own; 地区性 says what sort of bank.
            Example("加沙地带北部医院几乎全部停止服务,日本政府和东电公司表示,美国地区性银行股价下跌。",
                    yields: ["文章 mentions 东电公司"],
                    forbids: ["加沙地带北部医院", "日本政府和东电公司", "地区性银行"]),
            // A headquarters is a site (沈阳机床集团总部: the body is the group); a game's 决胜局 or 出局 is none.
            Example("沈阳机床集团总部设在沈阳,中国队锁定胜局,他意外出局。", yields: ["文章 mentions 沈阳机床集团"],
                    forbids: ["文章 mentions 沈阳机床集团总部", "文章 mentions 中国队锁定胜局", "文章 mentions 他意外出局"]),
            // A maker or a giant in front describes the body (德国最大军火制造商莱茵金属公司); a university before 附属 holds
            // the body named after it; a hospital ship is no body.
            Example("德国最大军火制造商莱茵金属公司表示,大连大学附属新华医院接诊,这是“和平方舟”号医院船入列以来第12次出国。",
                    yields: ["文章 mentions 莱茵金属公司", "文章 mentions 大连大学附属新华医院"],
                    forbids: ["文章 mentions 德国最大军火制造商莱茵金属公司", "文章 mentions 大连大学", "文章 mentions “和平方舟”号医院"]),
            // 谨代表 before a body is the speaker's (verbs_before_name.txt).
            Example("我谨代表亚奥理事会表示感谢。", yields: ["文章 mentions 亚奥理事会"], forbids: ["文章 mentions 代表亚奥理事会"]),
            // A suffix that runs on into an ordinary word (联合会诊, 作战区域) ends no body; 仅 stands before names. A
            // group's sitting is no word of that kind (领导小组第十次会议).
            Example("市专家组联合会诊后确定方案。俄特别军事行动作战区域内。仅达美航空公司就取消了航班。中央全面深化改革领导小组第十次会议召开。",
                    yields: ["文章 mentions 达美航空公司", "文章 mentions 中央全面深化改革领导小组"], forbids: ["市专家组联合会", "作战区", "仅达美航空公司"]),
            // A vessel named after a body, a stop that opens a city, a title before 与, a park or town named after a
            // university: no body, or the body whole.
            Example("“中山大学”号科考船起航。总统与联邦委员会协商。黑龙江同江市八岔村党支部书记出席。他们了解岳麓山国家大学科技城建设情况。",
                    yields: ["文章 mentions 黑龙江同江市八岔村党支部", "文章 mentions 联邦委员会"],
                    forbids: ["文章 mentions 中山大学", "文章 mentions 总统与联邦委员会", "文章 mentions 江市八岔村党支部", "国家大学"]),
            // 代表 alone before a body that names itself; not before words that name none (代表资格审查委员会).
            Example("他代表中央纪律检查委员会常务委员会作报告。全国人大代表盛虹控股集团有限公司董事长缪汉根赶回企业。会议通过了中国共产党第十九次全国代表大会代表资格审查委员会的报告。宁夏回族自治区人民代表大会常务委员会公告。",
                    yields: ["文章 mentions 中央纪律检查委员会常务委员会", "文章 mentions 盛虹控股集团有限公司",
                             "文章 mentions 中国共产党第十九次全国代表大会代表资格审查委员会", "文章 mentions 宁夏回族自治区人民代表大会常务委员会"],
                    forbids: ["文章 mentions 代表中央纪律检查委员会常务委员会", "文章 mentions 全国人大代表盛虹控股集团有限公司", "文章 mentions 资格审查委员会"]),
            // A common noun alone before the suffix is a kind after 的, a measure word or a verb; a brand elsewhere.
            Example("天津的这家技师学院扩招,教育部将成立专项工作组,小米集团发布新品,利润下滑的首钢集团收购股份。",
                    yields: ["文章 mentions 小米集团", "文章 mentions 首钢集团"], forbids: ["文章 mentions 技师学院", "文章 mentions 专项工作组"]),
            // Newspapers end in 日报 or 晚报; 报道 after 今日 is no paper.
            Example("据福建日报和扬子晚报报道,他们今日报道了此事。", yields: ["文章 mentions 福建日报", "文章 mentions 扬子晚报"],
                    forbids: ["文章 mentions 他们今日报", "文章 mentions 们今日报"]),
            // Local short forms name the body of the place the article named last at their level, or none.
            Example("清水县召开会议,县委、县政府和县政协负责人参加,乐清市建立市委督查室。", yields: ["文章 mentions 清水县委", "文章 mentions 清水县政府",
                    "文章 mentions 清水县政协"], forbids: ["文章 mentions 县委", "文章 mentions 乐清市建立市委"]),
            Example("县委、县政府负责人参加。", forbids: ["mentions"]),
            // A level alone before a body the local scan has no word for is the same short form (县农业局, 自治区政府);
            // 市场 is a word of its own.
            Example("宁夏回族自治区召开会议,自治区政府和县农业局负责人参加,市场监管局表示。", yields: ["文章 mentions 宁夏回族自治区政府", "文章 mentions 市场监管局"],
                    forbids: ["文章 mentions 自治区政府"]),
            Example("南京市召开会议,市州党委和各省(区、市)地方政府负责。", forbids: ["mentions"]),
            Example("会上,长寿区法院、检察院、公安局、司法局负责人发言。",
                    yields: ["文章 mentions 长寿区法院", "文章 mentions 长寿区检察院", "文章 mentions 长寿区公安局", "文章 mentions 长寿区司法局"],
                    forbids: ["文章 mentions 公安局"]),
            // A suffix that is also a word of the clause ends a name only before a boundary; a count of places and a time
            // in front make no body.
            Example("舞蹈教师不仅教聋哑孩子学会跳舞,英语课总会在祠堂里开始,中华医学会、中国红十字会总会参加,广西、四川等七省区纪委书记座谈,年终党支部评议。",
                    yields: ["文章 mentions 中华医学会", "文章 mentions 中国红十字会总会"],
                    forbids: ["文章 mentions 舞蹈教师不仅教聋哑孩子学会", "文章 mentions 英语课总会", "文章 mentions 七省区纪委",
                              "文章 mentions 年终党支部"]),
            Example("原告中铁十六局路桥公司起诉,2012年底海淀区政府发布通知,国务院派工作组赶赴现场,当前地缘政治局势紧张。",
                    yields: ["文章 mentions 中铁十六局路桥公司", "文章 mentions 海淀区政府"],
                    forbids: ["文章 mentions 原告中铁十六局路桥公司", "文章 mentions 底海淀区政府", "文章 mentions 国务院派工作组",
                              "文章 mentions 地缘政治局", "文章 mentions 当前地缘政治局"]),
            Example("第13集团军工兵团和14集团军工兵团参加,6家定点医院接诊,2016年巴黎市政府宣布,1000万银行卡。",
                    yields: ["文章 mentions 第13集团军工兵团", "文章 mentions 14集团军工兵团", "文章 mentions 巴黎市政府"],
                    forbids: ["文章 mentions 集团军工兵团", "文章 mentions 6家定点医院", "文章 mentions 2016年巴黎市政府", "文章 mentions 1000万银行"]),
            // Too short for a word after 华 (and no crash on it).
            Example("美方在华部,还有对华委。", forbids: ["mentions"]),
            Example("群众建立“互助五兴”小组,挫败一支侦察破坏小组,新界总商会和三方联络小组参加。",
                    yields: ["文章 mentions 新界总商会", "文章 mentions 三方联络小组"],
                    forbids: ["文章 mentions 五兴”小组", "文章 mentions 一支侦察破坏小组", "文章 mentions 侦察破坏小组"]),
            Example("美国共和党全国委员会、四川雅砻江流域水电开发有限公司和环球同业银行金融电信协会发表声明。",
                    yields: ["文章 mentions 美国共和党全国委员会", "文章 mentions 四川雅砻江流域水电开发有限公司", "文章 mentions 环球同业银行金融电信协会"],
                    forbids: ["文章 mentions 党全国委员会", "文章 mentions 业银行金融电信协会"]),
        ]
    )

    public init() {}

    /// Characters that end the phrase before a body's name (由人力资源社会保障部: the name starts after 由).
    static let stops: ScalarSet = ScalarSet("由和与及的对在从向为将把被是同等让使经按各个其该这那此了着并或到受请来分他她我你兼就有像于派因")
    /// Numerals and the measure words after them: a counted phrase in front of a body (三家中方银行, 200多名县委).
    static let numerals: ScalarSet = ScalarSet("0123456789一二三四五六七八九十百千万两几")
    static let measures: ScalarSet = ScalarSet("多余家名个所位批座处级大届次期支")
    /// 七省区, 五省市: a count of places makes their bodies a kind (not 第二市政工程公司).
    static let placeMeasures: ScalarSet = ScalarSet("省区市县")
    /// Measure words that make an ordinal (第34届, 第二次, 第1期 of a class): cut off, not a count that makes a category.
    static let ordinals: ScalarSet = ScalarSet("届次期")
    /// Last characters of a body or a region's name: 原 after one starts a former post (省委原常委, 政协原党组).
    static let bodyEnds: ScalarSet = ScalarSet("委协州省市县区部局厅会组院")
    /// Kinds of the words that a stop inside does not end (共和党, 协同); a verb or a pronoun does (送到, 这次).
    static let nameWordKinds: Set<WordClass?> = [.noun, .verbalNoun, .proper, .place, .lexicon, .other]
    /// Marks between the figures of a date that labels an event (“8·12”, “7.20”).
    static let dateLabelMarks: ScalarSet = ScalarSet("·.．")
    static let boundaryAfter: ScalarSet = ScalarSet("对和与及的在、等是将向为从把被同,。;:!?)”")

    public func apply(to context: inout ExtractionContext) {
        let text = context.text
        let lex = context.lexicons
        let personSpans = context.personSpans
        for sentence in context.doc.sentences {
            let span = sentence.span
            let persons = ExtractionContext.spans(personSpans, within: span)
            var i = span.start
            // Known bodies first: longest match, leftmost, characters not reused.
            while i < span.end {
                // 德国央行: a short form right after a foreign country's name is that country's body, not China's.
                // 实事求是, 要求是, 美国务院: a short name that starts inside a word of the vocabulary is no name there.
                if let n = lex.organizationTrie.longest(in: text, at: i, limit: span.end), n >= 4 || endsKnownName(Span(i, i + n), span, text, lex)
                    && lex.foreignPlaces.longest(in: text, at: i, limit: span.start).map({ text.slice(i - $0, i) == "中国" }) != false
                    && !startsInsideWord(i, span, text, lex) {
                    record(Span(i, i + n), &context)
                    i += n; continue
                }
                i += 1
            }
            // Local short forms (县委、县政府, 市政协): the body of the place the article named last at that level;
            // none where it named no such place.
            var localEnds = Set<Int>()
            for k in span.start..<span.end where LocalBodies.levels.contains(text[k]) {
                // The form ends where a word does (县政府|坚持, not 市政府办|公室 of 市政府办公室, read by its suffix).
                guard let m = LocalBodies.length(at: k, limit: span.end, text, lex),
                      k + m == span.end || !text[k + m].isHan || lex.segmenter.vocabulary.kind(text, k + m - 1, k + m + 1) == nil,
                      let full = LocalBodies.resolved(Span(k, k + m), context) else { continue }
                record(Span(k, k + m), resolved: full, &context)
                localEnds.insert(k + m)
            }
            var p = span.start + 3
            while p <= span.end {
                if localEnds.contains(p) { p += 1; continue }
                guard let n = lex.orgSuffixes.longest(in: text, at: p, limit: span.start) else { p += 1; continue }
                // A known body ends here (…中央政治局): it was recorded by name; the words before it are not part of it.
                if lex.organizationsEnding.longest(in: text, at: p, limit: span.start) != nil { p += 1; continue }
                if n == 1 && !endsWord(p, span, text, lex) { p += 1; continue }
                // 第五十四集团军: a longer suffix goes on past this one; the name ends with it.
                if p < span.end, lex.orgSuffixes.longest(in: text, at: p + 1, limit: span.start) ?? 0 > n { p += 1; continue }
                // 德国埃森大学|医院: a suffix of kinds right after this one names the body this one holds; the name ends there.
                if p < span.end, lex.categoryHeads.longest(in: text, at: p, limit: span.end) != nil { p += 1; continue }
                // 大连大学|附属新华医院: a body of it follows (body_links.txt); the name ends with that one.
                if lex.bodyLinks.longest(in: text, at: p, limit: span.end) != nil { p += 1; continue }
                // 中国黄金集团|公司, 北方华创科技集团|股份有限公司: a company's legal form follows; the name ends with it.
                if continuesWithLegalForm(p, span, text, lex) { p += 1; continue }
                // 江苏省委原常委, 耿惠昌常委: a title that ends here and is longer than the suffix is a post, not a body.
                if lex.titles.longest(in: text, at: p, limit: span.start) ?? 0 > n { p += 1; continue }
                // 近千部, 三所: a numeral before a one-character suffix makes it a measure word.
                if n == 1, Self.numerals.contains(text[p - 2]) { p += 1; continue }
                // 朝鲜劳动党委员长: a title that starts inside the suffix and runs past it.
                if (p - n..<p).contains(where: { k in (lex.titlesForward.longest(in: text, at: k, limit: span.end) ?? 0) > p - k }) { p += 1; continue }
                // “中山大学”号, “和平方舟”号: the quoted name of a vessel, not the body it is named after.
                if p + 1 < span.end, text[p] == "”", text[p + 1] == "号" { p += 1; continue }
                // 《中华人民共和国村民委员会组织法》: a body named as a law's subject is part of its title.
                if lex.lawTitleTails.longest(in: text, at: p, limit: span.end) != nil { p += 1; continue }
                if lex.notOrgEndings.longest(in: text, at: p, limit: span.start) != nil
                    || (1...3).contains(where: { k in p + k <= span.end && lex.notOrgEndings.longest(in: text, at: p + k, limit: span.start) ?? 0 > k }) { p += 1; continue }
                var s = p - n
                var open = true   // no clear start found yet
                // The words of the phrase, read once a stop is met: a stop that ends or is inside a noun is none (共和党,
                // 协同发展, 中央财经大学); one that begins a word may begin the name (name_inner_words.txt lists those that do not).
                var phrase: [Word]? = nil
                while s > span.start, p - s < 28 {
                    let c = text[s - 1]
                    // 让-维尔迪耶医院: a character right before a joiner spells the name, stop or not.
                    if Self.stops.contains(c), context.names.isJoiner(s) { s -= 1; continue }
                    if Self.stops.contains(c) {
                        if phrase == nil { phrase = lex.segmenter.words(text, max(span.start, p - n - 32), p - n) }
                        if phrase!.contains(where: { $0.start < s - 1 && $0.end > s - 1 && Self.nameWordKinds.contains($0.kind) }) {
                            s -= 1; continue
                        }
                    }
                    // 推进“一带一路”建设工作领导小组: a quoted phrase inside the name.
                    if c == "”", let q = (max(span.start, s - 14)..<(s - 1)).last(where: { text[$0] == "“" }), q > span.start, text[q - 1].isHan {
                        // 天津港“8·12”瑞海公司: a date in quotes labels an event; the name starts after it.
                        if (q + 1..<(s - 1)).allSatisfy({ text[$0].isASCIIDigit || Self.dateLabelMarks.contains(text[$0]) }) { open = false; break }
                        s = q; continue
                    }
                    // 同江市八岔村党支部: a stop that opens a county or city the vocabulary knows is no stop.
                    if Self.stops.contains(c), let m = lex.localPlaceLength(in: text, at: s - 1, limit: p - n), s - 1 + m <= p - n { s -= 1; continue }
                    // 阿尔及利亚内政部: a stop inside a place's name is no stop.
                    // 宁夏回族自治区人民代表大会常务委员会: nor one inside a place of China's (回).
                    if Self.stops.contains(c), (1...4).contains(where: { k in s - k >= span.start && (lex.foreignPlacesForward.longest(in: text, at: s - k, limit: p - n)
                        ?? lex.placeLength(in: text, at: s - k, limit: p - n) ?? 0) >= k + 1 }) {
                        s -= 1; continue
                    }
                    // 经济管理学院, 个人数字金融部: a stop that begins a word of the name is no stop.
                    if Self.stops.contains(c), lex.nameInnerWords.longest(in: text, at: s - 1, limit: p - n) != nil
                        || s - 2 > span.start && lex.nameInnerWords.contains(text, s - 2, s) { s -= 1; continue }
                    // 文化和旅游部, 老挝和平与团结委员会: two short words joined by 和 or 与 before the suffix name one body.
                    // Not a title before it (总统与联邦委员会: the president and a body), nor a rare word, a body's short name
                    // (首钢与新世界公司).
                    if c == "和" || c == "与", p - n - s <= 4, text[s] != "第", s - 3 >= span.start, text[s - 2].isHan, text[s - 3].isHan,
                       (lex.segmenter.vocabulary.logFrequency(text, s - 3, s - 1) ?? 0) >= BodyNameWords.joinedWordFloor,
                       // (日本政府和东电公司: a body's suffix before it ends a body of its own.)
                       lex.orgSuffixes.longest(in: text, at: s - 1, limit: s - 3) == nil, !text.matches("政府", at: s - 3),
                       // (中央和地方政府, 香港居民和特别行政区政府: governments joined are two or a kind, never one body.)
                       !text.matches("政府", at: p - 2),
                       lex.titles.longest(in: text, at: s - 1, limit: s - 3) == nil,
                       !Self.stops.contains(text[s - 2]) && !Self.stops.contains(text[s - 3]) || lex.nameInnerWords.contains(text, s - 3, s - 1),
                       lex.placeLength(in: text, at: s, limit: p) == nil, lex.placeLength(in: text, at: s - 3, limit: s - 1) == nil,
                       s - 3 == span.start || !text[s - 4].isHan || Self.stops.contains(text[s - 4])
                        || lex.foreignPlaces.longest(in: text, at: s - 3, limit: span.start) != nil {
                        s -= 1; continue
                    }
                    // 全国政协社会和法制委员会, 老挝公共工程与运输部: 和 joining two words of one name.
                    // The name goes on before it only over a place or a body (老挝|公共工程与运输部, 全国政协|社会和…).
                    if let j = BodyNameWords.joinedName(across: s - 1, suffixStart: p - n, floor: span.start, text, lex) {
                        s = j
                        if j == span.start || !text[j - 1].isHan || Self.stops.contains(text[j - 1]) { break }
                        continue
                    }
                    // 中国—中亚应急管理工作组, 让-维尔迪耶医院: a single dash or hyphen between two characters joins the name.
                    // 约翰·霍普金斯大学, 斋浦尔·戈尔登医院: a · between transliterations joins a foreign name in the body's.
                    if s - 2 >= span.start, context.names.isJoiner(s - 1),
                       c != "·" || lex.transliteration.contains(text[s - 2]) && lex.transliteration.contains(text[s]) { s -= 1; continue }
                    // 第13集团军工兵团, 14集团军, 301医院: figures that number a unit, written with 第 or right before a suffix,
                    // are part of its name (not a count, 6家, 1000万银行, nor a date, 2016年).
                    if c.isASCIIDigit {
                        var d = s - 1
                        while d > span.start, text[d - 1].isASCIIDigit { d -= 1 }
                        let ordinal = d > span.start && text[d - 1] == "第"
                        let numbered = (s + 1...min(p, s + 4)).contains { e in lex.orgSuffixes.longest(in: text, at: e, limit: s) == e - s }
                        if ordinal || numbered { s = ordinal ? d - 1 : d }
                        open = false; break
                    }
                    // IHS马基特公司, TCL集团: capital Latin letters written right before the name are part of it.
                    if c.value < 128, c.properties.isUppercase, s - 1 >= span.start, text[s].isHan {
                        var a = s - 1
                        while a > span.start, text[a - 1].value < 128, text[a - 1].properties.isUppercase || text[a - 1].isASCIIDigit { a -= 1 }
                        if s - a <= 6, a == span.start || !(text[a - 1].value < 128 && text[a - 1].properties.isAlphabetic) { s = a }
                        open = false; break
                    }
                    guard c.isHan || c == "(" || c == ")", !Self.stops.contains(c) else { open = false; break }
                    // 乡亲们学会(了): 们 ends a plural noun of people, never part of a body's name.
                    if c == "们" { open = false; break }
                    // A body inside the name is its parent and part of it (中国科学院植物研究所, 清华大学经济管理学院).
                    // The name starts after the last verb before it (他希望曙光公司, 致信中国残疾人福利基金会).
                    // Not one that begins a word of the name (宁夏回族自治区: 回族, name_inner_words.txt).
                    if let v = lex.verbsBeforeNameEnding.longest(in: text, at: s, limit: span.start),
                       lex.nameInnerWords.longest(in: text, at: s - v, limit: p - n) == nil { open = false; break }
                    // 代表中央纪律检查委员会, 全国人大代表盛虹控股集团: only before words that name one body by themselves (not
                    // 全国代表大会代表|资格审查委员会).
                    if let w = lex.wordsBeforeNamedBodyEnding.longest(in: text, at: s, limit: span.start),
                       lex.segmenter.words(text, max(span.start, s - w - 4), min(p - n, s + 4)).contains(where: { $0.end == s }),
                       BodyNameWords(text, s, p - n, lex).nameOne(from: s, text, lex) { open = false; break }
                    s -= 1
                }
                if s == span.start { open = false }
                // Twenty-eight characters with no start in sight: a clause, not a name.
                if open { p += 1; continue }
                // A stop that begins a word before names (来自, 按照, 各级) takes the word with it.
                if s > span.start, let v = lex.verbsBeforeName.longest(in: text, at: s - 1, limit: p - n) ?? lex.genericBodies.longest(in: text, at: s - 1, limit: p - n), v >= 2 {
                    s += v - 1
                }
                // 土耳其航空航天工业公司: a place whose last character is a stop belongs to the name.
                if s > span.start, let m = lex.foreignPlaces.longest(in: text, at: s, limit: span.start), m >= 2 { s -= m }
                // 6家后备定点医院: a count in figures before the name.
                if s > span.start, s < p - n, text[s - 1].isASCIIDigit, Self.measures.contains(text[s]) { s += 1 }
                // 2016年巴黎市政府, 二〇一六年: the date before the name.
                if s > span.start, s < p - n, text[s - 1].isASCII && text[s - 1].properties.numericType != nil || Numerals.isNumeral(text[s - 1]),
                   "年月日号".unicodeScalars.contains(text[s]) { s += 1 }
                // 2012年底|海淀区政府, 3月上旬: the part of the year or month the date ends with (DateReader.periodParts).
                if s > span.start, "年月".unicodeScalars.contains(text[s - 1]),
                   let part = DateReader.periodParts.first(where: { text.matches($0, at: s) }), s + part.unicodeScalars.count < p - n - 1 {
                    s += part.unicodeScalars.count
                }
                // Verbs, list markers, times and counts in front are not part of the name (普遍建立…小组, 今年西城区政府,
                // 三家中方银行).
                // 第一季度公司(财报): a period written in front too. Never the first character of a place (也门, 也 of the
                // time words).
                while s < p - n - 2, let v = lex.policyVerbs.longest(in: text, at: s, limit: p - n) ?? lex.timeWords.longest(in: text, at: s, limit: p - n)
                        ?? context.dates.period(in: text, at: s).map({ $0.1 }).flatMap({ $0 > 0 && s + $0 <= p - n ? $0 : nil }),
                      v >= lex.placeLength(in: text, at: s, limit: p - n) ?? 0 { s += v }
                // 公安部还会同环保部, 闫帅刚刚当上养老院: an adverb of the clause (a word of its own) ends what comes
                // before the name.
                // Segmented only where the list finds one of its words in the phrase (most phrases hold none).
                if s < p - n, !lex.clauseAdverbs.matches(in: text, Span(s, p - n)).isEmpty,
                   case let words = lex.segmenter.words(text, s, p - n),
                   let a = words.lastIndex(where: { lex.clauseAdverbs.contains(text, $0.start, $0.end) }) {
                    // 先后建成北京大学…: the verbs after it go too; then a name must start (not 还得跑趟大医院, 刚刚当上养老院).
                    let after = words[(a + 1)...]
                    let deeds = after.prefix { $0.kind == .verb || $0.kind == .verbalNoun || $0.kind == .preposition || $0.kind == .particle }
                    s = deeds.last?.end ?? words[a].end
                    guard let first = after.dropFirst(deeds.count).first, first.kind == .place || first.kind == .proper
                            || first.kind == .lexicon || first.kind == .noun && first.length > 1 || lex.placeLength(in: text, at: s, limit: p) != nil
                            || lex.bodyHeads.longest(in: text, at: s, limit: p) != nil else { p += 1; continue }
                }
                // A count in front (三家加拿大烟草公司, 9家港口集团, 省、市两级党委) makes a category of what follows: no body.
                // An ordinal (第34届, 第二次) is only cut off.
                let count = Self.count(s, p - n, text, lex)
                if count.counted { p += 1; continue }
                // 16个|国家法院, 13个|专项领导小组: the count stands before the stop where the phrase began.
                if Self.countedBefore(s, floor: span.start, text) { p += 1; continue }
                s = count.afterOrdinals
                // 这|次中央财经领导小组: a measure word that makes a pronoun with the stop before it (这次, 该家) goes with it
                // (not 大|连, 余|姚, 处|理: those are words of the name).
                if s > span.start, s < p - n, Self.measures.contains(text[s]), Self.stops.contains(text[s - 1]),
                   lex.segmenter.vocabulary.kind(text, s - 1, s + 1) == .pronoun { s += 1 }
                // 一些上市公司, 当地联邦法院: a determiner makes a kind of body, unless a place or a known body follows it
                // (一些清华大学 → 清华大学).
                // 美国多家银行, 加沙地带多座医院: the same after the place the phrase opens with.
                if Self.countsAKind(from: s, suffix: Span(p - n, p), text, lex) { p += 1; continue }
                // 国防大学某学院, 日本国内多家航空公司, 关岛当地医院: such a word inside the phrase, whatever opens it.
                if Self.countsAKindInside(from: s, suffix: Span(p - n, p), text, lex) { p += 1; continue }
                // 这一司令部: a determiner that starts with the stop before the phrase.
                let determiner = lex.bodyDeterminers.longest(in: text, at: s, limit: p - n).map { (s, $0) }
                    ?? (s > span.start ? lex.bodyDeterminers.longest(in: text, at: s - 1, limit: p - n).flatMap { $0 >= 2 ? (s - 1, $0) : nil } : nil)
                if let (at, d) = determiner {
                    let rest = at + d
                    guard Self.opensAName(at: rest, limit: p, text, lex) else { p += 1; continue }
                    // 一些捷克贸易公司: a place and words of trades alone before a category still make a kind.
                    if let m = lex.placeLength(in: text, at: rest, limit: p - n), rest + m < p - n, lex.categoryHeads.contains(text, p - n, p),
                       Self.covered(rest + m, p - n, by: [lex.genericBodies, lex.tradeWords], text) { p += 1; continue }
                    s = rest
                }
                // 江苏省委原常委, 自治州原州委, 国家开发银行原党委(书记): a body then 原 and a post is the post of a former
                // official; 原浙江省义乌县委(书记): 原 before a body says the official's post was former, not the body.
                if Self.formerPost(s, p, text, lex) != nil { p += 1; continue }
                // 原军事科学院: 原 as a word of its own (not 原子能, nor the place 原平市) is no part of the name either.
                if text[s] == "原", s + 1 < p - n, lex.placeLength(in: text, at: s + 1, limit: p) != nil
                    || lex.bodyHeads.longest(in: text, at: s + 1, limit: p) != nil || lex.organizationTrie.longest(in: text, at: s + 1, limit: p) != nil
                    || Self.formerMark(at: s, limit: p, text, lex) { s += 1 }
                // A person named in front (马世侠政协…, 胡锦涛高度评价…): the body starts after the person and the verbs.
                if let end = persons.last(where: { $0.start < p - n && $0.end > s && $0.end <= p - n })?.end {
                    s = end
                    while s < p - n - 2, let v = lex.verbsBeforeName.longest(in: text, at: s, limit: p - n) ?? lex.timeWords.longest(in: text, at: s, limit: p - n) { s += v }
                    if lex.verbsBeforeName.longest(in: text, at: s, limit: p - n) != nil { p += 1; continue }
                }
                // 联合福建海警局, 最近北京交通大学, 代表民盟第十二届中央委员会: a place or a head of names (inner_body_heads.txt)
                // inside the phrase starts the name, unless the phrase opens with a place, such a word (中共, 全国, 武警) or a known body.
                if s + 1 < p - n - 1, lex.placeLength(in: text, at: s, limit: p) == nil,
                   lex.bodyHeads.longest(in: text, at: s, limit: p) == nil, lex.organizationTrie.longest(in: text, at: s, limit: p) == nil,
                   // (康菲石油中国有限公司: a place before the company's legal form names its branch, not a new name.)
                   let k = (s + 1..<(p - n - 1)).first(where: { k in
                       (lex.placeLength(in: text, at: k, limit: p).map { k + $0 >= p - n || !Self.covered(k + $0, p - n, by: [lex.legalFormWords], text) }
                           ?? Self.innerHead(at: k, text, lex)) && text[k - 1] != "驻" }) {
                    s = k
                } else if s + 1 < p - n - 1, let k = (s + 1..<(p - n - 1)).first(where: { k in
                    k > s + 2 && lex.placeLength(in: text, at: k, limit: p) != nil && text[k - 1] != "驻"
                        && (s + 2...k).contains { j in lex.orgSuffixes.longest(in: text, at: j, limit: s) ?? 0 > 1 && Self.secondBody(after: j, at: k, suffix: Span(p - n, p), text, lex) } }) {
                    // 武警新疆总队医院联合福建海警局, 国务院河南安阳市…公司: a body, then a place start a second body
                    // (OrganizationRule.secondBody).
                    s = k
                }
                // Verbs, adverbs, pronouns and times in front are no part of the name (赞扬中刚友好医院), nor, before
                // a suffix of kinds, anything up to the last deed (胡锦涛赞扬中刚友好医院); a verb alone
                // before the suffix is a deed (维护银行); common words alone before a suffix of kinds make a kind
                // (小型通讯公司, 县域农村商业银行).
                // 县农业局, 省财政厅, 自治区政府: a level alone opens a short form the local scan has no word for; it names
                // the body of the place the article named last at that level.
                // Unresolved, it is read as any other phrase and stays as written (a page of a city's own site means that
                // city by 市委组织部).
                if let (_, rest) = LocalBodies.bareLevel(at: s, before: p, text, lex) {
                    // 市州党委, 县旗党委, 省(市)委: levels side by side make a kind.
                    if !text[rest].isHan || lex.localHeads.contains(text[rest]) { p += 1; continue }
                    if let full = LocalBodies.resolved(bare: Span(s, p), context) {
                        record(Span(s, p), resolved: full, &context)
                        p += 1; continue
                    }
                }
                if s < p - n {
                    // 社区党支部, 临时指挥部: a head of kinds longer than the suffix read (部) is the suffix the words before
                    // it must name one by.
                    let kind = Self.kindHeadLength(endingAt: p, after: s, atLeast: n, text, lex)
                    let head = BodyNameWords(text, s, p - (kind ?? n), lex)
                    let ofKind = kind != nil
                    s = head.start(text, lex)
                    if ofKind { s = max(s, head.afterLastDeed(from: s, text, lex)) }
                    s = max(s, head.afterJoiningVerb(from: s, text, lex))
                    if let k = kind, Self.namesOnlyAKind(Span(s, p), kindLength: k, text, lex) { p += 1; continue }
                    guard let afterClause = head.afterPlaceVerb(from: s, text, lex) else { p += 1; continue }
                    s = afterClause
                    s = head.start(from: max(s, head.afterDescription(from: s, suffix: Span(p - n, p), ofKind: ofKind, text, lex)), text, lex)
                    if head.isOnlyAVerb(from: s, text, lex) { p += 1; continue }
                    // 孩子学会跳舞, 英语课总会在…开始: a suffix that is also a word of the clause, a verb after it and no
                    // place, known word or unknown characters before it (not 中华护理学会加入, 布鲁金斯学会认为).
                    if lex.boundSuffixes.contains(text, p - n, p), p < span.end,
                       let next = lex.segmenter.words(text, p, min(span.end, p + 4)).first,
                       [.verb, .preposition, .adverb].contains(next.kind), lex.bodyHeads.longest(in: text, at: s, limit: p) == nil,
                       !head.words.contains(where: { w in w.start >= s && (w.kind == nil || w.kind == .place || w.kind == .lexicon
                           || lex.placeLength(in: text, at: w.start, limit: p) != nil || lex.bodyNameMarks.contains(text, w.start, w.end)) }) { p += 1; continue }
                    // 专家委员会, 产业技术研究院, 企业协会: common words alone before a suffix make a kind, unless the suffix
                    // is one of a body a state has one of (对外关系部, 中部军区; function_heads.txt).
                    if ofKind || lex.functionHeads.longest(in: text, at: p, limit: s) == nil, !head.nameOne(from: s, text, lex) { p += 1; continue }
                    // 这家技师学院, 成立专项工作组, 一家药业公司: a common noun alone before the suffix names a kind where
                    // what stands before makes it one of many (的, a measure word or a pronoun, a verb), not a brand (小米集团).
                    if head.isOneCommonNoun(from: s, text, lex), Self.kindBefore(s, span, text, lex) { p += 1; continue }
                }
                // 在华外国商会, 对华友好小组: bodies described by their tie to China, not named.
                // 在华北电力大学, 对华晨汽车: 华 that begins a word written often (华北) or a brand (no word after it) is no China.
                // (A word may start after 华 only where two characters or more follow it: 在华|局 is too short for one.)
                if s > span.start, text[s] == "华", lex.chinaRelationWords.contains(text, s - 1, s + 1),
                   (lex.segmenter.vocabulary.logFrequency(text, s, s + 2) ?? 0) < NameReader.gluedWord,
                   (s + 3..<(min(p, s + 1 + Vocabulary.maxLength) + 1)).contains(where: { lex.segmenter.vocabulary.kind(text, s + 1, $0) != nil }) { p += 1; continue }
                // 俄罗斯公司, 美国大公司: a place alone before a suffix it has many of names a kind.
                // 日本法院, 美国医院: a country or region alone before a suffix of foreign_place_kinds.txt names a kind too.
                let foreignKind = lex.foreignPlaceKinds.contains(text, p - n, p)
                    && lex.placeLength(in: text, at: s, limit: p - n).map { lex.foreignCountries.contains(text, s, s + $0) } == true
                if lex.placeKinds.contains(text, p - n, p) || foreignKind, case let place = lex.placeLength(in: text, at: s, limit: p - n) ?? 0, place > 0 {
                    var k = s + place
                    // (A country's court with a word of size is one: 韩国大法院.)
                    while k < p - n, !foreignKind, let w = lex.placeKindWords.longest(in: text, at: k, limit: p - n) { k += w }
                    if k == p - n { p += 1; continue }
                }
                // A category and a suffix is no body (当地党委, 有关部门, 国内银行).
                if lex.genericBodies.contains(text, s, p - n) { p += 1; continue }
                // 日本政府, 智利议会: a government or a parliament is named by its place alone (Self.statePlace).
                if lex.stateBodyHeads.contains(text, p - n, p) {
                    guard let place = Self.statePlace(before: p - n, from: s, text, lex) else { p += 1; continue }
                    s = place
                }
                // 长寿区法院、检察院、公安局: a list's later items that name a department alone belong to the place of its first.
                if p - s <= 3, let place = Self.listPlace(before: s, of: context, text, lex) {
                    // 上海市、市政府: the place's 市 is not written twice.
                    let end = text[place.end - 1] == text[s] ? place.end - 1 : place.end
                    let org = context.mention(.organization, text.slice(place.start, end) + text.slice(s, p), Span(s, p))
                    context.fact(context.article, Predicate.mentions, org, Span(s, p))
                    p += 1; continue
                }
                // 民政局, 城管局, 公安厅: a department named by its trade alone is one that every county or province has.
                if p - s == 3, lex.tradeBureauSuffixes.contains(text[p - 1]), lex.placeLength(in: text, at: s, limit: p) == nil { p += 1; continue }
                // 各省(区、市)党委, 省(市)委: levels of place in brackets make a kind.
                if let open = (s..<p).first(where: { text[$0] == "(" }), let close = (open..<p).first(where: { text[$0] == ")" }), close > open + 1,
                   (open + 1..<close).allSatisfy({ lex.localHeads.contains(text[$0]) || text[$0] == "、" }) { p += 1; continue }
                // 劳务派遣公司, 县级医院, 城市定点医院: a kind of body the corpora count (generic_body_phrases.txt, mined by
                // scripts/mine-generic-bodies), alone or after generic words.
                if let g = lex.genericBodyPhrases.longest(in: text, at: p, limit: s), g == p - s || Self.covered(s, p - g, by: [lex.genericBodies, lex.tradeWords], text) { p += 1; continue }
                // 芯片科技公司, 城市定点医院: a category of trade before a suffix that names kinds of bodies.
                if lex.categoryHeads.contains(text, p - n, p), Self.covered(s, p - n, by: [lex.genericBodies, lex.tradeWords], text) { p += 1; continue }
                // Unbalanced brackets mean the phrase started inside them.
                while s < p - n, text[s] == ")" || text[s] == "(" || text[s] != "·" && context.names.isJoiner(s) { s += 1 }
                // 群众建立“互助五兴”小组: a quote closed inside the phrase and opened before it; the name started inside it.
                if let close = (s..<p).first(where: { text[$0] == "”" }), !(s..<close).contains(where: { text[$0] == "“" }) { p += 1; continue }
                // 党委(党组, 公安厅(局: a bracket opened inside and closed after the suffix; the phrase is a gloss.
                if (s..<p).contains(where: { text[$0] == "(" }), !(s..<p).contains(where: { text[$0] == ")" }) { p += 1; continue }
                // 各省(区、市)党委 read from 市: a bracket closed inside the phrase and opened before it.
                if let close = (s..<p).first(where: { text[$0] == ")" }), !(s..<close).contains(where: { text[$0] == "(" }) { p += 1; continue }
                // 围攻|加沙地带多所医院: the verb in front is gone; what is left may count a kind after its place.
                if Self.countsAKind(from: s, suffix: Span(p - n, p), text, lex) { p += 1; continue }
                if Self.describesAKind(from: s, suffix: Span(p - n, p), text, lex) { p += 1; continue }
                if p - s - n >= 2, lex.organizations[text.slice(s, p)] == nil {
                    record(Span(s, p), &context)
                }
                p += 1
            }
        }
    }

    /// Where the place that names a government or a parliament starts: a place of two characters or more ending right
    /// before the suffix, or before words of what sort of state it is (埃塞|联邦|政府, 毛里塔尼亚|伊斯兰共和国|政府), no
    /// earlier than `s`. Nil where none does (当地政府, 两国政府, 克林顿政府, 嫁祸政府, 美国非政府).
    static func statePlace(before head: Int, from s: Int, _ text: TextBuffer, _ lex: Lexicons) -> Int? {
        var k = head
        while k > s, let n = lex.stateBodyDescriptors.longest(in: text, at: k, limit: s) { k -= n }
        guard k - s >= 2 else { return nil }
        return (s..<k - 1).first { lex.placeLength(in: text, at: $0, limit: k) == k - $0 }
    }

    /// A count in text[s..<e] (三家加拿大烟草公司, 北美五大工程院) makes the phrase a kind of body, not one; an ordinal
    /// (第34届, 第二次, 第1期) is only cut off: where the phrase starts after the ordinals before the count, if any.
    static func count(_ s: Int, _ e: Int, _ text: TextBuffer, _ lex: Lexicons) -> (counted: Bool, afterOrdinals: Int) {
        var start = s
        var k = s
        while k < e {
            var c = k
            while c < e, numerals.contains(text[c]) { c += 1 }
            if c > k, c < e, placeMeasures.contains(text[c]), k == s || text[k - 1] != "第" { return (true, start) }
            if c > k, c < e, measures.contains(text[c]) {
                if !ordinals.contains(text[c]) { return (true, start) }
                // 中国共产党第二十次全国代表大会…委员会, 中国侨联第十届委员会: an ordinal right after a body is a word of
                // its name (the term); after other words (大会上代表第十八届…) the name starts after it.
                let o = k > start && text[k - 1] == "第" ? k - 1 : k
                let afterBody = o > start && (lex.orgSuffixes.longest(in: text, at: o, limit: start) != nil
                    || lex.organizationsEnding.longest(in: text, at: o, limit: start) != nil)
                if !afterBody { start = c + 1 }
                k = c + 1
            } else { k = max(c, k + 1) }
        }
        return (false, start)
    }

    /// The place that opens the first item of a list of bodies whose item starts at `s` (长寿区|法院、检察院): a name of
    /// two to four characters and its 区, 市, 县, 省 or 州 opening a body read before, the list's first item.
    static func listPlace(before s: Int, of context: ExtractionContext, _ text: TextBuffer, _ lex: Lexicons) -> Span? {
        guard s > 0, text[s - 1] == "、" else { return nil }
        var e = s - 1
        while e > 0, e > s - 40, text[e - 1].isHan || text[e - 1] == "、" { e -= 1 }
        guard let first = (e..<s).first(where: { text[$0] == "、" }),
              let body = context.extraction.mentions.last(where: { $0.entity.type == .organization && $0.span.end == first })?.span,
              body.start >= e, let a = (body.start + 2..<max(body.start + 2, min(body.start + 5, body.end - 2))).first(where: { Lexicons.adminSuffixes.contains(text[$0]) })
        else { return nil }
        return Span(body.start, a + 1)
    }

    /// A head of names (inner_body_heads.txt) at `k` that does not end a word begun before it (代表|民盟, not 国民革命军).
    static func innerHead(at k: Int, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        lex.innerBodyHeads.longest(in: text, at: k) != nil && lex.segmenter.vocabulary.kind(text, k - 1, k + 1) == nil
    }

    /// Does a place at `k`, after a body that ends at `j`, start a second body ending in `suffix`? Yes across a deed
    /// (医院联合福建海警局), or where the second is a company (place_kinds.txt) and the first none (国务院|河南…公司); no
    /// where the place names a branch or an institute of the first (北京儿童医院|保定医院, 中国科学院空间应用技术|济南
    /// 研究院, 中国石油天然气集团公司|兰州石化公司).
    static func secondBody(after j: Int, at k: Int, suffix: Span, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        let words = j < k ? lex.segmenter.words(text, j, k) : []
        let deed = words.indices.contains { i in
            let w = words[i]
            if [.preposition, .conjunction, .adverb].contains(w.kind) { return true }
            // 日前批复湖南省政府, 委员会组织中国…翻译局: a verb right before the place; not one inside the words of the
            // name (空间应用技术济南研究院).
            return w.kind == .verb && (i == words.count - 1 || words[i + 1].kind != .noun)
        }
        guard !deed, lex.placeKinds.contains(text, suffix.start, suffix.end) else { return deed }
        // A group, a bank, a university before the place holds the second (…集团尼日利亚有限公司, 香港大学深圳医院).
        return !(2...4).contains { m in m <= j && (lex.categoryHeads.contains(text, j - m, j) || lex.kindHeads.contains(text, j - m, j)) }
    }

    /// Does a count end right before `s` (16个|国家法院: the measure word stopped the phrase)? Not an ordinal
    /// (第一家|青海高原医学研究所, 第34届).
    static func countedBefore(_ s: Int, floor: Int, _ text: TextBuffer) -> Bool {
        guard s - 2 >= floor, measures.contains(text[s - 1]), !ordinals.contains(text[s - 1]) else { return false }
        var first = s - 1
        while first > floor, numerals.contains(text[first - 1]) || text[first - 1].isASCIIDigit { first -= 1 }
        return first < s - 1 && (first == floor || text[first - 1] != "第")
    }

    /// Where a 原 of a former post stands after a body inside text[s..<e] (江苏省委原常委, 国家开发银行原党委(书记),
    /// 咸阳市原市委): the post was held before; the body is named without it.
    static func formerPost(_ s: Int, _ e: Int, _ text: TextBuffer, _ lex: Lexicons) -> Int? {
        guard e - s >= 4 else { return nil }
        // 村原党支部, 中心原党委: 原 right before the suffix of the post's body, whatever ends the name before it (not the
        // 原 of a word, 青藏高原研究所).
        return (s + 2..<e - 1).first { text[$0] == "原" && (bodyEnds.contains(text[$0 - 1]) || lex.orgSuffixes.longest(in: text, at: $0, limit: s) != nil
            || e - $0 - 1 <= 3 && lex.orgSuffixes.longest(in: text, at: e, limit: $0 + 1) != nil && lex.segmenter.vocabulary.kind(text, $0 - 1, $0 + 1) == nil) }
    }

    /// Do the words before a name starting at `s` make what follows one of many: 的, a measure word or a pronoun (一家,
    /// 这家, 其), or a verb that ends there (成立, 收购, 派出)?
    static func kindBefore(_ s: Int, _ span: Span, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        guard s > span.start else { return false }
        if text[s - 1] == "的" || text[s - 1] == "其" { return true }
        guard let last = lex.segmenter.words(text, max(span.start, s - 4), s).last, last.end == s else { return false }
        return last.kind == .measure || last.kind == .pronoun || last.kind == .verb && last.length >= 2
    }

    /// Is the 原 at `s` a word of its own, saying a post or a name was held before (原|军事科学院院长; not 原子能, 原因,
    /// nor the place 原平市)?
    static func formerMark(at s: Int, limit: Int, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        text[s] == "原" && s + 1 < limit && (lex.segmenter.vocabulary.logFrequency(text, s, s + 2) ?? 0) < BodyNameWords.commonWord
            && lex.placeLength(in: text, at: s, limit: limit) == nil
    }

    /// Is text[s..<e] made only of words of these lists?
    static func covered(_ s: Int, _ e: Int, by lists: [Trie], _ text: TextBuffer) -> Bool {
        var k = s
        while k < e {
            guard let n = lists.compactMap({ $0.longest(in: text, at: k, limit: e) }).max() else { return false }
            k += n
        }
        return true
    }

    /// Whether a one-character suffix ending at `p` ends a word: before a mark, a title (局长), a word of grammar
    /// (的, 和, 在), or a verb, adverb or time of the clause the body opens (北京市公安局|召开, 司法厅|今天). Before
    /// such a clause word, not where the suffix makes a word with the character before it (埃及政局|动荡, 集团总部|
    /// 设在, 首局|告负) or with the one after (格局|面 reads 局面).
    /// Whether a word of the vocabulary runs across `p` from before it (实事|求是: 实事求是; 美|国务院: 美国).
    func startsInsideWord(_ p: Int, _ span: Span, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        (1...3).contains { b in p - b >= span.start && (1...3).contains { a in p + a <= span.end && lex.segmenter.vocabulary.kind(text, p - b, p + a) != nil } }
    }

    func endsWord(_ p: Int, _ span: Span, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        if p >= span.end { return true }
        let c = text[p]
        if !c.isHan || Self.boundaryAfter.contains(c) || lex.titlesForward.longest(in: text, at: p) != nil { return true }
        let vocabulary = lex.segmenter.vocabulary
        guard p + 1 < span.end, p - 2 >= span.start, vocabulary.kind(text, p - 1, p + 1) == nil, vocabulary.kind(text, p - 2, p) == nil else { return false }
        return (2...3).contains { n in p + n <= span.end && vocabulary.kind(text, p, p + n).map(Self.clauseWordKinds.contains) == true }
    }

    /// Kinds of the word after a body that say the body opens a clause (召开, 今天, 还, 向).
    static let clauseWordKinds: Set<WordClass> = [.verb, .adverb, .time, .preposition]

    /// Whether the words after `p` are a company's legal form ending in a suffix (公司, 股份有限公司, 控股集团).
    func continuesWithLegalForm(_ p: Int, _ span: Span, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        var k = p
        while k < span.end, let w = lex.legalFormWords.longest(in: text, at: k, limit: span.end) { k += w }
        return k > p && lex.orgSuffixes.longest(in: text, at: k, limit: p) != nil
    }

    /// A known body's name ends where a word ends, or it is whole words of the segmentation around it (央视网|消息,
    /// 央视网|报道; not 农|民进|入).
    func endsKnownName(_ name: Span, _ span: Span, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        if endsWord(name.end, span, text, lex) { return true }
        let words = lex.segmenter.words(text, max(span.start, name.start - 4), min(span.end, name.end + 4))
        return (name.start == span.start || words.contains { $0.start == name.start }) && words.contains { $0.end == name.end }
    }

    /// The length of the longest head of kinds (kind_heads.txt: 党支部, 指挥部) of `atLeast` characters or more that ends at
    /// `end` after `start`, or nil.
    static func kindHeadLength(endingAt end: Int, after start: Int, atLeast n: Int, _ text: TextBuffer, _ lex: Lexicons) -> Int? {
        (n...max(n, 4)).last { k in end - k > start && lex.kindHeads.contains(text, end - k, end) }
    }

    /// 社区党支部, 网格党支部: words that only say where in general (not_local_places.txt), two characters or more, before
    /// a head of kinds make a kind, not a body (in a title too: 社区党支部书记). A level alone (镇党委) is a local short form.
    static func namesOnlyAKind(_ span: Span, kindLength k: Int, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        span.end - k - span.start >= 2 && covered(span.start, span.end - k, by: [lex.notLocalPlaces], text)
    }

    /// 美国多家银行, 加沙地带多座医院: a word that counts or picks out bodies after the place a phrase opens with makes
    /// a kind, unless a place or a known body follows it.
    static func countsAKind(from s: Int, suffix: Span, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        let placeFirst = lex.ownersLength(in: text, at: s, limit: suffix.start)
        guard placeFirst > 0 else { return false }
        // 韩国一医院, 利比亚一法院: 一 as a word of its own after a foreign place is "a"; after a city of China it
        // shortens 第一 (杭州市一医院 is its First Hospital).
        let one = s + placeFirst
        if one < suffix.start, text[one] == "一", (lex.foreignPlaces.longest(in: text, at: one, limit: s) ?? 0) >= 2,
           lex.segmenter.words(text, one, suffix.end).first?.length == 1 { return true }
        guard let d = lex.bodyCounters.longest(in: text, at: s + placeFirst, limit: suffix.start) else { return false }
        let rest = s + placeFirst + d
        return !Self.opensAName(at: rest, limit: suffix.end, text, lex)
    }

    /// Does a place, a head of names (中共, 全国) or a known body start at `k`: what follows a word that counts bodies
    /// names one (一些清华大学), not a kind.
    static func opensAName(at k: Int, limit: Int, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        lex.placeLength(in: text, at: k, limit: limit) != nil || lex.bodyHeads.longest(in: text, at: k, limit: limit) != nil
            || lex.organizationTrie.longest(in: text, at: k, limit: limit) != nil
    }

    /// 国防大学某学院, 美国多地大学, 世界各地孔子学院: a word of body_counters.txt standing as a word of its own
    /// inside the phrase makes what follows a kind, unless a place or a known body follows it.
    static func countsAKindInside(from s: Int, suffix: Span, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        var words: [Word]?
        for k in (s + 1)..<max(s + 1, suffix.start) {
            guard let d = lex.bodyCounters.longest(in: text, at: k, limit: suffix.start) else { continue }
            let rest = k + d
            guard !Self.opensAName(at: rest, limit: suffix.end, text, lex) else { continue }
            if words == nil { words = lex.segmenter.words(text, s, suffix.end) }
            if words!.contains(where: { $0.start == k }), words!.contains(where: { $0.start == rest }) { return true }
        }
        return false
    }

    /// 拉美最大传媒集团, 国家政策性银行, 改扩建定点医院: a word that says what sort of body it is (kind_descriptions.txt)
    /// with only common words after it before a head of kinds names a kind; a place, a proper name or a known body
    /// after it starts a name (美国最大银行摩根大通 reads 摩根大通 on its own). So does a verb alone before the head.
    static func describesAKind(from s: Int, suffix: Span, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        guard suffix.start > s, lex.organizations[text.slice(s, suffix.end)] == nil else { return false }
        let words = lex.segmenter.words(text, s, suffix.start)
        // 英国子公司, 乐天集团子公司: a subsidiary or parent (subsidiary_words.txt) after a place, a body or a count is a
        // kind; not 三星电子公司, 西门子公司 (a name spelled into the word).
        if let w = lex.subsidiaryWords.first(where: { text.matches($0, at: suffix.end - $0.unicodeScalars.count) }),
           case let k = suffix.end - w.unicodeScalars.count, k > s,
           (lex.foreignPlaces.longest(in: text, at: k, limit: s) ?? 0) >= 2 || (2...4).contains(where: { n in k - n >= s && lex.chinaPlaces.longest(in: text, at: k - n, limit: k) == n })
            || lex.orgSuffixes.longest(in: text, at: k, limit: s) != nil || Self.numerals.contains(text[k - 1]) { return true }
        // 驱离医院, 西安上大学: a verb alone before a head of institutions, or 上 (go to) after a place, is a deed done
        // to a kind (companies are named by what they do or by verbs: 北京市排水集团, 强生公司, 兴发集团; 广东省中医院 is
        // a hospital of Chinese medicine).
        if lex.deedKindHeads.contains(text, suffix.start, suffix.end) {
            let afterPlace = words.drop { w in w.start == s && lex.placeLength(in: text, at: w.start, limit: suffix.start).map { w.start + $0 >= w.end } == true }
            // 加沙地带北部医院: a part of the place (北部, 东南部) is where such bodies are, not one of them.
            if afterPlace.count == 1, let w = afterPlace.first, w.kind == .locative && (w.length >= 2 || text[w.start] == "上") && words.count == 2 || w.kind == .verb && words.count == 1 {
                return true
            }
            // 通过第三方提高银行(服务水平): a common verb right before the head, after words that name nothing, is a deed
            // done to a kind (国家开发银行, 通州区中西医结合医院 keep: 国家 and 通州区 name them).
            if words.count >= 2, let w = words.last, w.kind == .verb, w.length > 1, w.logFrequency >= BodyNameWords.commonWord,
               case let front = BodyNameWords(text, s, w.start, lex),
               // (A place of one character is an abbreviation the segmenter may cut out of a word: 德|育.)
               !front.words.contains(where: { v in v.length >= 2 && front.names(v, text, lex) || v.length >= 3 && Lexicons.adminSuffixes.contains(text[v.end - 1]) }),
               lex.organizationTrie.longest(in: text, at: s, limit: suffix.start) == nil {
                return true
            }
        }
        guard lex.kindHeads.contains(text, suffix.start, suffix.end) && lex.categoryHeads.contains(text, suffix.start, suffix.end),
              let d = words.lastIndex(where: { lex.kindDescriptions.contains(text, $0.start, $0.end) }) else { return false }
        return words[(d + 1)...].allSatisfy { w in
            w.kind.map { Self.commonKinds.contains($0) } == true && lex.placeLength(in: text, at: w.start, limit: suffix.start) == nil
                && lex.organizationTrie.longest(in: text, at: w.start, limit: suffix.end) == nil
        }
    }
    static let commonKinds: Set<WordClass> = [.noun, .verbalNoun, .adjective, .verb]

    func record(_ span: Span, resolved: String? = nil, _ context: inout ExtractionContext) {
        let org = context.mentionBody(span, resolved: resolved)
        context.fact(context.article, Predicate.mentions, org, span)
    }
}
