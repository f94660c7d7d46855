<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>PacksPanel</name>
        <message>
            <source>A pack is a file of prompts you can share: practitioners and groups can write their own. Files are only read, never run, and are checked like the built-in packs.</source>
            <translation>Una colección es un archivo de propuestas que puedes compartir: profesionales y grupos pueden escribir las suyas. Los archivos solo se leen, nunca se ejecutan, y se revisan igual que las colecciones incluidas.</translation>
        </message>
        <message>
            <source>Prompt packs</source>
            <translation>Colecciones de propuestas</translation>
        </message>
        <message>
            <source>&amp;Import a pack…</source>
            <translation>&amp;Importar una colección…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>&amp;New pack…</source>
            <translation>&amp;Nueva colección…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <source>built in</source>
            <translation>incluida</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>tuya</translation>
        </message>
        <message numerus="yes">
            <source>%n prompt(s)</source>
            <translation>
                <numerusform>%n propuesta</numerusform>
                <numerusform>%n propuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added “{name}” with %n prompt(s).</source>
            <translation>
                <numerusform>Se añadió «{name}» con %n propuesta.</numerusform>
                <numerusform>Se añadió «{name}» con %n propuestas.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file could not be read ({reason}).</source>
            <translation>No se pudo leer el archivo ({reason}).</translation>
        </message>
        <message>
            <source>This file can't be used</source>
            <translation>Este archivo no se puede usar</translation>
        </message>
        <message>
            <source>Nothing was added. Each thing that needs changing is listed below.</source>
            <translation>No se añadió nada. Abajo aparece cada cosa que hay que cambiar.</translation>
        </message>
        <message>
            <source>Nothing was added from {name}.</source>
            <translation>No se añadió nada de {name}.</translation>
        </message>
        <message>
            <source>Some prompts were left out</source>
            <translation>Algunas propuestas quedaron fuera</translation>
        </message>
        <message>
            <source>What needs changing in the file is listed below, one problem a line.</source>
            <translation>Abajo aparece lo que hay que cambiar en el archivo, un problema por línea.</translation>
        </message>
        <message>
            <source>The file could not be saved ({reason}).</source>
            <translation>No se pudo guardar el archivo ({reason}).</translation>
        </message>
        <message>
            <source>Saved as {name}.</source>
            <translation>Se guardó como {name}.</translation>
        </message>
        <message>
            <source>the pack “{name}” and its prompts</source>
            <translation>la colección «{name}» y sus propuestas</translation>
        </message>
        <message>
            <source>The pack was deleted.</source>
            <translation>La colección se eliminó.</translation>
        </message>
    </context>
    <context>
        <name>PromptBrowser</name>
        <message>
            <source>Find words in a prompt</source>
            <translation>Buscar palabras en una propuesta</translation>
        </message>
        <message>
            <source>Show &amp;hidden</source>
            <translation>Mostrar &amp;ocultas</translation>
        </message>
        <message>
            <source>P&amp;rinciple</source>
            <translation>&amp;Principio</translation>
        </message>
        <message>
            <source>P&amp;ack</source>
            <translation>Co&amp;lección</translation>
        </message>
        <message>
            <source>Prompts</source>
            <translation>Propuestas</translation>
        </message>
        <message>
            <source>Show the &amp;words of prompts with a content note</source>
            <translation>Mostrar te&amp;xto con aviso de contenido</translation>
        </message>
        <message>
            <source>S&amp;how the prompt</source>
            <translation>&amp;Mostrar la propuesta</translation>
        </message>
        <message>
            <source>&amp;Write about this</source>
            <translation>&amp;Escribir sobre esto</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>E&amp;ditar…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>Elim&amp;inar…</translation>
        </message>
        <message>
            <source>Write your &amp;own prompt…</source>
            <translation>Escribe tu propia p&amp;ropuesta…</translation>
        </message>
        <message>
            <source>Every principle ({n})</source>
            <translation>Todos los principios ({n})</translation>
        </message>
        <message>
            <source>Every pack</source>
            <translation>Todas las colecciones</translation>
        </message>
        <message numerus="yes">
            <source>%n prompt(s) shown</source>
            <translation>
                <numerusform>%n propuesta a la vista</numerusform>
                <numerusform>%n propuestas a la vista</numerusform>
            </translation>
        </message>
        <message>
            <source>{where} · content note: {note}</source>
            <translation>{where} · aviso de contenido: {note}</translation>
        </message>
        <message>
            <source>(hidden) {text}</source>
            <translation>(oculta) {text}</translation>
        </message>
        <message>
            <source>built in</source>
            <translation>incluida</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>tuya</translation>
        </message>
        <message>
            <source>Content note: {note}</source>
            <translation>Aviso de contenido: {note}</translation>
        </message>
        <message>
            <source>&amp;Show again</source>
            <translation>Mostrar de &amp;nuevo</translation>
        </message>
        <message>
            <source>H&amp;ide</source>
            <translation>Oc&amp;ultar</translation>
        </message>
        <message>
            <source>That prompt can be offered again.</source>
            <translation>Esa propuesta puede volver a ofrecerse.</translation>
        </message>
        <message>
            <source>That prompt won't be offered again. Tick “Show hidden” to find it.</source>
            <translation>Esa propuesta no se volverá a ofrecer. Marca «Mostrar ocultas» para encontrarla.</translation>
        </message>
        <message>
            <source>Your prompt is saved.</source>
            <translation>Tu propuesta está guardada.</translation>
        </message>
        <message>
            <source>Your changes are saved.</source>
            <translation>Tus cambios están guardados.</translation>
        </message>
        <message>
            <source>this prompt</source>
            <translation>esta propuesta</translation>
        </message>
        <message>
            <source>The prompt was deleted.</source>
            <translation>La propuesta se eliminó.</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Today's prompt</source>
            <translation>La propuesta de hoy</translation>
        </message>
        <message>
            <source>&amp;Show the prompt</source>
            <translation>&amp;Mostrar la propuesta</translation>
        </message>
        <message>
            <source>No prompt fits your choices today. You can choose which principles prompts come from.</source>
            <translation>Hoy ninguna propuesta encaja con tus elecciones. Puedes elegir de qué principios vienen las propuestas.</translation>
        </message>
        <message>
            <source>&amp;Write about this</source>
            <translation>&amp;Escribir sobre esto</translation>
        </message>
        <message>
            <source>A&amp;nother prompt</source>
            <translation>&amp;Otra propuesta</translation>
        </message>
        <message>
            <source>Not &amp;today</source>
            <translation>&amp;Hoy no</translation>
        </message>
        <message>
            <source>Set this prompt aside for today</source>
            <translation>Dejar esta propuesta a un lado por hoy</translation>
        </message>
        <message>
            <source>&amp;Hide this prompt</source>
            <translation>Ocul&amp;tar esta propuesta</translation>
        </message>
        <message>
            <source>Never offer this prompt again (you can bring it back)</source>
            <translation>No volver a ofrecer esta propuesta (puedes recuperarla)</translation>
        </message>
        <message>
            <source>&amp;Choose prompts…</source>
            <translation>Elegir &amp;propuestas…</translation>
        </message>
        <message>
            <source>Choose where prompts come from, browse them all, or write your own</source>
            <translation>Elige de dónde vienen las propuestas, míralas todas o escribe las tuyas</translation>
        </message>
        <message>
            <source>Show today's prompt</source>
            <translation>Mostrar la propuesta de hoy</translation>
        </message>
        <message>
            <source>Write about today's prompt</source>
            <translation>Escribir sobre la propuesta de hoy</translation>
        </message>
        <message>
            <source>Another prompt for today</source>
            <translation>Otra propuesta para hoy</translation>
        </message>
        <message>
            <source>Not today: set this prompt aside for today</source>
            <translation>Hoy no: dejar esta propuesta a un lado por hoy</translation>
        </message>
        <message>
            <source>Hide this prompt: never offer it again</source>
            <translation>Ocultar esta propuesta: no volver a ofrecerla</translation>
        </message>
        <message>
            <source>Choose prompts</source>
            <translation>Elegir propuestas</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Undo: offer the hidden prompt again</source>
            <translation>Deshacer: volver a ofrecer la propuesta oculta</translation>
        </message>
        <message>
            <source>That prompt won't be offered again. You can bring it back in Choose prompts.</source>
            <translation>Esa propuesta no se volverá a ofrecer. Puedes recuperarla en Elegir propuestas.</translation>
        </message>
        <message>
            <source>{principle} · from “{pack}”</source>
            <translation>{principle} · de «{pack}»</translation>
        </message>
        <message>
            <source>Content note: {note}</source>
            <translation>Aviso de contenido: {note}</translation>
        </message>
    </context>
    <context>
        <name>PromptForm</name>
        <message>
            <source>Your own prompt</source>
            <translation>Tu propia propuesta</translation>
        </message>
        <message>
            <source>Change your prompt</source>
            <translation>Cambiar tu propuesta</translation>
        </message>
        <message>
            <source>A question or an invitation to write about</source>
            <translation>Una pregunta o una invitación a escribir</translation>
        </message>
        <message>
            <source>One per line (optional)</source>
            <translation>Una por línea (opcional)</translation>
        </message>
        <message>
            <source>If it touches on harm, say so here; it is shown first (optional)</source>
            <translation>Si toca el tema del daño, dilo aquí; se muestra primero (opcional)</translation>
        </message>
        <message>
            <source>Your prompts</source>
            <translation>Tus propuestas</translation>
        </message>
        <message>
            <source>&amp;Prompt</source>
            <translation>&amp;Propuesta</translation>
        </message>
        <message>
            <source>P&amp;rinciple</source>
            <translation>P&amp;rincipio</translation>
        </message>
        <message>
            <source>&amp;Follow-up questions</source>
            <translation>Preguntas de &amp;seguimiento</translation>
        </message>
        <message>
            <source>&amp;Content note</source>
            <translation>Aviso de &amp;contenido</translation>
        </message>
        <message>
            <source>P&amp;ack</source>
            <translation>Co&amp;lección</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Write the words of the prompt first.</source>
            <translation>Escribe primero el texto de la propuesta.</translation>
        </message>
    </context>
    <context>
        <name>PromptsAsker</name>
        <message>
            <source>A new pack</source>
            <translation>Una colección nueva</translation>
        </message>
        <message>
            <source>Name of the pack:</source>
            <translation>Nombre de la colección:</translation>
        </message>
        <message>
            <source>Delete?</source>
            <translation>¿Eliminar?</translation>
        </message>
        <message>
            <source>Delete {what}?</source>
            <translation>¿Eliminar {what}?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <source>Entries you wrote about it keep their words. This can't be undone.</source>
            <translation>Las entradas que escribiste sobre ello conservan su texto. Esto no se puede deshacer.</translation>
        </message>
        <message>
            <source>This file has the same id as a built-in pack ({key}).</source>
            <translation>Este archivo tiene el mismo identificador que una colección incluida ({key}).</translation>
        </message>
        <message>
            <source>You already have a pack with this id ({key}).</source>
            <translation>Ya tienes una colección con este identificador ({key}).</translation>
        </message>
        <message>
            <source>This pack is already here</source>
            <translation>Esta colección ya está aquí</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Replace its prompts</source>
            <translation>Reemplazar sus propuestas</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Conservar ambas</translation>
        </message>
        <message>
            <source>Export a prompt pack</source>
            <translation>Exportar una colección de propuestas</translation>
        </message>
        <message>
            <source>Prompt pack files (*.toml)</source>
            <translation>Archivos de colecciones de propuestas (*.toml)</translation>
        </message>
        <message>
            <source>Import a prompt pack</source>
            <translation>Importar una colección de propuestas</translation>
        </message>
    </context>
    <context>
        <name>PromptsDialog</name>
        <message>
            <source>Prompts</source>
            <translation>Propuestas de escritura</translation>
        </message>
        <message>
            <source>For &amp;Today</source>
            <translation>Para &amp;hoy</translation>
        </message>
        <message>
            <source>All &amp;prompts</source>
            <translation>&amp;Todas las propuestas</translation>
        </message>
        <message>
            <source>Pac&amp;ks</source>
            <translation>&amp;Colecciones</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>TodayChoices</name>
        <message>
            <source>Today's prompt draws from the principles you choose. It stays the same all day; you can always ask for another, set one aside for today, or hide it.</source>
            <translation>La propuesta de hoy sale de los principios que elijas. Es la misma todo el día; siempre puedes pedir otra, dejarla a un lado por hoy u ocultarla.</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n prompt(s))</source>
            <translation>
                <numerusform>{name} (%n propuesta)</numerusform>
                <numerusform>{name} (%n propuestas)</numerusform>
            </translation>
        </message>
        <message>
            <source>Include prompts that carry a content note (the note is always shown first)</source>
            <translation>Incluir propuestas con aviso de contenido (el aviso va primero)</translation>
        </message>
        <message>
            <source>With no principle chosen, Today shows no prompt. That's fine too.</source>
            <translation>Sin ningún principio elegido, Hoy no muestra ninguna propuesta. También está bien.</translation>
        </message>
    </context>
</TS>
