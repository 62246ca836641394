<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>GiveDialog</name>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>On open slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on open slip {slip_no}: it cannot be handed over again until that slip is received or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA {rma_no}: {customer}, {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {giver_station} to {receiver_station}. You sign the slip as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over units to {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station} holds no units of {rma_no} that can go to {receiver_station}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no} is already signed: close this window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a unit serial number: scan the serial label on the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} is not among the units of {rma_no} that {station} can hand over to {receiver_station}. Set it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} is already on open slip {slip_no}: it cannot be handed over again until that slip is received or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} is already ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(of {available} that can go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the units to hand over first: scan each unit, or tick it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declared {declared} unit(s) but ticked {ticked}. Count the units in the box again, then correct the declared count or the ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand over {count} unit(s) of {rma_no} from {giver_station} to {receiver_station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Slip {slip_no} signed: %n unit(s) handed over to {station}, waiting to be counted in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverGiveDialog</name>
    <message>
        <source>Hand over units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan a unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a serial number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial, state or slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declared count (units in the box):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the units you put in the box; the count must match the ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and hand &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverReceiveDialog</name>
    <message>
        <source>Receive units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer, model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giver&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan each unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a serial number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>No fault found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date cannot be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished">生产部维修</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation type="unfinished">报废</translation>
    </message>
    <message>
        <source>Scrap and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production / soldering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer misuse or damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysis only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip carries no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is not a benchapp transfer slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something other than a signature was added after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature on this slip was made for another slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature was not made with a certificate of the shop CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip&apos;s content differs from the database record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip is not recorded in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished">当前保管</translation>
    </message>
    <message>
        <source>Rework loops</source>
        <translation type="unfinished">返修次数</translation>
    </message>
    <message>
        <source>Repeat return</source>
        <translation type="unfinished">重复退货</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{origin} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared / counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{declared} / {counted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{process} / {department}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref. des.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished">数量</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the history of {rma_no}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no RMA {rma_no} in the database. Check the number on the service form or scan its label again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} is not part of {rma_no}; the whole RMA is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{declared} declared, {counted} counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} ({units})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{billing}, customer wants {requirement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: batch route (5.3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no unit of this RMA was returned before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{serial}&lt;/b&gt;: returned {count} time(s) before: {rmas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {rma_no}, unit {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {rma_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking log ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lips ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair records ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalations &amp;&amp; decisions ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signatures of {slip_no}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signatures of slip {slip_no}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a slip to check its signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the PDF: recorded in the tracking log only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF is stored for slip {slip_no}: its handover is recorded in the tracking log only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatures of {slip_no} are not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no}: {count} valid signature(s) from shop CA certificates; the PDF matches the database record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no} is NOT valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip could not be saved to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no} saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer, so slip {slip_no} was not printed. Use Save PDF to print it elsewhere, or ask the administrator to set up a printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no} was not printed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no} printed as a copy (副本 / COPY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no} printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return no. {n}, last {rma_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody {origin} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slip {slip_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause: {cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} signed, not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref_des} {part_no} ×{qty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat returns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished">搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Filter the tracking log and the lists below (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units: select one to see only its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts replaced in the selected repair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalations &amp;&amp; decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked: {name} was away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {name} ({user}) can unlock this bench: enter your password, or scan your badge and enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {name} ({user}) can unlock this bench: enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished">请输入密码。</translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation type="unfinished">请先扫描工牌。</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation type="unfinished">请输入 PIN 码。</translation>
    </message>
    <message>
        <source>The bench is locked: unlock it first, then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a badge code. Scan the badge again, or enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge is not {name}&apos;s. Only {name} can unlock; anyone else chooses Log out and then signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password or PIN. After {limit} failed attempts in a row the account is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {name} can unlock this bench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Choose Log out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bench locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge:</source>
        <translation type="unfinished">工牌(&amp;B)：</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation type="unfinished">扫描工牌</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished">退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else needs this bench? Choose Log out; they then sign in with their own badge or password. Nothing saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
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
        <source>After-sales repair bench - {station} - {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station: {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISCONNECTED - reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{device}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} is not in any RMA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not a unit, RMA, slip or badge: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA no. or unit serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} RMAs loaded at {time}.</source>
        <translation>{time} 已载入 {count} 张售后服务表。</translation>
    </message>
    <message>
        <source>The RMA list could not be loaded: the database cannot be reached. Check the network or ask the administrator, then choose Retry.</source>
        <translation>无法载入售后服务表列表：数据库无法连接。请检查网络或联系管理员，然后点击“重试”。</translation>
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
        <translation>单元</translation>
    </message>
    <message>
        <source>Units of {rma_no} ({count})</source>
        <translation>{rma_no} 的单元（{count}）</translation>
    </message>
    <message>
        <source>{total} RMAs</source>
        <translation>共 {total} 张</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All RMAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>RMA no., customer, model, or scan a unit serial number</source>
        <translation>售后单号、客户、型号，或扫描单元序列号</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the full history of an RMA or unit (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work at another station your roles allow (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen while you are away (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the supervisor needs to know: the note is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackingView</name>
    <message>
        <source>RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">型号</translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair loops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>On slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To pack ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packed, to business ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming slips ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No units are waiting to be packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted {n} of {total}: the count matches; pack them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted {n} of {total}: scan each unit as it goes into the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted {n} of {total}: the count does not match, nothing was packed. Not counted yet: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Packed %n unit(s) of {rma_no}; the tracking log is marked complete. Next: hand the forms to business.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a packed unit of the RMA to hand over, or scan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rma_no} has no packed units to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the slip to receive, or scan its QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is neither a unit serial nor an RMA number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} was already counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} counted: {n} of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} is already packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} is on incoming slip {slip_no}: receive the slip first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} is not at Packing: it is neither waiting to be packed, nor packed, nor on an incoming slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rma_no} has no units at Packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing</source>
        <translation type="unfinished">包装</translation>
    </message>
    <message>
        <source>&amp;To pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA, customer, model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan s&amp;erial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan each unit as it goes into the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMAs with units at packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of the selected RMA: scan each one to count it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack the counted units and mark the tracking log complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packed, to business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA, serial, customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the selected RMA&apos;s packed units and forms to business with a signed transfer slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand forms to &amp;business…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip, RMA, giver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the units from QC in by scanning and countersign the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartsModel</name>
    <message>
        <source>Ref. des.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished">数量</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QcView</name>
    <message>
        <source>RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">型号</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned {n} time(s) before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair loops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On open slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {rma_no} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Intake ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Screening ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Anomaly forms ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Re-inspection / OQC ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;5 Hand over ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the inspector who passed it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({user}): {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs one of the roles: {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the selected slip&apos;s units in and accept or refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or select a unit: test it on the fixture, then check it by eye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{serial}&lt;/b&gt; of {rma_no}, {model} for {customer}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixture test: &lt;b&gt;{verdict}&lt;/b&gt; by {tester}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test fixture is set up on this bench: enter the verdict by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the selected unit on the fixture (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the fixture gives no result: you sign the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a form to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form is already signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {name} can sign form {form_no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the escaped defect with your signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the responsible inspector for {form_no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or select a repaired unit: re-test it on the fixture, then OQC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{serial}&lt;/b&gt; of {rma_no}, {model} for {customer}: {state}; repair loops {loops}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-test the selected unit on the fixture (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the fixture&apos;s re-test result to record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a transfer slip for the selected units of one RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loops} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair: rework by the production line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair: repair engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {name}, {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixture: none set up (verdicts by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixture: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rma_no} has no units, slips or forms at QC now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not a unit serial or an RMA no.: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} is at QC but {state}: no QC work on it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} is not on any QC list: it is at another station, or not registered. Check the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the slip to receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a unit that waits for this test first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing needs one of the roles: {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test fixture is set up on this bench: nothing was tested. Enter the verdict by hand (signed) if the unit was tested another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixture is still testing {serial}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixture is busy with {serial}; wait for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixture is closed: nothing was tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing {serial}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixture verdict: &lt;b&gt;{verdict}&lt;/b&gt; ({fixture})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixture verdict: &lt;b&gt;{verdict}&lt;/b&gt; ({fixture}); sign it to record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixture gave no verdict for {serial}: {problem} Nothing was recorded. Test again, or enter the verdict by hand (signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening test of {serial}: {verdict} recorded from the fixture ({n} measurements). Now the visual check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a unit that waits for screening first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screening test verdict {verdict} for unit {serial}, entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict by hand: &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening test of {serial}: {verdict} recorded by hand. Now the visual check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tested unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose PASS or FAIL for the visual check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome a, no fault found (test PASS, visual PASS): {serial} goes to the QC supervisor for review. It must not go back to the customer without a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome b, defect seen: an anomaly feedback form waits for {name}&apos;s signature, and {serial} goes to the production team lead for rework. Hand it over to repair in tab 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome c, test FAIL and nothing visible: {serial} goes to the repair engineer. Hand it over to repair in tab 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial}: screening recorded ({outcome}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the form to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC anomaly feedback form {form_no}: you confirm the defect on unit {serial} ({defect}) escaped your inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form {form_no} signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no re-test result to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a unit that waits for re-inspection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-inspection test verdict {verdict} for unit {serial}, entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-inspection test result {verdict} from the fixture for unit {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a unit that waits for OQC first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose PASS or FAIL for the OQC inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OQC full inspection verdict {verdict} for unit {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} passed the re-test: OQC full inspection next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} passed OQC: ready to pack. Hand it over to packing in tab 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the re-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OQC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} failed {what}: repair loop {loops}, over the limit of {limit}. It stays at QC, locked, and the production supervisor decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} failed {what} and goes back to repair: repair loop {loops} of at most {limit}. Hand it over to repair in tab 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the units to hand over to {station} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One slip covers one RMA: select units of only one of {rmas}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC</source>
        <translation type="unfinished">品质部</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a unit serial or an RMA no., then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShoShow all RMA&amp;samp;w all RMAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips addressed to QC. Check the count against the after-sales service form: receive counts the units by scanning and accepts or refuses the slip (signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search slips…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Fixture test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run fixture &amp;test (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixture result? Verdict by hand (signed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test PA&amp;SS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test FA&amp;IL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Visual check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks &amp;good (PASS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defect seen (FAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;efect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, where (e.g. U12 cold solder joint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponsible inspector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;visual check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC anomaly feedback forms (品质检验异常反馈表) raised by a visual FAIL at screening. Only the responsible inspector can sign a form, to confirm the escaped defect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show signed &amp;forms too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-inspection / OQC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Re-test on the fixture (tester signs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign test &amp;result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. OQC full inspection (OQC inspector signs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept (PASS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject (FAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for a FAIL: what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and record &amp;OQC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units that leave QC. Select units of one RMA (Ctrl+click for several), then hand them over: the slip lists them, you sign it and print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to &amp;repair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to &amp;packing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips given by QC, waiting for the receiver to count them:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Receive slip {slip_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Slip {slip_no} for RMA {rma_no}: %n unit(s) declared</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{giver_station}, handed over by {giver} at {time}, to {receiver_station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ {who}, signed {time}: valid (shop certificate, unchanged since signing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ No stored slip PDF: refuse the handover (the transfer slip is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ {who}, signed {time}: NOT valid: {problem} ({reason}). Refuse the handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the slip: set it aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a slip&apos;s code. Finish counting slip {slip_no} first, or close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a unit serial number: scan the serial label on the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} is already counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} is not on slip {slip_no}: set it aside, it is not part of this handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} counted: {counted} of {declared}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared: {declared}    Counted: {counted}    Missing: {missing}    Not on the slip: {extra}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: {serials}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the slip: {serials}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept is not possible: the slip did not verify. Refuse the handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan each unit in the box to count it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {declared} units counted. Accept and sign to take them over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept needs every unit on the slip scanned and nothing else ({counted} counted, {declared} declared). Scan the missing units, or refuse the handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>receive %n unit(s) on slip {slip_no} from {giver_station}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying and countersigning the slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} The refusal is recorded and signed; the units stay with {giver_station} and the dispute goes to the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Slip {slip_no} accepted and countersigned: %n unit(s) now at {station}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the reason for the refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse slip {slip_no} from {giver_station}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersigning the refusal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no} refused ({reason}); the refusal is signed, the units stay with {giver_station} and the dispute goes to the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the slip…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivingView</name>
    <message>
        <source>Repair</source>
        <translation type="unfinished">生产部维修</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty (no charge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PCBA-MC200-V3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf or bin (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat return</source>
        <translation type="unfinished">重复退货</translation>
    </message>
    <message>
        <source>return #{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">型号</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting for QC ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming slips ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hipping ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer declared {declared}, {counted} counted: the difference is recorded on the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n serial(s) will be generated when you save, one label per unit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {counted} units scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {counted} units scanned: scan every unit counted, or correct the counted quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned serials were removed: the units get generated serials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a unit serial. Scan the serial label on the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate serials is ticked: untick it to scan the units&apos; own serials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} is already on the list: each unit is scanned once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan each unit&apos;s serial, or tick Generate serials if the units carry none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved {rma_no}: %n unit(s) registered for {customer}. Write {rma_no} on the paper form.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Declared {declared}, counted {counted}: recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat return: check the earlier repair records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rma_no} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rma_no} saved. Repeat return: {serials}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial}: return #{ordinal} within {days} days (earlier: {rmas})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial}: return #{ordinal}, the last one {days} days ago (earlier: {rmas})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rma_no} is saved, but no printer is set up on this computer: the labels were not printed. Set up a printer, then choose Print labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rma_no} is saved, but the labels were not printed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) of {rma_no} printed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a unit of the RMA to hand over, or scan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rma_no} has no units waiting for handover to QC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the slip to receive, or scan its QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No units are ready to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA: {rma_no}
Customer: {customer}
Model: {model}
Quantity: {n} of {ready} ready
Ship date: {date}
Serials: {serials}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none ticked yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or scan the units going into the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ship %n unit(s) of {rma_no} to {customer} by {carrier}, tracking no. {tracking}: I issue this shipping note.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signing the shipping note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shipping note {note_no}: %n unit(s) of {rma_no} to {customer}, {carrier} {tracking}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replacement units: {serials}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer complaint notice {notice_no} raised to QC: {bad} of {shipped} shipped unit(s) of {rma_no} failed for production, inspection, material or design causes (rule: 0.5 % or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a complaint notice was raised could not be read back; see the RMA&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is neither a unit serial nor an RMA number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} is already ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} ticked: {n} of {ready} in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} is on incoming slip {slip_no}: receive the slip first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} is not at Receiving &amp; Shipping: it is neither waiting for QC, nor on an incoming slip, nor ready to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rma_no} has no units at Receiving &amp; Shipping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving &amp; Shipping</source>
        <translation type="unfinished">业务部收发</translation>
    </message>
    <message>
        <source>&amp;New return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales service form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model (part no.):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declared quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity the customer&apos;s papers state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounted quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units actually in the box, counted on receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;plaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer reports (投诉内容)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requirement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;tch problem (the line reworks every unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stor&amp;age location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit serials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate serials (the units carry none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan s&amp;erial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan each unit; Enter on an empty field saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected serials (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the service form and register the units (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to &amp;QC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting for QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA, serial, customer, model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the selected RMA&apos;s units to the QC packer with a signed transfer slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip, RMA, giver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the packed units in by scanning and countersign the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA, customer, model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan each unit going into the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMAs with units ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of the selected RMA (tick or scan what goes into the box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the signed shipping note and ship the ticked units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairNoteDialog</name>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairView</name>
    <message>
        <source>Production / soldering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer misuse or damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMT placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflow soldering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave soldering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual soldering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AOI inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing and shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <source>Save record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}, on slip {slip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished">生产部维修</translation>
    </message>
    <message>
        <source>Yes, {n} earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished">交期</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">型号</translation>
    </message>
    <message>
        <source>Choose the cause category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time spent on this repair, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming slips to repair ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units at repair ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queue ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or scan a unit to fill in its repair record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} of {rma_no}: {model}, {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>re-inspection failed %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>repeat return ({n} earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer complaint: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a repair engineer or a production team lead can record repairs; you can look at the units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First confirm the due date ({due}) or escalate it: the repair record can be saved only after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated: waiting for the supervisor&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done here: hand it over to QC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit state: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part row {row}: enter both the reference designator and the part number, or remove the row. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or scan the unit the repair record is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the due date of unit {serial} first (or escalate it). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair record is incomplete. Fill in: {fields}. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair record of unit {serial} saved. Hand it over to QC when the units of {rma_no} are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of unit {serial} confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date cannot be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} ({rma_no}) cannot be finished by {due}. Say why and what is needed; the production supervisor decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} escalated to the production supervisor: the due date cannot be met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} ({rma_no}): describe what was tested and found; the production supervisor decides how to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} escalated to the production supervisor: the fault cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the slip to receive, or scan its QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repaired or returning unit waits to go to QC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of several RMAs are ready for QC ({rmas}): select a unit of the RMA to hand over first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Slip {slip_no}: %n unit(s) of {rma_no} handed over to QC.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Slip {slip_no} is not waiting to be received at repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a unit serial or an RMA number. Scan the unit&apos;s label or the RMA barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} is on slip {slip_no}, not yet received at repair: receive the slip first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} is not at the repair station. Check the label, or look the unit up in the RMA list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {serial} was received by someone else: showing all units at repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit of {rma_no} is at the repair station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the units of {rma_no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair / rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit serial or RMA number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;ll units at repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the lists from the database (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming slips to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the slip&apos;s QR code, or select it and choose Receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rece&amp;ive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the selected unit can be finished by the RMA&apos;s due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm &amp;due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date cannot be met: escalate to the production supervisor with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot &amp;meet – escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fault cannot be found: escalate to the supervisor with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find fa&amp;ult…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count, sign and print a transfer slip for repaired units of one RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to &amp;QC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymptom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible pr&amp;ocess:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible de&amp;partment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actio&amp;ns taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts &amp;replaced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row for a replaced part (Insert in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected part row (Delete in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form for this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ear form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the repair record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
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
        <translation>单元状态</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a baud rate: choose one from the list, e.g. 9600 or 115200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{variable}={value} is set on this computer and decides the language, whatever is chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when benchapp starts the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial ports cannot be listed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial ports found: {count}. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serial ports found. Plug the device in (USB-COM mode), then Detect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No port set: nothing to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{port}: {state} (in use by this bench).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: {port} opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: {port} is {path} and opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bench settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without keyboard, mouse or scanner input before the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode scanner (serial / USB-COM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the serial ports of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the port briefly to see whether the device is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test fixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;etect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;ud rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a path (/dev/ttyACM0, COM3) or a USB id VID:PID[:serial] (05e0:1200:S123), which stays right when the device moves to another socket. Leave it empty if the bench has no such device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Electronic signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signing: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer: {name} ({user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished">用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your own user name ({user}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished">请输入密码。</translation>
    </message>
</context>
<context>
    <name>StationChooserDialog</name>
    <message>
        <source>Receive returns, count and label the units; ship them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake count, first screening, re-inspection and OQC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair and rework with the repair record; escalations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack the inspected units and hand them over for shipping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide escalations; overdue work, statistics and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, which station do you work at on this bench now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({roles}) has no station to work at: no workflow step belongs to these roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators manage users and settings with the command line (benchapp user …, benchapp config …). To work at a station, sign in with an account that has a station role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you do there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys and Enter, or the station&apos;s number key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorCharts</name>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units behind {bar} in {week}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {week}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading this week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached, so the figures cannot be read. Check the network, then choose Retry. ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished">重试(&amp;R)</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{week} ({monday} to {sunday}): {units} units, no fault found {nff}, on time {on_time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repairs this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week, {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-fault-found rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat-repair rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(click a bar or choose one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bar}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">型号</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {count} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units behind a bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly repair statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO &amp;week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week number (Monday to Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week before (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week after (PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure causes (Pareto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly trend (52 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second &amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar in a chart, or choose it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished">搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>RMA no., serial, model, root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the unit&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>No fault found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date cannot be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework loops over limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return as is, unrepaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation type="unfinished">报废</translation>
    </message>
    <message>
        <source>Scrap and send a replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the slip (units stay with the giver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover not counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up after shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">处理中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">已结案</translation>
    </message>
    <message>
        <source>Implemented, to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious (8D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason / detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA / notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip}: {giver} to {receiver}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} unit(s) from {giver} to {receiver}, not counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} open escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an escalation in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; — {rma}, {customer}, {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit(s): {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit state: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised {at}, waiting {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Decided by: {roles}. You can only view it.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an escalation to decide first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} is decided by: {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for the decision before signing: who took part and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the replacement unit&apos;s serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision &quot;{decision}&quot; on {kind}, {rma} {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided and signed: {decision} for {rma} {units} (certificate {fingerprint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} overdue handover(s) escalated: {slips}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new overdue handovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a complaint notice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing complaint notice {notice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint notice {notice} closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a corrective action first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrective action {ca} verified effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action {ca} verified and closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrective action {ca} not effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action {ca} sent back to the process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics charts are not available: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open escalations for {code}; the oldest is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open escalation for {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan unit or RMA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a serial or RMA number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;others&apos; escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list escalations that other supervisors decide (read-only here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part and why this decision (required). Ctrl+Enter signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;placement serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New d&amp;ue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check overdue &amp;handovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise an escalation for every slip left uncounted past the shop&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red: more than a day late. Yellow: late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaints &amp;&amp; actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer complaint notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing or verification note (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify action: effective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not effec&amp;tive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics charts are not installed in this version.</source>
        <translation type="unfinished"></translation>
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
    <name>app</name>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge {badge}: enter the PIN</source>
        <translation type="unfinished"></translation>
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
        <source>The database setting is wrong. Correct it (--db or BENCHAPP_DB) and start again.</source>
        <translation>数据库设置有误。请更正（--db 或 BENCHAPP_DB）后重新启动。</translation>
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
    <name>handover</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} Slip {slip_no} stays unprinted; print it later from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation type="unfinished">本机未设置打印机。</translation>
    </message>
    <message>
        <source>Printing slip {slip_no}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no} printed on {printer}, but the print could not be recorded ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no} printed on {printer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no} is already {status}; there is nothing to receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking slip {slip_no}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no} is addressed to {receiver_station}, not to {station}: it cannot be received here. Take the box to {receiver_station}.</source>
        <translation type="unfinished"></translation>
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
        <translation>单元应交给其他工位</translation>
    </message>
    <message>
        <source>the giver does not hold the units</source>
        <translation>交出方并不保管这些单元</translation>
    </message>
    <message>
        <source>the slip was altered after signing</source>
        <translation>交接单在签名后被改动</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip reprinted (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: no fault found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: to rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly form signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-inspection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OQC inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping note issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint notice raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint notice assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint notice classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint report attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint notice closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from past records</source>
        <translation type="unfinished"></translation>
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
        <translation>序列号“{serial}”在本售后服务表中出现了两次。</translation>
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
        <translation>单元 {serial} 当前为“{state}”：现在不能执行“{action}”。</translation>
    </message>
    <message>
        <source>Units do not go from {from_station} to {to_station}.</source>
        <translation>单元不能从{from_station}转到{to_station}。</translation>
    </message>
    <message>
        <source>Unit {serial} is in the custody of {custody}, not {station}.</source>
        <translation>单元 {serial} 由{custody}保管，而不是{station}。</translation>
    </message>
    <message>
        <source>Unit {serial} is already on open slip {slip_no}.</source>
        <translation>单元 {serial} 已在未完成的交接单 {slip_no} 上。</translation>
    </message>
    <message>
        <source>Slip {slip_no} is already {status}.</source>
        <translation>交接单 {slip_no} 已是“{status}”状态。</translation>
    </message>
    <message>
        <source>Confirm the due date of unit {serial} first.</source>
        <translation>请先确认单元 {serial} 的交期。</translation>
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
        <source>The database cannot be reached; nothing was changed. Details: {detail}</source>
        <translation>数据库无法连接，未做任何更改。详情：{detail}</translation>
    </message>
    <message>
        <source>Wrong password: {user}&apos;s signing key stays locked. Nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for the shop CA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to {user}&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user}&apos;s certificate was not issued by the shop CA {ca}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user}&apos;s certificate is valid from {not_before} to {not_after}, not at {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is not a signature field of a slip ({allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no} already carries the {field} signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no} has no giver signature yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is not a benchapp transfer slip: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip cannot be drawn: {field} {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font file {path} is missing: reinstall benchapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature stamp has {lines} lines; the box holds at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_no} was changed after {after}: verify it instead of signing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust anchor is not a PEM certificate: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan is empty. Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan is too long ({length} {unit}; at most {max_len} characters). Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan is not readable text (neither UTF-8 nor GBK): {raw}. Check the scanner&apos;s character set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan contains the control character {char} at position {position}: {raw}. Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scan stopped without its line end (CR or LF) and was dropped: {raw}. Check the scanner&apos;s suffix setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field expects a {expected} barcode; the scanner read a {symbology} ({aim}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field expects {expected}; the scan is {kind}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{port}&apos; is not a port: give a path (/dev/ttyACM0, COM3) or a USB id VID:PID[:serial] in hex (05e0:1200:S123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{port} rejected the settings: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{port} is not there: is the device plugged in? Settings &gt; Detect lists the ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{port} matches {count} ports ({devices}): add the serial number, VID:PID:SERIAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to open {port}: {fix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{port} is busy: {fix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {port}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {device} on {port} is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {device} on {port} was disconnected ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send to the {device} on {port}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {device} on {port} {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {device} on {port} broke protocol v1: {detail}; the line was: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixture on {port} reported error {code}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{serial}&apos; cannot be sent to a fixture: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixture on {port} is busy with {running}; wait for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {device} on {port} was closed while it was in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error talking to the {device} on {port}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixture on {port} did not finish testing {serial} within {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixture on {port} sent nothing for {seconds} s while testing {serial}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test fixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: waiting for the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the user to the &apos;dialout&apos; group (sudo usermod -aG dialout $USER, then log out and back in), or install the udev rule from docs/devices.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program has it open (a second benchapp, a serial terminal, ModemManager); close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program has the COM port open (a second benchapp, a serial terminal, the scanner&apos;s set-up tool); close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RMA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a slip QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unrecognised code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between alternatives</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {key} is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{notice_no} cannot be closed before its report is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{notice_no} is a serious complaint: it needs an 8D report, not a general report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} has no QC role and cannot own complaint {notice_no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ca_no} is &apos;{status}&apos;: record its implementation before verifying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is already a {kind} in the calendar; remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {size} bytes; the limit is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {count} bad row(s); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {detail}</source>
        <translation type="unfinished"></translation>
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
    <name>stations</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached; nothing was saved and your input is kept. Check the network, then choose Retry. ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished">重试(&amp;R)</translation>
    </message>
    <message>
        <source>Not signed: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached; nothing was signed or saved and your input is kept. Choose Retry to sign again. ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
