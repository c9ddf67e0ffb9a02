<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="207"/>
        <source>The database cannot be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <location filename="../../ui/library/model.py" line="48"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="49"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="50"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="51"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="52"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="53"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="54"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="55"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="58"/>
        <source>unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="59"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="60"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="61"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="62"/>
        <source>disputed</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="63"/>
        <source>revised</source>
        <translation>修订中</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="64"/>
        <source>final</source>
        <translation>最终</translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="64"/>
        <source>Where the comment goes (the playhead when you pressed M)</source>
        <translation>批注所在时间（按下 M 时的播放位置）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="70"/>
        <source>Rubric item the comment explains</source>
        <translation>批注所说明的评分项</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="74"/>
        <source>Press M to comment at the playhead; type and press Enter</source>
        <translation>按 M 在播放位置添加批注；输入后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="78"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="84"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="84"/>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="84"/>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="84"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="101"/>
        <source>Click a comment to jump there; double-click its text to edit.</source>
        <translation>单击批注跳转到该位置；双击文字可编辑。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="104"/>
        <source>Delete comment</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="113"/>
        <source>(whole call)</source>
        <translation>（整通电话）</translation>
    </message>
</context>
<context>
    <name>DescriptorPane</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="343"/>
        <source>Point at a level or select an item to read its descriptors. Keys: 1–5 choose a level, 0 N/A, ↑/↓ next item, Delete clears.</source>
        <translation>将鼠标指向等级或选中评分项即可查看等级说明。按键：1–5 选择等级，0 不适用，↑/↓ 切换评分项，Delete 清除。</translation>
    </message>
