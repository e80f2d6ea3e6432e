## 城乡居民基本医疗保险 (residents' medical insurance): public/services/yibao.json

yibao-title = 城乡居民医保
    .intro = 参加医保、交医保费,或者看病以后怎么报销。

yibao-need = 您想办什么?
yibao-need-enrol = 参加医保或交医保费
yibao-need-reimburse = 看病以后报销

yibao-employee = 您有没有参加职工医保?
    .simple = 上班的单位给您交医保吗?
    .hint = 在单位上班、单位给交医保的,就是职工医保。
yibao-employee-yes = 有
yibao-employee-no = 没有
yibao-newborn = 是给刚出生的孩子参保吗?

yibao-where = 您在哪里看的病?
yibao-where-county = 本县的医院
yibao-where-province = 本省其他县市的医院
yibao-where-other-province = 外省的医院
yibao-filed = 去看病之前,有没有办异地就医备案?
    .simple = 去外地看病以前,您登记过吗?
    .hint = 可以在手机上的“国家医保服务平台”办理,也可以打电话或到医保窗口办理。
yibao-filed-yes = 办了
yibao-filed-no = 没办

yibao-outcome-has-employee = 不用重复参保
    .text = 已经参加职工医保的,不用再参加城乡居民医保。
yibao-outcome-newborn = 可以给孩子参保
    .text = 孩子出生后 90 天内参保,从出生那天起就能报销。
yibao-outcome-enrol = 您可以参加城乡居民医保
    .text = 每年交一次费,第二年就能享受医保报销。
yibao-outcome-direct = 出院时直接报销,不用再跑
    .text = 出院结账时带上社保卡,医保报销的部分直接扣除,您只付自己那部分。
yibao-outcome-manual = 需要回来报销
    .text = 没办备案的,要先自己垫钱,回来后带齐材料到医保局报销,报销比例可能会低一些。

yibao-why-newborn = 孩子出生 90 天内参保,出生后的医疗费也能报销。
yibao-why-enrol = 没有参加职工医保的城乡居民,都可以参加城乡居民医保。
yibao-why-direct = 在本县看病,或者已经办了异地就医备案的,可以直接结算。
yibao-why-not-filed = 您在外地看病,但没有提前办异地就医备案。

yibao-next-pay-season = 每年 9 月到 12 月交下一年的医保费。
yibao-next-pay-phone = 可以用手机交,也可以请村里的协办员帮忙。
yibao-next-show-card = 看病和出院时,把社保卡交给医院。
yibao-next-file-next-time = 下次去外地看病前,先办异地就医备案。
