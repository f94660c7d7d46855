<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AttachmentsBox</name>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>A larger file is not added to the entry, and the app says so.</source>
            <translation>Un archivo más grande no se añade a la entrada, y la app te lo dice.</translation>
        </message>
        <message>
            <source>Keep the details in photos</source>
            <translation>Conservar los detalles de las fotos</translation>
        </message>
        <message>
            <source>Unless you choose this, the place a photo was taken, the camera and the time are taken out when you add it. Photos already in your entries stay as they are.</source>
            <translation>Si no eliges esto, al añadir una foto se le quitan el lugar donde se tomó, la cámara y la hora. Las fotos que ya están en tus entradas quedan como están.</translation>
        </message>
        <message>
            <source>Largest &amp;file in an entry</source>
            <translation>Archivo más gran&amp;de por entrada</translation>
        </message>
    </context>
    <context>
        <name>AttemptsBox</name>
        <message>
            <source>Attempts to open this vault</source>
            <translation>Intentos de abrir esta bóveda</translation>
        </message>
        <message>
            <source>When a passphrase or recovery key does not open this vault, here or on the command line, a note of the time is added to a small file beside it. The note is sealed: only this vault, once open, can read it.</source>
            <translation>Cuando una frase de contraseña o una clave de recuperación no abre esta bóveda, aquí o en la línea de comandos, se anota la hora en un pequeño archivo a su lado. La nota está sellada: solo esta bóveda, una vez abierta, puede leerla.</translation>
        </message>
        <message>
            <source>No attempts to open this vault have been noted.</source>
            <translation>No se ha anotado ningún intento de abrir esta bóveda.</translation>
        </message>
        <message>
            <source>{day}, {time}</source>
            <translation>{day}, {time}</translation>
        </message>
        <message>
            <source>a recovery key</source>
            <translation>una clave de recuperación</translation>
        </message>
        <message>
            <source>a passphrase</source>
            <translation>una frase de contraseña</translation>
        </message>
        <message>
            <source>{when}: {what}, from {place}</source>
            <translation>{when}: {what}, desde {place}</translation>
        </message>
        <message>
            <source>the record of attempts had been shortened or removed</source>
            <translation>el registro de intentos se había acortado o eliminado</translation>
        </message>
        <message>
            <source>part of the record of attempts had been changed</source>
            <translation>parte del registro de intentos había cambiado</translation>
        </message>
        <message>
            <source>Noticed {when}: {what}</source>
            <translation>Visto {when}: {what}</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change your passphrase</source>
            <translation>Cambiar tu frase de contraseña</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Elige una frase de contraseña nueva</translation>
        </message>
        <message>
            <source>Your entries stay as they are; only the lock changes. Your recovery key keeps working. Older backups still open with the old passphrase.</source>
            <translation>Tus entradas quedan como están; solo cambia la cerradura. Tu clave de recuperación sigue funcionando. Las copias de seguridad anteriores se siguen abriendo con la frase de contraseña anterior.</translation>
        </message>
        <message>
            <source>You opened your vault with the recovery key. If you have forgotten your passphrase, you can choose a new one now. Your recovery key keeps working.</source>
            <translation>Abriste tu bóveda con la clave de recuperación. Si olvidaste tu frase de contraseña, puedes elegir una nueva ahora. Tu clave de recuperación sigue funcionando.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>Frase de contraseña &amp;actual</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>&amp;Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>New passphrase &amp;again</source>
            <translation>&amp;Repite la nueva frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Someone may know my passphrase</source>
            <translation>&amp;Puede que alguien conozca mi frase de contraseña</translation>
        </message>
        <message>
            <source>Someone may know my passphrase</source>
            <translation>Puede que alguien conozca mi frase de contraseña</translation>
        </message>
        <message>
            <source>Then your journal also gets a fresh key and a new recovery key, and your backups are replaced, so the old passphrase opens nothing, even with an old backup. It takes a little longer.</source>
            <translation>Entonces tu diario recibe también una llave nueva y una clave de recuperación nueva, y tus copias de seguridad se reemplazan, así que la frase de contraseña anterior no abre nada, ni siquiera con una copia antigua. Tarda un poco más.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>Save new passphrase</source>
            <translation>Guardar la nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Please type your current passphrase.</source>
            <translation>Escribe tu frase de contraseña actual.</translation>
        </message>
        <message>
            <source>Please choose a new passphrase that is harder to guess.</source>
            <translation>Elige una frase de contraseña nueva que sea más difícil de adivinar.</translation>
        </message>
        <message>
            <source>The two new passphrases are different. Please type the same one twice.</source>
            <translation>Las dos frases de contraseña nuevas son distintas. Escribe la misma las dos veces.</translation>
        </message>
        <message>
            <source>That isn't your current passphrase. Please try again.</source>
            <translation>Esa no es tu frase de contraseña actual. Vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Changing the lock. This takes a moment…</source>
            <translation>Cambiando la cerradura. Tarda un momento…</translation>
        </message>
    </context>
    <context>
        <name>KeyRotation</name>
        <message>
            <source>Your journal has a fresh key. Your old passphrase and old recovery key no longer open it, even with an older copy of its key file.</source>
            <translation>Tu diario tiene una llave nueva. Tu frase de contraseña y tu clave de recuperación anteriores ya no lo abren, ni siquiera con una copia antigua de su archivo de llave.</translation>
        </message>
        <message>
            <source>A fresh backup couldn't be made just now, so your older backups were left as they are; they still open with the old passphrase and recovery key.</source>
            <translation>No se pudo hacer una copia de seguridad nueva ahora mismo, así que tus copias anteriores se dejaron como estaban; se siguen abriendo con la frase de contraseña y la clave de recuperación anteriores.</translation>
        </message>
        <message numerus="yes">
            <source>Your backups here were replaced by %n fresh one(s) under the new key.</source>
            <translation>
                <numerusform>Tus copias de seguridad de aquí se reemplazaron por %n copia nueva con la llave nueva.</numerusform>
                <numerusform>Tus copias de seguridad de aquí se reemplazaron por %n copias nuevas con la llave nueva.</numerusform>
            </translation>
        </message>
        <message>
            <source>These backup folders weren't reachable, so the backups in them still open with the old passphrase and recovery key: {folders}. When they are plugged in, you can remove those backups and make new ones.</source>
            <translation>No se pudo llegar a estas carpetas de copias de seguridad, así que sus copias se siguen abriendo con la frase de contraseña y la clave de recuperación anteriores: {folders}. Cuando estén conectadas, puedes quitar esas copias y hacer otras nuevas.</translation>
        </message>
        <message>
            <source>Copies made elsewhere (another disk, a cloud folder) still open with the old passphrase and recovery key.</source>
            <translation>Las copias hechas en otros lugares (otro disco, una carpeta en la nube) se siguen abriendo con la frase de contraseña y la clave de recuperación anteriores.</translation>
        </message>
    </context>
    <context>
        <name>NewRecoveryKeyDialog</name>
        <message>
            <source>Make a new recovery key</source>
            <translation>Crear una clave de recuperación nueva</translation>
        </message>
        <message>
            <source>Your current recovery key will stop working, and your journal gets a fresh key, so the old recovery key opens nothing new even with an old backup. Your backups are replaced and your passphrase stays the same. You'll see the new recovery key once, to save or print.</source>
            <translation>Tu clave de recuperación actual dejará de funcionar, y tu diario recibe una llave nueva, así que la clave anterior no abre nada nuevo ni siquiera con una copia antigua. Tus copias de seguridad se reemplazan y tu frase de contraseña no cambia. Verás la nueva clave de recuperación una sola vez, para guardarla o imprimirla.</translation>
        </message>
        <message>
            <source>Your &amp;passphrase</source>
            <translation>Tu &amp;frase de contraseña</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Please type your passphrase.</source>
            <translation>Escribe tu frase de contraseña.</translation>
        </message>
        <message>
            <source>That isn't your passphrase. Please try again.</source>
            <translation>Esa no es tu frase de contraseña. Vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Making a fresh key. This takes a moment…</source>
            <translation>Creando una llave nueva. Tarda un momento…</translation>
        </message>
    </context>
    <context>
        <name>PrivacyBox</name>
        <message>
            <source>Show this app under a &amp;neutral name and icon</source>
            <translation>Mostrar esta app con un nombre y un icono &amp;neutros</translation>
        </message>
        <message>
            <source>Show this app under a neutral name and icon</source>
            <translation>Mostrar esta app con un nombre y un icono neutros</translation>
        </message>
        <message>
            <source>The window, the task bar, the lock screen, About and the names of the files you save then use this name, and nothing on the lock screen speaks of a journal. It cannot hide the app's package or program name (hj-journal) or its folder of files: see “What a disguise cannot hide” in the README.</source>
            <translation>La ventana, la barra de tareas, la pantalla de bloqueo, Acerca de y los nombres de los archivos que guardes usan entonces este nombre, y nada en la pantalla de bloqueo habla de un diario. No puede ocultar el paquete ni el nombre del programa (hj-journal), ni su carpeta de archivos: consulta “What a disguise cannot hide” en el README.</translation>
        </message>
        <message>
            <source>Na&amp;me</source>
            <translation>No&amp;mbre</translation>
        </message>
        <message>
            <source>Notepad</source>
            <translation>Bloc de notas</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Cuadrícula</translation>
        </message>
        <message>
            <source>Circle</source>
            <translation>Círculo</translation>
        </message>
        <message>
            <source>Icon: {name}</source>
            <translation>Icono: {name}</translation>
        </message>
        <message>
            <source>Icon</source>
            <translation>Icono</translation>
        </message>
        <message>
            <source>Add it to this computer's app menu</source>
            <translation>Añadirla al menú de apps de este equipo</translation>
        </message>
        <message>
            <source>Writes a “Notes” menu entry with the plain icon into your own folders (~/.local/share); nothing else is changed.</source>
            <translation>Escribe una entrada de menú “Notas” con el icono sencillo en tus propias carpetas (~/.local/share); no se cambia nada más.</translation>
        </message>
        <message>
            <source>Remove it from the menu</source>
            <translation>Quitarla del menú</translation>
        </message>
        <message>
            <source>&amp;Don't list my vaults on the lock screen</source>
            <translation>No mostrar mis bó&amp;vedas en la pantalla de bloqueo</translation>
        </message>
        <message>
            <source>Don't list my vaults on the lock screen</source>
            <translation>No mostrar mis bóvedas en la pantalla de bloqueo</translation>
        </message>
        <message>
            <source>The lock screen then shows one passphrase field, with no names and no count: the passphrase you type decides which vault opens. Opening takes about two seconds however many vaults there are, so the wait tells no one how many you keep (with more than about nine vaults it takes longer). The vaults' names leave the list on this computer: this vault keeps its name inside it, and a vault that is locked now can be named again when it is open.</source>
            <translation>La pantalla de bloqueo muestra entonces un solo campo de frase de contraseña, sin nombres y sin cantidad: la frase que escribas decide qué bóveda se abre. Abrir tarda unos dos segundos, tengas las bóvedas que tengas, así que la espera no le dice a nadie cuántas guardas (con más de unas nueve bóvedas tarda más). Los nombres de las bóvedas salen de la lista de este equipo: esta bóveda guarda su nombre dentro, y una bóveda que ahora está bloqueada puede recibir su nombre otra vez cuando esté abierta.</translation>
        </message>
        <message>
            <source>Quick exit &amp;hides the app</source>
            <translation>La salida rápida &amp;oculta la app</translation>
        </message>
        <message>
            <source>Quick exit leaves an &amp;empty notes page</source>
            <translation>La salida rápida deja una pá&amp;gina de notas vacía</translation>
        </message>
        <message>
            <source>Either way, what you were writing is saved and the vault locks at once. The empty page is an ordinary blank window called “Notes”; closing it closes the app, and nothing typed into it is kept.</source>
            <translation>En los dos casos, lo que estabas escribiendo se guarda y la bóveda se bloquea al instante. La página vacía es una ventana en blanco corriente llamada “Notas”; al cerrarla se cierra la app, y no se guarda nada de lo que se escriba en ella.</translation>
        </message>
        <message>
            <source>From now on this app shows itself as “{name}”.</source>
            <translation>A partir de ahora esta app se muestra como “{name}”.</translation>
        </message>
        <message>
            <source>The app shows its own name again.</source>
            <translation>La app vuelve a mostrar su propio nombre.</translation>
        </message>
        <message>
            <source>The menu entry couldn't be written to your folders. Nothing changed.</source>
            <translation>No se pudo escribir la entrada de menú en tus carpetas. No cambió nada.</translation>
        </message>
        <message>
            <source>Added to the app menu as “{name}” ({path}).</source>
            <translation>Añadida al menú de apps como “{name}” ({path}).</translation>
        </message>
        <message>
            <source>The menu entry couldn't be removed.</source>
            <translation>No se pudo quitar la entrada de menú.</translation>
        </message>
        <message>
            <source>The menu entry is gone.</source>
            <translation>La entrada de menú ya no está.</translation>
        </message>
        <message>
            <source>Some vault names couldn't be moved. Try again in a moment.</source>
            <translation>No se pudieron mover algunos nombres de bóvedas. Vuelve a intentarlo en un momento.</translation>
        </message>
    </context>
    <context>
        <name>RemindersBox</name>
        <message>
            <source>Show a gentle &amp;reminder</source>
            <translation>Mostrar un &amp;recordatorio amable</translation>
        </message>
        <message>
            <source>Show a gentle reminder</source>
            <translation>Mostrar un recordatorio amable</translation>
        </message>
        <message>
            <source>Reminders need a system tray, and this desktop doesn't show one right now. Your choices are kept for when it does.</source>
            <translation>Los recordatorios necesitan una bandeja del sistema, y este escritorio no muestra ninguna ahora mismo. Tus opciones se conservan para cuando la haya.</translation>
        </message>
        <message>
            <source>Add a time</source>
            <translation>Añadir una hora</translation>
        </message>
        <message>
            <source>At</source>
            <translation>A las</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Words the reminder shows</source>
            <translation>Palabras que muestra el recordatorio</translation>
        </message>
        <message>
            <source>&amp;Words</source>
            <translation>P&amp;alabras</translation>
        </message>
        <message>
            <source>Shown while your journal is locked; keep it neutral. The words are kept in the app's plain settings file, not in your encrypted journal. A reminder never shows anything you wrote, and never counts anything.</source>
            <translation>Se muestran mientras tu diario está bloqueado; mejor que sean neutras. Las palabras se guardan en el archivo de ajustes sencillo de la app, no en tu diario cifrado. Un recordatorio nunca muestra nada de lo que escribiste, y nunca cuenta nada.</translation>
        </message>
        <message>
            <source>&amp;Keep running in the tray when the window is closed (locked)</source>
            <translation>&amp;Seguir en la bandeja al cerrar la ventana (bloqueada)</translation>
        </message>
        <message>
            <source>Keep running in the tray when the window is closed</source>
            <translation>Seguir en la bandeja al cerrar la ventana</translation>
        </message>
    </context>
    <context>
        <name>RenameDialog</name>
        <message>
            <source>Rename vault</source>
            <translation>Cambiar el nombre de la bóveda</translation>
        </message>
        <message>
            <source>&amp;Name shown on the lock screen</source>
            <translation>&amp;Nombre que se ve en la pantalla de bloqueo</translation>
        </message>
        <message>
            <source>Anyone who opens the app can see this name.</source>
            <translation>Cualquier persona que abra la app puede ver este nombre.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar el nombre</translation>
        </message>
        <message>
            <source>Please give the vault a name.</source>
            <translation>Ponle un nombre a la bóveda.</translation>
        </message>
        <message>
            <source>Another vault is already called “{label}”.</source>
            <translation>Ya hay otra bóveda llamada “{label}”.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Como el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>As the system sets it (100%)</source>
            <translation>Como lo tiene el sistema (100 %)</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>Te&amp;xt size</source>
            <translation>Tamaño del te&amp;xto</translation>
        </message>
        <message>
            <source>The same as your computer</source>
            <translation>El mismo que tu equipo</translation>
        </message>
        <message>
            <source>Used from the next time you open the app.</source>
            <translation>Se usa a partir de la próxima vez que abras la app.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Reducir el movimiento</translation>
        </message>
        <message>
            <source>Moving bars and animations give way to calm, still text.</source>
            <translation>Las barras en movimiento y las animaciones dejan paso a un texto tranquilo y quieto.</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privacidad</translation>
        </message>
        <message>
            <source>Your journal locks itself when the keyboard and mouse have been still for this long, and when the computer sleeps or its screen locks.</source>
            <translation>Tu diario se bloquea solo cuando el teclado y el ratón han estado quietos este tiempo, y cuando el equipo se suspende o su pantalla se bloquea.</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Lock after</source>
            <translation>&amp;Bloquear después de</translation>
        </message>
        <message>
            <source>Several devices</source>
            <translation>Varios dispositivos</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Recordatorios</translation>
        </message>
        <message>
            <source>A gentle reminder at the times you choose, through the system tray. Off unless you turn it on.</source>
            <translation>Un recordatorio amable a las horas que elijas, desde la bandeja del sistema. Desactivado salvo que lo actives.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>After you unlock, Today may ask “How are you arriving?”.</source>
            <translation>Después de desbloquear, Hoy puede preguntarte “¿Cómo llegas?”.</translation>
        </message>
        <message>
            <source>Ask how you are &amp;arriving</source>
            <translation>Preguntar cómo &amp;llegas</translation>
        </message>
        <message>
            <source>Photos and files</source>
            <translation>Fotos y archivos</translation>
        </message>
        <message>
            <source>Support lines</source>
            <translation>Líneas de apoyo</translation>
        </message>
        <message>
            <source>The support panel shows crisis and warm lines for this country, after your own people and resources. The app never contacts anyone.</source>
            <translation>El panel de apoyo muestra líneas de crisis y de escucha de este país, después de tus propias personas y recursos. La app nunca contacta a nadie.</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;País</translation>
        </message>
        <message>
            <source>Passphrase and recovery key</source>
            <translation>Frase de contraseña y clave de recuperación</translation>
        </message>
        <message>
            <source>Changing either one does not touch your entries. A new recovery key makes the old one stop working, and gives your journal a fresh key.</source>
            <translation>Cambiar cualquiera de las dos no toca tus entradas. Una clave de recuperación nueva hace que la anterior deje de funcionar, y le da a tu diario una llave nueva.</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Cambiar la frase de contraseña…</translation>
        </message>
        <message>
            <source>Make a new recovery key…</source>
            <translation>Crear una clave de recuperación nueva…</translation>
        </message>
        <message>
            <source>Vaults</source>
            <translation>Bóvedas</translation>
        </message>
        <message>
            <source>Each vault is a separate journal with its own passphrase, for example one for yourself and one for your practice.</source>
            <translation>Cada bóveda es un diario aparte con su propia frase de contraseña; por ejemplo, una para ti y otra para tu práctica.</translation>
        </message>
        <message>
            <source>Wipe this vault…</source>
            <translation>Borrar esta bóveda…</translation>
        </message>
        <message>
            <source>Wipe the vault that is open now</source>
            <translation>Borrar la bóveda que está abierta ahora</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Tus datos</translation>
        </message>
        <message>
            <source>Backups are encrypted copies of this vault that open with your passphrase or recovery key. Exports are not encrypted: keep them somewhere safe.</source>
            <translation>Las copias de seguridad son copias cifradas de esta bóveda que se abren con tu frase de contraseña o tu clave de recuperación. Las exportaciones no están cifradas: guárdalas en un lugar seguro.</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>Hacer una copia ahora…</translation>
        </message>
        <message>
            <source>Backups…</source>
            <translation>Copias de seguridad…</translation>
        </message>
        <message>
            <source>Backups and automatic backups</source>
            <translation>Copias de seguridad y copias automáticas</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>Only the vault that is open now can be wiped. Open it first.</source>
            <translation>Solo se puede borrar la bóveda que está abierta ahora. Ábrela primero.</translation>
        </message>
        <message>
            <source>The app will use {language} from the next time you open it.</source>
            <translation>La app usará {language} a partir de la próxima vez que la abras.</translation>
        </message>
        <message>
            <source>your computer's language</source>
            <translation>el idioma de tu equipo</translation>
        </message>
        <message>
            <source>Your passphrase has been changed. Your recovery key still works. Older backups still open with the old passphrase.</source>
            <translation>Tu frase de contraseña se cambió. Tu clave de recuperación sigue funcionando. Las copias de seguridad anteriores se siguen abriendo con la frase de contraseña anterior.</translation>
        </message>
        <message>
            <source>Create another vault</source>
            <translation>Crear otra bóveda</translation>
        </message>
        <message>
            <source>Lock this vault and make another?</source>
            <translation>¿Bloquear esta bóveda y crear otra?</translation>
        </message>
        <message>
            <source>Lock and continue</source>
            <translation>Bloquear y continuar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>This vault will be locked first (what you typed is kept), then the form for a new vault opens.</source>
            <translation>Primero se bloqueará esta bóveda (lo que escribiste se conserva) y luego se abrirá el formulario para una bóveda nueva.</translation>
        </message>
    </context>
    <context>
        <name>SharedComputerAdvice</name>
        <message>
            <source>On a shared or monitored computer</source>
            <translation>En un equipo compartido o vigilado</translation>
        </message>
    </context>
    <context>
        <name>TimeRow</name>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Reminder time {n}</source>
            <translation>Hora del recordatorio {n}</translation>
        </message>
        <message>
            <source>Remove reminder time {n}</source>
            <translation>Quitar la hora del recordatorio {n}</translation>
        </message>
    </context>
    <context>
        <name>VaultsBox</name>
        <message>
            <source>Vaults on this computer</source>
            <translation>Bóvedas en este equipo</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Cambiar el nombre…</translation>
        </message>
        <message>
            <source>Rename the chosen vault</source>
            <translation>Cambiar el nombre de la bóveda elegida</translation>
        </message>
        <message>
            <source>Open first</source>
            <translation>Ofrecer primero</translation>
        </message>
        <message>
            <source>Offer the chosen vault first on the lock screen</source>
            <translation>Ofrecer primero la bóveda elegida en la pantalla de bloqueo</translation>
        </message>
        <message>
            <source>Create another vault…</source>
            <translation>Crear otra bóveda…</translation>
        </message>
        <message>
            <source>Create another vault</source>
            <translation>Crear otra bóveda</translation>
        </message>
        <message>
            <source>open now</source>
            <translation>abierta ahora</translation>
        </message>
        <message>
            <source>offered first</source>
            <translation>ofrecida primero</translation>
        </message>
    </context>
</TS>
