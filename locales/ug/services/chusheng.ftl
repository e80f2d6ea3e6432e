# ئۇيغۇرچە (Uyghur). Machine-drafted translation, awaiting review by a native speaker.

## 新生儿出生“一件事” (birth: certificate, household registration, insurance in one visit): public/services/chusheng.json

chusheng-title = بالا تۇغۇلغاندا بېجىرىدىغان ئىشلار
    .intro = تۇغۇلۇش تېببىي ئىسپاتى، نوپۇسقا ئالدۇرۇش، داۋالاش سۇغۇرتىسىغا قاتنىشىش، ئىجتىمائىي كاپالەت كارتىسى بېجىرىش — ھەممىسىنى بىر قېتىم بېرىپلا بېجىرىڭ.

chusheng-hukou = ئاتا-ئانىنىڭ نوپۇسى قەيەردە؟
chusheng-hukou-local = كەم دېگەندە بىرىنىڭ نوپۇسى مۇشۇ ناھىيەدە
chusheng-hukou-elsewhere = ئىككىسىنىڭ نوپۇسى باشقا جايدا
chusheng-born_at = بالا قەيەردە تۇغۇلدى؟
chusheng-born_at-hospital = دوختۇرخانىدا
chusheng-born_at-home = ئۆيدە ياكى باشقا جايدا
chusheng-married = ئاتا-ئانىنىڭ نىكاھ گۇۋاھنامىسى بارمۇ؟
chusheng-married-yes = بار
chusheng-married-no = يوق

chusheng-outcome-elsewhere = ئاتا-ئانىنىڭ نوپۇسى تۇرۇشلۇق جايدا بېجىرىڭ
    .text = بالىنى نوپۇسقا ئالدۇرۇش ئاتىسى ياكى ئانىسىنىڭ نوپۇسى تۇرۇشلۇق جايدا بېجىرىلىدۇ.
chusheng-outcome-one-visit = بالا تۇغۇلغاندىكى ئىشلارنى بىر قېتىمدىلا تۈگىتىڭ
    .text = تۆۋەندىكى ماتېرىياللارنى تولۇق ئېلىپ، يېزا-بازار خەلققە قولايلىق مۇلازىمەت مەركىزىگە بارسىڭىز، تۆۋەندىكى بىر نەچچە ئىشنى بىر قېتىمدىلا بېجىرەلەيسىز.

chusheng-why-home-birth = ئۆيدە تۇغۇلغان بولسا، ئاۋۋال ناھىيەلىك ئانا-بالا ساقلىقنى ساقلاش دوختۇرخانىسىغا بېرىپ تۇغۇلۇش تېببىي ئىسپاتىغا ئىلتىماس قىلىڭ.
chusheng-why-unmarried = نىكاھ گۇۋاھنامىسى بولمىسىمۇ بالىنى نوپۇسقا ئالدۇرغىلى بولىدۇ، خادىملار قايسى ماتېرىيالنى تولۇقلاش كېرەكلىكىنى ئېيتىپ بېرىدۇ.

chusheng-next-certificate = تۇغۇلۇش تېببىي ئىسپاتىنى ئېلىڭ (دوختۇرخانىدا تۇغۇلغان بولسا، دوختۇرخانا بېجىرىپ بېرىدۇ).
chusheng-next-hukou = بالىنى نوپۇسقا ئالدۇرۇڭ.
chusheng-next-insurance = بالىنى شەھەر-يېزا ئاھالىلىرى داۋالاش سۇغۇرتىسىغا قاتناشتۇرۇڭ.
chusheng-next-card = بالىغا ئىجتىمائىي كاپالەت كارتىسى بېجىرىڭ.
