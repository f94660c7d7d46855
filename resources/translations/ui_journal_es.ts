<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AttachmentOpening</name>
        <message>
            <source>A copy of {name} goes to a private folder in memory, and your usual app opens it.</source>
            <extracomment>Hands a file to the desktop; False when nothing could open it.</extracomment>
            <translation>Una copia de {name} va a una carpeta privada en la memoria, y tu app habitual la abre.</translation>
        </message>
        <message>
            <source>A copy of {name} goes to a private folder on this computer (it has no folder in memory), and your usual app opens it.</source>
            <translation>Una copia de {name} va a una carpeta privada de este equipo (no tiene una carpeta en la memoria), y tu app habitual la abre.</translation>
        </message>
        <message>
            <source>Open outside the vault</source>
            <translation>Abrir fuera de la bóveda</translation>
        </message>
        <message>
            <source>Open it</source>
            <translation>Abrirla</translation>
        </message>
        <message>
            <source>Keep it inside</source>
            <translation>Dejarla dentro</translation>
        </message>
        <message>
            <source>The copy is not encrypted while it is there. It is overwritten and removed when you lock the journal or close the app. The other app may remember the file in its list of recent files.</source>
            <translation>La copia no está cifrada mientras está ahí. Se sobrescribe y se elimina cuando bloqueas el diario o cierras la app. La otra app puede recordar el archivo en su lista de archivos recientes.</translation>
        </message>
        <message>
            <source>That file has been taken out of the entry.</source>
            <translation>Ese archivo ya se quitó de la entrada.</translation>
        </message>
        <message>
            <source>No app on this computer opened {name}. You can save a copy instead.</source>
            <translation>Ninguna app de este equipo abrió {name}. Puedes guardar una copia en su lugar.</translation>
        </message>
        <message>
            <source>{name} is open in another app. Its copy is removed when you lock the journal.</source>
            <translation>{name} está abierto en otra app. Su copia se elimina cuando bloqueas el diario.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentStrip</name>
        <message>
            <source>Photos and files in this entry</source>
            <translation>Fotos y archivos de esta entrada</translation>
        </message>
        <message>
            <source>Add photo or file…</source>
            <translation>Añadir foto o archivo…</translation>
        </message>
        <message>
            <source>Add a photo or file to this entry</source>
            <translation>Añadir una foto o un archivo a esta entrada</translation>
        </message>
        <message>
            <source>You can also drop files here or paste a picture into the writing.</source>
            <translation>También puedes soltar archivos aquí o pegar una imagen en el texto.</translation>
        </message>
        <message>
            <source>Photos and files</source>
            <translation>Fotos y archivos</translation>
        </message>
        <message>
            <source>About the photos and files</source>
            <translation>Sobre las fotos y los archivos</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>Grabación</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>{kind} {name}, {size}</source>
            <translation>{kind} {name}, {size}</translation>
        </message>
        <message>
            <source>Look at it</source>
            <translation>Verla</translation>
        </message>
        <message>
            <source>Open in your player…</source>
            <translation>Abrir en tu reproductor…</translation>
        </message>
        <message>
            <source>Open in another app…</source>
            <translation>Abrir en otra app…</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Guardar una copia…</translation>
        </message>
        <message>
            <source>Take out of this entry…</source>
            <translation>Quitar de esta entrada…</translation>
        </message>
        <message>
            <source>Write something or give the entry a title first; then you can add photos and files.</source>
            <translation>Primero escribe algo o ponle un título a la entrada; después podrás añadir fotos y archivos.</translation>
        </message>
        <message>
            <source>Pasted picture.png</source>
            <translation>Imagen pegada.png</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n file(s)…</source>
            <translation>
                <numerusform>Añadiendo %n archivo…</numerusform>
                <numerusform>Añadiendo %n archivos…</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is kept in the entry, but it can't be shown here: this computer can't read that kind of picture. Save a copy to open it elsewhere.</source>
            <translation>{name} se conserva en la entrada, pero no se puede mostrar aquí: este equipo no puede leer ese tipo de imagen. Guarda una copia para abrirla en otro lugar.</translation>
        </message>
        <message>
            <source>Location, camera and other details were taken out of {name}.</source>
            <translation>Se quitaron de {name} la ubicación, la cámara y otros detalles.</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>Abriendo {name}…</translation>
        </message>
        <message>
            <source>This picture can't be shown</source>
            <translation>Esta imagen no se puede mostrar</translation>
        </message>
        <message>
            <source>This computer can't read that kind of picture. It is kept safely in the entry; you can save a copy to open it elsewhere.</source>
            <translation>Este equipo no puede leer ese tipo de imagen. Se conserva a salvo en la entrada; puedes guardar una copia para abrirla en otro lugar.</translation>
        </message>
        <message>
            <source>A copy of {name} is saved outside the vault, not encrypted.</source>
            <translation>Se guardó una copia de {name} fuera de la bóveda, sin cifrar.</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>Add photos or files</source>
            <translation>Añadir fotos o archivos</translation>
        </message>
        <message>
            <source>Save a copy outside the vault</source>
            <translation>Guardar una copia fuera de la bóveda</translation>
        </message>
        <message>
            <source>The copy of {name} will not be encrypted.</source>
            <translation>La copia de {name} no estará cifrada.</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Guardar una copia</translation>
        </message>
        <message>
            <source>Keep it inside</source>
            <translation>Dejarla dentro</translation>
        </message>
        <message>
            <source>Anyone who can open the folder you choose can open the copy, and other apps may remember it. The file in your entry stays encrypted.</source>
            <translation>Cualquier persona que pueda abrir la carpeta que elijas podrá abrir la copia, y otras apps pueden recordarla. El archivo de tu entrada sigue cifrado.</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Please confirm</source>
            <translation>Confírmalo, por favor</translation>
        </message>
        <message>
            <source>Take {name} out of this entry?</source>
            <translation>¿Quitar {name} de esta entrada?</translation>
        </message>
        <message>
            <source>Take it out</source>
            <translation>Quitarlo</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservarlo</translation>
        </message>
        <message>
            <source>Other entries that hold the same file keep theirs.</source>
            <translation>Las otras entradas que tienen el mismo archivo conservan el suyo.</translation>
        </message>
    </context>
    <context>
        <name>BrowsePanel</name>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;Nueva entrada</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>New entry from a template</source>
            <translation>Nueva entrada a partir de una plantilla</translation>
        </message>
        <message>
            <source>Search your journal</source>
            <translation>Buscar en tu diario</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Más recientes primero</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>Mejor coincidencia</translation>
        </message>
        <message>
            <source>Order of search results</source>
            <translation>Orden de los resultados de búsqueda</translation>
        </message>
        <message>
            <source>Sea&amp;rch</source>
            <translation>B&amp;uscar</translation>
        </message>
        <message>
            <source>&amp;Order</source>
            <translation>&amp;Orden</translation>
        </message>
        <message>
            <source>Ta&amp;g</source>
            <translation>&amp;Etiqueta</translation>
        </message>
        <message>
            <source>&amp;Days</source>
            <translation>&amp;Días</translation>
        </message>
        <message>
            <source>Show all days</source>
            <translation>Mostrar todos los días</translation>
        </message>
        <message>
            <source>Show entries from all days</source>
            <translation>Mostrar entradas de todos los días</translation>
        </message>
        <message>
            <source>Word forms for search</source>
            <translation>Formas de las palabras para la búsqueda</translation>
        </message>
        <message>
            <source>How many entries are shown</source>
            <translation>Cuántas entradas se muestran</translation>
        </message>
        <message>
            <source>Timeline of entries</source>
            <translation>Línea de tiempo de las entradas</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de búsqueda</translation>
        </message>
        <message>
            <source>&amp;Entries</source>
            <translation>En&amp;tradas</translation>
        </message>
        <message>
            <source>Ca&amp;lendar</source>
            <translation>Ca&amp;lendario</translation>
        </message>
        <message>
            <source>Tras&amp;h</source>
            <translation>&amp;Papelera</translation>
        </message>
        <message>
            <source>Show the trash</source>
            <translation>Mostrar la papelera</translation>
        </message>
        <message>
            <source>Fro&amp;m my sessions</source>
            <translation>De &amp;mis sesiones</translation>
        </message>
        <message>
            <source>Show the summaries from my sessions</source>
            <translation>Mostrar los resúmenes de mis sesiones</translation>
        </message>
        <message>
            <source>Search is catching up with many changes ({percent} %). Until then it may not find every entry.</source>
            <translation>La búsqueda se está poniendo al día con muchos cambios ({percent} %). Hasta entonces, puede que no encuentre todas las entradas.</translation>
        </message>
        <message>
            <source>Search is learning word forms ({percent} %). Until then it finds the exact words you type.</source>
            <translation>La búsqueda está aprendiendo las formas de las palabras ({percent} %). Mientras tanto encuentra las palabras exactas que escribes.</translation>
        </message>
    </context>
    <context>
        <name>DaysFilter</name>
        <message>
            <source>Show entries from these days</source>
            <extracomment>A range of days: the first day, or None for no limit (up to today and beyond).</extracomment>
            <translation>Mostrar entradas de estos días</translation>
        </message>
        <message>
            <source>All days</source>
            <translation>Todos los días</translation>
        </message>
        <message>
            <source>Past 7 days</source>
            <translation>Últimos 7 días</translation>
        </message>
        <message>
            <source>Past 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <source>Past 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
    </context>
    <context>
        <name>EntryCalendar</name>
        <message>
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <source>Days with entries are bold and underlined. Choose a day to see its entries.</source>
            <translation>Los días con entradas aparecen en negrita y subrayados. Elige un día para ver sus entradas.</translation>
        </message>
    </context>
    <context>
        <name>EntryDelegate</name>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Content note: %1</source>
            <translation>Aviso de contenido: %1</translation>
        </message>
        <message>
            <source>Edited on two devices</source>
            <translation>Editada en dos dispositivos</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <source>A title, if you like</source>
            <translation>Un título, si quieres</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Date of the entry</source>
            <translation>Fecha de la entrada</translation>
        </message>
        <message>
            <source>rest, family, work — separated by commas</source>
            <translation>descanso, familia, trabajo — separadas por comas</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Optional — shown before the entry's words</source>
            <translation>Opcional: se muestra antes del texto de la entrada</translation>
        </message>
        <message>
            <source>Content note</source>
            <translation>Aviso de contenido</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>D&amp;ate</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <source>Ta&amp;gs</source>
            <translation>&amp;Etiquetas</translation>
        </message>
        <message>
            <source>Content &amp;note</source>
            <translation>&amp;Aviso de contenido</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <source>&amp;Entry</source>
            <translation>E&amp;ntrada</translation>
        </message>
        <message>
            <source>Word count</source>
            <translation>Número de palabras</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <source>Discard changes…</source>
            <translation>Descartar los cambios…</translation>
        </message>
        <message>
            <source>Discard unsaved changes</source>
            <translation>Descartar los cambios sin guardar</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>Mover a la papelera</translation>
        </message>
        <message>
            <source>Move this entry to the trash</source>
            <translation>Mover esta entrada a la papelera</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save entry</source>
            <translation>Guardar la entrada</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Guardar (Ctrl+S)</translation>
        </message>
        <message>
            <source>Saved at %1</source>
            <translation>Guardado a las %1</translation>
        </message>
        <message>
            <source>Unsaved writing from %1, kept as a draft.</source>
            <translation>Texto sin guardar (%1), conservado como borrador.</translation>
        </message>
        <message>
            <source>Draft kept at %1.</source>
            <translation>Borrador conservado a las %1.</translation>
        </message>
        <message>
            <source>There's nothing to save yet.</source>
            <translation>Todavía no hay nada que guardar.</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palabra</numerusform>
                <numerusform>%n palabras</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryTemplateForm</name>
        <message>
            <source>Edit entry template</source>
            <translation>Editar la plantilla de entrada</translation>
        </message>
        <message>
            <source>New entry template</source>
            <translation>Nueva plantilla de entrada</translation>
        </message>
        <message>
            <source>A new entry starts with these words, and you write from there. {date} in the title or the text becomes the day of the entry. Entries already written never change.</source>
            <translation>Una entrada nueva empieza con estas palabras, y escribes a partir de ahí. {date} en el título o en el texto se convierte en el día de la entrada. Las entradas ya escritas nunca cambian.</translation>
        </message>
        <message>
            <source>Name of the template</source>
            <translation>Nombre de la plantilla</translation>
        </message>
        <message>
            <source>For example: Evening walk</source>
            <translation>Por ejemplo: Paseo al atardecer</translation>
        </message>
        <message>
            <source>Title of a new entry</source>
            <translation>Título de una entrada nueva</translation>
        </message>
        <message>
            <source>For example: Evening walk — {date}</source>
            <translation>Por ejemplo: Paseo al atardecer — {date}</translation>
        </message>
        <message>
            <source>Tags of a new entry</source>
            <translation>Etiquetas de una entrada nueva</translation>
        </message>
        <message>
            <source>rest, walk — separated by commas</source>
            <translation>descanso, paseo — separadas por comas</translation>
        </message>
        <message>
            <source>Text a new entry starts with</source>
            <translation>Texto con el que empieza una entrada nueva</translation>
        </message>
        <message>
            <source>Headings and questions, in Markdown. For example:

