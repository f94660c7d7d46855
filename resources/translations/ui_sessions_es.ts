<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Add an amendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An amendment is kept beside the signed notes with its own date and reason. What you wrote first stays as it is, and stays readable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notes as a whole</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: the date of the next session was wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the amendment adds or changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;hare with your client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A shared amendment, with its reason, appears in the client's summary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Part of the notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;mendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say in a few words why the notes are amended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write what the amendment adds or changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy of everything shared with {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It holds each session's summary and the consent given for it, never your private notes. It is not encrypted: anyone who has the file can read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as &amp;JSON…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the client's copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy could not be saved there. Try another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as {name}. It is not encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a pseudonym or initials, never a full name: this vault keeps clients apart from anyone's personal journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: R. or Sky</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: they/them (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client wants from your time together (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pseudonym or initials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ronouns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the client a pseudonym or initials.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>worked on in 1 session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>worked on in {n} sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>progress {ratings} of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not worked on in a session yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals in the client's own words, each with a review date if you choose. Sessions can note which goals they worked on, with an optional rating.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Care goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No care goals yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reopen the goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close “{goal}”? It stays in the record with its sessions and ratings, and you can reopen it at any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record is kept until you delete it (this client's own rule).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record is kept until you delete it, as the rest of your practice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record is kept {words} (this client's own rule).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record is kept {words}, as the rest of your practice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long this record is &amp;kept…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} (“{answer}”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in 1 session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in {n} sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For you: {where}, {question} was answered above “Not at all”: {when}. This is shown only on your screens, never in the client view or the client's summary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For you: in this session, {question} was answered {answers}. This is shown only in your view, never to the client or in their summary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PHQ-9 question 9, for you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaire results and distress across sessions, for you. A score is not a diagnosis; the sentences say what the numbers did.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results by session (Enter opens the session)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaire results across sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No questionnaires or distress ratings in sessions yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each session, in words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All measures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client's care goals and change over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change over time (for you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add a client…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note &amp;templates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show archived clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start a session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ar&amp;chive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete client and sessions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own view of the session's notes, private parts included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;py of their record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything shared with this client, as PDF or JSON, for an access request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a client to begin. Use a pseudonym or initials; nothing else is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (archived)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals: {goals}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No goals noted yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring &amp;back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> — still open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> — notes signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write it the way the client says it: their words, not a clinical term.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: Sleep through more nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The goal, in the client's &amp;own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Look at it again together on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A review date is optional.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the goal in the client's own words first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} on {when}: not scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} of 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not scored on {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} on {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart across sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart of {name} across sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish and sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign the notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the template?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the template “{name}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes already written with it keep their sections and words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a note template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Templates (*.toml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the note template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No amendments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 amendment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} amendments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own view: the private parts of these notes are shown here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amendments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish and &amp;sign…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an &amp;amendment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes: the session with {name}, {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed {when}. {amendments} These notes stay as they are; add an amendment to change or add to them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not signed yet: you can still change these notes. Closing keeps them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notes are signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amendment is kept beside the notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-on-one sessions with the people you support, under pseudonyms. Only one session is open at a time, and only its client is on screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Continue the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;my clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session with {name} is still open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {name} and everything recorded in their sessions? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session has ended. Its summary is kept with {name}'s sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>until you delete it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long this record is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long records are kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how long {name}'s record is kept after their last session, if it should differ from the rest of your practice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how long a client's record is kept after their last session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Laws and professional bodies differ, and records of children are often kept longer: check what applies to you. When a record's time comes, the practice home lists it for you to review. Nothing is deleted without asking you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;As the rest of the practice: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Years after the last session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>years after the last session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Until I delete it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This removes {name} and what is kept about them; there are no sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> ({span})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> with their notes, private notes and consent records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This removes {name} and everything recorded with them: {parts}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups made before now still hold this record until they are replaced or removed, and summaries or exports you saved as files stay as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The deletion log keeps one line: the date, the rule, the months of the first and last sessions and how many there were. Never the name or anything written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review a record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {name}'s record for good?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keeps things as they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep for now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep {name}'s record for now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it at least one more year, and the practice home brings it up again then. Or choose a rule of this client's own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a &amp;rule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep one more &amp;year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, {span}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deletion log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One line for each client record deleted under a retention rule: when, under which rule, the months of the first and last sessions and how many there were. It never holds a name or anything written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No record has been deleted under a retention rule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record is kept. It comes up again in {month}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing written here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes &amp;written with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template for these notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free notes (no template)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template these notes were written with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We worked on: {goal}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>just starting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>where I want to be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far along with “{goal}”, 0 to 10 (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far along do you feel? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals we worked on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the goals you worked on today. Rating them is up to you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No goals written yet. You can add one together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a goal &amp;together…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session with {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch between the client view and your own view ({keys}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;End the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your view: private notes are shown below. Turn the screen away from the client, or switch back to the client view ({keys}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How are you arriving?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much distress are you carrying right now? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How are you leaving?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>And now, how much distress are you carrying? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal stays open during this session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private notes — only in your view, never in the summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For your own practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client view is on — switch to &amp;my view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your view — switch to &amp;client view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client view is on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practitioner view is on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} of {total}: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Agree and continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save and &amp;end the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client chose not to have these recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your questionnaire answers are saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the summary for your client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared summaries (*{suffix})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give your client the file and this code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The summary is saved, encrypted, as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The code that opens the summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This code is shown only now and kept nowhere. Read it aloud while your client writes it down, or write it down for them. They type it in their own journal with Receive from my practitioner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anyone who has both the file and the code can read the summary, so give them in different ways: never both in one message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy the code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied. It is taken off the clipboard when the journal locks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be saved there. Try another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes are not signed yet. Sign them now, or later from the client's sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed {when}. {amendments}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before we begin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is exactly what will be recorded today. Untick anything you would rather not have recorded; nothing unticked will be kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every question here can be skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>very unpleasant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>very pleasant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mood, from −3 to +3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>And your mood, if you like:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer a &amp;questionnaire together…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the summary as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Share with my client…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF could not be saved there. Try another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: What helped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A short question shown in the empty box (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section {n}: &amp;title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who reads it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title of section {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt of section {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who reads section {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove section {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit note template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared sections can reach your client's summary; private ones never do. Notes already written keep the sections they were written with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One line on when you use it (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add a section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template can have at most {n} sections.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template gives your notes their sections. Each section is shared with your client (it can reach their summary) or private (only you see it). Changing or deleting a template never changes notes already written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy as my own…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (built in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (my version)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as my own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is added to your templates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Begin this practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ractice:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No practice yet today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we noticed and want to remember</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we agree on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Small steps until next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes we write together (you will see these, and keep them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we &amp;agree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Self-care steps until next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practices can still be done together; they are not recorded today.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
