## Shared catalog (public/catalog.json): materials people bring, kinds of office they go to,
## and the life events services are grouped by. One material means one thing everywhere.

material-id-card = 居民身份证
    .hint = 带原件。
material-hukou-book = 户口簿
    .hint = 带原件。
material-residence-permit = 居住证
material-income-proof = 家庭收入证明
    .hint = 打工、种地、做生意的收入都算。村委会可以帮忙开。
material-bank-card = 本人的银行卡或社保卡
material-disability-proof = 残疾证或医院的诊断证明
material-hardship-proof = 困难情况的证明
    .hint = 比如受灾证明、医疗费单据、事故认定书。没有的话,村委会可以帮忙说明情况。
material-medical-bills = 医疗费发票和费用清单
material-discharge-summary = 出院记录或诊断证明
material-medical-records = 病历或以前的诊断材料
material-social-security-card = 社会保障卡
material-photo = 近期两寸免冠照片 2 张
material-birth-certificate = 出生医学证明
material-parents-id-cards = 父母双方的居民身份证
material-marriage-certificate = 结婚证
material-old-id-card = 旧的身份证
material-change-proof = 证明信息变化的材料
    .hint = 比如改名的审批材料、更正出生日期的证明。
material-land-contract = 土地承包经营权证或承包合同

office-village-committee = 村民委员会
office-township-service-centre = 乡镇便民服务中心
office-county-medical-insurance = 县医疗保障局服务大厅
office-county-disabled-federation = 县残疾人联合会
office-county-maternal-child-hospital = 县妇幼保健院
office-police-station = 派出所户籍窗口

life-event-hardship = 生活困难
life-event-old-age = 养老
life-event-health = 看病就医
life-event-disability = 残疾
life-event-birth = 生孩子
life-event-farming = 种地
life-event-documents = 办证件
