## 残疾人证 (disability certificate): public/services/canji-zheng.json

canji-zheng-title = 办残疾人证
    .intro = 办了残疾人证,可以享受补贴、康复等帮扶。看看怎么办。

canji-zheng-kinds = 是哪方面有困难?
    .hint = 可以选好几项。
canji-zheng-kinds-vision = 看不清或看不见
canji-zheng-kinds-hearing = 听不清或听不见
canji-zheng-kinds-speech = 说话困难
canji-zheng-kinds-physical = 手脚、身体活动困难
canji-zheng-kinds-intellectual = 智力方面
canji-zheng-kinds-mental = 精神方面

canji-zheng-lasting = 这种情况有没有超过半年,治疗后也难以好转?
    .simple = 这样已经超过半年,治了也不见好吗?
canji-zheng-lasting-yes = 是的
canji-zheng-lasting-no = 不是,还在治疗
canji-zheng-can_travel = 本人能不能自己到医院做评定?
    .simple = 他自己能去医院做检查吗?
canji-zheng-can_travel-yes = 能
canji-zheng-can_travel-no = 不能,行动不方便

canji-zheng-outcome-not-yet = 先治疗,稳定后再申请
    .text = 残疾评定要在病情稳定以后做。一般是治疗半年以上,情况没有好转再申请。
canji-zheng-outcome-apply = 您可以申请残疾人证
    .text = 先到乡镇便民服务中心申请,再到指定医院做残疾评定,评定通过后发证。

canji-zheng-why-not-stable = 您说情况还在治疗中,没有超过半年。
canji-zheng-why-home-visit = 本人行动不方便的,可以申请医生上门评定。
canji-zheng-why-several = 您选了几方面的困难,评定时会一起评。

canji-zheng-next-assessment = 按通知到指定医院做残疾评定。
canji-zheng-next-collect = 评定通过后,到乡镇领证,也可以邮寄。
