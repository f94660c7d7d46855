<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Something unexpected happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you were writing has been kept as a draft, and your journal is still encrypted and safe. You can keep going, or lock the journal and open it again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A short technical note, with none of your writing in it, was added to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep going</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NeutralScreen</name>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
