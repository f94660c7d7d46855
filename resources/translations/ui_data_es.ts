<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>&amp;Back up now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bac&amp;kups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Wipe this vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This export isn't encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anyone who gets this export can read everything in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you want a copy to keep safe, an encrypted backup opens only with your passphrase or your recovery key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make an encrypted backup instead</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupNowDialog</name>
        <message>
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An encrypted copy of this vault, checked page by page once it is written. It opens with your passphrase or your recovery key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the backup is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show backups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backing up and checking the copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up and checked (%1). Every page reads back whole.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped. No backup was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup couldn't be written. If the folder is on a USB stick, check that it is plugged in and has room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup couldn't be made.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupSettingsBox</name>
        <message>
            <source>Automatic backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When you unlock and when you lock, if something changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weeks to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep the newest from the last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days and</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weeks before that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the app's folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups are kept in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups are kept in HJ Journal's own folder on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where should backups be kept?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypted copies of this vault. Each one opens with your passphrase or your recovery key, and is checked before it is ever restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups of this vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore as a new vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore over this vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup did not pass its checks, so it was not used. Your vault is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup folder couldn't be written to or read. If it is on a USB stick, check that the stick is plugged in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something unexpected went wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backing up and checking the copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up and checked. Every page reads back whole.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking every page of the backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup checked out: every page is whole.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup did not pass its checks (%1), so it won't be restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the backup and restoring it as a new vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored as a new vault, “%1”. You'll find it on the lock screen; it opens with your passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace what is in this vault with the backup from %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is in the vault now is backed up first and kept, so you can go back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep things as they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backing up this vault, then restoring the backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored the backup from %1. What was there before is kept as a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this backup?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the backup from %1 for good?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your vault and your other backups are not touched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DataMenu</name>
        <message>
            <source>Removing the vault and its backups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wipe this vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vault couldn't be removed completely. Please try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take your journal with you, in a form other apps and people can read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything, as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries as Markdown files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PDF to read or print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every entry, check-in, plan and setting, ready to bring back into HJ Journal on another computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One text file per entry in a new folder, with your check-ins in a spreadsheet file beside them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your entries from the days you choose, laid out as a journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While it's being made, the export is a hidden file in the folder you choose; if it stops part-way, that file is removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where the export's folder goes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first day comes after the last; please swap them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped. Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That place couldn't be written to. Please choose another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export couldn't be made.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Bring in an HJ Journal export made from a practice vault. A practice vault keeps clients, never a personal journal, so journals from other apps stay out. You'll see what will come in before anything changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring in entries from jrnl, Day One, Daylio, a folder of Markdown files, or an HJ Journal export. You'll see what will come in before anything changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file chosen yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out, with the reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items left out, with the reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the folder of Markdown files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HJ Journal doesn't recognise this file. If you know its format, choose it above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This looks like %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing new to import from this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has changed yet. Import when you're ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already in your vault (left as they are): %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done. Everything listed as imported is in your vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file couldn't be read. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import couldn't be finished. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewVaultNameDialog</name>
        <message>
            <source>Name the restored vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It will sit beside “%1” on the lock screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (restored)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WipeDialog</name>
        <message>
            <source>Wipe this vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This removes the vault “%1” — every entry, check-in, plan and note in it — and every backup of it that HJ Journal made, for good. It can't be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exports you made are not touched. If you might want any of it later, make an export first, or copy a backup somewhere of your own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To go ahead, type the vault's name, “%1”:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vault's name, to confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep my vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wipe for good</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
