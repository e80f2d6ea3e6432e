## 农村最低生活保障 (rural minimum living allowance): public/services/dibao.json

dibao-title = 农村低保
    .intro = 回答几个简单的问题,看看您家能不能申请农村最低生活保障(低保),需要带什么材料,到哪里办。

dibao-hukou = 您的户口在哪里?
    .hint = 户口簿上登记的地址。
dibao-hukou-local = 本县农村
dibao-hukou-elsewhere = 其他地方

dibao-people = 家里一共几口人?
    .hint = 户口簿上的人数,包括您自己。
    .unit = 人

dibao-income = 全家每月总收入大约多少元?
    .simple = 全家一个月大概能挣多少钱?
    .hint = 种地、打工、做生意等所有收入加起来,算一个月的。没有收入请填 0。
    .unit = 元

dibao-property = 家里有没有汽车或商铺?
    .simple = 家里有小汽车或者门面房吗?
dibao-property-yes = 有
dibao-property-no = 没有

dibao-illness = 家里有没有残疾人或重病患者?
    .simple = 家里有人残疾或者得了重病吗?
dibao-illness-yes = 有
dibao-illness-no = 没有

dibao-outcome-elsewhere = 请到户口所在地申请
    .text = 低保要在户口所在地申请。请带上身份证和户口簿,到户口所在地的乡镇便民服务中心咨询办理。
dibao-outcome-eligible = 您可能符合申请条件
    .simple = 您家可能能申请低保
    .text = 最后能否享受低保,由乡镇和县民政部门审核决定。请带齐下面的材料去申请。
dibao-outcome-not-eligible = 您可能不符合申请条件
    .simple = 您家可能申请不了低保
    .text = 如果家里情况有变化,比如收入减少、有人生病,可以再来看看,或到乡镇便民服务中心问一问。

dibao-why-income-ok = 您家每人每月收入 { $income_per_person } 元,不高于当地标准 { $dibao_standard } 元。
dibao-why-no-property = 您家没有汽车或商铺。
dibao-why-income-high = 您家每人每月收入 { $income_per_person } 元,高于当地标准 { $dibao_standard } 元。
dibao-why-has-property = 家里有汽车或商铺的,一般不能申请低保。
