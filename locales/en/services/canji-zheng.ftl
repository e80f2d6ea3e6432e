# English. Machine-drafted translation, awaiting review by a native speaker.

## 残疾人证 (disability certificate): public/services/canji-zheng.json

canji-zheng-title = Get a disability card
    .intro = With a disability card (残疾人证) you can get allowances, rehabilitation and other help. See how to get one.

canji-zheng-kinds = What is difficult for the person?
    .hint = You can choose more than one.
canji-zheng-kinds-vision = Cannot see clearly, or cannot see
canji-zheng-kinds-hearing = Cannot hear clearly, or cannot hear
canji-zheng-kinds-speech = Difficulty speaking
canji-zheng-kinds-physical = Difficulty moving hands, feet or body
canji-zheng-kinds-intellectual = Learning and understanding (intellectual)
canji-zheng-kinds-mental = Mental health

canji-zheng-lasting = Has this lasted more than six months, and is it hard to improve even with treatment?
canji-zheng-lasting-yes = Yes
canji-zheng-lasting-no = No, still being treated
canji-zheng-can_travel = Can the person get to the hospital on their own for the assessment?
canji-zheng-can_travel-yes = Yes
canji-zheng-can_travel-no = No, it is hard for them to get around

canji-zheng-outcome-not-yet = Get treatment first, and apply once things are stable
    .text = The disability assessment is done once the condition is stable. Usually you apply if there is no improvement after more than six months of treatment.
canji-zheng-outcome-apply = You can apply for a disability card
    .text = First apply at the township public service centre. Then go to the named hospital for a disability assessment. If the assessment is passed, you get the card.

canji-zheng-why-not-stable = You said treatment is still going on, and it has not been six months yet.
canji-zheng-why-home-visit = If the person cannot get around easily, they can ask for a doctor to come to their home for the assessment.
canji-zheng-why-several = You chose more than one kind of difficulty. They will all be assessed together.

canji-zheng-next-assessment = Go to the named hospital for the disability assessment when you are told to.
canji-zheng-next-collect = If the assessment is passed, collect the card at the township, or have it posted to you.
