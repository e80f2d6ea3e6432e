# English. Machine-drafted translation, awaiting review by a native speaker.

## 临时救助 (temporary assistance): public/services/linshi-jiuzhu.json

linshi-jiuzhu-title = Temporary assistance (linshi jiuzhu)
    .intro = If your family suddenly has a fire, a serious illness, an accident or another crisis, and cannot get by for now, you can apply for temporary assistance (临时救助).

linshi-jiuzhu-residence = Is your household registration (hukou) in this county, or do you live here?
linshi-jiuzhu-residence-local = My hukou is in this county
linshi-jiuzhu-residence-resident = My hukou is somewhere else, but I live in this county
    .hint = If you have a residence permit, you can apply in this county.
linshi-jiuzhu-residence-neither = Neither

linshi-jiuzhu-cause = What has happened to your family?
    .hint = Choose the main one.
linshi-jiuzhu-cause-disaster = A fire, flood or other disaster
linshi-jiuzhu-cause-illness = A serious illness, with very high medical bills
linshi-jiuzhu-cause-accident = A road accident or other accident
linshi-jiuzhu-cause-other = Another sudden difficulty

linshi-jiuzhu-urgent = Do you now have no food, or nowhere to live?
    .hint = In an emergency, you can get help first and do the paperwork later.
linshi-jiuzhu-urgent-yes = Yes, it is very urgent
linshi-jiuzhu-urgent-no = No, we can still get by

linshi-jiuzhu-outcome-elsewhere = Apply where your hukou is, or where you live
    .text = Temporary assistance is handled by the township public service centre where your hukou is or where you live. If you are away from home and in an emergency, you can ask the local aid station (救助站) for help.
linshi-jiuzhu-outcome-urgent = Contact the township public service centre now
    .text = In an emergency, staff will help you first. You can do the paperwork later.
linshi-jiuzhu-outcome-apply = You can apply for temporary assistance
    .text = Take everything on the list below to the township public service centre to apply. How much help you get depends on your situation.

linshi-jiuzhu-why-urgent = You said your family has no food or nowhere to live. This counts as an emergency.
linshi-jiuzhu-why-disaster = Your family was hit by a disaster, so you can apply for temporary assistance.
linshi-jiuzhu-why-illness = If a serious illness has brought high medical bills and made life hard, you can apply for temporary assistance.
linshi-jiuzhu-why-accident = If an accident has made life hard, you can apply for temporary assistance.
linshi-jiuzhu-why-other = For other sudden difficulties, staff will decide after looking at your situation.

linshi-jiuzhu-next-call = First, phone or go to the township public service centre and explain what has happened.
linshi-jiuzhu-next-paperwork-later = When things are better, hand in the papers.