</context>
<context>
    <name>EvaluationTabs</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="339"/>
        <location filename="../../ui/evaluation/panel.py" line="347"/>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="340"/>
        <source>Coaching note</source>
        <translation>辅导意见</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="341"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="342"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="347"/>
        <source>Comments (%1)</source>
        <translation>批注（%1）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/library/panel.py" line="77"/>
        <source>Search call id or notes…</source>
        <translation>搜索通话编号或备注…</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="83"/>
        <source>Any direction</source>
        <translation>全部方向</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="84"/>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="85"/>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="90"/>
        <source>All calls</source>
        <translation>全部通话</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="91"/>
        <source>Unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="92"/>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="93"/>
        <source>Scored by me</source>
        <translation>我评过的</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="98"/>
        <source>Complaints only</source>
        <translation>仅投诉</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="100"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="112"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="131"/>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="132"/>
        <source>All queues</source>
        <translation>全部队列</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="282"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="282"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="282"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="282"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="282"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="294"/>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="295"/>
        <source>answer</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="296"/>
        <source>note</source>
        <translation>辅导意见</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="297"/>
        <source>comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="298"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../ui/scoring/items.py" line="100"/>
        <source>CRITICAL</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="103"/>
        <source>Failing this item fails the whole evaluation</source>
        <translation>此项不合格则整份评分为零</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="105"/>
        <source>Failing this item zeroes its section</source>
        <translation>此项不合格则所在部分得零分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="109"/>
        <source>FLAG</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="111"/>
        <source>Recorded as a fact, gives no points</source>
        <translation>仅作记录，不计分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="119"/>
        <source>A comment linked to this item is required</source>
        <translation>此项需要关联一条批注</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="145"/>
        <location filename="../../ui/scoring/items.py" line="151"/>
        <location filename="../../ui/scoring/items.py" line="152"/>
        <source>%1 pts</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="154"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="155"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="177"/>
        <source>0 · N/A</source>
        <translation>0 · 不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="177"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="200"/>
        <source>%1%2 each</source>
        <translation>每次 %1%2</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="202"/>
        <source>category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="204"/>
        <source>at most %1</source>
        <translation>最多 %1 次</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="212"/>
        <location filename="../../ui/scoring/items.py" line="373"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="229"/>
        <source>— not set —</source>
        <translation>— 未填写 —</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="239"/>
        <source>from %1 to %2</source>
        <translation>范围 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="248"/>
        <source>Type here; saved when you leave the field</source>
        <translation>在此输入；离开输入框时保存</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../ui/library/panel.py" line="267"/>
        <source>Refresh the list</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="285"/>
        <source>My queue</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="286"/>
        <source>Library</source>
        <translation>录音库</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="300"/>
        <source>%1 calls</source>
        <translation>共 %1 通</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>qaclient — call quality review</source>
        <translation>qaclient — 通话质检</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>The call list could not be read: %1</source>
        <translation>无法读取通话列表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>No call open — choose one from the list (Enter or double-click).</source>
        <translation>未打开通话 — 请从列表中选择（回车或双击）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Audio playback is not available on this computer: %1</source>
        <translation>此电脑无法播放音频：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>The recording of %1 cannot be played: %2</source>
        <translation>通话 %1 的录音无法播放：%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>&amp;Submit evaluation</source>
        <translation>提交评分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Load &amp;demo data</source>
        <translation>加载演示数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&amp;Call</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Add &amp;comment at playhead</source>
        <translation>在播放位置添加批注(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;Find calls</source>
        <translation>查找通话(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>Go to the rubric &amp;form</source>
        <translation>转到评分表(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Go to the call &amp;list</source>
        <translation>转到通话列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Next &amp;unanswered item</source>
        <translation>下一个未评项(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation>快捷键(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Rubric form</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Player</source>
        <translation>播放器</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Submit the evaluation (lists what is missing first)</source>
        <translation>提交评分（先列出缺少的内容）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Add a comment at the playhead, linked to the focused item</source>
        <translation>在播放位置添加批注，并关联当前评分项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>This list of shortcuts</source>
        <translation>本快捷键列表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Search the call library</source>
        <translation>搜索录音库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Go to the call list</source>
        <translation>转到通话列表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Go to the rubric form</source>
        <translation>转到评分表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>Next unanswered item</source>
        <translation>下一个未评项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Call list</source>
        <translation>通话列表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Open the call</source>
        <translation>打开通话</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>Choose a level of the focused item (yes/no: 1 = yes, 2 = no)</source>
        <translation>为当前评分项选择等级（是/否项：1 = 是，2 = 否）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Not applicable (where the item allows it)</source>
        <translation>不适用（评分项允许时）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Count one more / one less occurrence (deduction and bonus items)</source>
        <translation>次数加一 / 减一（扣分项和加分项）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Previous / next item</source>
        <translation>上一个 / 下一个评分项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>Clear the answer</source>
        <translation>清除答案</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>Skip back / forward (short)</source>
        <translation>后退 / 前进（短）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>Skip back / forward (long)</source>
        <translation>后退 / 前进（长）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>Slower / faster</source>
        <translation>减速 / 加速</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>Cannot read call %1: %2</source>
        <translation>无法读取通话 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>Call %1 is not in the library.</source>
        <translation>录音库中没有通话 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>agent %1</source>
        <translation>坐席 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>(no file recorded)</source>
        <translation>（未记录文件）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>The recording of %1 is missing: %2. You can still score the call; re-import or move the file back to listen.</source>
        <translation>通话 %1 的录音文件缺失：%2。仍可对该通话评分；重新导入或将文件移回原处即可收听。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>The evaluation of %1 cannot be loaded (its rubric version may be missing): %2</source>
        <translation>无法载入通话 %1 的评分（其评分表版本可能缺失）：%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="517"/>
        <source>No rubric could be found for %1 (tried %2). Import the rubrics (qaclient rubric import) or load the demo data.</source>
        <translation>找不到适用于 %1 的评分表（已尝试 %2）。请导入评分表（qaclient rubric import）或加载演示数据。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="539"/>
        <location filename="../../ui/main_window.py" line="710"/>
        <source>Submitted evaluation (%1): read only</source>
        <translation>已提交的评分（%1）：只读</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Draft: every change is saved at once</source>
        <translation>草稿：每次修改都会立即保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="560"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="561"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="563"/>
        <source>disputed</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="564"/>
        <source>revised</source>
        <translation>修订中</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>final</source>
        <translation>最终</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="585"/>
        <source>The last change could not be saved: %1</source>
        <translation>最后一次修改未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="597"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="598"/>
        <source>✓ Saved</source>
        <translation>✓ 已保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="599"/>
        <source>✗ Not saved</source>
        <translation>✗ 未保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="607"/>
        <source>A change could not be saved: %1</source>
        <translation>有一项修改未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="629"/>
        <source>Open a call first, then press M to comment at the playhead.</source>
        <translation>请先打开通话，再按 M 在播放位置添加批注。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="687"/>
        <source>Open a call to submit its evaluation.</source>
        <translation>请先打开通话再提交评分。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="690"/>
        <source>This evaluation is already submitted.</source>
        <translation>此评分已提交。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="696"/>
        <source>Cannot check the evaluation: %1</source>
        <translation>无法检查评分：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="704"/>
        <source>Submit failed: %1</source>
        <translation>提交失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="719"/>
        <source>Submitted %1: %2 of %3 points, grade %4.</source>
        <translation>已提交 %1：%2 / %3 分，等级 %4。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="750"/>
        <source>Cannot submit: item %1 needs a comment saying why. Press M and link the comment to this item.</source>
        <translation>无法提交：评分项 %1 需要填写原因批注。请按 M 并将批注关联到此项。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="753"/>
        <source>Cannot submit: item %1 — %2</source>
        <translation>无法提交：评分项 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="759"/>
        <source>and %1 more</source>
        <translation>等另外 %1 项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="761"/>
        <source>Cannot submit: %1 item(s) not answered: %2</source>
        <translation>无法提交：%1 个评分项未评：%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="822"/>
        <source>Settings could not be saved: %1</source>
        <translation>设置未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="831"/>
        <source>Settings saved. A new database location is used from the next start.</source>
        <translation>设置已保存。新的数据库位置将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="160"/>
        <source>Greeting complete and warm</source>
        <translation type="unfinished">开场白完整且亲切</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../ui/message_bar.py" line="41"/>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>MetadataTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="232"/>
        <source>No call open.</source>
        <translation>未打开通话。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="236"/>
        <source>Call id</source>
        <translation>通话编号</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="237"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="238"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="239"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="241"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="242"/>
        <source>inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="242"/>
        <source>outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="246"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="247"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="248"/>
        <source>Caller</source>
        <translation>主叫号码</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="249"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="249"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="249"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="251"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="257"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="261"/>
        <source>Rubric</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="264"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>NoteTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="190"/>
        <source>Coaching note for the agent: name the behaviour, the moment, and its effect on the customer.</source>
        <translation>给坐席的辅导意见：指出具体行为、发生时刻及其对客户的影响。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="197"/>
        <source>What went well, what to improve, and how…</source>
        <translation>做得好的地方、需要改进的地方以及改进方法…</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../../ui/player/player.py" line="116"/>
        <source>The recording “%1” cannot be found. It may have been moved or deleted.</source>
        <extracomment>playback speeds offered, slowest first ([ and ] step through them) a clear sentence for the user (file missing, not audio, …) the media is loaded and can play True while a solo copy is being prepared</extracomment>
        <translation>找不到录音“%1”，可能已被移动或删除。</translation>
    </message>
    <message>
        <location filename="../../ui/player/player.py" line="311"/>
        <source>Cannot play one party alone: %1</source>
        <translation>无法单独播放一方声音：%1</translation>
    </message>
    <message>
        <location filename="../../ui/player/player.py" line="349"/>
        <source>Cannot play “%1”: the file is damaged or not a supported audio format.</source>
        <translation>无法播放“%1”：文件已损坏或音频格式不受支持。</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../../ui/player/player_panel.py" line="166"/>
        <source>Drawing waveform…</source>
        <extracomment>a talk-over is replayed from this long before it starts, so one hears who cut in fraction of the waveform overview computed (0..1); 1.0 when drawn completely the detected segments arrived (list[Band]) a short, non-blocking status line (e.g. &quot;Select a range first&quot;); the main window may show it in its status bar</extracomment>
        <translation>正在绘制波形…</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="238"/>
        <source>Select a range to loop first: Shift+drag on the waveform.</source>
        <translation>请先选择要循环的区间：在波形上按住 Shift 拖动。</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="265"/>
        <source>No further comment in this call.</source>
        <translation>此通话后面没有更多批注。</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="266"/>
        <source>No further hold or silence in this call.</source>
        <translation>此通话后面没有更多等候或静音。</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="267"/>
        <source>No further talk-over in this call.</source>
        <translation>此通话后面没有更多抢话。</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="282"/>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="285"/>
        <location filename="../../ui/player/player_panel.py" line="295"/>
        <source>Back %1 seconds</source>
        <translation>后退 %1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="290"/>
        <location filename="../../ui/player/player_panel.py" line="300"/>
        <source>Forward %1 seconds</source>
        <translation>前进 %1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="303"/>
        <source>Slower</source>
        <translation>减速</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="304"/>
        <source>Faster</source>
        <translation>加速</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="305"/>
        <source>Jump to the next comment</source>
        <translation>跳到下一条批注</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="306"/>
        <source>Jump to the next hold or silence</source>
        <translation>跳到下一次等候或静音</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="307"/>
        <source>Jump to the next talk-over</source>
        <translation>跳到下一次抢话</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="308"/>
        <source>Loop the selected range on / off</source>
        <translation>开启 / 关闭所选区间循环</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="309"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="310"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="311"/>
        <source>Clear the selected range</source>
        <translation>清除所选区间</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="375"/>
        <source>Drawing waveform… %1 %</source>
        <translation>正在绘制波形… %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="397"/>
        <source>No waveform: %1</source>
        <translation>无波形：%1</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="399"/>
        <source>Cannot analyse “%1”: %2</source>
        <translation>无法分析“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="403"/>
        <source>Holds and talk-overs could not be detected: %1</source>
        <translation>无法检测等候和抢话：%1</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="427"/>
        <source>Preparing solo playback…</source>
        <translation>正在准备单声道播放…</translation>
    </message>
</context>
<context>
    <name>RubricForm</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="204"/>
        <location filename="../../ui/scoring/form.py" line="216"/>
        <source>Open a call to score it.</source>
        <translation>打开一通电话开始评分。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="258"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>ScoreSummary</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="143"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="163"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="166"/>
        <source>%1 of %2 answered</source>
        <translation>已评 %1 / %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="175"/>
        <source>the whole evaluation scores 0</source>
        <translation>整份评分记为 0 分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="177"/>
        <source>its section scores 0</source>
        <translation>所在部分记为 0 分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="180"/>
        <source>AUTO-FAIL: %1 — %2</source>
        <translation>一票否决：%1 — %2</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="392"/>
        <source>Submit (Ctrl+S)</source>
        <translation>提交（Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>Empty: the local database in the data folder. Or a file path, or a database URL (postgresql+psycopg://…).</source>
        <translation>留空：使用数据目录中的本地数据库。也可填写文件路径或数据库 URL（postgresql+psycopg://…）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59"/>
        <source>Database location:</source>
        <translation>数据库位置：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="61"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="67"/>
        <source>No audio output device found</source>
        <translation>未找到音频输出设备</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>Audio output:</source>
        <translation>音频输出：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>Short skip (←/→):</source>
        <translation>短跳转（←/→）：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Long skip (Shift+←/→):</source>
        <translation>长跳转（Shift+←/→）：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Default speed:</source>
        <translation>默认语速：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>From the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation>SQLite 数据库 (*.sqlite3 *.db)</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Keyboard shortcuts</source>
        <extracomment>Rubric names tried, in order, for a call without an evaluation yet.</extracomment>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../ui/player/transport.py" line="108"/>
        <source>Back 15 seconds</source>
        <translation>后退 15 秒</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="110"/>
        <source>Back 5 seconds</source>
        <translation>后退 5 秒</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="113"/>
        <location filename="../../ui/player/transport.py" line="206"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="113"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="117"/>
        <source>Forward 5 seconds</source>
        <translation>前进 5 秒</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="119"/>
        <source>Forward 15 seconds</source>
        <translation>前进 15 秒</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="122"/>
        <source>Jump to the next comment</source>
        <translation>跳到下一条批注</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="125"/>
        <source>Jump to the next hold or silence</source>
        <translation>跳到下一次等候或静音</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="128"/>
        <source>Jump to the next talk-over</source>
        <translation>跳到下一次抢话</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="133"/>
        <source>Loop the selected range (Shift+drag on the waveform to select)</source>
        <translation>循环播放所选区间（在波形上按住 Shift 拖动进行选择）</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="145"/>
        <source>Position / length of the call</source>
        <translation>当前位置 / 通话时长</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="154"/>
        <location filename="../../ui/player/transport.py" line="222"/>
        <source>Playback speed (slower [, faster ])</source>
        <translation>播放语速（[ 减速，] 加速）</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="156"/>
        <source>Playback speed</source>
        <translation>播放语速</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="160"/>
        <source>Both</source>
        <translation>双方</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="161"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="162"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="164"/>
        <source>Listen to both parties or one of them alone (stereo recordings)</source>
        <translation>收听双方或单独收听一方（立体声录音）</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="167"/>
        <source>Listen to</source>
        <translation>收听</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="178"/>
        <location filename="../../ui/player/transport.py" line="179"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="206"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="225"/>
        <source>This audio backend cannot keep the pitch: voices sound higher when faster.</source>
        <translation>此音频后端无法保持音调：加速时声音会变尖。</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="236"/>
        <source>Solo needs a stereo recording with the agent on one channel</source>
        <translation>单独收听需要坐席占一个声道的立体声录音</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="120"/>
        <source>Customer</source>
        <extracomment>(start_ms, end_ms); (-1, -1) when the selection is cleared the visible window changed (zoom or scroll): (start_ms, span_ms)</extracomment>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="122"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="125"/>
        <location filename="../../ui/player/waveform_widget.py" line="130"/>
        <source>Channel %1</source>
        <translation>声道 %1</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="134"/>
        <source>Both parties (mono)</source>
        <translation>双方（单声道）</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="532"/>
        <source>Hold</source>
        <translation>等候</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="533"/>
        <source>Silence</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="534"/>
        <source>Talk-over</source>
        <translation>抢话</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="535"/>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="536"/>
        <source>Loop range</source>
        <translation>循环区间</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="560"/>
        <source>Zoom %1×</source>
        <translation>缩放 %1×</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="689"/>
        <source>Hold, %1</source>
        <translation>等候，%1</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="691"/>
        <source>(over 2 minutes)</source>
        <translation>（超过 2 分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="694"/>
        <source>Silence, %1</source>
        <translation>静音，%1</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="696"/>
        <source>Talk-over, %1: the agent interrupted</source>
        <translation>抢话，%1：坐席打断客户</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="698"/>
        <source>Talk-over, %1: the customer interrupted</source>
        <translation>抢话，%1：客户打断坐席</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="699"/>
        <source>Talk-over, %1</source>
        <translation>抢话，%1</translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <location filename="../../ui/library/panel.py" line="185"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="185"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="185"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="185"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="195"/>
        <source>to do</source>
        <translation>待评</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="196"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="197"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="236"/>
        <source>%1 of %2 assigned calls done</source>
        <translation>已完成 %1 / %2 通分配的通话</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="240"/>
        <source>No calls assigned to you.</source>
        <translation>暂无分配给您的通话。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="67"/>
        <source>The demo data is not part of this installation.</source>
        <translation>此安装不包含演示数据。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="74"/>
        <source>Loading the demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="77"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="92"/>
        <source>The demo data could not be loaded: %1</source>
        <translation>演示数据加载失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="95"/>
        <source>Demo data loaded: open a call from your queue.</source>
        <translation>演示数据已加载：请从“我的任务”中打开通话。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="275"/>
        <source>Welcome to qaclient</source>
        <translation>欢迎使用 qaclient</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="277"/>
        <source>The library is empty. Load the demo data (rubrics, ten demo calls, demo agents and a sample assignment) to try qaclient?</source>
        <translation>录音库为空。是否加载演示数据（评分表、十通演示通话、演示坐席和一个抽样任务）来试用 qaclient？</translation>
    </message>
</context>
</TS>
