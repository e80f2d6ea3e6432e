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

result-why = 为什么这样说
result-materials = 需要带的材料
result-materials-count = 共 { $count } 项
result-where = 到哪里办
result-time = 要多长时间
result-time-days = 约{ $days }个工作日
