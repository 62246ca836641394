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
</TS>
