# English. Machine-drafted translation, awaiting review by a native speaker.

## 示范县 (demo county): names, addresses and opening hours of local offices.
## The numbers (standards, amounts) are in public/regions/demo-county.json.

region-demo-county = Demo County
region-demo-county-office-village-committee = Your village committee
    .hours = Working days 8:30–12:00, 14:30–17:30
region-demo-county-office-township-service-centre = Public service centre in your township
    .address = Ground floor hall, township government
    .hours = Mon–Fri 8:30–12:00, 14:30–17:30
region-demo-county-office-county-medical-insurance = Demo County Medical Insurance Bureau, service hall
    .address = Floor 2, Demo County Government Service Centre
    .hours = Mon–Fri 9:00–17:00
region-demo-county-office-county-disabled-federation = Demo County Disabled Persons' Federation
    .address = Floor 3, Demo County Government Service Centre
    .hours = Mon–Fri 9:00–17:00
region-demo-county-office-county-maternal-child-hospital = Demo County Mother and Child Health Hospital
    .address = 1 Renmin Road, Demo County
    .hours = Every day 8:00–17:30
region-demo-county-office-police-station = Household registration desk at your township police station
    .hours = Mon–Fri 8:30–12:00, 14:30–17:30; Saturday mornings
