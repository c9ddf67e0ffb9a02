<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgentView</name>
    <message>
        <location filename="../../ui/agent/view.py" line="148"/>
        <source>My evaluations — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="153"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="154"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="155"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="156"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="157"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="167"/>
        <source>No evaluations to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="186"/>
        <source>How this score was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="187"/>
        <source>Inspector&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="188"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="189"/>
        <source>I have read this evaluation and accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="191"/>
        <source>Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="193"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="195"/>
        <source>The evaluation with how its score was computed, to keep or sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="284"/>
        <source>Call %1 · %2 · %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="305"/>
        <source>%1 disputes left this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="316"/>
        <source>The recording of %1 is not available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="328"/>
        <source>Playback is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="359"/>
        <source>Acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="379"/>
        <source>Your dispute was sent to your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="393"/>
        <source>Export the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="410"/>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="316"/>
        <source>Unexpected error: %1 (details in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="358"/>
        <source>The database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationWindow</name>
    <message>
        <location filename="../../ui/calibration/view.py" line="165"/>
        <source>Calibration</source>
        <extracomment>(session id, call id): the participant wants to score the call in the workspace</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="169"/>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="171"/>
        <source>No calibration sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="182"/>
        <source>Score this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="184"/>
        <source>Reveal answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="185"/>
        <source>Ends blind scoring: everyone sees every answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="197"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="197"/>
        <source>Mean deviation from the benchmark (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="203"/>
        <source>What the session agreed (discussion note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="205"/>
        <source>Save reference answers and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="223"/>
        <source>Moments the comments point at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="230"/>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="231"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="232"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="267"/>
        <source>revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="267"/>
        <source>scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="270"/>
        <source>%1 · %2 · %3 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="305"/>
        <source>benchmark: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="307"/>
        <source>no benchmark scorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="316"/>
        <source>%1: %2 of %3 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="383"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="384"/>
        <source>Agreement (all calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="384"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="454"/>
        <source>Agreement on the call scores (Krippendorff&apos;s alpha, interval): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="485"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <location filename="../../ui/library/model.py" line="120"/>
        <source>Call</source>
        <extracomment>What an inspector scans first comes first; the queue (long names) is last and takes what is left, so it never pushes the id, agent, start, status or score out of view. The columns that stay in view in the narrow list of a laptop screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="121"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="122"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="123"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="124"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="125"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="126"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="127"/>
        <source>Score</source>
        <comment>short column heading of the call list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="131"/>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="132"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="133"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="134"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="135"/>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="136"/>
        <source>to revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="137"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingPack</name>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="38"/>
        <source>improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="39"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="40"/>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="41"/>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="104"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="105"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="106"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="107"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="108"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="122"/>
        <source>Score trend (average % per month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="125"/>
        <source>Items most often lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="129"/>
        <location filename="../../ui/coaching/pack_pdf.py" line="185"/>
        <location filename="../../ui/coaching/pack_pdf.py" line="210"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="130"/>
        <source>Lost / evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="131"/>
        <source>Points lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="132"/>
        <source>Per evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="147"/>
        <source>Focus of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="150"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="154"/>
        <source>Observed behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="155"/>
        <source>Effect on the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="156"/>
        <source>Agreed target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="172"/>
        <source>Plan not finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="178"/>
        <source>Moments to listen to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="182"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="183"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="184"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="186"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="187"/>
        <source>Clip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="197"/>
        <source>(no audio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="206"/>
        <source>Before and after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="211"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="212"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="213"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="214"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="231"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="233"/>
        <source>Acknowledged by {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="238"/>
        <source>Agent&apos;s signature: ____________________   Date: __________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/pack_pdf.py" line="241"/>
        <source>Coaching pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingView</name>
    <message>
        <location filename="../../ui/coaching/view.py" line="64"/>
        <source>Times are mm:ss, e.g. 02:15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="101"/>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="110"/>
        <location filename="../../ui/coaching/view.py" line="458"/>
        <source>Average % per month, overall and per section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="119"/>
        <source>Items most often lost (points lost × how often)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="121"/>
        <source>Recent evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="123"/>
        <source>Open coaching actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="128"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="129"/>
        <source>Export coaching pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="130"/>
        <source>Agent&apos;s voice only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="133"/>
        <source>Cut the pack&apos;s clips from the agent&apos;s channel alone, so the customer&apos;s voice is not copied (stereo recordings with a known agent channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="138"/>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="146"/>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="147"/>
        <source>After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="177"/>
        <source>Moments from the agent&apos;s evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="180"/>
        <source>Double-click a moment to add it to the playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="181"/>
        <source>Add to playlist ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="189"/>
        <source>from mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="190"/>
        <source>to mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="194"/>
        <source>Add range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="195"/>
        <source>Range of a call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="204"/>
        <source>Playlist for the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="207"/>
        <source>Double-click a clip to play it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="209"/>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="211"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="212"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="213"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="223"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="226"/>
        <source>e.g. Closing the call with the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="230"/>
        <source>What exactly did the agent say or do, and when? Quote it, e.g. “At 01:35 the thanks left out the customer&apos;s name.” Start with what went well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="236"/>
        <source>How did it affect the customer? e.g. “The close felt impersonal.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="241"/>
        <source>What will the agent do on the next calls? Positive and checkable, e.g. “Thank every customer by surname before the goodbye.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="254"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="255"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="256"/>
        <source>Observed behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="257"/>
        <source>Effect on the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="258"/>
        <source>Agreed target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="259"/>
        <source>Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="282"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="286"/>
        <source>What was agreed, how the agent took it, what was practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="290"/>
        <source>Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="291"/>
        <source>Agent acknowledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="298"/>
        <source>Coaching actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="303"/>
        <source>What the agent will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="308"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="309"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="316"/>
        <source>Follow-up: focus items before and after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="320"/>
        <source>Close at follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="325"/>
        <source>Once the session is held, this compares the focus items&apos; scores in the 30 days before it with the evaluations since - did it work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="347"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="348"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="349"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="350"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="351"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="352"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="353"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="384"/>
        <location filename="../../ui/coaching/view.py" line="590"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="384"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="384"/>
        <source>Points lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="384"/>
        <source>Per evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="398"/>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="399"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="400"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="401"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="403"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="404"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="364"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="367"/>
        <source>No open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="444"/>
        <source>%1 follow-up(s) due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="456"/>
        <source>No evaluations yet for this agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="461"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="498"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="433"/>
        <location filename="../../ui/coaching/view.py" line="543"/>
        <source>general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="556"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="559"/>
        <source>acknowledged by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="570"/>
        <source>improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="571"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="572"/>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="573"/>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="590"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="590"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="590"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="658"/>
        <source>The recording of %1 is not available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="670"/>
        <source>Playback is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="678"/>
        <source>Playing %1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="710"/>
        <source>✓ The plan is specific, positive and has a follow-up date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="787"/>
        <source>Folder for the coaching pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="801"/>
        <source>Wrote %1 and %2 clip(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coaching/view.py" line="806"/>
        <source>%1 clip(s) without audio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="89"/>
        <source>Where the comment goes (the playhead when you pressed M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="95"/>
        <source>Rubric item the comment explains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="99"/>
        <source>Press M to comment at the playhead; type and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="103"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="109"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="109"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="109"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="109"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="128"/>
        <source>Click a comment to jump there; double-click its text or item to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="133"/>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="142"/>
        <source>(whole call)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescriptorPane</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="464"/>
        <source>Point at a level or select an item to read its descriptors. Keys: 1–5 choose a level, 0 N/A, ↑/↓ next item, Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../ui/agent/view.py" line="49"/>
        <source>Dispute this evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="53"/>
        <source>Tick each item you disagree with and say why (the time in the call helps). You have %1 disputes left this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="60"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="60"/>
        <source>Scored as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="60"/>
        <source>Your reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="89"/>
        <source>Send dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="118"/>
        <source>Tick at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agent/view.py" line="122"/>
        <source>Give a reason for every ticked item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeStatus</name>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="38"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="39"/>
        <source>upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="40"/>
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
    <name>EvaluationPdf</name>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="43"/>
        <source>Evaluation of call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="47"/>
        <source>agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="48"/>
        <source>inspector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="53"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="54"/>
        <source>How this score was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="55"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="56"/>
        <source>Coaching note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="57"/>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="63"/>
        <source>%1 of %2 points, %3 %, grade %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="77"/>
        <source>%1 (share %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="82"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="106"/>
        <source>Section / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="107"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="108"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="109"/>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="110"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="121"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="121"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="121"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_pdf.py" line="154"/>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationTabs</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="395"/>
        <location filename="../../ui/evaluation/panel.py" line="403"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="396"/>
        <source>Coaching note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="397"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="398"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="403"/>
        <source>Comments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/library/panel.py" line="109"/>
        <source>Search call id or notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="115"/>
        <source>Any direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="116"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="117"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="119"/>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="120"/>
        <source>Unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="121"/>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="122"/>
        <source>Scored by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="123"/>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="124"/>
        <source>To revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="133"/>
        <source>Complaints only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="135"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="147"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="151"/>
        <location filename="../../ui/library/panel.py" line="196"/>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="152"/>
        <location filename="../../ui/library/panel.py" line="197"/>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="357"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="357"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="357"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../ui/scoring/items.py" line="112"/>
        <source>CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="115"/>
        <source>Failing this item fails the whole evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="117"/>
        <source>Failing this item zeroes its section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="121"/>
        <source>FLAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="123"/>
        <source>Recorded as a fact, gives no points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="131"/>
        <source>A comment linked to this item is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="165"/>
        <location filename="../../ui/scoring/items.py" line="171"/>
        <location filename="../../ui/scoring/items.py" line="172"/>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="174"/>
        <location filename="../../ui/scoring/items.py" line="398"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="175"/>
        <location filename="../../ui/scoring/items.py" line="398"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="197"/>
        <source>0 · N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="197"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="220"/>
        <source>%1%2 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="222"/>
        <source>category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="224"/>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="232"/>
        <location filename="../../ui/scoring/items.py" line="393"/>
        <location filename="../../ui/scoring/items.py" line="469"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="249"/>
        <source>— not set —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="259"/>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="268"/>
        <source>Type here; saved when you leave the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="400"/>
        <source>%1 ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="414"/>
        <source>No suggestion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="434"/>
        <source>Suggested: %1 — %2 · A accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="437"/>
        <source>✓ Suggested: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="440"/>
        <source>Suggested: %1 — %2 (your answer differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="445"/>
        <source>From the local analysis of the recording; click a time to listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="594"/>
        <source>Keys: + / − count an occurrence, a digit sets the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="597"/>
        <source>Enter: the whole section is checked — its items without a count did not happen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../ui/library/panel.py" line="371"/>
        <source>Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="387"/>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="388"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="436"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="447"/>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>qaclient — call quality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>The call list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>No call open — choose one from the list (Enter or double-click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Loading the player…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Audio playback is not available on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>The audio output chosen in the settings is not connected; the system default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>The player settings could not be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <location filename="../../ui/main_window.py" line="754"/>
        <source>The recording of %1 cannot be played: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>&amp;Submit evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Take my assignments &amp;offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>Add &amp;comment at playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>&amp;Find calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="486"/>
        <source>Go to the rubric &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490"/>
        <source>Go to the call &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>Open the &amp;next call of my queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>Next &amp;unanswered item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="515"/>
        <source>&amp;Trainer&apos;s view (coaching)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="524"/>
        <source>My evaluations (&amp;agent)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="527"/>
        <source>&amp;Disputes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>&amp;Calibration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="539"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="554"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="554"/>
        <source>Rubric form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="554"/>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="556"/>
        <source>Submit the evaluation (lists what is missing first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <source>Add a comment at the playhead, linked to the focused item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="558"/>
        <source>This list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>Search the call library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="560"/>
        <source>Go to the call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="561"/>
        <source>Go to the rubric form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>Next unanswered item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="563"/>
        <source>Open the next call of my queue that is not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="564"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <location filename="../../ui/main_window.py" line="1295"/>
        <source>Sync with the shared database now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="566"/>
        <source>Trainer&apos;s view (coaching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="567"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="568"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>Call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>Open the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="573"/>
        <source>Choose a level of the focused item (yes/no: 1 = yes, 2 = no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="575"/>
        <source>Not applicable (where the item allows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="579"/>
        <source>Count one more / one less occurrence (deduction and bonus items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="585"/>
        <source>Deduction checklists: this section is checked (items without a count did not happen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589"/>
        <source>Previous / next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="590"/>
        <source>Clear the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="595"/>
        <source>Accept the suggested answer (items the local analysis of the recording suggests; click a time under it to listen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="613"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="613"/>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="614"/>
        <source>Skip back / forward (short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="615"/>
        <source>Skip back / forward (long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="616"/>
        <source>Slower / faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>Cannot read call %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="650"/>
        <source>Call %1 is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="680"/>
        <source>agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="686"/>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="714"/>
        <source>(no file recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="720"/>
        <source>The recording of %1 is missing: %2. You can still score the call; re-import or move the file back to listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="733"/>
        <source>No recording: %1 — the call can be scored without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="787"/>
        <source>The evaluation of %1 cannot be loaded (its rubric version may be missing): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="804"/>
        <source>No rubric could be found for %1 (tried %2). Import the rubrics (qaclient rubric import) or load the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="833"/>
        <location filename="../../ui/main_window.py" line="1062"/>
        <source>Submitted evaluation (%1): read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="839"/>
        <source>Draft: every change is saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="862"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="863"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="864"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="865"/>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="866"/>
        <source>revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="867"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="894"/>
        <source>The last change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="907"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="908"/>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="909"/>
        <source>✗ Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="917"/>
        <source>A change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="961"/>
        <source>Open a call first, then press M to comment at the playhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1029"/>
        <source>Open a call to submit its evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1032"/>
        <source>This evaluation is already submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1038"/>
        <source>Cannot check the evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1043"/>
        <source>Nobody has played this call&apos;s recording yet. Listen to it first, or submit without listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1047"/>
        <source>Submit without listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1056"/>
        <source>Submit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1072"/>
        <source>Submitted %1: %2 of %3 points, grade %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1108"/>
        <source>Reopen for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1109"/>
        <source>Why does this evaluation need revising? (kept in its history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1114"/>
        <source>Reopening an evaluation needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1120"/>
        <source>Cannot reopen the evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1124"/>
        <source>Reopened for revision: submit again when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1148"/>
        <source>Every call of your queue is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1208"/>
        <source>qaclient — trainer&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1217"/>
        <source>qaclient — disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1222"/>
        <source>qaclient — calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1228"/>
        <source>qaclient — reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1231"/>
        <source>This view cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1271"/>
        <source>Settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1277"/>
        <source>Settings saved. A new database location is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1297"/>
        <source>No shared server is set up: enter one in Settings → Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1315"/>
        <source>Offline copies are not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1338"/>
        <source>Sync is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="78"/>
        <source>Welcome to qaclient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="79"/>
        <source>The library is empty. Load the demo data (rubrics, ten demo calls, demo agents and a sample assignment) to try qaclient?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="98"/>
        <source>The demo data is not part of this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="110"/>
        <source>Loading the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="131"/>
        <source>The demo data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="137"/>
        <source>Demo data loaded: open a call from your queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="214"/>
        <source>Greeting complete and warm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../ui/message_bar.py" line="76"/>
        <source>Previous message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/message_bar.py" line="81"/>
        <source>Next message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/message_bar.py" line="86"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="287"/>
        <source>No call open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="291"/>
        <source>Call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="293"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="298"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="299"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="301"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="302"/>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="302"/>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="306"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="307"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="308"/>
        <location filename="../../ui/evaluation/panel.py" line="336"/>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="309"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="309"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="309"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="311"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="312"/>
        <source>%1, %2 Hz, %3 channel(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="320"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="326"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="329"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="340"/>
        <source>Shown in full for your role; every view is recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="343"/>
        <source>Masked: customer numbers are shown in full to supervisors only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../ui/calibration/view.py" line="63"/>
        <source>New calibration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="82"/>
        <source>(no benchmark scorer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="97"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="98"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="99"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="100"/>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="101"/>
        <source>Benchmark scorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calibration/view.py" line="105"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="233"/>
        <source>Coaching note for the agent: name the behaviour, the moment, and its effect on the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="240"/>
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
        <location filename="../../ui/player/player.py" line="121"/>
        <source>The recording “%1” cannot be found. It may have been moved or deleted.</source>
        <extracomment>playback speeds offered, slowest first ([ and ] step through them) a clear sentence for the user (file missing, not audio, …) the media is loaded and can play True while a solo copy is being prepared</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player.py" line="335"/>
        <source>Cannot play one party alone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player.py" line="381"/>
        <source>Cannot play “%1”: the file is damaged or not a supported audio format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../../ui/player/player_panel.py" line="180"/>
        <source>Drawing waveform…</source>
        <extracomment>a talk-over is replayed from this long before it starts, so one hears who cut in fraction of the waveform overview computed (0..1); 1.0 when drawn completely the detected segments arrived (list[Band]) the core&apos;s analysis of the open call (``qaclient.audio.segments.Segments``) a short, non-blocking status line (e.g. &quot;Select a range first&quot;); the main window may show it in its status bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="253"/>
        <source>Select a range to loop first: Shift+drag on the waveform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="280"/>
        <source>No further comment in this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="281"/>
        <source>No further hold or silence in this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="282"/>
        <source>No further talk-over in this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="306"/>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="309"/>
        <location filename="../../ui/player/player_panel.py" line="319"/>
        <location filename="../../ui/player/transport.py" line="340"/>
        <source>Back %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="314"/>
        <location filename="../../ui/player/player_panel.py" line="324"/>
        <location filename="../../ui/player/transport.py" line="341"/>
        <source>Forward %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="327"/>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="328"/>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="329"/>
        <source>Jump to the next comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="330"/>
        <source>Jump to the next hold or silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="331"/>
        <source>Jump to the next talk-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="332"/>
        <source>Loop the selected range on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="333"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="334"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="335"/>
        <source>Clear the selected range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="399"/>
        <source>Drawing waveform… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="455"/>
        <source>No waveform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="457"/>
        <source>Cannot analyse “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="463"/>
        <source>Holds and talk-overs could not be detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="487"/>
        <source>Preparing solo playback…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySettingsWidget</name>
    <message>
        <location filename="../../ui/privacy_settings.py" line="34"/>
        <source>Show caller numbers in full on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="38"/>
        <source>Otherwise they are masked (138****5678) unless your role is supervisor, manager or admin. Every time numbers are shown in full it is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="44"/>
        <source>Caller number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="44"/>
        <source>Call notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="55"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="59"/>
        <source>Recordings taken offline, playback copies and analyses not used for this long are deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="64"/>
        <source>Clear local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="67"/>
        <source>Delete the recordings, playback copies and analyses cached on this computer now. Scores, comments and settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="77"/>
        <source>Personal fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="78"/>
        <source>Keep cached audio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="89"/>
        <source>Your role shows caller numbers in full (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="91"/>
        <source>Caller numbers are masked for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="96"/>
        <source>Cached audio and analyses: %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="103"/>
        <source>Clear local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="105"/>
        <source>Delete every recording, playback copy and analysis cached on this computer? Scores, comments and settings are kept; recordings are fetched again when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy_settings.py" line="115"/>
        <source>Deleted %1 files (%2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="508"/>
        <source>Cannot submit yet — %1 thing(s) to do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../ui/reports/pdf.py" line="93"/>
        <location filename="../../ui/reports/pdf.py" line="216"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="93"/>
        <location filename="../../ui/reports/pdf.py" line="216"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="192"/>
        <source>Evaluations done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="193"/>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="194"/>
        <location filename="../../ui/reports/pdf.py" line="292"/>
        <source>Average %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="195"/>
        <source>Standard-phrase use rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="196"/>
        <source>Answer accuracy %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="197"/>
        <location filename="../../ui/reports/pdf.py" line="295"/>
        <source>Error rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="198"/>
        <source>Error occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="199"/>
        <source>Sample coverage %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="221"/>
        <source>phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="221"/>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="228"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="230"/>
        <source>Centre — team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="239"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="239"/>
        <location filename="../../ui/reports/pdf.py" line="328"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="239"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="248"/>
        <source>Grade distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="251"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="259"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="260"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="277"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="290"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="291"/>
        <location filename="../../ui/reports/pdf.py" line="505"/>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="293"/>
        <source>Phrase use %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="294"/>
        <source>Accuracy %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="296"/>
        <source>Coverage %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="308"/>
        <source>Working days without an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="311"/>
        <location filename="../../ui/reports/pdf.py" line="425"/>
        <location filename="../../ui/reports/pdf.py" line="465"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="311"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="317"/>
        <source>Section averages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="321"/>
        <location filename="../../ui/reports/pdf.py" line="350"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="322"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="325"/>
        <location filename="../../ui/reports/pdf.py" line="355"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="346"/>
        <source>Item averages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="351"/>
        <location filename="../../ui/reports/pdf.py" line="467"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="352"/>
        <source>Cat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="357"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="376"/>
        <source>Rates count calls sampled: a call with an error of a category counts once for that category. Error rate = (calls with a standard-phrase error + calls with an answer error) / calls sampled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="382"/>
        <source>Monthly KPI report {month}, compared with {prev}; time zone {tz}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="384"/>
        <source>QA monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="424"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="426"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="427"/>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="428"/>
        <source>Infractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="429"/>
        <source>Spot checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="430"/>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="431"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="432"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="433"/>
        <source>Pay float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="434"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="440"/>
        <source>bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="441"/>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="442"/>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="443"/>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="444"/>
        <source>adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="445"/>
        <source>dismissal act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="446"/>
        <source>spot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="447"/>
        <source>escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="463"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="466"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="468"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="469"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="470"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="471"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="477"/>
        <source>Monthly agent scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="496"/>
        <source>lenient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="496"/>
        <source>harsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="504"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="506"/>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="507"/>
        <source>Handling s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="508"/>
        <source>Mean %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="509"/>
        <source>SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="510"/>
        <source>vs mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="511"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="516"/>
        <source>{month}; everyone&apos;s mean {mean} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/pdf.py" line="519"/>
        <source>Inspector statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/view.py" line="194"/>
        <source>The month reported; last month is shown beside it</source>
        <extracomment>Which way is better for each metric: +1 higher, -1 lower (error rates), 0 neither (the number of evaluations is workload, not quality).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="206"/>
        <location filename="../../ui/reports/view.py" line="440"/>
        <source>Whole centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="208"/>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="209"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="210"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="211"/>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="212"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="217"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="219"/>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="229"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="232"/>
        <source>Average % and error rate, last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="233"/>
        <source>Grade distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="234"/>
        <source>Targets this month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="242"/>
        <source>Item heat map: % of the item&apos;s points kept, per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="245"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="247"/>
        <source>Sections and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="249"/>
        <source>Sample coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="251"/>
        <source>Agent scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="253"/>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="284"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="285"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="286"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="287"/>
        <source>Dismissal act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="288"/>
        <source>Trainer adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="295"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="306"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="310"/>
        <source>Reason (required for adjustments and dismissal acts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="312"/>
        <source>Record event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="315"/>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="343"/>
        <source>Points must be a number, e.g. -3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="358"/>
        <source>Recorded for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="393"/>
        <source>Computing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="401"/>
        <source>The report failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="420"/>
        <source>%1 evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="422"/>
        <source>No evaluations in this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="428"/>
        <location filename="../../ui/reports/view.py" line="750"/>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="429"/>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="430"/>
        <location filename="../../ui/reports/view.py" line="502"/>
        <source>Average %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="431"/>
        <source>Phrase use %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="432"/>
        <source>Accuracy %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="433"/>
        <location filename="../../ui/reports/view.py" line="503"/>
        <source>Error rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="434"/>
        <location filename="../../ui/reports/view.py" line="684"/>
        <source>Coverage %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="443"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="448"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="448"/>
        <location filename="../../ui/reports/view.py" line="650"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="448"/>
        <location filename="../../ui/reports/view.py" line="456"/>
        <location filename="../../ui/reports/view.py" line="681"/>
        <location filename="../../ui/reports/view.py" line="714"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="454"/>
        <source>vs last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="456"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="456"/>
        <location filename="../../ui/reports/view.py" line="680"/>
        <location filename="../../ui/reports/view.py" line="713"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="471"/>
        <source>last month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="479"/>
        <source>better than last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="481"/>
        <source>worse than last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="582"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="618"/>
        <location filename="../../ui/reports/view.py" line="626"/>
        <location filename="../../ui/reports/view.py" line="642"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="626"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="648"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="649"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="652"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="653"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="655"/>
        <source>Last month %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="656"/>
        <source>Times lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="682"/>
        <source>Days worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="683"/>
        <source>Days sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="685"/>
        <source>Worked but not sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="712"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="819"/>
        <source>Report exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="820"/>
        <source>The report was saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="823"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="834"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="283"/>
        <location filename="../../ui/reports/view.py" line="715"/>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="716"/>
        <source>Infractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="717"/>
        <source>Spot checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="718"/>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="719"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="720"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="721"/>
        <source>Pay float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="722"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="729"/>
        <source>lenient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="729"/>
        <source>harsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="749"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="751"/>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="752"/>
        <source>Minutes each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="753"/>
        <source>Mean %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="754"/>
        <source>Spread (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="755"/>
        <source>vs everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="756"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="771"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="808"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="809"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricForm</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="276"/>
        <location filename="../../ui/scoring/form.py" line="289"/>
        <source>Open a call to score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="364"/>
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
        <location filename="../../ui/scoring/form.py" line="190"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="215"/>
        <source>The total counts once every deduction section is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="217"/>
        <source>%1 section(s) not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="222"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="225"/>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="237"/>
        <source>The grade is shown when every item is answered and every section checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="243"/>
        <source>the whole evaluation scores 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="245"/>
        <source>its section scores 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="248"/>
        <source>AUTO-FAIL: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="575"/>
        <source>Reopen for revision</source>
        <extracomment>the inspector accepted a suggestion (``qaclient.assist.suggestions.Suggestion``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="578"/>
        <source>Make a submitted evaluation editable again; the change is recorded in its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="585"/>
        <source>Submit (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="785"/>
        <source>%1 — section not checked (Enter on one of its items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="789"/>
        <source>%1 — not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="791"/>
        <source>%1 — needs a comment saying why (M, linked to the item)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="127"/>
        <source>Confirm that you went through this section: items without a count did not happen (Enter on one of its items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="151"/>
        <source>✓ Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="151"/>
        <source>Not checked · Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>Empty: the local database in the data folder. Or a file path, or a database URL (postgresql+psycopg://…). A password in the URL is moved to the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>Database location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="79"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>No audio output device found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Audio output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>Short skip (←/→):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96"/>
        <source>Long skip (Shift+←/→):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>Default speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="105"/>
        <source>From the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Keyboard shortcuts</source>
        <extracomment>Rubric names tried, in order, for a call without an evaluation yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="71"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="77"/>
        <source>submitted by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="86"/>
        <source>disputed by %1 on %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="93"/>
        <source>dispute %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/status_banner.py" line="100"/>
        <source>calibration session — never counts in KPIs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettingsWidget</name>
    <message>
        <location filename="../../ui/sync/settings.py" line="32"/>
        <source>The team&apos;s shared PostgreSQL database. Empty: work on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="37"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="38"/>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="44"/>
        <source>No system keyring on this computer: the password is asked when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="51"/>
        <source>Room for recordings taken offline; the least recently used go first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="54"/>
        <source>none: encrypted, server not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="57"/>
        <source>The certificate of the authority that signed the server&apos;s certificate: the connection is then verified (sslmode=verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="61"/>
        <source>Allow connections WITHOUT encryption (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="65"/>
        <source>Scores, comments and caller numbers then cross the network readable by anyone on the way. The status bar says so while it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="70"/>
        <source>folders imported on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="73"/>
        <source>Take offline copies recordings only from these folders (separate with ;). A folder you import is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="78"/>
        <source>server names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="80"/>
        <source>Take offline downloads recordings over https only, from these servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="83"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="88"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="89"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="90"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="92"/>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="94"/>
        <source>Offline audio cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="95"/>
        <source>Recording folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="96"/>
        <source>Recording servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="131"/>
        <source>Connected: the shared database is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings.py" line="137"/>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/status.py" line="37"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="38"/>
        <location filename="../../ui/sync/status.py" line="147"/>
        <source>Send your changes and fetch the team&apos;s now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="56"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="56"/>
        <source>receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="57"/>
        <source>Syncing… %1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="58"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="60"/>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="63"/>
        <source>1 conflict to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="64"/>
        <source>%1 conflicts to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="66"/>
        <source>Offline — changes are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="68"/>
        <source>Sync refused: the connection is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="70"/>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="71"/>
        <source>Sync not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="77"/>
        <source>NOT ENCRYPTED (TLS turned off in the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="82"/>
        <source>inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="83"/>
        <source>trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="84"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="85"/>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="86"/>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="87"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="96"/>
        <source>%1 (database owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="100"/>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="116"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="122"/>
        <source>Sent %1, received %2, merged %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="130"/>
        <source>The server refused %1 changes (kept on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="135"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="139"/>
        <source>Sync needs an encrypted connection (TLS). Ask for TLS on the server, or allow a plain connection explicitly in Settings → Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="149"/>
        <source>No shared server is set up: enter one in Settings → Sync</source>
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
        <location filename="../../ui/player/transport.py" line="359"/>
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
        <location filename="../../ui/player/transport.py" line="375"/>
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
        <location filename="../../ui/player/transport.py" line="378"/>
        <source>This audio backend cannot keep the pitch: voices sound higher when faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="389"/>
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
        <location filename="../../ui/library/panel.py" line="250"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="251"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="252"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="253"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="254"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="270"/>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="271"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="272"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="273"/>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="274"/>
        <source>to revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="340"/>
        <source>%1 of %2 assigned calls done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="344"/>
        <source>No calls assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
