<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AttemptsBox</name>
        <message>
            <source>Attempts to open this vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When a passphrase or recovery key does not open this vault, here or on the command line, a note of the time is added to a small file beside it. The note is sealed: only this vault, once open, can read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No attempts to open this vault have been noted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day}, {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when}: {what}, from {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the record of attempts had been shortened or removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>part of the record of attempts had been changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noticed {when}: {what}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change your passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your entries stay as they are; only the lock changes. Your recovery key keeps working. Older backups still open with the old passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You opened your vault with the recovery key. If you have forgotten your passphrase, you can choose a new one now. Your recovery key keeps working.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Someone may know my passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone may know my passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then your journal also gets a fresh key and a new recovery key, and your backups are replaced, so the old passphrase opens nothing, even with an old backup. It takes a little longer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please type your current passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please choose a new passphrase that is harder to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two new passphrases are different. Please type the same one twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That isn't your current passphrase. Please try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changing the lock. This takes a moment…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewRecoveryKeyDialog</name>
        <message>
            <source>Make a new recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your current recovery key will stop working, and your journal gets a fresh key, so the old recovery key opens nothing new even with an old backup. Your backups are replaced and your passphrase stays the same. You'll see the new recovery key once, to save or print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please type your passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That isn't your passphrase. Please try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making a fresh key. This takes a moment…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrivacyBox</name>
        <message>
            <source>Show this app under a &amp;neutral name and icon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show this app under a neutral name and icon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The window, the task bar, the lock screen, About and the names of the files you save then use this name, and nothing on the lock screen speaks of a journal. It cannot hide the app's package or program name (hj-journal) or its folder of files: see “What a disguise cannot hide” in the README.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na&amp;me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notepad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Icon: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Icon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add it to this computer's app menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writes a “Notes” menu entry with the plain icon into your own folders (~/.local/share); nothing else is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove it from the menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Don't list my vaults on the lock screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Don't list my vaults on the lock screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lock screen then shows one passphrase field, with no names and no count: the passphrase you type decides which vault opens (with several vaults this takes a little longer). The vaults' names leave the list on this computer: this vault keeps its name inside it, and a vault that is locked now can be named again when it is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick exit &amp;hides the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick exit leaves an &amp;empty notes page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Either way, what you were writing is saved and the vault locks at once. The empty page is an ordinary blank window called “Notes”; closing it closes the app, and nothing typed into it is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From now on this app shows itself as “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The app shows its own name again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The menu entry couldn't be written to your folders. Nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added to the app menu as “{name}” ({path}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The menu entry couldn't be removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The menu entry is gone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some vault names couldn't be moved. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RenameDialog</name>
        <message>
            <source>Rename vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name shown on the lock screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anyone who opens the app can see this name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please give the vault a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another vault is already called “{label}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the system sets it (100%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Te&amp;xt size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reduce motion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moving bars and animations give way to calm, still text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Privacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your journal locks itself when the keyboard and mouse have been still for this long, and when the computer sleeps or its screen locks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lock after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After you unlock, Today may ask “How are you arriving?”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask how you are &amp;arriving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The support panel shows crisis and warm lines for this country, after your own people and resources. The app never contacts anyone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase and recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changing either one does not touch your entries. A new recovery key makes the old one stop working, and gives your journal a fresh key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a new recovery key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each vault is a separate journal with its own passphrase, for example one for yourself and one for your practice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wipe this vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wipe the vault that is open now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups are encrypted copies of this vault that open with your passphrase or recovery key. Exports are not encrypted: keep them somewhere safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups and automatic backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the vault that is open now can be wiped. Open it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your passphrase has been changed. Your recovery key still works. Older backups still open with the old passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create another vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock this vault and make another?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock and continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This vault will be locked first (what you typed is kept), then the form for a new vault opens.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SharedComputerAdvice</name>
        <message>
            <source>On a shared or monitored computer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VaultsBox</name>
        <message>
            <source>Vaults on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the chosen vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer the chosen vault first on the lock screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create another vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create another vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>offered first</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