## What I noticed</source>
            <translation>Títulos y preguntas, en Markdown. Por ejemplo:

## Lo que noté</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>Ta&amp;gs</source>
            <translation>&amp;Etiquetas</translation>
        </message>
        <message>
            <source>Te&amp;xt</source>
            <translation>Te&amp;xto</translation>
        </message>
    </context>
    <context>
        <name>EntryTemplates</name>
        <message>
            <source>Delete the template?</source>
            <translation>¿Eliminar la plantilla?</translation>
        </message>
        <message>
            <source>Delete the template “{name}”?</source>
            <translation>¿Eliminar la plantilla “{name}”?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservarlo</translation>
        </message>
        <message>
            <source>Entries already written with it stay as they are.</source>
            <translation>Las entradas ya escritas con ella quedan como están.</translation>
        </message>
        <message>
            <source>Import an entry template</source>
            <translation>Importar una plantilla de entrada</translation>
        </message>
        <message>
            <source>Templates (*.toml)</source>
            <translation>Plantillas (*.toml)</translation>
        </message>
        <message>
            <source>Export the entry template</source>
            <translation>Exportar la plantilla de entrada</translation>
        </message>
        <message>
            <source>Title: {title}</source>
            <translation>Título: {title}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Etiquetas: {tags}</translation>
        </message>
        <message>
            <source>Hidden from New entry's menu.</source>
            <translation>Oculta en el menú de Nueva entrada.</translation>
        </message>
    </context>
    <context>
        <name>EntryTemplatesDialog</name>
        <message>
            <source>Entry templates</source>
            <translation>Plantillas de entrada</translation>
        </message>
        <message>
            <source>A template gives a new entry a title, tags and a few headings to write under. Choose one from New entry's menu. Changing or deleting a template never changes entries already written.</source>
            <translation>Una plantilla le da a una entrada nueva un título, etiquetas y algunos títulos bajo los que escribir. Elige una en el menú de Nueva entrada. Cambiar o eliminar una plantilla nunca cambia las entradas ya escritas.</translation>
        </message>
        <message>
            <source>&amp;New template…</source>
            <translation>&amp;Nueva plantilla…</translation>
        </message>
        <message>
            <source>&amp;Copy as my own…</source>
            <translation>&amp;Copiar como mía…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <source>&amp;Hide from the menu</source>
            <translation>&amp;Ocultar del menú</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>{name} (built in, hidden)</source>
            <translation>{name} (incluida, oculta)</translation>
        </message>
        <message>
            <source>{name} (built in)</source>
            <translation>{name} (incluida)</translation>
        </message>
        <message>
            <source>&amp;Show in the menu</source>
            <translation>&amp;Mostrar en el menú</translation>
        </message>
        <message>
            <source>“{name}” is saved.</source>
            <translation>“{name}” está guardada.</translation>
        </message>
        <message>
            <source>{name} (my version)</source>
            <translation>{name} (mi versión)</translation>
        </message>
        <message>
            <source>Copy as my own</source>
            <translation>Copiar como mía</translation>
        </message>
        <message>
            <source>“{name}” is deleted.</source>
            <translation>“{name}” se eliminó.</translation>
        </message>
        <message>
            <source>“{name}” is in New entry's menu again.</source>
            <translation>“{name}” vuelve a estar en el menú de Nueva entrada.</translation>
        </message>
        <message>
            <source>“{name}” is hidden from New entry's menu. You can show it again here.</source>
            <translation>“{name}” está oculta en el menú de Nueva entrada. Puedes volver a mostrarla aquí.</translation>
        </message>
        <message>
            <source>The file could not be saved there. Try another folder.</source>
            <translation>No se pudo guardar el archivo ahí. Prueba otra carpeta.</translation>
        </message>
        <message>
            <source>Saved as {name}.</source>
            <translation>Guardado como {name}.</translation>
        </message>
        <message>
            <source>“{name}” is added to your templates.</source>
            <translation>“{name}” se añadió a tus plantillas.</translation>
        </message>
    </context>
    <context>
        <name>FromSessions</name>
        <message>
            <source>A total is not a diagnosis; what it means is best talked through together.</source>
            <translation>Un total no es un diagnóstico; lo mejor es hablar de lo que significa con tu profesional.</translation>
        </message>
        <message>
            <source>From my sessions</source>
            <translation>De mis sesiones</translation>
        </message>
        <message>
            <source>Summaries your practitioner shared with you, kept encrypted in your journal.</source>
            <translation>Resúmenes que tu profesional compartió contigo, guardados cifrados en tu diario.</translation>
        </message>
        <message>
            <source>Re&amp;ceive from my practitioner…</source>
            <translation>Re&amp;cibir de mi profesional…</translation>
        </message>
        <message>
            <source>&amp;Back to writing</source>
            <translation>&amp;Volver a escribir</translation>
        </message>
        <message>
            <source>&amp;Summaries</source>
            <translation>&amp;Resúmenes</translation>
        </message>
        <message>
            <source>Summaries from your sessions</source>
            <translation>Resúmenes de tus sesiones</translation>
        </message>
        <message>
            <source>Nothing here yet. When your practitioner shares a session's summary with you, they give you a file and a code: choose Receive from my practitioner to add it here.</source>
            <translation>Todavía no hay nada aquí. Cuando tu profesional comparta contigo el resumen de una sesión, te dará un archivo y un código: elige Recibir de mi profesional para añadirlo aquí.</translation>
        </message>
        <message>
            <source>The summary</source>
            <translation>El resumen</translation>
        </message>
        <message>
            <source>&amp;Add these steps to my self-care plan</source>
            <translation>&amp;Añadir estos pasos a mi plan de autocuidado</translation>
        </message>
        <message>
            <source>Show &amp;questionnaire totals</source>
            <translation>Mostrar los &amp;totales de los cuestionarios</translation>
        </message>
        <message>
            <source>&amp;Delete this summary…</source>
            <translation>&amp;Eliminar este resumen…</translation>
        </message>
        <message>
            <source>Questionnaire totals</source>
            <translation>Totales de los cuestionarios</translation>
        </message>
        <message>
            <source>The steps are in your self-care plan, under From my sessions.</source>
            <translation>Los pasos están en tu plan de autocuidado, en De mis sesiones.</translation>
        </message>
        <message>
            <source>Delete this summary</source>
            <translation>Eliminar este resumen</translation>
        </message>
        <message>
            <source>Delete the summary of the {title}? It cannot be brought back.</source>
            <translation>¿Eliminar el resumen de {title}? No se podrá recuperar.</translation>
        </message>
        <message>
            <source>Delete it</source>
            <translation>Eliminarlo</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservarlo</translation>
        </message>
        <message>
            <source>The summary was deleted.</source>
            <translation>El resumen se eliminó.</translation>
        </message>
        <message>
            <source>Open {title} in Coping</source>
            <translation>Abrir {title} en Estrategias</translation>
        </message>
        <message>
            <source>These steps are in your self-care plan</source>
            <translation>Estos pasos están en tu plan de autocuidado</translation>
        </message>
        <message>
            <source>Hide &amp;questionnaire totals</source>
            <translation>Ocultar los &amp;totales de los cuestionarios</translation>
        </message>
        <message>
            <source>Choose the file from your practitioner</source>
            <translation>Elige el archivo de tu profesional</translation>
        </message>
        <message>
            <source>Shared summaries (*{suffix});;Every file (*)</source>
            <translation>Resúmenes compartidos (*{suffix});;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Receive from my practitioner</source>
            <translation>Recibir de mi profesional</translation>
        </message>
        <message>
            <source>A summary from your practitioner</source>
            <translation>Un resumen de tu profesional</translation>
        </message>
        <message>
            <source>Your practitioner gave you a file and a code. Once received, the summary is kept in your journal, encrypted like everything else, under From my sessions.</source>
            <translation>Tu profesional te dio un archivo y un código. Una vez recibido, el resumen se guarda en tu diario, cifrado como todo lo demás, en De mis sesiones.</translation>
        </message>
        <message>
            <source>No file chosen yet.</source>
            <translation>Todavía no elegiste ningún archivo.</translation>
        </message>
        <message>
            <source>The chosen file</source>
            <translation>El archivo elegido</translation>
        </message>
        <message>
            <source>&amp;Choose the file…</source>
            <translation>&amp;Elegir el archivo…</translation>
        </message>
        <message>
            <source>The &amp;file</source>
            <translation>El &amp;archivo</translation>
        </message>
        <message>
            <source>The c&amp;ode that came with it</source>
            <translation>El c&amp;ódigo que venía con él</translation>
        </message>
        <message>
            <source>The code that came with the file</source>
            <translation>El código que venía con el archivo</translation>
        </message>
        <message>
            <source>Type it as it was given; spaces, dashes and small letters are fine.</source>
            <translation>Escríbelo tal como te lo dieron; los espacios, los guiones y las minúsculas no importan.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>&amp;Receive</source>
            <translation>&amp;Recibir</translation>
        </message>
        <message>
            <source>Choose the file your practitioner gave you first.</source>
            <translation>Primero elige el archivo que te dio tu profesional.</translation>
        </message>
    </context>
    <context>
        <name>ImageViewer</name>
        <message>
            <source>Photo {name}</source>
            <translation>Foto {name}</translation>
        </message>
        <message>
            <source>The photo</source>
            <translation>La foto</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>JournalDialogs</name>
        <message>
            <source>Unsaved writing</source>
            <translation>Texto sin guardar</translation>
        </message>
        <message>
            <source>The writing in the editor isn't saved as an entry yet.</source>
            <translation>El texto del editor todavía no está guardado como entrada.</translation>
        </message>
        <message>
            <source>You can save it now, keep writing, or let it go.</source>
            <translation>Puedes guardarlo ahora, seguir escribiendo o dejarlo ir.</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation>Descartarlo</translation>
        </message>
        <message>
            <source>Keep writing</source>
            <translation>Seguir escribiendo</translation>
        </message>
        <message>
            <source>Save it</source>
            <translation>Guardarlo</translation>
        </message>
        <message>
            <source>Discard this writing?</source>
            <translation>¿Descartar este texto?</translation>
        </message>
        <message>
            <source>The unsaved writing will be gone. Saved entries are not touched.</source>
            <translation>El texto sin guardar desaparecerá. Las entradas guardadas no se tocan.</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservarlo</translation>
        </message>
        <message>
            <source>Please confirm</source>
            <translation>Confírmalo, por favor</translation>
        </message>
        <message numerus="yes">
            <source>Delete (this entry|these %n entries) for good?</source>
            <translation>
                <numerusform>¿Eliminar esta entrada para siempre?</numerusform>
                <numerusform>¿Eliminar estas %n entradas para siempre?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(It|These %n entries) can't be brought back from the trash afterwards.</source>
            <translation>
                <numerusform>Después no se podrá recuperar de la papelera.</numerusform>
                <numerusform>Después, estas %n entradas no se podrán recuperar de la papelera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copies may remain in your older encrypted backups until they are rotated away, as newer backups take their place. If every copy needs to go at once, File ▸ Wipe this vault removes the whole vault and its backups.</source>
            <translation>Puede que queden copias en tus copias de seguridad cifradas más antiguas hasta que se renueven, a medida que las más nuevas ocupen su lugar. Si todas las copias deben desaparecer a la vez, Archivo ▸ Borrar esta bóveda elimina la bóveda entera y sus copias de seguridad.</translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Eliminar para siempre</translation>
        </message>
        <message>
            <source>Keep in trash</source>
            <translation>Dejar en la papelera</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Restore it</source>
            <translation>Restaurarla</translation>
        </message>
        <message>
            <source>Restore the entry from the trash</source>
            <translation>Restaurar la entrada desde la papelera</translation>
        </message>
        <message>
            <source>That template isn't here any more.</source>
            <translation>Esa plantilla ya no está aquí.</translation>
        </message>
        <message>
            <source>That entry isn't in your journal any more.</source>
            <translation>Esa entrada ya no está en tu diario.</translation>
        </message>
        <message>
            <source>Moved to the trash. You can restore it for 30 days.</source>
            <translation>Se movió a la papelera. Puedes restaurarla durante 30 días.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Buscando…</translation>
        </message>
        <message numerus="yes">
            <source>%n entr(y matches|ies match).</source>
            <translation>
                <numerusform>%n entrada coincide.</numerusform>
                <numerusform>%n entradas coinciden.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 or more entries match; counting…</source>
            <translation>%1 entradas o más coinciden; contando…</translation>
        </message>
        <message>
            <source>No entries match.</source>
            <translation>Ninguna entrada coincide.</translation>
        </message>
        <message>
            <source>Nothing matches that with the tag or days chosen. Try all tags or all days, or other words.</source>
            <translation>Nada coincide con eso con la etiqueta o los días elegidos. Prueba con todas las etiquetas o todos los días, o con otras palabras.</translation>
        </message>
        <message>
            <source>Nothing matches that yet. Try fewer or different words.</source>
            <translation>Todavía nada coincide con eso. Prueba con menos palabras o con otras.</translation>
        </message>
        <message>
            <source>Entries from %1</source>
            <translation>Entradas del %1</translation>
        </message>
        <message>
            <source>No entries here.</source>
            <translation>No hay entradas aquí.</translation>
        </message>
        <message>
            <source>Your journal is here when you want it. Choose New entry to begin.</source>
            <translation>Tu diario está aquí cuando lo quieras. Elige Nueva entrada para empezar.</translation>
        </message>
    </context>
    <context>
        <name>TagFilter</name>
        <message>
            <source>Show entries with tag</source>
            <translation>Mostrar entradas con la etiqueta</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Todas las etiquetas</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>TemplateMenu</name>
        <message>
            <source>New entry from a template</source>
            <translation>Nueva entrada a partir de una plantilla</translation>
        </message>
        <message>
            <source>Blank entry</source>
            <translation>Entrada en blanco</translation>
        </message>
        <message>
            <source>Manage templates…</source>
            <translation>Gestionar plantillas…</translation>
        </message>
    </context>
    <context>
        <name>TrashView</name>
        <message>
            <source>Trash</source>
            <translation>Papelera</translation>
        </message>
        <message numerus="yes">
            <source>Entries you move here stay for %n day(s), then leave for good. You can bring any of them back until then.</source>
            <translation>
                <numerusform>Las entradas que muevas aquí se quedan %n día y luego se van para siempre. Puedes recuperar cualquiera hasta entonces.</numerusform>
                <numerusform>Las entradas que muevas aquí se quedan %n días y luego se van para siempre. Puedes recuperar cualquiera hasta entonces.</numerusform>
            </translation>
        </message>
        <message>
            <source>Entries in the &amp;trash</source>
            <translation>Entradas en la &amp;papelera</translation>
        </message>
        <message>
            <source>Entries in the trash</source>
            <translation>Entradas en la papelera</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>La papelera está vacía.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Restore the chosen entries</source>
            <translation>Restaurar las entradas elegidas</translation>
        </message>
        <message>
            <source>&amp;Delete for good…</source>
            <translation>&amp;Eliminar para siempre…</translation>
        </message>
        <message>
            <source>Delete the chosen entries for good</source>
            <translation>Eliminar para siempre las entradas elegidas</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>Va&amp;ciar la papelera…</translation>
        </message>
        <message>
            <source>Delete every entry in the trash for good</source>
            <translation>Eliminar para siempre todas las entradas de la papelera</translation>
        </message>
        <message>
            <source>&amp;Back to writing</source>
            <translation>&amp;Volver a escribir</translation>
        </message>
        <message>
            <source>Back to writing</source>
            <translation>Volver a escribir</translation>
        </message>
    </context>
    <context>
        <name>WritingTabs</name>
        <message>
            <source>Your writing</source>
            <translation>Tu texto</translation>
        </message>
        <message>
            <source>Markdown is welcome. Ctrl+S saves.</source>
            <translation>Puedes usar Markdown. Ctrl+S guarda.</translation>
        </message>
        <message>
            <source>Write whatever you like. Markdown is welcome.</source>
            <translation>Escribe lo que quieras. Puedes usar Markdown.</translation>
        </message>
        <message>
            <source>Show the entry</source>
            <translation>Mostrar la entrada</translation>
        </message>
        <message>
            <source>Preview of your writing</source>
            <translation>Vista previa de tu texto</translation>
        </message>
        <message>
            <source>&amp;Write</source>
            <translation>E&amp;scribir</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>Write or preview</source>
            <translation>Escribir o ver la vista previa</translation>
        </message>
        <message>
            <source>Content note: %1</source>
            <translation>Aviso de contenido: %1</translation>
        </message>
    </context>
    <context>
        <name>_EntryRows</name>
        <message>
            <source>Edited on two devices</source>
            <translation>Editada en dos dispositivos</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>tags: %1</source>
            <translation>etiquetas: %1</translation>
        </message>
        <message>
            <source>content note: %1</source>
            <translation>aviso de contenido: %1</translation>
        </message>
    </context>
</TS>
