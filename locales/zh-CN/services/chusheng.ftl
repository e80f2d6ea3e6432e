## 新生儿出生“一件事” (birth: certificate, household registration, insurance in one visit): public/services/chusheng.json

chusheng-title = 孩子出生一件事
    .intro = 出生医学证明、上户口、参加医保、办社保卡,一次去办完。

chusheng-hukou = 父母的户口在哪里?
    .simple = 孩子爸爸妈妈的户口在哪里?
chusheng-hukou-local = 至少一方在本县
chusheng-hukou-elsewhere = 都在外地
chusheng-born_at = 孩子在哪里出生的?
chusheng-born_at-hospital = 在医院
chusheng-born_at-home = 在家里或其他地方
chusheng-married = 父母有没有结婚证?
    .simple = 孩子的爸爸妈妈领了结婚证吗?
chusheng-married-yes = 有
chusheng-married-no = 没有

chusheng-outcome-elsewhere = 请到父母户口所在地办理
    .text = 上户口要在父亲或母亲的户口所在地办理。
chusheng-outcome-one-visit = 一次办完孩子出生的事
    .text = 带齐下面这一套材料,到乡镇便民服务中心,一次就能办下面几件事。

chusheng-why-home-birth = 在家里出生的,要先到县妇幼保健院申请出生医学证明。
chusheng-why-unmarried = 没有结婚证也可以给孩子上户口,工作人员会告诉您要补什么材料。

chusheng-next-certificate = 领出生医学证明(在医院出生的,医院会办好)。
chusheng-next-hukou = 给孩子上户口。
chusheng-next-insurance = 给孩子参加城乡居民医保。
chusheng-next-card = 给孩子办社会保障卡。
