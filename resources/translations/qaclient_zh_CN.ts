<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgentView</name>
    <message>
        <location filename="../../ui/agent/view.py" line="148"/>
        <source>My evaluations — %1</source>
        <translation>我的评估 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="153"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="154"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="155"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="156"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="157"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="167"/>
        <source>No evaluations to show yet.</source>
        <translation>暂无可显示的评估。</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="186"/>
        <source>How this score was computed</source>
        <translation>得分是如何计算的</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="187"/>
        <source>Inspector&apos;s comments</source>
        <translation>质检员批注</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="188"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="189"/>
        <source>I have read this evaluation and accept it</source>
        <translation>我已阅读并接受这份评估</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="191"/>
        <source>Dispute…</source>
        <translation>申诉…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="193"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="195"/>
        <source>The evaluation with how its score was computed, to keep or sign</source>
        <translation>导出评估及其得分计算过程，供留存或签字</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="284"/>
        <source>Call %1 · %2 · %3 %</source>
        <translation>通话 %1 · %2 · %3 %</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="305"/>
        <source>%1 disputes left this month</source>
        <translation>本月还可申诉 %1 次</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="316"/>
        <source>The recording of %1 is not available on this computer</source>
        <translation>本机上没有 %1 的录音</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="328"/>
        <source>Playback is not available: %1</source>
        <translation>无法播放：%1</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="359"/>
        <source>Acknowledged.</source>
        <translation>已确认。</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="379"/>
        <source>Your dispute was sent to your supervisor.</source>
        <translation>申诉已提交给主管。</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="393"/>
        <source>Export the evaluation</source>
        <translation>导出评估</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="410"/>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="316"/>
        <source>Unexpected error: %1 (details in %2)</source>
        <translation>意外错误：%1（详情见 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="358"/>
        <source>The database cannot be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>CalibrationWindow</name>
    <message>
        <location filename="../../ui/calibration/view.py" line="165"/>
        <source>Calibration</source>
        <extracomment>(session id, call id): the participant wants to score the call in the workspace</extracomment>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="169"/>
        <source>New session…</source>
        <translation>新建校准会…</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="171"/>
        <source>No calibration sessions yet.</source>
        <translation>暂无校准会。</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="182"/>
        <source>Score this call</source>
        <translation>为这通录音评分</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="184"/>
        <source>Reveal answers</source>
        <translation>揭晓答案</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="185"/>
        <source>Ends blind scoring: everyone sees every answer</source>
        <translation>结束盲评：所有人都能看到全部答案</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="197"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="197"/>
        <source>Mean deviation from the benchmark (points)</source>
        <translation>与基准评分的平均偏差（百分点）</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="203"/>
        <source>What the session agreed (discussion note)</source>
        <translation>会上达成的共识（讨论记录）</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="205"/>
        <source>Save reference answers and note</source>
        <translation>保存参考答案和记录</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="223"/>
        <source>Moments the comments point at</source>
        <translation>批注所指的时刻</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="230"/>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="231"/>
        <source>Side by side</source>
        <translation>逐项对照</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="232"/>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="267"/>
        <source>revealed</source>
        <translation>已揭晓</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="267"/>
        <source>scoring</source>
        <translation>评分中</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="270"/>
        <source>%1 · %2 · %3 calls</source>
        <translation>%1 · %2 · %3 通录音</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="305"/>
        <source>benchmark: %1</source>
        <translation>基准评分人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="307"/>
        <source>no benchmark scorer</source>
        <translation>无基准评分人</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="316"/>
        <source>%1: %2 of %3 calls</source>
        <translation>%1：已评 %2 / %3 通</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="383"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="384"/>
        <source>Agreement (all calls)</source>
        <translation>一致率（全部录音）</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="384"/>
        <source>Reference</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="454"/>
        <source>Agreement on the call scores (Krippendorff&apos;s alpha, interval): %1</source>
        <translation>通话得分一致性（Krippendorff α，等距）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="485"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <location filename="../../ui/library/model.py" line="120"/>
        <source>Call</source>
        <extracomment>What an inspector scans first comes first; the queue (long names) is last and takes what is left, so it never pushes the id, agent, start, status or score out of view. The columns that stay in view in the narrow list of a laptop screen.</extracomment>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="121"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="122"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="123"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="124"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="125"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="126"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="127"/>
        <source>Score</source>
        <comment>short column heading of the call list</comment>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="131"/>
        <source>unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="132"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="133"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="134"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="135"/>
        <source>disputed</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="136"/>
        <source>to revise</source>
        <translation>待修改</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="137"/>
        <source>final</source>
        <translation>最终</translation>
    </message>
</context>
<context>
    <name>CoachingPack</name>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="38"/>
        <source>improved</source>
        <translation>有进步</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="39"/>
        <source>same</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="40"/>
        <source>worse</source>
        <translation>退步</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="41"/>
        <source>no data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="104"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="105"/>
        <source>Trainer</source>
        <translation>培训员</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="106"/>
        <source>Session</source>
        <translation>辅导场次</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="107"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="108"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="122"/>
        <source>Score trend (average % per month)</source>
        <translation>得分趋势（每月平均 %）</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="125"/>
        <source>Items most often lost</source>
        <translation>最常失分的评分项</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="129"/>
        <location filename="../../ui/coaching/pack_pdf.py" line="185"/>
        <location filename="../../ui/coaching/pack_pdf.py" line="210"/>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="130"/>
        <source>Lost / evaluated</source>
        <translation>失分次数 / 评分次数</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="131"/>
        <source>Points lost</source>
        <translation>失分</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="132"/>
        <source>Per evaluation</source>
        <translation>每次评分</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="147"/>
        <source>Focus of this session</source>
        <translation>本次辅导重点</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="150"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="154"/>
        <source>Observed behaviour</source>
        <translation>观察到的行为</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="155"/>
        <source>Effect on the customer</source>
        <translation>对客户的影响</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="156"/>
        <source>Agreed target</source>
        <translation>约定目标</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="172"/>
        <source>Plan not finished:</source>
        <translation>计划未完成：</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="178"/>
        <source>Moments to listen to</source>
        <translation>需要收听的片段</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="182"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="183"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="184"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="186"/>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="187"/>
        <source>Clip file</source>
        <translation>片段文件</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="197"/>
        <source>(no audio)</source>
        <translation>（无音频）</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="206"/>
        <source>Before and after the session</source>
        <translation>辅导前后对比</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="211"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="212"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="213"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="214"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="231"/>
        <source>Outcome</source>
        <translation>辅导结果</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="233"/>
        <source>Acknowledged by {who} on {when}</source>
        <translation>{who} 于 {when} 确认</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="238"/>
        <source>Agent&apos;s signature: ____________________   Date: __________</source>
        <translation>坐席签名：____________________   日期：__________</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="241"/>
        <source>Coaching pack</source>
        <translation>辅导资料包</translation>
    </message>
