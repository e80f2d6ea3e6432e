# ئۇيغۇرچە (Uyghur). Machine-drafted translation, awaiting review by a native speaker.

## Shared catalog (public/catalog.json): materials people bring, kinds of office they go to,
## and the life events services are grouped by. One material means one thing everywhere.

material-id-card = ئاھالىلەر كىملىكى
    .hint = ئەسلىنى ئېلىپ بېرىڭ.
material-hukou-book = نوپۇس دەپتىرى
    .hint = ئەسلىنى ئېلىپ بېرىڭ.
material-residence-permit = تۇرالغۇ گۇۋاھنامىسى
material-income-proof = ئائىلە كىرىمى ئىسپاتى
    .hint = ئىشلەپ تاپقان، تېرىقچىلىقتىن ۋە تىجارەتتىن كىرگەن كىرىملەرنىڭ ھەممىسى ھېسابلىنىدۇ. كەنت كومىتېتى ئېچىپ بېرىشكە ياردەملىشىدۇ.
material-bank-card = ئۆزىڭىزنىڭ بانكا كارتىسى ياكى ئىجتىمائىي كاپالەت كارتىسى
material-disability-proof = مېيىپلار گۇۋاھنامىسى ياكى دوختۇرخانىنىڭ دىئاگنوز ئىسپاتى
material-hardship-proof = قىيىنچىلىق ئەھۋالىنىڭ ئىسپاتى
    .hint = مەسىلەن، ئاپەتكە ئۇچرىغانلىق ئىسپاتى، داۋالىنىش پۇلى تالونلىرى، ھادىسە بېكىتىش ھۆججىتى. بولمىسا، كەنت كومىتېتى ئەھۋالنى چۈشەندۈرۈپ بېرىشكە ياردەملىشىدۇ.
material-medical-bills = داۋالىنىش پۇلى تالونى ۋە خىراجەت تىزىملىكى
material-discharge-summary = دوختۇرخانىدىن چىققانلىق خاتىرىسى ياكى دىئاگنوز ئىسپاتى
material-medical-records = كېسەللىك خاتىرىسى ياكى ئىلگىرىكى دىئاگنوز ماتېرىياللىرى
material-social-security-card = ئىجتىمائىي كاپالەت كارتىسى
material-photo = يېقىندا تارتقان، باش كىيىمسىز ئىككى دىيۇملۇق رەسىم، 2 پارچە
material-birth-certificate = تۇغۇلۇش تېببىي ئىسپاتى
material-parents-id-cards = ئاتا-ئانىنىڭ ھەر ئىككىسىنىڭ ئاھالىلەر كىملىكى
material-marriage-certificate = نىكاھ گۇۋاھنامىسى
material-old-id-card = كونا كىملىك
material-change-proof = ئۇچۇرنىڭ ئۆزگەرگەنلىكىنى ئىسپاتلايدىغان ماتېرىيال
    .hint = مەسىلەن، ئىسىم ئۆزگەرتىشنى تەستىقلىغان ھۆججەت، تۇغۇلغان چېسلانى تۈزىتىش ئىسپاتى.
material-land-contract = يەر ھۆددە تىجارەت ھوقۇقى گۇۋاھنامىسى ياكى ھۆددە توختامى

office-village-committee = كەنت ئاھالىلەر كومىتېتى
office-township-service-centre = يېزا-بازار خەلققە قولايلىق مۇلازىمەت مەركىزى
office-county-medical-insurance = ناھىيەلىك داۋالاش كاپالىتى ئىدارىسىنىڭ مۇلازىمەت زالى
office-county-disabled-federation = ناھىيەلىك مېيىپلار بىرلەشمىسى
office-county-maternal-child-hospital = ناھىيەلىك ئانا-بالا ساقلىقنى ساقلاش دوختۇرخانىسى
office-police-station = ساقچىخانىنىڭ نوپۇس كۆزنىكى

life-event-hardship = تۇرمۇش قىيىنچىلىقى
life-event-old-age = ياشانغانلار ۋە پېنسىيە
life-event-health = كېسەل كۆرسىتىش
life-event-disability = مېيىپلىك
life-event-birth = بالا تۇغۇش
life-event-farming = تېرىقچىلىق
life-event-documents = كىملىك-گۇۋاھنامە بېجىرىش
