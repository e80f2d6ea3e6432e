# ئۇيغۇرچە (Uyghur). Machine-drafted translation, awaiting review by a native speaker.

## 高龄津贴 (old-age allowance for people over 80): public/services/gaoling-jintie.json

gaoling-jintie-title = ياشانغانلار تولۇقلىمىسى
    .intro = يېشى چوڭ ياشانغانلار ھەر ئايدا ياشانغانلار تولۇقلىمىسى (高龄津贴) ئالالايدۇ. ئائىلىڭىزدىكى ياشانغان كىشىنىڭ ئالالايدىغان-ئالالمايدىغانلىقىنى كۆرۈپ بېقىڭ.

gaoling-jintie-born = ياشانغان كىشى قايسى يىلى تۇغۇلغان؟
    .hint = كىملىكتىكى تۇغۇلغان يىلغا قاراڭ.
gaoling-jintie-hukou_local = ياشانغان كىشىنىڭ نوپۇسى مۇشۇ ناھىيەدىمۇ؟

gaoling-jintie-outcome-too-young = تېخى ئالىدىغان ياشقا توشمىدى
    .text = يېشى توشقاندىن كېيىن ئاندىن ئىلتىماس قىلىڭ.
gaoling-jintie-outcome-elsewhere = نوپۇس تۇرۇشلۇق جايدا ئىلتىماس قىلىڭ
    .text = ياشانغانلار تولۇقلىمىسىنى نوپۇس تۇرۇشلۇق جاي تارقىتىدۇ.
gaoling-jintie-outcome-eligible = ياشانغان كىشى ياشانغانلار تولۇقلىمىسىنى ئالالايدۇ
    .text = ماتېرىياللارنى تولۇق ئېلىپ كەنت كومىتېتىغا بېرىپ ئىلتىماس قىلىڭ، ئائىلە ئەزالىرى ۋاكالىتەن بېجىرسىمۇ بولىدۇ.

gaoling-jintie-why-wait = ياشانغان كىشى بۇ يىل تەخمىنەن { $age } ياشتا، { $gaoling_age } ياشقا توشقاندا ئاندىن ئالالايدۇ.
gaoling-jintie-why-amount-80 = ياشانغان كىشى بۇ يىل تەخمىنەن { $age } ياشتا، ھەر ئايدا { $gaoling_80 } يۈەن ئالالايدۇ.
gaoling-jintie-why-amount-90 = ياشانغان كىشى بۇ يىل تەخمىنەن { $age } ياشتا، ھەر ئايدا { $gaoling_90 } يۈەن ئالالايدۇ.
gaoling-jintie-why-amount-100 = ياشانغان كىشى بۇ يىل تەخمىنەن { $age } ياشتا، ھەر ئايدا { $gaoling_100 } يۈەن ئالالايدۇ.

gaoling-jintie-next-yearly-check = ھەر يىلى بىر قېتىم ياشانغان كىشىنىڭ ھايات ئىكەنلىكى دەلىللىنىدۇ، كەنت ئۇقتۇرىدۇ، يانفوندىمۇ دەلىللىسە بولىدۇ.