</context>
<context>
    <name>CoachingView</name>
    <message>
        <location filename="../../ui/coaching/view.py" line="64"/>
        <source>Times are mm:ss, e.g. 02:15</source>
        <translation>时间格式为 分:秒，例如 02:15</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="101"/>
        <source>Agent:</source>
        <translation>坐席：</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="110"/>
        <location filename="../../ui/coaching/view.py" line="458"/>
        <source>Average % per month, overall and per section</source>
        <translation>每月平均 %（总体及各部分）</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="119"/>
        <source>Items most often lost (points lost × how often)</source>
        <translation>最常失分的评分项（失分 × 次数）</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="121"/>
        <source>Recent evaluations</source>
        <translation>最近的评分</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="123"/>
        <source>Open coaching actions</source>
        <translation>未完成的辅导行动</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="128"/>
        <source>New session</source>
        <translation>新建辅导</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="129"/>
        <source>Export coaching pack…</source>
        <translation>导出辅导资料包…</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="130"/>
        <source>Agent&apos;s voice only</source>
        <translation>仅坐席声音</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="133"/>
        <source>Cut the pack&apos;s clips from the agent&apos;s channel alone, so the customer&apos;s voice is not copied (stereo recordings with a known agent channel)</source>
        <translation>辅导包的片段只取坐席声道，不复制客户的声音（适用于已知坐席声道的立体声录音）</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="138"/>
        <source>Session:</source>
        <translation>辅导场次：</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="146"/>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="147"/>
        <source>After the session</source>
        <translation>辅导之后</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="177"/>
        <source>Moments from the agent&apos;s evaluations</source>
        <translation>坐席评分中的录音片段</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="180"/>
        <source>Double-click a moment to add it to the playlist</source>
        <translation>双击片段将其加入播放列表</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="181"/>
        <source>Add to playlist ↓</source>
        <translation>加入播放列表 ↓</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="189"/>
        <source>from mm:ss</source>
        <translation>起 分:秒</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="190"/>
        <source>to mm:ss</source>
        <translation>止 分:秒</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="194"/>
        <source>Add range</source>
        <translation>添加区间</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="195"/>
        <source>Range of a call:</source>
        <translation>通话区间：</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="204"/>
        <source>Playlist for the session</source>
        <translation>辅导播放列表</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="207"/>
        <source>Double-click a clip to play it</source>
        <translation>双击片段进行播放</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="209"/>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="211"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="212"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="213"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="223"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="226"/>
        <source>e.g. Closing the call with the customer&apos;s name</source>
        <translation>例如：结束通话时称呼客户姓氏</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="230"/>
        <source>What exactly did the agent say or do, and when? Quote it, e.g. “At 01:35 the thanks left out the customer&apos;s name.” Start with what went well.</source>
        <translation>坐席具体说了什么、做了什么，在什么时候？请引用原话，例如：“01:35 致谢时没有称呼客户姓氏。”先说做得好的地方。</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="236"/>
        <source>How did it affect the customer? e.g. “The close felt impersonal.”</source>
        <translation>对客户有什么影响？例如：“结束语显得冷淡。”</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="241"/>
        <source>What will the agent do on the next calls? Positive and checkable, e.g. “Thank every customer by surname before the goodbye.”</source>
        <translation>坐席在之后的通话中要怎么做？正面且可检查，例如：“道别前称呼每位客户的姓氏致谢。”</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="254"/>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="255"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="256"/>
        <source>Observed behaviour</source>
        <translation>观察到的行为</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="257"/>
        <source>Effect on the customer</source>
        <translation>对客户的影响</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="258"/>
        <source>Agreed target</source>
        <translation>约定目标</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="259"/>
        <source>Follow-up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="282"/>
        <source>Outcome</source>
        <translation>辅导结果</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="286"/>
        <source>What was agreed, how the agent took it, what was practised</source>
        <translation>约定了什么、坐席的反应、练习了什么</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="290"/>
        <source>Record outcome</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="291"/>
        <source>Agent acknowledges</source>
        <translation>坐席确认</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="298"/>
        <source>Coaching actions</source>
        <translation>辅导行动</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="303"/>
        <source>What the agent will do</source>
        <translation>坐席将要做的事</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="308"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="309"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="316"/>
        <source>Follow-up: focus items before and after the session</source>
        <translation>跟进：辅导前后重点评分项对比</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="320"/>
        <source>Close at follow-up</source>
        <translation>跟进时关闭</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="325"/>
        <source>Once the session is held, this compares the focus items&apos; scores in the 30 days before it with the evaluations since - did it work?</source>
        <translation>辅导完成后，此处对比重点评分项在辅导前 30 天与之后评分中的得分——辅导是否有效？</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="347"/>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="348"/>
        <source>held</source>
        <translation>已进行</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="349"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="350"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="351"/>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="352"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="353"/>
        <source>dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="384"/>
        <location filename="../../ui/coaching/view.py" line="590"/>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="384"/>
        <source>Lost</source>
        <translation>失分</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="384"/>
        <source>Points lost</source>
        <translation>失分</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="384"/>
        <source>Per evaluation</source>
        <translation>每次评分</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="398"/>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="399"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="400"/>
        <source>Rubric</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="401"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="403"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="404"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="364"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="367"/>
        <source>No open actions</source>
        <translation>没有未完成的行动</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="444"/>
        <source>%1 follow-up(s) due</source>
        <translation>%1 项跟进到期</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="456"/>
        <source>No evaluations yet for this agent</source>
        <translation>该坐席暂无评分</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="461"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="498"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="433"/>
        <location filename="../../ui/coaching/view.py" line="543"/>
        <source>general</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="556"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="559"/>
        <source>acknowledged by %1 on %2</source>
        <translation>%1 于 %2 确认</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="570"/>
        <source>improved</source>
        <translation>有进步</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="571"/>
        <source>same</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="572"/>
        <source>worse</source>
        <translation>退步</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="573"/>
        <source>no data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="590"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="590"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="590"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="658"/>
        <source>The recording of %1 is not available on this computer</source>
        <translation>此电脑上没有通话 %1 的录音</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="670"/>
        <source>Playback is not available: %1</source>
        <translation>无法播放：%1</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="678"/>
        <source>Playing %1 %2–%3</source>
        <translation>正在播放 %1 %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="710"/>
        <source>✓ The plan is specific, positive and has a follow-up date.</source>
        <translation>✓ 计划具体、正面，并有跟进日期。</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="787"/>
        <source>Folder for the coaching pack</source>
        <translation>辅导资料包的保存文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="801"/>
        <source>Wrote %1 and %2 clip(s)</source>
        <translation>已写入 %1 和 %2 个片段</translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="806"/>
        <source>%1 clip(s) without audio</source>
        <translation>%1 个片段没有音频</translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="89"/>
        <source>Where the comment goes (the playhead when you pressed M)</source>
        <translation>批注所在时间（按下 M 时的播放位置）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="95"/>
        <source>Rubric item the comment explains</source>
        <translation>批注所说明的评分项</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="99"/>
        <source>Press M to comment at the playhead; type and press Enter</source>
        <translation>按 M 在播放位置添加批注；输入后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="103"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="109"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="109"/>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="109"/>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="109"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="128"/>
        <source>Click a comment to jump there; double-click its text or item to change it.</source>
        <translation>单击批注跳转到该位置；双击文字或评分项可修改。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="133"/>
        <source>Delete comment</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="142"/>
        <source>(whole call)</source>
        <translation>（整通电话）</translation>
    </message>
</context>
<context>
    <name>DescriptorPane</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="464"/>
        <source>Point at a level or select an item to read its descriptors. Keys: 1–5 choose a level, 0 N/A, ↑/↓ next item, Delete clears.</source>
        <translation>将鼠标指向等级或选中评分项即可查看等级说明。按键：1–5 选择等级，0 不适用，↑/↓ 切换评分项，Delete 清除。</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../ui/agent/view.py" line="49"/>
        <source>Dispute this evaluation</source>
        <translation>申诉这份评估</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="53"/>
        <source>Tick each item you disagree with and say why (the time in the call helps). You have %1 disputes left this month.</source>
        <translation>勾选你不同意的项目并说明理由（写上通话中的时间点更好）。本月还可申诉 %1 次。</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="60"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="60"/>
        <source>Scored as</source>
        <translation>评分结果</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="60"/>
        <source>Your reason</source>
        <translation>你的理由</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="89"/>
        <source>Send dispute</source>
        <translation>提交申诉</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="118"/>
        <source>Tick at least one item.</source>
        <translation>请至少勾选一个项目。</translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="122"/>
        <source>Give a reason for every ticked item.</source>
        <translation>每个勾选的项目都要填写理由。</translation>
    </message>
