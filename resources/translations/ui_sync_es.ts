<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Join a vault from a synced folder</source>
            <translation>Unirse a una bóveda desde una carpeta sincronizada</translation>
        </message>
        <message>
            <source>On your other device, Settings → “Keep this vault in step through a synced folder” wrote the vault into a folder your sync tool shares. Choose that folder here once it has arrived, and type the vault's passphrase. This computer gets its own copy, kept in step from then on.</source>
            <translation>En tu otro dispositivo, Ajustes → “Mantener esta bóveda al día a través de una carpeta sincronizada” escribió la bóveda en una carpeta que comparte tu herramienta de sincronización. Elige esa carpeta aquí cuando haya llegado y escribe la frase de contraseña de la bóveda. Este equipo tendrá su propia copia, que se mantendrá al día desde entonces.</translation>
        </message>
        <message>
            <source>Synced folder</source>
            <translation>Carpeta sincronizada</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose the synced folder</source>
            <translation>Elige la carpeta sincronizada</translation>
        </message>
        <message>
            <source>Synced &amp;folder</source>
            <translation>&amp;Carpeta sincronizada</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Frase de contraseña</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Name on this computer</source>
            <translation>Nombre en este equipo</translation>
        </message>
        <message>
            <source>&amp;Name on this computer</source>
            <translation>&amp;Nombre en este equipo</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Unirse</translation>
        </message>
        <message>
            <source>Choose the synced folder first.</source>
            <translation>Primero elige la carpeta sincronizada.</translation>
        </message>
        <message>
            <source>Type the vault's passphrase.</source>
            <translation>Escribe la frase de contraseña de la bóveda.</translation>
        </message>
    </context>
    <context>
        <name>SyncBox</name>
        <message>
            <source>Keep this vault in step through a synced folder</source>
            <translation>Mantener esta bóveda al día a través de una carpeta sincronizada</translation>
        </message>
        <message>
            <source>Choose a folder that a sync tool such as Syncthing keeps the same on your other devices. HJ Journal writes only encrypted changes there and never uses the network itself. On the other device, choose “Join a vault from a synced folder” on the lock screen.</source>
            <translation>Elige una carpeta que una herramienta de sincronización, como Syncthing, mantiene igual en tus otros dispositivos. HJ Journal solo escribe allí cambios cifrados y nunca usa la red por sí mismo. En el otro dispositivo, elige “Unirse a una bóveda desde una carpeta sincronizada” en la pantalla de bloqueo.</translation>
        </message>
        <message>
            <source>Choose a synced folder…</source>
            <translation>Elegir una carpeta sincronizada…</translation>
        </message>
        <message>
            <source>Bring in step now</source>
            <translation>Poner al día ahora</translation>
        </message>
        <message>
            <source>Review entries edited on two devices…</source>
            <translation>Revisar las entradas editadas en dos dispositivos…</translation>
        </message>
        <message>
            <source>Stop keeping in step</source>
            <translation>Dejar de mantener al día</translation>
        </message>
        <message>
            <source>Not kept in step with another device.</source>
            <translation>No se mantiene al día con otro dispositivo.</translation>
        </message>
        <message>
            <source>Kept in step through {folder}.</source>
            <translation>Se mantiene al día a través de {folder}.</translation>
        </message>
        <message numerus="yes">
            <source>%n other device(s) kept in step with this one.</source>
            <translation>
                <numerusform>%n dispositivo más se mantiene al día con este.</numerusform>
                <numerusform>%n dispositivos más se mantienen al día con este.</numerusform>
            </translation>
        </message>
        <message>
            <source>No other device has joined yet.</source>
            <translation>Todavía no se ha unido ningún otro dispositivo.</translation>
        </message>
        <message numerus="yes">
            <source>%n entr(y|ies) edited on two devices, waiting for you to choose.</source>
            <translation>
                <numerusform>%n entrada editada en dos dispositivos, a la espera de que elijas.</numerusform>
                <numerusform>%n entradas editadas en dos dispositivos, a la espera de que elijas.</numerusform>
            </translation>
        </message>
        <message>
            <source>This vault's key was changed on another device. Lock the journal and open it with the passphrase you use there; until then nothing more is sent from here.</source>
            <translation>La llave de esta bóveda se cambió en otro dispositivo. Bloquea el diario y ábrelo con la frase de contraseña que usas allí; hasta entonces, desde aquí no se envía nada más.</translation>
        </message>
        <message>
            <source>Your passphrase was changed on another device; from your next unlock it opens this vault here too.</source>
            <translation>Tu frase de contraseña se cambió en otro dispositivo; desde la próxima vez que desbloquees, también abre esta bóveda aquí.</translation>
        </message>
        <message>
            <source>Choose a synced folder</source>
            <translation>Elige una carpeta sincronizada</translation>
        </message>
        <message>
            <source>Writing this vault's first changes to the folder…</source>
            <translation>Escribiendo en la carpeta los primeros cambios de esta bóveda…</translation>
        </message>
        <message>
            <source>That folder could not be written to.</source>
            <translation>No se pudo escribir en esa carpeta.</translation>
        </message>
        <message>
            <source>This vault is no longer kept in step. The folder's files stay.</source>
            <translation>Esta bóveda ya no se mantiene al día. Los archivos de la carpeta se quedan.</translation>
        </message>
    </context>
    <context>
        <name>SyncRunner</name>
        <message>
            <source>The synced folder could not be read or written just now; the next try is in a minute.</source>
            <translation>Ahora mismo no se pudo leer ni escribir la carpeta sincronizada; se volverá a intentar en un minuto.</translation>
        </message>
    </context>
    <context>
        <name>TwoVersionsDialog</name>
        <message>
            <source>Edited on two devices</source>
            <translation>Editada en dos dispositivos</translation>
        </message>
        <message>
            <source>“{title}” was edited on two devices</source>
            <translation>“{title}” se editó en dos dispositivos</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Both versions are kept until you choose. Keep one, or put them together below and keep that.</source>
            <translation>Las dos versiones se guardan hasta que elijas. Quédate con una, o júntalas aquí abajo y quédate con eso.</translation>
        </message>
        <message>
            <source>The version shown here</source>
            <translation>La versión que se ve aquí</translation>
        </message>
        <message>
            <source>The other device's version</source>
            <translation>La versión del otro dispositivo</translation>
        </message>
        <message>
            <source>Both, put together</source>
            <translation>Las dos, juntas</translation>
        </message>
        <message>
            <source>&amp;Both, put together</source>
            <translation>&amp;Las dos, juntas</translation>
        </message>
        <message>
            <source>Keep the version shown here</source>
            <translation>Quedarme con la versión de aquí</translation>
        </message>
        <message>
            <source>Keep the other version</source>
            <translation>Quedarme con la otra versión</translation>
        </message>
        <message>
            <source>Keep both, put together</source>
            <translation>Quedarme con las dos, juntas</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Decidir más tarde</translation>
        </message>
    </context>
    <context>
        <name>TwoVersionsMarker</name>
        <message>
            <source>Edited on two devices</source>
            <extracomment>Asked first, so the version shown is what you see (the editor saves it); False leaves the choice for now.</extracomment>
            <translation>Editada en dos dispositivos</translation>
        </message>
        <message>
            <source>Edited on two devices. Both versions are kept until you choose one or put them together.</source>
            <translation>Editada en dos dispositivos. Las dos versiones se guardan hasta que elijas una o las juntes.</translation>
        </message>
        <message>
            <source>See both versions…</source>
            <translation>Ver las dos versiones…</translation>
        </message>
        <message>
            <source>See both versions and choose</source>
            <translation>Ver las dos versiones y elegir</translation>
        </message>
    </context>
</TS>
