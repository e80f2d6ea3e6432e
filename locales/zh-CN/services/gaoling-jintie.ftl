## 高龄津贴 (old-age allowance for people over 80): public/services/gaoling-jintie.json

gaoling-jintie-title = 高龄津贴
    .intro = 年纪大的老人,每月可以领高龄津贴。看看您家老人能不能领。

gaoling-jintie-born = 老人是哪一年出生的?
    .hint = 看身份证上的出生年份。
gaoling-jintie-hukou_local = 老人的户口在本县吗?
    .simple = 老人的户口在咱们县吗?

gaoling-jintie-outcome-too-young = 还不到领取年龄
    .text = 到了年龄以后再来申请。
gaoling-jintie-outcome-elsewhere = 请到户口所在地申请
    .text = 高龄津贴由户口所在地发放。
gaoling-jintie-outcome-eligible = 老人可以领高龄津贴
    .text = 带齐材料到村委会申请,也可以请家人代办。

gaoling-jintie-why-wait = 老人今年大约 { $age } 岁,满 { $gaoling_age } 岁才可以领。
gaoling-jintie-why-amount-80 = 老人今年大约 { $age } 岁,每月可以领 { $gaoling_80 } 元。
gaoling-jintie-why-amount-90 = 老人今年大约 { $age } 岁,每月可以领 { $gaoling_90 } 元。
gaoling-jintie-why-amount-100 = 老人今年大约 { $age } 岁,每月可以领 { $gaoling_100 } 元。

gaoling-jintie-next-yearly-check = 每年要确认一次老人健在,村里会通知,也可以在手机上认证。
