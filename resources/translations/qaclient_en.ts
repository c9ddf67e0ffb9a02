<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="207"/>
        <source>The database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <location filename="../../ui/library/model.py" line="48"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="49"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="50"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="51"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="52"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="53"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="54"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="55"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="58"/>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="59"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="60"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="61"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="62"/>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="63"/>
        <source>revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="64"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="64"/>
        <source>Where the comment goes (the playhead when you pressed M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="70"/>
        <source>Rubric item the comment explains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="74"/>
        <source>Press M to comment at the playhead; type and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="78"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="84"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="84"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="84"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="84"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="101"/>
        <source>Click a comment to jump there; double-click its text to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="104"/>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="113"/>
        <source>(whole call)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescriptorPane</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="343"/>
        <source>Point at a level or select an item to read its descriptors. Keys: 1–5 choose a level, 0 N/A, ↑/↓ next item, Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationTabs</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="339"/>
        <location filename="../../ui/evaluation/panel.py" line="347"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="340"/>
        <source>Coaching note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="341"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="342"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="347"/>
        <source>Comments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/library/panel.py" line="77"/>
        <source>Search call id or notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="83"/>
        <source>Any direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="84"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="85"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="90"/>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="91"/>
        <source>Unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="92"/>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="93"/>
        <source>Scored by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="98"/>
        <source>Complaints only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="100"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="112"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="131"/>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="132"/>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="282"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="282"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="282"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="282"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="282"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="294"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="295"/>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="296"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="297"/>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="298"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../ui/scoring/items.py" line="100"/>
        <source>CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="103"/>
        <source>Failing this item fails the whole evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="105"/>
        <source>Failing this item zeroes its section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="109"/>
        <source>FLAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="111"/>
        <source>Recorded as a fact, gives no points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="119"/>
        <source>A comment linked to this item is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="145"/>
        <location filename="../../ui/scoring/items.py" line="151"/>
        <location filename="../../ui/scoring/items.py" line="152"/>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="154"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="155"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="177"/>
        <source>0 · N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="177"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="200"/>
        <source>%1%2 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="202"/>
        <source>category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="204"/>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="212"/>
        <location filename="../../ui/scoring/items.py" line="373"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="229"/>
        <source>— not set —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="239"/>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/items.py" line="248"/>
        <source>Type here; saved when you leave the field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../ui/library/panel.py" line="267"/>
        <source>Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="285"/>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="286"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="300"/>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>qaclient — call quality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>The call list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>No call open — choose one from the list (Enter or double-click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Audio playback is not available on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>The recording of %1 cannot be played: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>&amp;Submit evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Add &amp;comment at playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;Find calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>Go to the rubric &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Go to the call &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Next &amp;unanswered item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Rubric form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Submit the evaluation (lists what is missing first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Add a comment at the playhead, linked to the focused item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>This list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Search the call library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Go to the call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Go to the rubric form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>Next unanswered item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Open the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>Choose a level of the focused item (yes/no: 1 = yes, 2 = no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Not applicable (where the item allows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Count one more / one less occurrence (deduction and bonus items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Previous / next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>Clear the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>Skip back / forward (short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>Skip back / forward (long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>Slower / faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>Cannot read call %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>Call %1 is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>(no file recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>The recording of %1 is missing: %2. You can still score the call; re-import or move the file back to listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>The evaluation of %1 cannot be loaded (its rubric version may be missing): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="517"/>
        <source>No rubric could be found for %1 (tried %2). Import the rubrics (qaclient rubric import) or load the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="539"/>
        <location filename="../../ui/main_window.py" line="710"/>
        <source>Submitted evaluation (%1): read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Draft: every change is saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="560"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="561"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="563"/>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="564"/>
        <source>revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="585"/>
        <source>The last change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="597"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="598"/>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="599"/>
        <source>✗ Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="607"/>
        <source>A change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="629"/>
        <source>Open a call first, then press M to comment at the playhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="687"/>
        <source>Open a call to submit its evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="690"/>
        <source>This evaluation is already submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="696"/>
        <source>Cannot check the evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="704"/>
        <source>Submit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="719"/>
        <source>Submitted %1: %2 of %3 points, grade %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="750"/>
        <source>Cannot submit: item %1 needs a comment saying why. Press M and link the comment to this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="753"/>
        <source>Cannot submit: item %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="759"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="761"/>
        <source>Cannot submit: %1 item(s) not answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="822"/>
        <source>Settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="831"/>
        <source>Settings saved. A new database location is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="160"/>
        <source>Greeting complete and warm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../ui/message_bar.py" line="41"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="232"/>
        <source>No call open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="236"/>
        <source>Call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="237"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="238"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="239"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="241"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="242"/>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="242"/>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="246"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="247"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="248"/>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="249"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="249"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="249"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="251"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="257"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="261"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="264"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteTab</name>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="190"/>
        <source>Coaching note for the agent: name the behaviour, the moment, and its effect on the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/panel.py" line="197"/>
        <source>What went well, what to improve, and how…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../../ui/player/player.py" line="116"/>
        <source>The recording “%1” cannot be found. It may have been moved or deleted.</source>
        <extracomment>playback speeds offered, slowest first ([ and ] step through them) a clear sentence for the user (file missing, not audio, …) the media is loaded and can play True while a solo copy is being prepared</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player.py" line="311"/>
        <source>Cannot play one party alone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player.py" line="349"/>
        <source>Cannot play “%1”: the file is damaged or not a supported audio format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../../ui/player/player_panel.py" line="166"/>
        <source>Drawing waveform…</source>
        <extracomment>a talk-over is replayed from this long before it starts, so one hears who cut in fraction of the waveform overview computed (0..1); 1.0 when drawn completely the detected segments arrived (list[Band]) a short, non-blocking status line (e.g. &quot;Select a range first&quot;); the main window may show it in its status bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="238"/>
        <source>Select a range to loop first: Shift+drag on the waveform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="265"/>
        <source>No further comment in this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="266"/>
        <source>No further hold or silence in this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="267"/>
        <source>No further talk-over in this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="282"/>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="285"/>
        <location filename="../../ui/player/player_panel.py" line="295"/>
        <source>Back %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="290"/>
        <location filename="../../ui/player/player_panel.py" line="300"/>
        <source>Forward %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="303"/>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="304"/>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="305"/>
        <source>Jump to the next comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="306"/>
        <source>Jump to the next hold or silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="307"/>
        <source>Jump to the next talk-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="308"/>
        <source>Loop the selected range on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="309"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="310"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="311"/>
        <source>Clear the selected range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="375"/>
        <source>Drawing waveform… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="397"/>
        <source>No waveform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="399"/>
        <source>Cannot analyse “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="403"/>
        <source>Holds and talk-overs could not be detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/player_panel.py" line="427"/>
        <source>Preparing solo playback…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricForm</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="204"/>
        <location filename="../../ui/scoring/form.py" line="216"/>
        <source>Open a call to score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="258"/>
        <source>N/A</source>
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
        <source>the whole evaluation scores 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="177"/>
        <source>its section scores 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="180"/>
        <source>AUTO-FAIL: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="392"/>
        <source>Submit (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>Empty: the local database in the data folder. Or a file path, or a database URL (postgresql+psycopg://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59"/>
        <source>Database location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="61"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="67"/>
        <source>No audio output device found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>Audio output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>Short skip (←/→):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Long skip (Shift+←/→):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Default speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>From the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Keyboard shortcuts</source>
        <extracomment>Rubric names tried, in order, for a call without an evaluation yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../ui/player/transport.py" line="108"/>
        <source>Back 15 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="110"/>
        <source>Back 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="113"/>
        <location filename="../../ui/player/transport.py" line="206"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="113"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="117"/>
        <source>Forward 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="119"/>
        <source>Forward 15 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="122"/>
        <source>Jump to the next comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="125"/>
        <source>Jump to the next hold or silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="128"/>
        <source>Jump to the next talk-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="133"/>
        <source>Loop the selected range (Shift+drag on the waveform to select)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="145"/>
        <source>Position / length of the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="154"/>
        <location filename="../../ui/player/transport.py" line="222"/>
        <source>Playback speed (slower [, faster ])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="156"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="160"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="161"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="162"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="164"/>
        <source>Listen to both parties or one of them alone (stereo recordings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="167"/>
        <source>Listen to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="178"/>
        <location filename="../../ui/player/transport.py" line="179"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="206"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="225"/>
        <source>This audio backend cannot keep the pitch: voices sound higher when faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/transport.py" line="236"/>
        <source>Solo needs a stereo recording with the agent on one channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="120"/>
        <source>Customer</source>
        <extracomment>(start_ms, end_ms); (-1, -1) when the selection is cleared the visible window changed (zoom or scroll): (start_ms, span_ms)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="122"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="125"/>
        <location filename="../../ui/player/waveform_widget.py" line="130"/>
        <source>Channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="134"/>
        <source>Both parties (mono)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="532"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="533"/>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="534"/>
        <source>Talk-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="535"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="536"/>
        <source>Loop range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="560"/>
        <source>Zoom %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="689"/>
        <source>Hold, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="691"/>
        <source>(over 2 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="694"/>
        <source>Silence, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="696"/>
        <source>Talk-over, %1: the agent interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="698"/>
        <source>Talk-over, %1: the customer interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/player/waveform_widget.py" line="699"/>
        <source>Talk-over, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <location filename="../../ui/library/panel.py" line="185"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="185"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="185"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="185"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="195"/>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="196"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="197"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="236"/>
        <source>%1 of %2 assigned calls done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/panel.py" line="240"/>
        <source>No calls assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="67"/>
        <source>The demo data is not part of this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="74"/>
        <source>Loading the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="77"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="92"/>
        <source>The demo data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="95"/>
        <source>Demo data loaded: open a call from your queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="275"/>
        <source>Welcome to qaclient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="277"/>
        <source>The library is empty. Load the demo data (rubrics, ten demo calls, demo agents and a sample assignment) to try qaclient?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
