## 耕地地力保护补贴 (farmland protection subsidy): public/services/gengdi-butie.json

gengdi-butie-title = 耕地地力保护补贴
    .intro = 承包了耕地、地还在种的,每年可以领补贴。看看您能不能领、领多少。

gengdi-butie-has_land = 您家有没有承包耕地?
    .simple = 您家有没有分到的地?
gengdi-butie-has_land-yes = 有
gengdi-butie-has_land-no = 没有
gengdi-butie-use = 这些地现在怎么用?
gengdi-butie-use-farming = 自己种庄稼
gengdi-butie-use-rented = 转给别人种
gengdi-butie-use-idle = 荒着没种
gengdi-butie-use-changed = 盖了房、挖了塘或种了树
gengdi-butie-area = 承包的耕地大约有多少亩?
    .simple = 您家分到的地大概有几亩?
    .hint = 看土地承包经营权证上的面积。可以有小数,比如 2.5。
    .unit = 亩

gengdi-butie-outcome-no-land = 没有承包耕地,不能领这项补贴
    .simple = 家里没有分到地,领不了这笔补贴
    .text = 这项补贴发给承包耕地的农户。
gengdi-butie-outcome-not-farmed = 这些地不能领补贴
    .text = 地重新种上庄稼以后,可以再申报。
gengdi-butie-outcome-eligible = 您可以领耕地地力保护补贴
    .text = 每年按村里通知申报面积,补贴直接打到您的一卡通上。

gengdi-butie-why-not-farmed = 荒着的地、改了用途的地,都不能领补贴。
gengdi-butie-why-amount = 按每亩 { $gengdi_per_mu } 元算,您家 { $area } 亩,一年大约 { $subsidy } 元。
gengdi-butie-why-rented = 地转给别人种的,补贴一般还是发给承包户,也可以和种地的人商量。

gengdi-butie-next-declare = 按村里通知,每年申报一次种植面积。
gengdi-butie-next-check-card = 补贴发下来后,查一下一卡通有没有到账。
