<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="25"/>
        <source>improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="26"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="27"/>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="28"/>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="90"/>
        <location filename="../../ui/reports/pdf.py" line="270"/>
        <location filename="../../ui/reports/pdf.py" line="367"/>
        <location filename="../../ui/reports/pdf.py" line="410"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="90"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="90"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="90"/>
        <location filename="../../ui/reports/pdf.py" line="416"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="90"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="109"/>
        <location filename="../../ui/coaching/pack_pdf.py" line="153"/>
        <location filename="../../ui/coaching/pack_pdf.py" line="172"/>
        <location filename="../../ui/reports/pdf.py" line="308"/>
        <location filename="../../ui/reports/pdf.py" line="412"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="109"/>
        <source>Lost / evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="109"/>
        <source>Points lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="109"/>
        <source>Per evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="129"/>
        <source>Observed behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="129"/>
        <source>Effect on the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="129"/>
        <source>Agreed target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="144"/>
        <source>Plan not finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="153"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="153"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="153"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="153"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="153"/>
        <source>Clip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="161"/>
        <source>(no audio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="172"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="172"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="172"/>
        <location filename="../../ui/reports/pdf.py" line="204"/>
        <location filename="../../ui/reports/pdf.py" line="287"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="172"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="190"/>
        <source>Acknowledged by {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="194"/>
        <source>Agent&apos;s signature: ____________________   Date: __________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="197"/>
        <source>Coaching pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="70"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="70"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="204"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="204"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="216"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="223"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="223"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="249"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="250"/>
        <location filename="../../ui/reports/pdf.py" line="447"/>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="251"/>
        <source>Average %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="252"/>
        <source>Phrase use %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="253"/>
        <source>Accuracy %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="254"/>
        <source>Error rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="255"/>
        <source>Coverage %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="270"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="280"/>
        <location filename="../../ui/reports/pdf.py" line="308"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="281"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="284"/>
        <location filename="../../ui/reports/pdf.py" line="308"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="308"/>
        <source>Cat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="308"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="328"/>
        <source>Monthly KPI report {month}, compared with {prev}; time zone {tz}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="331"/>
        <source>QA monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="366"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="368"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="369"/>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="370"/>
        <source>Infractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="371"/>
        <source>Spot checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="372"/>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="373"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="374"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="375"/>
        <source>Pay float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="376"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="385"/>
        <source>bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="386"/>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="387"/>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="388"/>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="389"/>
        <source>adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="390"/>
        <source>dismissal act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="391"/>
        <source>spot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="392"/>
        <source>escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="411"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="413"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="414"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="415"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="422"/>
        <source>Monthly agent scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="440"/>
        <source>lenient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="440"/>
        <source>harsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="446"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="448"/>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="449"/>
        <source>Handling s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="450"/>
        <source>Mean %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="451"/>
        <source>SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="452"/>
        <source>vs mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="453"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="458"/>
        <source>{month}; everyone&apos;s mean {mean} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="461"/>
        <source>Inspector statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentView</name>
    <message>
        <location filename="../../ui/agent/view.py" line="145"/>
        <source>My evaluations — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="150"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="151"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="152"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="153"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="154"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="164"/>
        <source>No evaluations to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="183"/>
        <source>How this score was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="184"/>
        <source>Inspector&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="185"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="186"/>
        <source>I have read this evaluation and accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="188"/>
        <source>Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="275"/>
        <source>Call %1 · %2 · %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="296"/>
        <source>%1 disputes left this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="307"/>
        <source>The recording of %1 is not available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="319"/>
        <source>Playback is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="350"/>
        <source>Acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="370"/>
        <source>Your dispute was sent to your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="277"/>
        <source>Unexpected error: %1 (details in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="319"/>
        <source>The database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationWindow</name>
    <message>
        <location filename="../../ui/calibration/view.py" line="169"/>
        <source>Calibration</source>
        <extracomment>(session id, call id): the participant wants to score the call in the workspace</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="173"/>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="175"/>
        <source>No calibration sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="186"/>
        <source>Score this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="188"/>
        <source>Reveal answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="189"/>
        <source>Ends blind scoring: everyone sees every answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="201"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="201"/>
        <source>Mean deviation from the benchmark (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="207"/>
        <source>What the session agreed (discussion note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="209"/>
        <source>Save reference answers and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="227"/>
        <source>Moments the comments point at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="234"/>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="235"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="236"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="271"/>
        <source>revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="271"/>
        <source>scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="274"/>
        <source>%1 · %2 · %3 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="309"/>
        <source>benchmark: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="311"/>
        <source>no benchmark scorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="320"/>
        <source>%1: %2 of %3 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="387"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="388"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="388"/>
        <source>Agreement (all calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="458"/>
        <source>Agreement on the call scores (Krippendorff&apos;s alpha, interval): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="489"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <location filename="../../ui/library/model.py" line="116"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="117"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="118"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="119"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="120"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="121"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="122"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="123"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="126"/>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="127"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="128"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="129"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="130"/>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="131"/>
        <source>revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="132"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingView</name>
    <message>
        <location filename="../../ui/coaching/view.py" line="62"/>
        <source>Times are mm:ss, e.g. 02:15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="99"/>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="108"/>
        <location filename="../../ui/coaching/view.py" line="436"/>
        <source>Average % per month, overall and per section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="117"/>
        <source>Items most often lost (points lost × how often)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="119"/>
        <source>Recent evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="121"/>
        <source>Open coaching actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="126"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="127"/>
        <source>Export coaching pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="129"/>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="135"/>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="136"/>
        <source>After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="166"/>
        <source>Moments from the agent&apos;s evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="169"/>
        <source>Double-click a moment to add it to the playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="170"/>
        <source>Add to playlist ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="178"/>
        <source>from mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="179"/>
        <source>to mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="183"/>
        <source>Add range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="184"/>
        <source>Range of a call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="193"/>
        <source>Playlist for the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="196"/>
        <source>Double-click a clip to play it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="198"/>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="200"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="201"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="202"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="212"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="215"/>
        <source>e.g. Closing the call with the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="219"/>
        <source>What exactly did the agent say or do, and when? Quote it, e.g. “At 01:35 the thanks left out the customer&apos;s name.” Start with what went well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="225"/>
        <source>How did it affect the customer? e.g. “The close felt impersonal.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="230"/>
        <source>What will the agent do on the next calls? Positive and checkable, e.g. “Thank every customer by surname before the goodbye.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="243"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="244"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="245"/>
        <source>Observed behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="246"/>
        <source>Effect on the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="247"/>
        <source>Agreed target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="248"/>
        <source>Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="271"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="275"/>
        <source>What was agreed, how the agent took it, what was practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="279"/>
        <source>Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="280"/>
        <source>Agent acknowledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="287"/>
        <source>Coaching actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="292"/>
        <source>What the agent will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="297"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="298"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="305"/>
        <source>Follow-up: focus items before and after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="309"/>
        <source>Close at follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="314"/>
        <source>Once the session is held, this compares the focus items&apos; scores in the 30 days before it with the evaluations since - did it work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="336"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="337"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="338"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="339"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="340"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="341"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="342"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="359"/>
        <location filename="../../ui/coaching/view.py" line="566"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="359"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="359"/>
        <source>Points lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="359"/>
        <source>Per evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="373"/>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="374"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="375"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="376"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="378"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="379"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="400"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="403"/>
        <source>No open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="422"/>
        <source>%1 follow-up(s) due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="434"/>
        <source>No evaluations yet for this agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="439"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="476"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="520"/>
        <source>general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="532"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="535"/>
        <source>acknowledged by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="546"/>
        <source>improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="547"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="548"/>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="549"/>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="566"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="566"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="566"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="634"/>
        <source>The recording of %1 is not available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="646"/>
        <source>Playback is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="654"/>
        <source>Playing %1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="688"/>
        <source>✓ The plan is specific, positive and has a follow-up date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="760"/>
        <source>Folder for the coaching pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="769"/>
        <source>Wrote %1 and %2 clip(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="774"/>
        <source>%1 clip(s) without audio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="87"/>
        <source>Where the comment goes (the playhead when you pressed M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="93"/>
        <source>Rubric item the comment explains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="97"/>
        <source>Press M to comment at the playhead; type and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="101"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="107"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="107"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="107"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="107"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="126"/>
        <source>Click a comment to jump there; double-click its text or item to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="131"/>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="140"/>
        <source>(whole call)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescriptorPane</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="374"/>
        <source>Point at a level or select an item to read its descriptors. Keys: 1–5 choose a level, 0 N/A, ↑/↓ next item, Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../ui/agent/view.py" line="53"/>
        <source>Dispute this evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="57"/>
        <source>Tick each item you disagree with and say why (the time in the call helps). You have %1 disputes left this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="64"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="64"/>
        <source>Scored as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="64"/>
        <source>Your reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="93"/>
        <source>Send dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="122"/>
        <source>Tick at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="126"/>
        <source>Give a reason for every ticked item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeStatus</name>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="40"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="41"/>
        <source>upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="42"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputesView</name>
    <message>
        <location filename="../../ui/disputes/queue.py" line="48"/>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="51"/>
        <source>Open disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="52"/>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="53"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="58"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="59"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="60"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="61"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="62"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="72"/>
        <source>No disputes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="84"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="85"/>
        <source>Scored as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="86"/>
        <source>Agent&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="87"/>
        <source>Correct to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="97"/>
        <source>Upheld: the agent is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="98"/>
        <source>Rejected: the score stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="104"/>
        <source>Your reason — the agent will read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="106"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="121"/>
        <source>How the score was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="162"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="198"/>
        <source>%1 disputes call %2 (scored %3 % by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="230"/>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="245"/>
        <location filename="../../ui/disputes/queue.py" line="249"/>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="254"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="255"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="257"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="297"/>
        <source>Choose upheld or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="301"/>
        <source>Write the reason the agent will read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/disputes/queue.py" line="312"/>
        <source>Resolved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationStatus</name>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="28"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="29"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="30"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="31"/>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="32"/>
        <source>to revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="33"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationTabs</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="379"/>
        <location filename="../../ui/evaluation/panel.py" line="387"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="380"/>
        <source>Coaching note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="381"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="382"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="387"/>
        <source>Comments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/library/panel.py" line="102"/>
        <source>Search call id or notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="108"/>
        <source>Any direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="109"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="110"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="115"/>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="116"/>
        <source>Unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="117"/>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="118"/>
        <source>Scored by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="125"/>
        <source>Complaints only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="127"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="139"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="143"/>
        <location filename="../../ui/library/panel.py" line="179"/>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="144"/>
        <location filename="../../ui/library/panel.py" line="180"/>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="318"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="318"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="318"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="318"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="318"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="331"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="332"/>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="333"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="334"/>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="335"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../ui/scoring/items.py" line="104"/>
        <source>CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="107"/>
        <source>Failing this item fails the whole evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="109"/>
        <source>Failing this item zeroes its section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="113"/>
        <source>FLAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="115"/>
        <source>Recorded as a fact, gives no points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="123"/>
        <source>A comment linked to this item is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="149"/>
        <location filename="../../ui/scoring/items.py" line="155"/>
        <location filename="../../ui/scoring/items.py" line="156"/>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="158"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="159"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="181"/>
        <source>0 · N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="181"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="204"/>
        <source>%1%2 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="206"/>
        <source>category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="208"/>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="216"/>
        <location filename="../../ui/scoring/items.py" line="377"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="233"/>
        <source>— not set —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="243"/>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="252"/>
        <source>Type here; saved when you leave the field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../ui/library/panel.py" line="317"/>
        <source>Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="335"/>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="336"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="343"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="354"/>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>qaclient — call quality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>The call list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>No call open — choose one from the list (Enter or double-click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Loading the player…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Audio playback is not available on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>The audio output chosen in the settings is not connected; the system default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>The player settings could not be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <location filename="../../ui/main_window.py" line="659"/>
        <source>The recording of %1 cannot be played: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>&amp;Submit evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>Take my assignments &amp;offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>Add &amp;comment at playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>&amp;Find calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>Go to the rubric &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>Go to the call &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>Open the &amp;next call of my queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Next &amp;unanswered item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>&amp;Trainer&apos;s view (coaching)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>My evaluations (&amp;agent)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="492"/>
        <source>&amp;Disputes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="496"/>
        <source>&amp;Calibration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="504"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="509"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>Rubric form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <source>Submit the evaluation (lists what is missing first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>Add a comment at the playhead, linked to the focused item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="523"/>
        <source>This list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="524"/>
        <source>Search the call library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="525"/>
        <source>Go to the call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>Go to the rubric form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="527"/>
        <source>Next unanswered item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="528"/>
        <source>Open the next call of my queue that is not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="529"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>Sync with the shared database now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>Trainer&apos;s view (coaching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="532"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="533"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="534"/>
        <source>Call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="534"/>
        <source>double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="534"/>
        <source>Open the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>Choose a level of the focused item (yes/no: 1 = yes, 2 = no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540"/>
        <source>Not applicable (where the item allows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Count one more / one less occurrence (deduction and bonus items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="546"/>
        <source>Previous / next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547"/>
        <source>Clear the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="563"/>
        <source>Skip back / forward (short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="564"/>
        <source>Skip back / forward (long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>Slower / faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="591"/>
        <source>Cannot read call %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="595"/>
        <source>Call %1 is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="615"/>
        <source>agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="621"/>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="632"/>
        <source>(no file recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="636"/>
        <source>The recording of %1 is missing: %2. You can still score the call; re-import or move the file back to listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="690"/>
        <source>The evaluation of %1 cannot be loaded (its rubric version may be missing): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="706"/>
        <source>No rubric could be found for %1 (tried %2). Import the rubrics (qaclient rubric import) or load the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="728"/>
        <location filename="../../ui/main_window.py" line="926"/>
        <source>Submitted evaluation (%1): read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="734"/>
        <source>Draft: every change is saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="751"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="752"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="753"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="754"/>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="755"/>
        <source>revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="756"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="776"/>
        <source>The last change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="788"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="789"/>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="790"/>
        <source>✗ Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="798"/>
        <source>A change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="820"/>
        <source>Open a call first, then press M to comment at the playhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="881"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="888"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="888"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="903"/>
        <source>Open a call to submit its evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="906"/>
        <source>This evaluation is already submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="912"/>
        <source>Cannot check the evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="920"/>
        <source>Submit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="936"/>
        <source>Submitted %1: %2 of %3 points, grade %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="972"/>
        <source>Reopen for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="973"/>
        <source>Why does this evaluation need revising? (kept in its history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="978"/>
        <source>Reopening an evaluation needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="984"/>
        <source>Cannot reopen the evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="988"/>
        <source>Reopened for revision: submit again when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1009"/>
        <source>Cannot submit: item %1 needs a comment saying why. Press M and link the comment to this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1012"/>
        <source>Cannot submit: item %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1018"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1020"/>
        <source>Cannot submit: %1 item(s) not answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1038"/>
        <source>Every call of your queue is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1089"/>
        <source>qaclient — trainer&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1098"/>
        <source>qaclient — disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1103"/>
        <source>qaclient — calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1109"/>
        <source>qaclient — reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1112"/>
        <source>This view cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1148"/>
        <source>Settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1153"/>
        <source>Settings saved. A new database location is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1176"/>
        <source>Offline copies are not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1198"/>
        <source>Sync is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="178"/>
        <source>Greeting complete and warm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../ui/message_bar.py" line="42"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="268"/>
        <source>No call open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="272"/>
        <source>Call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="273"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="274"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="275"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="277"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="278"/>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="278"/>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="282"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="283"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="284"/>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="285"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="285"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="285"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="287"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="293"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="297"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="300"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../ui/calibration/view.py" line="67"/>
        <source>New calibration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="86"/>
        <source>(no benchmark scorer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="101"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="102"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="103"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="104"/>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="105"/>
        <source>Benchmark scorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="109"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="226"/>
        <source>Coaching note for the agent: name the behaviour, the moment, and its effect on the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="233"/>
        <source>What went well, what to improve, and how…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineCheckoutDialog</name>
    <message>
        <location filename="../../ui/sync/checkout.py" line="52"/>
        <source>Take my assignments offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout.py" line="57"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout.py" line="81"/>
        <source>Copying %1 (%2 of %3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout.py" line="98"/>
        <source>%1 recordings ready offline, %2 already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout.py" line="103"/>
        <source>%1 could not be copied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout.py" line="106"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout.py" line="108"/>
        <location filename="../../ui/sync/checkout.py" line="115"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout.py" line="114"/>
        <source>Offline checkout failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../../ui/player/player.py" line="120"/>
        <source>The recording “%1” cannot be found. It may have been moved or deleted.</source>
        <extracomment>playback speeds offered, slowest first ([ and ] step through them) a clear sentence for the user (file missing, not audio, …) the media is loaded and can play True while a solo copy is being prepared</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player.py" line="333"/>
        <source>Cannot play one party alone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player.py" line="379"/>
        <source>Cannot play “%1”: the file is damaged or not a supported audio format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../../ui/player/player_panel.py" line="177"/>
        <source>Drawing waveform…</source>
        <extracomment>a talk-over is replayed from this long before it starts, so one hears who cut in fraction of the waveform overview computed (0..1); 1.0 when drawn completely the detected segments arrived (list[Band]) a short, non-blocking status line (e.g. &quot;Select a range first&quot;); the main window may show it in its status bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="249"/>
        <source>Select a range to loop first: Shift+drag on the waveform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="276"/>
        <source>No further comment in this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="277"/>
        <source>No further hold or silence in this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="278"/>
        <source>No further talk-over in this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="302"/>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="305"/>
        <location filename="../../ui/player/player_panel.py" line="315"/>
        <location filename="../../ui/player/transport.py" line="340"/>
        <source>Back %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="310"/>
        <location filename="../../ui/player/player_panel.py" line="320"/>
        <location filename="../../ui/player/transport.py" line="341"/>
        <source>Forward %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="323"/>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="324"/>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="325"/>
        <source>Jump to the next comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="326"/>
        <source>Jump to the next hold or silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="327"/>
        <source>Jump to the next talk-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="328"/>
        <source>Loop the selected range on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="329"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="330"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="331"/>
        <source>Clear the selected range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="395"/>
        <source>Drawing waveform… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="447"/>
        <source>No waveform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="449"/>
        <source>Cannot analyse “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="455"/>
        <source>Holds and talk-overs could not be detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="479"/>
        <source>Preparing solo playback…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/view.py" line="171"/>
        <source>The month reported; last month is shown beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="178"/>
        <location filename="../../ui/reports/view.py" line="420"/>
        <source>Whole centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="180"/>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="181"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="182"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="183"/>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="184"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="189"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="191"/>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="201"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="204"/>
        <source>Average % and error rate, last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="205"/>
        <source>Grade distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="206"/>
        <source>Targets this month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="214"/>
        <source>Item heat map: % of the item&apos;s points kept, per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="217"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="219"/>
        <source>Sections and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="221"/>
        <source>Sample coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="223"/>
        <source>Agent scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="225"/>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="256"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="257"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="258"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="259"/>
        <source>Dismissal act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="260"/>
        <source>Trainer adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="274"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="278"/>
        <source>Reason (required for adjustments and dismissal acts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="280"/>
        <source>Record event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="283"/>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="311"/>
        <source>Points must be a number, e.g. -3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="326"/>
        <source>Recorded for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="361"/>
        <source>Computing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="369"/>
        <source>The report failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="388"/>
        <source>%1 evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="390"/>
        <source>No evaluations in this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="396"/>
        <location filename="../../ui/reports/view.py" line="679"/>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="397"/>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="398"/>
        <location filename="../../ui/reports/view.py" line="453"/>
        <source>Average %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="399"/>
        <source>Phrase use %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="400"/>
        <source>Accuracy %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="401"/>
        <location filename="../../ui/reports/view.py" line="454"/>
        <source>Error rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="402"/>
        <location filename="../../ui/reports/view.py" line="613"/>
        <source>Coverage %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="408"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="408"/>
        <location filename="../../ui/reports/view.py" line="579"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="408"/>
        <location filename="../../ui/reports/view.py" line="416"/>
        <location filename="../../ui/reports/view.py" line="610"/>
        <location filename="../../ui/reports/view.py" line="643"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="414"/>
        <source>vs last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="416"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="416"/>
        <location filename="../../ui/reports/view.py" line="609"/>
        <location filename="../../ui/reports/view.py" line="642"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="431"/>
        <source>last month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="547"/>
        <location filename="../../ui/reports/view.py" line="555"/>
        <location filename="../../ui/reports/view.py" line="571"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="555"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="577"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="578"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="581"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="582"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="584"/>
        <source>Last month %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="585"/>
        <source>Times lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="611"/>
        <source>Days worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="612"/>
        <source>Days sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="614"/>
        <source>Worked but not sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="641"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="255"/>
        <location filename="../../ui/reports/view.py" line="644"/>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="645"/>
        <source>Infractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="646"/>
        <source>Spot checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="647"/>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="648"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="649"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="650"/>
        <source>Pay float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="651"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="658"/>
        <source>lenient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="658"/>
        <source>harsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="678"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="680"/>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="681"/>
        <source>Minutes each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="682"/>
        <source>Mean %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="683"/>
        <source>Spread (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="684"/>
        <source>vs everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="685"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="698"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="716"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="717"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricForm</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="210"/>
        <location filename="../../ui/scoring/form.py" line="223"/>
        <source>Open a call to score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="276"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreBreakdown</name>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="35"/>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="37"/>
        <location filename="../../ui/evaluation/breakdown.py" line="111"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="47"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="49"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="67"/>
        <source>Section / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="68"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="69"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="70"/>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="71"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/breakdown.py" line="104"/>
        <source>%1 (share %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreSummary</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="143"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="163"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="166"/>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="175"/>
        <source>The grade is shown when every item is answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="181"/>
        <source>the whole evaluation scores 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="183"/>
        <source>its section scores 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="186"/>
        <source>AUTO-FAIL: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="424"/>
        <source>Reopen for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="427"/>
        <source>Make a submitted evaluation editable again; the change is recorded in its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="434"/>
        <source>Submit (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>Empty: the local database in the data folder. Or a file path, or a database URL (postgresql+psycopg://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <source>Database location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="79"/>
        <source>No audio output device found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80"/>
        <source>Audio output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="83"/>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Short skip (←/→):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Long skip (Shift+←/→):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>Default speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99"/>
        <source>From the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Keyboard shortcuts</source>
        <extracomment>Rubric names tried, in order, for a call without an evaluation yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="73"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="79"/>
        <source>submitted by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="88"/>
        <source>disputed by %1 on %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="95"/>
        <source>dispute %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="102"/>
        <source>calibration session — never counts in KPIs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettingsWidget</name>
    <message>
        <location filename="../../ui/sync/settings.py" line="31"/>
        <source>The team&apos;s shared PostgreSQL database. Empty: work on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="36"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="37"/>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="43"/>
        <source>No system keyring on this computer: the password is asked when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="50"/>
        <source>Room for recordings taken offline; the least recently used go first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="53"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="58"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="59"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="60"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="62"/>
        <source>Offline audio cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="93"/>
        <source>Connected: the shared database is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="99"/>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/status.py" line="33"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="34"/>
        <source>Send your changes and fetch the team&apos;s now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="51"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="51"/>
        <source>receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="52"/>
        <source>Syncing… %1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="53"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="55"/>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="58"/>
        <source>1 conflict to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="59"/>
        <source>%1 conflicts to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="61"/>
        <source>Offline — changes are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="63"/>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="64"/>
        <source>Sync not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="73"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="79"/>
        <source>Sent %1, received %2, merged %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="85"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../ui/player/transport.py" line="238"/>
        <location filename="../../ui/player/transport.py" line="358"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="238"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="246"/>
        <source>Jump to the next comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="249"/>
        <source>Jump to the next hold or silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="252"/>
        <source>Jump to the next talk-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="257"/>
        <source>Loop the selected range (Shift+drag on the waveform to select)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="269"/>
        <source>Position / length of the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="276"/>
        <location filename="../../ui/player/transport.py" line="374"/>
        <source>Playback speed (slower [, faster ])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="278"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="282"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="283"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="284"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="286"/>
        <source>Listen to both parties or one of them alone (stereo recordings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="289"/>
        <source>Listen to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="300"/>
        <location filename="../../ui/player/transport.py" line="301"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="358"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="377"/>
        <source>This audio backend cannot keep the pitch: voices sound higher when faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="388"/>
        <source>Solo needs a stereo recording with the agent on one channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="123"/>
        <source>Customer</source>
        <extracomment>(start_ms, end_ms); (-1, -1) when the selection is cleared the visible window changed (zoom or scroll): (start_ms, span_ms)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="125"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="128"/>
        <location filename="../../ui/player/waveform_widget.py" line="133"/>
        <source>Channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="137"/>
        <source>Both parties (mono)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="609"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="610"/>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="611"/>
        <source>Talk-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="612"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="613"/>
        <source>Loop range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="637"/>
        <source>Zoom %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="790"/>
        <source>Hold, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="792"/>
        <source>(over 2 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="795"/>
        <source>Silence, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="797"/>
        <source>Talk-over, %1: the agent interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="799"/>
        <source>Talk-over, %1: the customer interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="800"/>
        <source>Talk-over, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <location filename="../../ui/library/panel.py" line="229"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="229"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="229"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="229"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="243"/>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="244"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="245"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="286"/>
        <source>%1 of %2 assigned calls done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="290"/>
        <source>No calls assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="74"/>
        <source>The demo data is not part of this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="82"/>
        <source>Loading the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="85"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <source>The demo data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="105"/>
        <source>Demo data loaded: open a call from your queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="362"/>
        <source>Welcome to qaclient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="364"/>
        <source>The library is empty. Load the demo data (rubrics, ten demo calls, demo agents and a sample assignment) to try qaclient?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
