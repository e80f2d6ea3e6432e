# English. Machine-drafted translation, awaiting review by a native speaker.

## 居民身份证换领、补领 (ID card renewal and replacement): public/services/shenfenzheng.json

shenfenzheng-title = Renew or replace your ID card
    .intro = If your ID card (身份证) is about to run out, is lost or damaged, or the details on it have changed, see what to do.

shenfenzheng-reason = What has happened to your ID card?
shenfenzheng-reason-expiring = It will run out soon, or has already run out
shenfenzheng-reason-lost = It is lost
shenfenzheng-reason-damaged = It is damaged and hard to read
shenfenzheng-reason-changed = My name or other details have changed
shenfenzheng-born = What year were you born?
shenfenzheng-hukou_local = Is your household registration (hukou) in this county?

shenfenzheng-outcome-change-first = Change your hukou details first, then get a new ID card
    .text = The details on your ID card must match your hukou. First go to the police station where your hukou is registered and change your hukou details.
shenfenzheng-outcome-replace = You can get a replacement ID card
    .text = Apply at the household registration desk of a police station. Your photo and fingerprints are taken there.
shenfenzheng-outcome-renew = You can renew your ID card
    .text = Apply at the household registration desk of a police station. Your photo and fingerprints are taken there.

shenfenzheng-why-valid-5 = If you are under 16, the new card lasts 5 years.
shenfenzheng-why-valid-10 = If you are 16 to 25, the new card lasts 10 years.
shenfenzheng-why-valid-20 = If you are 26 to 45, the new card lasts 20 years.
shenfenzheng-why-valid-long = If you are 46 or older, the new card never runs out.
shenfenzheng-why-anywhere = Even if your hukou is not in this county, you can apply at a police station here.

shenfenzheng-next-change-record = Take your papers to the police station where your hukou is registered, and ask to change the details in your hukou.
shenfenzheng-next-then-renew = When your hukou details have been changed, apply for a new ID card.
shenfenzheng-next-photo-on-site = You do not need to bring photos. Your photo is taken there.
shenfenzheng-next-collect = Your new card is ready in about 20 working days. You can also choose to have it posted to you.
