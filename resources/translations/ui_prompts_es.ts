<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>PacksPanel</name>
        <message>
            <source>A pack is a file of prompts you can share: practitioners and groups can write their own. Files are only read, never run, and are checked like the built-in packs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt packs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import a pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>built in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} prompts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file can't be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was added. Each thing that needs changing is listed below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was added from {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added “{name}” with {n} prompts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added “{name}” with 1 prompt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some prompts were left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What needs changing in the file is listed below, one problem a line.</source>
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
            <source>the pack “{name}” and its prompts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pack was deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PromptBrowser</name>
        <message>
            <source>Find words in a prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;rinciple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the &amp;words of prompts with a content note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;how the prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Write about this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write your &amp;own prompt…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every principle ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 prompt shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} prompts shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} · content note: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(hidden) {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>built in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content note: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>H&amp;ide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That prompt can be offered again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That prompt won't be offered again. Tick “Show hidden” to find it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your prompt is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your changes are saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The prompt was deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Today's prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show the prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No prompt fits your choices today. You can choose which principles prompts come from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Write about this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;nother prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not &amp;today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set this prompt aside for today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hide this prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never offer this prompt again (you can bring it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose prompts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where prompts come from, browse them all, or write your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show today's prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write about today's prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another prompt for today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not today: set this prompt aside for today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide this prompt: never offer it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose prompts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo: offer the hidden prompt again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That prompt won't be offered again. You can bring it back in Choose prompts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{principle} · from “{pack}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content note: {note}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PromptForm</name>
        <message>
            <source>Your own prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change your prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A question or an invitation to write about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One per line (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If it touches on harm, say so here; it is shown first (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your prompts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;rinciple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Follow-up questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Content note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ack</source>
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
            <source>Write the words of the prompt first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PromptsAsker</name>
        <message>
            <source>A new pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the pack:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {what}?</source>
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
            <source>Entries you wrote about it keep their words. This can't be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file has the same id as a built-in pack ({key}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You already have a pack with this id ({key}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack is already here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace its prompts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export a prompt pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt pack files (*.toml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a prompt pack</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PromptsDialog</name>
        <message>
            <source>Prompts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For &amp;Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All &amp;prompts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pac&amp;ks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayChoices</name>
        <message>
            <source>Today's prompt draws from the principles you choose. It stays the same all day; you can always ask for another, set one aside for today, or hide it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({n} prompts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include prompts that carry a content note (the note is always shown first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With no principle chosen, Today shows no prompt. That's fine too.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
