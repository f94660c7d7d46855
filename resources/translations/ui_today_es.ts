<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ArrivingCard</name>
        <message>
            <source>How are you arriving?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you like, choose how much stress you're carrying right now, from 0 to 10. This is optional; skipping is fine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at ease</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>some stress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>very hard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 out of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stress &amp;now, 0 to 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 · at ease</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 · some stress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 · very hard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save how you're arriving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip for now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip the arriving check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-in status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate after all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the arriving rating again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you for checking in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped for now. That's fine.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArrivingChoice</name>
        <message>
            <source>At most every %1 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often Today asks how you are arriving</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftCard</name>
        <message>
            <source>Unsaved writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Continue it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue your unsaved writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it for &amp;later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the unsaved writing for later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the unsaved writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have unsaved writing from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your draft is kept: “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your draft is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Continue your draft</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryLinks</name>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open %1 from %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing here yet. Your journal is here when you want it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show entries from this date in earlier years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show “On this day”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing from this date in earlier years.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up your support (two minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up your support</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
