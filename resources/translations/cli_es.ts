<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CliAttach</name>
        <message>
            <source>add a photo or file to an entry</source>
            <translation>añadir una foto o un archivo a una entrada</translation>
        </message>
        <message>
            <source>The file is copied into the encrypted vault; the original stays where it is. Location, camera and text details are taken out of JPEG, PNG and WebP photos unless you say --keep-metadata. Exit codes: 0 added, 1 refused (one line says why), 2 wrong passphrase, 3 damaged vault.</source>
            <translation>El archivo se copia en la bóveda cifrada; el original se queda donde está. A las fotos JPEG, PNG y WebP se les quitan los datos de ubicación, de cámara y de texto, salvo que indiques --keep-metadata. Códigos de salida: 0 añadido, 1 no se pudo (una línea dice por qué), 2 frase de contraseña incorrecta, 3 bóveda dañada.</translation>
        </message>
        <message>
            <source>which entry: 'latest', a day (YYYY-MM-DD), a day and its number (YYYY-MM-DD#2, newest first as 'list' shows them), or the entry's id from a Markdown export</source>
            <translation>qué entrada: 'latest' (la más reciente), un día (AAAA-MM-DD), un día y su número (AAAA-MM-DD#2, de la más reciente a la más antigua, como las muestra 'list') o el id de la entrada de una exportación Markdown</translation>
        </message>
        <message>
            <source>the file to add</source>
            <translation>el archivo que quieres añadir</translation>
        </message>
        <message>
            <source>the name it has in the entry</source>
            <translation>el nombre que tendrá en la entrada</translation>
        </message>
        <message>
            <source>keep a photo's location, camera and other details</source>
            <translation>conservar la ubicación, la cámara y otros datos de una foto</translation>
        </message>
        <message>
            <source>There are no entries yet; write one with 'hj-journal new' first.</source>
            <translation>Todavía no hay entradas; primero escribe una con 'hj-journal new'.</translation>
        </message>
        <message>
            <source>No entry has that id.</source>
            <translation>Ninguna entrada tiene ese id.</translation>
        </message>
        <message>
            <source>Please name the entry as 'latest', a day (YYYY-MM-DD) or YYYY-MM-DD#2.</source>
            <translation>Indica la entrada como 'latest', un día (AAAA-MM-DD) o AAAA-MM-DD#2.</translation>
        </message>
        <message>
            <source>There is no entry on {day}.</source>
            <translation>No hay ninguna entrada el {day}.</translation>
        </message>
        <message numerus="yes">
            <source>%n entr(y|ies)</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
        <message>
            <source>There are {entries} on {day}; say which with {day}#1 (the newest) to #{last}.</source>
            <translation>Hay {entries} el {day}; indica cuál con {day}#1 (la más reciente) a #{last}.</translation>
        </message>
        <message>
            <source>{day} has {entries}; choose #1 (the newest) to #{last}.</source>
            <translation>El {day} tiene {entries}; elige de #1 (la más reciente) a #{last}.</translation>
        </message>
        <message>
            <source>That file can't be found or isn't a file.</source>
            <translation>No se encuentra ese archivo, o no es un archivo.</translation>
        </message>
        <message>
            <source>Added {name} ({size}) to your entry for {day}.</source>
            <translation>Se añadió {name} ({size}) a tu entrada del {day}.</translation>
        </message>
        <message>
            <source>Details taken out of it: {details}.</source>
            <translation>Datos que se le quitaron: {details}.</translation>
        </message>
    </context>
    <context>
        <name>CliAttempts</name>
        <message>
            <source>the app</source>
            <translation>la app</translation>
        </message>
        <message>
            <source>the command line</source>
            <translation>la línea de órdenes</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>el lunes</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>el martes</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>el miércoles</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>el jueves</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>el viernes</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>el sábado</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>el domingo</translation>
        </message>
        <message>
            <source>{earlier} earlier, then {listed}</source>
            <translation>{earlier} antes, y luego {listed}</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) to open this vault did not succeed since you last opened it: {listed}.</source>
            <translation>
                <numerusform>%n intento de abrir esta bóveda no lo consiguió desde la última vez que la abriste: {listed}.</numerusform>
                <numerusform>%n intentos de abrir esta bóveda no lo consiguieron desde la última vez que la abriste: {listed}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The record of attempts was shortened or removed since you last opened this vault.</source>
            <translation>El registro de intentos se acortó o se quitó desde la última vez que abriste esta bóveda.</translation>
        </message>
        <message>
            <source>Part of the record of attempts was changed since you last opened this vault, so it could not all be read.</source>
            <translation>Parte del registro de intentos cambió desde la última vez que abriste esta bóveda, así que no se pudo leer entero.</translation>
        </message>
        <message>
            <source>{times} and {last}</source>
            <translation>{times} y {last}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>lugar desconocido</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
    </context>
    <context>
        <name>CliCheckin</name>
        <message>
            <source>a quick check-in, or a questionnaire's answers</source>
            <translation>un registro rápido, o las respuestas de un cuestionario</translation>
        </message>
        <message>
            <source>0 (calm) to 10</source>
            <translation>de 0 (calma) a 10</translation>
        </message>
        <message>
            <source>-3 (very unpleasant) to +3 (very pleasant)</source>
            <translation>de -3 (muy desagradable) a +3 (muy agradable)</translation>
        </message>
        <message>
            <source>0 (none) to 4 (a lot)</source>
            <translation>de 0 (nada) a 4 (mucha)</translation>
        </message>
        <message>
            <source>e.g. money, housing, work</source>
            <translation>p. ej. dinero, vivienda, trabajo</translation>
        </message>
        <message>
            <source>a few words ('-': read from stdin)</source>
            <translation>unas palabras ('-': leer de la entrada estándar)</translation>
        </message>
        <message>
            <source>read the note from a file</source>
            <translation>leer la nota de un archivo</translation>
        </message>
        <message>
            <source>a questionnaire: who5, pss10, gad7, phq9 or phq8</source>
            <translation>un cuestionario: who5, pss10, gad7, phq9 o phq8</translation>
        </message>
        <message>
            <source>answers in item order; '{skipped}' skips one, '{declined}' is 'prefer not to answer' (write --answers=-,1,… when the first is skipped)</source>
            <translation>respuestas en el orden de las preguntas; '{skipped}' salta una, '{declined}' es 'prefiero no responder' (escribe --answers=-,1,… si saltas la primera)</translation>
        </message>
        <message>
            <source>the optional closing question, from 0</source>
            <translation>la pregunta final opcional, desde 0</translation>
        </message>
        <message>
            <source>print the result after saving</source>
            <translation>mostrar el resultado después de guardar</translation>
        </message>
        <message>
            <source>--{name} takes a whole number from {low} (calm) to {high}, not {given}.</source>
            <translation>--{name} lleva un número entero de {low} (calma) a {high}, no {given}.</translation>
        </message>
        <message>
            <source>--{name} takes a whole number from {low} to {high}, not {given}.</source>
            <translation>--{name} lleva un número entero de {low} a {high}, no {given}.</translation>
        </message>
        <message>
            <source>Answer {position} should be a number, '{skipped}' or '{declined}', not {given}.</source>
            <translation>La respuesta {position} debe ser un número, '{skipped}' o '{declined}', no {given}.</translation>
        </message>
        <message>
            <source>--difficulty and --show-result go with --instrument and --answers.</source>
            <translation>--difficulty y --show-result van con --instrument y --answers.</translation>
        </message>
        <message>
            <source>Check-in saved. Thank you for checking in with yourself.</source>
            <translation>Registro guardado. Gracias por tomarte un momento para ti.</translation>
        </message>
        <message>
            <source>A questionnaire needs both --instrument ID and --answers A,B,….</source>
            <translation>Un cuestionario necesita --instrument ID y también --answers A,B,….</translation>
        </message>
        <message>
            <source>Save a questionnaire on its own, without the quick check-in options.</source>
            <translation>Guarda el cuestionario por separado, sin las opciones del registro rápido.</translation>
        </message>
        <message>
            <source>Your answers are saved. Thank you for taking the time.</source>
            <translation>Tus respuestas están guardadas. Gracias por dedicarle este tiempo.</translation>
        </message>
        <message>
            <source>--difficulty takes a number from 0, not {given}.</source>
            <translation>--difficulty lleva un número desde 0, no {given}.</translation>
        </message>
        <message>
            <source>{name}: not scored ({skipped}).</source>
            <translation>{name}: sin puntuación ({skipped}).</translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n sin responder</numerusform>
                <numerusform>%n sin responder</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {percentage} out of 100 — {band}.</source>
            <translation>{name}: {percentage} de 100 — {band}.</translation>
        </message>
        <message>
            <source>{name}: {total} — {band}.</source>
            <translation>{name}: {total} — {band}.</translation>
        </message>
        <message>
            <source>This is not a diagnosis.</source>
            <translation>Esto no es un diagnóstico.</translation>
        </message>
        <message>
            <source>If things feel heavy, your own people, resources and safety plan are in HJ Journal under Care map &amp; plans.</source>
            <translation>Si las cosas se sienten pesadas, tus personas de apoyo, tus recursos y tu plan de seguridad están en HJ Journal, en Mapa de cuidados y planes.</translation>
        </message>
    </context>
    <context>
        <name>CliCommon</name>
        <message>
            <source>This is a practice vault: it keeps sessions with clients, never a personal journal or personal check-ins. Choose your personal vault with --vault LABEL.</source>
            <translation>Esta es una bóveda de práctica: guarda sesiones con clientes, nunca un diario personal ni registros personales. Elige tu bóveda personal con --vault LABEL.</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n entr(y|ies) to search…</source>
            <translation>
                <numerusform>Añadiendo %n entrada a la búsqueda…</numerusform>
                <numerusform>Añadiendo %n entradas a la búsqueda…</numerusform>
            </translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Frase de contraseña: </translation>
        </message>
        <message>
            <source>No passphrase given: use --passphrase-file PATH or the HJ_PASSPHRASE variable.</source>
            <translation>No se indicó ninguna frase de contraseña: usa --passphrase-file PATH o la variable HJ_PASSPHRASE.</translation>
        </message>
        <message>
            <source>Once more, to be sure: </source>
            <translation>Una vez más, para confirmar: </translation>
        </message>
        <message>
            <source>The two passphrases were different; nothing was changed.</source>
            <translation>Las dos frases de contraseña eran distintas; no se cambió nada.</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>No hay ningún archivo en {path}.</translation>
        </message>
        <message>
            <source>The file {path} could not be read as text.</source>
            <translation>El archivo {path} no se pudo leer como texto.</translation>
        </message>
        <message>
            <source>{option}: there is no file at {path}.</source>
            <translation>{option}: no hay ningún archivo en {path}.</translation>
        </message>
        <message>
            <source>{option}: the file {path} could not be read as text.</source>
            <translation>{option}: el archivo {path} no se pudo leer como texto.</translation>
        </message>
        <message>
            <source>Type the text; finish with Ctrl-D on a line of its own.</source>
            <translation>Escribe el texto; termina con Ctrl-D en una línea aparte.</translation>
        </message>
        <message>
            <source>Only one of {options} can read standard input.</source>
            <translation>Solo una de estas opciones puede leer la entrada estándar: {options}.</translation>
        </message>
        <message>
            <source>Please give {option} or {file_option}, not both.</source>
            <translation>Indica {option} o {file_option}, no las dos.</translation>
        </message>
        <message>
            <source>{text} is not a date; write dates like 2026-11-27.</source>
            <translation>{text} no es una fecha; escribe las fechas así: 2026-11-27.</translation>
        </message>
        <message>
            <source>Stopped; nothing half-done was saved.</source>
            <translation>Detenido; no se guardó nada a medias.</translation>
        </message>
        <message>
            <source>A file could not be read or written: {reason}.</source>
            <translation>No se pudo leer o escribir un archivo: {reason}.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. A note without content is in {log}.</source>
            <translation>Algo inesperado salió mal. Hay una nota sin contenido en {log}.</translation>
        </message>
        <message>
            <source>Your backups can restore it.</source>
            <translation>Tus copias de seguridad pueden restaurarla.</translation>
        </message>
    </context>
    <context>
        <name>CliData</name>
        <message>
            <source>export the vault (not encrypted)</source>
            <translation>exportar la bóveda (sin cifrar)</translation>
        </message>
        <message>
            <source>the file (json, pdf) or new folder (markdown)</source>
            <translation>el archivo (json, pdf) o la carpeta nueva (markdown)</translation>
        </message>
        <message>
            <source>pdf: the first day</source>
            <translation>pdf: el primer día</translation>
        </message>
        <message>
            <source>pdf: the last day</source>
            <translation>pdf: el último día</translation>
        </message>
        <message>
            <source>import from another journal app</source>
            <translation>importar de otra app de diario</translation>
        </message>
        <message>
            <source>show what would be imported; change nothing</source>
            <translation>mostrar lo que se importaría, sin cambiar nada</translation>
        </message>
        <message>
            <source>make an encrypted backup</source>
            <translation>hacer una copia de seguridad cifrada</translation>
        </message>
        <message>
            <source>a folder of your choice (a USB stick)</source>
            <translation>una carpeta que elijas (una memoria USB)</translation>
        </message>
        <message>
            <source>list the backups instead</source>
            <translation>en su lugar, mostrar las copias de seguridad</translation>
        </message>
        <message>
            <source>restore an encrypted backup</source>
            <translation>restaurar una copia de seguridad cifrada</translation>
        </message>
        <message>
            <source>the backup's folder</source>
            <translation>la carpeta de la copia de seguridad</translation>
        </message>
        <message>
            <source>restore as a new vault with this name</source>
            <translation>restaurarla como una bóveda nueva con este nombre</translation>
        </message>
        <message>
            <source>remove this vault and its backups for good</source>
            <translation>quitar esta bóveda y sus copias de seguridad para siempre</translation>
        </message>
        <message>
            <source>the vault's name, typed ahead (for scripts)</source>
            <translation>el nombre de la bóveda, escrito de antemano (para scripts)</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
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
        <message>
            <source>--from and --to are for PDF exports; JSON and Markdown hold everything.</source>
            <translation>--from y --to son para exportar a PDF; JSON y Markdown lo incluyen todo.</translation>
        </message>
        <message>
            <source>note: {warning}</source>
            <translation>aviso: {warning}</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n item(s) to {out}.</source>
            <translation>
                <numerusform>Se exportó %n elemento a {out}.</numerusform>
                <numerusform>Se exportaron %n elementos a {out}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported {entries} and {checkins} to {out}.</source>
            <translation>Se exportaron {entries} y {checkins} a {out}.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entr(y|ies) to {out}.</source>
            <translation>
                <numerusform>Se exportó %n entrada a {out}.</numerusform>
                <numerusform>Se exportaron %n entradas a {out}.</numerusform>
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
            <source>Would import {entries}, {checkins} and {others}.</source>
            <translation>Se importarían {entries}, {checkins} y {others}.</translation>
        </message>
        <message>
            <source>Imported {entries}, {checkins} and {others}.</source>
            <translation>Se importaron {entries}, {checkins} y {others}.</translation>
        </message>
        <message>
            <source>Would import {entries} and {checkins}.</source>
            <translation>Se importarían {entries} y {checkins}.</translation>
        </message>
        <message>
            <source>Imported {entries} and {checkins}.</source>
            <translation>Se importaron {entries} y {checkins}.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) (was|were) already in your vault, left as is.</source>
            <translation>
                <numerusform>%n elemento ya estaba en tu bóveda y se dejó como estaba.</numerusform>
                <numerusform>%n elementos ya estaban en tu bóveda y se dejaron como estaban.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left out:</source>
            <translation>
                <numerusform>%n se dejó fuera:</numerusform>
                <numerusform>%n se dejaron fuera:</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was left out.</source>
            <translation>No se dejó nada fuera.</translation>
        </message>
        <message>
            <source>Nothing was changed (dry run).</source>
            <translation>No se cambió nada (prueba sin cambios).</translation>
        </message>
        <message>
            <source>There are no backups of this vault there yet.</source>
            <translation>Todavía no hay copias de seguridad de esta bóveda ahí.</translation>
        </message>
        <message>
            <source>Backed up ({size}, checked) to {folder}</source>
            <translation>Copia de seguridad hecha ({size}, comprobada) en {folder}</translation>
        </message>
        <message>
            <source>There is no backup at {folder}.</source>
            <translation>No hay ninguna copia de seguridad en {folder}.</translation>
        </message>
        <message>
            <source>Passphrase of the backed-up vault: </source>
            <translation>Frase de contraseña de la bóveda copiada: </translation>
        </message>
        <message>
            <source>Restored the backup from {when} as a new vault, {label}. It opens with the passphrase (and recovery key) the vault had then.</source>
            <translation>Se restauró la copia de seguridad del {when} como una bóveda nueva, {label}. Se abre con la frase de contraseña (y la clave de recuperación) que la bóveda tenía entonces.</translation>
        </message>
        <message>
            <source>Restored the backup from {when}.</source>
            <translation>Se restauró la copia de seguridad del {when}.</translation>
        </message>
        <message>
            <source>What was in the vault before is kept as a backup: {folder}</source>
            <translation>Lo que había antes en la bóveda se guarda como copia de seguridad: {folder}</translation>
        </message>
        <message>
            <source>To wipe without a terminal, add --confirm-label LABEL.</source>
            <translation>Para borrarla sin una terminal, añade --confirm-label LABEL.</translation>
        </message>
        <message>
            <source>This removes the vault {label} and every backup of it, for good.</source>
            <translation>Esto quita la bóveda {label} y todas sus copias de seguridad, para siempre.</translation>
        </message>
        <message>
            <source>Type the vault's name to go ahead: </source>
            <translation>Escribe el nombre de la bóveda para seguir: </translation>
        </message>
        <message numerus="yes">
            <source>The vault {label} and %n backup(s) are gone.</source>
            <translation>
                <numerusform>La bóveda {label} y %n copia de seguridad ya no están.</numerusform>
                <numerusform>La bóveda {label} y %n copias de seguridad ya no están.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CliEditor</name>
        <message>
            <source>Without --body, --body-file or piped input, at a terminal, your editor ($VISUAL, else $EDITOR) opens on a private file in memory (/dev/shm where there is one), which is overwritten and removed when you close it. Your editor may keep its own copies of what you write (swap files, backups, undo history); an editor set to keep none is safest.</source>
            <translation>Sin --body, --body-file ni texto por tubería, en una terminal se abre tu editor ($VISUAL, si no $EDITOR) en un archivo privado en memoria (/dev/shm donde lo hay), que se sobrescribe y se quita al cerrarlo. Tu editor puede guardar sus propias copias de lo que escribes (archivos de intercambio, copias, historial para deshacer); lo más seguro es un editor configurado para no guardar ninguna.</translation>
        </message>
        <message>
            <source>${name} cannot be read as a command: {value}.</source>
            <translation>${name} no se puede leer como una orden: {value}.</translation>
        </message>
        <message>
            <source>This system has no folder in memory; your text is kept in {folder} while you write, then overwritten and removed.</source>
            <translation>Este sistema no tiene una carpeta en memoria; tu texto se guarda en {folder} mientras escribes y luego se sobrescribe y se quita.</translation>
        </message>
        <message>
            <source>The editor {editor} could not be started; set VISUAL or EDITOR to one you have. Nothing was added.</source>
            <translation>No se pudo abrir el editor {editor}; pon en VISUAL o EDITOR uno que tengas. No se añadió nada.</translation>
        </message>
        <message>
            <source>The editor closed with an error ({code}); nothing was added.</source>
            <translation>El editor se cerró con un error ({code}); no se añadió nada.</translation>
        </message>
        <message>
            <source>The editor saved text that is not UTF-8; nothing was added.</source>
            <translation>El editor guardó texto que no es UTF-8; no se añadió nada.</translation>
        </message>
    </context>
    <context>
        <name>CliJournal</name>
        <message>
            <source>add a journal entry</source>
            <translation>añadir una entrada al diario</translation>
        </message>
        <message>
            <source>read the title from a file ('-': stdin)</source>
            <translation>leer el título de un archivo ('-': entrada estándar)</translation>
        </message>
        <message>
            <source>the day it is about (default: today)</source>
            <translation>el día del que trata (si no, hoy)</translation>
        </message>
        <message>
            <source>the text ('-': read from standard input; left out: your editor at a terminal, standard input otherwise)</source>
            <translation>el texto ('-': leer de la entrada estándar; sin indicarlo: tu editor en una terminal, y si no la entrada estándar)</translation>
        </message>
        <message>
            <source>read the text from a file</source>
            <translation>leer el texto de un archivo</translation>
        </message>
        <message>
            <source>start from this entry template (its name or id; 'hj-journal templates' lists them): its title, tags and text, unless you give --title, --tag or --body; at a terminal your editor opens on the template's text</source>
            <translation>empezar desde esta plantilla de entrada (su nombre o su id; 'hj-journal templates' las muestra): su título, etiquetas y texto, salvo que indiques --title, --tag o --body; en una terminal tu editor se abre con el texto de la plantilla</translation>
        </message>
        <message>
            <source>list the entry templates 'new --template' can start from</source>
            <translation>mostrar las plantillas de entrada desde las que puede empezar 'new --template'</translation>
        </message>
        <message>
            <source>list entries, newest first</source>
            <translation>mostrar las entradas, de la más reciente a la más antigua</translation>
        </message>
        <message>
            <source>show every entry (default: the newest {count})</source>
            <translation>mostrar todas las entradas (si no, las {count} más recientes)</translation>
        </message>
        <message>
            <source>find entries</source>
            <translation>buscar entradas</translation>
        </message>
        <message>
            <source>what to look for ('-': read it from standard input)</source>
            <translation>qué buscar ('-': leerlo de la entrada estándar)</translation>
        </message>
        <message>
            <source>read what to look for from a file</source>
            <translation>leer de un archivo qué buscar</translation>
        </message>
        <message>
            <source>only entries with this tag</source>
            <translation>solo las entradas con esta etiqueta</translation>
        </message>
        <message>
            <source>only from this day on</source>
            <translation>solo desde este día</translation>
        </message>
        <message>
            <source>only up to this day</source>
            <translation>solo hasta este día</translation>
        </message>
        <message>
            <source>best match first (default: newest first)</source>
            <translation>primero las que más coinciden (si no, las más recientes)</translation>
        </message>
        <message>
            <source>Find entries. Words find their other forms too, in English and Spanish ('tightening' finds 'tight' and 'tightened'); a phrase in double quotes matches exactly; the last word also matches as the start of a word.</source>
            <translation>Buscar entradas. Las palabras encuentran también sus otras formas, en inglés y en español ('caminando' encuentra 'caminar' y 'caminé'); una frase entre comillas dobles coincide exactamente; la última palabra coincide también como comienzo de palabra.</translation>
        </message>
        <message>
            <source>{problem} 'hj-journal templates' lists them.</source>
            <translation>{problem} 'hj-journal templates' las muestra.</translation>
        </message>
        <message>
            <source>The file was left empty, so no entry was added.</source>
            <translation>El archivo quedó vacío, así que no se añadió ninguna entrada.</translation>
        </message>
        <message>
            <source>Write your entry; finish with Ctrl-D on a line of its own. (Set VISUAL or EDITOR to write it in your editor.)</source>
            <translation>Escribe tu entrada; termina con Ctrl-D en una línea aparte. (Configura VISUAL o EDITOR para escribirla en tu editor.)</translation>
        </message>
        <message>
            <source>Saved your entry for {day}.</source>
            <translation>Tu entrada del {day} está guardada.</translation>
        </message>
        <message>
            <source>(hidden from the app's menu)</source>
            <translation>(oculta en el menú de la app)</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>--from is after --to: please give the earlier day first.</source>
            <translation>--from es posterior a --to: indica primero el día anterior.</translation>
        </message>
        <message>
            <source>--limit must be 1 or more.</source>
            <translation>--limit debe ser 1 o más.</translation>
        </message>
        <message>
            <source>Search is still learning word forms ({percent} %), so it found the exact words only; the app finishes this while it is open.</source>
            <translation>La búsqueda todavía está aprendiendo las formas de las palabras ({percent} %), así que solo encontró las palabras exactas; la app lo termina mientras está abierta.</translation>
        </message>
        <message>
            <source>Search is still catching up with many changes ({percent} %), so it may not have found every entry; the app finishes this while it is open.</source>
            <translation>La búsqueda todavía se está poniendo al día con muchos cambios ({percent} %), así que puede que no haya encontrado todas las entradas; la app lo termina mientras está abierta.</translation>
        </message>
        <message>
            <source>No entries match.</source>
            <translation>Ninguna entrada coincide.</translation>
        </message>
        <message>
            <source>Please give QUERY or --query-file, not both.</source>
            <translation>Indica QUERY o --query-file, no los dos.</translation>
        </message>
        <message>
            <source>Please say what to look for: QUERY, '-' or --query-file PATH.</source>
            <translation>Di qué buscar: QUERY, '-' o --query-file PATH.</translation>
        </message>
    </context>
    <context>
        <name>CliMain</name>
        <message>
            <source>HJ Journal: a private, encrypted self-care journal. Run without a command to open the app.</source>
            <translation>HJ Journal: un diario de autocuidado privado y cifrado. Ejecútalo sin ninguna orden para abrir la app.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>mostrar la versión del programa y salir</translation>
        </message>
        <message>
            <source>check that every part of this installation is present, and print the versions</source>
            <translation>comprobar que están todas las partes de esta instalación y mostrar las versiones</translation>
        </message>
    </context>
    <context>
        <name>CliOptions</name>
        <message>
            <source>Text given as an argument can be seen by other users of this computer in the process list, and it stays in your shell history: give it in a file or on standard input instead ('-' reads standard input).</source>
            <translation>Otras personas que usen este equipo pueden ver en la lista de procesos el texto que das como argumento, y queda en el historial de tu terminal: mejor dalo en un archivo o por la entrada estándar ('-' lee la entrada estándar).</translation>
        </message>
        <message>
            <source>the following arguments are required: {names}</source>
            <translation>faltan estos argumentos: {names}</translation>
        </message>
        <message>
            <source>one of the arguments {names} is required</source>
            <translation>hace falta uno de estos argumentos: {names}</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>necesita un valor</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>necesita al menos un valor</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>admite como mucho un valor</translation>
        </message>
        <message>
            <source>invalid choice (choose from {choices})</source>
            <translation>no es una de las opciones (elige entre {choices})</translation>
        </message>
        <message>
            <source>invalid choice</source>
            <translation>no es una de las opciones</translation>
        </message>
        <message>
            <source>invalid {kind} value</source>
            <translation>no es un valor {kind} válido</translation>
        </message>
        <message>
            <source>takes no value</source>
            <translation>no lleva ningún valor</translation>
        </message>
        <message>
            <source>not allowed with argument {other}</source>
            <translation>no se puede usar junto con {other}</translation>
        </message>
        <message numerus="yes">
            <source>expected %n argument(s)</source>
            <translation>
                <numerusform>necesita %n valor</numerusform>
                <numerusform>necesita %n valores</numerusform>
            </translation>
        </message>
        <message>
            <source>argument {argument}: {detail}</source>
            <translation>argumento {argument}: {detail}</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostrar esta ayuda y salir</translation>
        </message>
        <message>
            <source>{options}: not an option of this command</source>
            <translation>{options}: no es una opción de esta orden</translation>
        </message>
        <message>
            <source>more words than this command takes (quote text, or give it in a file)</source>
            <translation>hay más palabras de las que admite esta orden (pon el texto entre comillas o dalo en un archivo)</translation>
        </message>
        <message>
            <source>{message} (see 'hj-journal --help')</source>
            <translation>{message} (consulta 'hj-journal --help')</translation>
        </message>
        <message>
            <source>common options</source>
            <translation>opciones comunes</translation>
        </message>
        <message>
            <source>keep vaults, settings and logs in DIR</source>
            <translation>guardar las bóvedas, los ajustes y los registros técnicos en DIR</translation>
        </message>
        <message>
            <source>which vault to use (default: the only or default one)</source>
            <translation>qué bóveda usar (si no, la única o la predeterminada)</translation>
        </message>
        <message>
            <source>read the passphrase from a file (or set HJ_PASSPHRASE)</source>
            <translation>leer la frase de contraseña de un archivo (o usa HJ_PASSPHRASE)</translation>
        </message>
        <message>
            <source>unlock with the recovery key in this file instead</source>
            <translation>desbloquear en su lugar con la clave de recuperación de este archivo</translation>
        </message>
    </context>
    <context>
        <name>CliRetention</name>
        <message>
            <source>Nothing was deleted.</source>
            <translation>No se borró nada.</translation>
        </message>
        <message>
            <source>list the client records that have reached the time you chose to keep them</source>
            <translation>mostrar los expedientes de clientes que llegaron al tiempo que elegiste para conservarlos</translation>
        </message>
        <message>
            <source>list every client, with when their record comes up</source>
            <translation>mostrar a cada cliente, con cuándo le llega el turno a su expediente</translation>
        </message>
        <message>
            <source>delete a client's whole record for good (asks first unless --yes)</source>
            <translation>borrar para siempre el expediente completo de un cliente (pregunta antes, salvo con --yes)</translation>
        </message>
        <message>
            <source>the client's number (see 'sessions retention --all')</source>
            <translation>el número del cliente (consulta 'sessions retention --all')</translation>
        </message>
        <message>
            <source>delete without asking</source>
            <translation>borrar sin preguntar</translation>
        </message>
        <message>
            <source>{rule} (the client's own rule)</source>
            <translation>{rule} (la regla propia de este cliente)</translation>
        </message>
        <message>
            <source>CLIENT is a client's number, as 'hj-journal sessions retention --all' shows it.</source>
            <translation>CLIENT es el número de un cliente, como lo muestra 'hj-journal sessions retention --all'.</translation>
        </message>
        <message>
            <source>This is a personal vault: clients are kept in a practice vault.</source>
            <translation>Esta es una bóveda personal: los clientes se guardan en una bóveda de práctica.</translation>
        </message>
        <message>
            <source>has reached that time</source>
            <translation>llegó a ese tiempo</translation>
        </message>
        <message>
            <source>kept until deleted by hand</source>
            <translation>se conserva hasta que lo borres a mano</translation>
        </message>
        <message>
            <source>comes up in {month}</source>
            <translation>le llega el turno en {month}</translation>
        </message>
        <message>
            <source>last session {month}</source>
            <translation>última sesión {month}</translation>
        </message>
        <message>
            <source>no sessions, record made {month}</source>
            <translation>sin sesiones, expediente creado en {month}</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>You keep each client's record until you delete it.</source>
            <translation>Conservas el expediente de cada cliente hasta que lo borres.</translation>
        </message>
        <message>
            <source>You keep each client's record for {rule}.</source>
            <translation>Conservas el expediente de cada cliente: {rule}.</translation>
        </message>
        <message>
            <source>No client yet.</source>
            <translation>Todavía no hay clientes.</translation>
        </message>
        <message>
            <source>No record has reached the time you chose.</source>
            <translation>Ningún expediente llegó al tiempo que elegiste.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) with their notes, private notes and consent records</source>
            <translation>
                <numerusform>%n sesión con sus notas, notas privadas y registros de consentimiento</numerusform>
                <numerusform>%n sesiones con sus notas, notas privadas y registros de consentimiento</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n amendment(s) to signed notes</source>
            <translation>
                <numerusform>%n enmienda a notas firmadas</numerusform>
                <numerusform>%n enmiendas a notas firmadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n care goal(s)</source>
            <translation>
                <numerusform>%n objetivo de cuidado</numerusform>
                <numerusform>%n objetivos de cuidado</numerusform>
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
            <source>%n questionnaire(s)</source>
            <translation>
                <numerusform>%n cuestionario</numerusform>
                <numerusform>%n cuestionarios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s) done together</source>
            <translation>
                <numerusform>%n práctica hecha en sesión</numerusform>
                <numerusform>%n prácticas hechas en sesión</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rating(s) on your own scales</source>
            <translation>
                <numerusform>%n valoración en tus propias escalas</numerusform>
                <numerusform>%n valoraciones en tus propias escalas</numerusform>
            </translation>
        </message>
        <message>
            <source>Deleting {name}'s record removes {name} and:</source>
            <translation>Borrar el expediente de {name} quita a {name} y:</translation>
        </message>
        <message>
            <source>no sessions or anything recorded in them</source>
            <translation>ninguna sesión ni nada registrado en ellas</translation>
        </message>
        <message>
            <source>It cannot be undone. Backups made before now still hold this record until they are replaced or removed. The deletion log keeps only the date, the rule, the months of the first and last sessions and how many there were.</source>
            <translation>No se puede deshacer. Las copias de seguridad hechas antes de ahora siguen teniendo este expediente hasta que se reemplacen o se quiten. El registro de eliminaciones solo guarda la fecha, la regla, los meses de la primera y la última sesión y cuántas hubo.</translation>
        </message>
        <message>
            <source>deleted by hand before its time ({rule})</source>
            <translation>borrado a mano antes de tiempo ({rule})</translation>
        </message>
        <message numerus="yes">
            <source>Deleted the record for good (%n session(s)). The deletion log has one more line.</source>
            <translation>
                <numerusform>Expediente borrado para siempre (%n sesión). El registro de eliminaciones tiene una línea más.</numerusform>
                <numerusform>Expediente borrado para siempre (%n sesiones). El registro de eliminaciones tiene una línea más.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add --yes to delete without being asked.</source>
            <translation>Añade --yes para borrar sin que se te pregunte.</translation>
        </message>
        <message>
            <source>Type yes to delete it for good: </source>
            <translation>Escribe sí para borrarlo para siempre: </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
    </context>
    <context>
        <name>CliSelfCheck</name>
        <message>
            <source>Qt cannot be loaded: {error}</source>
            <translation>No se puede cargar Qt: {error}</translation>
        </message>
        <message>
            <source>SQLCipher reports no cipher_version: encryption is not available</source>
            <translation>SQLCipher no informa de ningún cipher_version: el cifrado no está disponible</translation>
        </message>
        <message>
            <source>SQLCipher was built without FTS5: search will not work</source>
            <translation>SQLCipher se compiló sin FTS5: la búsqueda no funcionará</translation>
        </message>
        <message>
            <source>SQLCipher cannot be loaded: {error}</source>
            <translation>No se puede cargar SQLCipher: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Resources: %n file(s) in {folder}</source>
            <translation>
                <numerusform>Recursos: %n archivo en {folder}</numerusform>
                <numerusform>Recursos: %n archivos en {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>bundled resource {name} is missing from {folder}</source>
            <translation>falta el recurso incluido {name} en {folder}</translation>
        </message>
        <message>
            <source>Every part of HJ Journal is present.</source>
            <translation>Están todas las partes de HJ Journal.</translation>
        </message>
    </context>
    <context>
        <name>CliShare</name>
        <message>
            <source>a practice vault's sessions: list, sign and share them; keeping records</source>
            <translation>las sesiones de una bóveda de práctica: mostrarlas, firmarlas y compartirlas; conservar expedientes</translation>
        </message>
        <message>
            <source>A practice vault's sessions.</source>
            <translation>Las sesiones de una bóveda de práctica.</translation>
        </message>
        <message>
            <source>list the sessions, newest first, with their numbers</source>
            <translation>mostrar las sesiones, de la más reciente a la más antigua, con sus números</translation>
        </message>
        <message>
            <source>the session's number (see 'list')</source>
            <translation>el número de la sesión (consulta 'list')</translation>
        </message>
        <message>
            <source>finish and sign a session's notes (afterwards they can only be amended)</source>
            <translation>terminar y firmar las notas de una sesión (después solo se pueden completar con enmiendas)</translation>
        </message>
        <message>
            <source>write a session's summary to an encrypted file for the client and print its code</source>
            <translation>guardar el resumen de una sesión en un archivo cifrado para el cliente y mostrar su código</translation>
        </message>
        <message>
            <source>the file to write (ending in {suffix})</source>
            <translation>el archivo que se va a guardar (terminado en {suffix})</translation>
        </message>
        <message>
            <source>add a summary your practitioner shared with you (a .hjshare file) to your journal</source>
            <translation>añadir a tu diario un resumen que te compartió tu profesional (un archivo .hjshare)</translation>
        </message>
        <message>
            <source>the file your practitioner gave you</source>
            <translation>el archivo que te dio tu profesional</translation>
        </message>
        <message>
            <source>read the code from a file (else it is asked for)</source>
            <translation>leer el código de un archivo (si no, se pregunta)</translation>
        </message>
        <message>
            <source>SESSION is a session's number, as 'hj-journal sessions list' shows it.</source>
            <translation>SESSION es el número de una sesión, como lo muestra 'hj-journal sessions list'.</translation>
        </message>
        <message>
            <source>This is a personal vault: sessions are kept in a practice vault.</source>
            <translation>Esta es una bóveda personal: las sesiones se guardan en una bóveda de práctica.</translation>
        </message>
        <message>
            <source>(running)</source>
            <translation>(en curso)</translation>
        </message>
        <message>
            <source>(notes signed)</source>
            <translation>(notas firmadas)</translation>
        </message>
        <message>
            <source>No sessions yet.</source>
            <translation>Todavía no hay sesiones.</translation>
        </message>
        <message>
            <source>The notes of session {number} are signed ({when}). From now on they can only be amended, in the app.</source>
            <translation>Las notas de la sesión {number} están firmadas ({when}). A partir de ahora solo se pueden completar con enmiendas, en la app.</translation>
        </message>
        <message>
            <source>{path} is a folder. Give a file name for the summary.</source>
            <translation>{path} es una carpeta. Indica un nombre de archivo para el resumen.</translation>
        </message>
        <message>
            <source>There is already a file at {path}; choose another name.</source>
            <translation>Ya hay un archivo en {path}; elige otro nombre.</translation>
        </message>
        <message>
            <source>There is no folder {folder} to write the summary in.</source>
            <translation>No existe la carpeta {folder} para guardar el resumen.</translation>
        </message>
        <message>
            <source>Saved the summary, encrypted, to {path}.</source>
            <translation>El resumen se guardó, cifrado, en {path}.</translation>
        </message>
        <message>
            <source>The code that opens it is below. It is shown only this once and kept nowhere: read it to your client or write it down for them, and give them the file.</source>
            <translation>El código que lo abre está debajo. Solo se muestra esta vez y no se guarda en ningún sitio: léeselo a tu cliente o anótaselo, y dale el archivo.</translation>
        </message>
        <message>
            <source>No code given: type it at the prompt, or use --code-file PATH.</source>
            <translation>No se indicó ningún código: escríbelo cuando se te pida o usa --code-file PATH.</translation>
        </message>
        <message>
            <source>The code that came with the file: </source>
            <translation>El código que vino con el archivo: </translation>
        </message>
    </context>
    <context>
        <name>CliVault</name>
        <message>
            <source>create a new vault</source>
            <translation>crear una bóveda nueva</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>a neutral name for the vault</source>
            <translation>un nombre neutro para la bóveda</translation>
        </message>
        <message>
            <source>a practice vault, for sessions with clients</source>
            <translation>una bóveda de práctica, para sesiones con clientes</translation>
        </message>
        <message>
            <source>check the vault for damage</source>
            <translation>comprobar si la bóveda tiene daños</translation>
        </message>
        <message>
            <source>change the passphrase</source>
            <translation>cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>Change the passphrase. On its own this puts a new lock on the same key: older copies of the key file (in backups, say) still open with the old passphrase. With --rotate the journal gets a fresh key and a new recovery key, and the backups this computer can reach are replaced, so old secrets open nothing new.</source>
            <translation>Cambiar la frase de contraseña. Por sí solo, esto pone un cerrojo nuevo a la misma llave: las copias antiguas del archivo de claves (en copias de seguridad, por ejemplo) siguen abriéndose con la frase anterior. Con --rotate el diario recibe una llave nueva y una clave de recuperación nueva, y se reemplazan las copias de seguridad a las que llega este equipo, así que los secretos antiguos no abren nada nuevo.</translation>
        </message>
        <message>
            <source>read the new passphrase from a file</source>
            <translation>leer la nueva frase de contraseña de un archivo</translation>
        </message>
        <message>
            <source>someone may know your passphrase: a fresh key, a new recovery key, new backups</source>
            <translation>alguien puede conocer tu frase de contraseña: una llave nueva, una clave de recuperación nueva, copias de seguridad nuevas</translation>
        </message>
        <message>
            <source>make a new recovery key (the old one stops working)</source>
            <translation>crear una clave de recuperación nueva (la anterior deja de funcionar)</translation>
        </message>
        <message>
            <source>Make a new recovery key. The journal gets a fresh key as well, and the backups this computer can reach are replaced, so the old recovery key opens nothing new, even with an older copy of the key file. Your passphrase stays the same (it is asked for when you unlock with --recovery-key-file).</source>
            <translation>Crear una clave de recuperación nueva. El diario recibe también una llave nueva, y se reemplazan las copias de seguridad a las que llega este equipo, así que la clave de recuperación anterior no abre nada nuevo, ni siquiera con una copia antigua del archivo de claves. Tu frase de contraseña sigue siendo la misma (se pregunta cuando desbloqueas con --recovery-key-file).</translation>
        </message>
        <message numerus="yes">
            <source>Please choose a passphrase of at least %n character(s).</source>
            <translation>
                <numerusform>Elige una frase de contraseña de al menos %n carácter.</numerusform>
                <numerusform>Elige una frase de contraseña de al menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your recovery key (shown only this once):</source>
            <translation>Tu clave de recuperación (solo se muestra esta vez):</translation>
        </message>
        <message>
            <source>Write it down or print it and keep it somewhere safe.</source>
            <translation>Anótala o imprímela y guárdala en un lugar seguro.</translation>
        </message>
        <message>
            <source>It opens your vault if you ever forget your passphrase.</source>
            <translation>Abre tu bóveda si algún día olvidas tu frase de contraseña.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Nueva frase de contraseña: </translation>
        </message>
        <message>
            <source>Created the vault {label}.</source>
            <translation>Se creó la bóveda {label}.</translation>
        </message>
        <message>
            <source>The vault is healthy: every page checked out.</source>
            <translation>La bóveda está bien: todas las páginas pasaron la comprobación.</translation>
        </message>
        <message>
            <source>The vault has damage:</source>
            <translation>La bóveda tiene daños:</translation>
        </message>
        <message>
            <source>Your passphrase has been changed. Your recovery key still works.</source>
            <translation>Tu frase de contraseña cambió. Tu clave de recuperación sigue funcionando.</translation>
        </message>
        <message>
            <source>Older copies of the key file (in backups) still open with the old passphrase; use --rotate if someone may know it.</source>
            <translation>Las copias antiguas del archivo de claves (en copias de seguridad) siguen abriéndose con la frase anterior; usa --rotate si alguien puede conocerla.</translation>
        </message>
        <message>
            <source>Your passphrase has been changed and your journal has a fresh key.</source>
            <translation>Tu frase de contraseña cambió y tu diario tiene una llave nueva.</translation>
        </message>
        <message>
            <source>Your old passphrase and old recovery key no longer open it.</source>
            <translation>Tu frase de contraseña y tu clave de recuperación anteriores ya no lo abren.</translation>
        </message>
        <message>
            <source>Your passphrase (it stays the same): </source>
            <translation>Tu frase de contraseña (sigue siendo la misma): </translation>
        </message>
        <message>
            <source>Your old recovery key no longer opens this vault, and your journal has a fresh key.</source>
            <translation>Tu clave de recuperación anterior ya no abre esta bóveda, y tu diario tiene una llave nueva.</translation>
        </message>
        <message>
            <source>Backups: {problem}</source>
            <translation>Copias de seguridad: {problem}</translation>
        </message>
        <message>
            <source>Your older backups were left as they are and still open with the old secrets.</source>
            <translation>Tus copias de seguridad anteriores se dejaron como estaban y siguen abriéndose con los secretos anteriores.</translation>
        </message>
        <message numerus="yes">
            <source>Backups: %n fresh backup(s) under the new key</source>
            <translation>
                <numerusform>Copias de seguridad: %n copia nueva con la llave nueva</numerusform>
                <numerusform>Copias de seguridad: %n copias nuevas con la llave nueva</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, and %n older one(s) removed</source>
            <translation>
                <numerusform>, y se quitó %n anterior</numerusform>
                <numerusform>, y se quitaron %n anteriores</numerusform>
            </translation>
        </message>
        <message>
            <source>Not reachable now: {folder}</source>
            <translation>Ahora no se puede llegar a: {folder}</translation>
        </message>
        <message>
            <source>The backups there still open with the old passphrase and recovery key. When it is plugged in, delete them and make a new one (hj-journal backup --to {folder}).</source>
            <translation>Las copias de seguridad que hay ahí siguen abriéndose con la frase de contraseña y la clave de recuperación anteriores. Cuando esté conectada, bórralas y haz una nueva (hj-journal backup --to {folder}).</translation>
        </message>
        <message>
            <source>Copies made elsewhere (another disk, a cloud folder, a backup you moved) still open with the old passphrase and recovery key.</source>
            <translation>Las copias hechas en otros sitios (otro disco, una carpeta en la nube, una copia que moviste) siguen abriéndose con la frase de contraseña y la clave de recuperación anteriores.</translation>
        </message>
    </context>
    <context>
        <name>StoreErrors</name>
        <message>
            <source>That passphrase does not open a vault here.</source>
            <translation>Esa frase de contraseña no abre ninguna bóveda de aquí.</translation>
        </message>
        <message>
            <source>That passphrase does not open this vault.</source>
            <translation>Esa frase de contraseña no abre esta bóveda.</translation>
        </message>
        <message>
            <source>That recovery key does not open a vault here.</source>
            <translation>Esa clave de recuperación no abre ninguna bóveda de aquí.</translation>
        </message>
        <message>
            <source>That recovery key does not open this vault.</source>
            <translation>Esa clave de recuperación no abre esta bóveda.</translation>
        </message>
        <message>
            <source>The code seems to have a typo in it. Please check each group.</source>
            <translation>Parece que el código tiene un error de escritura. Revisa cada grupo.</translation>
        </message>
        <message>
            <source>The journal's database file is missing from this vault.</source>
            <translation>Falta el archivo de la base de datos del diario en esta bóveda.</translation>
        </message>
        <message>
            <source>The journal's database is damaged, so it was not opened.</source>
            <translation>La base de datos del diario está dañada, así que no se abrió.</translation>
        </message>
        <message>
            <source>The vault is locked.</source>
            <translation>La bóveda está bloqueada.</translation>
        </message>
        <message>
            <source>The vault's key file is damaged, so the vault cannot be opened safely.</source>
            <translation>El archivo de claves de la bóveda está dañado, así que la bóveda no se puede abrir con seguridad.</translation>
        </message>
        <message>
            <source>There is already a vault in that folder.</source>
            <translation>Ya hay una bóveda en esa carpeta.</translation>
        </message>
        <message>
            <source>There is more than one vault; choose one with --vault LABEL.</source>
            <translation>Hay más de una bóveda; elige una con --vault LABEL.</translation>
        </message>
        <message>
            <source>There is no vault in that folder.</source>
            <translation>No hay ninguna bóveda en esa carpeta.</translation>
        </message>
        <message>
            <source>There is no vault yet. Create one with 'hj-journal init'.</source>
            <translation>Todavía no hay ninguna bóveda. Crea una con 'hj-journal init'.</translation>
        </message>
        <message>
            <source>HJ Journal never downgrades a vault; restore a backup instead.</source>
            <translation>HJ Journal nunca lleva una bóveda a una versión anterior; en su lugar, restaura una copia de seguridad.</translation>
        </message>
        <message>
            <source>That is a folder. Choose the summary file itself.</source>
            <translation>Es una carpeta. Elige el archivo del resumen.</translation>
        </message>
        <message>
            <source>This file is cut short. Ask your practitioner to share the summary with you again.</source>
            <translation>Este archivo está cortado. Pide a tu profesional que vuelva a compartirte el resumen.</translation>
        </message>
        <message>
            <source>This file is empty, so there is nothing in it to receive.</source>
            <translation>Este archivo está vacío, así que no hay nada que recibir.</translation>
        </message>
        <message>
            <source>This file is far larger than a shared summary can be, so it was not opened.</source>
            <translation>Este archivo es mucho más grande de lo que puede ser un resumen compartido, así que no se abrió.</translation>
        </message>
        <message>
            <source>This file is not a summary shared from HJ Journal.</source>
            <translation>Este archivo no es un resumen compartido desde HJ Journal.</translation>
        </message>
        <message>
            <source>Type the code your practitioner gave you with the file.</source>
            <translation>Escribe el código que te dio tu profesional con el archivo.</translation>
        </message>
        <message>
            <source>The vault is busy with another change or backup (perhaps in another window). Please try again in a moment.</source>
            <translation>La bóveda está ocupada con otro cambio o una copia de seguridad (quizá en otra ventana). Vuelve a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>The vault is open in another window or command. Close it there (or lock it), then try again.</source>
            <translation>La bóveda está abierta en otra ventana u orden. Ciérrala ahí (o bloquéala) y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The vault's key was changed somewhere else a moment ago. Please lock the vault, unlock it again and try once more.</source>
            <translation>La llave de la bóveda se cambió en otro sitio hace un momento. Bloquea la bóveda, desbloquéala otra vez y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>This code does not open this file. Check the code with your practitioner; if it is right, the file may have changed on the way, and they can share it again.</source>
            <translation>Este código no abre este archivo. Revisa el código con tu profesional; si es correcto, puede que el archivo cambiara por el camino, y puede volver a compartirlo.</translation>
        </message>
        <message>
            <source>The vault's key file carries a key that does not belong to this vault; it may have been tampered with, so the vault was not opened.</source>
            <translation>El archivo de claves de la bóveda lleva una llave que no es de esta bóveda; puede que alguien lo haya manipulado, así que la bóveda no se abrió.</translation>
        </message>
    </context>
    <context>
        <name>SyncCli</name>
        <message>
            <source>keep this vault in step on several devices through a synced folder</source>
            <translation>mantener esta bóveda al día en varios dispositivos a través de una carpeta sincronizada</translation>
        </message>
        <message>
            <source>Keep one journal on several devices through a folder a sync tool (such as Syncthing) keeps the same on each of them. HJ Journal itself never uses the network.</source>
            <translation>Tener un mismo diario en varios dispositivos a través de una carpeta que una herramienta de sincronización (como Syncthing) mantiene igual en cada uno. HJ Journal por sí mismo nunca usa la red.</translation>
        </message>
        <message>
            <source>keep this vault in step through the folder DIR</source>
            <translation>mantener esta bóveda al día a través de la carpeta DIR</translation>
        </message>
        <message>
            <source>a folder your sync tool shares</source>
            <translation>una carpeta que comparte tu herramienta de sincronización</translation>
        </message>
        <message>
            <source>send this device's changes and take the others'</source>
            <translation>enviar los cambios de este dispositivo y recibir los de los demás</translation>
        </message>
        <message>
            <source>the devices, the last change read from each, and entries edited on two devices</source>
            <translation>los dispositivos, el último cambio leído de cada uno y las entradas editadas en dos dispositivos</translation>
        </message>
        <message>
            <source>make this device's copy of a vault kept in the folder DIR</source>
            <translation>crear en este dispositivo su copia de una bóveda que está en la carpeta DIR</translation>
        </message>
        <message>
            <source>the synced folder (as your sync tool has it)</source>
            <translation>la carpeta sincronizada (como la tiene tu herramienta de sincronización)</translation>
        </message>
        <message>
            <source>what to call the vault on this device</source>
            <translation>cómo llamar a la bóveda en este dispositivo</translation>
        </message>
        <message>
            <source>stop keeping this vault in step (files stay)</source>
            <translation>dejar de mantener esta bóveda al día (los archivos se quedan)</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n change(s).</source>
            <translation>
                <numerusform>Se envió %n cambio.</numerusform>
                <numerusform>Se enviaron %n cambios.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Took in %n change(s) from other devices.</source>
            <translation>
                <numerusform>Se recibió %n cambio de otros dispositivos.</numerusform>
                <numerusform>Se recibieron %n cambios de otros dispositivos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Already in step: nothing new to send or take in.</source>
            <translation>Ya está al día: no hay nada nuevo que enviar ni recibir.</translation>
        </message>
        <message>
            <source>Your passphrase was changed on another device; from now on it opens this vault here too.</source>
            <translation>Tu frase de contraseña se cambió en otro dispositivo; a partir de ahora también abre esta bóveda aquí.</translation>
        </message>
        <message>
            <source>This vault's key was changed on another device. Nothing more is sent from here until you open it with the passphrase you use there.</source>
            <translation>La llave de esta bóveda se cambió en otro dispositivo. No se envía nada más desde aquí hasta que la abras con la frase de contraseña que usas allí.</translation>
        </message>
        <message>
            <source>This vault is now kept in step through {folder}. On your other device, run 'hj-journal sync join {folder}' once your sync tool has copied it there.</source>
            <translation>Ahora esta bóveda se mantiene al día a través de {folder}. En tu otro dispositivo, ejecuta 'hj-journal sync join {folder}' cuando tu herramienta de sincronización la haya copiado allí.</translation>
        </message>
        <message>
            <source>This vault is not kept in step with a folder ('sync setup DIR').</source>
            <translation>Esta bóveda no se mantiene al día con ninguna carpeta ('sync setup DIR').</translation>
        </message>
        <message>
            <source>Folder: {folder}</source>
            <translation>Carpeta: {folder}</translation>
        </message>
        <message>
            <source>This device: {device}</source>
            <translation>Este dispositivo: {device}</translation>
        </message>
        <message>
            <source>Last change set sent from here: {n}</source>
            <translation>Último conjunto de cambios enviado desde aquí: {n}</translation>
        </message>
        <message>
            <source>No other device has joined yet.</source>
            <translation>Todavía no se ha unido ningún otro dispositivo.</translation>
        </message>
        <message>
            <source>Device {device}: read up to change set {n}, {waiting} waiting</source>
            <translation>Dispositivo {device}: leído hasta el conjunto de cambios {n}, {waiting} en espera</translation>
        </message>
        <message numerus="yes">
            <source>%n entr(y|ies) edited on two devices, waiting for you to choose</source>
            <translation>
                <numerusform>%n entrada editada en dos dispositivos, a la espera de que elijas</numerusform>
                <numerusform>%n entradas editadas en dos dispositivos, a la espera de que elijas</numerusform>
            </translation>
        </message>
        <message>
            <source>Passphrase of the vault you are joining: </source>
            <translation>Frase de contraseña de la bóveda a la que te unes: </translation>
        </message>
        <message>
            <source>This device now has its own copy of the vault, called {label}.</source>
            <translation>Este dispositivo ya tiene su propia copia de la bóveda, llamada {label}.</translation>
        </message>
        <message>
            <source>This vault is no longer kept in step; the folder's files stay.</source>
            <translation>Esta bóveda ya no se mantiene al día; los archivos de la carpeta se quedan.</translation>
        </message>
    </context>
</TS>
