# English. Machine-drafted translation, awaiting review by a native speaker.

## 城乡居民基本医疗保险 (residents' medical insurance): public/services/yibao.json

yibao-title = Residents' medical insurance
    .intro = Join the residents' medical insurance for town and country (城乡居民医保), pay for it, or get money back after seeing a doctor.

yibao-need = What do you want to do?
yibao-need-enrol = Join medical insurance, or pay for it
yibao-need-reimburse = Get money back after seeing a doctor

yibao-employee = Are you in the employees' medical insurance?
    .hint = If you work for an employer and they pay medical insurance for you, that is the employees' medical insurance.
yibao-employee-yes = Yes
yibao-employee-no = No
yibao-newborn = Is this for a newborn baby?

yibao-where = Where did you get treatment?
yibao-where-county = A hospital in this county
yibao-where-province = A hospital in another county or city in this province
yibao-where-other-province = A hospital in another province
yibao-filed = Before you went, did you register for treatment away from home?
    .hint = You can register in the "National Medical Insurance Service Platform" (国家医保服务平台) app on your phone, by phone, or at a medical insurance office.
yibao-filed-yes = Yes
yibao-filed-no = No

yibao-outcome-has-employee = You do not need to join twice
    .text = If you are already in the employees' medical insurance, you do not need to join the residents' medical insurance as well.
yibao-outcome-newborn = You can sign your baby up
    .text = If you sign your baby up within 90 days of the birth, costs are covered from the day the baby was born.
yibao-outcome-enrol = You can join the residents' medical insurance
    .text = You pay once a year. Your costs are covered from the next year.
yibao-outcome-direct = Your bill is settled when you leave hospital, with no extra trips
    .text = When you pay the bill as you leave hospital, bring your social security card. The part that medical insurance pays is taken off, and you only pay your own part.
yibao-outcome-manual = You need to claim the money back
    .text = If you did not register, you pay the costs yourself first. When you come back, take everything on the list to the medical insurance office to claim. You may get a little less money back.

yibao-why-newborn = If your baby joins within 90 days of the birth, medical costs after the birth can be covered too.
yibao-why-enrol = Anyone living in town or country who is not in the employees' medical insurance can join the residents' medical insurance.
yibao-why-direct = If you are treated in this county, or you registered for treatment away from home, the bill is settled straight away.
yibao-why-not-filed = You were treated away from home, but did not register before you went.

yibao-next-pay-season = Pay for next year's medical insurance between September and December each year.
yibao-next-pay-phone = You can pay on your phone, or ask the insurance helper in your village.
yibao-next-show-card = Give your social security card to the hospital when you see a doctor and when you leave hospital.
yibao-next-file-next-time = Next time you go away for treatment, register for treatment away from home first.
