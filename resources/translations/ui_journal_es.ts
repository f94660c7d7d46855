<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>BrowsePanel</name>
        <message>
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search your journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Best match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order of search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sea&amp;rch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ta&amp;g</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show entries from all days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many entries are shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline of entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ca&amp;lendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tras&amp;h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fro&amp;m my sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the summaries from my sessions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryCalendar</name>
        <message>
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days with entries are bold and underlined. Choose a day to see its entries.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryDelegate</name>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content note: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <source>A title, if you like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rest, family, work — separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional — shown before the entry's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;ate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ta&amp;gs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content &amp;note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard changes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move this entry to the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved writing from %1, kept as a draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft kept at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There's nothing to save yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 words</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Restore it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the entry from the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That entry isn't in your journal any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved to the trash. You can restore it for 30 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searching…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 entry matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 entries match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 or more entries match; counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No entries match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing matches that yet. Try fewer or different words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No entries here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your journal is here when you want it. Choose New entry to begin.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TagFilter</name>
        <message>
            <source>Show entries with tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrashView</name>
        <message>
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries you move here stay for %1 days, then leave for good. You can bring any of them back until then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries in the &amp;trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries in the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the chosen entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete for good…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the chosen entries for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete every entry in the trash for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back to writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to writing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WritingTabs</name>
        <message>
            <source>Your writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown is welcome. Ctrl+S saves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write whatever you like. Markdown is welcome.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of your writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write or preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content note: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_EntryRows</name>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tags: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>content note: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
