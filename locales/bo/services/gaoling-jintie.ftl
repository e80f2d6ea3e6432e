# བོད་ཡིག (Tibetan). Machine-drafted translation, awaiting review by a native speaker.

## 高龄津贴 (old-age allowance for people over 80): public/services/gaoling-jintie.json

gaoling-jintie-title = ལོ་ན་རྒས་པའི་རོགས་དངུལ
    .intro = ལོ་ན་རྒས་པའི་རྒན་པོ་རྣམས་ཀྱིས་ཟླ་རེར་ལོ་ན་རྒས་པའི་རོགས་དངུལ་ (高龄津贴) ལེན་ཆོག ཁྱེད་ཀྱི་ཁྱིམ་གྱི་རྒན་པོས་ལེན་ཆོག་མིན་ལ་ལྟ་རོགས།

gaoling-jintie-born = རྒན་པོ་ལོ་གང་ལ་འཁྲུངས།
    .hint = ཐོབ་ཐང་ལག་ཁྱེར་ཐོག་གི་སྐྱེས་ལོ་ལ་ལྟ་རོགས།
gaoling-jintie-hukou_local = རྒན་པོའི་ཐེམ་ཐོ་རྫོང་འདིར་ཡོད་དམ།

gaoling-jintie-outcome-too-young = ད་དུང་ལེན་པའི་ལོ་ཚད་ལ་མ་སླེབས།
    .text = ལོ་ཚད་ལ་སླེབས་རྗེས་ཡང་བསྐྱར་རེ་ཞུ་ཕུལ་རོགས།
gaoling-jintie-outcome-elsewhere = ཐེམ་ཐོ་ཡོད་སའི་ས་གནས་སུ་རེ་ཞུ་ཕུལ་རོགས།
    .text = ལོ་ན་རྒས་པའི་རོགས་དངུལ་དེ་ཐེམ་ཐོ་ཡོད་སའི་ས་གནས་ནས་སྤྲོད་ཀྱི་ཡོད།
gaoling-jintie-outcome-eligible = རྒན་པོས་ལོ་ན་རྒས་པའི་རོགས་དངུལ་ལེན་ཆོག
    .text = ཡིག་ཆ་ཚང་མ་ཁྱེར་ནས་གྲོང་ཚོ་ཨུ་ཡོན་ལྷན་ཁང་དུ་རེ་ཞུ་ཕུལ་རོགས། ཁྱིམ་མིས་ཚབ་བྱས་ནས་སྒྲུབ་ཀྱང་ཆོག

gaoling-jintie-why-wait = རྒན་པོ་ད་ལོ་དགུང་ལོ་ { $age } ཙམ་ཡིན། དགུང་ལོ་ { $gaoling_age } ལོན་ན་ལེན་ཆོག
gaoling-jintie-why-amount-80 = རྒན་པོ་ད་ལོ་དགུང་ལོ་ { $age } ཙམ་ཡིན། ཟླ་རེར་སྒོར་ { $gaoling_80 } ལེན་ཆོག
gaoling-jintie-why-amount-90 = རྒན་པོ་ད་ལོ་དགུང་ལོ་ { $age } ཙམ་ཡིན། ཟླ་རེར་སྒོར་ { $gaoling_90 } ལེན་ཆོག
gaoling-jintie-why-amount-100 = རྒན་པོ་ད་ལོ་དགུང་ལོ་ { $age } ཙམ་ཡིན། ཟླ་རེར་སྒོར་ { $gaoling_100 } ལེན་ཆོག

gaoling-jintie-next-yearly-check = རྒན་པོ་ད་དུང་བཞུགས་ཡོད་པའི་ར་སྤྲོད་ལོ་རེར་ཐེངས་གཅིག་བྱེད་དགོས། གྲོང་ཚོས་བརྡ་ཁྱབ་གཏོང་གི་ཡོད། ཁ་པར་ཐོག་ནས་ཀྱང་ར་སྤྲོད་བྱེད་ཆོག
