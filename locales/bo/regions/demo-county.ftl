# བོད་ཡིག (Tibetan). Machine-drafted translation, awaiting review by a native speaker.

## 示范县 (demo county): names, addresses and opening hours of local offices.
## The numbers (standards, amounts) are in public/regions/demo-county.json.

region-demo-county = དཔེ་སྟོན་རྫོང
region-demo-county-office-village-committee = ཁྱེད་ཀྱི་གྲོང་ཚོའི་གྲོང་མིའི་ཨུ་ཡོན་ལྷན་ཁང
    .hours = ལས་ཀའི་ཉིན། སྔ་དྲོ་ 8:30–12:00 དང་ཕྱི་དྲོ་ 14:30–17:30
region-demo-county-office-township-service-centre = ཁྱེད་ཀྱི་ཤང་གྲོང་རྡལ་གྱི་མང་ཚོགས་ཞབས་ཞུ་ལྟེ་གནས
    .address = ཤང་གྲོང་རྡལ་སྲིད་གཞུང་གི་ཐོག་དང་པོའི་ཚོམ་ཆེན
    .hours = གཟའ་ཟླ་བ་ནས་གཟའ་པ་སངས་བར། སྔ་དྲོ་ 8:30–12:00 དང་ཕྱི་དྲོ་ 14:30–17:30
region-demo-county-office-county-medical-insurance = དཔེ་སྟོན་རྫོང་སྨན་བཅོས་འགན་སྲུང་ཅུས་ཀྱི་ཞབས་ཞུའི་ཚོམ་ཆེན
    .address = དཔེ་སྟོན་རྫོང་སྲིད་དོན་ཞབས་ཞུ་ལྟེ་གནས་ཀྱི་ཐོག་གཉིས་པ
    .hours = གཟའ་ཟླ་བ་ནས་གཟའ་པ་སངས་བར། 9:00–17:00
region-demo-county-office-county-disabled-federation = དཔེ་སྟོན་རྫོང་དབང་པོ་སྐྱོན་ཅན་མཉམ་འབྲེལ་ཚོགས་པ
    .address = དཔེ་སྟོན་རྫོང་སྲིད་དོན་ཞབས་ཞུ་ལྟེ་གནས་ཀྱི་ཐོག་གསུམ་པ
    .hours = གཟའ་ཟླ་བ་ནས་གཟའ་པ་སངས་བར། 9:00–17:00
region-demo-county-office-county-maternal-child-hospital = དཔེ་སྟོན་རྫོང་བུད་མེད་བྱིས་པའི་འཕྲོད་བསྟེན་སྨན་ཁང
    .address = དཔེ་སྟོན་རྫོང་མི་དམངས་ལམ་ཨང་ 1
    .hours = ཉིན་ལྟར། 8:00–17:30
region-demo-county-office-police-station = ཁྱེད་ཀྱི་ཤང་གྲོང་རྡལ་སྲུང་བརྒྱུད་ས་ཚིགས་ཀྱི་ཐེམ་ཐོའི་སྒེའུ་ཁུང
    .hours = གཟའ་ཟླ་བ་ནས་གཟའ་པ་སངས་བར། སྔ་དྲོ་ 8:30–12:00 དང་ཕྱི་དྲོ་ 14:30–17:30། གཟའ་སྤེན་པའི་སྔ་དྲོ
