<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>BusyRow</name>
        <message>
            <source>Working</source>
            <translation>Trabajando</translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <source>Create a vault</source>
            <translation>Crear una bóveda</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>&amp;Name shown on the lock screen</source>
            <translation>&amp;Nombre que se ve en la pantalla de bloqueo</translation>
        </message>
        <message>
            <source>Anyone who opens the app can see this name, so a neutral one is best.</source>
            <translation>Cualquier persona que abra la app puede ver este nombre, así que lo mejor es uno neutro.</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase &amp;again</source>
            <translation>&amp;Repite la frase de contraseña</translation>
        </message>
        <message>
            <source>This vault is for my practice with &amp;clients</source>
            <translation>Esta bóveda es para mi práctica con &amp;clientes</translation>
        </message>
        <message>
            <source>This vault is for my practice with clients</source>
            <translation>Esta bóveda es para mi práctica con clientes</translation>
        </message>
        <message>
            <source>Optional: it adds Sessions, for one-on-one work with clients under pseudonyms. Your own notes are best kept in a separate vault.</source>
            <translation>Opcional: añade Sesiones, para el trabajo individual con clientes bajo seudónimos. Es mejor guardar tus propias notas en otra bóveda.</translation>
        </message>
        <message>
            <source>Optional: it adds Sessions, for one-on-one work with clients under pseudonyms. Your own journal is best kept in a separate vault.</source>
            <translation>Opcional: añade Sesiones, para el trabajo individual con clientes bajo seudónimos. Es mejor guardar tu propio diario en otra bóveda.</translation>
        </message>
        <message>
            <source>Show this app as “{name}”, with a plain &amp;icon</source>
            <translation>Mostrar esta app como “{name}”, con un &amp;icono sencillo</translation>
        </message>
        <message>
            <source>Show this app as {name}, with a plain icon</source>
            <translation>Mostrar esta app como {name}, con un icono sencillo</translation>
        </message>
        <message>
            <source>Optional: the window, the task bar and the lock screen then show a neutral name. You can change it or turn it off in Settings → Privacy.</source>
            <translation>Opcional: la ventana, la barra de tareas y la pantalla de bloqueo muestran entonces un nombre neutro. Puedes cambiarlo o quitarlo en Ajustes → Privacidad.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Crear bóveda</translation>
        </message>
        <message>
            <source>Please choose a passphrase that is harder to guess. {hint}</source>
            <translation>Elige una frase de contraseña más difícil de adivinar. {hint}</translation>
        </message>
        <message>
            <source>The two passphrases are different. Please type the same one twice.</source>
            <translation>Las dos frases de contraseña son distintas. Escribe la misma las dos veces.</translation>
        </message>
        <message>
            <source>Creating your vault. This takes a moment…</source>
            <translation>Creando tu bóveda. Tarda un momento…</translation>
        </message>
    </context>
    <context>
        <name>KitCheck</name>
        <message>
            <source>&amp;Group from your key</source>
            <translation>&amp;Grupo de tu clave</translation>
        </message>
        <message>
            <source>Without the recovery key, a forgotten passphrase means nobody — not even you — can open this vault. You can make a new key later in Settings.</source>
            <translation>Sin la clave de recuperación, si olvidas la frase de contraseña nadie, ni siquiera tú, podrá abrir esta bóveda. Puedes crear una clave nueva más adelante en Ajustes.</translation>
        </message>
        <message>
            <source>Back to the key</source>
            <translation>Volver a la clave</translation>
        </message>
        <message>
            <source>Skip for now</source>
            <translation>Omitir por ahora</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobar</translation>
        </message>
        <message>
            <source>To be sure you have kept it, type group {n} of {total} from your recovery key, counting from the left.</source>
            <translation>Para asegurarte de que la guardaste, escribe el grupo {n} de {total} de tu clave de recuperación, contando desde la izquierda.</translation>
        </message>
        <message>
            <source>That doesn't match group {n}. Have another look at your copy.</source>
            <translation>Eso no coincide con el grupo {n}. Vuelve a mirar tu copia.</translation>
        </message>
        <message>
            <source>Skip anyway</source>
            <translation>Omitir de todos modos</translation>
        </message>
    </context>
    <context>
        <name>KitView</name>
        <message>
            <source>If you ever forget your passphrase, this key opens your vault. It is shown only now. Save it as a PDF, print it, or write it down, and keep it somewhere private.</source>
            <translation>Si algún día olvidas tu frase de contraseña, esta clave abre tu bóveda. Solo se muestra ahora. Guárdala como PDF, imprímela o anótala, y tenla en un lugar privado.</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Tu clave de recuperación</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>Save the recovery kit as a PDF</source>
            <translation>Guardar el kit de recuperación como PDF</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Print the recovery kit</source>
            <translation>Imprimir el kit de recuperación</translation>
        </message>
        <message>
            <source>Save the recovery kit</source>
            <translation>Guardar el kit de recuperación</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF couldn't be written there. Please choose another folder.</source>
            <translation>No se pudo guardar el PDF ahí. Elige otra carpeta.</translation>
        </message>
        <message>
            <source>Saved as {name}.</source>
            <translation>Guardado como {name}.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Enviado a la impresora.</translation>
        </message>
    </context>
    <context>
        <name>LockWindow</name>
        <message>
            <source>Quick exit</source>
            <translation>Salida rápida</translation>
        </message>
        <message>
            <source>Quick exit: hide the app at once</source>
            <translation>Salida rápida: ocultar la app al instante</translation>
        </message>
        <message>
            <source>Hides the app at once (Ctrl+Shift+Q)</source>
            <translation>Oculta la app al instante (Ctrl+Mayús+Q)</translation>
        </message>
        <message>
            <source>{name} is locked</source>
            <translation>Pantalla de bloqueo de {name}</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Tu clave de recuperación</translation>
        </message>
        <message>
            <source>I've kept it</source>
            <translation>Ya la guardé</translation>
        </message>
        <message>
            <source>Check your recovery key</source>
            <translation>Comprueba tu clave de recuperación</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Abriendo…</translation>
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation>Abriendo tu diario…</translation>
        </message>
        <message>
            <source>The synced folder could not be read.</source>
            <translation>No se pudo leer la carpeta sincronizada.</translation>
        </message>
        <message>
            <source>Join a vault from a synced folder</source>
            <translation>Unirse a una bóveda desde una carpeta sincronizada</translation>
        </message>
        <message>
            <source>This vault's files are damaged, so it wasn't opened, and nothing in it was changed. Your newest backup that passes every check can be brought back as a new vault beside it; the damaged one is kept as it is.</source>
            <translation>Los archivos de esta bóveda están dañados, así que no se abrió y no se cambió nada en ella. Tu copia de seguridad más reciente que pase todas las comprobaciones puede recuperarse como una bóveda nueva a su lado; la dañada se conserva tal como está.</translation>
        </message>
        <message>
            <source>This vault's passphrase was changed on another device: type the new one to open it here.</source>
            <translation>La frase de contraseña de esta bóveda se cambió en otro dispositivo: escribe la nueva para abrirla aquí.</translation>
        </message>
        <message>
            <source>Checking and restoring your newest backup…</source>
            <translation>Comprobando y recuperando tu copia de seguridad más reciente…</translation>
        </message>
        <message>
            <source>None of this vault's backups could be checked and restored with what you typed. Nothing was changed.</source>
            <translation>Ninguna copia de seguridad de esta bóveda pudo comprobarse y recuperarse con lo que escribiste. No se cambió nada.</translation>
        </message>
        <message>
            <source>Your backup from {when} is back as a new vault, “{label}”, chosen below. It opens with what you just typed. The damaged vault is kept as it was.</source>
            <translation>Tu copia de seguridad del {when} está de vuelta como una bóveda nueva, “{label}”, elegida abajo. Se abre con lo que acabas de escribir. La bóveda dañada se conserva como estaba.</translation>
        </message>
        <message>
            <source>That recovery key doesn't open anything here. Check it against your kit and try again.</source>
            <translation>Esa clave de recuperación no abre nada aquí. Compárala con tu kit y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>That passphrase doesn't open anything here. Check that Caps Lock is off, and try again.</source>
            <translation>Esa frase de contraseña no abre nada aquí. Comprueba que Bloq Mayús esté desactivado y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Another vault is already called “{label}”. Please choose another name.</source>
            <translation>Ya hay otra bóveda llamada “{label}”. Elige otro nombre.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKit</name>
        <message>
            <source>If you ever forget your passphrase, open {app}, choose “Use your recovery key” and type the key above. Capital letters, spaces and dashes don't matter.</source>
            <translation>Si algún día olvidas tu frase de contraseña, abre {app}, elige “Usar tu clave de recuperación” y escribe la clave de arriba. Las mayúsculas, los espacios y los guiones no importan.</translation>
        </message>
        <message>
            <source>Keep this page somewhere private and safe, away from your computer — or keep the key in a password manager.</source>
            <translation>Guarda esta página en un lugar privado y seguro, lejos de tu equipo, o guarda la clave en un gestor de contraseñas.</translation>
        </message>
        <message>
            <source>Anyone with this key can open this vault. If you think someone has seen it, make a new key in Settings; this one then stops working.</source>
            <translation>Cualquier persona con esta clave puede abrir esta bóveda. Si crees que alguien la ha visto, crea una clave nueva en Ajustes; esta dejará de funcionar.</translation>
        </message>
        <message>
            <source>When you make a new key, this page no longer opens anything and can be destroyed.</source>
            <translation>Cuando crees una clave nueva, esta página ya no abrirá nada y podrás destruirla.</translation>
        </message>
        <message>
            <source>Recovery kit</source>
            <translation>Kit de recuperación</translation>
        </message>
        <message>
            <source>Vault: {label}</source>
            <translation>Bóveda: {label}</translation>
        </message>
        <message>
            <source>Made on {day}</source>
            <translation>Creado el {day}</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Tu clave de recuperación</translation>
        </message>
        <message>
            <source>{app} keeps everything on your computer. Nobody else has a copy of this key, so nobody can send you another one.</source>
            <translation>{app} guarda todo en tu equipo. Nadie más tiene una copia de esta clave, así que nadie puede enviarte otra.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKitDialog</name>
        <message>
            <source>Your new recovery key</source>
            <translation>Tu nueva clave de recuperación</translation>
        </message>
        <message>
            <source>Your previous recovery key no longer opens this vault.</source>
            <translation>Tu clave de recuperación anterior ya no abre esta bóveda.</translation>
        </message>
        <message>
            <source>I've kept it</source>
            <translation>Ya la guardé</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>Use your recovery key</source>
            <translation>Usar tu clave de recuperación</translation>
        </message>
        <message>
            <source>Type the key from your recovery kit. Capital letters, spaces and dashes don't matter. Afterwards you can choose a new passphrase.</source>
            <translation>Escribe la clave de tu kit de recuperación. Las mayúsculas, los espacios y los guiones no importan. Después puedes elegir una frase de contraseña nueva.</translation>
        </message>
        <message>
            <source>&amp;Recovery key</source>
            <translation>Clave de &amp;recuperación</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Back to the passphrase</source>
            <translation>Volver a la frase de contraseña</translation>
        </message>
    </context>
    <context>
        <name>SharedComputerAdvice</name>
        <message>
            <source>If someone else has administrator access to this computer, or has put monitoring software (spyware) on it, they may be able to see what you type and what is on the screen, even here. The encryption protects what is stored, not what is typed.</source>
            <translation>Si otra persona tiene acceso de administración a este equipo, o ha instalado en él un programa de vigilancia (spyware), podría ver lo que escribes y lo que hay en la pantalla, incluso aquí. El cifrado protege lo que se guarda, no lo que se teclea.</translation>
        </message>
        <message>
            <source>If that might be so, a device they cannot reach is a better place for what you write: your own phone, or a computer at a library or a friend's. Support lines for your country are in the support panel and in Settings.</source>
            <translation>Si pudiera ser así, un dispositivo al que esa persona no llegue es un lugar mejor para lo que escribes: tu propio teléfono, o un equipo de una biblioteca o de una amistad. Las líneas de apoyo de tu país están en el panel de apoyo y en Ajustes.</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Welcome back</source>
            <translation>Hola de nuevo</translation>
        </message>
        <message>
            <source>Type your passphrase to open your notes.</source>
            <translation>Escribe tu frase de contraseña para abrir tus notas.</translation>
        </message>
        <message>
            <source>Your journal is locked. Type your passphrase to open it.</source>
            <translation>Tu diario está bloqueado. Escribe tu frase de contraseña para abrirlo.</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Frase de contraseña</translation>
        </message>
        <message>
            <source>Use your recovery key</source>
            <translation>Usar tu clave de recuperación</translation>
        </message>
        <message>
            <source>Unlock with your recovery key instead</source>
            <translation>Desbloquear con tu clave de recuperación</translation>
        </message>
        <message>
            <source>Create a new vault</source>
            <translation>Crear una bóveda nueva</translation>
        </message>
        <message>
            <source>Join a vault from a synced folder</source>
            <translation>Unirse a una bóveda desde una carpeta sincronizada</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Te damos la bienvenida</translation>
        </message>
        <message>
            <source>A private place for your notes. Everything you write stays on this computer, encrypted with a passphrase only you know.</source>
            <translation>Un lugar privado para tus notas. Todo lo que escribes se queda en este equipo, cifrado con una frase de contraseña que solo tú conoces.</translation>
        </message>
        <message>
            <source>To begin, create a vault: the locked place your notes live in. It takes a minute, and every step is explained.</source>
            <translation>Para empezar, crea una bóveda: el lugar cerrado donde viven tus notas. Lleva un minuto, y cada paso se explica.</translation>
        </message>
        <message>
            <source>Welcome to HJ Journal</source>
            <translation>Te damos la bienvenida a HJ Journal</translation>
        </message>
        <message>
            <source>A private place for your journal, check-ins and the practices that help you. Everything you write stays on this computer, encrypted with a passphrase only you know.</source>
            <translation>Un lugar privado para tu diario, tus registros de cómo estás y las prácticas que te ayudan. Todo lo que escribes se queda en este equipo, cifrado con una frase de contraseña que solo tú conoces.</translation>
        </message>
        <message>
            <source>To begin, create a vault: the locked place your journal lives in. It takes a minute, and every step is explained.</source>
            <translation>Para empezar, crea una bóveda: el lugar cerrado donde vive tu diario. Lleva un minuto, y cada paso se explica.</translation>
        </message>
        <message>
            <source>Using a shared or monitored computer?</source>
            <translation>¿Usas un equipo compartido o vigilado?</translation>
        </message>
        <message>
            <source>Read about using a shared or monitored computer (optional)</source>
            <translation>Leer sobre el uso de un equipo compartido o vigilado (opcional)</translation>
        </message>
        <message>
            <source>Join a vault from a synced folder</source>
            <translation>Unirse a una bóveda desde una carpeta sincronizada</translation>
        </message>
        <message>
            <source>Join a vault you keep on another device, from a synced folder</source>
            <translation>Unirse a una bóveda que tienes en otro dispositivo, desde una carpeta sincronizada</translation>
        </message>
        <message>
            <source>Create your vault</source>
            <translation>Crear tu bóveda</translation>
        </message>
        <message>
            <source>Hide these words</source>
            <translation>Ocultar este texto</translation>
        </message>
    </context>
    <context>
        <name>_SecretPage</name>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Restore your newest backup</source>
            <translation>Recuperar tu copia de seguridad más reciente</translation>
        </message>
        <message>
            <source>Restore this vault's newest good backup as a new vault</source>
            <translation>Recuperar la copia de seguridad buena más reciente de esta bóveda como una bóveda nueva</translation>
        </message>
        <message>
            <source>&amp;Vault</source>
            <translation>&amp;Bóveda</translation>
        </message>
        <message>
            <source>Vault: {label}</source>
            <translation>Bóveda: {label}</translation>
        </message>
    </context>
</TS>
