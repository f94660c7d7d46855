<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>BackupListModel</name>
        <message>
            <source>Made</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
        <message>
            <source>Can't be read</source>
            <translation>No se puede leer</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>conservada</translation>
        </message>
        <message>
            <source>Kept until you remove it: rotation leaves it alone.</source>
            <translation>Se conserva hasta que la quites: la rotación no la toca.</translation>
        </message>
    </context>
    <context>
        <name>BackupNowDialog</name>
        <message>
            <source>Back up now</source>
            <translation>Hacer una copia ahora</translation>
        </message>
        <message>
            <source>An encrypted copy of this vault, checked page by page once it is written. It opens with your passphrase or your recovery key.</source>
            <translation>Una copia cifrada de esta bóveda, comprobada página por página en cuanto se escribe. Se abre con tu frase de contraseña o tu clave de recuperación.</translation>
        </message>
        <message>
            <source>Backup progress</source>
            <translation>Progreso de la copia</translation>
        </message>
        <message>
            <source>It is in this folder:</source>
            <translation>Está en esta carpeta:</translation>
        </message>
        <message>
            <source>Where the backup is</source>
            <translation>Dónde está la copia</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Show backups…</source>
            <translation>Ver las copias de seguridad…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Backing up and checking the copy…</source>
            <translation>Haciendo la copia y comprobándola…</translation>
        </message>
        <message>
            <source>Backed up and checked (%1). Every page reads back whole.</source>
            <translation>Copia hecha y comprobada (%1). Todas las páginas se leen completas.</translation>
        </message>
        <message>
            <source>Stopped. No backup was kept.</source>
            <translation>Detenido. No se guardó ninguna copia.</translation>
        </message>
        <message>
            <source>The backup couldn't be written. If the folder is on a USB stick, check that it is plugged in and has room.</source>
            <translation>No se pudo escribir la copia. Si la carpeta está en una memoria USB, comprueba que esté conectada y tenga espacio.</translation>
        </message>
        <message>
            <source>The backup couldn't be made.</source>
            <translation>No se pudo hacer la copia.</translation>
        </message>
    </context>
    <context>
        <name>BackupSettingsBox</name>
        <message>
            <source>Automatic backups</source>
            <translation>Copias automáticas</translation>
        </message>
        <message>
            <source>Back up automatically</source>
            <translation>Hacer copias automáticamente</translation>
        </message>
        <message>
            <source>When you unlock and when you lock, if something changed.</source>
            <translation>Al desbloquear y al bloquear, si algo cambió.</translation>
        </message>
        <message>
            <source>Days to keep</source>
            <translation>Días que se conservan</translation>
        </message>
        <message>
            <source>Weeks to keep</source>
            <translation>Semanas que se conservan</translation>
        </message>
        <message>
            <source>&amp;Keep the newest from the last</source>
            <translation>&amp;Conservar las más recientes de los últimos</translation>
        </message>
        <message>
            <source>days and</source>
            <translation>días y</translation>
        </message>
        <message>
            <source>weeks before that.</source>
            <translation>semanas anteriores.</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Elegir carpeta…</translation>
        </message>
        <message>
            <source>Use the app's folder</source>
            <translation>Usar la carpeta de la app</translation>
        </message>
        <message>
            <source>Backups are kept in %1</source>
            <translation>Las copias se guardan en %1</translation>
        </message>
        <message>
            <source>Backups are kept in HJ Journal's own folder on this computer.</source>
            <translation>Las copias se guardan en la carpeta propia de HJ Journal en este equipo.</translation>
        </message>
        <message>
            <source>Where should backups be kept?</source>
            <translation>¿Dónde quieres guardar las copias?</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Encrypted copies of this vault. Each one opens with your passphrase or your recovery key, and is checked before it is ever restored.</source>
            <translation>Copias cifradas de esta bóveda. Cada una se abre con tu frase de contraseña o tu clave de recuperación, y se comprueba antes de restaurarla.</translation>
        </message>
        <message>
            <source>Backups of this vault</source>
            <translation>Copias de seguridad de esta bóveda</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer una copia ahora</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobar</translation>
        </message>
        <message>
            <source>Restore as a new vault…</source>
            <translation>Restaurar como una bóveda nueva…</translation>
        </message>
        <message>
            <source>Restore over this vault…</source>
            <translation>Restaurar sobre esta bóveda…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Stopped. Nothing was changed.</source>
            <translation>Detenido. No se cambió nada.</translation>
        </message>
        <message>
            <source>This backup did not pass its checks, so it was not used. Your vault is unchanged.</source>
            <translation>Esta copia no pasó sus comprobaciones, así que no se usó. Tu bóveda no ha cambiado.</translation>
        </message>
        <message>
            <source>The backup folder couldn't be written to or read. If it is on a USB stick, check that the stick is plugged in.</source>
            <translation>No se pudo escribir ni leer la carpeta de copias. Si está en una memoria USB, comprueba que esté conectada.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong.</source>
            <translation>Algo inesperado no salió bien.</translation>
        </message>
        <message>
            <source>Backing up and checking the copy…</source>
            <translation>Haciendo la copia y comprobándola…</translation>
        </message>
        <message>
            <source>Backed up and checked. Every page reads back whole.</source>
            <translation>Copia hecha y comprobada. Todas las páginas se leen completas.</translation>
        </message>
        <message>
            <source>Checking every page of the backup…</source>
            <translation>Comprobando cada página de la copia…</translation>
        </message>
        <message>
            <source>This backup checked out: every page is whole.</source>
            <translation>Esta copia está bien: todas las páginas están completas.</translation>
        </message>
        <message>
            <source>This backup did not pass its checks (%1), so it won't be restored.</source>
            <translation>Esta copia no pasó sus comprobaciones (%1), así que no se restaurará.</translation>
        </message>
        <message>
            <source>Checking the backup and restoring it as a new vault…</source>
            <translation>Comprobando la copia y restaurándola como una bóveda nueva…</translation>
        </message>
        <message>
            <source>Restored as a new vault, “%1”. You'll find it on the lock screen; it opens with your passphrase.</source>
            <translation>Restaurada como una bóveda nueva, “%1”. La encontrarás en la pantalla de bloqueo; se abre con tu frase de contraseña.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia?</translation>
        </message>
        <message>
            <source>Replace what is in this vault with the backup from %1?</source>
            <translation>¿Reemplazar lo que hay en esta bóveda por la copia del %1?</translation>
        </message>
        <message>
            <source>What is in the vault now is backed up first and kept, so you can go back.</source>
            <translation>Antes se hace y se conserva una copia de lo que hay ahora en la bóveda, para que puedas volver atrás.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Keep things as they are</source>
            <translation>Dejar todo como está</translation>
        </message>
        <message>
            <source>Backing up this vault, then restoring the backup…</source>
            <translation>Haciendo una copia de esta bóveda y después restaurando la copia…</translation>
        </message>
        <message>
            <source>Restored the backup from %1. What was there before is kept as a backup.</source>
            <translation>Se restauró la copia del %1. Lo que había antes se conserva como copia.</translation>
        </message>
        <message>
            <source>Remove this backup?</source>
            <translation>¿Quitar esta copia?</translation>
        </message>
        <message>
            <source>Remove the backup from %1 for good?</source>
            <translation>¿Quitar para siempre la copia del %1?</translation>
        </message>
        <message>
            <source>Your vault and your other backups are not touched.</source>
            <translation>Tu bóveda y tus otras copias no se tocan.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservarla</translation>
        </message>
        <message>
            <source>The backup was removed.</source>
            <translation>La copia se quitó.</translation>
        </message>
    </context>
    <context>
        <name>DataDialogs</name>
        <message>
            <source>ddd d MMM yyyy, HH:mm</source>
            <comment>date pattern (QLocale)</comment>
            <translation>d MMM yyyy, HH:mm</translation>
        </message>
        <message>
            <source>You made it</source>
            <translation>La hiciste tú</translation>
        </message>
        <message>
            <source>When you unlocked</source>
            <translation>Al desbloquear</translation>
        </message>
        <message>
            <source>When you locked</source>
            <translation>Al bloquear</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Antes de una restauración</translation>
        </message>
    </context>
    <context>
        <name>DataMenu</name>
        <message>
            <source>Removing the vault and its backups…</source>
            <translation>Quitando la bóveda y sus copias…</translation>
        </message>
        <message>
            <source>Wipe this vault</source>
            <translation>Borrar esta bóveda</translation>
        </message>
        <message>
            <source>The vault couldn't be removed completely. Please try again.</source>
            <translation>La bóveda no se pudo quitar por completo. Inténtalo de nuevo, por favor.</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;Hacer una copia ahora…</translation>
        </message>
        <message>
            <source>Bac&amp;kups…</source>
            <translation>&amp;Copias de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>&amp;Wipe this vault…</source>
            <translation>&amp;Borrar esta bóveda…</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Take your journal with you, in a form other apps and people can read.</source>
            <translation>Lleva tu diario contigo, en un formato que otras apps y personas pueden leer.</translation>
        </message>
        <message>
            <source>Everything, as JSON</source>
            <translation>Todo, en JSON</translation>
        </message>
        <message>
            <source>Entries as Markdown files</source>
            <translation>Entradas como archivos Markdown</translation>
        </message>
        <message>
            <source>A PDF to read or print</source>
            <translation>Un PDF para leer o imprimir</translation>
        </message>
        <message>
            <source>Every entry, check-in, plan and setting, ready to bring back into HJ Journal on another computer.</source>
            <translation>Cada entrada, registro, plan y ajuste, listo para volver a traerlo a HJ Journal en otro equipo.</translation>
        </message>
        <message>
            <source>One text file per entry in a new folder, with your check-ins in a spreadsheet file beside them.</source>
            <translation>Un archivo de texto por entrada en una carpeta nueva, con tus registros en un archivo de hoja de cálculo al lado.</translation>
        </message>
        <message>
            <source>Your entries from the days you choose, laid out as a journal.</source>
            <translation>Tus entradas de los días que elijas, dispuestas como un diario.</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Hasta</translation>
        </message>
        <message>
            <source>While it's being made, the export is a hidden file in the folder you choose; if it stops part-way, that file is removed.</source>
            <translation>Mientras se hace, la exportación es un archivo oculto en la carpeta que elijas; si se detiene a medias, ese archivo se quita.</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Progreso de la exportación</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Choose where the export's folder goes</source>
            <translation>Elige dónde va la carpeta de la exportación</translation>
        </message>
        <message>
            <source>HJ Journal export {stamp}</source>
            <translation>Exportación de HJ Journal {stamp}</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Exportar como PDF</translation>
        </message>
        <message>
            <source>Journal {stamp}.pdf</source>
            <translation>Diario {stamp}.pdf</translation>
        </message>
        <message>
            <source>Export as JSON</source>
            <translation>Exportar como JSON</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <source>The first day comes after the last; please swap them.</source>
            <translation>El primer día va después del último; cámbialos de lugar, por favor.</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exportado en %1.</translation>
        </message>
        <message>
            <source>Stopped. Nothing was written.</source>
            <translation>Detenido. No se escribió nada.</translation>
        </message>
        <message>
            <source>That place couldn't be written to. Please choose another.</source>
            <translation>No se pudo escribir en ese lugar. Elige otro, por favor.</translation>
        </message>
        <message>
            <source>The export couldn't be made.</source>
            <translation>No se pudo hacer la exportación.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>jrnl (JSON export)</source>
            <translation>jrnl (exportación JSON)</translation>
        </message>
        <message>
            <source>jrnl (plain text)</source>
            <translation>jrnl (texto sin formato)</translation>
        </message>
        <message>
            <source>Day One (JSON or zip)</source>
            <translation>Day One (JSON o zip)</translation>
        </message>
        <message>
            <source>Daylio (CSV)</source>
            <translation>Daylio (CSV)</translation>
        </message>
        <message>
            <source>a folder of Markdown files</source>
            <translation>una carpeta de archivos Markdown</translation>
        </message>
        <message>
            <source>HJ Journal (JSON export)</source>
            <translation>HJ Journal (exportación JSON)</translation>
        </message>
        <message>
            <source>Bring in an HJ Journal export made from a practice vault. A practice vault keeps clients, never a personal journal, so journals from other apps stay out. You'll see what will come in before anything changes.</source>
            <translation>Trae una exportación de HJ Journal hecha desde una bóveda de práctica. Una bóveda de práctica guarda clientes, nunca un diario personal, así que los diarios de otras apps se quedan fuera. Verás lo que va a entrar antes de que cambie nada.</translation>
        </message>
        <message>
            <source>Bring in entries from jrnl, Day One, Daylio, a folder of Markdown files, or an HJ Journal export. You'll see what will come in before anything changes.</source>
            <translation>Trae entradas de jrnl, Day One, Daylio, una carpeta de archivos Markdown o una exportación de HJ Journal. Verás lo que va a entrar antes de que cambie nada.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>No file chosen yet.</source>
            <translation>Todavía no elegiste ningún archivo.</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Elegir un archivo…</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Elegir una carpeta…</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>&amp;Formato</translation>
        </message>
        <message>
            <source>Left out, with the reason:</source>
            <translation>Lo que se deja fuera, con el motivo:</translation>
        </message>
        <message>
            <source>Items left out, with the reason</source>
            <translation>Elementos que se dejan fuera, con el motivo</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Read it</source>
            <translation>Leerlo</translation>
        </message>
        <message>
            <source>Choose the folder of Markdown files</source>
            <translation>Elige la carpeta de archivos Markdown</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Elige el archivo que quieres importar</translation>
        </message>
        <message>
            <source>Chosen: %1</source>
            <translation>Elegido: %1</translation>
        </message>
        <message>
            <source>HJ Journal doesn't recognise this file. If you know its format, choose it above.</source>
            <translation>HJ Journal no reconoce este archivo. Si sabes su formato, elígelo arriba.</translation>
        </message>
        <message>
            <source>This looks like %1.</source>
            <translation>Parece %1.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Leyendo…</translation>
        </message>
        <message>
            <source>There is nothing new to import from this file.</source>
            <translation>No hay nada nuevo que importar de este archivo.</translation>
        </message>
        <message>
            <source>Nothing has changed yet. Import when you're ready.</source>
            <translation>Todavía no ha cambiado nada. Importa cuando quieras.</translation>
        </message>
        <message numerus="yes">
            <source>%n entr(y|ies)</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s)</source>
            <translation>
                <numerusform>%n registro</numerusform>
                <numerusform>%n registros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other item(s)</source>
            <translation>
                <numerusform>%n elemento más</numerusform>
                <numerusform>%n elementos más</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: %1.</source>
            <translation>Importado: %1.</translation>
        </message>
        <message>
            <source>New: %1.</source>
            <translation>Nuevo: %1.</translation>
        </message>
        <message>
            <source>Already in your vault (left as they are): %1.</source>
            <translation>Ya en tu bóveda (se dejan como están): %1.</translation>
        </message>
        <message>
            <source>Left out: %1.</source>
            <translation>Dejado fuera: %1.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Done. Everything listed as imported is in your vault.</source>
            <translation>Listo. Todo lo que aparece como importado está en tu bóveda.</translation>
        </message>
        <message>
            <source>Stopped. Nothing was imported.</source>
            <translation>Detenido. No se importó nada.</translation>
        </message>
        <message>
            <source>The file couldn't be read. Nothing was imported.</source>
            <translation>No se pudo leer el archivo. No se importó nada.</translation>
        </message>
        <message>
            <source>The import couldn't be finished. Nothing was imported.</source>
            <translation>No se pudo terminar la importación. No se importó nada.</translation>
        </message>
    </context>
    <context>
        <name>NewVaultNameDialog</name>
        <message>
            <source>Name the restored vault</source>
            <translation>Pon nombre a la bóveda restaurada</translation>
        </message>
        <message>
            <source>It will sit beside “%1” on the lock screen.</source>
            <translation>Aparecerá junto a “%1” en la pantalla de bloqueo.</translation>
        </message>
        <message>
            <source>%1 (restored)</source>
            <translation>%1 (restaurada)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
    </context>
    <context>
        <name>UnencryptedWarning</name>
        <message>
            <source>This export isn't encrypted</source>
            <translation>Esta exportación no está cifrada</translation>
        </message>
        <message>
            <source>Anyone who gets this export can read everything in it.</source>
            <translation>Cualquiera que consiga esta exportación puede leer todo lo que contiene.</translation>
        </message>
        <message>
            <source>If you want a copy to keep safe, an encrypted backup opens only with your passphrase or your recovery key.</source>
            <translation>Si quieres una copia para guardarla a salvo, una copia de seguridad cifrada solo se abre con tu frase de contraseña o tu clave de recuperación.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Export anyway</source>
            <translation>Exportar de todos modos</translation>
        </message>
        <message>
            <source>Make an encrypted backup instead</source>
            <translation>Hacer una copia cifrada en su lugar</translation>
        </message>
    </context>
    <context>
        <name>WipeDialog</name>
        <message>
            <source>Wipe this vault</source>
            <translation>Borrar esta bóveda</translation>
        </message>
        <message>
            <source>This removes the vault “%1” — every entry, check-in, plan and note in it — and every backup of it that HJ Journal made, for good. It can't be undone.</source>
            <translation>Esto quita para siempre la bóveda “%1” —cada entrada, registro, plan y nota que contiene— y todas las copias de ella que hizo HJ Journal. No se puede deshacer.</translation>
        </message>
        <message>
            <source>Exports you made are not touched. If you might want any of it later, make an export first, or copy a backup somewhere of your own.</source>
            <translation>Las exportaciones que hiciste no se tocan. Si más adelante podrías querer algo de esto, haz primero una exportación o copia una copia de seguridad en un lugar tuyo.</translation>
        </message>
        <message>
            <source>To go ahead, type the vault's name, “%1”:</source>
            <translation>Para continuar, escribe el nombre de la bóveda, “%1”:</translation>
        </message>
        <message>
            <source>The vault's name, to confirm</source>
            <translation>El nombre de la bóveda, para confirmar</translation>
        </message>
        <message>
            <source>Keep my vault</source>
            <translation>Conservar mi bóveda</translation>
        </message>
        <message>
            <source>Wipe for good</source>
            <translation>Borrar para siempre</translation>
        </message>
    </context>
</TS>