</context>
<context>
    <name>DisputeStatus</name>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="38"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="39"/>
        <source>upheld</source>
        <translation>成立</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="40"/>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>DisputesView</name>
    <message>
        <location filename="../../ui/disputes/queue.py" line="48"/>
        <source>Disputes</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="51"/>
        <source>Open disputes</source>
        <translation>待处理的申诉</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="52"/>
        <source>Upheld</source>
        <translation>已成立</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="53"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="58"/>
        <source>Age</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="59"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="60"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="61"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="62"/>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="72"/>
        <source>No disputes here.</source>
        <translation>这里没有申诉。</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="84"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="85"/>
        <source>Scored as</source>
        <translation>评分结果</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="86"/>
        <source>Agent&apos;s reason</source>
        <translation>坐席的理由</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="87"/>
        <source>Correct to</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="97"/>
        <source>Upheld: the agent is right</source>
        <translation>成立：坐席有理</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="98"/>
        <source>Rejected: the score stands</source>
        <translation>驳回：维持原分</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="104"/>
        <source>Your reason — the agent will read it</source>
        <translation>你的理由——坐席会看到</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="106"/>
        <source>Resolve</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="121"/>
        <source>How the score was computed</source>
        <translation>得分是如何计算的</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="162"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="198"/>
        <source>%1 disputes call %2 (scored %3 % by %4)</source>
        <translation>%1 申诉通话 %2（%4 评分 %3 %）</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="230"/>
        <source>%1 by %2: %3</source>
        <translation>%2 处理为%1：%3</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="245"/>
        <location filename="../../ui/disputes/queue.py" line="249"/>
        <source>keep</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="254"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="255"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="257"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="297"/>
        <source>Choose upheld or rejected.</source>
        <translation>请选择成立或驳回。</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="301"/>
        <source>Write the reason the agent will read.</source>
        <translation>请写下坐席会看到的理由。</translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="312"/>
        <source>Resolved: %1.</source>
        <translation>已处理：%1。</translation>
    </message>
</context>
<context>
    <name>EvaluationPdf</name>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="43"/>
        <source>Evaluation of call %1</source>
        <translation>通话 %1 的评估</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="47"/>
        <source>agent %1</source>
        <translation>坐席 %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="48"/>
        <source>inspector %1</source>
        <translation>质检员 %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="53"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="54"/>
        <source>How this score was computed</source>
        <translation>得分是如何计算的</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="55"/>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="56"/>
        <source>Coaching note</source>
        <translation>辅导意见</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="57"/>
        <source>Dispute</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="63"/>
        <source>%1 of %2 points, %3 %, grade %4</source>
        <translation>%1 / %2 分，%3 %，等级 %4</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="77"/>
        <source>%1 (share %2 %)</source>
        <translation>%1（占 %2 %）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="82"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="106"/>
        <source>Section / item</source>
        <translation>部分 / 项目</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="107"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="108"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="109"/>
        <source>Of</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="110"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="121"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="121"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="121"/>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="154"/>
        <source>%1 by %2: %3</source>
        <translation>%2 处理为%1：%3</translation>
    </message>
