<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>&amp;New entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick e&amp;xit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About HJ Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HJ Journal's leaf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything stays on this computer, encrypted with your passphrase. Nothing is sent anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free software under the GNU GPL, version 3 or later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A private self-care and well-being journal grounded in the Healing Justice framework: intersectionality, a trauma-informed approach, community-centred healing, alternative accountability, and self-care and well-being.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything stays on this computer, encrypted with your passphrase. HJ Journal has no network code and sends nothing anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HJ Journal is a companion, not a treatment, and nothing in it is a diagnosis.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With gratitude to the work this app learns from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• Cara Page and the Kindred Southern Healing Justice Collective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• Healing Justice Lineages, by Cara Page and Erica Woodland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• Mia Mingus, on pods and transformative accountability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• The Creative Interventions toolkit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• SAMHSA's principles of a trauma-informed approach</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttemptsNotice</name>
        <message>
            <source>Attempts to open this vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close this notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the notice about attempts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComingPage</name>
        <message>
            <source>A small seedling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This part of HJ Journal is on its way.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current section</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyBar</name>
        <message>
            <source>Safety bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take a short grounding pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A short grounding exercise, with your eyes open. Close it any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock the journal now (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick exit: save, lock and hide at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saves what you typed, locks and hides the app at once ({keys})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A gentle start: how you are arriving, a prompt, a draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your entries, a calendar, tags and search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short check-ins on how you are, and questionnaires you can take when you choose to. Every question will be skippable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's sessions, recent ones, and clients who need a summary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-on-one sessions with the people you support, under pseudonyms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathing, grounding and other practices to follow step by step, including your own. Until then, Pause at the top of the window offers a short grounding exercise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Care resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crisis lines, warm lines and places you may share with your clients.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What seems to help you, in your own history, shown only when you ask.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many sessions there were, and what practices in them showed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Care map &amp; plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your community care map, your own support resources, and your self-care, safety and repair plans.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appearance, privacy and your vaults.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything in HJ Journal can be done with the keyboard. Tab moves between controls; arrow keys move in lists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
