<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>1 session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{total} from the week of {first} to this week, one bar a week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{total} from {month} to this month, one bar a month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insights across sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures from your sessions only. Each client's questionnaire results stay with that client in Sessions. These describe ratings, never a person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions each week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions each month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From arriving to leaving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practices in sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“Typically” means the middle of the ratings (the median), so one unusual session does not sway it. A change in a rating is not a verdict on a practice or on anyone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When you hold sessions, their figures will show here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sessions} in all, with one client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sessions} in all, with {clients} clients.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When a practice is done in a session with a rating before and after, it will show here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> — still open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> — summary saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — the session of {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — the session of {when}, and one earlier session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — the session of {when}, and {more} earlier sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go to the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions yet today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to &amp;Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients who need a summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every summary of the last 30 days has been saved for its client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the s&amp;ummary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions of the last 30 days whose summary was not saved as a PDF yet. Open one to read it and save it for the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes to finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notes of every earlier session are signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions from more than a day ago whose notes are not signed yet. Open one to finish and sign its notes when it suits you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions of the last two weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions in the last two weeks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open its su&amp;mmary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last two weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records that have reached the time you chose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A session is open. Only its client is named here until it ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session with {name}, started {when}, is still open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day}. Your sessions at a glance; nothing here is shown to a client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest {shown} of {total} are listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Care resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crisis lines, warm lines, teams that come without police, and community places you may share with the people you support, in the order you would suggest them. They stay in this vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You keep each client's record until you delete it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You keep each client's record for {words}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No record has reached the time you chose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a set time after the last session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — no sessions; the record was made in {month}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — last session in {month}, {sessions}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> — their own rule: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{words} (the client's own rule)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;view…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep &amp;for now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long records are &amp;kept…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deletion &amp;log…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keeping records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record was deleted for good. The deletion log has one more line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record is kept until you delete it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record now follows the rule you chose.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
