<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Typical rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No {measure} ratings in this period yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the week of {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries each week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One bar for each week, from the week of {first} to this week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-ins on the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No check-ins in this year yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The most on one day was {most}, on {busiest}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patterns in your own check-ins, practices and writing. They are observations, not verdicts, and nothing here is a diagnosis.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gathering your insights…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When you have a few check-ins, the patterns in them will gather here. There is no hurry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your insights could not be gathered just now. They will be tried again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Distress and mood over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each point is your typical rating (the median) for that period. A period without check-ins is left as a gap.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Distress over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mood over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What helps me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was present on calmer days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your writing rhythm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your questionnaire results over time, on soft shading that marks the published groupings. They are shown only when you ask, and they are not a diagnosis.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show my questionnaire results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Distress, week by week (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mood, week by week (−3 to +3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Distress, month by month (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mood, month by month (−3 to +3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Distress, year by year (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mood, year by year (−3 to +3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>distress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have not taken a questionnaire with every item answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These groupings are informal; the authors publish no cut-offs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hide my questionnaire results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When you rate your distress before and after a coping practice, what seems to help you will show here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“Typically” means the middle of your ratings (the median), so one unusual day does not sway it. These are your own ratings, not a verdict on any practice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing stood out on calmer days yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
