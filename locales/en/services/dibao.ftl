# English. Machine-drafted translation, awaiting review by a native speaker.

## 农村最低生活保障 (rural minimum living allowance): public/services/dibao.json

dibao-title = Rural minimum living allowance (dibao)
    .intro = Answer a few simple questions to see if your family can apply for the rural minimum living allowance (dibao, 低保), what to bring and where to go.

dibao-hukou = Where is your household registration (hukou)?
    .hint = The address written in your hukou book.
dibao-hukou-local = A village in this county
dibao-hukou-elsewhere = Somewhere else

dibao-people = How many people are in your family?
    .hint = The number of people in your hukou book, including you.
    .unit = people

dibao-income = About how much money does your whole family get each month?
    .hint = Add up everything for one month: farming, work, business and any other money. If there is none, enter 0.
    .unit = yuan

dibao-property = Does your family own a car or a shop?
dibao-property-yes = Yes
dibao-property-no = No

dibao-illness = Does anyone in your family have a disability or a serious illness?
dibao-illness-yes = Yes
dibao-illness-no = No

dibao-outcome-elsewhere = Apply where your hukou is registered
    .text = You apply for dibao where your hukou is registered. Take your ID card and hukou book to the township public service centre there, and ask about it.
dibao-outcome-eligible = You may be able to get dibao
    .text = In the end, the township and the county civil affairs office decide if you get dibao. Bring everything on the list below when you apply.
dibao-outcome-not-eligible = You may not be able to get dibao
    .text = If things change for your family, for example your income goes down or someone gets ill, come back and check again, or ask at the township public service centre.

dibao-why-income-ok = Your family has { $income_per_person } yuan per person each month. This is not more than the local limit of { $dibao_standard } yuan.
dibao-why-no-property = Your family does not own a car or a shop.
dibao-why-income-high = Your family has { $income_per_person } yuan per person each month. This is more than the local limit of { $dibao_standard } yuan.
dibao-why-has-property = A family that owns a car or a shop usually cannot get dibao.
