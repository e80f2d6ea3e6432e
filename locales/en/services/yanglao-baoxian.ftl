# English. Machine-drafted translation, awaiting review by a native speaker.

## 城乡居民基本养老保险 (residents' basic pension): public/services/yanglao-baoxian.json

yanglao-baoxian-title = Residents' pension
    .intro = See if you can join the residents' pension scheme for town and country (城乡居民养老保险), or if you can start getting your pension.

yanglao-baoxian-born = What year were you born?
    .hint = Look at the year of birth on your ID card.
yanglao-baoxian-employee = Are you in the employees' pension scheme?
    .hint = If you work for an employer and they pay pension insurance for you, that is the employees' pension (城镇职工养老保险).
yanglao-baoxian-employee-yes = Yes
yanglao-baoxian-employee-no = No
yanglao-baoxian-student = Are you a student at school or college now?
yanglao-baoxian-years_paid = How many years have you paid into the residents' pension?
    .hint = If you cannot remember, look in the social security card app, or ask the pension helper in your village.
    .unit = years

yanglao-baoxian-outcome-too-young = You cannot join yet
    .text = You can join the residents' pension when you are 16.
yanglao-baoxian-outcome-employee = Stay in the employees' pension
    .text = If you are already in the employees' pension, you do not need to join the residents' pension as well.
yanglao-baoxian-outcome-student = Students do not need to join for now
    .text = After you finish school or college, if you are not in the employees' pension, you can join the residents' pension.
yanglao-baoxian-outcome-draw = You can apply to get your pension
    .text = Bring everything on the list below when you apply. Once it is approved, your pension is paid onto your social security card every month.
yanglao-baoxian-outcome-top-up = You can pay for the missing years, then get your pension
    .text = If you have not paid for enough years, you can pay for the missing years now. Then you get your pension every month.
yanglao-baoxian-outcome-enrol = You can join the residents' pension
    .text = You pay once a year. The more you pay and the longer you pay, the more you get later.

yanglao-baoxian-why-age = { $age ->
        [one] You are about 1 year old. You are not 16 yet.
       *[other] You are about { $age } years old. You are not 16 yet.
    }
yanglao-baoxian-why-draw = You are about { $age } years old and have paid for { $years_paid ->
        [one] 1 year
       *[other] { $years_paid } years
    }. You need { $pension_min_years ->
        [one] 1 year
       *[other] { $pension_min_years } years
    }, so you have paid enough.
yanglao-baoxian-why-short = You have paid for { $years_paid ->
        [one] 1 year
       *[other] { $years_paid } years
    }. You need at least { $pension_min_years ->
        [one] 1 year
       *[other] { $pension_min_years } years
    }.
yanglao-baoxian-why-enrol = You are about { $age } years old. You can join, and pay until you are 60.

yanglao-baoxian-next-top-up = Go to the township public service centre and ask to pay for the missing years. Staff will work out how much you need to pay.
yanglao-baoxian-next-then-draw = When you have paid, apply to get your pension every month.
yanglao-baoxian-next-choose-tier = Choose how much to pay each year. The more you pay, the more the government adds.
yanglao-baoxian-next-pay-yearly = After that, pay on time every year. You can pay on your phone or at the bank.
