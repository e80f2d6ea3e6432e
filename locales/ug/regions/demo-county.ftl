# ئۇيغۇرچە (Uyghur). Machine-drafted translation, awaiting review by a native speaker.

## 示范县 (demo county): names, addresses and opening hours of local offices.
## The numbers (standards, amounts) are in public/regions/demo-county.json.

region-demo-county = ئۈلگە ناھىيە
region-demo-county-office-village-committee = ئۆز كەنتىڭىزنىڭ ئاھالىلەر كومىتېتى
    .hours = خىزمەت كۈنلىرى چۈشتىن بۇرۇن 8:30–12:00، چۈشتىن كېيىن 14:30–17:30
region-demo-county-office-township-service-centre = ئۆز يېزا-بازىرىڭىزنىڭ خەلققە قولايلىق مۇلازىمەت مەركىزى
    .address = يېزا-بازار ھۆكۈمىتى بىناسى، بىرىنچى قەۋەتتىكى زال
    .hours = دۈشەنبىدىن جۈمەگىچە 8:30–12:00، 14:30–17:30
region-demo-county-office-county-medical-insurance = ئۈلگە ناھىيەلىك داۋالاش كاپالىتى ئىدارىسىنىڭ مۇلازىمەت زالى
    .address = ئۈلگە ناھىيەلىك ھۆكۈمەت ئىشلىرى مۇلازىمەت مەركىزى، ئىككىنچى قەۋەت
    .hours = دۈشەنبىدىن جۈمەگىچە 9:00–17:00
region-demo-county-office-county-disabled-federation = ئۈلگە ناھىيەلىك مېيىپلار بىرلەشمىسى
    .address = ئۈلگە ناھىيەلىك ھۆكۈمەت ئىشلىرى مۇلازىمەت مەركىزى، ئۈچىنچى قەۋەت
    .hours = دۈشەنبىدىن جۈمەگىچە 9:00–17:00
region-demo-county-office-county-maternal-child-hospital = ئۈلگە ناھىيەلىك ئانا-بالا ساقلىقنى ساقلاش دوختۇرخانىسى
    .address = ئۈلگە ناھىيە، خەلق يولى 1-نومۇر
    .hours = ھەر كۈنى 8:00–17:30
region-demo-county-office-police-station = ئۆز يېزا-بازىرىڭىزدىكى ساقچىخانىنىڭ نوپۇس كۆزنىكى
    .hours = دۈشەنبىدىن جۈمەگىچە 8:30–12:00، 14:30–17:30؛ شەنبە كۈنى چۈشتىن بۇرۇن
