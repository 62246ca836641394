<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign {notice}</source>
        <translation>分派 {notice}</translation>
    </message>
    <message>
        <source>&amp;Owner (user name):</source>
        <translation>负责人（用户名）(&amp;O)：</translation>
    </message>
    <message>
        <source>a QC engineer, e.g. tester</source>
        <translation>品质工程师，例如 tester</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach a file to {notice}</source>
        <translation>为 {notice} 附加文件</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Improvement report</source>
        <translation>改善报告</translation>
    </message>
    <message>
        <source>8D report</source>
        <translation>8D 报告</translation>
    </message>
    <message>
        <source>a PDF or an image file</source>
        <translation>PDF 或图片文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>报告文件</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</source>
        <translation>PDF 或图片 (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attach a photo or file</source>
        <translation>添加照片或文件</translation>
    </message>
    <message>
        <source>Photos and PDF files (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif *.pdf);;All files (*)</source>
        <translation>照片和 PDF 文件 (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>照片和文件</translation>
    </message>
    <message>
        <source>&amp;Attach photo or file…</source>
        <translation>添加照片或文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach photo/file…</source>
        <translation>添加照片/文件…</translation>
    </message>
    <message>
        <source>Photos are stored without their metadata (GPS, camera) and at most 2048 pixels wide; files of up to {mb} MB</source>
        <translation>照片保存时去除元数据（GPS、相机信息），最长边不超过 2048 像素；文件最大 {mb} MB</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>拍照…</translation>
    </message>
    <message>
        <source>Take a photo with the USB camera and attach it ({key})</source>
        <translation>用 USB 摄像头拍照并添加 ({key})</translation>
    </message>
    <message>
        <source>the RMA</source>
        <translation>整个售后单</translation>
    </message>
    <message>
        <source>{name} on {on}
{size} bytes, added by {who}
SHA-256 {sha}</source>
        <translation>{name}，属于 {on}
{size} 字节，由 {who} 添加
SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Select the RMA or unit the photo or file belongs to, then attach it.</source>
        <translation>请先选择照片或文件所属的售后单或产品，再添加。</translation>
    </message>
    <message>
        <source>{name} attached to {on}.</source>
        <translation>{name} 已添加到 {on}。</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>拍照(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The camera is not ready: try again.</source>
        <translation>摄像头尚未就绪：请再试一次。</translation>
    </message>
    <message>
        <source>No photo was taken: {problem}</source>
        <translation>未拍到照片：{problem}</translation>
    </message>
    <message>
        <source>The camera does not answer: {problem}</source>
        <translation>摄像头无响应：{problem}</translation>
    </message>
</context>
<context>
    <name>CapaDialog</name>
    <message>
        <source>New corrective action</source>
        <translation>新建纠正措施</translation>
    </message>
    <message>
        <source>LOT:</source>
        <translation>批次:</translation>
    </message>
    <message>
        <source>DATECODE:</source>
        <translation>日期码:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>来源(&amp;F)：</translation>
    </message>
    <message>
        <source>CCN-…, ESC-n, RMA-…, LOT:… or DATECODE:…</source>
        <translation>CCN-…、ESC-n、RMA-…、批次:… 或 日期码:…</translation>
    </message>
    <message>
        <source>&amp;Responsible person (user name):</source>
        <translation>责任人（用户名）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>责任部门(&amp;D)：</translation>
    </message>
    <message>
        <source>default: the person&apos;s</source>
        <translation>默认：责任人所在部门</translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation>责任工序(&amp;P)：</translation>
    </message>
    <message>
        <source>default: the department</source>
        <translation>默认：责任部门</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>根本原因(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>措施(&amp;A)：</translation>
    </message>
    <message>
        <source>the preventive measure</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>完成期限(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>设置您的密码</translation>
    </message>
    <message>
        <source>{user}, choose your own password before you continue. Nobody else, not even the administrator, will know it; you sign with it.</source>
        <translation>{user}，请先设置您自己的密码再继续。除您之外，包括管理员在内，任何人都不会知道它；您将用它签名。</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>保存密码(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码两次。</translation>
    </message>
</context>
<context>
    <name>ClassifyDialog</name>
    <message>
        <source>Classify {notice}</source>
        <translation>定级 {notice}</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>等级(&amp;S)：</translation>
    </message>
    <message>
        <source>General 一般 (report within 2 working days)</source>
        <translation>一般（2 个工作日内提交报告）</translation>
    </message>
    <message>
        <source>Major 重大 (8D within 5 working days)</source>
        <translation>重大（5 个工作日内提交 8D）</translation>
    </message>
</context>
<context>
    <name>ClusterPanel</name>
    <message>
        <source>{units} units of {what} {value} returned for {cause} within {days} days</source>
        <translation>{what} {value} 在 {days} 天内有 {units} 台因{cause}返修</translation>
    </message>
    <message>
        <source>production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>date code</source>
        <translation>日期码</translation>
    </message>
    <message>
        <source>By</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Lot / date code</source>
        <translation>批次 / 日期码</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>台数</translation>
    </message>
    <message>
        <source>First</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Serials</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Lots and date codes with {units} or more units repaired for one cause in the last {days} days. Choose one to list its units; open a corrective action from it.</source>
        <translation>最近 {days} 天内同一原因返修达 {units} 台及以上的生产批次和日期码。选择一项可列出其单元，并可由此发起纠正措施。</translation>
    </message>
    <message>
        <source>Open a corrective action from this cl&amp;uster…</source>
        <translation>由此集中问题发起纠正措施(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Customer contact on {notice}</source>
        <translation>{notice} 客户联络</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>whom you spoke to</source>
        <translation>与谁沟通</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>记录(&amp;N)：</translation>
    </message>
    <message>
        <source>what was said and agreed</source>
        <translation>沟通内容及约定</translation>
    </message>
</context>
<context>
    <name>CorrectRmaDialog</name>
    <message>
        <source>Correct {rma_no}</source>
        <translation>更正 {rma_no}</translation>
    </message>
    <message>
        <source>A correction is possible until the first handover. The old and the new value and your reason are kept in the tracking log.</source>
        <translation>首次交接前可以更正。原值、新值和您的理由都会记入追踪日志。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Corrected text:</source>
        <translation>更正后内容(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;orrect</source>
        <translation>更正(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>请填写更正理由。</translation>
    </message>
</context>
<context>
    <name>DefectCodePicker</name>
    <message>
        <source>No code: free text only</source>
        <translation>无代码：仅填写文字</translation>
    </message>
    <message>
        <source>A code from the shop&apos;s defect-code library; the free text beside it is kept as typed</source>
        <translation>本厂缺陷代码库中的代码；旁边的文字按输入原样保存</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>Record a duty</source>
        <translation>记录职责事项</translation>
    </message>
    <message>
        <source>&amp;Duty:</source>
        <translation>事项(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>备注(&amp;M)：</translation>
    </message>
    <message>
        <source>Rec&amp;ord</source>
        <translation>记录(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Your roles record none of these duties.</source>
        <translation>您的角色不负责记录这些事项。</translation>
    </message>
    <message>
        <source>Management review of the weekly report</source>
        <translation>总经办审核周报</translation>
    </message>
    <message>
        <source>Material fault notified to purchasing</source>
        <translation>来料不良反馈采购</translation>
    </message>
    <message>
        <source>Delay reported by production</source>
        <translation>生产部上报延期</translation>
    </message>
    <message>
        <source>Delay passed on to the customer</source>
        <translation>业务部告知客户延期</translation>
    </message>
    <message>
        <source>&amp;Week (YYYY-Www):</source>
        <translation>周(&amp;W)（YYYY-Www）：</translation>
    </message>
    <message>
        <source>&amp;RMA no.:</source>
        <translation>售后单号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To (purchaser):</source>
        <translation>通知采购人员(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;New date (YYYY-MM-DD):</source>
        <translation>新完成日期(&amp;N)（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>Enter the week or the RMA number.</source>
        <translation>请输入周或售后单号。</translation>
    </message>
    <message>
        <source>{duty}: recorded for {ref}.</source>
        <translation>{duty}：已为 {ref} 记录。</translation>
    </message>
</context>
<context>
    <name>FirstContactTab</name>
    <message>
        <source>Call the customer of each accepted return within the shop&apos;s contact hours (working hours) and agree the interim measure. Overdue calls are highlighted.</source>
        <translation>受理退货后，请在规定的联络时限（工作时间）内致电客户并商定临时对策。超期未联络的以颜色标出。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Record &amp;call…</source>
        <translation>记录联络(&amp;C)…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>联络期限</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Select the return whose customer you called.</source>
        <translation>请选择已联络客户的售后单。</translation>
    </message>
    <message>
        <source>First contact with {customer} for {rma_no}</source>
        <translation>{rma_no}：与 {customer} 的首次联络</translation>
    </message>
    <message>
        <source>&amp;Whom you spoke to, interim measure:</source>
        <translation>联络人及临时对策(&amp;W)：</translation>
    </message>
    <message>
        <source>{rma_no}: first customer contact recorded.</source>
        <translation>{rma_no}：首次客户联络已记录。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&amp;Create account</source>
        <translation>创建账户(&amp;C)</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>创建管理员账户</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account; the administrator then adds everyone else.</source>
        <translation>此数据库中还没有任何用户。请先创建管理员账户，再由管理员添加其他人员。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Badge (optional):</source>
        <translation>工牌（可选）(&amp;B)：</translation>
    </message>
    <message>
        <source>Scan the badge</source>
        <translation>扫描工牌</translation>
    </message>
    <message>
        <source>&amp;PIN (with a badge):</source>
        <translation>PIN 码（配合工牌）(&amp;P)：</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 至 8 位数字</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of {rma_no}</source>
        <translation>{rma_no} 售后回访</translation>
    </message>
    <message>
        <source>Ask {customer} whether the units of {rma_no} arrived and whether the repair is satisfactory. Your answer is kept in the tracking log with your name and the time.</source>
        <translation>请向 {customer} 确认 {rma_no} 的产品是否已收到、对维修是否满意。回访结果连同您的姓名和时间记入跟踪记录。</translation>
    </message>
    <message>
        <source>Units &amp;received:</source>
        <translation>已收货(&amp;R)：</translation>
    </message>
    <message>
        <source>Customer &amp;satisfied:</source>
        <translation>客户满意(&amp;S)：</translation>
    </message>
    <message>
        <source>Whom you spoke to and what they said</source>
        <translation>联系人及客户意见</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Rec&amp;ord</source>
        <translation>记录(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Say whether the customer is satisfied.</source>
        <translation>请选择客户是否满意。</translation>
    </message>
    <message>
        <source>Note whom you spoke to and what they said.</source>
        <translation>请填写联系人及客户意见。</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Ask each customer whether the repaired units arrived and whether they are satisfied, within the shop&apos;s working days after shipping. Overdue follow-ups are highlighted.</source>
        <translation>发货后在规定的工作日内向客户确认是否收货、是否满意。超期未回访的以颜色标出。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Record &amp;follow-up…</source>
        <translation>记录回访(&amp;F)…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Shipping note</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Select the shipment whose customer you asked.</source>
        <translation>请选择已回访客户的发货记录。</translation>
    </message>
    <message>
        <source>{rma_no}: follow-up recorded.</source>
        <translation>{rma_no}：回访已记录。</translation>
    </message>
</context>
<context>
    <name>GiveDialog</name>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On open slip</source>
        <translation>所在未完成交接单</translation>
    </message>
    <message>
        <source>Already on open slip {slip_no}: it cannot be handed over again until that slip is received or refused.</source>
        <translation>已在未完成的交接单 {slip_no} 上：该交接单被接收或拒收之前，不能再次移交。</translation>
    </message>
    <message>
        <source>RMA {rma_no}: {customer}, {model}</source>
        <translation>售后单 {rma_no}：{customer}，{model}</translation>
    </message>
    <message>
        <source>From {giver_station} to {receiver_station}. You sign the slip as {name}.</source>
        <translation>从{giver_station}到{receiver_station}。您将以 {name} 的身份签署交接单。</translation>
    </message>
    <message>
        <source>Hand over units to {station}</source>
        <translation>将产品移交给{station}</translation>
    </message>
    <message>
        <source>{station} holds no units of {rma_no} that can go to {receiver_station}.</source>
        <translation>{station}没有 {rma_no} 中可以移交给{receiver_station}的产品。</translation>
    </message>
    <message>
        <source>Slip {slip_no} is already signed: close this window first.</source>
        <translation>交接单 {slip_no} 已签署：请先关闭此窗口。</translation>
    </message>
    <message>
        <source>{text} is not a unit serial number: scan the serial label on the unit.</source>
        <translation>{text} 不是产品序列号：请扫描产品上的序列号标签。</translation>
    </message>
    <message>
        <source>Unit {serial} is not among the units of {rma_no} that {station} can hand over to {receiver_station}. Set it aside.</source>
        <translation>产品 {serial} 不在{station}可移交给{receiver_station}的 {rma_no} 产品之中。请将其放到一边。</translation>
    </message>
    <message>
        <source>Unit {serial} is already on open slip {slip_no}: it cannot be handed over again until that slip is received or refused.</source>
        <translation>产品 {serial} 已在未完成的交接单 {slip_no} 上：该交接单被接收或拒收之前，不能再次移交。</translation>
    </message>
    <message>
        <source>Unit {serial} is already ticked.</source>
        <translation>产品 {serial} 已勾选。</translation>
    </message>
    <message>
        <source>Unit {serial} ticked.</source>
        <translation>已勾选产品 {serial}。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) ticked</source>
        <translation>
            <numerusform>已勾选 %n 个产品</numerusform>
        </translation>
    </message>
    <message>
        <source>(of {available} that can go)</source>
        <translation>（共 {available} 个可移交）</translation>
    </message>
    <message>
        <source>Tick the units to hand over first: scan each unit, or tick it in the list.</source>
        <translation>请先勾选要移交的产品：逐个扫描，或在列表中勾选。</translation>
    </message>
    <message>
        <source>You declared {declared} unit(s) but ticked {ticked}. Count the units in the box again, then correct the declared count or the ticks.</source>
        <translation>您申报了 {declared} 个产品，但勾选了 {ticked} 个。请重新清点箱内产品，然后更正申报数量或勾选。</translation>
    </message>
    <message>
        <source>hand over {count} unit(s) of {rma_no} from {giver_station} to {receiver_station}</source>
        <translation>将 {rma_no} 的 {count} 个产品从{giver_station}移交给{receiver_station}</translation>
    </message>
    <message>
        <source>Signing the slip…</source>
        <translation>正在签署交接单…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Slip {slip_no} signed: %n unit(s) handed over to {station}, waiting to be counted in.</source>
        <translation>
            <numerusform>交接单 {slip_no} 已签署：%n 个产品已移交给{station}，等待清点接收。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>重新打印(&amp;P)</translation>
    </message>
</context>
<context>
    <name>HandoverGiveDialog</name>
    <message>
        <source>Hand over units</source>
        <translation>移交产品</translation>
    </message>
    <message>
        <source>&amp;Scan a unit:</source>
        <translation>扫描产品(&amp;S)：</translation>
    </message>
    <message>
        <source>Scan or type a serial number, then Enter</source>
        <translation>扫描或输入序列号，然后按 Enter</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>筛选(&amp;T)：</translation>
    </message>
    <message>
        <source>Serial, state or slip</source>
        <translation>序列号、状态或交接单</translation>
    </message>
    <message>
        <source>Tick a&amp;ll</source>
        <translation>全部勾选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>全部取消勾选(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Declared count (units in the box):</source>
        <translation>申报数量（箱内产品数）(&amp;D)：</translation>
    </message>
    <message>
        <source>Count the units you put in the box; the count must match the ticks.</source>
        <translation>清点您放入箱内的产品；数量必须与勾选一致。</translation>
    </message>
    <message>
        <source>Sign and hand &amp;over</source>
        <translation>签名并移交(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HandoverReceiveDialog</name>
    <message>
        <source>Receive units</source>
        <translation>接收产品</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>来自：</translation>
    </message>
    <message>
        <source>Customer, model:</source>
        <translation>客户、型号：</translation>
    </message>
    <message>
        <source>Giver&apos;s signature:</source>
        <translation>交出人签名：</translation>
    </message>
    <message>
        <source>&amp;Scan each unit:</source>
        <translation>逐个扫描产品(&amp;S)：</translation>
    </message>
    <message>
        <source>Scan or type a serial number, then Enter</source>
        <translation>扫描或输入序列号，然后按 Enter</translation>
    </message>
    <message>
        <source>Refuse the handover</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>原因(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>What you found (optional)</source>
        <translation>发现的情况（可选）</translation>
    </message>
    <message>
        <source>&amp;Refuse and sign</source>
        <translation>拒收并签名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept and sign</source>
        <translation>接收并签名(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>交出方</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>The slip carries no signature.</source>
        <translation>交接单上没有签名。</translation>
    </message>
    <message>
        <source>This PDF is not a benchapp transfer slip.</source>
        <translation>此 PDF 不是 benchapp 交接单。</translation>
    </message>
    <message>
        <source>The slip was changed after it was signed.</source>
        <translation>交接单在签名后被改动。</translation>
    </message>
    <message>
        <source>Something other than a signature was added after signing.</source>
        <translation>签名后添加了签名以外的内容。</translation>
    </message>
    <message>
        <source>A signature on this slip was made for another slip.</source>
        <translation>此交接单上的某个签名是为另一张交接单签署的。</translation>
    </message>
    <message>
        <source>A signature was not made with a certificate of the shop CA.</source>
        <translation>某个签名不是用本厂 CA 的证书签署的。</translation>
    </message>
    <message>
        <source>The slip&apos;s content differs from the database record.</source>
        <translation>交接单内容与数据库记录不一致。</translation>
    </message>
    <message>
        <source>The slip is not recorded in this database.</source>
        <translation>此数据库中没有该交接单的记录。</translation>
    </message>
    <message>
        <source>The stored PDF was changed in the database.</source>
        <translation>数据库中保存的 PDF 已被改动。</translation>
    </message>
    <message>
        <source>The record says received or refused, but the PDF lacks that countersignature.</source>
        <translation>记录显示已接收或已拒收，但 PDF 缺少相应的接收方会签。</translation>
    </message>
    <message>
        <source>A signature was made by someone other than the person on the slip.</source>
        <translation>有签名并非交接单上记载的人员所签。</translation>
    </message>
    <message>
        <source>A signature&apos;s certificate was never issued by benchapp.</source>
        <translation>有签名所用的证书并非 benchapp 签发。</translation>
    </message>
    <message>
        <source>A signature&apos;s certificate was superseded when it signed.</source>
        <translation>有签名所用的证书在签名时已被取代。</translation>
    </message>
    <message>
        <source>The slip names another shop CA than the one this PC trusts.</source>
        <translation>交接单上的发证机构与本机信任的不一致。</translation>
    </message>
    <message>
        <source>anomaly form {value}</source>
        <translation>异常反馈表 {value}</translation>
    </message>
    <message>
        <source>batch problem: {value}</source>
        <translation>批量问题：{value}</translation>
    </message>
    <message>
        <source>count differs: {value}</source>
        <translation>数量不符：{value}</translation>
    </message>
    <message>
        <source>declared: {value}</source>
        <translation>申报数量：{value}</translation>
    </message>
    <message>
        <source>counted: {value}</source>
        <translation>清点数量：{value}</translation>
    </message>
    <message>
        <source>units: {value}</source>
        <translation>产品数：{value}</translation>
    </message>
    <message>
        <source>serials: {value}</source>
        <translation>序列号：{value}</translation>
    </message>
    <message>
        <source>shipped by the shop on {value}</source>
        <translation>本厂出货日期 {value}</translation>
    </message>
    <message>
        <source>delivery {value}</source>
        <translation>送货单 {value}</translation>
    </message>
    <message>
        <source>delivered: {value}</source>
        <translation>送货数量：{value}</translation>
    </message>
    <message>
        <source>shipped: {value}</source>
        <translation>已发货：{value}</translation>
    </message>
    <message>
        <source>units not damaged by the customer: {value}</source>
        <translation>非客户损坏的产品：{value}</translation>
    </message>
    <message>
        <source>complaint rule: {value}</source>
        <translation>投诉规则：{value}</translation>
    </message>
    <message>
        <source>production lot {value}</source>
        <translation>生产批次 {value}</translation>
    </message>
    <message>
        <source>date code {value}</source>
        <translation>日期码 {value}</translation>
    </message>
    <message>
        <source>earlier returns: {value}</source>
        <translation>此前退货：{value}</translation>
    </message>
    <message>
        <source>result: {value}</source>
        <translation>结果：{value}</translation>
    </message>
    <message>
        <source>test: {value}</source>
        <translation>测试：{value}</translation>
    </message>
    <message>
        <source>visual check: {value}</source>
        <translation>目视检查：{value}</translation>
    </message>
    <message>
        <source>measurements: {value}</source>
        <translation>测量项：{value}</translation>
    </message>
    <message>
        <source>rework loop {value}</source>
        <translation>第 {value} 次返修</translation>
    </message>
    <message>
        <source>escalated: {value}</source>
        <translation>已升级：{value}</translation>
    </message>
    <message>
        <source>note: {value}</source>
        <translation>说明：{value}</translation>
    </message>
    <message>
        <source>reason: {value}</source>
        <translation>原因：{value}</translation>
    </message>
    <message>
        <source>decision: {value}</source>
        <translation>决定：{value}</translation>
    </message>
    <message>
        <source>new due date {value}</source>
        <translation>新交期 {value}</translation>
    </message>
    <message>
        <source>due date {value}</source>
        <translation>交期 {value}</translation>
    </message>
    <message>
        <source>replacement {value}</source>
        <translation>替换品 {value}</translation>
    </message>
    <message>
        <source>signed by {value}</source>
        <translation>签名人 {value}</translation>
    </message>
    <message>
        <source>at {value}</source>
        <translation>于{value}</translation>
    </message>
    <message>
        <source>{value} min</source>
        <translation>{value} 分钟</translation>
    </message>
    <message>
        <source>parts replaced: {value}</source>
        <translation>更换零件：{value}</translation>
    </message>
    <message>
        <source>shipping note {value}</source>
        <translation>发货单 {value}</translation>
    </message>
    <message>
        <source>carrier {value}</source>
        <translation>承运商 {value}</translation>
    </message>
    <message>
        <source>tracking no. {value}</source>
        <translation>运单号 {value}</translation>
    </message>
    <message>
        <source>returned as is: {value}</source>
        <translation>原样退回：{value}</translation>
    </message>
    <message>
        <source>scrapped: {value}</source>
        <translation>报废：{value}</translation>
    </message>
    <message>
        <source>still in process: {value}</source>
        <translation>仍在处理：{value}</translation>
    </message>
    <message>
        <source>complaint notice {value}</source>
        <translation>客户投诉通知书 {value}</translation>
    </message>
    <message>
        <source>severity: {value}</source>
        <translation>严重程度：{value}</translation>
    </message>
    <message>
        <source>before: {value}</source>
        <translation>之前：{value}</translation>
    </message>
    <message>
        <source>responsible: {value}</source>
        <translation>负责人：{value}</translation>
    </message>
    <message>
        <source>responsible before: {value}</source>
        <translation>原负责人：{value}</translation>
    </message>
    <message>
        <source>by {value}</source>
        <translation>方式：{value}</translation>
    </message>
    <message>
        <source>kind: {value}</source>
        <translation>类型：{value}</translation>
    </message>
    <message>
        <source>person: {value}</source>
        <translation>人员：{value}</translation>
    </message>
    <message>
        <source>contacted {value}</source>
        <translation>联系时间 {value}</translation>
    </message>
    <message>
        <source>received: {value}</source>
        <translation>已收到：{value}</translation>
    </message>
    <message>
        <source>satisfied: {value}</source>
        <translation>满意：{value}</translation>
    </message>
    <message>
        <source>file {value}</source>
        <translation>文件 {value}</translation>
    </message>
    <message>
        <source>{value} bytes</source>
        <translation>{value} 字节</translation>
    </message>
    <message>
        <source>corrective action {value}</source>
        <translation>纠正措施 {value}</translation>
    </message>
    <message>
        <source>process: {value}</source>
        <translation>工序：{value}</translation>
    </message>
    <message>
        <source>root cause: {value}</source>
        <translation>根本原因：{value}</translation>
    </message>
    <message>
        <source>measure: {value}</source>
        <translation>措施：{value}</translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation>周 {value}</translation>
    </message>
    <message>
        <source>printed before: {value} time(s)</source>
        <translation>此前已打印 {value} 次</translation>
    </message>
    <message>
        <source>marked as a copy: {value}</source>
        <translation>标为副本：{value}</translation>
    </message>
    <message>
        <source>contact {value}</source>
        <translation>联系人 {value}</translation>
    </message>
    <message>
        <source>phone {value}</source>
        <translation>电话 {value}</translation>
    </message>
    <message>
        <source>address: {value}</source>
        <translation>地址：{value}</translation>
    </message>
    <message>
        <source>the warranty record says: {value}</source>
        <translation>按保修记录应为：{value}</translation>
    </message>
    <message>
        <source>billed as: {value}</source>
        <translation>实际计费：{value}</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>storage location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>general</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>other means</source>
        <translation>其他方式</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>首次联系</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>8D report</source>
        <translation>8D 报告</translation>
    </message>
    <message>
        <source>in warranty</source>
        <translation>在保修期内</translation>
    </message>
    <message>
        <source>out of warranty</source>
        <translation>已过保修期</translation>
    </message>
    <message>
        <source>warranty unknown</source>
        <translation>保修情况不明</translation>
    </message>
    <message>
        <source>no delivery named, not evaluated</source>
        <translation>未填送货单，未评估</translation>
    </message>
    <message>
        <source>delivered quantity unknown, not evaluated</source>
        <translation>送货数量未知，未评估</translation>
    </message>
    <message>
        <source>under the threshold</source>
        <translation>未达阈值</translation>
    </message>
    <message>
        <source>complaint notice raised</source>
        <translation>已开客户投诉通知书</translation>
    </message>
    <message>
        <source>added to the open complaint notice</source>
        <translation>已并入未结的客户投诉通知书</translation>
    </message>
    <message>
        <source>already counted</source>
        <translation>已计入</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>将交接单另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Tracin&amp;g</source>
        <translation>追溯(&amp;G)</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>当前保管</translation>
    </message>
    <message>
        <source>Rework loops</source>
        <translation>返修次数</translation>
    </message>
    <message>
        <source>Repeat return</source>
        <translation>重复退货</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Slip no.</source>
        <translation>交接单号</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>从 → 到</translation>
    </message>
    <message>
        <source>{origin} → {target}</source>
        <translation>{origin} → {target}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Declared / counted</source>
        <translation>申报 / 清点</translation>
    </message>
    <message>
        <source>{declared} / {counted}</source>
        <translation>{declared} / {counted}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>拒收原因</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>签名栏</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>签名含义</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Cause category</source>
        <translation>原因类别</translation>
    </message>
    <message>
        <source>Cause code</source>
        <translation>原因代码</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>{process} / {department}</source>
        <translation>{process} / {department}</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Repairer</source>
        <translation>维修人</translation>
    </message>
    <message>
        <source>Ref. des.</source>
        <translation>位号</translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Date code</source>
        <translation>日期码</translation>
    </message>
    <message>
        <source>Unit / slip</source>
        <translation>产品 / 交接单</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>{time} by {name}</source>
        <translation>{time}，{name}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>There is no RMA {rma_no} in the database. Check the number on the service form or scan its label again.</source>
        <translation>数据库中没有售后单 {rma_no}。请核对售后单上的单号，或重新扫描其标签。</translation>
    </message>
    <message>
        <source>Unit {serial} is not part of {rma_no}; the whole RMA is shown.</source>
        <translation>产品 {serial} 不属于 {rma_no}；现显示整个售后单。</translation>
    </message>
    <message>
        <source>{declared} declared, {counted} counted</source>
        <translation>申报 {declared}，清点 {counted}</translation>
    </message>
    <message>
        <source>{status} ({units})</source>
        <translation>{status}（{units}）</translation>
    </message>
    <message>
        <source>{billing}, customer wants {requirement}</source>
        <translation>{billing}，客户要求{requirement}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Yes: batch route (5.3.2)</source>
        <translation>是：批量流程（5.3.2）</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>None: no unit of this RMA was returned before.</source>
        <translation>无：本售后单的产品此前均未退回过。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{serial}&lt;/b&gt;: returned {count} time(s) before: {rmas}</source>
        <translation>&lt;b&gt;{serial}&lt;/b&gt;：此前已退回 {count} 次：{rmas}</translation>
    </message>
    <message>
        <source>History of {rma_no}, unit {serial}</source>
        <translation>{rma_no} 的履历，产品 {serial}</translation>
    </message>
    <message>
        <source>History of {rma_no}</source>
        <translation>{rma_no} 的履历</translation>
    </message>
    <message>
        <source>&amp;Tracking log ({n})</source>
        <translation>跟踪记录（{n}）(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;lips ({n})</source>
        <translation>交接单（{n}）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Repair records ({n})</source>
        <translation>维修记录（{n}）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Escalations &amp;&amp; decisions ({n})</source>
        <translation>升级处理&amp;&amp;决定（{n}）(&amp;E)</translation>
    </message>
    <message>
        <source>Checking the signatures of {slip_no}…</source>
        <translation>正在校验 {slip_no} 的签名…</translation>
    </message>
    <message>
        <source>Select a slip to check its signatures.</source>
        <translation>请选择一张交接单以校验其签名。</translation>
    </message>
    <message>
        <source>No PDF stored</source>
        <translation>未存 PDF</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未校验</translation>
    </message>
    <message>
        <source>Not valid: {reason}</source>
        <translation>无效：{reason}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Not in the PDF: recorded in the tracking log only</source>
        <translation>不在 PDF 中：仅记入跟踪记录</translation>
    </message>
    <message>
        <source>No PDF is stored for slip {slip_no}: its handover is recorded in the tracking log only.</source>
        <translation>交接单 {slip_no} 未存 PDF：其交接仅记入跟踪记录。</translation>
    </message>
    <message>
        <source>The signatures of {slip_no} are not checked yet.</source>
        <translation>{slip_no} 的签名尚未校验。</translation>
    </message>
    <message>
        <source>Slip {slip_no}: {count} valid signature(s) from shop CA certificates; the PDF matches the database record.</source>
        <translation>交接单 {slip_no}：{count} 个有效签名，均来自本厂 CA 证书；PDF 与数据库记录一致。</translation>
    </message>
    <message>
        <source>Slip {slip_no} is NOT valid: {reason}</source>
        <translation>交接单 {slip_no} 无效：{reason}</translation>
    </message>
    <message>
        <source>The slip could not be saved to {path}: {error}</source>
        <translation>交接单无法保存到 {path}：{error}</translation>
    </message>
    <message>
        <source>Slip {slip_no} saved to {path}.</source>
        <translation>交接单 {slip_no} 已保存到 {path}。</translation>
    </message>
    <message>
        <source>No printer is set up on this computer, so slip {slip_no} was not printed. Use Save PDF to print it elsewhere, or ask the administrator to set up a printer.</source>
        <translation>本机未设置打印机，交接单 {slip_no} 未打印。请用“保存 PDF”在其他电脑上打印，或请管理员设置打印机。</translation>
    </message>
    <message>
        <source>Slip {slip_no} was not printed: {error}</source>
        <translation>交接单 {slip_no} 未打印：{error}</translation>
    </message>
    <message>
        <source>Slip {slip_no} printed as a copy (副本 / COPY).</source>
        <translation>交接单 {slip_no} 已按副本打印（副本 / COPY）。</translation>
    </message>
    <message>
        <source>Slip {slip_no} printed.</source>
        <translation>交接单 {slip_no} 已打印。</translation>
    </message>
    <message>
        <source>Return no. {n}, last {rma_no}</source>
        <translation>第 {n} 次退回，最近一次为 {rma_no}</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>custody {origin} → {target}</source>
        <translation>保管 {origin} → {target}</translation>
    </message>
    <message>
        <source>slip {slip_no}</source>
        <translation>交接单 {slip_no}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>{field} signature</source>
        <translation>{field}签名</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>拒收：{reason}</translation>
    </message>
    <message>
        <source>cause: {cause}</source>
        <translation>原因：{cause}</translation>
    </message>
    <message>
        <source>took part: {people}</source>
        <translation>参与评审：{people}</translation>
    </message>
    <message>
        <source>signed with badge + PIN</source>
        <translation>以工牌 + PIN 码签名</translation>
    </message>
    <message>
        <source>signed with password</source>
        <translation>以密码签名</translation>
    </message>
    <message>
        <source>certificate {fingerprint}…</source>
        <translation>证书 {fingerprint}…</translation>
    </message>
    <message>
        <source>return no. {n} within {days} days</source>
        <translation>{days} 天内第 {n} 次退货</translation>
    </message>
    <message>
        <source>return no. {n}, the last {days} days ago</source>
        <translation>第 {n} 次退货，上次在 {days} 天前</translation>
    </message>
    <message>
        <source>{refusal}: {note}</source>
        <translation>{refusal}：{note}</translation>
    </message>
    <message>
        <source>no PDF</source>
        <translation>无 PDF</translation>
    </message>
    <message>
        <source>{n} signed, not checked</source>
        <translation>已签 {n} 个，未校验</translation>
    </message>
    <message>
        <source>{n} valid</source>
        <translation>{n} 个有效</translation>
    </message>
    <message>
        <source>NOT valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>{ref_des} {part_no} ×{qty}</source>
        <translation>{ref_des} {part_no} ×{qty}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>RMA history</source>
        <translation>售后单履历</translation>
    </message>
    <message>
        <source>Service form</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>RMA no.:</source>
        <translation>售后单号：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>型号：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation>收费方式：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>交期：</translation>
    </message>
    <message>
        <source>Batch problem:</source>
        <translation>批量问题：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>接收时间：</translation>
    </message>
    <message>
        <source>Complaint:</source>
        <translation>投诉内容：</translation>
    </message>
    <message>
        <source>Repeat returns:</source>
        <translation>重复退货：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Filter the tracking log and the lists below (Ctrl+F)</source>
        <translation>筛选跟踪记录及下方列表（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Units: select one to see only its history</source>
        <translation>产品：选中一个即只显示其履历(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;All units</source>
        <translation>全部产品(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tracking log</source>
        <translation>跟踪记录(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;lips</source>
        <translation>交接单(&amp;L)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;copy</source>
        <translation>打印副本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Repair records</source>
        <translation>维修记录(&amp;R)</translation>
    </message>
    <message>
        <source>Parts replaced in the selected repair:</source>
        <translation>所选维修中更换的零件：</translation>
    </message>
    <message>
        <source>&amp;Escalations &amp;&amp; decisions</source>
        <translation>升级处理&amp;&amp;决定(&amp;E)</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked: {name} was away</source>
        <translation>已锁定：{name} 暂时离开</translation>
    </message>
    <message>
        <source>Only {name} ({user}) can unlock this bench: enter your password, or scan your badge and enter your PIN.</source>
        <translation>只有 {name}（{user}）可以解锁此工作台：请输入密码，或扫描工牌并输入 PIN 码。</translation>
    </message>
    <message>
        <source>Only {name} ({user}) can unlock this bench: enter your password.</source>
        <translation>只有 {name}（{user}）可以解锁此工作台：请输入密码。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation>请先扫描工牌。</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入 PIN 码。</translation>
    </message>
    <message>
        <source>The bench is locked: unlock it first, then scan again.</source>
        <translation>工作台已锁定：请先解锁，再重新扫描。</translation>
    </message>
    <message>
        <source>This is not a badge code. Scan the badge again, or enter your password.</source>
        <translation>这不是工牌条码。请重新扫描工牌，或输入密码。</translation>
    </message>
    <message>
        <source>This badge is not {name}&apos;s. Only {name} can unlock; anyone else chooses Log out and then signs in.</source>
        <translation>这不是 {name} 的工牌。只有 {name} 可以解锁；其他人请点击“退出登录”，然后再登录。</translation>
    </message>
    <message>
        <source>Wrong password or PIN. After {limit} failed attempts in a row the account is locked.</source>
        <translation>密码或 PIN 码错误。连续失败 {limit} 次后账户将被锁定。</translation>
    </message>
    <message>
        <source>Only {name} can unlock this bench.</source>
        <translation>只有 {name} 可以解锁此工作台。</translation>
    </message>
    <message>
        <source>{reason} Choose Log out.</source>
        <translation>{reason}请点击“退出登录”。</translation>
    </message>
    <message>
        <source>Bench locked</source>
        <translation>工作台已锁定</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Badge:</source>
        <translation>工牌(&amp;B)：</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>扫描工牌</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>PIN 码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Someone else needs this bench? Choose Log out; they then sign in with their own badge or password. Nothing saved is lost.</source>
        <translation>其他人需要使用此工作台？请点击“退出登录”，然后由对方用自己的工牌或密码登录。已保存的内容不会丢失。</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message>
        <source>{text} is not a badge: scan your badge to sign in, or enter your user name.</source>
        <translation>{text} 不是工牌：请扫描工牌登录，或输入用户名。</translation>
    </message>
    <message>
        <source>PIN for {badge}</source>
        <translation>{badge} 的 PIN</translation>
    </message>
    <message>
        <source>This is not a badge code. Scan the badge again, or sign in with your user name.</source>
        <translation>这不是工牌条码。请重新扫描工牌，或用用户名登录。</translation>
    </message>
    <message>
        <source>Scan your badge, or enter your user name and password.</source>
        <translation>请扫描工牌，或输入用户名和密码。</translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation>请先扫描工牌。</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入 PIN 码。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>{user} must choose a new password: sign in with your user name and password.</source>
        <translation>{user} 必须设置新密码：请用用户名和密码登录。</translation>
    </message>
    <message>
        <source>You must choose your own password before you can continue.</source>
        <translation>您必须先设置自己的密码才能继续。</translation>
    </message>
    <message>
        <source>Sign in - After-sales repair bench</source>
        <translation>登录 - 售后维修工作台</translation>
    </message>
    <message>
        <source>After-sales repair bench</source>
        <translation>售后维修工作台</translation>
    </message>
    <message>
        <source>Scan your badge and enter your PIN, or sign in with your user name and password.</source>
        <translation>扫描工牌并输入 PIN 码，或使用用户名和密码登录。</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <source>&amp;Badge:</source>
        <translation>工牌(&amp;B)：</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>扫描工牌</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 至 8 位数字</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>用户名和密码</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>After-sales repair bench - {name}</source>
        <translation>售后维修工作台 - {name}</translation>
    </message>
    <message>
        <source>Signed in: {name} ({roles})</source>
        <translation>当前用户：{name}（{roles}）</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message>
        <source>Record a &amp;duty…</source>
        <translation>记录职责事项(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Warranty terms…</source>
        <translation>保修条款(&amp;W)…</translation>
    </message>
    <message>
        <source>After-sales repair bench - {station} - {name}</source>
        <translation>售后维修工作台 - {station} - {name}</translation>
    </message>
    <message>
        <source>Station: {station}</source>
        <translation>工位：{station}</translation>
    </message>
    <message>
        <source>Times: shop time {zone}</source>
        <translation>时间：工厂时区 {zone}</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <source>Fixture</source>
        <translation>测试治具</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>DISCONNECTED - reconnecting</source>
        <translation>已断开 - 正在重连</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>{device}: {state}</source>
        <translation>{device}：{state}</translation>
    </message>
    <message>
        <source>Scan {text} kept: it is used when this window is closed.</source>
        <translation>扫描的 {text} 已保留：关闭此窗口后使用。</translation>
    </message>
    <message>
        <source>Unit {serial} is not in any RMA.</source>
        <translation>产品 {serial} 不属于任何售后单。</translation>
    </message>
    <message>
        <source>This code is not a unit, RMA, slip or badge: {text}</source>
        <translation>此条码不是产品、售后单、交接单或工牌：{text}</translation>
    </message>
    <message>
        <source>No record {number}.</source>
        <translation>没有记录 {number}。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履历</translation>
    </message>
    <message>
        <source>RMA no. or unit serial number:</source>
        <translation>售后单号或产品序列号：</translation>
    </message>
    <message>
        <source>{count} RMAs loaded at {time}.</source>
        <translation>{time} 已载入 {count} 张售后单。</translation>
    </message>
    <message>
        <source>The RMA list could not be loaded: the database cannot be reached. Check the network or ask the administrator, then choose Retry.</source>
        <translation>无法载入售后单列表：数据库无法连接。请检查网络或联系管理员，然后点击“重试”。</translation>
    </message>
    <message>
        <source>The database cannot be reached. The list below is from {time} and may be out of date; choose Retry to reload it.</source>
        <translation>数据库无法连接。下方列表为 {time} 的数据，可能已过时；点击“重试”重新载入。</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>详情：{detail}</translation>
    </message>
    <message>
        <source>The database cannot be reached.</source>
        <translation>数据库无法连接。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Units of {rma_no} ({count})</source>
        <translation>{rma_no} 的产品（{count}）</translation>
    </message>
    <message>
        <source>{total} RMAs</source>
        <translation>共 {total} 张</translation>
    </message>
    <message>
        <source>{shown} found in the RMAs received since {date}; scroll down or press Enter to search older ones</source>
        <translation>在 {date} 以来接收的售后单中找到 {shown} 张；向下滚动或按回车键搜索更早的售后单</translation>
    </message>
    <message>
        <source>{shown} found so far, not every RMA searched yet; scroll down or press Enter to search on</source>
        <translation>目前找到 {shown} 张，尚未搜索全部售后单；向下滚动或按回车键继续搜索</translation>
    </message>
    <message>
        <source>More than {shown} of {total} RMAs</source>
        <translation>超过 {shown} 张 / 共 {total} 张</translation>
    </message>
    <message>
        <source>{shown} of {total} RMAs</source>
        <translation>显示 {shown} / 共 {total} 张</translation>
    </message>
    <message>
        <source>After-sales repair bench</source>
        <translation>售后维修工作台</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>All RMAs</source>
        <translation>全部售后单</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>RMA no., customer, model, or scan a unit serial number</source>
        <translation>售后单号、客户、型号，或扫描产品序列号</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;tation</source>
        <translation>工位(&amp;T)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the list from the database (F5)</source>
        <translation>从数据库重新载入列表（F5）</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履历(&amp;H)…</translation>
    </message>
    <message>
        <source>Open the full history of an RMA or unit (Ctrl+H)</source>
        <translation>打开售后单或产品的完整履历（Ctrl+H）</translation>
    </message>
    <message>
        <source>&amp;Change station…</source>
        <translation>切换工位(&amp;C)…</translation>
    </message>
    <message>
        <source>Work at another station your roles allow (F2)</source>
        <translation>切换到你的角色允许的其他工位（F2）</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>锁定(&amp;K)</translation>
    </message>
    <message>
        <source>Lock the screen while you are away (Ctrl+Shift+L)</source>
        <translation>离开时锁定屏幕（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>Sign out and return to the sign-in window</source>
        <translation>退出当前用户，返回登录窗口</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>&amp;Escalate</source>
        <translation>升级处理(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Write what the supervisor needs to know: the note is required.</source>
        <translation>请写明主管需要了解的情况：备注为必填项。</translation>
    </message>
</context>
<context>
    <name>PackingView</name>
    <message>
        <source>RMA</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Repair loops</source>
        <translation>返修次数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On slip</source>
        <translation>所在交接单</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>交接单</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>交出人</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>&amp;To pack ({n})</source>
        <translation>待包装（{n}）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Packed, to business ({n})</source>
        <translation>已包装，待交业务（{n}）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Incoming slips ({n})</source>
        <translation>待接收交接单（{n}）(&amp;I)</translation>
    </message>
    <message>
        <source>No units are waiting to be packed.</source>
        <translation>没有待包装的产品。</translation>
    </message>
    <message>
        <source>Counted {n} of {total}: the count matches; pack them.</source>
        <translation>已清点 {n} / {total}：数量相符，请包装。</translation>
    </message>
    <message>
        <source>Counted {n} of {total}: scan each unit as it goes into the box.</source>
        <translation>已清点 {n} / {total}：每个产品装箱时扫描一次。</translation>
    </message>
    <message>
        <source>Counted {n} of {total}: the count does not match, nothing was packed. Not counted yet: {missing}.</source>
        <translation>已清点 {n} / {total}：数量不符，未包装任何产品。尚未清点：{missing}。</translation>
    </message>
    <message numerus="yes">
        <source>Packed %n unit(s) of {rma_no}; the tracking log is marked complete. Next: hand the forms to business.</source>
        <translation>
            <numerusform>已包装 {rma_no} 的 %n 个产品；跟踪记录已标记完成。下一步：将表单交给业务部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a packed unit of the RMA to hand over, or scan it.</source>
        <translation>请选择或扫描要移交的售后单中一个已包装的产品。</translation>
    </message>
    <message>
        <source>{rma_no} has no packed units to hand over.</source>
        <translation>{rma_no} 没有可移交的已包装产品。</translation>
    </message>
    <message>
        <source>Select the slip to receive, or scan its QR code.</source>
        <translation>请选择要接收的交接单，或扫描其二维码。</translation>
    </message>
    <message>
        <source>{text} is neither a unit serial nor an RMA number.</source>
        <translation>{text} 既不是产品序列号，也不是售后单号。</translation>
    </message>
    <message>
        <source>{serial} was already counted.</source>
        <translation>{serial} 已清点过。</translation>
    </message>
    <message>
        <source>{serial} counted: {n} of {total}.</source>
        <translation>{serial} 已清点：{n} / {total}。</translation>
    </message>
    <message>
        <source>{serial} is already packed.</source>
        <translation>{serial} 已包装。</translation>
    </message>
    <message>
        <source>{serial} is on incoming slip {slip_no}: receive the slip first.</source>
        <translation>{serial} 在待接收交接单 {slip_no} 上：请先接收该交接单。</translation>
    </message>
    <message>
        <source>{serial} is not at Packing: it is neither waiting to be packed, nor packed, nor on an incoming slip.</source>
        <translation>{serial} 不在包装工位：既不是待包装，也不是已包装，也不在待接收的交接单上。</translation>
    </message>
    <message>
        <source>{rma_no} has no units at Packing.</source>
        <translation>包装工位没有 {rma_no} 的产品。</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>&amp;To pack</source>
        <translation>待包装(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>RMA, customer, model…</source>
        <translation>售后单、客户、型号…</translation>
    </message>
    <message>
        <source>Scan s&amp;erial:</source>
        <translation>扫描序列号(&amp;E)：</translation>
    </message>
    <message>
        <source>Scan each unit as it goes into the box</source>
        <translation>每个产品装箱时扫描一次</translation>
    </message>
    <message>
        <source>RMAs with units at packing</source>
        <translation>有产品在包装工位的售后单</translation>
    </message>
    <message>
        <source>Units of the selected RMA: scan each one to count it</source>
        <translation>所选售后单的产品：逐个扫描清点</translation>
    </message>
    <message>
        <source>&amp;Count again</source>
        <translation>重新清点(&amp;C)</translation>
    </message>
    <message>
        <source>Pack the counted units and mark the tracking log complete</source>
        <translation>包装已清点的产品，并将跟踪记录标记为完成</translation>
    </message>
    <message>
        <source>Pac&amp;k</source>
        <translation>包装(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Packed, to business</source>
        <translation>已包装，待交业务(&amp;P)</translation>
    </message>
    <message>
        <source>RMA, serial, customer…</source>
        <translation>售后单、序列号、客户…</translation>
    </message>
    <message>
        <source>Hand the selected RMA&apos;s packed units and forms to business with a signed transfer slip</source>
        <translation>将所选售后单的已包装产品和表单连同已签名的交接单移交业务部</translation>
    </message>
    <message>
        <source>Hand forms to &amp;business…</source>
        <translation>表单移交业务部(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Incoming slips</source>
        <translation>待接收交接单(&amp;I)</translation>
    </message>
    <message>
        <source>Slip, RMA, giver…</source>
        <translation>交接单、售后单、交出人…</translation>
    </message>
    <message>
        <source>Count the units from QC in by scanning and countersign the slip</source>
        <translation>扫描清点品质 (QC) 交来的产品，并会签交接单</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>接收(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>PartsModel</name>
    <message>
        <source>Ref. des.</source>
        <translation>位号</translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Date code</source>
        <translation>日期码</translation>
    </message>
</context>
<context>
    <name>PeriodReportDialog</name>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Monthly and quarterly reports</source>
        <translation>月报与季度汇总</translation>
    </message>
    <message>
        <source>Monthly repair report (售后维修月报)</source>
        <translation>售后维修月报</translation>
    </message>
    <message>
        <source>Quarterly complaint summary (客户投诉季度汇总)</source>
        <translation>客户投诉季度汇总</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Period (year, month or quarter):</source>
        <translation>期间（年、月或季度）(&amp;P)：</translation>
    </message>
    <message>
        <source>PDF (printed form)</source>
        <translation>PDF（打印表单）</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the file to save the report in.</source>
        <translation>请选择保存报表的文件。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>报表无法保存：{error}</translation>
    </message>
    <message>
        <source>Saved {path} ({size} bytes).</source>
        <translation>已保存 {path}（{size} 字节）。</translation>
    </message>
</context>
<context>
    <name>QcAnomalyTab</name>
    <message>
        <source>Form</source>
        <translation>表单号</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Responsible inspector</source>
        <translation>检验责任人</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>开单人</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Select a form to sign.</source>
        <translation>请选择要签署的表单。</translation>
    </message>
    <message>
        <source>This form is already signed.</source>
        <translation>此表单已签署。</translation>
    </message>
    <message>
        <source>Only {name} can sign form {form_no}.</source>
        <translation>只有 {name} 可以签署表单 {form_no}。</translation>
    </message>
    <message>
        <source>Confirm the escaped defect with your signature</source>
        <translation>签名确认漏检缺陷</translation>
    </message>
    <message>
        <source>You are the responsible inspector for {form_no}.</source>
        <translation>你是 {form_no} 的检验责任人。</translation>
    </message>
    <message>
        <source>Select the form to sign.</source>
        <translation>请选择要签署的表单。</translation>
    </message>
    <message>
        <source>QC anomaly feedback form {form_no}: you confirm the defect on unit {serial} ({defect}) escaped your inspection</source>
        <translation>品质检验异常反馈表 {form_no}：本人确认产品 {serial} 的缺陷（{defect}）为本人检验漏检</translation>
    </message>
    <message>
        <source>Form {form_no} signed.</source>
        <translation>表单 {form_no} 已签署。</translation>
    </message>
    <message>
        <source>Select the form to print.</source>
        <translation>请先选择要打印的表单。</translation>
    </message>
    <message>
        <source>Signed by {name}, {at}</source>
        <translation>{name} 已签署，{at}</translation>
    </message>
    <message>
        <source>Waiting for {name}</source>
        <translation>等待 {name}</translation>
    </message>
</context>
<context>
    <name>QcHandoverTab</name>
    <message>
        <source>Goes to</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>On open slip</source>
        <translation>未完成交接单</translation>
    </message>
    <message>
        <source>Sign a transfer slip for the selected units of one RMA</source>
        <translation>为同一售后单的所选产品签署交接单</translation>
    </message>
    <message>
        <source>Select the units to hand over to {station} first.</source>
        <translation>请先选择要移交给{station}的产品。</translation>
    </message>
    <message>
        <source>One slip covers one RMA: select units of only one of {rmas}.</source>
        <translation>一张交接单只对应一个售后单：请只选择 {rmas} 中某一个售后单的产品。</translation>
    </message>
    <message>
        <source>Repair: rework by the production line</source>
        <translation>维修：由生产线返工</translation>
    </message>
    <message>
        <source>Repair: repair engineer</source>
        <translation>维修：维修工程师</translation>
    </message>
</context>
<context>
    <name>QcIntakeTab</name>
    <message>
        <source>Count the selected slip&apos;s units in and accept or refuse it</source>
        <translation>清点所选交接单上的产品，然后接收或拒收</translation>
    </message>
    <message>
        <source>Select the slip to receive.</source>
        <translation>请选择要接收的交接单。</translation>
    </message>
</context>
<context>
    <name>QcReinspectionTab</name>
    <message>
        <source>Scan or select a repaired unit: re-test it on the fixture, then OQC.</source>
        <translation>扫描或选择已维修的产品：先在测试治具上复测，再做 OQC。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{serial}&lt;/b&gt; of {rma_no}, {model} for {customer}: {state}; repair loops {loops}</source>
        <translation>&lt;b&gt;{serial}&lt;/b&gt;（{rma_no}，{model}，客户 {customer}）：{state}；返修次数 {loops}</translation>
    </message>
    <message>
        <source>Re-test the selected unit on the fixture (F9)</source>
        <translation>在测试治具上复测所选产品（F9）</translation>
    </message>
    <message>
        <source>The fixture tests one unit at a time: select one unit</source>
        <translation>治具一次只测一台产品：请只选择一台</translation>
    </message>
    <message>
        <source>Sign the fixture&apos;s re-test result to record it</source>
        <translation>签署治具复测结果以记录</translation>
    </message>
    <message>
        <source>There is no re-test result to sign.</source>
        <translation>没有可签署的复测结果。</translation>
    </message>
    <message>
        <source>Select a unit that waits for re-inspection first.</source>
        <translation>请先选择待复检的产品。</translation>
    </message>
    <message>
        <source>re-inspection test verdict {verdict}, entered by hand, for {count} units of {rma_no}: {serials}</source>
        <translation>{rma_no} 的 {count} 台产品的复检测试判定 {verdict}，手工录入：{serials}</translation>
    </message>
    <message>
        <source>re-inspection test verdict {verdict} for unit {serial}, entered by hand</source>
        <translation>产品 {serial} 的复检测试判定 {verdict}，手工录入</translation>
    </message>
    <message>
        <source>re-inspection test result {verdict} from the fixture for unit {serial}</source>
        <translation>产品 {serial} 的复检测试结果 {verdict}，来自测试治具</translation>
    </message>
    <message>
        <source>Select a unit that waits for OQC first.</source>
        <translation>请先选择待 OQC 检验的产品。</translation>
    </message>
    <message>
        <source>Choose PASS or FAIL for the OQC inspection.</source>
        <translation>请为 OQC 检验选择 PASS 或 FAIL。</translation>
    </message>
    <message>
        <source>OQC full inspection verdict {verdict} for unit {serial}</source>
        <translation>产品 {serial} 的 OQC 全检判定 {verdict}</translation>
    </message>
    <message>
        <source>OQC full inspection verdict {verdict} for {count} units of {rma_no}: {serials}</source>
        <translation>{rma_no} 的 {count} 台产品的 OQC 全检判定 {verdict}：{serials}</translation>
    </message>
    <message>
        <source>{count} units of {rma_no} failed {what}: {serials}. They go back to repair, or to the production supervisor past the loop limit; see the list.</source>
        <translation>{rma_no} 的 {count} 台产品{what}不合格：{serials}。它们退回维修，超过返修次数上限的交生产主管处理；详见列表。</translation>
    </message>
    <message>
        <source>{count} units of {rma_no} passed the re-test: {serials}. OQC full inspection next.</source>
        <translation>{rma_no} 的 {count} 台产品复测合格：{serials}。下一步 OQC 全检。</translation>
    </message>
    <message>
        <source>{count} units of {rma_no} passed OQC: {serials}. Ready to pack: hand them over to packing in tab 5.</source>
        <translation>{rma_no} 的 {count} 台产品 OQC 合格：{serials}。待包装：请在标签页 5 移交包装。</translation>
    </message>
    <message>
        <source>{serial} passed the re-test: OQC full inspection next.</source>
        <translation>{serial} 复测合格：下一步 OQC 全检。</translation>
    </message>
    <message>
        <source>{serial} passed OQC: ready to pack. Hand it over to packing in tab 5.</source>
        <translation>{serial} OQC 合格：待包装。请在标签页 5 移交包装。</translation>
    </message>
    <message>
        <source>the re-test</source>
        <translation>复测</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} units&lt;/b&gt; of {rma_no} selected: one signature records each of them.</source>
        <translation>已选择 {rma_no} 的 &lt;b&gt;{count} 台产品&lt;/b&gt;：签名一次，逐台记录。</translation>
    </message>
    <message>
        <source>Units of different RMAs or steps are selected: select units of one RMA that wait for the same step.</source>
        <translation>所选产品属于不同售后单或处于不同步骤：请选择同一售后单中等待同一步骤的产品。</translation>
    </message>
    <message>
        <source>OQC</source>
        <translation>OQC</translation>
    </message>
    <message>
        <source>{serial} failed {what}: repair loop {loops}, over the limit of {limit}. It stays at QC, locked, and the production supervisor decides.</source>
        <translation>{serial} 未通过{what}：第 {loops} 次返修，已超过上限 {limit} 次。产品留在品质部并锁定，由生产主管决定。</translation>
    </message>
    <message>
        <source>{serial} failed {what} and goes back to repair: repair loop {loops} of at most {limit}. Hand it over to repair in tab 5.</source>
        <translation>{serial} 未通过{what}，退回维修：第 {loops} 次返修（最多 {limit} 次）。请在标签页 5 移交维修。</translation>
    </message>
</context>
<context>
    <name>QcScreeningTab</name>
    <message>
        <source>Returns</source>
        <translation>退货次数</translation>
    </message>
    <message>
        <source>Returned {n} time(s) before</source>
        <translation>此前已退回 {n} 次</translation>
    </message>
    <message>
        <source>Defect code:</source>
        <translation>缺陷代码：</translation>
    </message>
    <message>
        <source>Choose the inspector who passed it…</source>
        <translation>选择当时放行它的检验员…</translation>
    </message>
    <message>
        <source>{name} ({user}): {roles}</source>
        <translation>{name}（{user}）：{roles}</translation>
    </message>
    <message>
        <source>Scan or select a unit: test it on the fixture, then check it by eye.</source>
        <translation>扫描或选择产品：先在测试治具上测试，再目检。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{serial}&lt;/b&gt; of {rma_no}, {model} for {customer}: {state}</source>
        <translation>&lt;b&gt;{serial}&lt;/b&gt;（{rma_no}，{model}，客户 {customer}）：{state}</translation>
    </message>
    <message>
        <source>Fixture test: &lt;b&gt;{verdict}&lt;/b&gt; by {tester}.</source>
        <translation>治具测试：&lt;b&gt;{verdict}&lt;/b&gt;，测试员 {tester}。</translation>
    </message>
    <message>
        <source>Test the selected unit on the fixture (F9)</source>
        <translation>在测试治具上测试所选产品（F9）</translation>
    </message>
    <message>
        <source>Screening test of {serial}: {verdict} recorded from the fixture ({n} measurements). Now the visual check.</source>
        <translation>{serial} 筛查测试：已从治具记录 {verdict}（{n} 项测量）。下一步：目检。</translation>
    </message>
    <message>
        <source>Select a unit that waits for screening first.</source>
        <translation>请先选择待筛查的产品。</translation>
    </message>
    <message>
        <source>screening test verdict {verdict} for unit {serial}, entered by hand</source>
        <translation>产品 {serial} 的筛查测试判定 {verdict}，手工录入</translation>
    </message>
    <message>
        <source>Verdict by hand: &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>手工判定：&lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Screening test of {serial}: {verdict} recorded by hand. Now the visual check.</source>
        <translation>{serial} 筛查测试：已手工记录 {verdict}。下一步：目检。</translation>
    </message>
    <message>
        <source>Select a tested unit first.</source>
        <translation>请先选择已测试的产品。</translation>
    </message>
    <message>
        <source>Choose PASS or FAIL for the visual check.</source>
        <translation>请为目检选择 PASS 或 FAIL。</translation>
    </message>
    <message>
        <source>Outcome a, no fault found (test PASS, visual PASS): {serial} goes to the QC supervisor for review. It must not go back to the customer without a decision.</source>
        <translation>结果 a，无故障 (NFF)（测试 PASS，目检 PASS）：{serial} 转品质主管评审。未经决定不得退回客户。</translation>
    </message>
    <message>
        <source>Outcome b, defect seen: an anomaly feedback form waits for {name}&apos;s signature, and {serial} goes to the production team lead for rework. Hand it over to repair in tab 5.</source>
        <translation>结果 b，发现缺陷：品质检验异常反馈表等待 {name} 签名，{serial} 转班组长返工。请在标签页 5 移交维修。</translation>
    </message>
    <message>
        <source>Outcome c, test FAIL and nothing visible: {serial} goes to the repair engineer. Hand it over to repair in tab 5.</source>
        <translation>结果 c，测试 FAIL 且目检未发现问题：{serial} 转维修工程师。请在标签页 5 移交维修。</translation>
    </message>
    <message>
        <source>{serial}: screening recorded ({outcome}).</source>
        <translation>{serial}：筛查已记录（{outcome}）。</translation>
    </message>
</context>
<context>
    <name>QcView</name>
    <message>
        <source>RMA</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>交接单</translation>
    </message>
    <message>
        <source>From</source>
        <translation>交出工位</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收工位</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>产品数</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>交出人</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Repair loops</source>
        <translation>返修次数</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Showing {rma_no} only</source>
        <translation>仅显示 {rma_no}</translation>
    </message>
    <message>
        <source>&amp;1 Intake ({n})</source>
        <translation>&amp;1 接收（{n}）</translation>
    </message>
    <message>
        <source>&amp;2 Screening ({n})</source>
        <translation>&amp;2 筛查（{n}）</translation>
    </message>
    <message>
        <source>&amp;3 Anomaly forms ({n})</source>
        <translation>&amp;3 异常反馈表（{n}）</translation>
    </message>
    <message>
        <source>&amp;4 Re-inspection / OQC ({n})</source>
        <translation>&amp;4 复检 / OQC（{n}）</translation>
    </message>
    <message>
        <source>&amp;5 Hand over ({n})</source>
        <translation>&amp;5 移交（{n}）</translation>
    </message>
    <message>
        <source>Needs one of the roles: {roles}.</source>
        <translation>需要以下角色之一：{roles}。</translation>
    </message>
    <message>
        <source>No test fixture is set up on this bench: enter the verdict by hand</source>
        <translation>本工作台未设置测试治具：请手工录入判定</translation>
    </message>
    <message>
        <source>Only if the fixture gives no result: you sign the verdict</source>
        <translation>仅在治具没有结果时使用：由你签署判定</translation>
    </message>
    <message>
        <source>user #{id}</source>
        <translation>用户 #{id}</translation>
    </message>
    <message>
        <source>{loops} of {limit}</source>
        <translation>{loops} / {limit}</translation>
    </message>
    <message>
        <source>Fixture: none set up (verdicts by hand)</source>
        <translation>测试治具：未设置（手工判定）</translation>
    </message>
    <message>
        <source>Fixture: {state}</source>
        <translation>测试治具：{state}</translation>
    </message>
    <message>
        <source>{rma_no} has no units, slips or forms at QC now.</source>
        <translation>{rma_no} 目前在品质部没有产品、交接单或表单。</translation>
    </message>
    <message>
        <source>This code is not a unit serial or an RMA no.: {text}</source>
        <translation>此条码不是产品序列号或售后单号：{text}</translation>
    </message>
    <message>
        <source>Unit {serial} is at QC but {state}: no QC work on it now.</source>
        <translation>产品 {serial} 在品质部，但状态为“{state}”：目前无需品质作业。</translation>
    </message>
    <message>
        <source>Unit {serial} is not on any QC list: it is at another station, or not registered. Check the label.</source>
        <translation>产品 {serial} 不在任何品质部列表中：它在其他工位，或未登记。请核对标签。</translation>
    </message>
    <message>
        <source>Select a unit that waits for this test first.</source>
        <translation>请先选择等待此项测试的产品。</translation>
    </message>
    <message>
        <source>Testing needs one of the roles: {roles}.</source>
        <translation>测试需要以下角色之一：{roles}。</translation>
    </message>
    <message>
        <source>No test fixture is set up on this bench: nothing was tested. Enter the verdict by hand (signed) if the unit was tested another way.</source>
        <translation>本工作台未设置测试治具：未进行任何测试。如果产品已用其他方式测试，请手工录入判定（需签名）。</translation>
    </message>
    <message>
        <source>The fixture is still testing {serial}.</source>
        <translation>测试治具仍在测试 {serial}。</translation>
    </message>
    <message>
        <source>The fixture is busy with {serial}; wait for its result.</source>
        <translation>测试治具正在测试 {serial}，请等待结果。</translation>
    </message>
    <message>
        <source>The fixture is closed: nothing was tested.</source>
        <translation>测试治具已关闭：未进行任何测试。</translation>
    </message>
    <message>
        <source>Testing {serial}…</source>
        <translation>正在测试 {serial}…</translation>
    </message>
    <message>
        <source>Fixture verdict: &lt;b&gt;{verdict}&lt;/b&gt; ({fixture})</source>
        <translation>治具判定：&lt;b&gt;{verdict}&lt;/b&gt;（{fixture}）</translation>
    </message>
    <message>
        <source>Fixture verdict: &lt;b&gt;{verdict}&lt;/b&gt; ({fixture}); sign it to record it</source>
        <translation>治具判定：&lt;b&gt;{verdict}&lt;/b&gt;（{fixture}）；签名后才会记录</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>无判定</translation>
    </message>
    <message>
        <source>The fixture gave no verdict for {serial}: {problem} Nothing was recorded. Test again, or enter the verdict by hand (signed).</source>
        <translation>测试治具未给出 {serial} 的判定：{problem}未记录任何内容。请重新测试，或手工录入判定（需签名）。</translation>
    </message>
    <message>
        <source>QC</source>
        <translation>品质部</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>扫描(&amp;C)：</translation>
    </message>
    <message>
        <source>Scan a unit serial or an RMA no., then Enter</source>
        <translation>扫描产品序列号或售后单号，然后按 Enter</translation>
    </message>
    <message>
        <source>Sho&amp;w all RMAs</source>
        <translation>显示全部售后单(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新载入(&amp;L)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Slips addressed to QC. Check the count against the after-sales service form: receive counts the units by scanning and accepts or refuses the slip (signed).</source>
        <translation>交给品质部的交接单。请对照售后单核对数量：接收时扫描清点产品，然后接收或拒收该交接单（需签名）。</translation>
    </message>
    <message>
        <source>Search slips…</source>
        <translation>搜索交接单…</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>接收(&amp;R)…</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>筛查</translation>
    </message>
    <message>
        <source>Search units…</source>
        <translation>搜索产品…</translation>
    </message>
    <message>
        <source>1. Fixture test</source>
        <translation>1. 治具测试</translation>
    </message>
    <message>
        <source>Run fixture &amp;test (F9)</source>
        <translation>运行治具测试（F9）(&amp;T)</translation>
    </message>
    <message>
        <source>No fixture result? Verdict by hand (signed):</source>
        <translation>治具无结果？手工判定（需签名）：</translation>
    </message>
    <message>
        <source>Test PA&amp;SS…</source>
        <translation>测试 PASS(&amp;S)…</translation>
    </message>
    <message>
        <source>Test FA&amp;IL…</source>
        <translation>测试 FAIL(&amp;I)…</translation>
    </message>
    <message>
        <source>2. Visual check</source>
        <translation>2. 目检</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>判定：</translation>
    </message>
    <message>
        <source>Looks &amp;good (PASS)</source>
        <translation>外观良好（PASS）(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Defect seen (FAIL)</source>
        <translation>发现缺陷（FAIL）(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;efect:</source>
        <translation>缺陷(&amp;E)：</translation>
    </message>
    <message>
        <source>What is wrong, where (e.g. U12 cold solder joint)</source>
        <translation>问题和位置（例如 U12 虚焊）</translation>
    </message>
    <message>
        <source>Res&amp;ponsible inspector:</source>
        <translation>检验责任人(&amp;P)：</translation>
    </message>
    <message>
        <source>Record &amp;visual check</source>
        <translation>记录目检结果(&amp;V)</translation>
    </message>
    <message>
        <source>Anomaly forms</source>
        <translation>异常反馈表</translation>
    </message>
    <message>
        <source>QC anomaly feedback forms (品质检验异常反馈表) raised by a visual FAIL at screening. Only the responsible inspector can sign a form, to confirm the escaped defect.</source>
        <translation>首次筛查目检 FAIL 时开出的品质检验异常反馈表。只有检验责任人可以签署，以确认漏检缺陷。</translation>
    </message>
    <message>
        <source>Search forms…</source>
        <translation>搜索表单…</translation>
    </message>
    <message>
        <source>Show signed &amp;forms too</source>
        <translation>同时显示已签署的表单(&amp;F)</translation>
    </message>
    <message>
        <source>Si&amp;gn form…</source>
        <translation>签署表单(&amp;G)…</translation>
    </message>
    <message>
        <source>Print the selected 品质检验异常反馈表 on the A4 printer; a reprint is marked 副本 / COPY</source>
        <translation>在 A4 打印机上打印所选的品质检验异常反馈表；重印时标注“副本”</translation>
    </message>
    <message>
        <source>Print for&amp;m</source>
        <translation>打印表单(&amp;M)</translation>
    </message>
    <message>
        <source>Re-inspection / OQC</source>
        <translation>复检 / OQC</translation>
    </message>
    <message>
        <source>1. Re-test on the fixture (tester signs)</source>
        <translation>1. 治具复测（测试员签名）</translation>
    </message>
    <message>
        <source>Sign test &amp;result…</source>
        <translation>签署测试结果(&amp;R)…</translation>
    </message>
    <message>
        <source>By hand:</source>
        <translation>手工判定：</translation>
    </message>
    <message>
        <source>2. OQC full inspection (OQC inspector signs)</source>
        <translation>2. OQC 全检（OQC 检验员签名）</translation>
    </message>
    <message>
        <source>&amp;Accept (PASS)</source>
        <translation>合格（PASS）(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject (FAIL)</source>
        <translation>不合格（FAIL）(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Required for a FAIL: what was found</source>
        <translation>FAIL 时必填：发现了什么问题</translation>
    </message>
    <message>
        <source>Sign and record &amp;OQC…</source>
        <translation>签名并记录 OQC(&amp;O)…</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Units that leave QC. Select units of one RMA (Ctrl+click for several), then hand them over: the slip lists them, you sign it and print it.</source>
        <translation>离开品质部的产品。选择同一售后单的产品（按住 Ctrl 单击可多选），然后移交：交接单会列出这些产品，由你签名并打印。</translation>
    </message>
    <message>
        <source>Hand over to &amp;repair…</source>
        <translation>移交维修(&amp;R)…</translation>
    </message>
    <message>
        <source>Hand over to &amp;packing…</source>
        <translation>移交包装(&amp;P)…</translation>
    </message>
    <message>
        <source>Slips given by QC, waiting for the receiver to count them:</source>
        <translation>品质部已交出、等待接收方清点的交接单：</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Receive slip {slip_no}</source>
        <translation>接收交接单 {slip_no}</translation>
    </message>
    <message numerus="yes">
        <source>Slip {slip_no} for RMA {rma_no}: %n unit(s) declared</source>
        <translation>
            <numerusform>售后单 {rma_no} 的交接单 {slip_no}：申报 %n 个产品</numerusform>
        </translation>
    </message>
    <message>
        <source>{giver_station}, handed over by {giver} at {time}, to {receiver_station}</source>
        <translation>{giver_station} → {receiver_station}，由 {giver} 于 {time} 移交</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>请选择原因…</translation>
    </message>
    <message>
        <source>✔ {who}, signed {time}: valid (shop certificate, unchanged since signing).</source>
        <translation>✔ {who}，签名于 {time}：有效（本厂证书，签名后未被改动）。</translation>
    </message>
    <message>
        <source>✘ No stored slip PDF: refuse the handover (the transfer slip is missing).</source>
        <translation>✘ 没有存档的交接单 PDF：请拒收（缺少交接单）。</translation>
    </message>
    <message>
        <source>✘ {who}, signed {time}: NOT valid: {problem} ({reason}). Refuse the handover.</source>
        <translation>✘ {who}，签名于 {time}：无效：{problem}（{reason}）。请拒收。</translation>
    </message>
    <message>
        <source>Not on the slip: set it aside</source>
        <translation>不在交接单上：请放在一边</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已清点</translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation>尚未扫描</translation>
    </message>
    <message>
        <source>That is a slip&apos;s code. Finish counting slip {slip_no} first, or close this window.</source>
        <translation>这是交接单的条码。请先完成交接单 {slip_no} 的清点，或关闭此窗口。</translation>
    </message>
    <message>
        <source>{text} is not a unit serial number: scan the serial label on the unit.</source>
        <translation>{text} 不是产品序列号：请扫描产品上的序列号标签。</translation>
    </message>
    <message>
        <source>Unit {serial} is already counted.</source>
        <translation>产品 {serial} 已清点过。</translation>
    </message>
    <message>
        <source>Unit {serial} is not on slip {slip_no}: set it aside, it is not part of this handover.</source>
        <translation>产品 {serial} 不在交接单 {slip_no} 上：请放在一边，它不属于本次交接。</translation>
    </message>
    <message>
        <source>Unit {serial} counted: {counted} of {declared}.</source>
        <translation>产品 {serial} 已清点：{counted} / {declared}。</translation>
    </message>
    <message>
        <source>Declared: {declared}    Counted: {counted}    Missing: {missing}    Not on the slip: {extra}</source>
        <translation>申报：{declared}    已清点：{counted}    缺少：{missing}    不在单上：{extra}</translation>
    </message>
    <message>
        <source>Missing: {serials}</source>
        <translation>缺少：{serials}</translation>
    </message>
    <message>
        <source>Not on the slip: {serials}</source>
        <translation>不在交接单上：{serials}</translation>
    </message>
    <message>
        <source>Accept is not possible: the slip did not verify. Refuse the handover.</source>
        <translation>无法接收：交接单验证未通过。请拒收。</translation>
    </message>
    <message>
        <source>Scan each unit in the box to count it in.</source>
        <translation>逐个扫描箱内产品进行清点。</translation>
    </message>
    <message>
        <source>All {declared} units counted. Accept and sign to take them over.</source>
        <translation>{declared} 个产品已全部清点。请接收并签名以接管。</translation>
    </message>
    <message>
        <source>Accept needs every unit on the slip scanned and nothing else ({counted} counted, {declared} declared). Scan the missing units, or refuse the handover.</source>
        <translation>必须扫描交接单上的每个产品且不含其他产品才能接收（已清点 {counted}，申报 {declared}）。请扫描缺少的产品，或拒收。</translation>
    </message>
    <message numerus="yes">
        <source>receive %n unit(s) on slip {slip_no} from {giver_station}</source>
        <translation>
            <numerusform>接收来自{giver_station}的交接单 {slip_no} 上的 %n 个产品</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying and countersigning the slip…</source>
        <translation>正在验证并会签交接单…</translation>
    </message>
    <message>
        <source>{problem} The refusal is recorded and signed; the units stay with {giver_station} and the dispute goes to the supervisor.</source>
        <translation>{problem} 拒收已记录并签名；产品留在{giver_station}，争议转交主管处理。</translation>
    </message>
    <message numerus="yes">
        <source>Slip {slip_no} accepted and countersigned: %n unit(s) now at {station}.</source>
        <translation>
            <numerusform>交接单 {slip_no} 已接收并会签：%n 个产品现在在{station}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the reason for the refusal.</source>
        <translation>请选择拒收原因。</translation>
    </message>
    <message>
        <source>refuse slip {slip_no} from {giver_station}: {reason}</source>
        <translation>拒收来自{giver_station}的交接单 {slip_no}：{reason}</translation>
    </message>
    <message>
        <source>Countersigning the refusal…</source>
        <translation>正在会签拒收…</translation>
    </message>
    <message>
        <source>Slip {slip_no} refused ({reason}); the refusal is signed, the units stay with {giver_station} and the dispute goes to the supervisor.</source>
        <translation>交接单 {slip_no} 已拒收（{reason}）；拒收已签名，产品留在{giver_station}，争议转交主管处理。</translation>
    </message>
</context>
<context>
    <name>ReceivingForm</name>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>e.g. PCBA-MC200-V3</source>
        <translation>例如 PCBA-MC200-V3</translation>
    </message>
    <message>
        <source>Shelf or bin (optional)</source>
        <translation>货架或料盒（可选）</translation>
    </message>
    <message>
        <source>Delivery note or order no. (optional)</source>
        <translation>送货单号或订单号（选填）</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>e.g. WO-2609-011 (optional)</source>
        <translation>例如 WO-2609-011（选填）</translation>
    </message>
    <message>
        <source>e.g. 2636 (optional)</source>
        <translation>例如 2636（选填）</translation>
    </message>
    <message>
        <source>No delivery given: the complaint-notice rule (0.5 % of the delivered quantity) cannot be evaluated for this return.</source>
        <translation>未填写送货批次：无法对本次退货判定客户投诉规则（交货数量的 0.5 %）。</translation>
    </message>
    <message>
        <source>Delivered quantity not known: the complaint-notice rule cannot be evaluated unless the delivery is on record with its quantity.</source>
        <translation>交货数量未知：除非该送货批次已登记数量，否则无法判定客户投诉规则。</translation>
    </message>
    <message>
        <source>The customer declared {declared}, {counted} counted: the difference is recorded on the form.</source>
        <translation>客户申报 {declared}，实际清点 {counted}：差异已记录在表单上。</translation>
    </message>
    <message numerus="yes">
        <source>%n serial(s) will be generated when you save, one label per unit.</source>
        <translation>
            <numerusform>保存时将生成 %n 个序列号，每个产品一张标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {counted} units scanned.</source>
        <translation>已扫描 {n} / {counted} 个产品。</translation>
    </message>
    <message>
        <source>{n} of {counted} units scanned: scan every unit counted, or correct the counted quantity.</source>
        <translation>已扫描 {n} / {counted} 个产品：请扫描清点到的每个产品，或更正清点数量。</translation>
    </message>
    <message>
        <source>The scanned serials were removed: the units get generated serials.</source>
        <translation>已移除扫描的序列号：产品将使用生成的序列号。</translation>
    </message>
    <message>
        <source>{text} is not a unit serial. Scan the serial label on the unit.</source>
        <translation>{text} 不是产品序列号。请扫描产品上的序列号标签。</translation>
    </message>
    <message>
        <source>Generate serials is ticked: untick it to scan the units&apos; own serials.</source>
        <translation>已勾选“生成序列号”：要扫描产品自带的序列号，请取消勾选。</translation>
    </message>
    <message>
        <source>{serial} is already on the list: each unit is scanned once.</source>
        <translation>{serial} 已在列表中：每个产品只扫描一次。</translation>
    </message>
    <message>
        <source>Lot {lot}, date code {code}</source>
        <translation>批号 {lot}，周期码 {code}</translation>
    </message>
    <message>
        <source>Scan each unit&apos;s serial, or tick Generate serials if the units carry none.</source>
        <translation>请扫描每个产品的序列号；如果产品没有序列号，请勾选“生成序列号”。</translation>
    </message>
    <message numerus="yes">
        <source>Saved {rma_no}: %n unit(s) registered for {customer}. Write {rma_no} on the paper form.</source>
        <translation>
            <numerusform>{rma_no} 已保存：已为 {customer} 登记 %n 个产品。请在纸质表单上写上 {rma_no}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared {declared}, counted {counted}: recorded.</source>
        <translation>申报 {declared}，清点 {counted}：已记录。</translation>
    </message>
    <message>
        <source>Repeat return: check the earlier repair records.</source>
        <translation>重复退货：请查看以前的维修记录。</translation>
    </message>
    <message>
        <source>{rma_no} saved.</source>
        <translation>{rma_no} 已保存。</translation>
    </message>
    <message>
        <source>{rma_no} saved. The form was changed while it was saving and is kept as it is now: remove the units already saved before saving it again.</source>
        <translation>{rma_no} 已保存。保存期间表单有改动，已按当前内容保留：再次保存前请先移除已保存的产品。</translation>
    </message>
    <message>
        <source>{rma_no} saved. Repeat return: {serials}.</source>
        <translation>{rma_no} 已保存。重复退货：{serials}。</translation>
    </message>
    <message>
        <source>{serial}: return #{ordinal} within {days} days (earlier: {rmas})</source>
        <translation>{serial}：{days} 天内第 {ordinal} 次退货（之前：{rmas}）</translation>
    </message>
    <message>
        <source>{serial}: return #{ordinal}, the last one {days} days ago (earlier: {rmas})</source>
        <translation>{serial}：第 {ordinal} 次退货，上次在 {days} 天前（之前：{rmas}）</translation>
    </message>
    <message>
        <source>{rma_no} is saved, but no printer is set up on this computer: the labels were not printed. Set up a printer, then choose Print labels.</source>
        <translation>{rma_no} 已保存，但本机未设置打印机：标签未打印。请设置打印机，然后点击“打印标签”。</translation>
    </message>
    <message>
        <source>{rma_no} is saved, but the labels were not printed: {reason}</source>
        <translation>{rma_no} 已保存，但标签未打印：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) of {rma_no} printed.</source>
        <translation>
            <numerusform>已打印 {rma_no} 的 %n 张标签。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivingView</name>
    <message>
        <source>Repeat return</source>
        <translation>重复退货</translation>
    </message>
    <message>
        <source>return #{n}</source>
        <translation>第 {n} 次退货</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>On slip</source>
        <translation>所在交接单</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>交接单</translation>
    </message>
    <message>
        <source>From</source>
        <translation>交出工位</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>产品数</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>交出人</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Co&amp;rrect RMA…</source>
        <translation>更正售后单(&amp;R)…</translation>
    </message>
    <message>
        <source>Correct the selected RMA&apos;s customer or model before its first handover</source>
        <translation>在首次交接前更正所选售后单的客户或型号</translation>
    </message>
    <message>
        <source>&amp;Waiting for QC ({n})</source>
        <translation>待交品质部（{n}）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Incoming slips ({n})</source>
        <translation>待接收交接单（{n}）(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;hipping ({n})</source>
        <translation>发货（{n}）(&amp;H)</translation>
    </message>
    <message>
        <source>First &amp;contact ({n})</source>
        <translation>首次联络（{n}）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Follow-up ({n})</source>
        <translation>售后回访（{n}）(&amp;F)</translation>
    </message>
    <message>
        <source>Select a unit of the RMA to hand over, or scan it.</source>
        <translation>请选择要移交的售后单中的产品，或扫描该产品。</translation>
    </message>
    <message>
        <source>{rma_no} has no units waiting for handover to QC.</source>
        <translation>{rma_no} 没有等待移交品质部的产品。</translation>
    </message>
    <message>
        <source>Select a unit of the RMA to correct.</source>
        <translation>请选择要更正的售后单的一个单元。</translation>
    </message>
    <message>
        <source>{rma_no} corrected: {old} → {new}</source>
        <translation>{rma_no} 已更正：{old} → {new}</translation>
    </message>
    <message>
        <source>Select the slip to receive, or scan its QR code.</source>
        <translation>请选择要接收的交接单，或扫描其二维码。</translation>
    </message>
    <message>
        <source>{text} is neither a unit serial nor an RMA number.</source>
        <translation>{text} 既不是产品序列号，也不是售后单号。</translation>
    </message>
    <message>
        <source>{serial} is on incoming slip {slip_no}: receive the slip first.</source>
        <translation>{serial} 在待接收交接单 {slip_no} 上：请先接收该交接单。</translation>
    </message>
    <message>
        <source>{serial} is not at Receiving &amp; Shipping: it is neither waiting for QC, nor on an incoming slip, nor ready to ship.</source>
        <translation>{serial} 不在业务部收发：它既不是待交品质部，也不在待接收交接单上，也不是待发货。</translation>
    </message>
    <message>
        <source>{rma_no} has no units at Receiving &amp; Shipping.</source>
        <translation>{rma_no} 没有产品在业务部收发。</translation>
    </message>
    <message>
        <source>Receiving &amp; Shipping</source>
        <translation>业务部收发</translation>
    </message>
    <message>
        <source>&amp;New return</source>
        <translation>新建退货(&amp;N)</translation>
    </message>
    <message>
        <source>After-sales service form</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>姓名（可选）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>&amp;Model (part no.):</source>
        <translation>型号（料号）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Declared quantity:</source>
        <translation>申报数量(&amp;D)：</translation>
    </message>
    <message>
        <source>The quantity the customer&apos;s papers state.</source>
        <translation>客户单据上写明的数量。</translation>
    </message>
    <message>
        <source>C&amp;ounted quantity:</source>
        <translation>清点数量(&amp;O)：</translation>
    </message>
    <message>
        <source>The units actually in the box, counted on receipt.</source>
        <translation>收货时实际清点的箱内产品数量。</translation>
    </message>
    <message>
        <source>Com&amp;plaint:</source>
        <translation>投诉内容(&amp;P)：</translation>
    </message>
    <message>
        <source>What the customer reports (投诉内容)</source>
        <translation>客户反映的问题（投诉内容）</translation>
    </message>
    <message>
        <source>&amp;Requirement:</source>
        <translation>客户需求(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>费用类型(&amp;B)：</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>交期(&amp;U)：</translation>
    </message>
    <message>
        <source>Ba&amp;tch problem (the line reworks every unit)</source>
        <translation>批量问题（生产线返工全部产品）(&amp;T)</translation>
    </message>
    <message>
        <source>Stor&amp;age location:</source>
        <translation>存放位置(&amp;A)：</translation>
    </message>
    <message>
        <source>Deli&amp;very / order no.:</source>
        <translation>送货单/订单号(&amp;V)：</translation>
    </message>
    <message>
        <source>The customer&apos;s delivery note or order the returned units came in (optional)</source>
        <translation>退回产品所属的客户送货单或订单（选填）</translation>
    </message>
    <message>
        <source>Delivered &amp;quantity:</source>
        <translation>交货数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>How many units the customer received in that delivery (0 = not known)</source>
        <translation>客户在该批次收到的产品数量（0 = 未知）</translation>
    </message>
    <message>
        <source>S&amp;hipped on:</source>
        <translation>出货日期(&amp;H)：</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Production &amp;lot / work order:</source>
        <translation>生产批号/工单(&amp;L)：</translation>
    </message>
    <message>
        <source>Recorded on each unit scanned from now on (and on generated units)</source>
        <translation>记录到此后扫描的每个产品上（以及自动生成序列号的产品）</translation>
    </message>
    <message>
        <source>Date c&amp;ode:</source>
        <translation>周期码(&amp;O)：</translation>
    </message>
    <message>
        <source>Unit serials</source>
        <translation>产品序列号</translation>
    </message>
    <message>
        <source>&amp;Generate serials (the units carry none)</source>
        <translation>生成序列号（产品无序列号）(&amp;G)</translation>
    </message>
    <message>
        <source>Scan s&amp;erial:</source>
        <translation>扫描序列号(&amp;E)：</translation>
    </message>
    <message>
        <source>Scan each unit; Enter on an empty field saves</source>
        <translation>逐个扫描产品；在空白栏按 Enter 即保存</translation>
    </message>
    <message>
        <source>Remove the selected serials (Delete)</source>
        <translation>移除所选序列号（Delete）</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Save the service form and register the units (Ctrl+S)</source>
        <translation>保存售后单并登记产品（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Print &amp;labels</source>
        <translation>打印标签(&amp;L)</translation>
    </message>
    <message>
        <source>Hand over to &amp;QC…</source>
        <translation>移交品质部(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Waiting for QC</source>
        <translation>待交品质部(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>RMA, serial, customer, model…</source>
        <translation>售后单、序列号、客户、型号…</translation>
    </message>
    <message>
        <source>Hand the selected RMA&apos;s units to the QC packer with a signed transfer slip</source>
        <translation>用已签名的交接单把所选售后单的产品移交给品质部包装员</translation>
    </message>
    <message>
        <source>&amp;Incoming slips</source>
        <translation>待接收交接单(&amp;I)</translation>
    </message>
    <message>
        <source>Slip, RMA, giver…</source>
        <translation>交接单、售后单、交出人…</translation>
    </message>
    <message>
        <source>Count the packed units in by scanning and countersign the slip</source>
        <translation>扫描清点已包装的产品，并在交接单上会签</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>接收(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;hipping</source>
        <translation>发货(&amp;H)</translation>
    </message>
    <message>
        <source>RMA, customer, model…</source>
        <translation>售后单、客户、型号…</translation>
    </message>
    <message>
        <source>Scan each unit going into the box</source>
        <translation>逐个扫描装箱的产品</translation>
    </message>
    <message>
        <source>RMAs with units ready to ship</source>
        <translation>有待发货产品的售后单</translation>
    </message>
    <message>
        <source>Units of the selected RMA (tick or scan what goes into the box)</source>
        <translation>所选售后单的产品（勾选或扫描要装箱的产品）</translation>
    </message>
    <message>
        <source>Shipping note</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>承运商(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Tracking no.:</source>
        <translation>运单号(&amp;T)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>收货地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Where the parcel goes (the customer&apos;s last address is offered)</source>
        <translation>包裹寄往的地址（默认填入该客户上次的地址）</translation>
    </message>
    <message>
        <source>Package label</source>
        <translation>外箱标签</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Issue the signed shipping note and ship the ticked units</source>
        <translation>开具已签名的发货单，并发出已勾选的产品</translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation>发货(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>RepairNoteDialog</name>
    <message>
        <source>Escalate</source>
        <translation>升级处理</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>RepairView</name>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>SMT placement</source>
        <translation>SMT 贴片</translation>
    </message>
    <message>
        <source>Reflow soldering</source>
        <translation>回流焊</translation>
    </message>
    <message>
        <source>Wave soldering</source>
        <translation>波峰焊</translation>
    </message>
    <message>
        <source>Manual soldering</source>
        <translation>手工焊接</translation>
    </message>
    <message>
        <source>AOI inspection</source>
        <translation>AOI 检测</translation>
    </message>
    <message>
        <source>Functional test</source>
        <translation>功能测试</translation>
    </message>
    <message>
        <source>Incoming inspection</source>
        <translation>来料检验</translation>
    </message>
    <message>
        <source>Final inspection</source>
        <translation>成品检验</translation>
    </message>
    <message>
        <source>Packing and shipping</source>
        <translation>包装出货</translation>
    </message>
    <message>
        <source>Customer use</source>
        <translation>客户使用</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产部</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品质部</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术部</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购部</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务部</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Save record</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>交接单</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>交出人</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date}（已逾期）</translation>
    </message>
    <message>
        <source>{date} (today)</source>
        <translation>{date}（今天）</translation>
    </message>
    <message>
        <source>{state}, on slip {slip}</source>
        <translation>{state}，在交接单 {slip} 上</translation>
    </message>
    <message>
        <source>Yes, {n} earlier</source>
        <translation>是，此前 {n} 次</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>返修次数</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复退货</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Choose the cause category</source>
        <translation>选择原因类别</translation>
    </message>
    <message>
        <source>Cause &amp;code:</source>
        <translation>原因代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose or type</source>
        <translation>选择或输入</translation>
    </message>
    <message>
        <source>Working time spent on this repair, in minutes</source>
        <translation>本次维修所用工时（分钟）</translation>
    </message>
    <message>
        <source>Incoming slips to repair ({n})</source>
        <translation>待接收交接单（{n}）</translation>
    </message>
    <message>
        <source>All units at repair ({n})</source>
        <translation>维修工位全部产品（{n}）</translation>
    </message>
    <message>
        <source>My queue ({n})</source>
        <translation>我的待办（{n}）</translation>
    </message>
    <message>
        <source>Select or scan a unit to fill in its repair record.</source>
        <translation>选择或扫描一个产品，填写其维修记录。</translation>
    </message>
    <message>
        <source>Unit {serial} of {rma_no}: {model}, {customer}</source>
        <translation>{rma_no} 的产品 {serial}：{model}，{customer}</translation>
    </message>
    <message numerus="yes">
        <source>re-inspection failed %n time(s)</source>
        <translation>
            <numerusform>复检不合格 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>repeat return ({n} earlier)</source>
        <translation>重复退货（此前 {n} 次）</translation>
    </message>
    <message>
        <source>Customer complaint: {text}</source>
        <translation>客户投诉：{text}</translation>
    </message>
    <message>
        <source>Only a repair engineer or a production team lead can record repairs; you can look at the units.</source>
        <translation>只有维修工程师或班组长可以登记维修；您只能查看产品。</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>First confirm the due date ({due}) or escalate it: the repair record can be saved only after that.</source>
        <translation>请先确认交期（{due}）或升级处理，之后才能保存维修记录。</translation>
    </message>
    <message>
        <source>Escalated: waiting for the supervisor&apos;s decision.</source>
        <translation>已升级处理：等待主管决定。</translation>
    </message>
    <message>
        <source>Done here: hand it over to QC.</source>
        <translation>本工位已完成：请移交品质 (QC)。</translation>
    </message>
    <message>
        <source>Unit state: {state}.</source>
        <translation>产品状态：{state}。</translation>
    </message>
    <message>
        <source>symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>cause category</source>
        <translation>原因类别</translation>
    </message>
    <message>
        <source>responsible process</source>
        <translation>责任工序</translation>
    </message>
    <message>
        <source>responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>actions taken</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>repair time</source>
        <translation>维修时间</translation>
    </message>
    <message>
        <source>Part row {row}: enter both the reference designator and the part number, or remove the row. Nothing was saved.</source>
        <translation>零件第 {row} 行：请同时填写位号和料号，或删除该行。未保存任何内容。</translation>
    </message>
    <message>
        <source>Select or scan the unit the repair record is for.</source>
        <translation>请选择或扫描此维修记录对应的产品。</translation>
    </message>
    <message>
        <source>Confirm the due date of unit {serial} first (or escalate it). Nothing was saved.</source>
        <translation>请先确认产品 {serial} 的交期（或升级处理）。未保存任何内容。</translation>
    </message>
    <message>
        <source>The repair record is incomplete. Fill in: {fields}. Nothing was saved.</source>
        <translation>维修记录不完整，请填写：{fields}。未保存任何内容。</translation>
    </message>
    <message>
        <source>Repair record of unit {serial} saved. Hand it over to QC when the units of {rma_no} are done.</source>
        <translation>产品 {serial} 的维修记录已保存。{rma_no} 的产品全部完成后，请移交品质 (QC)。</translation>
    </message>
    <message>
        <source>Due date of unit {serial} confirmed.</source>
        <translation>产品 {serial} 的交期已确认。</translation>
    </message>
    <message>
        <source>Due date cannot be met</source>
        <translation>无法按期完成</translation>
    </message>
    <message>
        <source>Unit {serial} ({rma_no}) cannot be finished by {due}. Say why and what is needed; the production supervisor decides.</source>
        <translation>产品 {serial}（{rma_no}）无法在 {due} 前完成。请说明原因和所需支持，由生产主管决定。</translation>
    </message>
    <message>
        <source>Unit {serial} escalated to the production supervisor: the due date cannot be met.</source>
        <translation>产品 {serial} 已升级至生产主管处理：无法按期完成。</translation>
    </message>
    <message>
        <source>Cannot find the fault</source>
        <translation>查不出故障</translation>
    </message>
    <message>
        <source>Unit {serial} ({rma_no}): describe what was tested and found; the production supervisor decides how to go on.</source>
        <translation>产品 {serial}（{rma_no}）：请说明测试了哪些项目、发现了什么，由生产主管决定下一步。</translation>
    </message>
    <message>
        <source>Unit {serial} escalated to the production supervisor: the fault cannot be found.</source>
        <translation>产品 {serial} 已升级至生产主管处理：查不出故障。</translation>
    </message>
    <message>
        <source>Select the slip to receive, or scan its QR code.</source>
        <translation>请选择要接收的交接单，或扫描其二维码。</translation>
    </message>
    <message>
        <source>No repaired or returning unit waits to go to QC.</source>
        <translation>没有待移交品质 (QC) 的已维修或未修复转回产品。</translation>
    </message>
    <message>
        <source>Units of several RMAs are ready for QC ({rmas}): select a unit of the RMA to hand over first.</source>
        <translation>多个售后单的产品待移交品质 (QC)（{rmas}）：请先选择要移交的售后单中的一个产品。</translation>
    </message>
    <message numerus="yes">
        <source>Slip {slip_no}: %n unit(s) of {rma_no} handed over to QC.</source>
        <translation>
            <numerusform>交接单 {slip_no}：{rma_no} 的 %n 个产品已移交品质 (QC)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Slip {slip_no} is not waiting to be received at repair.</source>
        <translation>交接单 {slip_no} 不在维修工位待接收。</translation>
    </message>
    <message>
        <source>{code} is not a unit serial or an RMA number. Scan the unit&apos;s label or the RMA barcode.</source>
        <translation>{code} 不是产品序列号或售后单号。请扫描产品标签或售后单条码。</translation>
    </message>
    <message>
        <source>Unit {serial} is on slip {slip_no}, not yet received at repair: receive the slip first.</source>
        <translation>产品 {serial} 在交接单 {slip_no} 上，维修工位尚未接收：请先接收该交接单。</translation>
    </message>
    <message>
        <source>Unit {serial} is not at the repair station. Check the label, or look the unit up in the RMA list.</source>
        <translation>产品 {serial} 不在维修工位。请核对标签，或在售后单列表中查找该产品。</translation>
    </message>
    <message>
        <source>Unit {serial} was received by someone else: showing all units at repair.</source>
        <translation>产品 {serial} 已由他人接收：显示维修工位的全部产品。</translation>
    </message>
    <message>
        <source>No unit of {rma_no} is at the repair station.</source>
        <translation>维修工位没有 {rma_no} 的产品。</translation>
    </message>
    <message>
        <source>Showing the units of {rma_no}.</source>
        <translation>显示 {rma_no} 的产品。</translation>
    </message>
    <message>
        <source>Repair / rework</source>
        <translation>维修 / 返工</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>扫描(&amp;S)：</translation>
    </message>
    <message>
        <source>Unit serial or RMA number, then Enter</source>
        <translation>产品序列号或售后单号，然后按 Enter</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>搜索(&amp;H)：</translation>
    </message>
    <message>
        <source>Filter the lists</source>
        <translation>筛选列表</translation>
    </message>
    <message>
        <source>Show a&amp;ll units at repair</source>
        <translation>显示维修工位全部产品(&amp;L)</translation>
    </message>
    <message>
        <source>Reload the lists from the database (F5)</source>
        <translation>从数据库重新载入列表（F5）</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Incoming slips to repair</source>
        <translation>待接收交接单</translation>
    </message>
    <message>
        <source>Scan the slip&apos;s QR code, or select it and choose Receive.</source>
        <translation>扫描交接单二维码，或选中后点击“接收”。</translation>
    </message>
    <message>
        <source>Rece&amp;ive…</source>
        <translation>接收(&amp;I)…</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>Confirm that the selected unit can be finished by the RMA&apos;s due date</source>
        <translation>确认所选产品能在售后单交期前完成</translation>
    </message>
    <message>
        <source>Confirm &amp;due date</source>
        <translation>确认交期(&amp;D)</translation>
    </message>
    <message>
        <source>The due date cannot be met: escalate to the production supervisor with a note</source>
        <translation>无法按期完成：附说明升级至生产主管处理</translation>
    </message>
    <message>
        <source>Cannot &amp;meet – escalate…</source>
        <translation>无法按期 – 升级处理(&amp;M)…</translation>
    </message>
    <message>
        <source>The fault cannot be found: escalate to the supervisor with a note</source>
        <translation>查不出故障：附说明升级至主管处理</translation>
    </message>
    <message>
        <source>Cannot find fa&amp;ult…</source>
        <translation>查不出故障(&amp;U)…</translation>
    </message>
    <message>
        <source>Count, sign and print a transfer slip for repaired units of one RMA</source>
        <translation>为同一售后单的已维修产品清点、签名并打印交接单</translation>
    </message>
    <message>
        <source>Hand over to &amp;QC…</source>
        <translation>移交品质(&amp;Q)…</translation>
    </message>
    <message>
        <source>Repair record</source>
        <translation>维修记录</translation>
    </message>
    <message>
        <source>S&amp;ymptom:</source>
        <translation>故障现象(&amp;Y)：</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>根本原因(&amp;C)：</translation>
    </message>
    <message>
        <source>Cause cate&amp;gory:</source>
        <translation>原因类别(&amp;G)：</translation>
    </message>
    <message>
        <source>Responsible pr&amp;ocess:</source>
        <translation>责任工序(&amp;O)：</translation>
    </message>
    <message>
        <source>Responsible de&amp;partment:</source>
        <translation>责任部门(&amp;P)：</translation>
    </message>
    <message>
        <source>Actio&amp;ns taken:</source>
        <translation>处理措施(&amp;N)：</translation>
    </message>
    <message>
        <source>Parts &amp;replaced:</source>
        <translation>更换零件(&amp;R)：</translation>
    </message>
    <message>
        <source>Add a row for a replaced part (Insert in the table)</source>
        <translation>为更换的零件添加一行（在表格中按 Insert）</translation>
    </message>
    <message>
        <source>&amp;Add part</source>
        <translation>添加零件(&amp;A)</translation>
    </message>
    <message>
        <source>Remove the selected part row (Delete in the table)</source>
        <translation>删除所选零件行（在表格中按 Delete）</translation>
    </message>
    <message>
        <source>Remo&amp;ve part</source>
        <translation>删除零件(&amp;V)</translation>
    </message>
    <message>
        <source>Repair &amp;time:</source>
        <translation>维修时间(&amp;T)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Empty the form for this unit</source>
        <translation>清空此产品的表单</translation>
    </message>
    <message>
        <source>Cl&amp;ear form</source>
        <translation>清空表单(&amp;E)</translation>
    </message>
    <message>
        <source>Save the repair record (Ctrl+S)</source>
        <translation>保存维修记录（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save record (Ctrl+S)</source>
        <translation>保存记录（Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>RmaTableModel</name>
    <message>
        <source>RMA no.</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>产品状态</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a baud rate: choose one from the list, e.g. 9600 or 115200.</source>
        <translation>“{value}”不是波特率：请从列表中选择，例如 9600 或 115200。</translation>
    </message>
    <message>
        <source>{variable}={value} is set on this computer and decides the language, whatever is chosen here.</source>
        <translation>本机设置了 {variable}={value}，语言由它决定，与此处的选择无关。</translation>
    </message>
    <message>
        <source>A new language applies when benchapp starts the next time.</source>
        <translation>新语言将在 benchapp 下次启动时生效。</translation>
    </message>
    <message>
        <source>A new language applies when you save.</source>
        <translation>新语言在保存后生效。</translation>
    </message>
    <message>
        <source>The serial ports cannot be listed: {detail}</source>
        <translation>无法列出串口：{detail}</translation>
    </message>
    <message>
        <source>Serial ports found: {count}. Choose one from the list.</source>
        <translation>找到串口：{count} 个。请从列表中选择。</translation>
    </message>
    <message>
        <source>No serial ports found. Plug the device in (USB-COM mode), then Detect again.</source>
        <translation>未找到串口。请插上设备（USB-COM 模式），然后再点“检测”。</translation>
    </message>
    <message>
        <source>No port set: nothing to test.</source>
        <translation>未设置端口：无可测试。</translation>
    </message>
    <message>
        <source>{port}: {state} (in use by this bench).</source>
        <translation>{port}：{state}（本工作台正在使用）。</translation>
    </message>
    <message>
        <source>Connected: {port} opens.</source>
        <translation>已连接：{port} 可以打开。</translation>
    </message>
    <message>
        <source>Connected: {port} is {path} and opens.</source>
        <translation>已连接：{port} 即 {path}，可以打开。</translation>
    </message>
    <message>
        <source>Bench settings</source>
        <translation>工作台设置</translation>
    </message>
    <message>
        <source>This bench</source>
        <translation>本工作台</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>锁屏时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Minutes without keyboard, mouse or scanner input before the screen locks</source>
        <translation>无键盘、鼠标或扫描枪输入多少分钟后锁屏</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min without input</source>
        <translation> 分钟无输入</translation>
    </message>
    <message>
        <source>Barcode scanner (serial / USB-COM)</source>
        <translation>条码扫描枪（串口 / USB-COM）</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>List the serial ports of this computer</source>
        <translation>列出本机的串口</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>检测(&amp;D)</translation>
    </message>
    <message>
        <source>Open the port briefly to see whether the device is there</source>
        <translation>短暂打开端口，查看设备是否在线</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>波特率(&amp;B)：</translation>
    </message>
    <message>
        <source>Test fixture</source>
        <translation>测试治具</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>D&amp;etect</source>
        <translation>检测(&amp;E)</translation>
    </message>
    <message>
        <source>Te&amp;st</source>
        <translation>测试(&amp;S)</translation>
    </message>
    <message>
        <source>Ba&amp;ud rate:</source>
        <translation>波特率(&amp;U)：</translation>
    </message>
    <message>
        <source>A port is a path (/dev/ttyACM0, COM3) or a USB id VID:PID[:serial] (05e0:1200:S123), which stays right when the device moves to another socket. Leave it empty if the bench has no such device.</source>
        <translation>端口可以是路径（/dev/ttyACM0、COM3），也可以是 USB 标识 VID:PID[:序列号]（05e0:1200:S123）；用 USB 标识时，设备换插到其他 USB 口也不受影响。如果本工作台没有此类设备，请留空。</translation>
    </message>
</context>
<context>
    <name>ShippingTab</name>
    <message>
        <source>Repeat return</source>
        <translation>重复退货</translation>
    </message>
    <message>
        <source>return #{n}</source>
        <translation>第 {n} 次退货</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>费用类型</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{serial} is already ticked.</source>
        <translation>{serial} 已勾选。</translation>
    </message>
    <message>
        <source>{serial} ticked: {n} of {ready} in the box.</source>
        <translation>{serial} 已勾选：已装箱 {n} / {ready}。</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Shipped: {rma_no}
Customer: {customer}
Quantity: {n}
Serials: {serials}</source>
        <translation>已发货：{rma_no}
客户：{customer}
数量：{n}
序列号：{serials}</translation>
    </message>
    <message>
        <source>No units are ready to ship.</source>
        <translation>没有待发货的产品。</translation>
    </message>
    <message>
        <source>RMA: {rma_no}
Customer: {customer}
Model: {model}
Quantity: {n} of {ready} ready
Ship date: {date}
Serials: {serials}</source>
        <translation>售后单：{rma_no}
客户：{customer}
型号：{model}
数量：{n}（待发货共 {ready}）
发货日期：{date}
序列号：{serials}</translation>
    </message>
    <message>
        <source>(none ticked yet)</source>
        <translation>（尚未勾选）</translation>
    </message>
    <message>
        <source>Tick or scan the units going into the box.</source>
        <translation>请勾选或扫描装箱的产品。</translation>
    </message>
    <message>
        <source>Enter the carrier.</source>
        <translation>请输入承运商。</translation>
    </message>
    <message>
        <source>Enter the tracking number.</source>
        <translation>请输入运单号。</translation>
    </message>
    <message numerus="yes">
        <source>Ship %n unit(s) of {rma_no} to {customer} by {carrier}, tracking no. {tracking}: I issue this shipping note.</source>
        <translation>
            <numerusform>将 {rma_no} 的 %n 个产品经 {carrier} 发给 {customer}，运单号 {tracking}：本人开具此发货单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing the shipping note…</source>
        <translation>正在签署发货单…</translation>
    </message>
    <message numerus="yes">
        <source>Shipping note {note_no}: %n unit(s) of {rma_no} to {customer}, {carrier} {tracking}.</source>
        <translation>
            <numerusform>发货单 {note_no}：{rma_no} 的 %n 个产品发给 {customer}，{carrier} {tracking}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replacement units: {serials}.</source>
        <translation>替换产品：{serials}。</translation>
    </message>
    <message>
        <source>Customer complaint notice {notice_no} raised to QC: {bad} of {delivered} unit(s) delivered in {delivery_no} failed for production, inspection, material or design causes ({rate}; rule: 0.5 % or more).</source>
        <translation>已向品质部开出客户投诉通知书 {notice_no}：送货批次 {delivery_no} 交货 {delivered} 个，其中 {bad} 个因生产、检验、来料或设计原因不良（{rate}；规则：不良率 ≥ 0.5 %）。</translation>
    </message>
    <message>
        <source>Counted in the open complaint notice {notice_no} of delivery {delivery_no}: now {bad} of {delivered} unit(s) ({rate}).</source>
        <translation>已计入送货批次 {delivery_no} 未关闭的客户投诉通知书 {notice_no}：现为 {delivered} 个中 {bad} 个（{rate}）。</translation>
    </message>
    <message>
        <source>Delivery {delivery_no}: {bad} of {delivered} unit(s) with a non-customer cause ({rate}), already in a complaint notice.</source>
        <translation>送货批次 {delivery_no}：{delivered} 个中 {bad} 个为非客户原因（{rate}），已计入客户投诉通知书。</translation>
    </message>
    <message>
        <source>Delivery {delivery_no}: {bad} of {delivered} unit(s) with a non-customer cause ({rate}), below the 0.5 % of the complaint-notice rule.</source>
        <translation>送货批次 {delivery_no}：{delivered} 个中 {bad} 个为非客户原因（{rate}），低于客户投诉规则的 0.5 %。</translation>
    </message>
    <message>
        <source>Complaint-notice rule not evaluated: delivery {delivery_no} has no delivered quantity on record ({bad} unit(s) with a non-customer cause so far). Record the quantity the customer received (benchapp delivery correct).</source>
        <translation>未判定客户投诉规则：送货批次 {delivery_no} 未登记交货数量（目前有 {bad} 个非客户原因不良）。请登记客户实收数量（benchapp delivery correct）。</translation>
    </message>
    <message>
        <source>Complaint-notice rule not evaluated: {rma_no} names no delivery, so there is no delivered quantity to count {bad} unit(s) with a non-customer cause against.</source>
        <translation>未判定客户投诉规则：{rma_no} 未填写送货批次，{bad} 个非客户原因不良无交货数量可作分母。</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Electronic signature</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <source>You are signing: {meaning}</source>
        <translation>您正在签署：{meaning}</translation>
    </message>
    <message>
        <source>Signer: {name} ({user})</source>
        <translation>签名人：{name}（{user}）</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Scan your badge and enter your PIN, or enter your password.</source>
        <translation>扫描工牌并输入 PIN 码，或输入密码。</translation>
    </message>
    <message>
        <source>&amp;Badge:</source>
        <translation>工牌(&amp;B)：</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>PIN 码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>签名(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A badge and PIN can sign only after your first signature of this session, with user name and password: enter them.</source>
        <translation>本次会话中须先用用户名和密码签名一次，之后才能用工牌和 PIN 码签名：请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Enter the PIN of your badge.</source>
        <translation>请输入工牌的 PIN 码。</translation>
    </message>
    <message>
        <source>Enter your own user name ({user}).</source>
        <translation>请输入您本人的用户名（{user}）。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>StationChooserDialog</name>
    <message>
        <source>Receive returns, count and label the units; ship them back.</source>
        <translation>接收退货，清点产品并贴标签；发货退回客户。</translation>
    </message>
    <message>
        <source>Intake count, first screening, re-inspection and OQC.</source>
        <translation>接收清点、首次筛查、复检和 OQC。</translation>
    </message>
    <message>
        <source>Repair and rework with the repair record; escalations.</source>
        <translation>维修和返工，填写维修记录；升级处理。</translation>
    </message>
    <message>
        <source>Pack the inspected units and hand them over for shipping.</source>
        <translation>包装已检验的产品，移交发货。</translation>
    </message>
    <message>
        <source>Decide escalations; overdue work, statistics and reports.</source>
        <translation>决定升级处理事项；逾期工作、统计和报表。</translation>
    </message>
    <message>
        <source>{name}, which station do you work at on this bench now?</source>
        <translation>{name}，您现在在本工作台的哪个工位工作？</translation>
    </message>
    <message>
        <source>&amp;Open station</source>
        <translation>打开工位(&amp;O)</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>无工位</translation>
    </message>
    <message>
        <source>{name} ({roles}) has no station to work at: no workflow step belongs to these roles.</source>
        <translation>{name}（{roles}）没有可用的工位：这些角色不负责任何流程步骤。</translation>
    </message>
    <message>
        <source>Administrators manage users and settings with the command line (benchapp user …, benchapp config …). To work at a station, sign in with an account that has a station role.</source>
        <translation>管理员通过命令行管理用户和设置（benchapp user …、benchapp config …）。如需在工位作业，请使用具有工位角色的账户登录。</translation>
    </message>
    <message>
        <source>Choose your station</source>
        <translation>选择工位</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>What you do there</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Arrow keys and Enter, or the station&apos;s number key.</source>
        <translation>使用方向键和 Enter，或按工位的数字键。</translation>
    </message>
</context>
<context>
    <name>SupervisorCharts</name>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>来料</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>无故障 (NFF)</translation>
    </message>
    <message>
        <source>&amp;Monthly / quarterly reports…</source>
        <translation>月报 / 季度汇总(&amp;M)…</translation>
    </message>
    <message>
        <source>Units behind {bar} in {week}: {count}</source>
        <translation>{week} 中{bar}对应的产品：{count}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <source>Loading {week}…</source>
        <translation>正在载入 {week}…</translation>
    </message>
    <message>
        <source>Loading this week…</source>
        <translation>正在载入本周…</translation>
    </message>
    <message>
        <source>The database cannot be reached, so the figures cannot be read. Check the network, then choose Retry. ({detail})</source>
        <translation>数据库无法连接，无法读取统计数据。请检查网络，然后点击“重试”。（{detail}）</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>无法读取统计数据。</translation>
    </message>
    <message>
        <source>{week} ({monday} to {sunday}): {units} units, no fault found {nff}, on time {on_time}</source>
        <translation>{week}（{monday} 至 {sunday}）：{units} 个产品，无故障 {nff}，准时 {on_time}</translation>
    </message>
    <message>
        <source>No repairs this week</source>
        <translation>本周无维修</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>产品数</translation>
    </message>
    <message>
        <source>ISO week, {first} to {last}</source>
        <translation>ISO 周，{first} 至 {last}</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>累计 %</translation>
    </message>
    <message>
        <source>Units repaired</source>
        <translation>已维修产品数</translation>
    </message>
    <message>
        <source>No-fault-found rate</source>
        <translation>无故障率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>准时率</translation>
    </message>
    <message>
        <source>Repeat-repair rate</source>
        <translation>重复维修率</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>(click a bar or choose one)</source>
        <translation>（点击柱形或从列表中选择）</translation>
    </message>
    <message>
        <source>{bar}: {count}</source>
        <translation>{bar}：{count}</translation>
    </message>
    <message>
        <source>cause {name}</source>
        <translation>原因 {name}</translation>
    </message>
    <message>
        <source>model {name}</source>
        <translation>型号 {name}</translation>
    </message>
    <message>
        <source>department {name}</source>
        <translation>部门 {name}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>process {name}</source>
        <translation>工序 {name}</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Repair minutes</source>
        <translation>维修时长（分钟）</translation>
    </message>
    <message>
        <source>Repaired at</source>
        <translation>维修时间</translation>
    </message>
    <message>
        <source>{shown} of {count} units</source>
        <translation>显示 {shown} / 共 {count} 个产品</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} 个产品</translation>
    </message>
    <message>
        <source>Units behind a bar</source>
        <translation>柱形对应的产品</translation>
    </message>
    <message>
        <source>Weekly repair statistics</source>
        <translation>每周维修统计</translation>
    </message>
    <message>
        <source>ISO &amp;week:</source>
        <translation>ISO 周(&amp;W)：</translation>
    </message>
    <message>
        <source>Year of the ISO week</source>
        <translation>ISO 周所在年份</translation>
    </message>
    <message>
        <source>ISO week number (Monday to Sunday)</source>
        <translation>ISO 周序号（周一至周日）</translation>
    </message>
    <message>
        <source>The week before (PgUp)</source>
        <translation>上一周（PgUp）</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一周(&amp;P)</translation>
    </message>
    <message>
        <source>The week after (PgDown)</source>
        <translation>下一周（PgDown）</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一周(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>本周(&amp;T)</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>重新读取统计数据（F5）</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Failure causes (Pareto)</source>
        <translation>故障原因（柏拉图）</translation>
    </message>
    <message>
        <source>Weekly trend (52 weeks)</source>
        <translation>每周趋势（52 周）</translation>
    </message>
    <message>
        <source>Second &amp;line:</source>
        <translation>第二条曲线(&amp;L)：</translation>
    </message>
    <message>
        <source>Units by model</source>
        <translation>各型号产品数</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任分布</translation>
    </message>
    <message>
        <source>Split &amp;by:</source>
        <translation>分组方式(&amp;B)：</translation>
    </message>
    <message>
        <source>B&amp;ar:</source>
        <translation>柱形(&amp;A)：</translation>
    </message>
    <message>
        <source>Click a bar in a chart, or choose it here</source>
        <translation>在图表中点击柱形，或在此选择</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>RMA no., serial, model, root cause</source>
        <translation>售后单号、序列号、型号、根本原因</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the unit&apos;s history</source>
        <translation>双击或按 Enter 打开该产品的履历</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>Handover not counted in</source>
        <translation>交接未清点接收</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>联系客户</translation>
    </message>
    <message>
        <source>Complaint: customer contact</source>
        <translation>投诉：客户联络</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>投诉处理报告</translation>
    </message>
    <message>
        <source>Complaint closure</source>
        <translation>投诉结案</translation>
    </message>
    <message>
        <source>Follow-up after shipping</source>
        <translation>发货后回访</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Report in</source>
        <translation>报告已提交</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Implemented, to verify</source>
        <translation>已实施，待验证</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Reason / detail</source>
        <translation>原因 / 详情</translation>
    </message>
    <message>
        <source>Decided by: {roles}</source>
        <translation>决定人：{roles}</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>of a measurement</comment>
        <translation>单位</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Name(s), separated by commas; also people outside the system</source>
        <translation>姓名，多人用逗号分隔；系统外人员也可填写</translation>
    </message>
    <message>
        <source>Fixture data: no fixture measurements recorded for this unit.</source>
        <translation>治具数据：此机器没有治具测量记录。</translation>
    </message>
    <message>
        <source>screening test</source>
        <translation>首次筛查测试</translation>
    </message>
    <message>
        <source>re-test</source>
        <translation>复测</translation>
    </message>
    <message>
        <source>Fixture data: {stage} {at}, result {verdict}</source>
        <translation>治具数据：{stage} {at}，结果 {verdict}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>逾期时长</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知书</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>报告期限</translation>
    </message>
    <message>
        <source>Closure due</source>
        <translation>结案期限</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>Contacts / files</source>
        <translation>联络 / 文件</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Person found</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Preventive measure</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>RMA / notice</source>
        <translation>售后单 / 通知书</translation>
    </message>
    <message>
        <source>C&amp;lusters ({n})</source>
        <translation>集中问题（{n}）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Yields</source>
        <translation>良率(&amp;Y)</translation>
    </message>
    <message>
        <source>Slip {slip}: {giver} to {receiver}</source>
        <translation>交接单 {slip}：{giver} 交给 {receiver}</translation>
    </message>
    <message>
        <source>{route}. {note}</source>
        <translation>{route}。{note}</translation>
    </message>
    <message>
        <source>{count} unit(s) from {giver} to {receiver}, not counted in</source>
        <translation>{count} 个产品由 {giver} 交给 {receiver}，尚未清点接收</translation>
    </message>
    <message>
        <source>; escalated</source>
        <translation>；已升级处理</translation>
    </message>
    <message>
        <source>Contact the customer within {hours} working hours of acceptance</source>
        <translation>受理后 {hours} 个工作小时内联系客户</translation>
    </message>
    <message>
        <source>Follow up {days} working days after shipping</source>
        <translation>发货后 {days} 个工作日回访</translation>
    </message>
    <message>
        <source>Contact the customer within {hours} working hours</source>
        <translation>{hours} 个工作小时内联系客户</translation>
    </message>
    <message>
        <source>Major complaint: 8D report within {days} working days</source>
        <translation>重大投诉：{days} 个工作日内提交 8D 报告</translation>
    </message>
    <message>
        <source>General complaint: report within {days} working days</source>
        <translation>一般投诉：{days} 个工作日内提交报告</translation>
    </message>
    <message>
        <source>Closure within {days} working days</source>
        <translation>{days} 个工作日内结案</translation>
    </message>
    <message>
        <source>{process}: {status}</source>
        <translation>{process}：{status}</translation>
    </message>
    <message>
        <source>&amp;Overdue ({n})</source>
        <translation>逾期（{n}）(&amp;O)</translation>
    </message>
    <message>
        <source>All kinds ({n})</source>
        <translation>全部类型（{n}）</translation>
    </message>
    <message>
        <source>{kind} ({n})</source>
        <translation>{kind}（{n}）</translation>
    </message>
    <message>
        <source>{shown} of {total} open escalations</source>
        <translation>待决升级处理事项：显示 {shown} / 共 {total} 项</translation>
    </message>
    <message>
        <source>Select an escalation in the list.</source>
        <translation>请在列表中选择一项升级处理事项。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; — {rma}, {customer}, {model}</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; — 售后单 {rma}，客户 {customer}，型号 {model}</translation>
    </message>
    <message>
        <source>Unit(s): {units}</source>
        <translation>产品：{units}</translation>
    </message>
    <message>
        <source>Unit state: {state}</source>
        <translation>产品状态：{state}</translation>
    </message>
    <message>
        <source>Raised {at}, waiting {age}</source>
        <translation>上报于 {at}，已等待 {age}</translation>
    </message>
    <message>
        <source>Detail: {detail}</source>
        <translation>详情：{detail}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Decided by: {roles}. You can only view it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;决定人：{roles}。您只能查看。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Select an escalation to decide first.</source>
        <translation>请先选择要决定的升级处理事项。</translation>
    </message>
    <message>
        <source>{kind} is decided by: {roles}.</source>
        <translation>“{kind}”的决定人：{roles}。</translation>
    </message>
    <message>
        <source>Write the reason for the decision before signing: who took part and why.</source>
        <translation>签名前请写明决定理由：参与人员及原因。</translation>
    </message>
    <message>
        <source>Enter the replacement unit&apos;s serial number.</source>
        <translation>请输入补发产品的序列号。</translation>
    </message>
    <message>
        <source>{kind} is decided jointly: name who took part for {departments}.</source>
        <translation>{kind}须联合评审：请填写{departments}的参与人。</translation>
    </message>
    <message>
        <source>decision &quot;{decision}&quot; on {kind}, {rma} {units}</source>
        <translation>对“{kind}”作出决定“{decision}”，{rma} {units}</translation>
    </message>
    <message>
        <source>Signing the decision…</source>
        <translation>正在签署决定…</translation>
    </message>
    <message>
        <source>Decided and signed: {decision} for {rma} {units} (certificate {fingerprint}).</source>
        <translation>已决定并签署：{rma} {units} — {decision}（证书 {fingerprint}）。</translation>
    </message>
    <message>
        <source>{n} overdue handover(s) escalated: {slips}</source>
        <translation>{n} 项逾期交接已升级处理：{slips}</translation>
    </message>
    <message>
        <source>No new overdue handovers.</source>
        <translation>没有新的逾期交接。</translation>
    </message>
    <message>
        <source>Delivery {delivery_no} of {customer}: no delivered quantity on record, {n} unit(s) with a non-customer cause ({rmas})</source>
        <translation>{customer} 的送货批次 {delivery_no}：未登记交货数量，{n} 件为非客户原因不良（{rmas}）</translation>
    </message>
    <message>
        <source>{rmas} of {customer}: no delivery named, {n} unit(s) with a non-customer cause</source>
        <translation>{customer} 的 {rmas}：未填写送货批次，{n} 件为非客户原因不良</translation>
    </message>
    <message>
        <source>(the first {n}; `benchapp delivery unevaluated` lists all)</source>
        <translation>（仅显示前 {n} 条；`benchapp delivery unevaluated` 列出全部）</translation>
    </message>
    <message>
        <source>Complaint-notice rule (0.5 %) not evaluated, so no notice can be raised, for:</source>
        <translation>以下情况无法判定客户投诉规则（0.5 %），因此不能开出投诉通知书：</translation>
    </message>
    <message>
        <source>Write a note before signing.</source>
        <translation>签名前请填写说明。</translation>
    </message>
    <message>
        <source>Complaint notice {notice} closed and signed.</source>
        <translation>客户投诉通知书 {notice} 已结案并签名。</translation>
    </message>
    <message>
        <source>{notice} assigned to {owner}.</source>
        <translation>{notice} 已分派给 {owner}。</translation>
    </message>
    <message>
        <source>{notice} classified: {severity}.</source>
        <translation>{notice} 已定级：{severity}。</translation>
    </message>
    <message>
        <source>Customer contact recorded on {notice}.</source>
        <translation>已记录 {notice} 的客户联络。</translation>
    </message>
    <message>
        <source>Cannot read {file}: {detail}</source>
        <translation>无法读取 {file}：{detail}</translation>
    </message>
    <message>
        <source>Choose a PDF or image file to attach.</source>
        <translation>请选择要附加的 PDF 或图片文件。</translation>
    </message>
    <message>
        <source>{file} attached to {notice}.</source>
        <translation>{file} 已附加到 {notice}。</translation>
    </message>
    <message>
        <source>Select a complaint notice with a file first.</source>
        <translation>请先选择一份带有文件的投诉通知书。</translation>
    </message>
    <message>
        <source>{file} opened (SHA-256 {sha}).</source>
        <translation>已打开 {file}（SHA-256 {sha}）。</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>{file} exported to {path}.</source>
        <translation>{file} 已导出到 {path}。</translation>
    </message>
    <message>
        <source>Corrective action {ca} opened for {owner}.</source>
        <translation>已为 {owner} 新建纠正措施 {ca}。</translation>
    </message>
    <message>
        <source>Customer contacts are recorded by business (业务部): Receiving &amp; Shipping, tabs First contact and Follow-up.</source>
        <translation>客户联络由业务部记录：收发货站的“首次联络”和“回访”页。</translation>
    </message>
    <message>
        <source>Select a complaint notice first.</source>
        <translation>请先选择一份客户投诉通知书。</translation>
    </message>
    <message>
        <source>Major (8D)</source>
        <translation>重大 (8D)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>8D report</source>
        <translation>8D 报告</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>closing complaint notice {notice}</source>
        <translation>客户投诉通知书 {notice} 结案</translation>
    </message>
    <message>
        <source>Select a corrective action first.</source>
        <translation>请先选择一项纠正措施。</translation>
    </message>
    <message>
        <source>{ca} implemented</source>
        <translation>{ca} 已实施</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>实施内容(&amp;W)：</translation>
    </message>
    <message>
        <source>{ca} recorded as implemented; it waits for verification.</source>
        <translation>{ca} 已记录为已实施，等待验证。</translation>
    </message>
    <message>
        <source>First customer contact for {rma}</source>
        <translation>{rma} 首次客户联络</translation>
    </message>
    <message>
        <source>Follow-up after shipping for {rma}</source>
        <translation>{rma} 出货后回访</translation>
    </message>
    <message>
        <source>&amp;What the customer said:</source>
        <translation>客户反馈(&amp;W)：</translation>
    </message>
    <message>
        <source>Customer contact recorded for {rma}.</source>
        <translation>已记录 {rma} 的客户联络。</translation>
    </message>
    <message>
        <source>Select an overdue item first.</source>
        <translation>请先选择一个逾期项。</translation>
    </message>
    <message>
        <source>Close {notice}</source>
        <translation>结案 {notice}</translation>
    </message>
    <message>
        <source>Closing &amp;note:</source>
        <translation>结案说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Write the evidence in the note, then verify {ca}.</source>
        <translation>请在备注中填写验证依据，然后验证 {ca}。</translation>
    </message>
    <message>
        <source>corrective action {ca} verified effective</source>
        <translation>纠正措施 {ca} 验证有效</translation>
    </message>
    <message>
        <source>Corrective action {ca} verified and closed.</source>
        <translation>纠正措施 {ca} 已验证并结案。</translation>
    </message>
    <message>
        <source>corrective action {ca} not effective</source>
        <translation>纠正措施 {ca} 验证无效</translation>
    </message>
    <message>
        <source>Corrective action {ca} sent back to the process.</source>
        <translation>纠正措施 {ca} 已退回责任工序。</translation>
    </message>
    <message>
        <source>The statistics charts are not available: {detail}</source>
        <translation>统计图表不可用：{detail}</translation>
    </message>
    <message>
        <source>{n} open escalations for {code}; the oldest is selected.</source>
        <translation>{code} 有 {n} 项待决升级处理事项；已选中最早的一项。</translation>
    </message>
    <message>
        <source>No open escalation for {code}.</source>
        <translation>{code} 没有待决的升级处理事项。</translation>
    </message>
    <message>
        <source>&amp;Scan unit or RMA:</source>
        <translation>扫描产品或售后单(&amp;S)：</translation>
    </message>
    <message>
        <source>Scan or type a serial or RMA number, then Enter</source>
        <translation>扫描或输入序列号或售后单号，然后按 Enter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>待决事项(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>搜索待决事项</translation>
    </message>
    <message>
        <source>Show &amp;others&apos; escalations</source>
        <translation>显示他人的升级处理事项(&amp;O)</translation>
    </message>
    <message>
        <source>Also list escalations that other supervisors decide (read-only here)</source>
        <translation>同时列出由其他主管决定的升级处理事项（此处只读）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Fixture data:</source>
        <translation>治具数据：</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>决定(&amp;E)：</translation>
    </message>
    <message>
        <source>Re&amp;ason (required):</source>
        <translation>理由（必填）(&amp;A)：</translation>
    </message>
    <message>
        <source>Who took part and why this decision (required). Ctrl+Enter signs.</source>
        <translation>参与人员及作出此决定的原因（必填）。按 Ctrl+Enter 签名。</translation>
    </message>
    <message>
        <source>Re&amp;placement serial:</source>
        <translation>补发序列号(&amp;P)：</translation>
    </message>
    <message>
        <source>New d&amp;ue date:</source>
        <translation>新交期(&amp;U)：</translation>
    </message>
    <message>
        <source>Repair:</source>
        <translation>维修：</translation>
    </message>
    <message>
        <source>Production:</source>
        <translation>生产：</translation>
    </message>
    <message>
        <source>Tech:</source>
        <translation>技术：</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>业务：</translation>
    </message>
    <message>
        <source>Corrective actio&amp;n…</source>
        <translation>纠正措施(&amp;N)…</translation>
    </message>
    <message>
        <source>Open a corrective action from this no-fault-found or cannot-find-fault escalation (step 10)</source>
        <translation>根据此无故障或查不出故障的上报新建纠正措施（第 10 步）</translation>
    </message>
    <message>
        <source>Si&amp;gn decision…</source>
        <translation>签署决定(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Check overdue &amp;handovers</source>
        <translation>检查逾期交接(&amp;H)</translation>
    </message>
    <message>
        <source>Raise an escalation for every slip left uncounted past the shop&apos;s limit</source>
        <translation>对超过车间时限仍未清点接收的每张交接单提出升级处理</translation>
    </message>
    <message>
        <source>&amp;Work on it…</source>
        <translation>处理(&amp;W)…</translation>
    </message>
    <message>
        <source>Record the contact, attach the report, close, implement or verify: what the selected item waits for</source>
        <translation>记录联络、附加报告、结案、实施或验证：处理所选项目待办的事</translation>
    </message>
    <message>
        <source>Search overdue items</source>
        <translation>搜索逾期事项</translation>
    </message>
    <message>
        <source>Red: more than a day late. Yellow: late.</source>
        <translation>红色：逾期超过一天。黄色：已逾期。</translation>
    </message>
    <message>
        <source>&amp;Complaints &amp;&amp; actions</source>
        <translation>投诉 &amp;&amp; 纠正措施(&amp;C)</translation>
    </message>
    <message>
        <source>Customer complaint notices</source>
        <translation>客户投诉通知书</translation>
    </message>
    <message>
        <source>Ass&amp;ign…</source>
        <translation>分派(&amp;I)…</translation>
    </message>
    <message>
        <source>Give the notice to a QC engineer who works it to closure</source>
        <translation>将通知书分派给品质工程师，跟进至结案</translation>
    </message>
    <message>
        <source>Classif&amp;y…</source>
        <translation>定级(&amp;Y)…</translation>
    </message>
    <message>
        <source>重大 major: 8D within 5 working days; 一般 general: report within 2</source>
        <translation>重大：5 个工作日内提交 8D；一般：2 个工作日内提交报告</translation>
    </message>
    <message>
        <source>Record c&amp;ustomer contact…</source>
        <translation>记录客户联络(&amp;U)…</translation>
    </message>
    <message>
        <source>Within 2 working hours of the notice: time, person, channel, note</source>
        <translation>通知书发出后 2 个工作小时内：时间、联系人、方式、内容</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>附加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>The improvement report or the 8D, a PDF or an image</source>
        <translation>改善报告或 8D 报告，PDF 或图片</translation>
    </message>
    <message>
        <source>Vie&amp;w file</source>
        <translation>查看文件(&amp;W)</translation>
    </message>
    <message>
        <source>E&amp;xport file…</source>
        <translation>导出文件(&amp;X)…</translation>
    </message>
    <message>
        <source>New corrective &amp;action…</source>
        <translation>新建纠正措施(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a corrective action from the selected notice (step 10)</source>
        <translation>根据所选通知书新建纠正措施（第 10 步）</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>New corrective action from an RMA or escalatio&amp;n…</source>
        <translation>根据售后单或上报新建纠正措施(&amp;N)…</translation>
    </message>
    <message>
        <source>I&amp;mplemented…</source>
        <translation>已实施(&amp;M)…</translation>
    </message>
    <message>
        <source>The responsible person records the measure in place</source>
        <translation>责任人记录措施已落实</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Closing or verification note (required)</source>
        <translation>结案或验证说明（必填）</translation>
    </message>
    <message>
        <source>C&amp;lose notice…</source>
        <translation>通知书结案(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Verify action: effective…</source>
        <translation>验证措施：有效(&amp;V)…</translation>
    </message>
    <message>
        <source>Not effec&amp;tive…</source>
        <translation>无效(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <source>The statistics charts are not installed in this version.</source>
        <translation>此版本未安装统计图表。</translation>
    </message>
</context>
<context>
    <name>TracePanel</name>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>No returned unit found.</source>
        <translation>未找到返修单元。</translation>
    </message>
    <message>
        <source>The first {n} returned units (more match; narrow the search or use benchapp trace … --limit).</source>
        <translation>前 {n} 台返修单元（还有更多匹配；请缩小查找范围，或使用 benchapp trace … --limit）。</translation>
    </message>
    <message>
        <source>{n} returned unit(s). Double-click or Enter opens one.</source>
        <translation>{n} 台返修单元。双击或按回车键打开。</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Date code</source>
        <translation>日期码</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>part no.</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>delivery no.</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <source>first date code</source>
        <translation>起始日期码</translation>
    </message>
    <message>
        <source>the part&apos;s lot (optional)</source>
        <translation>物料批号（可选）</translation>
    </message>
    <message>
        <source>last date code (optional)</source>
        <translation>截止日期码（可选）</translation>
    </message>
    <message>
        <source>model (optional)</source>
        <translation>型号（可选）</translation>
    </message>
    <message>
        <source>Trace &amp;by:</source>
        <translation>追溯依据(&amp;B)：</translation>
    </message>
    <message>
        <source>Production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送货单</translation>
    </message>
    <message>
        <source>Date codes</source>
        <translation>日期码范围</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>查找(&amp;H)</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>当前保管</translation>
    </message>
    <message>
        <source>Rework loops</source>
        <translation>返修次数</translation>
    </message>
    <message>
        <source>Repeat return</source>
        <translation>重复退货</translation>
    </message>
    <message>
        <source>Yes, returned {n} time(s) before</source>
        <translation>是，此前已退回 {n} 次</translation>
    </message>
</context>
<context>
    <name>WarrantyPreset</name>
    <message>
        <source>Re&amp;ason:</source>
        <translation>原因(&amp;A)：</translation>
    </message>
    <message>
        <source>Why the billing differs from the warranty record (kept in the tracking log)</source>
        <translation>为何与保修记录预设的费用类型不同（记入跟踪记录）</translation>
    </message>
    <message>
        <source>The warranty record presets {preset}: give the reason for choosing another billing.</source>
        <translation>保修记录预设为“{preset}”：选择其他费用类型须填写原因。</translation>
    </message>
    <message>
        <source>Warranty not checked: the database did not answer.</source>
        <translation>未能核对保修：数据库无响应。</translation>
    </message>
    <message>
        <source>Billing preset: {billing}.</source>
        <translation>费用类型已按保修记录预设：{billing}。</translation>
    </message>
    <message>
        <source>No preset: choose the billing.</source>
        <translation>无预设：请选择费用类型。</translation>
    </message>
    <message>
        <source>{serial}: {text}</source>
        <translation>{serial}：{text}</translation>
    </message>
    <message>
        <source>… and {n} more units.</source>
        <translation>……另有 {n} 件。</translation>
    </message>
    <message>
        <source>ship date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>date code</source>
        <translation>周期码</translation>
    </message>
    <message>
        <source>In warranty: {basis} {start}, {months} months, until {end}.</source>
        <translation>保内：{basis} {start}，保修 {months} 个月，至 {end}。</translation>
    </message>
    <message>
        <source>Out of warranty: {basis} {start}, {months} months, ended {end}.</source>
        <translation>保外：{basis} {start}，保修 {months} 个月，已于 {end} 到期。</translation>
    </message>
    <message>
        <source>Warranty unknown: no warranty terms for this customer and model, nor a shop default.</source>
        <translation>保修未知：该客户及型号没有保修条款，也没有全厂默认条款。</translation>
    </message>
    <message>
        <source>Warranty unknown: the terms count from the ship date, and none is given or on record for the delivery.</source>
        <translation>保修未知：条款按发货日期计算，但未填写发货日期，该送货单也没有记录。</translation>
    </message>
    <message>
        <source>Warranty unknown: the terms count from the date code, and the unit has none.</source>
        <translation>保修未知：条款按周期码计算，但该产品没有周期码。</translation>
    </message>
    <message>
        <source>Warranty unknown: date code {code} is not YYWW, YYYYWW, YYYYMMDD or YYYY-MM-DD.</source>
        <translation>保修未知：周期码 {code} 不是 YYWW、YYYYWW、YYYYMMDD 或 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>Warranty unknown: it would start on {start}, after the receipt.</source>
        <translation>保修未知：保修起始日 {start} 晚于接收日。</translation>
    </message>
    <message>
        <source>Warranty unknown: it would start on {start}, after today.</source>
        <translation>保修未知：保修起始日 {start} 晚于今天。</translation>
    </message>
</context>
<context>
    <name>WarrantyTermsDialog</name>
    <message>
        <source>Warranty terms</source>
        <translation>保修条款</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>起算依据</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>设置人</translation>
    </message>
    <message>
        <source>blank: any customer</source>
        <translation>留空：所有客户</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>blank: any model</source>
        <translation>留空：所有型号</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>M&amp;onths:</source>
        <translation>保修月数(&amp;O)：</translation>
    </message>
    <message>
        <source>Counted &amp;from:</source>
        <translation>起算依据(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Set terms</source>
        <translation>设置条款(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>删除所选(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Only the administrator or the technical supervisor changes warranty terms.</source>
        <translation>只有管理员或技术主管可以修改保修条款。</translation>
    </message>
    <message>
        <source>ship date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>date code</source>
        <translation>日期码</translation>
    </message>
    <message>
        <source>(any customer)</source>
        <translation>（所有客户）</translation>
    </message>
    <message>
        <source>(any model)</source>
        <translation>（所有型号）</translation>
    </message>
    <message>
        <source>{customer} / {model}: {months} months from the {basis}.</source>
        <translation>{customer} / {model}：自{basis}起保修 {months} 个月。</translation>
    </message>
    <message>
        <source>Removed: {customer} / {model}.</source>
        <translation>已删除：{customer} / {model}。</translation>
    </message>
</context>
<context>
    <name>YieldCharts</name>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <source>The database cannot be reached, so the figures cannot be read. Check the network, then choose Retry. ({detail})</source>
        <translation>数据库无法连接，无法读取统计数据。请检查网络，然后点击“重试”。（{detail}）</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>无法读取统计数据。</translation>
    </message>
    <message>
        <source>Mean time to repair (min)</source>
        <translation>平均维修时间（分钟）</translation>
    </message>
    <message>
        <source>First-pass yield %</source>
        <translation>一次通过率 %</translation>
    </message>
    <message>
        <source>{first} to {last}: first-pass yield {fpy} ({passed} of {units} units re-inspected), mean time to repair {mttr} ({repairs} repairs)</source>
        <translation>{first} 至 {last}：一次通过率 {fpy}（复检 {units} 台中 {passed} 台），平均维修时间 {mttr}（{repairs} 次维修）</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送货单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返修数</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交货数</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>返修率</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>送货单数</translation>
    </message>
    <message>
        <source>Without quantity</source>
        <translation>无交货数</translation>
    </message>
    <message>
        <source>&amp;Last:</source>
        <translation>最近(&amp;L)：</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>First-pass yield of re-inspection and mean time to repair (the repair records&apos; minutes)</source>
        <translation>复检一次通过率与平均维修时间（按维修记录工时）</translation>
    </message>
    <message>
        <source>Return rate per delivery (deliveries with an RMA received in the period)</source>
        <translation>各送货单返修率（期间内收到售后单的送货单）</translation>
    </message>
    <message>
        <source>Return rate per model</source>
        <translation>各型号返修率</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>OQC inspection</source>
        <translation>OQC 检验</translation>
    </message>
    <message>
        <source>confirm due date</source>
        <translation>确认交期</translation>
    </message>
    <message>
        <source>escalate: cannot find fault</source>
        <translation>上报：查不出故障</translation>
    </message>
    <message>
        <source>re-inspection test</source>
        <translation>复检测试</translation>
    </message>
    <message>
        <source>record repair</source>
        <translation>记录维修</translation>
    </message>
    <message>
        <source>return as-is</source>
        <translation>原样退回</translation>
    </message>
    <message>
        <source>screening test</source>
        <translation>筛查测试</translation>
    </message>
    <message>
        <source>visual check</source>
        <translation>目视检查</translation>
    </message>
    <message>
        <source>sign the anomaly form</source>
        <translation>签署异常反馈表</translation>
    </message>
    <message>
        <source>sign this anomaly feedback form</source>
        <translation>签署这张异常反馈表</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>assign a complaint notice</source>
        <translation>分派客户投诉通知书</translation>
    </message>
    <message>
        <source>attach a report to a complaint notice</source>
        <translation>为客户投诉通知书附报告</translation>
    </message>
    <message>
        <source>attach photos and files</source>
        <translation>附加照片和文件</translation>
    </message>
    <message>
        <source>book a cost</source>
        <translation>登记费用</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>classify a complaint notice</source>
        <translation>为客户投诉通知书定级</translation>
    </message>
    <message>
        <source>close a complaint notice</source>
        <translation>关闭客户投诉通知书</translation>
    </message>
    <message>
        <source>confirm a due date</source>
        <translation>确认交期</translation>
    </message>
    <message>
        <source>correct an RMA</source>
        <translation>更正售后单</translation>
    </message>
    <message>
        <source>correct a delivery</source>
        <translation>更正送货信息</translation>
    </message>
    <message>
        <source>create the shop CA</source>
        <translation>创建本厂 CA</translation>
    </message>
    <message>
        <source>disable users</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>edit the working calendar</source>
        <translation>编辑工作日历</translation>
    </message>
    <message>
        <source>escalate a unit</source>
        <translation>上报产品</translation>
    </message>
    <message>
        <source>export the archive</source>
        <translation>导出归档</translation>
    </message>
    <message>
        <source>import past repair records</source>
        <translation>导入以往维修记录</translation>
    </message>
    <message>
        <source>import the defect-code library</source>
        <translation>导入缺陷代码库</translation>
    </message>
    <message>
        <source>issue signing certificates</source>
        <translation>签发签名证书</translation>
    </message>
    <message>
        <source>map free texts to defect codes</source>
        <translation>把自由描述对应到缺陷代码</translation>
    </message>
    <message>
        <source>notify purchasing</source>
        <translation>通知采购</translation>
    </message>
    <message>
        <source>open a corrective action</source>
        <translation>新建纠正措施</translation>
    </message>
    <message>
        <source>pack units</source>
        <translation>包装产品</translation>
    </message>
    <message>
        <source>pass a delay on to the customer</source>
        <translation>向客户转告延期</translation>
    </message>
    <message>
        <source>receive returned units</source>
        <translation>接收退回产品</translation>
    </message>
    <message>
        <source>record a corrective action as implemented</source>
        <translation>登记纠正措施已实施</translation>
    </message>
    <message>
        <source>record a customer contact</source>
        <translation>登记客户联系</translation>
    </message>
    <message>
        <source>record a customer contact on a complaint notice</source>
        <translation>登记客户投诉通知书的客户联系</translation>
    </message>
    <message>
        <source>record a customer follow-up</source>
        <translation>登记客户回访</translation>
    </message>
    <message>
        <source>record a re-inspection test</source>
        <translation>记录复检测试</translation>
    </message>
    <message>
        <source>record a repair</source>
        <translation>记录维修</translation>
    </message>
    <message>
        <source>record a screening test</source>
        <translation>记录筛查测试</translation>
    </message>
    <message>
        <source>record a visual check</source>
        <translation>记录目视检查</translation>
    </message>
    <message>
        <source>record the OQC inspection</source>
        <translation>记录 OQC 检验</translation>
    </message>
    <message>
        <source>report a delay</source>
        <translation>报告延期</translation>
    </message>
    <message>
        <source>report on a complaint notice</source>
        <translation>提交客户投诉通知书的报告</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>return a unit as-is</source>
        <translation>原样退回产品</translation>
    </message>
    <message>
        <source>review the weekly report</source>
        <translation>审阅周报</translation>
    </message>
    <message>
        <source>set a part price</source>
        <translation>设置零件价格</translation>
    </message>
    <message>
        <source>set retention periods</source>
        <translation>设置保存期限</translation>
    </message>
    <message>
        <source>ship units</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>unlock accounts</source>
        <translation>解锁账户</translation>
    </message>
    <message>
        <source>verify a corrective action</source>
        <translation>验证纠正措施</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Badge {badge}: enter the PIN</source>
        <translation>工牌 {badge}：请输入 PIN 码</translation>
    </message>
    <message>
        <source>Opening the database {database}…</source>
        <translation>正在打开数据库 {database}…</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>正在载入演示数据…</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>No camera support on this computer (Qt Multimedia is not installed): attach photos from files</source>
        <translation>本机不支持摄像头（未安装 Qt Multimedia）：请从文件添加照片</translation>
    </message>
    <message>
        <source>No camera was found on this computer: plug in a USB camera, or attach photos from files</source>
        <translation>本机未找到摄像头：请接上 USB 摄像头，或从文件添加照片</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The database {database} cannot be opened.</source>
        <translation>无法打开数据库 {database}。</translation>
    </message>
    <message>
        <source>Check that the database server is running and reachable from this computer, then choose Retry.</source>
        <translation>请确认数据库服务器正在运行，且本机可以访问，然后点击“重试”。</translation>
    </message>
    <message>
        <source>The database setting is wrong. Correct it (--db, BENCHAPP_DB or this PC&apos;s machine configuration file; `benchapp config where` shows which one is used) and start again.</source>
        <translation>数据库设置有误。请更正（--db、BENCHAPP_DB 或本机的机器配置文件；`benchapp config where` 显示实际使用的是哪一个）后重新启动。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>The program hit an error it does not know how to handle (a bug). Work saved before this point is safe in the database; the last action may not have been saved. Check it, and tell the administrator.</source>
        <translation>程序遇到了无法处理的错误（程序缺陷）。此前已保存的工作安全地保存在数据库中；最后一步操作可能未保存，请核对，并通知管理员。</translation>
    </message>
    <message>
        <source>A report was saved to {path}.</source>
        <translation>错误报告已保存到 {path}。</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>field names</name>
    <message>
        <source>ISO week</source>
        <translation>ISO 周</translation>
    </message>
    <message>
        <source>PIN (a badge needs one)</source>
        <translation>PIN（工牌需要 PIN）</translation>
    </message>
    <message>
        <source>RMA to follow up</source>
        <translation>要回访的售后单</translation>
    </message>
    <message>
        <source>RMA to notify purchasing of</source>
        <translation>要通知采购的售后单</translation>
    </message>
    <message>
        <source>RMA to pass a delay on</source>
        <translation>要转告延期的售后单</translation>
    </message>
    <message>
        <source>RMA to report late</source>
        <translation>要报告延期的售后单</translation>
    </message>
    <message>
        <source>anomaly form number</source>
        <translation>异常反馈表编号</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <source>calendar day kind</source>
        <translation>日历日类型</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>cause category</source>
        <translation>原因类别</translation>
    </message>
    <message>
        <source>chart dimension</source>
        <translation>图表维度</translation>
    </message>
    <message>
        <source>contact time</source>
        <translation>联系时间</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>defect-code file</source>
        <translation>缺陷代码文件</translation>
    </message>
    <message>
        <source>delivered quantity</source>
        <translation>送货数量</translation>
    </message>
    <message>
        <source>delivery no.</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>expected date</source>
        <translation>预计日期</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>首次联系</translation>
    </message>
    <message>
        <source>follow-up answer</source>
        <translation>回访答复</translation>
    </message>
    <message>
        <source>giver</source>
        <translation>移交人</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>make-up working day</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <source>min units</source>
        <translation>最少产品数</translation>
    </message>
    <message>
        <source>new due date</source>
        <translation>新交期</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>replacement serial</source>
        <translation>替换品序列号</translation>
    </message>
    <message>
        <source>report text or file</source>
        <translation>报告内容或文件</translation>
    </message>
    <message>
        <source>responsible inspector</source>
        <translation>检验责任人</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>ship date</source>
        <translation>出货日期</translation>
    </message>
    <message>
        <source>units</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>week range</source>
        <translation>周范围</translation>
    </message>
    <message>
        <source>week to review</source>
        <translation>要审阅的周</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>工作小时</translation>
    </message>
    <message>
        <source>KPI consequence</source>
        <translation>KPI 考核</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>attachment kind</source>
        <translation>附件类型</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>收费方式</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>closing note</source>
        <translation>结案说明</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>contact channel</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>contact kind</source>
        <translation>联系类型</translation>
    </message>
    <message>
        <source>contact note</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>cost kind</source>
        <translation>费用类型</translation>
    </message>
    <message>
        <source>cost note</source>
        <translation>费用说明</translation>
    </message>
    <message>
        <source>counted quantity</source>
        <translation>清点数量</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>customer requirement</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <source>date code</source>
        <translation>日期码</translation>
    </message>
    <message>
        <source>declared count</source>
        <translation>申报数量</translation>
    </message>
    <message>
        <source>declared quantity</source>
        <translation>申报数量</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>不良现象</translation>
    </message>
    <message>
        <source>delay reason</source>
        <translation>延期原因</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>implementation note</source>
        <translation>实施说明</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>notice text</source>
        <translation>通知内容</translation>
    </message>
    <message>
        <source>packed quantity</source>
        <translation>包装数量</translation>
    </message>
    <message>
        <source>part lot</source>
        <translation>零件批次</translation>
    </message>
    <message>
        <source>part no.</source>
        <translation>零件号</translation>
    </message>
    <message>
        <source>part number</source>
        <translation>零件号</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>person found</source>
        <translation>找到的责任人</translation>
    </message>
    <message>
        <source>preventive measure</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>purchasing contact</source>
        <translation>采购联系人</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>reference designator</source>
        <translation>位号</translation>
    </message>
    <message>
        <source>repair time (minutes)</source>
        <translation>维修时间（分钟）</translation>
    </message>
    <message>
        <source>report file name</source>
        <translation>报告文件名</translation>
    </message>
    <message>
        <source>report kind</source>
        <translation>报告类型</translation>
    </message>
    <message>
        <source>report text</source>
        <translation>报告内容</translation>
    </message>
    <message>
        <source>responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>responsible process</source>
        <translation>责任工序</translation>
    </message>
    <message>
        <source>review remarks</source>
        <translation>审阅意见</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>storage location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>verification note</source>
        <translation>验证说明</translation>
    </message>
    <message>
        <source>what the customer was told</source>
        <translation>告知客户的内容</translation>
    </message>
    <message>
        <source>field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>form_printing</name>
    <message>
        <source>service form</source>
        <translation>售后单表格</translation>
    </message>
    <message>
        <source>repair record</source>
        <translation>售后维修记录表</translation>
    </message>
    <message>
        <source>anomaly form</source>
        <translation>品质检验异常反馈表</translation>
    </message>
    <message>
        <source>inspection record</source>
        <translation>检验记录</translation>
    </message>
    <message>
        <source>shipping note</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>box label</source>
        <translation>外箱标签</translation>
    </message>
    <message>
        <source>complaint notice</source>
        <translation>客户投诉通知书</translation>
    </message>
    <message>
        <source>analysis report</source>
        <translation>故障分析报告</translation>
    </message>
    <message>
        <source>CAPA / 8D report</source>
        <translation>纠正措施报告 (8D)</translation>
    </message>
    <message>
        <source>The {form} of {record} was not printed: its printer is not set up on this computer.</source>
        <translation>{record} 的{form}未打印：本机未设置其打印机。</translation>
    </message>
    <message>
        <source>The {form} of {record} was not printed: {reason}</source>
        <translation>{record} 的{form}未打印：{reason}</translation>
    </message>
    <message>
        <source>The {form} of {record} was printed as a copy (副本 / COPY).</source>
        <translation>{record} 的{form}已作为副本打印（副本 / COPY）。</translation>
    </message>
    <message>
        <source>The {form} of {record} was printed.</source>
        <translation>{record} 的{form}已打印。</translation>
    </message>
    <message>
        <source>Print {form}</source>
        <translation>打印{form}</translation>
    </message>
    <message>
        <source>Select a record first, then print its {form}.</source>
        <translation>请先选择记录，再打印其{form}。</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>{why} Slip {slip_no} stays unprinted; print it later from the history.</source>
        <translation>{why}交接单 {slip_no} 暂未打印；之后可从履历中打印。</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>本机未设置打印机。</translation>
    </message>
    <message>
        <source>Printing slip {slip_no}…</source>
        <translation>正在打印交接单 {slip_no}…</translation>
    </message>
    <message>
        <source>Slip {slip_no} printed on {printer}, but the print could not be recorded ({detail}).</source>
        <translation>交接单 {slip_no} 已在 {printer} 上打印，但无法记录此次打印（{detail}）。</translation>
    </message>
    <message>
        <source>Slip {slip_no} printed on {printer}.</source>
        <translation>交接单 {slip_no} 已在 {printer} 上打印。</translation>
    </message>
    <message>
        <source>Slip {slip_no} is already {status}; there is nothing to receive.</source>
        <translation>交接单 {slip_no} 已是“{status}”状态，无需接收。</translation>
    </message>
    <message>
        <source>Checking slip {slip_no}…</source>
        <translation>正在核对交接单 {slip_no}…</translation>
    </message>
    <message>
        <source>Slip {slip_no} is addressed to {receiver_station}, not to {station}: it cannot be received here. Take the box to {receiver_station}.</source>
        <translation>交接单 {slip_no} 是交给{receiver_station}的，不是交给{station}的：不能在此接收。请把箱子送到{receiver_station}。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Awaiting screening</source>
        <translation>待筛查</translation>
    </message>
    <message>
        <source>Tested, visual check pending</source>
        <translation>已测试，待目检</translation>
    </message>
    <message>
        <source>No fault found, under review</source>
        <translation>未发现故障，待评审</translation>
    </message>
    <message>
        <source>To rework</source>
        <translation>待返工</translation>
    </message>
    <message>
        <source>To repair</source>
        <translation>待维修</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>已维修</translation>
    </message>
    <message>
        <source>Returning unrepaired</source>
        <translation>未修复转回</translation>
    </message>
    <message>
        <source>Awaiting re-inspection</source>
        <translation>待复检</translation>
    </message>
    <message>
        <source>OQC pending</source>
        <translation>待 OQC 检验</translation>
    </message>
    <message>
        <source>Ready to pack</source>
        <translation>待包装</translation>
    </message>
    <message>
        <source>At packing</source>
        <translation>包装中</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已包装</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Returned as is</source>
        <translation>原样退回</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>已报废</translation>
    </message>
    <message>
        <source>{n} received</source>
        <translation>已接收 {n}</translation>
    </message>
    <message>
        <source>{n} awaiting screening</source>
        <translation>待筛查 {n}</translation>
    </message>
    <message>
        <source>{n} tested, visual check pending</source>
        <translation>已测试待目检 {n}</translation>
    </message>
    <message>
        <source>{n} no fault found, under review</source>
        <translation>未发现故障待评审 {n}</translation>
    </message>
    <message>
        <source>{n} to rework</source>
        <translation>待返工 {n}</translation>
    </message>
    <message>
        <source>{n} to repair</source>
        <translation>待维修 {n}</translation>
    </message>
    <message>
        <source>{n} in repair</source>
        <translation>维修中 {n}</translation>
    </message>
    <message>
        <source>{n} escalated</source>
        <translation>已上报 {n}</translation>
    </message>
    <message>
        <source>{n} repaired</source>
        <translation>已维修 {n}</translation>
    </message>
    <message>
        <source>{n} returning unrepaired</source>
        <translation>未修复转回 {n}</translation>
    </message>
    <message>
        <source>{n} awaiting re-inspection</source>
        <translation>待复检 {n}</translation>
    </message>
    <message>
        <source>{n} OQC pending</source>
        <translation>待 OQC 检验 {n}</translation>
    </message>
    <message>
        <source>{n} ready to pack</source>
        <translation>待包装 {n}</translation>
    </message>
    <message>
        <source>{n} at packing</source>
        <translation>包装中 {n}</translation>
    </message>
    <message>
        <source>{n} packed</source>
        <translation>已包装 {n}</translation>
    </message>
    <message>
        <source>{n} ready to ship</source>
        <translation>待发货 {n}</translation>
    </message>
    <message>
        <source>{n} shipped</source>
        <translation>已发货 {n}</translation>
    </message>
    <message>
        <source>{n} returned as is</source>
        <translation>原样退回 {n}</translation>
    </message>
    <message>
        <source>{n} scrapped</source>
        <translation>已报废 {n}</translation>
    </message>
    <message>
        <source>Business clerk</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>包装员</translation>
    </message>
    <message>
        <source>QC lead</source>
        <translation>品质组长</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>测试员</translation>
    </message>
    <message>
        <source>OQC inspector</source>
        <translation>OQC 检验员</translation>
    </message>
    <message>
        <source>QC supervisor</source>
        <translation>品质主管</translation>
    </message>
    <message>
        <source>Repair engineer</source>
        <translation>维修工程师</translation>
    </message>
    <message>
        <source>Production team lead</source>
        <translation>班组长</translation>
    </message>
    <message>
        <source>Production supervisor</source>
        <translation>生产主管</translation>
    </message>
    <message>
        <source>Tech supervisor</source>
        <translation>技术主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Receiving &amp; Shipping</source>
        <translation>业务部收发</translation>
    </message>
    <message>
        <source>QC</source>
        <translation>品质部</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>生产部维修</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>the transfer slip is missing</source>
        <translation>缺少交接单</translation>
    </message>
    <message>
        <source>the slip is not signed</source>
        <translation>交接单未签名</translation>
    </message>
    <message>
        <source>the slip is not dated</source>
        <translation>交接单未注明日期</translation>
    </message>
    <message>
        <source>the count does not match</source>
        <translation>数量不符</translation>
    </message>
    <message>
        <source>the units are for another station</source>
        <translation>产品应交给其他工位</translation>
    </message>
    <message>
        <source>the giver does not hold the units</source>
        <translation>交出方并不保管这些产品</translation>
    </message>
    <message>
        <source>the slip was altered after signing</source>
        <translation>交接单在签名后被改动</translation>
    </message>
    <message>
        <source>Production / soldering</source>
        <translation>生产/焊接</translation>
    </message>
    <message>
        <source>Inspection escape</source>
        <translation>检验漏检</translation>
    </message>
    <message>
        <source>Incoming material</source>
        <translation>来料</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Customer misuse or damage</source>
        <translation>客户误用或损坏</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>无故障 (NFF)</translation>
    </message>
    <message>
        <source>Warranty (no charge)</source>
        <translation>保修（免费）</translation>
    </message>
    <message>
        <source>Customer-paid</source>
        <translation>客户付费</translation>
    </message>
    <message>
        <source>Due date cannot be met</source>
        <translation>交期无法满足</translation>
    </message>
    <message>
        <source>Cannot find fault</source>
        <translation>查不出故障</translation>
    </message>
    <message>
        <source>Rework loops over limit</source>
        <translation>返修次数超限</translation>
    </message>
    <message>
        <source>Disputed handover</source>
        <translation>交接有争议</translation>
    </message>
    <message>
        <source>Overdue handover</source>
        <translation>交接超时</translation>
    </message>
    <message>
        <source>Return to the customer</source>
        <translation>退回客户</translation>
    </message>
    <message>
        <source>Send to repair</source>
        <translation>转维修</translation>
    </message>
    <message>
        <source>Resume the repair</source>
        <translation>继续维修</translation>
    </message>
    <message>
        <source>Return as is, unrepaired</source>
        <translation>不维修，原样退回</translation>
    </message>
    <message>
        <source>Scrap and send a replacement</source>
        <translation>报废并补发新品</translation>
    </message>
    <message>
        <source>Scrap and refund</source>
        <translation>报废并退款</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认知悉</translation>
    </message>
    <message>
        <source>Cancel the slip (units stay with the giver)</source>
        <translation>取消交接单（产品留在交出方）</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产部</translation>
    </message>
    <message>
        <source>Tech</source>
        <translation>技术部</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务部</translation>
    </message>
    <message>
        <source>Waiting for the receiver</source>
        <translation>待接收</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Test PASS and visual check PASS: no fault found</source>
        <translation>测试 PASS，目视检查 PASS：未发现故障</translation>
    </message>
    <message>
        <source>The due date cannot be met</source>
        <translation>无法按期完成</translation>
    </message>
    <message>
        <source>Failed re-inspection {times} times</source>
        <translation>复检已失败 {times} 次</translation>
    </message>
    <message>
        <source>Refused: {refusal}</source>
        <translation>拒收：{refusal}</translation>
    </message>
    <message>
        <source>Open for more than {hours} h</source>
        <translation>超过 {hours} 小时未接收</translation>
    </message>
    <message>
        <source>{refusal}: {note}</source>
        <translation>{refusal}：{note}</translation>
    </message>
    <message>
        <source>declared {declared}, counted {counted}</source>
        <translation>申报 {declared}，清点 {counted}</translation>
    </message>
    <message>
        <source>missing {serials}</source>
        <translation>缺少 {serials}</translation>
    </message>
    <message>
        <source>not on the slip {serials}</source>
        <translation>不在交接单上 {serials}</translation>
    </message>
    <message>
        <source>{before}; {after}</source>
        <translation>{before}；{after}</translation>
    </message>
    <message>
        <source>{serial} is with {custody}</source>
        <translation>{serial} 在{custody}</translation>
    </message>
    <message>
        <source>received at {station}, the slip is for {expected}</source>
        <translation>在{station}接收，交接单是给{expected}的</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>{status}, batch problem</source>
        <translation>{status}，批量问题</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>RMA received</source>
        <translation>售后单已接收</translation>
    </message>
    <message>
        <source>Unit received</source>
        <translation>产品已接收</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Handover accepted</source>
        <translation>交接已接收</translation>
    </message>
    <message>
        <source>Handover refused</source>
        <translation>交接被拒收</translation>
    </message>
    <message>
        <source>Handover overdue</source>
        <translation>交接逾期</translation>
    </message>
    <message>
        <source>Handover cancelled</source>
        <translation>交接已取消</translation>
    </message>
    <message>
        <source>Slip signed</source>
        <translation>交接单已签名</translation>
    </message>
    <message>
        <source>Slip printed</source>
        <translation>交接单已打印</translation>
    </message>
    <message>
        <source>Slip reprinted (copy)</source>
        <translation>交接单已补打（副本）</translation>
    </message>
    <message>
        <source>Screening test</source>
        <translation>筛查测试</translation>
    </message>
    <message>
        <source>Screening: no fault found</source>
        <translation>筛查：无故障 (NFF)</translation>
    </message>
    <message>
        <source>Screening: to rework</source>
        <translation>筛查：转返工</translation>
    </message>
    <message>
        <source>Screening: to repair</source>
        <translation>筛查：转维修</translation>
    </message>
    <message>
        <source>Anomaly form signed</source>
        <translation>异常反馈表已签署</translation>
    </message>
    <message>
        <source>Due date confirmed</source>
        <translation>交期已确认</translation>
    </message>
    <message>
        <source>Due date escalated</source>
        <translation>交期升级处理</translation>
    </message>
    <message>
        <source>Cannot find the fault</source>
        <translation>查不出故障</translation>
    </message>
    <message>
        <source>Repair recorded</source>
        <translation>维修已记录</translation>
    </message>
    <message>
        <source>Re-inspection test</source>
        <translation>复检测试</translation>
    </message>
    <message>
        <source>OQC inspection</source>
        <translation>OQC 检验</translation>
    </message>
    <message>
        <source>Tracking complete</source>
        <translation>跟踪完成</translation>
    </message>
    <message>
        <source>Shipping note issued</source>
        <translation>已开发货单</translation>
    </message>
    <message>
        <source>Return as is</source>
        <translation>原样退回</translation>
    </message>
    <message>
        <source>Supervisor decision</source>
        <translation>主管决定</translation>
    </message>
    <message>
        <source>RMA closed</source>
        <translation>售后单已结案</translation>
    </message>
    <message>
        <source>Complaint notice raised</source>
        <translation>已开客户投诉通知书</translation>
    </message>
    <message>
        <source>Complaint notice assigned</source>
        <translation>客户投诉通知书已指派</translation>
    </message>
    <message>
        <source>Complaint notice classified</source>
        <translation>客户投诉通知书已分类</translation>
    </message>
    <message>
        <source>Complaint report attached</source>
        <translation>已附投诉报告</translation>
    </message>
    <message>
        <source>Complaint notice closed</source>
        <translation>客户投诉通知书已结案</translation>
    </message>
    <message>
        <source>Corrective action opened</source>
        <translation>纠正措施已开立</translation>
    </message>
    <message>
        <source>Corrective action implemented</source>
        <translation>纠正措施已实施</translation>
    </message>
    <message>
        <source>Corrective action closed</source>
        <translation>纠正措施已关闭</translation>
    </message>
    <message>
        <source>Corrective action reopened</source>
        <translation>纠正措施已重新开启</translation>
    </message>
    <message>
        <source>Billing against the warranty record</source>
        <translation>费用类型与保修记录不符</translation>
    </message>
    <message>
        <source>Cost booked</source>
        <translation>费用已入账</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>已联系客户</translation>
    </message>
    <message>
        <source>Imported from past records</source>
        <translation>从历史记录导入</translation>
    </message>
    <message>
        <source>RMA corrected</source>
        <translation>售后单已更正</translation>
    </message>
    <message>
        <source>Complaint rule checked</source>
        <translation>已检查投诉规则</translation>
    </message>
    <message>
        <source>Added to the open complaint notice</source>
        <translation>已并入未结的客户投诉通知书</translation>
    </message>
    <message>
        <source>Complaint: customer contacted</source>
        <translation>投诉：已联系客户</translation>
    </message>
    <message>
        <source>Complaint: file attached</source>
        <translation>投诉：已附文件</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>已添加附件</translation>
    </message>
    <message>
        <source>Delivery details completed</source>
        <translation>送货信息已补全</translation>
    </message>
    <message>
        <source>Delivery corrected</source>
        <translation>送货信息已更正</translation>
    </message>
    <message>
        <source>Archive written</source>
        <translation>已写入归档</translation>
    </message>
    <message>
        <source>Shop CA created</source>
        <translation>已创建本厂 CA</translation>
    </message>
    <message>
        <source>Signing certificate issued</source>
        <translation>已签发签名证书</translation>
    </message>
    <message>
        <source>Signing key re-protected</source>
        <translation>签名密钥已重新加密</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>已添加用户</translation>
    </message>
    <message>
        <source>Working calendar filled in</source>
        <translation>工作日历已填入</translation>
    </message>
    <message>
        <source>Working calendar changed</source>
        <translation>工作日历已修改</translation>
    </message>
    <message>
        <source>Defect codes imported</source>
        <translation>已导入缺陷代码</translation>
    </message>
    <message>
        <source>Defect text mapped to a code</source>
        <translation>缺陷描述已对应到代码</translation>
    </message>
    <message>
        <source>Part price set</source>
        <translation>已设置零件价格</translation>
    </message>
    <message>
        <source>Retention set</source>
        <translation>已设置保存期限</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>设置已修改</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Unknown role &apos;{role}&apos;. Known roles: {known}.</source>
        <translation>未知角色“{role}”。可用角色：{known}。</translation>
    </message>
    <message>
        <source>{user} may not {action}: it needs one of the roles {roles}.</source>
        <translation>{user} 无权执行“{action}”：需要以下角色之一：{roles}。</translation>
    </message>
    <message>
        <source>Only {expected} may {action}.</source>
        <translation>只有 {expected} 可以执行“{action}”。</translation>
    </message>
    <message>
        <source>The {what} must be a whole number above zero, not {value}.</source>
        <translation>{what}必须是大于零的整数，而不是 {value}。</translation>
    </message>
    <message>
        <source>Count mismatch: {expected} declared, {counted} counted.</source>
        <translation>数量不符：申报 {expected}，清点 {counted}。</translation>
    </message>
    <message>
        <source>A serial number is empty.</source>
        <translation>有一个序列号为空。</translation>
    </message>
    <message>
        <source>Serial number &apos;{serial}&apos; is longer than {limit} characters.</source>
        <translation>序列号“{serial}”超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Serial number {serial} contains control characters.</source>
        <translation>序列号 {serial} 含有控制字符。</translation>
    </message>
    <message>
        <source>Serial number &apos;{serial}&apos; appears twice in this RMA.</source>
        <translation>序列号“{serial}”在本售后单中出现了两次。</translation>
    </message>
    <message>
        <source>Serial number &apos;{serial}&apos; is still in process in {rma_no}.</source>
        <translation>序列号“{serial}”仍在 {rma_no} 中处理。</translation>
    </message>
    <message>
        <source>Serial number &apos;{serial}&apos; is not part of {rma_no}.</source>
        <translation>序列号“{serial}”不属于 {rma_no}。</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is required.</source>
        <translation>“{field}”为必填项。</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is longer than {limit} characters.</source>
        <translation>“{field}”超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {field}; expected one of: {allowed}.</source>
        <translation>“{value}”不是有效的{field}；应为：{allowed}。</translation>
    </message>
    <message>
        <source>Unit {serial} is &apos;{state}&apos;: &apos;{action}&apos; is not possible now.</source>
        <translation>产品 {serial} 当前为“{state}”：现在不能执行“{action}”。</translation>
    </message>
    <message>
        <source>Units do not go from {from_station} to {to_station}.</source>
        <translation>产品不能从{from_station}转到{to_station}。</translation>
    </message>
    <message>
        <source>Unit {serial} is in the custody of {custody}, not {station}.</source>
        <translation>产品 {serial} 由{custody}保管，而不是{station}。</translation>
    </message>
    <message>
        <source>Unit {serial} is already on open slip {slip_no}.</source>
        <translation>产品 {serial} 已在未完成的交接单 {slip_no} 上。</translation>
    </message>
    <message>
        <source>Slip {slip_no} is already {status}.</source>
        <translation>交接单 {slip_no} 已是“{status}”状态。</translation>
    </message>
    <message>
        <source>Confirm the due date of unit {serial} first.</source>
        <translation>请先确认产品 {serial} 的交期。</translation>
    </message>
    <message>
        <source>&apos;{decision}&apos; is not a decision for a {kind} escalation.</source>
        <translation>“{decision}”不是“{kind}”类上报可用的决定。</translation>
    </message>
    <message>
        <source>A decision needs a written reason.</source>
        <translation>做出决定必须填写书面理由。</translation>
    </message>
    <message>
        <source>A no-fault-found decision is taken jointly: name who took part for {missing}.</source>
        <translation>无故障判定须联合评审：请填写{missing}的参与人。</translation>
    </message>
    <message>
        <source>Escalation {escalation_id} is already decided.</source>
        <translation>上报事项 {escalation_id} 已有决定。</translation>
    </message>
    <message>
        <source>No {what} &apos;{key}&apos;.</source>
        <translation>找不到{what}“{key}”。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Account &apos;{user}&apos; is locked after too many failed attempts; a supervisor must unlock it.</source>
        <translation>账户“{user}”因多次登录失败已被锁定，须由主管解锁。</translation>
    </message>
    <message>
        <source>Account &apos;{user}&apos; is disabled.</source>
        <translation>账户“{user}”已停用。</translation>
    </message>
    <message>
        <source>User name &apos;{user}&apos; is taken.</source>
        <translation>用户名“{user}”已被占用。</translation>
    </message>
    <message>
        <source>Badge &apos;{badge}&apos; belongs to another user.</source>
        <translation>工牌“{badge}”已属于其他用户。</translation>
    </message>
    <message>
        <source>A password needs at least {limit} characters.</source>
        <translation>密码至少需要 {limit} 个字符。</translation>
    </message>
    <message>
        <source>This password is on the list of common passwords; choose another.</source>
        <translation>该密码属于常见密码，请另选一个。</translation>
    </message>
    <message>
        <source>A password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>{user} must choose a new password first (sign in and change it); until then {user} cannot sign.</source>
        <translation>{user} 必须先设置新密码（登录后修改）；在此之前 {user} 不能签名。</translation>
    </message>
    <message>
        <source>{char} not allowed in {field}.</source>
        <translation>{field} 中不允许出现 {char}。</translation>
    </message>
    <message>
        <source>{rma_no} has been handed over already: its header can no longer be corrected.</source>
        <translation>{rma_no} 已经交接：其表头不能再更正。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 码为 4 至 8 位数字。</translation>
    </message>
    <message>
        <source>{what} was changed at another bench{by}. Reload and try again.</source>
        <translation>{what}已在另一台工作站上被修改{by}。请刷新后重试。</translation>
    </message>
    <message>
        <source>{rma_no} is a warranty repair: return as-is needs a supervisor.</source>
        <translation>{rma_no} 属于保修维修：原样退回需由主管决定。</translation>
    </message>
    <message>
        <source>Slip {slip_no} refused: {refusal}.</source>
        <translation>交接单 {slip_no} 被拒收：{refusal}。</translation>
    </message>
    <message>
        <source>Wrong badge or PIN for {user}. Nothing was signed.</source>
        <translation>{user} 的工牌或 PIN 码错误。未签署任何内容。</translation>
    </message>
    <message>
        <source>{user} has not signed with user name and password in this session yet: the badge and PIN cannot sign until then. Nothing was signed.</source>
        <translation>{user} 在本次会话中尚未用用户名和密码签名：在此之前不能用工牌和 PIN 码签名。未签署任何内容。</translation>
    </message>
    <message>
        <source>Delivery {delivery_no} of {customer} is on record with {field} {stored}, not {given}. Check the delivery note; if the record is wrong, correct the delivery first (a logged correction).</source>
        <translation>{customer} 的送货批次 {delivery_no} 登记的{field}为 {stored}，而不是 {given}。请核对送货单；若登记有误，请先更正该批次（更正会记入履历）。</translation>
    </message>
    <message>
        <source>The {what} are written from the admin PC with the database owner&apos;s login; this bench&apos;s login may only read them. Nothing was changed.</source>
        <translation>{what}须在管理员电脑上以数据库所有者账号写入；本工位的数据库账号只能读取。未做任何更改。</translation>
    </message>
    <message>
        <source>The database cannot be reached; nothing was changed. Details: {detail}</source>
        <translation>数据库无法连接，未做任何更改。详情：{detail}</translation>
    </message>
    <message>
        <source>Wrong password: {user}&apos;s signing key stays locked. Nothing was signed.</source>
        <translation>密码错误：{user} 的签名密钥仍处于锁定状态。未签署任何内容。</translation>
    </message>
    <message>
        <source>Wrong passphrase for the shop CA key.</source>
        <translation>本厂 CA 密钥的口令错误。</translation>
    </message>
    <message>
        <source>The private key does not belong to {user}&apos;s certificate.</source>
        <translation>该私钥不属于 {user} 的证书。</translation>
    </message>
    <message>
        <source>{user}&apos;s certificate was not issued by the shop CA {ca}.</source>
        <translation>{user} 的证书不是由本厂 CA {ca} 签发的。</translation>
    </message>
    <message>
        <source>{user}&apos;s certificate is valid from {not_before} to {not_after}, not at {at}.</source>
        <translation>{user} 的证书有效期为 {not_before} 至 {not_after}，在 {at} 时无效。</translation>
    </message>
    <message>
        <source>{field} is not a signature field of a slip ({allowed}).</source>
        <translation>{field} 不是交接单的签名栏（{allowed}）。</translation>
    </message>
    <message>
        <source>Slip {slip_no} already carries the {field} signature.</source>
        <translation>交接单 {slip_no} 已有{field}签名。</translation>
    </message>
    <message>
        <source>Slip {slip_no} has no giver signature yet.</source>
        <translation>交接单 {slip_no} 还没有交出方签名。</translation>
    </message>
    <message>
        <source>This PDF is not a benchapp transfer slip: {detail}</source>
        <translation>此 PDF 不是 benchapp 交接单：{detail}</translation>
    </message>
    <message>
        <source>The slip cannot be drawn: {field} {detail}</source>
        <translation>无法生成交接单：{field} {detail}</translation>
    </message>
    <message>
        <source>Font file {path} is missing: reinstall benchapp.</source>
        <translation>缺少字体文件 {path}：请重新安装 benchapp。</translation>
    </message>
    <message>
        <source>The signature stamp has {lines} lines; the box holds at most {limit}.</source>
        <translation>签名章有 {lines} 行；签名框最多容纳 {limit} 行。</translation>
    </message>
    <message>
        <source>Slip {slip_no} was changed after {after}: verify it instead of signing it.</source>
        <translation>交接单 {slip_no} 在{after}之后被改动过：请校验，不要签署。</translation>
    </message>
    <message>
        <source>The trust anchor is not a PEM certificate: {detail}</source>
        <translation>信任锚不是 PEM 证书：{detail}</translation>
    </message>
    <message>
        <source>The shop CA in this database ({found}) is not the one pinned on this PC ({pinned}). Nothing is signed or trusted: tell the administrator.</source>
        <translation>此数据库中的发证机构（{found}）不是本机固定的发证机构（{pinned}）。不签署也不信任任何交接单：请通知管理员。</translation>
    </message>
    <message>
        <source>This database holds {count} shop CAs ({found}) and this PC pins none. Nothing is signed or trusted: tell the administrator.</source>
        <translation>此数据库有 {count} 个发证机构（{found}），本机未固定任何一个。不签署也不信任任何交接单：请通知管理员。</translation>
    </message>
    <message>
        <source>The scan is empty. Scan again.</source>
        <translation>扫描内容为空。请重新扫描。</translation>
    </message>
    <message>
        <source>The scan is too long ({length} {unit}; at most {max_len} characters). Scan again.</source>
        <translation>扫描内容过长（{length} {unit}；最多 {max_len} 个字符）。请重新扫描。</translation>
    </message>
    <message>
        <source>The scan is not readable text (neither UTF-8 nor GBK): {raw}. Check the scanner&apos;s character set.</source>
        <translation>扫描内容不是可读文本（既非 UTF-8 也非 GBK）：{raw}。请检查扫描枪的字符集设置。</translation>
    </message>
    <message>
        <source>The scan contains the control character {char} at position {position}: {raw}. Scan again.</source>
        <translation>扫描内容在第 {position} 位含有控制字符 {char}：{raw}。请重新扫描。</translation>
    </message>
    <message>
        <source>A scan stopped without its line end (CR or LF) and was dropped: {raw}. Check the scanner&apos;s suffix setting.</source>
        <translation>一次扫描没有行结束符（CR 或 LF），已丢弃：{raw}。请检查扫描枪的后缀设置。</translation>
    </message>
    <message>
        <source>This field expects a {expected} barcode; the scanner read a {symbology} ({aim}).</source>
        <translation>此栏需要 {expected} 条码；扫描枪读到的是 {symbology}（{aim}）。</translation>
    </message>
    <message>
        <source>This field expects {expected}; the scan is {kind}: {text}</source>
        <translation>此栏需要{expected}；扫描到的是{kind}：{text}</translation>
    </message>
    <message>
        <source>&apos;{port}&apos; is not a port: give a path (/dev/ttyACM0, COM3) or a USB id VID:PID[:serial] in hex (05e0:1200:S123).</source>
        <translation>“{port}”不是端口：请填写路径（/dev/ttyACM0、COM3）或十六进制 USB 标识 VID:PID[:序列号]（05e0:1200:S123）。</translation>
    </message>
    <message>
        <source>{port} rejected the settings: {detail}</source>
        <translation>{port} 拒绝了这些设置：{detail}</translation>
    </message>
    <message>
        <source>{port} is not there: is the device plugged in? Settings &gt; Detect lists the ports.</source>
        <translation>找不到 {port}：设备插好了吗？“设置 &gt; 检测”会列出端口。</translation>
    </message>
    <message>
        <source>{port} matches {count} ports ({devices}): add the serial number, VID:PID:SERIAL.</source>
        <translation>{port} 匹配到 {count} 个端口（{devices}）：请加上序列号，写成 VID:PID:序列号。</translation>
    </message>
    <message>
        <source>No permission to open {port}: {fix}.</source>
        <translation>无权打开 {port}：{fix}。</translation>
    </message>
    <message>
        <source>{port} is busy: {fix}.</source>
        <translation>{port} 被占用：{fix}。</translation>
    </message>
    <message>
        <source>Could not open {port}: {detail}</source>
        <translation>无法打开 {port}：{detail}</translation>
    </message>
    <message>
        <source>The {device} on {port} is not connected.</source>
        <translation>{port} 上的{device}未连接。</translation>
    </message>
    <message>
        <source>The {device} on {port} was disconnected ({detail}).</source>
        <translation>{port} 上的{device}已断开（{detail}）。</translation>
    </message>
    <message>
        <source>Could not send to the {device} on {port}: {detail}</source>
        <translation>无法向 {port} 上的{device}发送数据：{detail}</translation>
    </message>
    <message>
        <source>The {device} on {port} {detail}.</source>
        <translation>{port} 上的{device}{detail}。</translation>
    </message>
    <message>
        <source>The {device} on {port} broke protocol v1: {detail}; the line was: {line}</source>
        <translation>{port} 上的{device}违反了 v1 协议：{detail}；该行内容为：{line}</translation>
    </message>
    <message>
        <source>The fixture on {port} reported error {code}: {text}</source>
        <translation>{port} 上的测试治具报告错误 {code}：{text}</translation>
    </message>
    <message>
        <source>&apos;{serial}&apos; cannot be sent to a fixture: {detail}</source>
        <translation>“{serial}”无法发送给测试治具：{detail}</translation>
    </message>
    <message>
        <source>The fixture on {port} is busy with {running}; wait for its result.</source>
        <translation>{port} 上的测试治具正在测试 {running}；请等待其结果。</translation>
    </message>
    <message>
        <source>The {device} on {port} was closed while it was in use.</source>
        <translation>{port} 上的{device}在使用中被关闭。</translation>
    </message>
    <message>
        <source>Internal error talking to the {device} on {port}: {detail}</source>
        <translation>与 {port} 上的{device}通信时发生内部错误：{detail}</translation>
    </message>
    <message>
        <source>The fixture on {port} did not finish testing {serial} within {seconds} s.</source>
        <translation>{port} 上的测试治具未在 {seconds} 秒内完成 {serial} 的测试。</translation>
    </message>
    <message>
        <source>The fixture on {port} sent nothing for {seconds} s while testing {serial}.</source>
        <translation>{port} 上的测试治具在测试 {serial} 时，{seconds} 秒内没有发送任何数据。</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <source>test fixture</source>
        <translation>测试治具</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Disconnected: waiting for the device</source>
        <translation>已断开：等待设备</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>未启用</translation>
    </message>
    <message>
        <source>add the user to the &apos;dialout&apos; group (sudo usermod -aG dialout $USER, then log out and back in), or install the udev rule from docs/devices.md</source>
        <translation>请将该用户加入 &apos;dialout&apos; 组（sudo usermod -aG dialout $USER，然后注销并重新登录），或安装 docs/devices.md 中的 udev 规则</translation>
    </message>
    <message>
        <source>another program has it open (a second benchapp, a serial terminal, ModemManager); close it and try again</source>
        <translation>另一个程序正在使用它（另一个 benchapp、串口终端或 ModemManager）；请关闭后重试</translation>
    </message>
    <message>
        <source>another program has the COM port open (a second benchapp, a serial terminal, the scanner&apos;s set-up tool); close it and try again</source>
        <translation>另一个程序正占用该 COM 口（另一个 benchapp、串口终端或扫描枪的设置工具）；请关闭后重试</translation>
    </message>
    <message>
        <source>a unit serial</source>
        <translation>产品序列号</translation>
    </message>
    <message>
        <source>an RMA number</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>a slip QR</source>
        <translation>交接单二维码</translation>
    </message>
    <message>
        <source>a user badge</source>
        <translation>用户工牌</translation>
    </message>
    <message>
        <source>an unrecognised code</source>
        <translation>无法识别的条码</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>个字符</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between alternatives</comment>
        <translation> 或 </translation>
    </message>
    <message>
        <source>{what} {key} is already closed.</source>
        <translation>{what} {key} 已结案。</translation>
    </message>
    <message>
        <source>{notice_no} cannot be closed before its report is in.</source>
        <translation>{notice_no} 在报告提交前不能结案。</translation>
    </message>
    <message>
        <source>{notice_no} is a major complaint: it needs an 8D report, not a general report.</source>
        <translation>{notice_no} 为重大投诉：需要 8D 报告，而非一般报告。</translation>
    </message>
    <message>
        <source>{notice_no} cannot be closed before the customer contact is recorded.</source>
        <translation>{notice_no} 在记录客户联络之前不能结案。</translation>
    </message>
    <message>
        <source>{name} is not a PDF or an image (PNG, JPEG, GIF, BMP, TIFF, WebP).</source>
        <translation>{name} 不是 PDF 或图片（PNG、JPEG、GIF、BMP、TIFF、WebP）。</translation>
    </message>
    <message>
        <source>{user} has no QC role and cannot own complaint {notice_no}.</source>
        <translation>{user} 没有品质角色，不能负责投诉 {notice_no}。</translation>
    </message>
    <message>
        <source>{ca_no} is &apos;{status}&apos;: record its implementation before verifying it.</source>
        <translation>{ca_no} 当前为“{status}”：请先记录其实施情况，再进行验证。</translation>
    </message>
    <message>
        <source>{day} is already a {kind} in the calendar; remove it first.</source>
        <translation>{day} 在日历中已是{kind}；请先移除。</translation>
    </message>
    <message>
        <source>{name} has {size} bytes; the limit is {limit}.</source>
        <translation>{name} 有 {size} 字节；上限为 {limit}。</translation>
    </message>
    <message>
        <source>{source}: {count} bad row(s); nothing was imported.</source>
        <translation>{source}：{count} 行有误；未导入任何数据。</translation>
    </message>
    <message>
        <source>{source}: {detail}</source>
        <translation>{source}：{detail}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer {name} is not available on this computer.</source>
        <translation>本机没有可用的打印机 {name}。</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>本机未设置打印机。</translation>
    </message>
    <message>
        <source>The document cannot be printed: it is not a readable PDF ({detail}).</source>
        <translation>无法打印：文件不是可读取的 PDF（{detail}）。</translation>
    </message>
    <message>
        <source>The printer {name} does not take {size} pages.</source>
        <translation>打印机 {name} 不支持 {size} 的纸张。</translation>
    </message>
    <message>
        <source>The printer {name} cannot start printing.</source>
        <translation>打印机 {name} 无法开始打印。</translation>
    </message>
    <message>
        <source>The printer {name} stopped at page {page} of {total}.</source>
        <translation>打印机 {name} 在第 {page} 页（共 {total} 页）停止。</translation>
    </message>
    <message>
        <source>The printer {name} did not accept the job.</source>
        <translation>打印机 {name} 未接受打印任务。</translation>
    </message>
</context>
<context>
    <name>requirement</name>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>更换</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Analysis only</source>
        <translation>仅分析</translation>
    </message>
</context>
<context>
    <name>stations</name>
    <message>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>正在签名…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>The database cannot be reached; nothing was saved and your input is kept. Check the network, then choose Retry. ({detail})</source>
        <translation>数据库无法连接；未保存任何内容，您的输入已保留。请检查网络，然后点击“重试”。（{detail}）</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Not signed: nothing was changed.</source>
        <translation>未签名：未做任何更改。</translation>
    </message>
    <message>
        <source>The database cannot be reached; nothing was signed or saved and your input is kept. Choose Retry to sign again. ({detail})</source>
        <translation>数据库无法连接；未签名也未保存任何内容，您的输入已保留。点击“重试”重新签名。（{detail}）</translation>
    </message>
</context>
<context>
    <name>things</name>
    <message>
        <source>RMA or serial number</source>
        <translation>售后单号或序列号</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>anomaly form</source>
        <translation>异常反馈表</translation>
    </message>
    <message>
        <source>calendar day</source>
        <translation>日历日</translation>
    </message>
    <message>
        <source>complaint notice</source>
        <translation>客户投诉通知书</translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>delivered quantity</source>
        <translation>送货数量</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>送货单</translation>
    </message>
    <message>
        <source>form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>number of weeks</source>
        <translation>周数</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>shipped quantity</source>
        <translation>出货数量</translation>
    </message>
    <message>
        <source>shop CA</source>
        <translation>本厂 CA</translation>
    </message>
    <message>
        <source>slip</source>
        <translation>交接单</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>warranty terms</source>
        <translation>保修条款</translation>
    </message>
</context>
<context>
    <name>work kind</name>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
</context>
</TS>
