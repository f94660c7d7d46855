<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Take {name} off your map?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only this entry is removed. You can add them again whenever you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {name} from your support resources?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only this resource is removed; the rest of the list stays as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your care map is here if you would like to look it over. People, needs and capacity change with time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have looked it over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Care map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ring}: {meaning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;People on your map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your map is empty for now. Add the people, groups and places that are part of your care, one at a time. A name is enough to begin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add someone…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;mind me to look over my map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every {n} months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You at the centre. Inner ring: {0}. Middle ring: {1}. Outer ring: {2}. The list beside the map has the same people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}, {ring}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Care map &amp; plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The people and places that hold you, the support you can reach, and plans written in your own words. Everything here is optional and stays in your vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Care &amp;map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Support resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;lans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the person chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn to them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What I offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reach them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose someone on the map or in the list to see them here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit someone on your map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to your map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a name is needed. Fill in the rest whenever you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A name or nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I would turn to them…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I would turn to them: {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They may be different people for each.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These are for people in your inner ring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listening, practical help, making me laugh…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they are &amp;good at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: a call most weeks; busy until spring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their &amp;capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have &amp;asked them whether they could be there for this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have asked them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Care goes both ways.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What I &amp;offer them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to &amp;reach them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This reflection is private. It stays in your vault and is never part of any export summary for others.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content note: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections of this plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Look at this again on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look at this plan again on a day you choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day to look at this plan again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier &amp;versions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keeps a new version; earlier versions stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open my {plan}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section {n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing saved yet. Every question can be skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last saved {moment}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing new since your last saved version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {moment}. Earlier versions are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The form now holds that earlier version. Save to keep it as the newest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This version was saved with nothing filled in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier versions: {plan}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each time you saved, a version was kept. They are shown as they were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {n}, the newest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved &amp;versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The version chosen, read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start from this version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies it into the form. It becomes the newest version when you save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit a support resource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a support resource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A line, a team, a place or a person you could reach in a hard moment. Only a name is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}. Once you save your changes, it is yours and no longer marked as an example.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind of support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A number, an address, opening times…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to &amp;reach it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who answers, what to expect, what to say…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the resource chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a resource in the list to see it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The people, lines, teams and places you would want to reach in a hard moment, in the order you would try them. They are shown when you ask for support. They stay on this device, and nothing is looked up online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;support resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing here yet. Add your own, or start from a short example list of kinds of support (a warm line, crisis support without police, a trusted friend) and make it yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the e&amp;xample list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adds a few placeholders, each marked “{label}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The examples are at the end of your list, marked “{label}”. Add the details that fit where you live, or remove the ones you do not need.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing here yet. You can add people and support resources under Care map &amp; plans.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People you would turn to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your support resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text {word} to {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat: {address}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email: {address}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May involve emergency services or police without your consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does not involve emergency services or police unless you ask.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crisis and warm lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Languages: {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked {date} · source: {site}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support lines: country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up your support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two minutes, if you want them. Every part is optional: fill in what feels right, or skip this. You can come back to it from Today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you add stays in this vault. The support panel shows it first on a hard day, before the crisis and warm lines of your country.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A name or a nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A line, a place, a group or a healer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A walk, music, a shower, a prayer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone you could turn to on a hard day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One resource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A place or line you trust, including options without police.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ame of the resource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to reach &amp;it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A first line of a safety plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One thing you can do on your own when things get hard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;One thing I can do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>So the support panel can show crisis and warm lines you can reach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support lines: &amp;country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip setting up your support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save your support</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Care</name>
        <message>
            <source>People I would turn to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People who could join with some effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisations, healers and resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inner ring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Middle ring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outer ring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If I were harmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If I caused harm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If I witnessed harm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An organisation, group or healer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crisis support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crisis support without police</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peer support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community place or group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Health or counselling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Example — edit or delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SupportPanel</name>
        <message>
            <source>Name five things you can see around you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice four things you can touch: a chair, your sleeve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen for three things you can hear, near or far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice two things you can smell, or two smells you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice one thing you can taste, or take a sip of water.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support, if you want it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has been sent and nobody has been contacted: this app never calls, texts or opens anything. You can close this whenever you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you are in immediate danger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A guided pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A guided grounding pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Care map &amp;&amp; plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Care map and plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the support panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You said you are carrying a lot right now. Here is some support for moments like this, in case it helps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You answered a question about thoughts of death or of hurting yourself. Thank you for being honest with yourself. Here is some support for hard moments, in case it helps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At a calmer time you can add your own people and resources in Care map &amp; plans, and write a safety plan there; they will show here first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good at: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your safety plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ground yourself here, eyes open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take each step slowly. Imagining is fine too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then let one breath out be a little longer than the breath in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines you can reach now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support lines: country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose your country…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you are in immediate danger, you can call your local emergency number. Emergency services may send police.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose your country to see crisis and warm lines you can reach now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you are in immediate danger, you can call {number} ({country}). Emergency services may send police.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the app's own list, kept offline. Each one says whether it may involve emergency services.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
