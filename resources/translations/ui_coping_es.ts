<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CopingAsker</name>
        <message>
            <source>Delete this strategy?</source>
            <translation>¿Eliminar esta estrategia?</translation>
        </message>
        <message>
            <source>Delete “{title}” from your library?</source>
            <translation>¿Eliminar «{title}» de tu biblioteca?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservarla</translation>
        </message>
        <message>
            <source>Practices you already recorded keep its name. This can't be undone.</source>
            <translation>Las prácticas que ya registraste conservan su nombre. Esto no se puede deshacer.</translation>
        </message>
        <message>
            <source>Export a strategy</source>
            <translation>Exportar una estrategia</translation>
        </message>
        <message>
            <source>Coping strategy files (*.toml)</source>
            <translation>Archivos de estrategias (*.toml)</translation>
        </message>
        <message>
            <source>Import a strategy</source>
            <translation>Importar una estrategia</translation>
        </message>
    </context>
    <context>
        <name>CopingLabels</name>
        <message>
            <source>Breathing</source>
            <translation>Respiración</translation>
        </message>
        <message>
            <source>Grounding</source>
            <translation>Anclaje</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Cuerpo</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>Movimiento</translation>
        </message>
        <message>
            <source>Imagery</source>
            <translation>Imaginación</translation>
        </message>
        <message>
            <source>Self-compassion</source>
            <translation>Autocompasión</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <source>Cultural and spiritual</source>
            <translation>Cultural y espiritual</translation>
        </message>
        <message>
            <source>Land and nature</source>
            <translation>Tierra y naturaleza</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexión</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planificación</translation>
        </message>
        <message>
            <source>Breathe in</source>
            <translation>Inhala</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Sostén</translation>
        </message>
        <message>
            <source>Breathe out</source>
            <translation>Exhala</translation>
        </message>
        <message>
            <source>A little more in</source>
            <translation>Un poco más de aire</translation>
        </message>
        <message>
            <source>time varies</source>
            <translation>duración variable</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>{low}–{high} min</source>
            <translation>{low}–{high} min</translation>
        </message>
        <message>
            <source>Any length</source>
            <translation>Cualquier duración</translation>
        </message>
        <message numerus="yes">
            <source>I have %n minute(s)</source>
            <translation>
                <numerusform>Tengo %n minuto</numerusform>
                <numerusform>Tengo %n minutos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CopingPage</name>
        <message>
            <source>Coping</source>
            <translation>Estrategias</translation>
        </message>
        <message>
            <source>Practices to follow step by step, including your own. Each one can be paused or stopped at any time, and none needs your eyes closed.</source>
            <translation>Prácticas para seguir paso a paso, incluidas las tuyas. Puedes pausar o detener cualquiera en todo momento, y ninguna necesita que cierres los ojos.</translation>
        </message>
        <message>
            <source>&amp;Add your own…</source>
            <translation>&amp;Añadir una propia…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Add a strategy from a file someone shared</source>
            <translation>Añadir una estrategia desde un archivo que alguien compartió</translation>
        </message>
        <message>
            <source>Find by name</source>
            <translation>Buscar por nombre</translation>
        </message>
        <message>
            <source>Find a strategy by name</source>
            <translation>Buscar una estrategia por nombre</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>&amp;Favourites only</source>
            <translation>Solo &amp;favoritas</translation>
        </message>
        <message>
            <source>Show &amp;hidden</source>
            <translation>Mostrar &amp;ocultas</translation>
        </message>
        <message>
            <source>Show strategies you hid, so you can bring them back</source>
            <translation>Mostrar las estrategias que ocultaste, para que puedas recuperarlas</translation>
        </message>
        <message>
            <source>&amp;Principle</source>
            <translation>&amp;Principio</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>Tie&amp;mpo</translation>
        </message>
        <message>
            <source>Strategies</source>
            <translation>Estrategias</translation>
        </message>
        <message>
            <source>That strategy is no longer in your library.</source>
            <translation>Esa estrategia ya no está en tu biblioteca.</translation>
        </message>
        <message>
            <source>Every principle ({n})</source>
            <translation>Todos los principios ({n})</translation>
        </message>
        <message numerus="yes">
            <source>%n strateg(y|ies) shown</source>
            <translation>
                <numerusform>%n estrategia a la vista</numerusform>
                <numerusform>%n estrategias a la vista</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing matches these choices. Try fewer filters.</source>
            <translation>Nada coincide con estas opciones. Prueba con menos filtros.</translation>
        </message>
        <message>
            <source>“{title}” is hidden. Tick “Show hidden” to bring it back.</source>
            <translation>«{title}» está oculta. Marca «Mostrar ocultas» para recuperarla.</translation>
        </message>
        <message>
            <source>“{title}” is back in the library.</source>
            <translation>«{title}» vuelve a estar en la biblioteca.</translation>
        </message>
        <message>
            <source>Your own strategy</source>
            <translation>Tu propia estrategia</translation>
        </message>
        <message>
            <source>Your own version</source>
            <translation>Tu propia versión</translation>
        </message>
        <message>
            <source>“{title}” is in your library.</source>
            <translation>«{title}» está en tu biblioteca.</translation>
        </message>
        <message>
            <source>Change your strategy</source>
            <translation>Cambiar tu estrategia</translation>
        </message>
        <message>
            <source>Your changes are saved.</source>
            <translation>Tus cambios están guardados.</translation>
        </message>
        <message>
            <source>“{title}” was deleted.</source>
            <translation>«{title}» se eliminó.</translation>
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
            <source>The file could not be read ({reason}).</source>
            <translation>No se pudo leer el archivo ({reason}).</translation>
        </message>
        <message>
            <source>This file can't be added</source>
            <translation>Este archivo no se puede añadir</translation>
        </message>
        <message>
            <source>Nothing was added. What needs changing in the file:</source>
            <translation>No se añadió nada. Lo que hay que cambiar en el archivo:</translation>
        </message>
        <message>
            <source>“{title}” was added to your library.</source>
            <translation>«{title}» se añadió a tu biblioteca.</translation>
        </message>
    </context>
    <context>
        <name>DistressRating</name>
        <message>
            <source>0 calm</source>
            <translation>0 calma</translation>
        </message>
        <message>
            <source>10 the most distress</source>
            <translation>10 el mayor malestar</translation>
        </message>
        <message>
            <source>Not rated. That's fine: this is optional.</source>
            <translation>Sin valorar. No pasa nada: es opcional.</translation>
        </message>
        <message>
            <source>Not rated, optional</source>
            <translation>Sin valorar, opcional</translation>
        </message>
        <message>
            <source>You chose {n} of 10.</source>
            <translation>Elegiste {n} de 10.</translation>
        </message>
        <message>
            <source>{n} of 10</source>
            <translation>{n} de 10</translation>
        </message>
    </context>
    <context>
        <name>GroundingDialog</name>
        <message>
            <source>Let your feet rest on the floor, or notice where your body is supported. Keep your eyes open and let them rest somewhere comfortable.</source>
            <translation>Deja que tus pies descansen en el suelo, o fíjate en dónde se apoya tu cuerpo. Mantén los ojos abiertos y deja que descansen en algún sitio cómodo.</translation>
        </message>
        <message>
            <source>Look around you and name five things you can see.</source>
            <translation>Mira a tu alrededor y nombra cinco cosas que puedes ver.</translation>
        </message>
        <message>
            <source>Notice four things you can touch: the chair, your clothes, the air on your skin.</source>
            <translation>Fíjate en cuatro cosas que puedes tocar: la silla, tu ropa, el aire en tu piel.</translation>
        </message>
        <message>
            <source>Listen for three things you can hear, near or far.</source>
            <translation>Escucha tres cosas que puedes oír, cerca o lejos.</translation>
        </message>
        <message>
            <source>Notice two things you can smell, or remember two smells you like.</source>
            <translation>Fíjate en dos cosas que puedes oler, o recuerda dos olores que te gusten.</translation>
        </message>
        <message>
            <source>Notice one thing you can taste, or take a sip of water if it's near.</source>
            <translation>Fíjate en algo que puedes saborear, o toma un sorbo de agua si la tienes cerca.</translation>
        </message>
        <message>
            <source>Let one breath out be a little longer than the breath in. You can come back to this pause whenever you want.</source>
            <translation>Deja que una exhalación sea un poco más larga que la inhalación. Puedes volver a esta pausa cuando quieras.</translation>
        </message>
        <message>
            <source>A short pause</source>
            <translation>Una pausa breve</translation>
        </message>
        <message>
            <source>A short grounding pause</source>
            <translation>Una breve pausa de anclaje</translation>
        </message>
        <message>
            <source>Go at your own pace. You can stop whenever you like.</source>
            <translation>Ve a tu ritmo. Puedes parar cuando quieras.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Close the pause</source>
            <translation>Cerrar la pausa</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Paso anterior</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Paso siguiente</translation>
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation>{n} de {total}</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
    </context>
    <context>
        <name>Pacer</name>
        <message>
            <source>{phase}, {count} of {seconds}</source>
            <translation>{phase}, {count} de {seconds}</translation>
        </message>
        <message>
            <source>Breathing pacer</source>
            <translation>Guía de respiración</translation>
        </message>
    </context>
    <context>
        <name>PlayerDialog</name>
        <message>
            <source>Guided practice: {title}</source>
            <translation>Práctica guiada: {title}</translation>
        </message>
        <message>
            <source>The journal stays open while this practice runs.</source>
            <translation>El diario sigue abierto mientras dura esta práctica.</translation>
        </message>
        <message>
            <source>Content note: {note}</source>
            <translation>Aviso de contenido: {note}</translation>
        </message>
        <message>
            <source>Nothing here needs your eyes closed: keep them open and let your gaze rest wherever feels comfortable. You can pause or stop at any time.</source>
            <translation>Nada de esto necesita que cierres los ojos: mantenlos abiertos y deja que tu mirada descanse donde te resulte cómodo. Puedes pausar o parar en cualquier momento.</translation>
        </message>
        <message>
            <source>Leave out the steps marked as optional</source>
            <translation>Omitir los pasos marcados como opcionales</translation>
        </message>
        <message>
            <source>Move on by itself when a step's time is up</source>
            <translation>Avanzar automáticamente cuando termine el tiempo de un paso</translation>
        </message>
        <message>
            <source>If you like: how much distress do you feel right now?</source>
            <translation>Si quieres: ¿cuánto malestar sientes ahora mismo?</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Begin</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>If you like: how much distress do you feel now?</source>
            <translation>Si quieres: ¿cuánto malestar sientes ahora?</translation>
        </message>
        <message>
            <source>Anything you noticed (optional)</source>
            <translation>Algo que hayas notado (opcional)</translation>
        </message>
        <message>
            <source>A &amp;note for yourself</source>
            <translation>Una &amp;nota para ti</translation>
        </message>
        <message>
            <source>A note for yourself</source>
            <translation>Una nota para ti</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Cerrar sin guardar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>You reached the end. Take a moment before moving on.</source>
            <translation>Llegaste al final. Tómate un momento antes de seguir.</translation>
        </message>
        <message>
            <source>You stopped here. Stopping when you need to is part of the practice.</source>
            <translation>Paraste aquí. Parar cuando lo necesitas es parte de la práctica.</translation>
        </message>
        <message>
            <source>Before you began, you chose {n}.</source>
            <translation>Antes de empezar elegiste {n}.</translation>
        </message>
    </context>
    <context>
        <name>PlayerPanel</name>
        <message>
            <source>Take your time. Press Next when you are ready.</source>
            <translation>Tómate tu tiempo. Pulsa Siguiente cuando quieras.</translation>
        </message>
        <message>
            <source>Paused. Carry on whenever you like.</source>
            <translation>En pausa. Sigue cuando quieras.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation>Parar (Esc)</translation>
        </message>
        <message>
            <source>Previous step (Left arrow)</source>
            <translation>Paso anterior (flecha izquierda)</translation>
        </message>
        <message>
            <source>Pause or resume (Space)</source>
            <translation>Pausar o seguir (Espacio)</translation>
        </message>
        <message>
            <source>Next step (Right arrow)</source>
            <translation>Paso siguiente (flecha derecha)</translation>
        </message>
        <message>
            <source>Stop whenever you want (Esc)</source>
            <translation>Para cuando quieras (Esc)</translation>
        </message>
        <message>
            <source>Space pauses · arrows move between steps · Esc stops</source>
            <translation>Espacio pausa · las flechas cambian de paso · Esc para</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>Quedan {time}</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <source>Getting ready</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Cierre</translation>
        </message>
        <message>
            <source>Round {n} of {total}</source>
            <translation>Ronda {n} de {total}</translation>
        </message>
        <message>
            <source>Step {n} of {total}</source>
            <translation>Paso {n} de {total}</translation>
        </message>
    </context>
    <context>
        <name>Practice</name>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <source>With your ratings: {before} before, {after} after.</source>
            <translation>Con tus valoraciones: {before} antes, {after} después.</translation>
        </message>
        <message>
            <source>With your rating before: {before}.</source>
            <translation>Con tu valoración de antes: {before}.</translation>
        </message>
        <message>
            <source>With your rating after: {after}.</source>
            <translation>Con tu valoración de después: {after}.</translation>
        </message>
        <message>
            <source>Without ratings this time, which is fine.</source>
            <translation>Sin valoraciones esta vez, y no pasa nada.</translation>
        </message>
        <message>
            <source>Practice saved</source>
            <translation>Práctica guardada</translation>
        </message>
        <message>
            <source>Your practice is saved.</source>
            <translation>Tu práctica está guardada.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
    </context>
    <context>
        <name>StepsEditor</name>
        <message>
            <source>Once, before</source>
            <translation>Una vez, antes</translation>
        </message>
        <message>
            <source>Repeated</source>
            <translation>Repetido</translation>
        </message>
        <message>
            <source>Once, at the end</source>
            <translation>Una vez, al final</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>&amp;Add a step</source>
            <translation>Añadir un pa&amp;so</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Move u&amp;p</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Ba&amp;jar</translation>
        </message>
        <message>
            <source>What to do in this step, in your own words</source>
            <translation>Qué hacer en este paso, con tus propias palabras</translation>
        </message>
        <message>
            <source>At your own pace</source>
            <translation>A tu ritmo</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Not a breathing step</source>
            <translation>No es un paso de respiración</translation>
        </message>
        <message>
            <source>This step can be l&amp;eft out</source>
            <translation>Este paso se puede &amp;omitir</translation>
        </message>
        <message>
            <source>Step te&amp;xt</source>
            <translation>Te&amp;xto del paso</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Momento</translation>
        </message>
        <message>
            <source>&amp;Seconds</source>
            <translation>Se&amp;gundos</translation>
        </message>
        <message>
            <source>&amp;Breath</source>
            <translation>Respiració&amp;n</translation>
        </message>
        <message>
            <source>This step can be left out</source>
            <translation>Este paso se puede omitir</translation>
        </message>
        <message>
            <source>(no words yet)</source>
            <translation>(todavía sin texto)</translation>
        </message>
        <message>
            <source>{n} s</source>
            <translation>{n} s</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
    </context>
    <context>
        <name>StrategyDetails</name>
        <message>
            <source>&amp;Begin</source>
            <translation>&amp;Comenzar</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save this strategy as a file to share</source>
            <translation>Guardar esta estrategia como archivo para compartirla</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Copy and &amp;change…</source>
            <translation>Copiar y cam&amp;biar…</translation>
        </message>
        <message>
            <source>Make your own version of this strategy</source>
            <translation>Crear tu propia versión de esta estrategia</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <source>About this strategy</source>
            <translation>Sobre esta estrategia</translation>
        </message>
        <message>
            <source>Choose a strategy on the left to see its steps.</source>
            <translation>Elige una estrategia a la izquierda para ver sus pasos.</translation>
        </message>
        <message>
            <source>★ &amp;Favourite</source>
            <translation>★ Fa&amp;vorita</translation>
        </message>
        <message>
            <source>☆ &amp;Favourite</source>
            <translation>☆ Fa&amp;vorita</translation>
        </message>
        <message>
            <source>Favourite (on)</source>
            <translation>Favorita (sí)</translation>
        </message>
        <message>
            <source>Favourite (off)</source>
            <translation>Favorita (no)</translation>
        </message>
        <message>
            <source>&amp;Show again</source>
            <translation>Mo&amp;strar de nuevo</translation>
        </message>
        <message>
            <source>&amp;Hide</source>
            <translation>Oc&amp;ultar</translation>
        </message>
        <message>
            <source>Bring this strategy back into the library</source>
            <translation>Devolver esta estrategia a la biblioteca</translation>
        </message>
        <message>
            <source>Keep this strategy out of the library (you can bring it back)</source>
            <translation>Sacar esta estrategia de la biblioteca (puedes recuperarla)</translation>
        </message>
        <message>
            <source>{n} s</source>
            <translation>{n} s</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>Content note:</source>
            <translation>Aviso de contenido:</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message numerus="yes">
            <source>Then, %n time(s):</source>
            <translation>
                <numerusform>Luego, %n vez:</numerusform>
                <numerusform>Luego, %n veces:</numerusform>
            </translation>
        </message>
        <message>
            <source>You can keep your eyes open throughout, and pause or stop at any time.</source>
            <translation>Puedes mantener los ojos abiertos todo el tiempo, y pausar o parar en cualquier momento.</translation>
        </message>
        <message>
            <source>Please keep in mind</source>
            <translation>Ten en cuenta</translation>
        </message>
        <message>
            <source>Where it comes from</source>
            <translation>De dónde viene</translation>
        </message>
    </context>
    <context>
        <name>StrategyForm</name>
        <message>
            <source>For example: Morning prayer</source>
            <translation>Por ejemplo: Oración de la mañana</translation>
        </message>
        <message>
            <source>One line about it (optional)</source>
            <translation>Una línea sobre ella (opcional)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Shortest usual length in minutes (optional)</source>
            <translation>Duración habitual más corta, en minutos (opcional)</translation>
        </message>
        <message>
            <source>Longest usual length in minutes (optional)</source>
            <translation>Duración habitual más larga, en minutos (opcional)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Shown before the steps (optional)</source>
            <translation>Se muestra antes de los pasos (opcional)</translation>
        </message>
        <message>
            <source>One per line (optional)</source>
            <translation>Una por línea (opcional)</translation>
        </message>
        <message>
            <source>Who taught you, or where it is from (optional)</source>
            <translation>Quién te la enseñó o de dónde viene (opcional)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>Summar&amp;y</source>
            <translation>&amp;Resumen</translation>
        </message>
        <message>
            <source>Pri&amp;nciple</source>
            <translation>&amp;Principio</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;ipo</translation>
        </message>
        <message>
            <source>Usual &amp;length</source>
            <translation>&amp;Duración habitual</translation>
        </message>
        <message>
            <source>R&amp;ounds of the repeated steps</source>
            <translation>Rond&amp;as de los pasos repetidos</translation>
        </message>
        <message>
            <source>&amp;Content note</source>
            <translation>Aviso de &amp;contenido</translation>
        </message>
        <message>
            <source>Ca&amp;utions</source>
            <translation>Pr&amp;ecauciones</translation>
        </message>
        <message>
            <source>Where it comes &amp;from</source>
            <translation>De dónde &amp;viene</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Give a step seconds to show a timer. Breathing steps also need a breath (in, hold, out…) so the pacer can follow them.</source>
            <translation>Da segundos a un paso para que muestre un temporizador. Los pasos de respiración también necesitan una fase (inhalar, sostener, exhalar…) para que la guía pueda seguirlos.</translation>
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
            <source>Your own practices belong here too: a prayer, a song, a movement, something from your family or your land. Only the title and one step are needed.</source>
            <translation>Tus propias prácticas también tienen su lugar aquí: una oración, una canción, un movimiento, algo de tu familia o de tu tierra. Solo hacen falta el título y un paso.</translation>
        </message>
        <message>
            <source>Give your strategy a title.</source>
            <translation>Ponle un título a tu estrategia.</translation>
        </message>
        <message>
            <source>Your own strategy</source>
            <translation>Tu propia estrategia</translation>
        </message>
        <message>
            <source>Change your strategy</source>
            <translation>Cambiar tu estrategia</translation>
        </message>
    </context>
    <context>
        <name>StrategyList</name>
        <message>
            <source>favourite</source>
            <translation>favorita</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>tuya</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>oculta</translation>
        </message>
    </context>
    <context>
        <name>TextCount</name>
        <message>
            <source>Breathing count</source>
            <translation>Cuenta de la respiración</translation>
        </message>
        <message>
            <source>{count} of {seconds}</source>
            <translation>{count} de {seconds}</translation>
        </message>
    </context>
</TS>
