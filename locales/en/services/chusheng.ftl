# English. Machine-drafted translation, awaiting review by a native speaker.

## 新生儿出生“一件事” (birth: certificate, household registration, insurance in one visit): public/services/chusheng.json

chusheng-title = New baby: everything in one visit
    .intro = Get the medical birth certificate, register the baby's hukou (household registration), join medical insurance and get a social security card, all in one visit.

chusheng-hukou = Where is the parents' household registration (hukou)?
chusheng-hukou-local = At least one parent is registered in this county
chusheng-hukou-elsewhere = Both are registered somewhere else
chusheng-born_at = Where was the baby born?
chusheng-born_at-hospital = In a hospital
chusheng-born_at-home = At home or somewhere else
chusheng-married = Do the parents have a marriage certificate?
chusheng-married-yes = Yes
chusheng-married-no = No

chusheng-outcome-elsewhere = Go to where a parent's hukou is registered
    .text = The baby's hukou must be registered where the father's or the mother's hukou is.
chusheng-outcome-one-visit = Do all your baby's paperwork in one visit
    .text = Take all the papers on the list below to the township public service centre, and you can do all the things below in one visit.

chusheng-why-home-birth = If the baby was born at home, first apply for the medical birth certificate at the county mother and child health hospital.
chusheng-why-unmarried = You can register your baby's hukou without a marriage certificate. Staff will tell you what other papers you need.

chusheng-next-certificate = Get the medical birth certificate (if the baby was born in hospital, the hospital does this for you).
chusheng-next-hukou = Register the baby's hukou.
chusheng-next-insurance = Sign the baby up for residents' medical insurance.
chusheng-next-card = Get a social security card for the baby.
