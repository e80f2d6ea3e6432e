# English. Machine-drafted translation, awaiting review by a native speaker.

## 耕地地力保护补贴 (farmland protection subsidy): public/services/gengdi-butie.json

gengdi-butie-title = Farmland protection subsidy
    .intro = If you have farmland under a land contract (承包耕地) and it is still farmed, you can get a subsidy (耕地地力保护补贴) every year. See if you can get it, and how much.

gengdi-butie-has_land = Does your family have farmland under a land contract?
gengdi-butie-has_land-yes = Yes
gengdi-butie-has_land-no = No
gengdi-butie-use = How is this land used now?
gengdi-butie-use-farming = We grow crops on it ourselves
gengdi-butie-use-rented = We let someone else farm it
gengdi-butie-use-idle = It is left empty, not farmed
gengdi-butie-use-changed = We built a house, dug a pond or planted trees on it
gengdi-butie-area = About how many mu of farmland do you have under contract?
    .hint = Look at the area on your land contract certificate. You can use a decimal, like 2.5.
    .unit = mu

gengdi-butie-outcome-no-land = Without farmland under contract, you cannot get this subsidy
    .text = This subsidy is for farming families who have farmland under a land contract.
gengdi-butie-outcome-not-farmed = This land cannot get the subsidy
    .text = Once crops are grown on the land again, you can report it again.
gengdi-butie-outcome-eligible = You can get the farmland protection subsidy
    .text = Each year, report your farmed area when the village tells you to. The subsidy is paid straight onto your benefits card (yikatong, 一卡通).

gengdi-butie-why-not-farmed = Land that is left empty, or used for something else, cannot get the subsidy.
gengdi-butie-why-amount = At { $gengdi_per_mu } yuan per mu, your { $area } mu gets about { $subsidy } yuan a year.
gengdi-butie-why-rented = If someone else farms the land, the subsidy usually still goes to the family with the contract. You can also agree something with the person who farms it.

gengdi-butie-next-declare = Once a year, report the area you farm, when the village tells you to.
gengdi-butie-next-check-card = When the subsidy is paid, check that the money has arrived on your benefits card (yikatong).
