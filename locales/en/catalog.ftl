# English. Machine-drafted translation, awaiting review by a native speaker.

## Shared catalog (public/catalog.json): materials people bring, kinds of office they go to,
## and the life events services are grouped by. One material means one thing everywhere.

material-id-card = ID card (resident identity card)
    .hint = Bring the original.
material-hukou-book = Household registration book (hukou book)
    .hint = Bring the original.
material-residence-permit = Residence permit
material-income-proof = Proof of your family's income
    .hint = Money from work, farming and business all counts. The village committee can help you get this.
material-bank-card = Your own bank card or social security card
material-disability-proof = Disability card, or a diagnosis letter from a hospital
material-hardship-proof = Proof of your difficulties
    .hint = For example, a disaster certificate, medical bills or an accident report. If you do not have these, the village committee can help explain your situation.
material-medical-bills = Medical receipts and the list of charges
material-discharge-summary = Hospital discharge record or diagnosis letter
material-medical-records = Medical records or earlier diagnosis papers
material-social-security-card = Social security card
material-photo = 2 recent photos, 2-inch size, without a hat
material-birth-certificate = Medical birth certificate (from the hospital)
material-parents-id-cards = ID cards of both parents
material-marriage-certificate = Marriage certificate
material-old-id-card = Your old ID card
material-change-proof = Papers that show what has changed
    .hint = For example, approval papers for a change of name, or proof that corrects a date of birth.
material-land-contract = Land contract certificate or land contract

office-village-committee = Village committee
office-township-service-centre = Township public service centre
office-county-medical-insurance = County medical insurance office (service hall)
office-county-disabled-federation = County Disabled Persons' Federation
office-county-maternal-child-hospital = County mother and child health hospital
office-police-station = Household registration desk at the police station

life-event-hardship = Hard times
life-event-old-age = Old age
life-event-health = Health and seeing a doctor
life-event-disability = Disability
life-event-birth = Having a baby
life-event-farming = Farming
life-event-documents = ID and other papers
