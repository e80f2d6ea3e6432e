## 居民身份证换领、补领 (ID card renewal and replacement): public/services/shenfenzheng.json

shenfenzheng-title = 身份证换领、补领
    .intro = 身份证快到期、丢了、坏了,或者上面的信息变了,看看怎么办。

shenfenzheng-reason = 您的身份证怎么了?
shenfenzheng-reason-expiring = 快到期或已经过期
shenfenzheng-reason-lost = 丢了
shenfenzheng-reason-damaged = 坏了,看不清
shenfenzheng-reason-changed = 姓名等信息变了
shenfenzheng-born = 您是哪一年出生的?
shenfenzheng-hukou_local = 您的户口在本县吗?
    .simple = 您的户口在咱们县吗?

shenfenzheng-outcome-change-first = 先改户口信息,再换身份证
    .simple = 先去改户口本上的信息,再换身份证
    .text = 身份证上的信息要和户口一致。先到户口所在地派出所改户口信息。
shenfenzheng-outcome-replace = 您可以补领身份证
    .text = 到派出所户籍窗口申请,现场拍照、采集指纹。
shenfenzheng-outcome-renew = 您可以换领身份证
    .text = 到派出所户籍窗口申请,现场拍照、采集指纹。

shenfenzheng-why-valid-5 = 不满 16 岁的,新证有效期 5 年。
shenfenzheng-why-valid-10 = 16 到 25 岁的,新证有效期 10 年。
shenfenzheng-why-valid-20 = 26 到 45 岁的,新证有效期 20 年。
shenfenzheng-why-valid-long = 46 岁以上的,新证长期有效。
shenfenzheng-why-anywhere = 户口不在本县也可以在这里的派出所办理。

shenfenzheng-next-change-record = 带材料到户口所在地派出所,申请更改户口上的信息。
shenfenzheng-next-then-renew = 户口改好后,再申请换领身份证。
shenfenzheng-next-photo-on-site = 不用自己带照片,现场拍照。
shenfenzheng-next-collect = 20 个工作日左右可以领新证,也可以选择邮寄。
