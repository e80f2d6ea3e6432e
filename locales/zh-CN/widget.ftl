## The widget's own words (Waymark chrome). Service words live in services/<service>.ftl,
## shared materials and offices in catalog.ftl.

waymark-name = 办事指南
loading = 正在打开办事指南……
load-failed = 这个办事指南暂时打不开
    .text = 可能是网络不好,也可能是指南文件有问题。请稍后再试。其他办事指南不受影响。
    .details = 给网站管理员的信息:
retry = 再试一次

answer-yes = 是
answer-no = 否

back = 上一步
next = 下一步
start-over = 重新开始
step-counter = 第 { $step } 步,共 { $total } 步

error-summary-title = 请检查您的回答
error-prefix = 错误:
error-required-choice = 请选择一项
error-required-number = 请填写一个数字
error-not-a-number = 请只填写数字,比如 3
error-not-whole = 请填写整数,不要带小数点
error-too-small = 这个数字不能小于 { $min }
error-too-large = 这个数字不能大于 { $max }
error-unknown-option = 请从列出的选项中选择一项
error-too-few = 请至少选择 { $count } 项
error-not-a-date = 请填写一个日期,比如 2020-05-01
error-in-the-future = 这个日期不能晚于今天
error-id-length = 身份证号码是 18 位,最后一位可能是 X
error-id-birth-date = 身份证号码中间的出生日期不对,请再核对一下
error-id-check-digit = 身份证号码有一位不对,请对着身份证再核对一下
error-too-long = 请不要超过 { $count } 个字
choose-year = 请选择年份

resume-title = 您上次还没有办完
    .text = 您的回答保存在这台设备上。可以接着上次的地方继续,也可以重新开始。
resume = 继续上次

check-title = 核对您的回答
check-change = 修改
check-submit = 查看结果

result-why = 为什么这样说
result-materials = 需要带的材料
result-materials-count = 共 { $count } 项
result-where = 到哪里办
result-time = 要多长时间
result-time-days = 约{ $days }个工作日
result-fee = 要花多少钱
result-fee-free = 免费
result-fee-yuan = { $yuan } 元
result-next = 接下来怎么做
result-phone = 电话:{ $phone }
result-hours = 办公时间:{ $hours }
result-address = 地址:{ $address }
result-checklist = 准备好一样,就勾上一样。
result-print = 打印
result-print-date = 日期:{ $date }

start = 开始
home-event = 您要办什么事?
    .hint = 选一件和您家情况最接近的事。
home-services = { $event }:您要办哪几件事?
    .hint = 可以选几项。都办完以后,给您一张合在一起的材料清单,一次带齐。
intro-questions = 大约要回答 { $count } 个问题。
intro-materials = 可能要带的材料

next-service = 接着办:{ $service }
merged-show = 查看合在一起的清单
merged-title = 一次带齐:要带的材料和要去的地方
merged-lead = 您要办:{ $services }
merged-used-by = 用于:{ $services }

result-share = 用手机带走这个结果
    .text = 用手机扫一扫二维码,或者记下下面的链接,就能在手机上再看到这个结果。里面没有身份证号,也没有姓名。
result-qr = 二维码:用手机扫一扫,打开这个结果

status-offline = 现在没有网络。指南照常能用。
status-update = 有新版本了。点「重新开始」时换上,现在的回答不受影响。
status-not-saved = 这台设备不能保存您的回答:离开以后要重新回答。指南照常能用。
status-other-tab = 这个指南在另一个窗口里也开着。这里的回答先不保存,免得盖掉那边的;关掉那个窗口后,这里会接着保存。
status-newer-draft = 这台设备上有新版本存下的回答。这里的回答不保存,免得盖掉它。指南照常能用。
status-asked-again = 为了保护您的隐私,身份证号和您写的文字不存在这台设备上,请再填一次。其他回答都还在。
resume-changed = 这份指南上次以后更新过:您有 { $count } 个回答已经不适用,继续以后会请您重新回答这些问题。

## The language itself: `waymark index` lists every folder under locales/ by these two, for
## the language picker (its name in its own script) and the page's direction (ltr or rtl).
language-name = 中文
language-direction = ltr
language-picker = 语言 Language
list-separator = { "、" }

kiosk-still-there = 还在吗?
kiosk-countdown = 倒计时结束后,您填的内容会全部清除,回到首页。按「继续」接着办。
kiosk-continue = 继续
kiosk-end = 结束

stepper-less = 减 1
stepper-more = 加 1
keypad = 数字键盘
keypad-delete = 删掉一位
read-aloud = 朗读
read-auto = 每一步自动朗读
read-none = 这台设备不能用这种语言朗读。
elder = 长辈版
