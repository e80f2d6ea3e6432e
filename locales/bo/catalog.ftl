# བོད་ཡིག (Tibetan). Machine-drafted translation, awaiting review by a native speaker.

## Shared catalog (public/catalog.json): materials people bring, kinds of office they go to,
## and the life events services are grouped by. One material means one thing everywhere.

material-id-card = གྲོང་མིའི་ཐོབ་ཐང་ལག་ཁྱེར
    .hint = མ་ཡིག་ཁྱེར་རོགས།
material-hukou-book = ཐེམ་ཐོའི་དེབ
    .hint = མ་ཡིག་ཁྱེར་རོགས།
material-residence-permit = སྡོད་གནས་ལག་ཁྱེར
material-income-proof = ཁྱིམ་ཚང་གི་ཡོང་འབབ་ར་སྤྲོད་ཡིག་ཆ
    .hint = གླ་ལས་དང་། ཞིང་ལས། ཚོང་ལས་བཅས་ཀྱི་ཡོང་འབབ་ཚང་མ་རྩིས་དགོས། གྲོང་ཚོ་ཨུ་ཡོན་ལྷན་ཁང་གིས་ར་སྤྲོད་ཡི་གེ་འབྲི་བར་རོགས་རམ་བྱེད་ཆོག
material-bank-card = རང་ཉིད་ཀྱི་དངུལ་ཁང་ཁཱའམ་སྤྱི་ཚོགས་འགན་སྲུང་ཁཱ
material-disability-proof = དབང་པོ་སྐྱོན་ཅན་གྱི་ལག་ཁྱེར་རམ་སྨན་ཁང་གི་ནད་ངོས་འཛིན་ར་སྤྲོད
material-hardship-proof = དཀའ་ངལ་གྱི་གནས་ཚུལ་ར་སྤྲོད
    .hint = དཔེར་ན། གནོད་འཚེ་ཕོག་པའི་ར་སྤྲོད་དང་། སྨན་བཅོས་འགྲོ་གྲོན་གྱི་འཛིན་ཤོག ཉེན་ཁ་ངོས་འཛིན་ཡིག་ཆ་སོགས། མེད་ན་གྲོང་ཚོ་ཨུ་ཡོན་ལྷན་ཁང་གིས་གནས་ཚུལ་གསལ་བཤད་བྱེད་པར་རོགས་རམ་བྱེད་ཆོག
material-medical-bills = སྨན་བཅོས་འགྲོ་གྲོན་གྱི་འཛིན་ཤོག་དང་འགྲོ་གྲོན་ཐོ་གཞུང
material-discharge-summary = སྨན་ཁང་ནས་ཐོན་པའི་ཟིན་ཐོའམ་ནད་ངོས་འཛིན་ར་སྤྲོད
material-medical-records = ནད་ཐོའམ་སྔོན་གྱི་ནད་ངོས་འཛིན་ཡིག་ཆ
material-social-security-card = སྤྱི་ཚོགས་འགན་སྲུང་ཁཱ
material-photo = ཉེ་ཆར་བརྒྱབ་པའི་ཚུན་གཉིས་ཅན་གྱི་པར་ 2 (ཞྭ་མོ་མེད་པ)
material-birth-certificate = སྐྱེས་པའི་གསོ་རིག་ར་སྤྲོད་ལག་ཁྱེར
material-parents-id-cards = ཕ་མ་གཉིས་ཀའི་ཐོབ་ཐང་ལག་ཁྱེར
material-marriage-certificate = གཉེན་སྒྲིག་ལག་ཁྱེར
material-old-id-card = ཐོབ་ཐང་ལག་ཁྱེར་རྙིང་པ
material-change-proof = ཆ་འཕྲིན་འགྱུར་བ་བྱུང་བའི་ར་སྤྲོད་ཡིག་ཆ
    .hint = དཔེར་ན། མིང་བསྒྱུར་བའི་ཆོག་མཆན་ཡིག་ཆ་དང་། སྐྱེས་ཚེས་ནོར་བཅོས་ཀྱི་ར་སྤྲོད་སོགས།
material-land-contract = ས་ཞིང་འགན་ལེན་བཀོལ་སྤྱོད་དབང་ཆའི་ལག་ཁྱེར་རམ་འགན་ལེན་གན་རྒྱ

office-village-committee = གྲོང་མིའི་ཨུ་ཡོན་ལྷན་ཁང
office-township-service-centre = ཤང་གྲོང་རྡལ་གྱི་མང་ཚོགས་ཞབས་ཞུ་ལྟེ་གནས
office-county-medical-insurance = རྫོང་སྨན་བཅོས་འགན་སྲུང་ཅུས་ཀྱི་ཞབས་ཞུའི་ཚོམ་ཆེན
office-county-disabled-federation = རྫོང་དབང་པོ་སྐྱོན་ཅན་མཉམ་འབྲེལ་ཚོགས་པ
office-county-maternal-child-hospital = རྫོང་བུད་མེད་བྱིས་པའི་འཕྲོད་བསྟེན་སྨན་ཁང
office-police-station = སྲུང་བརྒྱུད་ས་ཚིགས་ཀྱི་ཐེམ་ཐོའི་སྒེའུ་ཁུང

life-event-hardship = འཚོ་བའི་དཀའ་ངལ
life-event-old-age = རྒས་གསོ
life-event-health = ནད་ལ་སྨན་བཅོས
life-event-disability = དབང་པོ་སྐྱོན་ཅན
life-event-birth = ཕྲུ་གུ་སྐྱེ་བ
life-event-farming = ཞིང་ལས
life-event-documents = ལག་ཁྱེར་སྒྲུབ་པ
