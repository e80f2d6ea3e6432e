## Shared catalog: materials people bring and offices they go to (public/catalog.json).

material-id-card = 身份证
material-hukou-book = 户口簿
material-income-proof = 家庭收入证明
material-bank-card = 银行卡
material-disability-proof = 残疾证或诊断证明

office-township-service-centre = 乡镇便民服务中心
