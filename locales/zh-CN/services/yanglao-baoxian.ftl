## 城乡居民基本养老保险 (residents' basic pension): public/services/yanglao-baoxian.json

yanglao-baoxian-title = 城乡居民养老保险
    .intro = 看看您能不能参加城乡居民养老保险,或者能不能开始领养老金。

yanglao-baoxian-born = 您是哪一年出生的?
    .hint = 看身份证上的出生年份。
yanglao-baoxian-employee = 您有没有参加城镇职工养老保险?
    .simple = 上班的单位给您交过养老保险吗?
    .hint = 在单位上班、单位给交养老保险的,就是职工养老保险。
yanglao-baoxian-employee-yes = 有
yanglao-baoxian-employee-no = 没有
yanglao-baoxian-student = 您现在是在校学生吗?
yanglao-baoxian-years_paid = 您已经交了多少年城乡居民养老保险?
    .simple = 这个养老保险您一共交了几年?
    .hint = 不记得的话,可以看社保卡 App 或问村里的协办员。
    .unit = 年

yanglao-baoxian-outcome-too-young = 您现在还不能参保
    .text = 年满 16 周岁以后可以参加城乡居民养老保险。
yanglao-baoxian-outcome-employee = 请继续参加职工养老保险
    .text = 已经参加城镇职工养老保险的,不用再参加城乡居民养老保险。
yanglao-baoxian-outcome-student = 在校学生暂时不用参保
    .text = 毕业以后,没有参加职工养老保险的,可以参加城乡居民养老保险。
yanglao-baoxian-outcome-draw = 您可以申请领取养老金
    .text = 带齐下面的材料去申请,审核通过后每月发到您的社保卡上。
yanglao-baoxian-outcome-top-up = 您可以补缴后领取养老金
    .simple = 补交够年数以后,就能领养老金
    .text = 交费年限不够的,可以补缴到规定年限,然后按月领取养老金。
yanglao-baoxian-outcome-enrol = 您可以参加城乡居民养老保险
    .text = 每年交一次费,交得越多、交得越久,以后领的越多。

yanglao-baoxian-why-age = 您今年大约 { $age } 岁,还不满 16 岁。
yanglao-baoxian-why-draw = 您今年大约 { $age } 岁,已经交了 { $years_paid } 年,满 { $pension_min_years } 年了。
yanglao-baoxian-why-short = 您已经交了 { $years_paid } 年,还差 { $pension_min_years } 年的要求。
yanglao-baoxian-why-enrol = 您今年大约 { $age } 岁,可以参保,一直交到 60 岁。

yanglao-baoxian-next-top-up = 到乡镇便民服务中心申请补缴,工作人员会算出要补多少钱。
yanglao-baoxian-next-then-draw = 补缴完成后,申请按月领取养老金。
yanglao-baoxian-next-choose-tier = 选一个每年的交费档次,交得多,政府补贴也多。
yanglao-baoxian-next-pay-yearly = 以后每年按时交费,可以用手机或到银行交。
