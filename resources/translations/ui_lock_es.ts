<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>If someone else has administrator access to this computer, or has put monitoring software (spyware) on it, they may be able to see what you type and what is on the screen, even here. The encryption protects what is stored, not what is typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If that might be so, a device they cannot reach is a better place for what you write: your own phone, or a computer at a library or a friend's. Support lines for your country are in the support panel and in Settings.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BusyRow</name>
        <message>
            <source>Working</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <source>Create a vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name shown on the lock screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anyone who opens the app can see this name, so a neutral one is best.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This vault is for my practice with &amp;clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This vault is for my practice with clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: it adds Sessions, for one-on-one work with clients under pseudonyms. Your own notes are best kept in a separate vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: it adds Sessions, for one-on-one work with clients under pseudonyms. Your own journal is best kept in a separate vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show this app as “Notes”, with a plain &amp;icon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show this app as Notes, with a plain icon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: the window, the task bar and the lock screen then show a neutral name. You can change it or turn it off in Settings → Privacy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please choose a passphrase that is harder to guess. {hint}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases are different. Please type the same one twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating your vault. This takes a moment…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KitCheck</name>
        <message>
            <source>&amp;Group from your key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without the recovery key, a forgotten passphrase means nobody — not even you — can open this vault. You can make a new key later in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip for now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To be sure you have kept it, type group {n} of {total} from your recovery key, counting from the left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That doesn't match group {n}. Have another look at your copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip anyway</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KitView</name>
        <message>
            <source>If you ever forget your passphrase, this key opens your vault. It is shown only now. Save it as a PDF, print it, or write it down, and keep it somewhere private.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the recovery kit as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the recovery kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the recovery kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF couldn't be written there. Please choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockWindow</name>
        <message>
            <source>Quick exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick exit: hide the app at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hides the app at once (Ctrl+Shift+Q)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I've kept it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This vault's files are damaged, so it wasn't opened, and nothing in it was changed. Your newest backup that passes every check can be brought back as a new vault beside it; the damaged one is kept as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking and restoring your newest backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of this vault's backups could be checked and restored with what you typed. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your backup from {when} is back as a new vault, “{label}”, chosen below. It opens with what you just typed. The damaged vault is kept as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That recovery key doesn't open anything here. Check it against your kit and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase doesn't open anything here. Check that Caps Lock is off, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another vault is already called “{label}”. Please choose another name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryKitDialog</name>
        <message>
            <source>Your new recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your previous recovery key no longer opens this vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I've kept it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>Use your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the key from your recovery kit. Capital letters, spaces and dashes don't matter. Afterwards you can choose a new passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the passphrase</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Welcome back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your passphrase to open your notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your journal is locked. Type your passphrase to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock with your recovery key instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a new vault</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A private place for your notes. Everything you write stays on this computer, encrypted with a passphrase only you know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To begin, create a vault: the locked place your notes live in. It takes a minute, and every step is explained.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to HJ Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A private place for your journal, check-ins and the practices that help you. Everything you write stays on this computer, encrypted with a passphrase only you know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To begin, create a vault: the locked place your journal lives in. It takes a minute, and every step is explained.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Using a shared or monitored computer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read about using a shared or monitored computer (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create your vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide these words</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_SecretPage</name>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore your newest backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore this vault's newest good backup as a new vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vault: {label}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
