<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CalmDialog</name>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide &amp;details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>e.g. 3 May 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the date on a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose on a calendar (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That did not read as a date, so it is still {day}. Try 3 May 2024.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This date is in the future — that's fine if you mean it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphraseEdit</name>
        <message>
            <source>Hide passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action} (Ctrl+H)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Principles</name>
        <message>
            <source>Intersectionality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trauma-informed care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community-centred healing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alternative accountability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Self-care and well-being</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Passphrase strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength appears here as you type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This one would be too easy to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Very easy to guess</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Easy to guess</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use at least 8 characters. A short sentence of four or more words is easy to remember and hard to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is one of the most common passwords, so it would be guessed quickly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use more than one character, repeated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sequences such as abcd, 1234 or qwerty are guessed quickly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add another word or two. Length helps more than symbols do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A few unrelated words make a passphrase that is strong and easy to remember.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeated parts add little; try words that are different from each other.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_CalendarPopup</name>
        <message>
            <source>Choose a date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keeps things as they are</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