</context>
<context>
    <name>EvaluationTabs</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="395"/>
        <location filename="../../ui/evaluation/panel.py" line="403"/>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="396"/>
        <source>Coaching note</source>
        <translation>辅导意见</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="397"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="398"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="403"/>
        <source>Comments (%1)</source>
        <translation>批注（%1）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/library/panel.py" line="109"/>
        <source>Search call id or notes…</source>
        <translation>搜索通话编号或备注…</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="115"/>
        <source>Any direction</source>
        <translation>全部方向</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="116"/>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="117"/>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="119"/>
        <source>All calls</source>
        <translation>全部通话</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="120"/>
        <source>Unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="121"/>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="122"/>
        <source>Scored by me</source>
        <translation>我评过的</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="123"/>
        <source>Disputed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="124"/>
        <source>To revise</source>
        <translation>待修改</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="133"/>
        <source>Complaints only</source>
        <translation>仅投诉</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="135"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="147"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="151"/>
        <location filename="../../ui/library/panel.py" line="196"/>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="152"/>
        <location filename="../../ui/library/panel.py" line="197"/>
        <source>All queues</source>
        <translation>全部队列</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="357"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="357"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="357"/>
        <source>What happened</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../ui/scoring/items.py" line="112"/>
        <source>CRITICAL</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="115"/>
        <source>Failing this item fails the whole evaluation</source>
        <translation>此项不合格则整份评分为零</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="117"/>
        <source>Failing this item zeroes its section</source>
        <translation>此项不合格则所在部分得零分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="121"/>
        <source>FLAG</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="123"/>
        <source>Recorded as a fact, gives no points</source>
        <translation>仅作记录，不计分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="131"/>
        <source>A comment linked to this item is required</source>
        <translation>此项需要关联一条批注</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="165"/>
        <location filename="../../ui/scoring/items.py" line="171"/>
        <location filename="../../ui/scoring/items.py" line="172"/>
        <source>%1 pts</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="174"/>
        <location filename="../../ui/scoring/items.py" line="398"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="175"/>
        <location filename="../../ui/scoring/items.py" line="398"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="197"/>
        <source>0 · N/A</source>
        <translation>0 · 不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="197"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="220"/>
        <source>%1%2 each</source>
        <translation>每次 %1%2</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="222"/>
        <source>category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="224"/>
        <source>at most %1</source>
        <translation>最多 %1 次</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="232"/>
        <location filename="../../ui/scoring/items.py" line="393"/>
        <location filename="../../ui/scoring/items.py" line="469"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="249"/>
        <source>— not set —</source>
        <translation>— 未填写 —</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="259"/>
        <source>from %1 to %2</source>
        <translation>范围 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="268"/>
        <source>Type here; saved when you leave the field</source>
        <translation>在此输入；离开输入框时保存</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="400"/>
        <source>%1 ×</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="414"/>
        <source>No suggestion: %1</source>
        <translation>无建议：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="434"/>
        <source>Suggested: %1 — %2 · A accepts</source>
        <translation>建议：%1 — %2 · 按 A 采纳</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="437"/>
        <source>✓ Suggested: %1 — %2</source>
        <translation>✓ 建议：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="440"/>
        <source>Suggested: %1 — %2 (your answer differs)</source>
        <translation>建议：%1 — %2（您的答案不同）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="445"/>
        <source>From the local analysis of the recording; click a time to listen</source>
        <translation>来自本机对录音的分析；点击时间可收听</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="594"/>
        <source>Keys: + / − count an occurrence, a digit sets the count</source>
        <translation>按键：+ / − 增减一次，数字键直接设定次数</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="597"/>
        <source>Enter: the whole section is checked — its items without a count did not happen</source>
        <translation>回车：整个部分核对完毕 — 未计次数的项目即未发生</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../ui/library/panel.py" line="371"/>
        <source>Refresh the list</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="387"/>
        <source>My queue</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="388"/>
        <source>Library</source>
        <translation>录音库</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="436"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="447"/>
        <source>%1 calls</source>
        <translation>共 %1 通</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>qaclient — call quality review</source>
        <translation>qaclient — 通话质检</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>The call list could not be read: %1</source>
        <translation>无法读取通话列表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>No call open — choose one from the list (Enter or double-click).</source>
        <translation>未打开通话 — 请从列表中选择（回车或双击）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Loading the player…</source>
        <translation>正在加载播放器…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Audio playback is not available on this computer: %1</source>
        <translation>此电脑无法播放音频：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>The audio output chosen in the settings is not connected; the system default is used.</source>
        <translation>设置中选择的音频输出设备未连接，已改用系统默认设备。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>The player settings could not be applied: %1</source>
        <translation>无法应用播放器设置：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <location filename="../../ui/main_window.py" line="754"/>
        <source>The recording of %1 cannot be played: %2</source>
        <translation>通话 %1 的录音无法播放：%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>&amp;Submit evaluation</source>
        <translation>提交评分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Load &amp;demo data</source>
        <translation>加载演示数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Take my assignments &amp;offline…</source>
        <translation>将我的任务带到离线(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>&amp;Call</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>Add &amp;comment at playhead</source>
        <translation>在播放位置添加批注(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>&amp;Find calls</source>
        <translation>查找通话(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="486"/>
        <source>Go to the rubric &amp;form</source>
        <translation>转到评分表(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490"/>
        <source>Go to the call &amp;list</source>
        <translation>转到通话列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>Open the &amp;next call of my queue</source>
        <translation>打开任务中的下一通电话(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>Next &amp;unanswered item</source>
        <translation>下一个未评项(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="515"/>
        <source>&amp;Trainer&apos;s view (coaching)…</source>
        <translation>培训员视图（辅导）(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>&amp;Reports…</source>
        <translation>报表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="524"/>
        <source>My evaluations (&amp;agent)…</source>
        <translation>我的评估（坐席）(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="527"/>
        <source>&amp;Disputes…</source>
        <translation>申诉(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>&amp;Calibration…</source>
        <translation>校准(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="539"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation>快捷键(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="554"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="554"/>
        <source>Rubric form</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="554"/>
        <source>Player</source>
        <translation>播放器</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="556"/>
        <source>Submit the evaluation (lists what is missing first)</source>
        <translation>提交评分（先列出缺少的内容）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <source>Add a comment at the playhead, linked to the focused item</source>
        <translation>在播放位置添加批注，并关联当前评分项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="558"/>
        <source>This list of shortcuts</source>
        <translation>本快捷键列表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>Search the call library</source>
        <translation>搜索录音库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="560"/>
        <source>Go to the call list</source>
        <translation>转到通话列表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="561"/>
        <source>Go to the rubric form</source>
        <translation>转到评分表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>Next unanswered item</source>
        <translation>下一个未评项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="563"/>
        <source>Open the next call of my queue that is not done</source>
        <translation>打开任务中下一通未完成的电话</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="564"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <location filename="../../ui/main_window.py" line="1295"/>
        <source>Sync with the shared database now</source>
        <translation>立即与共享数据库同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="566"/>
        <source>Trainer&apos;s view (coaching)</source>
        <translation>培训员视图（辅导）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="567"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="568"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>Call list</source>
        <translation>通话列表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>Open the call</source>
        <translation>打开通话</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="573"/>
        <source>Choose a level of the focused item (yes/no: 1 = yes, 2 = no)</source>
        <translation>为当前评分项选择等级（是/否项：1 = 是，2 = 否）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="575"/>
        <source>Not applicable (where the item allows it)</source>
        <translation>不适用（评分项允许时）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="579"/>
        <source>Count one more / one less occurrence (deduction and bonus items)</source>
        <translation>次数加一 / 减一（扣分项和加分项）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="585"/>
        <source>Deduction checklists: this section is checked (items without a count did not happen)</source>
        <translation>扣分表：本部分已核对（未计次数的项目即未发生）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589"/>
        <source>Previous / next item</source>
        <translation>上一个 / 下一个评分项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="590"/>
        <source>Clear the answer</source>
        <translation>清除答案</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="595"/>
        <source>Accept the suggested answer (items the local analysis of the recording suggests; click a time under it to listen)</source>
        <translation>采纳建议答案（本机录音分析给出建议的项目；点击其下方的时间可收听）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="613"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="613"/>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="614"/>
        <source>Skip back / forward (short)</source>
        <translation>后退 / 前进（短）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="615"/>
        <source>Skip back / forward (long)</source>
        <translation>后退 / 前进（长）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="616"/>
        <source>Slower / faster</source>
        <translation>减速 / 加速</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>Cannot read call %1: %2</source>
        <translation>无法读取通话 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="650"/>
        <source>Call %1 is not in the library.</source>
        <translation>录音库中没有通话 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="680"/>
        <source>agent %1</source>
        <translation>坐席 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="686"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="714"/>
        <source>(no file recorded)</source>
        <translation>（未记录文件）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="720"/>
        <source>The recording of %1 is missing: %2. You can still score the call; re-import or move the file back to listen.</source>
        <translation>通话 %1 的录音文件缺失：%2。仍可对该通话评分；重新导入或将文件移回原处即可收听。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="733"/>
        <source>No recording: %1 — the call can be scored without it</source>
        <translation>没有录音：%1 — 仍可对该通话评分</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="787"/>
        <source>The evaluation of %1 cannot be loaded (its rubric version may be missing): %2</source>
        <translation>无法载入通话 %1 的评分（其评分表版本可能缺失）：%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="804"/>
        <source>No rubric could be found for %1 (tried %2). Import the rubrics (qaclient rubric import) or load the demo data.</source>
        <translation>找不到适用于 %1 的评分表（已尝试 %2）。请导入评分表（qaclient rubric import）或加载演示数据。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="833"/>
        <location filename="../../ui/main_window.py" line="1062"/>
        <source>Submitted evaluation (%1): read only</source>
        <translation>已提交的评分（%1）：只读</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="839"/>
        <source>Draft: every change is saved at once</source>
        <translation>草稿：每次修改都会立即保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="862"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="863"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="864"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="865"/>
        <source>disputed</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="866"/>
        <source>revised</source>
        <translation>修订中</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="867"/>
        <source>final</source>
        <translation>最终</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="894"/>
        <source>The last change could not be saved: %1</source>
        <translation>最后一次修改未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="907"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="908"/>
        <source>✓ Saved</source>
        <translation>✓ 已保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="909"/>
        <source>✗ Not saved</source>
        <translation>✗ 未保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="917"/>
        <source>A change could not be saved: %1</source>
        <translation>有一项修改未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="961"/>
        <source>Open a call first, then press M to comment at the playhead.</source>
        <translation>请先打开通话，再按 M 在播放位置添加批注。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1029"/>
        <source>Open a call to submit its evaluation.</source>
        <translation>请先打开通话再提交评分。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1032"/>
        <source>This evaluation is already submitted.</source>
        <translation>此评分已提交。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1038"/>
        <source>Cannot check the evaluation: %1</source>
        <translation>无法检查评分：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1043"/>
        <source>Nobody has played this call&apos;s recording yet. Listen to it first, or submit without listening.</source>
        <translation>还没有人播放过这通电话的录音。请先收听，或在不收听的情况下提交。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1047"/>
        <source>Submit without listening</source>
        <translation>不收听直接提交</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1056"/>
        <source>Submit failed: %1</source>
        <translation>提交失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1072"/>
        <source>Submitted %1: %2 of %3 points, grade %4.</source>
        <translation>已提交 %1：%2 / %3 分，等级 %4。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1108"/>
        <source>Reopen for revision</source>
        <translation>重新打开以修改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1109"/>
        <source>Why does this evaluation need revising? (kept in its history)</source>
        <translation>为什么要修改这份评估？（会记入历史）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1114"/>
        <source>Reopening an evaluation needs a reason.</source>
        <translation>重新打开评估需要填写理由。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1120"/>
        <source>Cannot reopen the evaluation: %1</source>
        <translation>无法重新打开评分：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1124"/>
        <source>Reopened for revision: submit again when done.</source>
        <translation>已重新打开以修订：完成后请再次提交。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1148"/>
        <source>Every call of your queue is done.</source>
        <translation>您任务中的通话已全部完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1208"/>
        <source>qaclient — trainer&apos;s view</source>
        <translation>qaclient — 培训员视图</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1217"/>
        <source>qaclient — disputes</source>
        <translation>qaclient — 申诉</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1222"/>
        <source>qaclient — calibration</source>
        <translation>qaclient — 校准</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1228"/>
        <source>qaclient — reports</source>
        <translation>qaclient — 报表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1231"/>
        <source>This view cannot be opened: %1</source>
        <translation>无法打开此视图：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1271"/>
        <source>Settings could not be saved: %1</source>
        <translation>设置未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1277"/>
        <source>Settings saved. A new database location is used from the next start.</source>
        <translation>设置已保存。新的数据库位置将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1297"/>
        <source>No shared server is set up: enter one in Settings → Sync</source>
        <translation>尚未设置共享服务器：请在“设置 → 同步”中填写</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1315"/>
        <source>Offline copies are not available: %1</source>
        <translation>无法创建离线副本：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1338"/>
        <source>Sync is not available: %1</source>
        <translation>同步不可用：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="78"/>
        <source>Welcome to qaclient</source>
        <translation>欢迎使用 qaclient</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="79"/>
        <source>The library is empty. Load the demo data (rubrics, ten demo calls, demo agents and a sample assignment) to try qaclient?</source>
        <translation>录音库为空。是否加载演示数据（评分表、十通演示通话、演示坐席和一个抽样任务）来试用 qaclient？</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="98"/>
        <source>The demo data is not part of this installation.</source>
        <translation>此安装不包含演示数据。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="110"/>
        <source>Loading the demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="131"/>
        <source>The demo data could not be loaded: %1</source>
        <translation>演示数据加载失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="137"/>
        <source>Demo data loaded: open a call from your queue.</source>
        <translation>演示数据已加载：请从“我的任务”中打开通话。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="214"/>
        <source>Greeting complete and warm</source>
        <translation>开场白完整且亲切</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../ui/message_bar.py" line="76"/>
        <source>Previous message</source>
        <translation>上一条消息</translation>
    </message>
    <message>
        <location filename="../../ui/message_bar.py" line="81"/>
        <source>Next message</source>
        <translation>下一条消息</translation>
    </message>
    <message>
        <location filename="../../ui/message_bar.py" line="86"/>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>MetadataTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="287"/>
        <source>No call open.</source>
        <translation>未打开通话。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="291"/>
        <source>Call id</source>
        <translation>通话编号</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="293"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="298"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="299"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="301"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="302"/>
        <source>inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="302"/>
        <source>outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="306"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="307"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="308"/>
        <location filename="../../ui/evaluation/panel.py" line="336"/>
        <source>Caller</source>
        <translation>主叫号码</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="309"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="309"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="309"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="311"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="312"/>
        <source>%1, %2 Hz, %3 channel(s)</source>
        <translation>%1，%2 Hz，%3 声道</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="320"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="326"/>
        <source>Rubric</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="329"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="340"/>
        <source>Shown in full for your role; every view is recorded in the audit trail</source>
        <translation>您的角色可查看完整号码；每次查看都会记入审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="343"/>
        <source>Masked: customer numbers are shown in full to supervisors only</source>
        <translation>已脱敏：客户号码仅对主管完整显示</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../ui/calibration/view.py" line="63"/>
        <source>New calibration session</source>
        <translation>新建校准会</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="82"/>
        <source>(no benchmark scorer)</source>
        <translation>（无基准评分人）</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="97"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="98"/>
        <source>Rubric</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="99"/>
        <source>Calls</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="100"/>
        <source>Inspectors</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="101"/>
        <source>Benchmark scorer</source>
        <translation>基准评分人</translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="105"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>NoteTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="233"/>
        <source>Coaching note for the agent: name the behaviour, the moment, and its effect on the customer.</source>
        <translation>给坐席的辅导意见：指出具体行为、发生时刻及其对客户的影响。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="240"/>
        <source>What went well, what to improve, and how…</source>
        <translation>做得好的地方、需要改进的地方以及改进方法…</translation>
    </message>
</context>
<context>
    <name>OfflineCheckoutDialog</name>
    <message>
        <location filename="../../ui/sync/checkout.py" line="52"/>
        <source>Take my assignments offline</source>
        <translation>将我的任务带到离线使用</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout.py" line="57"/>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout.py" line="81"/>
        <source>Copying %1 (%2 of %3 MB)</source>
        <translation>正在复制 %1（%2 / %3 MB）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout.py" line="98"/>
        <source>%1 recordings ready offline, %2 already there</source>
        <translation>%1 条录音可离线使用，%2 条已存在</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout.py" line="103"/>
        <source>%1 could not be copied:</source>
        <translation>%1 条无法复制：</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout.py" line="106"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout.py" line="108"/>
        <location filename="../../ui/sync/checkout.py" line="115"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout.py" line="114"/>
        <source>Offline checkout failed: %1</source>
        <translation>离线准备失败：%1</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../../ui/player/player.py" line="121"/>
        <source>The recording “%1” cannot be found. It may have been moved or deleted.</source>
        <extracomment>playback speeds offered, slowest first ([ and ] step through them) a clear sentence for the user (file missing, not audio, …) the media is loaded and can play True while a solo copy is being prepared</extracomment>
        <translation>找不到录音“%1”，可能已被移动或删除。</translation>
    </message>
    <message>
        <location filename="../../ui/player/player.py" line="335"/>
        <source>Cannot play one party alone: %1</source>
        <translation>无法单独播放一方声音：%1</translation>
    </message>
    <message>
        <location filename="../../ui/player/player.py" line="381"/>
        <source>Cannot play “%1”: the file is damaged or not a supported audio format.</source>
        <translation>无法播放“%1”：文件已损坏或音频格式不受支持。</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../../ui/player/player_panel.py" line="180"/>
        <source>Drawing waveform…</source>
        <extracomment>a talk-over is replayed from this long before it starts, so one hears who cut in fraction of the waveform overview computed (0..1); 1.0 when drawn completely the detected segments arrived (list[Band]) the core&apos;s analysis of the open call (``qaclient.audio.segments.Segments``) a short, non-blocking status line (e.g. &quot;Select a range first&quot;); the main window may show it in its status bar</extracomment>
        <translation>正在绘制波形…</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="253"/>
        <source>Select a range to loop first: Shift+drag on the waveform.</source>
        <translation>请先选择要循环的区间：在波形上按住 Shift 拖动。</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="280"/>
        <source>No further comment in this call.</source>
        <translation>此通话后面没有更多批注。</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="281"/>
        <source>No further hold or silence in this call.</source>
        <translation>此通话后面没有更多等候或静音。</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="282"/>
        <source>No further talk-over in this call.</source>
        <translation>此通话后面没有更多抢话。</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="306"/>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="309"/>
        <location filename="../../ui/player/player_panel.py" line="319"/>
        <location filename="../../ui/player/transport.py" line="340"/>
        <source>Back %1 seconds</source>
        <translation>后退 %1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="314"/>
        <location filename="../../ui/player/player_panel.py" line="324"/>
        <location filename="../../ui/player/transport.py" line="341"/>
        <source>Forward %1 seconds</source>
        <translation>前进 %1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="327"/>
        <source>Slower</source>
        <translation>减速</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="328"/>
        <source>Faster</source>
        <translation>加速</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="329"/>
        <source>Jump to the next comment</source>
        <translation>跳到下一条批注</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="330"/>
        <source>Jump to the next hold or silence</source>
        <translation>跳到下一次等候或静音</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="331"/>
        <source>Jump to the next talk-over</source>
        <translation>跳到下一次抢话</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="332"/>
        <source>Loop the selected range on / off</source>
        <translation>开启 / 关闭所选区间循环</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="333"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="334"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="335"/>
        <source>Clear the selected range</source>
        <translation>清除所选区间</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="399"/>
        <source>Drawing waveform… %1 %</source>
        <translation>正在绘制波形… %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="455"/>
        <source>No waveform: %1</source>
        <translation>无波形：%1</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="457"/>
        <source>Cannot analyse “%1”: %2</source>
        <translation>无法分析“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="463"/>
        <source>Holds and talk-overs could not be detected: %1</source>
        <translation>无法检测等候和抢话：%1</translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="487"/>
        <source>Preparing solo playback…</source>
        <translation>正在准备单声道播放…</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsWidget</name>
    <message>
        <location filename="../../ui/privacy_settings.py" line="34"/>
        <source>Show caller numbers in full on this computer</source>
        <translation>在本机完整显示来电号码</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="38"/>
        <source>Otherwise they are masked (138****5678) unless your role is supervisor, manager or admin. Every time numbers are shown in full it is recorded in the audit trail.</source>
        <translation>否则号码会脱敏显示（138****5678），除非您的角色是主管、经理或管理员。每次完整显示号码都会记入审计记录。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="44"/>
        <source>Caller number</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="44"/>
        <source>Call notes</source>
        <translation>通话备注</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="55"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="59"/>
        <source>Recordings taken offline, playback copies and analyses not used for this long are deleted</source>
        <translation>超过此时长未使用的离线录音、播放副本和分析结果将被删除</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="64"/>
        <source>Clear local data…</source>
        <translation>清除本地数据…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="67"/>
        <source>Delete the recordings, playback copies and analyses cached on this computer now. Scores, comments and settings are kept.</source>
        <translation>立即删除本机缓存的录音、播放副本和分析结果。评分、评语和设置会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="77"/>
        <source>Personal fields:</source>
        <translation>个人信息字段：</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="78"/>
        <source>Keep cached audio:</source>
        <translation>缓存音频保留：</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="89"/>
        <source>Your role shows caller numbers in full (audited).</source>
        <translation>您的角色可查看完整来电号码（会记入审计）。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="91"/>
        <source>Caller numbers are masked for your role.</source>
        <translation>对您的角色，来电号码会脱敏显示。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="96"/>
        <source>Cached audio and analyses: %1 MB</source>
        <translation>已缓存的音频和分析：%1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="103"/>
        <source>Clear local data</source>
        <translation>清除本地数据</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="105"/>
        <source>Delete every recording, playback copy and analysis cached on this computer? Scores, comments and settings are kept; recordings are fetched again when needed.</source>
        <translation>删除本机缓存的所有录音、播放副本和分析结果？评分、评语和设置会保留；需要时会重新获取录音。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="115"/>
        <source>Deleted %1 files (%2 MB)</source>
        <translation>已删除 %1 个文件（%2 MB）</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="508"/>
        <source>Cannot submit yet — %1 thing(s) to do:</source>
        <translation>暂不能提交 — 还有 %1 项待处理：</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../ui/reports/pdf.py" line="93"/>
        <location filename="../../ui/reports/pdf.py" line="216"/>
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="93"/>
        <location filename="../../ui/reports/pdf.py" line="216"/>
        <source>fail</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="192"/>
        <source>Evaluations done</source>
        <translation>完成评分数</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="193"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="194"/>
        <location filename="../../ui/reports/pdf.py" line="292"/>
        <source>Average %</source>
        <translation>平均 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="195"/>
        <source>Standard-phrase use rate %</source>
        <translation>服务用语使用率 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="196"/>
        <source>Answer accuracy %</source>
        <translation>答复准确率 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="197"/>
        <location filename="../../ui/reports/pdf.py" line="295"/>
        <source>Error rate %</source>
        <translation>差错率 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="198"/>
        <source>Error occurrences</source>
        <translation>差错次数</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="199"/>
        <source>Sample coverage %</source>
        <translation>抽检覆盖率 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="221"/>
        <source>phrase</source>
        <translation>服务用语</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="221"/>
        <source>answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="228"/>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="230"/>
        <source>Centre — team %1</source>
        <translation>中心 — 班组 %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="239"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="239"/>
        <location filename="../../ui/reports/pdf.py" line="328"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="239"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="248"/>
        <source>Grade distribution</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="251"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="259"/>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="260"/>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="277"/>
        <source>(no team)</source>
        <translation>（无班组）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="290"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="291"/>
        <location filename="../../ui/reports/pdf.py" line="505"/>
        <source>Evaluations</source>
        <translation>评分数</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="293"/>
        <source>Phrase use %</source>
        <translation>服务用语使用率 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="294"/>
        <source>Accuracy %</source>
        <translation>答复准确率 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="296"/>
        <source>Coverage %</source>
        <translation>抽检覆盖率 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="308"/>
        <source>Working days without an evaluation</source>
        <translation>无评分的工作日</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="311"/>
        <location filename="../../ui/reports/pdf.py" line="425"/>
        <location filename="../../ui/reports/pdf.py" line="465"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="311"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="317"/>
        <source>Section averages</source>
        <translation>各部分平均分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="321"/>
        <location filename="../../ui/reports/pdf.py" line="350"/>
        <source>Rubric</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="322"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="325"/>
        <location filename="../../ui/reports/pdf.py" line="355"/>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="346"/>
        <source>Item averages</source>
        <translation>各评分项平均分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="351"/>
        <location filename="../../ui/reports/pdf.py" line="467"/>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="352"/>
        <source>Cat.</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="357"/>
        <source>Lost</source>
        <translation>失分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="376"/>
        <source>Rates count calls sampled: a call with an error of a category counts once for that category. Error rate = (calls with a standard-phrase error + calls with an answer error) / calls sampled.</source>
        <translation>比率按抽检通话计算：一通通话在某类差错中只计一次。差错率 =（有服务用语差错的通话 + 有答复差错的通话）/ 抽检通话数。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="382"/>
        <source>Monthly KPI report {month}, compared with {prev}; time zone {tz}</source>
        <translation>{month} 月度 KPI 报告，对比 {prev}；时区 {tz}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="384"/>
        <source>QA monthly report</source>
        <translation>质检月度报告</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="424"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="426"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="427"/>
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="428"/>
        <source>Infractions</source>
        <translation>违规</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="429"/>
        <source>Spot checks</source>
        <translation>抽查</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="430"/>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="431"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="432"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="433"/>
        <source>Pay float</source>
        <translation>绩效浮动</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="434"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="440"/>
        <source>bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="441"/>
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="442"/>
        <source>moderate</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="443"/>
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="444"/>
        <source>adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="445"/>
        <source>dismissal act</source>
        <translation>辞退行为</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="446"/>
        <source>spot check</source>
        <translation>抽查</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="447"/>
        <source>escalation</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="463"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="466"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="468"/>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="469"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="470"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="471"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="477"/>
        <source>Monthly agent scorecards</source>
        <translation>坐席月度考核表</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="496"/>
        <source>lenient</source>
        <translation>偏松</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="496"/>
        <source>harsh</source>
        <translation>偏严</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="504"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="506"/>
        <source>Per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="507"/>
        <source>Handling s</source>
        <translation>处理时长（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="508"/>
        <source>Mean %</source>
        <translation>平均 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="509"/>
        <source>SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="510"/>
        <source>vs mean</source>
        <translation>与均值比</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="511"/>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="516"/>
        <source>{month}; everyone&apos;s mean {mean} %</source>
        <translation>{month}；全体平均 {mean} %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="519"/>
        <source>Inspector statistics</source>
        <translation>质检员统计</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/view.py" line="194"/>
        <source>The month reported; last month is shown beside it</source>
        <extracomment>Which way is better for each metric: +1 higher, -1 lower (error rates), 0 neither (the number of evaluations is workload, not quality).</extracomment>
        <translation>报告月份；旁边显示上月数据</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="206"/>
        <location filename="../../ui/reports/view.py" line="440"/>
        <source>Whole centre</source>
        <translation>整个中心</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="208"/>
        <source>Team %1</source>
        <translation>班组 %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="209"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="210"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="211"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="212"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="217"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="219"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="229"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="232"/>
        <source>Average % and error rate, last 6 months</source>
        <translation>近 6 个月平均 % 与差错率</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="233"/>
        <source>Grade distribution</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="234"/>
        <source>Targets this month (%)</source>
        <translation>本月目标（%）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="242"/>
        <source>Item heat map: % of the item&apos;s points kept, per agent</source>
        <translation>评分项热力图：各坐席每项保留得分的 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="245"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="247"/>
        <source>Sections and items</source>
        <translation>部分与评分项</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="249"/>
        <source>Sample coverage</source>
        <translation>抽检覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="251"/>
        <source>Agent scorecards</source>
        <translation>坐席考核表</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="253"/>
        <source>Inspectors</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="284"/>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="285"/>
        <source>Moderate</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="286"/>
        <source>Severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="287"/>
        <source>Dismissal act</source>
        <translation>辞退行为</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="288"/>
        <source>Trainer adjustment</source>
        <translation>培训员调整</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="295"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="306"/>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="310"/>
        <source>Reason (required for adjustments and dismissal acts)</source>
        <translation>原因（调整和辞退行为必填）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="312"/>
        <source>Record event</source>
        <translation>记录事件</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="315"/>
        <source>Agent:</source>
        <translation>坐席：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="343"/>
        <source>Points must be a number, e.g. -3</source>
        <translation>分数必须是数字，例如 -3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="358"/>
        <source>Recorded for %1</source>
        <translation>已为 %1 记录</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="393"/>
        <source>Computing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="401"/>
        <source>The report failed: %1</source>
        <translation>报表生成失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="420"/>
        <source>%1 evaluations</source>
        <translation>%1 次评分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="422"/>
        <source>No evaluations in this month</source>
        <translation>本月没有评分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="428"/>
        <location filename="../../ui/reports/view.py" line="750"/>
        <source>Evaluations</source>
        <translation>评分数</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="429"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="430"/>
        <location filename="../../ui/reports/view.py" line="502"/>
        <source>Average %</source>
        <translation>平均 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="431"/>
        <source>Phrase use %</source>
        <translation>服务用语使用率 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="432"/>
        <source>Accuracy %</source>
        <translation>答复准确率 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="433"/>
        <location filename="../../ui/reports/view.py" line="503"/>
        <source>Error rate %</source>
        <translation>差错率 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="434"/>
        <location filename="../../ui/reports/view.py" line="684"/>
        <source>Coverage %</source>
        <translation>抽检覆盖率 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="443"/>
        <source>(no team)</source>
        <translation>（无班组）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="448"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="448"/>
        <location filename="../../ui/reports/view.py" line="650"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="448"/>
        <location filename="../../ui/reports/view.py" line="456"/>
        <location filename="../../ui/reports/view.py" line="681"/>
        <location filename="../../ui/reports/view.py" line="714"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="454"/>
        <source>vs last month</source>
        <translation>与上月比</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="456"/>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="456"/>
        <location filename="../../ui/reports/view.py" line="680"/>
        <location filename="../../ui/reports/view.py" line="713"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="471"/>
        <source>last month: %1</source>
        <translation>上月：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="479"/>
        <source>better than last month</source>
        <translation>比上月好</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="481"/>
        <source>worse than last month</source>
        <translation>比上月差</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="582"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="618"/>
        <location filename="../../ui/reports/view.py" line="626"/>
        <location filename="../../ui/reports/view.py" line="642"/>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="626"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="648"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="649"/>
        <source>Rubric</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="652"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="653"/>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="655"/>
        <source>Last month %</source>
        <translation>上月 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="656"/>
        <source>Times lost</source>
        <translation>失分次数</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="682"/>
        <source>Days worked</source>
        <translation>出勤天数</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="683"/>
        <source>Days sampled</source>
        <translation>抽检天数</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="685"/>
        <source>Worked but not sampled</source>
        <translation>出勤但未抽检</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="712"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="819"/>
        <source>Report exported</source>
        <translation>报表已导出</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="820"/>
        <source>The report was saved as %1</source>
        <translation>报表已保存为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="823"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="834"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="283"/>
        <location filename="../../ui/reports/view.py" line="715"/>
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="716"/>
        <source>Infractions</source>
        <translation>违规</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="717"/>
        <source>Spot checks</source>
        <translation>抽查</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="718"/>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="719"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="720"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="721"/>
        <source>Pay float</source>
        <translation>绩效浮动</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="722"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="729"/>
        <source>lenient</source>
        <translation>偏松</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="729"/>
        <source>harsh</source>
        <translation>偏严</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="749"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="751"/>
        <source>Per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="752"/>
        <source>Minutes each</source>
        <translation>每通分钟数</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="753"/>
        <source>Mean %</source>
        <translation>平均 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="754"/>
        <source>Spread (SD)</source>
        <translation>离散度（标准差）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="755"/>
        <source>vs everyone</source>
        <translation>与全体比</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="756"/>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="771"/>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="808"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="809"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>RubricForm</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="276"/>
        <location filename="../../ui/scoring/form.py" line="289"/>
        <source>Open a call to score it.</source>
        <translation>打开一通电话开始评分。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="364"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>ScoreBreakdown</name>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="35"/>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="37"/>
        <location filename="../../ui/evaluation/breakdown.py" line="111"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="47"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="49"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="67"/>
        <source>Section / item</source>
        <translation>部分 / 项目</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="68"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="69"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="70"/>
        <source>Of</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="71"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="104"/>
        <source>%1 (share %2 %)</source>
        <translation>%1（占 %2 %）</translation>
    </message>
</context>
<context>
    <name>ScoreSummary</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="190"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="215"/>
        <source>The total counts once every deduction section is checked</source>
        <translation>所有扣分部分核对完毕后才计算总分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="217"/>
        <source>%1 section(s) not checked</source>
        <translation>%1 个部分未核对</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="222"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="225"/>
        <source>%1 of %2 answered</source>
        <translation>已评 %1 / %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="237"/>
        <source>The grade is shown when every item is answered and every section checked</source>
        <translation>所有评分项作答且所有部分核对后才显示等级</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="243"/>
        <source>the whole evaluation scores 0</source>
        <translation>整份评分记为 0 分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="245"/>
        <source>its section scores 0</source>
        <translation>所在部分记为 0 分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="248"/>
        <source>AUTO-FAIL: %1 — %2</source>
        <translation>一票否决：%1 — %2</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="575"/>
        <source>Reopen for revision</source>
        <extracomment>the inspector accepted a suggestion (``qaclient.assist.suggestions.Suggestion``)</extracomment>
        <translation>重新打开以修订</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="578"/>
        <source>Make a submitted evaluation editable again; the change is recorded in its history</source>
        <translation>使已提交的评分可再次编辑；此操作会记入历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="585"/>
        <source>Submit (Ctrl+S)</source>
        <translation>提交（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="785"/>
        <source>%1 — section not checked (Enter on one of its items)</source>
        <translation>%1 — 该部分未核对（在其中任一项上按回车）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="789"/>
        <source>%1 — not answered</source>
        <translation>%1 — 未作答</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="791"/>
        <source>%1 — needs a comment saying why (M, linked to the item)</source>
        <translation>%1 — 需要填写原因批注（按 M，关联到该项）</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="127"/>
        <source>Confirm that you went through this section: items without a count did not happen (Enter on one of its items)</source>
        <translation>确认已逐项核对本部分：未计次数的项目即未发生（在其中任一项上按回车）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="151"/>
        <source>✓ Checked</source>
        <translation>✓ 已核对</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="151"/>
        <source>Not checked · Enter</source>
        <translation>未核对 · 回车</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>Empty: the local database in the data folder. Or a file path, or a database URL (postgresql+psycopg://…). A password in the URL is moved to the system keyring.</source>
        <translation>留空：使用数据文件夹中的本地数据库。也可以填写文件路径或数据库 URL（postgresql+psycopg://…）。URL 中的密码会移到系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>Database location:</source>
        <translation>数据库位置：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="79"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>No audio output device found</source>
        <translation>未找到音频输出设备</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Audio output:</source>
        <translation>音频输出：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>Short skip (←/→):</source>
        <translation>短跳转（←/→）：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96"/>
        <source>Long skip (Shift+←/→):</source>
        <translation>长跳转（Shift+←/→）：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>Default speed:</source>
        <translation>默认语速：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="105"/>
        <source>From the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation>SQLite 数据库 (*.sqlite3 *.db)</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Keyboard shortcuts</source>
        <extracomment>Rubric names tried, in order, for a call without an evaluation yet.</extracomment>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="71"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="77"/>
        <source>submitted by %1 on %2</source>
        <translation>%1 于 %2 提交</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="86"/>
        <source>disputed by %1 on %2 — %3</source>
        <translation>%1 于 %2 申诉 — %3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="93"/>
        <source>dispute %1 by %2: %3</source>
        <translation>申诉由 %2 处理为%1：%3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="100"/>
        <source>calibration session — never counts in KPIs</source>
        <translation>校准会 — 不计入 KPI</translation>
    </message>
</context>
<context>
    <name>SyncSettingsWidget</name>
    <message>
        <location filename="../../ui/sync/settings.py" line="32"/>
        <source>The team&apos;s shared PostgreSQL database. Empty: work on this computer only.</source>
        <translation>团队共享的 PostgreSQL 数据库。留空：仅在本机工作。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="37"/>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="38"/>
        <source>Remember the password in the system keyring</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="44"/>
        <source>No system keyring on this computer: the password is asked when needed</source>
        <translation>此电脑没有系统钥匙串：需要时会询问密码</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="51"/>
        <source>Room for recordings taken offline; the least recently used go first</source>
        <translation>离线录音的缓存空间；最久未使用的先被清除</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="54"/>
        <source>none: encrypted, server not verified</source>
        <translation>无：加密，但不验证服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="57"/>
        <source>The certificate of the authority that signed the server&apos;s certificate: the connection is then verified (sslmode=verify-full)</source>
        <translation>签发服务器证书的证书颁发机构的证书：填写后会验证连接（sslmode=verify-full）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="61"/>
        <source>Allow connections WITHOUT encryption (not recommended)</source>
        <translation>允许不加密的连接（不推荐）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="65"/>
        <source>Scores, comments and caller numbers then cross the network readable by anyone on the way. The status bar says so while it is on.</source>
        <translation>这样评分、评语和来电号码在网络上传输时，途中任何人都能读取。开启期间状态栏会提示。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="70"/>
        <source>folders imported on this computer</source>
        <translation>在本机导入过的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="73"/>
        <source>Take offline copies recordings only from these folders (separate with ;). A folder you import is added.</source>
        <translation>“离线取用”只从这些文件夹复制录音（用 ; 分隔）。您导入的文件夹会自动加入。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="78"/>
        <source>server names, separated by commas</source>
        <translation>服务器名称，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="80"/>
        <source>Take offline downloads recordings over https only, from these servers</source>
        <translation>“离线取用”只通过 https 从这些服务器下载录音</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="83"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="88"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="89"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="90"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="92"/>
        <source>CA certificate:</source>
        <translation>根证书：</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="94"/>
        <source>Offline audio cache:</source>
        <translation>离线音频缓存：</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="95"/>
        <source>Recording folders:</source>
        <translation>录音文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="96"/>
        <source>Recording servers:</source>
        <translation>录音服务器：</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="131"/>
        <source>Connected: the shared database is ready</source>
        <translation>已连接：共享数据库可用</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="137"/>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/status.py" line="37"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="38"/>
        <location filename="../../ui/sync/status.py" line="147"/>
        <source>Send your changes and fetch the team&apos;s now</source>
        <translation>立即上传您的修改并获取团队的更新</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="56"/>
        <source>sending</source>
        <translation>上传中</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="56"/>
        <source>receiving</source>
        <translation>下载中</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="57"/>
        <source>Syncing… %1 %2%</source>
        <translation>正在同步… %1 %2%</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="58"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="60"/>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="63"/>
        <source>1 conflict to resolve</source>
        <translation>有 1 个冲突待解决</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="64"/>
        <source>%1 conflicts to resolve</source>
        <translation>有 %1 个冲突待解决</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="66"/>
        <source>Offline — changes are kept</source>
        <translation>离线 — 修改已保留</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="68"/>
        <source>Sync refused: the connection is not encrypted</source>
        <translation>同步被拒绝：连接未加密</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="70"/>
        <source>Sync error</source>
        <translation>同步出错</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="71"/>
        <source>Sync not set up</source>
        <translation>未设置同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="77"/>
        <source>NOT ENCRYPTED (TLS turned off in the settings)</source>
        <translation>未加密（已在设置中关闭加密要求）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="82"/>
        <source>inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="83"/>
        <source>trainer</source>
        <translation>培训员</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="84"/>
        <source>supervisor</source>
        <translation>值班主管</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="85"/>
        <source>manager</source>
        <translation>品质主管</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="86"/>
        <source>agent</source>
        <translation>客服代表</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="87"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="96"/>
        <source>%1 (database owner)</source>
        <translation>%1（数据库所有者）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="100"/>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="116"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="122"/>
        <source>Sent %1, received %2, merged %3</source>
        <translation>已上传 %1，已下载 %2，已合并 %3</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="130"/>
        <source>The server refused %1 changes (kept on this computer)</source>
        <translation>服务器拒绝了 %1 项更改（已保留在本机）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="135"/>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="139"/>
        <source>Sync needs an encrypted connection (TLS). Ask for TLS on the server, or allow a plain connection explicitly in Settings → Sync.</source>
        <translation>同步需要加密连接（TLS）。请在服务器上启用 TLS，或在“设置 → 同步”中明确允许明文连接。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="149"/>
        <source>No shared server is set up: enter one in Settings → Sync</source>
        <translation>尚未设置共享服务器：请在“设置 → 同步”中填写</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../ui/player/transport.py" line="238"/>
        <location filename="../../ui/player/transport.py" line="358"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="238"/>
        <location filename="../../ui/player/transport.py" line="359"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="246"/>
        <source>Jump to the next comment</source>
        <translation>跳到下一条批注</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="249"/>
        <source>Jump to the next hold or silence</source>
        <translation>跳到下一次等候或静音</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="252"/>
        <source>Jump to the next talk-over</source>
        <translation>跳到下一次抢话</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="257"/>
        <source>Loop the selected range (Shift+drag on the waveform to select)</source>
        <translation>循环播放所选区间（在波形上按住 Shift 拖动进行选择）</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="269"/>
        <source>Position / length of the call</source>
        <translation>当前位置 / 通话时长</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="276"/>
        <location filename="../../ui/player/transport.py" line="375"/>
        <source>Playback speed (slower [, faster ])</source>
        <translation>播放语速（[ 减速，] 加速）</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="278"/>
        <source>Playback speed</source>
        <translation>播放语速</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="282"/>
        <source>Both</source>
        <translation>双方</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="283"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="284"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="286"/>
        <source>Listen to both parties or one of them alone (stereo recordings)</source>
        <translation>收听双方或单独收听一方（立体声录音）</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="289"/>
        <source>Listen to</source>
        <translation>收听</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="300"/>
        <location filename="../../ui/player/transport.py" line="301"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="358"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="378"/>
        <source>This audio backend cannot keep the pitch: voices sound higher when faster.</source>
        <translation>此音频后端无法保持音调：加速时声音会变尖。</translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="389"/>
        <source>Solo needs a stereo recording with the agent on one channel</source>
        <translation>单独收听需要坐席占一个声道的立体声录音</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="123"/>
        <source>Customer</source>
        <extracomment>(start_ms, end_ms); (-1, -1) when the selection is cleared the visible window changed (zoom or scroll): (start_ms, span_ms)</extracomment>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="125"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="128"/>
        <location filename="../../ui/player/waveform_widget.py" line="133"/>
        <source>Channel %1</source>
        <translation>声道 %1</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="137"/>
        <source>Both parties (mono)</source>
        <translation>双方（单声道）</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="609"/>
        <source>Hold</source>
        <translation>等候</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="610"/>
        <source>Silence</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="611"/>
        <source>Talk-over</source>
        <translation>抢话</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="612"/>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="613"/>
        <source>Loop range</source>
        <translation>循环区间</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="637"/>
        <source>Zoom %1×</source>
        <translation>缩放 %1×</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="790"/>
        <source>Hold, %1</source>
        <translation>等候，%1</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="792"/>
        <source>(over 2 minutes)</source>
        <translation>（超过 2 分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="795"/>
        <source>Silence, %1</source>
        <translation>静音，%1</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="797"/>
        <source>Talk-over, %1: the agent interrupted</source>
        <translation>抢话，%1：坐席打断客户</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="799"/>
        <source>Talk-over, %1: the customer interrupted</source>
        <translation>抢话，%1：客户打断坐席</translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="800"/>
        <source>Talk-over, %1</source>
        <translation>抢话，%1</translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <location filename="../../ui/library/panel.py" line="250"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="251"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="252"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="253"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="254"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="270"/>
        <source>to do</source>
        <translation>待评</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="271"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="272"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="273"/>
        <source>disputed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="274"/>
        <source>to revise</source>
        <translation>待修改</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="340"/>
        <source>%1 of %2 assigned calls done</source>
        <translation>已完成 %1 / %2 通分配的通话</translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="344"/>
        <source>No calls assigned to you.</source>
        <translation>暂无分配给您的通话。</translation>
    </message>
</context>
</TS>
