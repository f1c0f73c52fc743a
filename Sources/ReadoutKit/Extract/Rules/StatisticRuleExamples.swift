enum StatisticRuleExamples {
    static let all: [Example] = [
        Example("今年1至9月,全国安全事故起数下降4.5%,较大事故起数下降11.6%。",
                yields: ["全国安全事故起数下降4.5%(2020-11-12) subject 全国安全事故起数", "全国安全事故起数下降4.5%(2020-11-12) value 4.5", "全国安全事故起数下降4.5%(2020-11-12) unit %",
                         "全国安全事故起数下降4.5%(2020-11-12) direction 下降", "全国安全事故起数下降4.5%(2020-11-12) period 2020年1至9月",
                         "全国较大事故起数下降11.6%(2020-11-12) value 11.6", "全国较大事故起数下降11.6%(2020-11-12) period 2020年1至9月"]),
        // A daily bulletin: the day a clause of the paragraph opened with is the day of its later sentences' figures; the
        // parts after 其中 are parts of the figure before (a corpus bulletin of 2021-06-05).
        Example("11月11日0—24时,全国新增确诊病例24例。新增无症状感染者28例,其中境外输入25例,本土3例;现有确诊病例461例。",
                yields: ["新增无症状感染者28例(2020-11-12) period 2020年11月11日", "新增无症状感染者中境外输入25例(2020-11-12) subject 新增无症状感染者中境外输入",
                         "新增无症状感染者中本土3例(2020-11-12) subject 新增无症状感染者中本土", "新增无症状感染者中本土3例(2020-11-12) period 2020年11月11日"],
                forbids: ["境外输入25例(2020-11-12) subject 境外输入", "本土3例(2020-11-12) subject 本土",
                          "新增无症状感染者中现有确诊病例461例(2020-11-12) value 461"]),
        Example("2019年群众对社会治安的满意度达到97.38%。",
                yields: ["群众对社会治安的满意度达到97.38%(2020-11-12) subject 群众对社会治安的满意度",
                         "群众对社会治安的满意度达到97.38%(2020-11-12) period 2019年", "群众对社会治安的满意度达到97.38%(2020-11-12) value 97.38"]),
        // A counted noun ends before the verb after it or a conjunction that joins a noun of its own count; a clause
        // that opens with a verb and ends in 的 describes it (StatisticRule.nounEnd, subjectAfter).
        Example("600多名灭火人员出动直升机应对火情。美国海岸警卫队出动了3架飞机和多艘船只。7名来自北京的艺术家走进新疆。来自50多个国家和地区的代表参加。袭击造成10名士兵死亡。",
                yields: ["灭火人员600多名(2020-11-12) subject 灭火人员", "袭击造成士兵死亡10名(2020-11-12) subject 袭击造成士兵死亡", "美国海岸警卫队出动飞机3架(2020-11-12) subject 美国海岸警卫队出动飞机",
                         "来自北京的艺术家7名(2020-11-12) subject 来自北京的艺术家"],
                forbids: ["subject 灭火人员出动直升机", "subject 飞机和多艘船只", "subject 来自北京", "subject 国家"]),
        Example("河北二氧化硫、氮氧化物排放量分别削减1.2%、5.6%。",
                yields: ["河北二氧化硫排放量削减1.2%(2020-11-12) direction 削减", "河北氮氧化物排放量削减5.6%(2020-11-12) subject 河北氮氧化物排放量"]),
        // The rest of a number after its scale is a fraction of it (StatisticRule.remainder).
        Example("全县共有贫困村4万6千多个,救助野生动物1万8千多只,总投资3亿5千万元。",
                yields: ["全县共有贫困村4万6千多个(2020-11-12) value 4.6", "全县共有贫困村4万6千多个(2020-11-12) unit 万个", "全县共有贫困村4万6千多个(2020-11-12) qualifier 多",
                         "全县救助野生动物1万8千多只(2020-11-12) value 1.8", "全县总投资3亿5千万元(2020-11-12) value 3.5", "全县总投资3亿5千万元(2020-11-12) unit 亿元"],
                forbids: ["value 6", "value 8", "value 5"]),
        // A five-year plan is a period, written with its quotes (DateReader.planPeriod); a count after a scope word and
        // the place it is of gives the scope of something else (StatisticRule.isScope).
        Example("截至“十三五”末,全省粮食产量达到300万吨。宣讲团已深入全省11个地市,抽检涵盖94个品种。",
                yields: ["全省粮食产量达到300万吨(2020-11-12) period “十三五”末"], forbids: ["value 11", "value 94"]),
        Example("贫困发生率由19.4%降至1.24%。",
                yields: ["贫困发生率由19.4%降至1.24%(2020-11-12) value 1.24", "贫困发生率由19.4%降至1.24%(2020-11-12) from_value 19.4", "贫困发生率由19.4%降至1.24%(2020-11-12) direction 降至"]),
        // A distance that says where something is (以西70公里, 70多公里外) is no figure.
        Example("袭击发生在摩苏尔以西70公里的村庄,震中位于市区70多公里外,全省粮食产量达到300万吨。",
                yields: ["全省粮食产量达到300万吨(2020-11-12) value 300", "全省粮食产量达到300万吨(2020-11-12) unit 万吨"], forbids: ["value 70"]),
        // A length that is the size of one thing (海拔, 直径为, before 的) measures no outcome (StatisticRule.isPlaceOrSize).
        Example("明天要翻越的雪山海拔4200多米,平台坠落在直径为305米的反射面板上,一号塔设置了一座高达18米的标识,大桥全长1886米,当地新建公路120公里。",
                yields: ["当地新建公路120公里(2020-11-12) value 120", "当地新建公路120公里(2020-11-12) unit 公里"], forbids: ["value 4200", "value 305", "value 18", "value 1886"]),
        // A stretch of days keeps both ends as the period.
        Example("2022年4月30日到2022年5月5日,全国日均新增报告感染者下降80%。",
                yields: ["全国日均新增报告感染者下降80%(2020-11-12) period 2022年4月30日至2022年5月5日"], forbids: ["period 2022年4月30日"]),
        // A subject about one thing (这个项目, 一台冷藏车) gives its size or price, not a measured figure.
        // A word of when or whether opens no subject; a subject that points back to a sentence before names nothing
        // (StatisticRule.shaped, pointsBack).
        Example("目前我国铁路营业里程达到12万公里。这一数字在去年同期为7070亿瑞郎。黎巴嫩该武装发射300多枚火箭弹。预计今年全省旅游收入可实现4500亿元。",
                yields: ["我国铁路营业里程达到12万公里(2020-11-12) subject 我国铁路营业里程", "全省旅游收入可实现4500亿元(2020-11-12) period 2020年"],
                forbids: ["subject 目前", "value 7070", "value 300", "subject 今年"]),
        // A bare measure in a clause that continues a measured topic is of whose that topic names (ClauseTopics.measuredBearer).
        Example("1—8月,国有企业营业总收入536159.2亿元,同比增长25.6%;利润总额31249.4亿元,同比增长65.6%。",
                yields: ["国有企业利润总额31249.4亿元(2020-11-12) subject 国有企业利润总额", "国有企业利润总额31249.4亿元(2020-11-12) period 2020年1—8月"],
                forbids: ["subject 利润总额", "subject 国有企业营业利润总额"]),
        Example("今年1月份,我国货物贸易进出口总值2.51万亿元,其中出口1.32万亿元;贸易顺差1358亿元。国内生产总值增长6.9%,居民消费价格上涨2%。",
                yields: ["我国货物贸易顺差1358亿元(2020-11-12) subject 我国货物贸易顺差", "居民消费价格上涨2%(2020-11-12) subject 居民消费价格"],
                forbids: ["subject 贸易顺差", "subject 国内生产居民消费价格"]),
        Example("眼前这个项目总投资35亿元,购买一台新能源冷藏车可获补贴3.5万元,全省粮食产量达到300万吨。",
                yields: ["全省粮食产量达到300万吨(2020-11-12) value 300"], forbids: ["value 35", "value 3.5"]),
        // The owner is the place that opens the nearest clause before the subject, a county the vocabulary knows
        // included (StatisticRule.owner); 全省 is the province named before it (StatisticRule.wholeRegion).
        Example("目前,阜宁县已经有近万户群众领到了新房,新增了50多个现代高效农业基地。",
                yields: ["阜宁县新增现代高效农业基地50多个(2020-11-12) subject 阜宁县新增现代高效农业基地"],
                forbids: ["新增现代高效农业基地50多个 subject 新增现代高效农业基地"]),
        Example("来自四川省抗震救灾指挥部的消息,全省因地震损毁公路6784公里。",
                yields: ["四川省因地震损毁公路6784公里(2020-11-12) subject 四川省因地震损毁公路"],
                forbids: ["全省因地震损毁公路6784公里 subject 全省因地震损毁公路"]),
        // A bracket inside the subject is read over; a day's count is of the nearest day, not the day in brackets.
        Example("国家卫生健康委今天(11月12日)通报,11月11日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例22例。",
                yields: ["31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例22例(2020-11-12) period 2020年11月11日"],
                forbids: ["自治区、直辖市)和新疆生产建设兵团报告新增确诊病例22例 subject 自治区、直辖市)和新疆生产建设兵团报告新增确诊病例"]),
        // 首破 is a direction, 对 a unit, 以内 a qualifier; a comparison (较现图) is no subject.
        Example("上海港国际中转箱吞吐量首破600万标准箱。开行货物列车10829对,较现图增加41.5对。单日新增病例降至2000例以内。",
                yields: ["上海港国际中转箱吞吐量首破600万标准箱(2020-11-12) direction 首破", "开行货物列车增加41.5对(2020-11-12) unit 对",
                         "单日新增病例降至2000例以内(2020-11-12) qualifier 以内"],
                forbids: ["较现图增加41.5对 subject 较现图"]),
        // 了 between the verb and the figure; seconds with hundredths are a result; 人口 after a scale is what is
        // counted (unit 亿); a count after 上述 points back to a list.
        Example("企业销售额增长了30%。她将世界纪录提高了0.4秒。全球12亿人口面临危机。宪法法律委认为上述3项草案已比较成熟。",
                yields: ["企业销售额增长30%(2020-11-12) value 30", "企业销售额增长30%(2020-11-12) direction 增长", "她将世界纪录提高0.4秒(2020-11-12) unit 秒",
                         "全球人口12亿(2020-11-12) unit 亿"],
                forbids: ["value 3", "unit 亿人"]),
        // A verb of a deed before the amount is its direction, never the subject alone (statistic_deeds.txt); a
        // subject that is only a word joining clauses (其中) says nothing of what is measured.
        Example("全省水利建设投资完成420亿元。其中将投入60多亿元,用于水库除险。",
                yields: ["全省水利建设投资完成420亿元(2020-11-12) subject 全省水利建设投资", "全省水利建设投资完成420亿元(2020-11-12) direction 完成"],
                forbids: ["value 60", "完成420亿元 subject 完成"]),
        // A stretch of years is the period (2013—2021年, 2015年至2019年); a conjunction may open the clause of the period.
        Example("2013—2021年,全省第三产业投资年均增长9.5%。2016年至2020年,越冬候鸟由3000只增加到9000多只。但2011年的一场冰雹,果园里30万斤苹果受损。",
                yields: ["全省第三产业投资年均增长9.5%(2020-11-12) period 2013—2021年", "全省第三产业投资年均增长9.5%(2020-11-12) direction 年均增长", "越冬候鸟由3000只增加到9000多只(2020-11-12) period 2016年至2020年",
                         "果园里苹果受损30万斤(2020-11-12) period 2011年"],
                forbids: ["越冬候鸟由3000只增加到9000多只 period 2016年"]),
        // 约, 近, 至少 before the number are its qualifier (statistic_approximations.txt), and no verb of it; a grade
        // (66公斤级, 5万吨级) is no figure.
        Example("当地约300名群众参加义务植树,全市新增绿地近50公顷。暴雨造成至少12人受灾。他获得男子66公斤级冠军,5万吨级海轮可直达港区。",
                yields: ["当地群众约300名(2020-11-12) qualifier 约", "当地群众约300名(2020-11-12) value 300", "全市新增绿地近50公顷(2020-11-12) subject 全市新增绿地",
                         "全市新增绿地近50公顷(2020-11-12) qualifier 近", "暴雨造成受灾至少12人(2020-11-12) qualifier 至少", "暴雨造成受灾至少12人(2020-11-12) subject 暴雨造成受灾"],
                forbids: ["direction 至少", "value 66", "value 5"]),
        // A subject is trimmed of adverbs and times at its end, and is none when it ends inside a clause (…之列, 由…),
        // opens with the rest of one (是…), or only says whose the figure is (StatisticSubjectShape); a short quoted
        // term is part of it; a place alone before the figure takes what is counted after it.
        Example("船上60人遇难,其中48人是当地居民。他不在48人观察名单之列。当地企业的出口总额目前已达到300亿元。全市培育专精特新“小巨人”企业120家。眼下,安溪县3万多亩茶园陆续进入采摘期。",
                yields: ["船上遇难60人(2020-11-12) value 60", "当地企业的出口总额达到300亿元(2020-11-12) subject 当地企业的出口总额",
                         "全市培育专精特新“小巨人”企业120家(2020-11-12) subject 全市培育专精特新“小巨人”企业",
                         "安溪县茶园3万多亩(2020-11-12) subject 安溪县茶园"],
                forbids: ["value 48", "当地企业的出口总额目前达到300亿元 subject 当地企业的出口总额目前", "安溪县3万多亩 subject 安溪县"]),
        // What a unit is per (unit_denominators.txt) is part of it; 年均 joins the verb; after a preposition's phrase the
        // verb alone leads a count (StatisticRule.countLead); a count of the parts of a thing is no figure.
        Example("全省新增污水处理能力40万吨/日。农业保险密度达到500元/人。十年间,全省规模以上工业增加值年均增长8.6%。其中当地警方在首都共逮捕60名犯罪嫌疑人。医院完成了8个功能模块的编组。",
                yields: ["全省新增污水处理能力40万吨/日(2020-11-12) unit 万吨/日", "农业保险密度达到500元/人(2020-11-12) unit 元/人",
                         "全省规模以上工业增加值年均增长8.6%(2020-11-12) direction 年均增长", "逮捕犯罪嫌疑人60名(2020-11-12) subject 逮捕犯罪嫌疑人"],
                forbids: ["value 8"]),
        // Figures in a row as many as the subject's items go one to each (StatisticRule.distribute), 分别 or not; a
        // place that is the list's first item is an item, not the owner of all.
        Example("韩国、美国、德国实际对华投资分别增长12%、8%和5%。全省清洁能源装机和新能源装机突破5000万千瓦、3000万千瓦。",
                yields: ["韩国实际对华投资增长12%(2020-11-12) subject 韩国实际对华投资", "德国实际对华投资增长5%(2020-11-12) subject 德国实际对华投资",
                         "全省新能源装机突破3000万千瓦(2020-11-12) subject 全省新能源装机"],
                forbids: ["subject 韩国、美国、德国实际对华投资", "subject 全省清洁能源装机和新能源装机"]),
        // The size of one thing (一条…, statistic_single_objects.txt), a distance from a place (距…), a count of a
        // meeting's venues (分会场) measure nothing.
        Example("团队搭建了一条60米长的模型桥。此次遇袭的气田距离边境100公里。同时全军设4000个分会场。全市新建公路120公里。",
                yields: ["全市新建公路120公里(2020-11-12) value 120"], forbids: ["value 60", "value 100", "value 4000"]),
        Example("全国法院受理案件3080.5万件。", yields: ["全国法院受理案件3080.5万件(2020-11-12) value 3080.5", "全国法院受理案件3080.5万件(2020-11-12) unit 万件"]),
        Example("国内生产总值增长6%以上。", yields: ["国内生产总值增长6%以上(2020-11-12) qualifier 以上", "国内生产总值增长6%以上(2020-11-12) value 6"]),
        Example("群众安全感达97.87。", yields: ["群众安全感达97.87(2020-11-12) value 97.87", "群众安全感达97.87(2020-11-12) unit "]),
        Example("城镇登记失业率比上年下降0.3个百分点。", yields: ["城镇登记失业率下降0.3个百分点(2020-11-12) unit 个百分点"]),
        Example("经审查,立案4279件。", yields: ["立案4279件(2020-11-12) subject 立案", "立案4279件(2020-11-12) unit 件"]),
        Example("4000多万高校毕业生实现稳定就业。", yields: ["高校毕业生4000多万(2020-11-12) subject 高校毕业生", "高校毕业生4000多万(2020-11-12) unit 万", "高校毕业生4000多万(2020-11-12) qualifier 多"]),
        // A count whose noun describes what follows (…的 and a noun) is scope; a count of the parts of a plan is structure.
        Example("来自46个国家和地区的137支风筝代表队集中亮相,会议从七个方面提出了72项具体要求。",
                yields: ["风筝代表队137支(2020-11-12) subject 风筝代表队"], forbids: ["value 46", "value 72", "value 7"]),
        // A subject starts and ends where words do (StatisticRule.onWordBoundaries).
        Example("在海外工作的中国公司员工超过100万人,广州开发区109个项目集中签约。1931年受灾人口高达2800万。",
                yields: ["海外工作的中国公司员工超过100万人(2020-11-12) subject 海外工作的中国公司员工", "广州开发区项目109个(2020-11-12) subject 广州开发区项目",
                         "受灾人口高达2800万(2020-11-12) subject 受灾人口"],
                forbids: ["在海外工作的中国公司员工超过100万人 subject 在海外工作的中国公司员工", "广州开发区项目集109个 subject 广州开发区项目集",
                          "受灾人口高达2800万 subject 受灾人口高"]),
        Example("轻微、轻度和重度污染点位比例分别为11.2%、2.3%和1.1%。",
                yields: ["轻微污染点位比例为11.2%(2020-11-12) value 11.2", "轻度污染点位比例为2.3%(2020-11-12) value 2.3", "重度污染点位比例为1.1%(2020-11-12) value 1.1"]),
        Example("9月全国发电量增长5.2%,比8月加快0.4个百分点。",
                yields: ["全国发电量加快0.4个百分点(2020-11-12) subject 全国发电量", "全国发电量加快0.4个百分点(2020-11-12) unit 个百分点", "全国发电量增长5.2%(2020-11-12) period 2020年9月"]),
        Example("上半年全国工业增加值同比增长6%,其中一季度增长5.8%,二季度增长6.1%。",
                yields: ["全国工业增加值增长5.8%(2020-11-12) period 2020年一季度", "全国工业增加值增长6.1%(2020-11-12) period 2020年二季度", "全国工业增加值增长6%(2020-11-12) value 6"]),
        Example("会议于2020年11月10日召开,第19次会议在北京举行,3时结束。", forbids: ["value"]),
        Example("贷款余额与存款余额比例不得超过75%。", forbids: ["value"]),
        Example("基金累计结余可支付9个月,会议持续了3个小时。", forbids: ["value"]),
        // A range keeps both ends; units of length and of things counted; designations and hours are no figures.
        Example("经济增长预期目标为6.5%-7%。", yields: ["经济增长预期目标为6.5%-7%(2020-11-12) value 7", "经济增长预期目标为6.5%-7%(2020-11-12) from_value 6.5",
                                                   "经济增长预期目标为6.5%-7%(2020-11-12) unit %"]),
        Example("降雨量达到10至15厘米。", yields: ["降雨量达到10至15厘米(2020-11-12) value 15", "降雨量达到10至15厘米(2020-11-12) from_value 10", "降雨量达到10至15厘米(2020-11-12) unit 厘米"]),
        Example("全国图书销售618万册。", yields: ["全国图书销售618万册(2020-11-12) unit 万册"]),
        // A cut-off day or a target year is the period (截至…, 到…年).
        Example("截至8月6日,美国累计确诊病例达到99727例。", yields: ["美国累计确诊病例达到99727例(2020-11-12) period 截至2020年8月6日"]),
        Example("到2025年,全国森林覆盖率将达到24.1%。", yields: ["全国森林覆盖率达到24.1%(2020-11-12) period 到2025年"]),
        Example("今晚8点播出,91708部队研究员出席,会议提出3点希望。", forbids: ["value"]),
        // The place a sentence opens with says where; a stretch of time is the period; scope counts are no figures.
        Example("湖北省去年脱贫攻坚取得进展,建档立卡贫困人口达到590万人。",
                yields: ["湖北省建档立卡贫困人口达到590万人(2020-11-12) subject 湖北省建档立卡贫困人口"]),
        // The place that opens an earlier clause owns the figure, though that clause holds 和 (not a relation of the
        // place's own clause: 我国与…国家进出口总值).
        Example("2014年,北川县依靠农家乐和特色农业,村民人均纯收入达到6700元。",
                yields: ["北川县村民人均纯收入达到6700元(2020-11-12) subject 北川县村民人均纯收入"]),
        Example("近五年,吉林省累计申请专利7.7万件。", yields: ["吉林省累计申请专利7.7万件(2020-11-12) period 近五年", "吉林省累计申请专利7.7万件(2020-11-12) unit 万件"]),
        Example("全年社会消费品零售总额将首次达到41.1万亿元。",
                yields: ["社会消费品零售总额达到41.1万亿元(2020-11-12) subject 社会消费品零售总额", "社会消费品零售总额达到41.1万亿元(2020-11-12) period 2020年"]),
        Example("遇难人数至少45人,援助资金4800万英镑。", yields: ["遇难人数至少45人(2020-11-12) qualifier 至少", "援助资金4800万英镑(2020-11-12) unit 万英镑"], forbids: ["direction"]),
        Example("涉及20多个省区市,从7个方面论证,500人的包粽子大赛正在上演。", forbids: ["value"]),
        Example("会议出台19条新措施:一是加强监管;二是优化服务。", forbids: ["value"]),
        // A count whose noun follows it keeps the verb before it; a day's count is of that day; 零下 is below zero.
        Example("今年以来,全省退出3107个贫困村、摘帽22个贫困县。",
                yields: ["全省退出贫困村3107个(2020-11-12) subject 全省退出贫困村", "全省摘帽贫困县22个(2020-11-12) subject 全省摘帽贫困县", "全省摘帽贫困县22个(2020-11-12) period 2020年以来"]),
        Example("7日,日本东京都报告新增确诊病例1832例。", yields: ["日本东京都报告新增确诊病例1832例(2020-11-12) period 2020年11月7日"]),
        Example("三月份全国发电量增长5.2%,全年社会消费品零售总额达到41.1万亿元。",
                yields: ["全国发电量增长5.2%(2020-11-12) period 2020年3月", "全国社会消费品零售总额达到41.1万亿元(2020-11-12) period 2020年"]),
        Example("今天全国铁路发送旅客1200万人次。", yields: ["全国铁路发送旅客1200万人次(2020-11-12) period 2020年11月12日"]),
        Example("春节期间,全国铁路发送旅客5000万人次,黑龙江呼玛县最低气温降至零下39℃。",
                yields: ["全国铁路发送旅客5000万人次(2020-11-12) period 春节期间", "黑龙江呼玛县最低气温降至零下39℃(2020-11-12) value -39"]),
        // A clause without a topic of its own continues the sentence's topic (its bearer, not a figure's measure); a
        // measure of the figure before (增速) is that figure's; a measure or a topic of its own keeps what it says.
        Example("今年1至9月,全国纪检监察机关初步核实处置反映问题线索12.9万件,同比增长13.5%;立案11.8万件。",
                yields: ["全国纪检监察机关立案11.8万件(2020-11-12) subject 全国纪检监察机关立案"]),
        Example("休闲农业和乡村旅游接待16亿人次,实现营业收入4200亿元。",
                yields: ["休闲农业和乡村旅游营业收入4200亿元(2020-11-12) subject 休闲农业和乡村旅游营业收入"]),
        Example("贵州农民家庭人均工资性收入同比增长17.7%,增速高于全国0.4个百分点。",
                yields: ["贵州农民家庭人均工资性收入增速高于0.4个百分点(2020-11-12) subject 贵州农民家庭人均工资性收入增速"]),
        Example("国内生产总值增长6.9%,居民消费价格上涨2%。", yields: ["居民消费价格上涨2%(2020-11-12) subject 居民消费价格"]),
        Example("转移疏散人员共计61500多人,临时安置群众23477人。", yields: ["临时安置群众23477人(2020-11-12) subject 临时安置群众"]),
        Example("截至2016年底,全国共有223925名记者持有新闻记者证,其中报纸记者84130人。", yields: ["全国报纸记者84130人(2020-11-12) subject 全国报纸记者"]),
        // A day or stretch of time said anywhere before the figure is its period when no clause opens with one;
        // 截至目前 is the article's day, 17号 a day where a comma or a time of day follows (not 5号线).
        Example("以色列军方10日称,以军战机当天轰炸了4处军事设施。", yields: ["以色列以军战机当天轰炸军事设施4处(2020-11-12) period 2020年11月10日"]),
        Example("截至目前,全国志愿服务组织已超过58万家。", yields: ["全国志愿服务组织超过58万家(2020-11-12) period 截至2020年11月12日"]),
        Example("30号,巴基斯坦南部一座清真寺发生爆炸,造成至少56人死亡。", yields: ["巴基斯坦南部一座清真寺造成死亡至少56人(2020-11-12) period 2020年10月30日",
                         "巴基斯坦南部一座清真寺造成死亡至少56人(2020-11-12) subject 巴基斯坦南部一座清真寺造成死亡", "巴基斯坦南部一座清真寺造成死亡至少56人(2020-11-12) qualifier 至少"]),
        // Where a change started (由…, 从原来的…, 由不到…) is its from value, never a figure of its own; a verb of change
        // with 至 or 到 is the direction, and 增长超过 keeps both words; a count of the parts of a thing is no figure.
        Example("外汇储备由不到1万亿美元膨胀至4.5万亿美元,经济增速预期从原来的7.4%调高至7.5%。",
                yields: ["外汇储备由1万亿美元膨胀至4.5万亿美元(2020-11-12) from_value 1", "外汇储备由1万亿美元膨胀至4.5万亿美元(2020-11-12) subject 外汇储备",
                         "经济增速预期由7.4%调高至7.5%(2020-11-12) direction 调高至", "经济增速预期由7.4%调高至7.5%(2020-11-12) from_value 7.4"]),
        Example("农民工月收入比上年增长超过10%。", yields: ["农民工月收入增长超过10%(2020-11-12) direction 增长超过"]),
        Example("本届年会共设置13个分论坛,提出了20项重点任务。", forbids: ["value"]),
        // A time and 的, or 约, may stand between a verb and its figure; a period between a subject and its verb is the
        // period; 另有 and 其中 join clauses and are no verb of a count; a length of time (长达5小时) is no figure.
        Example("湿地由原来的2平方公里扩大到现在的8平方公里,民间投资占全社会投资的近60%。",
                yields: ["湿地由2平方公里扩大到8平方公里(2020-11-12) from_value 2", "湿地由2平方公里扩大到8平方公里(2020-11-12) subject 湿地", "民间投资占近60%(2020-11-12) value 60", "民间投资占近60%(2020-11-12) qualifier 近"]),
        Example("高技术制造业和装备制造业上半年同比分别增长13.1%和11.5%,增速比一季度加快0.3个百分点。",
                yields: ["高技术制造业增长13.1%(2020-11-12) subject 高技术制造业", "高技术制造业增长13.1%(2020-11-12) period 2020年上半年",
                         "装备制造业增长11.5%(2020-11-12) subject 装备制造业"]),
        Example("枪手打死3人,另有7家央企被降级,双方展开长达5小时的交火。", yields: ["央企7家(2020-11-12) subject 央企"]),
        // A day or a month inside the subject is the period, not part of what is measured (the month a figure is of
        // wins over the day it was published); a time a preposition opens (在9月1日前) stays where it is.
        Example("美国4月1日报告单日新增确诊病例38351例,今天公布的8月份中国制造业采购经理指数为51.3%。",
                yields: ["美国报告单日新增确诊病例38351例(2020-11-12) period 2020年4月1日", "公布的中国制造业采购经理指数为51.3%(2020-11-12) period 2020年8月份"]),
    ]
}
