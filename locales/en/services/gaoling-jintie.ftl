# English. Machine-drafted translation, awaiting review by a native speaker.

## 高龄津贴 (old-age allowance for people over 80): public/services/gaoling-jintie.json

gaoling-jintie-title = Old-age allowance
    .intro = Very old people can get an old-age allowance (高龄津贴) every month. See if the older person in your family can get it.

gaoling-jintie-born = What year was the older person born?
    .hint = Look at the year of birth on their ID card.
gaoling-jintie-hukou_local = Is the older person's household registration (hukou) in this county?

gaoling-jintie-outcome-too-young = Not old enough yet
    .text = Apply once they reach the age.
gaoling-jintie-outcome-elsewhere = Apply where their hukou is registered
    .text = The old-age allowance is paid where the older person's hukou is registered.
gaoling-jintie-outcome-eligible = The older person can get the old-age allowance
    .text = Take everything on the list to the village committee to apply. A family member can also apply for them.

gaoling-jintie-why-wait = { $age ->
        [one] They are about 1 year old this year. They can get it from age { $gaoling_age }.
       *[other] They are about { $age } years old this year. They can get it from age { $gaoling_age }.
    }
gaoling-jintie-why-amount-80 = They are about { $age } years old this year, and can get { $gaoling_80 } yuan each month.
gaoling-jintie-why-amount-90 = They are about { $age } years old this year, and can get { $gaoling_90 } yuan each month.
gaoling-jintie-why-amount-100 = They are about { $age } years old this year, and can get { $gaoling_100 } yuan each month.

gaoling-jintie-next-yearly-check = Once a year, you need to confirm that the older person is still alive. The village will tell you when. You can also do this on a phone.
