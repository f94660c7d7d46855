<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>favourite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With your ratings: {before} before, {after} after.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With your rating before: {before}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With your rating after: {after}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without ratings this time, which is fine.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CopingAsker</name>
        <message>
            <source>Delete this strategy?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “{title}” from your library?</source>
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
            <source>Practices you already recorded keep its name. This can't be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export a strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coping strategy files (*.toml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a strategy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CopingLabels</name>
        <message>
            <source>Breathing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grounding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Movement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imagery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Self-compassion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cultural and spiritual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Land and nature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A little more in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time varies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{low}–{high} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have {n} minutes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CopingPage</name>
        <message>
            <source>Coping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practices to follow step by step, including your own. Each one can be paused or stopped at any time, and none needs your eyes closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add your own…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a strategy from a file someone shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a strategy by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Favourites only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show strategies you hid, so you can bring them back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Principle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strategies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That strategy is no longer in your library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every principle ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 strategy shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} strategies shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing matches these choices. Try fewer filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is hidden. Tick “Show hidden” to bring it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is back in the library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is in your library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change your strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your changes are saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be saved ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file can't be added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was added. What needs changing in the file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” was added to your library.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DistressRating</name>
        <message>
            <source>0 calm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 the most distress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not rated. That's fine: this is optional.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not rated, optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You chose {n} of 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} of 10</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroundingDialog</name>
        <message>
            <source>Let your feet rest on the floor, or notice where your body is supported. Keep your eyes open and let them rest somewhere comfortable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look around you and name five things you can see.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice four things you can touch: the chair, your clothes, the air on your skin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen for three things you can hear, near or far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice two things you can smell, or remember two smells you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice one thing you can taste, or take a sip of water if it's near.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let one breath out be a little longer than the breath in. You can come back to this pause whenever you want.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A short pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A short grounding pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go at your own pace. You can stop whenever you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Pacer</name>
        <message>
            <source>{phase}, {count} of {seconds}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathing pacer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlayerDialog</name>
        <message>
            <source>Guided practice: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal stays open while this practice runs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content note: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing here needs your eyes closed: keep them open and let your gaze rest wherever feels comfortable. You can pause or stop at any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave out the steps marked as optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move on by itself when a step's time is up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you like: how much distress do you feel right now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you like: how much distress do you feel now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything you noticed (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A &amp;note for yourself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note for yourself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close without saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You reached the end. Take a moment before moving on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You stopped here. Stopping when you need to is part of the practice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before you began, you chose {n}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlayerPanel</name>
        <message>
            <source>Take your time. Press Next when you are ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused. Carry on whenever you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous step (Left arrow)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause or resume (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step (Right arrow)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop whenever you want (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space pauses · arrows move between steps · Esc stops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time} left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round {n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {n} of {total}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Practice</name>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your practice is saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepsEditor</name>
        <message>
            <source>Once, before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once, at the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add a step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move u&amp;p</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do in this step, in your own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At your own pace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a breathing step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This step can be l&amp;eft out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step te&amp;xt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Breath</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This step can be left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no words yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrategyDetails</name>
        <message>
            <source>&amp;Begin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this strategy as a file to share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy and &amp;change…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make your own version of this strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About this strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a strategy on the left to see its steps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>★ &amp;Favourite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>☆ &amp;Favourite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Favourite (on)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Favourite (off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring this strategy back into the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this strategy out of the library (you can bring it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then, {n} times:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can keep your eyes open throughout, and pause or stop at any time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrategyForm</name>
        <message>
            <source>For example: Morning prayer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One line about it (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shortest usual length in minutes (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longest usual length in minutes (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown before the steps (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One per line (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who taught you, or where it is from (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summar&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pri&amp;nciple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usual &amp;length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;ounds of the repeated steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Content note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ca&amp;utions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it comes &amp;from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a step seconds to show a timer. Breathing steps also need a breath (in, hold, out…) so the pacer can follow them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own practices belong here too: a prayer, a song, a movement, something from your family or your land. Only the title and one step are needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give your strategy a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change your strategy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextCount</name>
        <message>
            <source>Breathing count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} of {seconds}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>note</name>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
