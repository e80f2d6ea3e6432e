## 临时救助 (temporary assistance): public/services/linshi-jiuzhu.json

linshi-jiuzhu-title = 临时救助
    .intro = 家里突然遇到火灾、重病、意外等困难,生活一时过不下去,可以申请临时救助。

linshi-jiuzhu-residence = 您的户口或居住地在本县吗?
    .simple = 您的户口在咱们县,或者您住在咱们县吗?
linshi-jiuzhu-residence-local = 户口在本县
linshi-jiuzhu-residence-resident = 户口在外地,但在本县居住
    .hint = 有居住证的可以在本县申请。
linshi-jiuzhu-residence-neither = 都不是

linshi-jiuzhu-cause = 家里遇到了什么困难?
    .hint = 选最主要的一项。
linshi-jiuzhu-cause-disaster = 火灾、水灾等灾害
linshi-jiuzhu-cause-illness = 重病,医疗费很高
linshi-jiuzhu-cause-accident = 交通事故等意外
linshi-jiuzhu-cause-other = 其他突然的困难

linshi-jiuzhu-urgent = 现在是不是连吃饭、住的地方都没有了?
    .hint = 情况紧急的,可以先救助,后补手续。
linshi-jiuzhu-urgent-yes = 是,非常紧急
linshi-jiuzhu-urgent-no = 还能过得去

linshi-jiuzhu-outcome-elsewhere = 请到户口所在地或居住地申请
    .text = 临时救助由户口所在地或居住地的乡镇便民服务中心受理。如果您在外地遇到紧急困难,可以向当地救助站求助。
linshi-jiuzhu-outcome-urgent = 请马上联系乡镇便民服务中心
    .text = 情况紧急的,工作人员会先给您救助,手续以后再补。
linshi-jiuzhu-outcome-apply = 您可以申请临时救助
    .text = 带齐下面的材料到乡镇便民服务中心申请。救助金额根据困难情况确定。

linshi-jiuzhu-why-urgent = 您说家里连吃饭、住的地方都没有了,这属于急难情况。
linshi-jiuzhu-why-disaster = 家里遭受灾害,可以申请临时救助。
linshi-jiuzhu-why-illness = 因为重病医疗费很高、生活困难的,可以申请临时救助。
linshi-jiuzhu-why-accident = 因为意外事故生活困难的,可以申请临时救助。
linshi-jiuzhu-why-other = 其他突然的困难,工作人员会根据情况判断。

linshi-jiuzhu-next-call = 先打电话或直接去乡镇便民服务中心,说明情况。
linshi-jiuzhu-next-paperwork-later = 情况缓解后,再补交材料。
