## 示范县 (demo county): names, addresses and opening hours of local offices.
## The numbers (standards, amounts) are in public/regions/demo-county.json.

region-demo-county = 示范县
region-demo-county-office-village-committee = 您所在村的村民委员会
    .hours = 工作日上午 8:30–12:00,下午 14:30–17:30
region-demo-county-office-township-service-centre = 您所在乡镇的便民服务中心
    .address = 乡镇政府一楼大厅
    .hours = 周一至周五 8:30–12:00,14:30–17:30
region-demo-county-office-county-medical-insurance = 示范县医疗保障局服务大厅
    .address = 示范县政务服务中心二楼
    .hours = 周一至周五 9:00–17:00
region-demo-county-office-county-disabled-federation = 示范县残疾人联合会
    .address = 示范县政务服务中心三楼
    .hours = 周一至周五 9:00–17:00
region-demo-county-office-county-maternal-child-hospital = 示范县妇幼保健院
    .address = 示范县人民路 1 号
    .hours = 每天 8:00–17:30
region-demo-county-office-police-station = 您所在乡镇派出所的户籍窗口
    .hours = 周一至周五 8:30–12:00,14:30–17:30;周六上午
