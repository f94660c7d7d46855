<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Sessions</name>
        <message>
            <source>Add an amendment</source>
            <translation>Añadir una enmienda</translation>
        </message>
        <message>
            <source>An amendment is kept beside the signed notes with its own date and reason. What you wrote first stays as it is, and stays readable.</source>
            <translation>Una enmienda se guarda junto a las notas firmadas, con su propia fecha y motivo. Lo que escribiste primero se queda como está y se puede seguir leyendo.</translation>
        </message>
        <message>
            <source>The notes as a whole</source>
            <translation>Las notas en su conjunto</translation>
        </message>
        <message>
            <source>For example: the date of the next session was wrong</source>
            <translation>Por ejemplo: la fecha de la próxima sesión no era correcta</translation>
        </message>
        <message>
            <source>What the amendment adds or changes</source>
            <translation>Lo que la enmienda añade o cambia</translation>
        </message>
        <message>
            <source>S&amp;hare with your client</source>
            <translation>C&amp;ompartir con tu cliente</translation>
        </message>
        <message>
            <source>A shared amendment, with its reason, appears in the client's summary.</source>
            <translation>Una enmienda compartida, con su motivo, aparece en el resumen de tu cliente.</translation>
        </message>
        <message>
            <source>&amp;Part of the notes</source>
            <translation>&amp;Parte de las notas</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <source>A&amp;mendment</source>
            <translation>&amp;Enmienda</translation>
        </message>
        <message>
            <source>Say in a few words why the notes are amended.</source>
            <translation>Di en pocas palabras por qué se enmiendan las notas.</translation>
        </message>
        <message>
            <source>Write what the amendment adds or changes.</source>
            <translation>Escribe lo que la enmienda añade o cambia.</translation>
        </message>
        <message>
            <source>Client's copy of their record</source>
            <translation>Copia del expediente para tu cliente</translation>
        </message>
        <message>
            <source>A copy of everything shared with {name}</source>
            <translation>Una copia de todo lo compartido con {name}</translation>
        </message>
        <message>
            <source>It holds each session's summary and the consent given for it, never your private notes. It is not encrypted: anyone who has the file can read it.</source>
            <translation>Contiene el resumen de cada sesión y el consentimiento dado para ella, nunca tus notas privadas. No está cifrada: cualquiera que tenga el archivo puede leerla.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Save as &amp;JSON…</source>
            <translation>Guardar como &amp;JSON…</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Guardar como &amp;PDF…</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>Save the client's copy</source>
            <translation>Guardar la copia para tu cliente</translation>
        </message>
        <message>
            <source>The copy could not be saved there. Try another folder.</source>
            <translation>La copia no se pudo guardar ahí. Prueba con otra carpeta.</translation>
        </message>
        <message>
            <source>Saved as {name}. It is not encrypted.</source>
            <translation>Guardada como {name}. No está cifrada.</translation>
        </message>
        <message>
            <source>Edit client</source>
            <translation>Editar cliente</translation>
        </message>
        <message>
            <source>Add a client</source>
            <translation>Añadir un cliente</translation>
        </message>
        <message>
            <source>Use a pseudonym or initials, never a full name: this vault keeps clients apart from anyone's personal journal.</source>
            <translation>Usa un seudónimo o unas iniciales, nunca un nombre completo: esta bóveda mantiene a tus clientes aparte del diario personal de cualquier persona.</translation>
        </message>
        <message>
            <source>For example: R. or Sky</source>
            <translation>Por ejemplo: R. o Cielo</translation>
        </message>
        <message>
            <source>For example: they/them (optional)</source>
            <translation>Por ejemplo: ella, él, elle (opcional)</translation>
        </message>
        <message>
            <source>What the client wants from your time together (optional)</source>
            <translation>Lo que tu cliente quiere de su trabajo en común (opcional)</translation>
        </message>
        <message>
            <source>&amp;Pseudonym or initials</source>
            <translation>&amp;Seudónimo o iniciales</translation>
        </message>
        <message>
            <source>P&amp;ronouns</source>
            <translation>P&amp;ronombres</translation>
        </message>
        <message>
            <source>&amp;Goals</source>
            <translation>&amp;Objetivos</translation>
        </message>
        <message>
            <source>Give the client a pseudonym or initials.</source>
            <translation>Da a tu cliente un seudónimo o unas iniciales.</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Revisión pendiente</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <comment>date pattern (QLocale)</comment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>Closed on {day}</source>
            <translation>Cerrado el {day}</translation>
        </message>
        <message>
            <source>Review on {day}</source>
            <translation>Revisión el {day}</translation>
        </message>
        <message numerus="yes">
            <source>worked on in %n session(s)</source>
            <translation>
                <numerusform>trabajado en %n sesión</numerusform>
                <numerusform>trabajado en %n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>progress {ratings} of 10</source>
            <translation>progreso {ratings} de 10</translation>
        </message>
        <message>
            <source>Not worked on in a session yet</source>
            <translation>Aún no se ha trabajado en una sesión</translation>
        </message>
        <message>
            <source>Close the goal</source>
            <translation>Cerrar el objetivo</translation>
        </message>
        <message>
            <source>Close it</source>
            <translation>Cerrarlo</translation>
        </message>
        <message>
            <source>Keep it open</source>
            <translation>Dejarlo abierto</translation>
        </message>
        <message>
            <source>Goals in the client's own words, each with a review date if you choose. Sessions can note which goals they worked on, with an optional rating.</source>
            <translation>Objetivos con las propias palabras de tu cliente, cada uno con una fecha de revisión si quieres. En cada sesión se puede anotar en qué objetivos se trabajó, con una valoración opcional.</translation>
        </message>
        <message>
            <source>Care goals</source>
            <translation>Objetivos de cuidado</translation>
        </message>
        <message>
            <source>No care goals yet.</source>
            <translation>Todavía no hay objetivos de cuidado.</translation>
        </message>
        <message>
            <source>Add a &amp;goal…</source>
            <translation>Añadir un &amp;objetivo…</translation>
        </message>
        <message>
            <source>Edit the goal…</source>
            <translation>Editar el objetivo…</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Close the goal…</source>
            <translation>Cerrar el objetivo…</translation>
        </message>
        <message>
            <source>&amp;Reopen the goal</source>
            <translation>Volver a a&amp;brir el objetivo</translation>
        </message>
        <message>
            <source>Close “{goal}”? It stays in the record with its sessions and ratings, and you can reopen it at any time.</source>
            <translation>¿Cerrar “{goal}”? Se queda en el expediente con sus sesiones y valoraciones, y puedes volver a abrirlo cuando quieras.</translation>
        </message>
        <message>
            <source>This record is kept until you delete it (this client's own rule).</source>
            <translation>Este expediente se guarda hasta que lo elimines (una regla propia de este cliente).</translation>
        </message>
        <message>
            <source>This record is kept until you delete it, as the rest of your practice.</source>
            <translation>Este expediente se guarda hasta que lo elimines, como el resto de tu práctica.</translation>
        </message>
        <message>
            <source>This record is kept {words} (this client's own rule).</source>
            <translation>Este expediente se guarda {words} (una regla propia de este cliente).</translation>
        </message>
        <message>
            <source>This record is kept {words}, as the rest of your practice.</source>
            <translation>Este expediente se guarda {words}, como el resto de tu práctica.</translation>
        </message>
        <message>
            <source>How long this record is &amp;kept…</source>
            <translation>Cuánto tiempo se &amp;guarda este expediente…</translation>
        </message>
        <message>
            <source>PHQ-9 question 9 — thoughts of being better off dead or of hurting themselves —</source>
            <translation>la pregunta 9 del PHQ-9 (pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera)</translation>
        </message>
        <message>
            <source>{day} (“{answer}”)</source>
            <translation>{day} (“{answer}”)</translation>
        </message>
        <message numerus="yes">
            <source>in %n session(s)</source>
            <translation>
                <numerusform>en %n sesión</numerusform>
                <numerusform>en %n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>For you: {where}, {question} was answered above “Not at all”: {when}. This is shown only on your screens, never in the client view or the client's summary.</source>
            <translation>Para ti: {where}, {question} se respondió por encima de “Ningún día”: {when}. Esto solo se muestra en tus pantallas, nunca en la vista de cliente ni en el resumen de tu cliente.</translation>
        </message>
        <message>
            <source>For you: in this session, {question} was answered {answers}. This is shown only in your view, never to the client or in their summary.</source>
            <translation>Para ti: en esta sesión, {question} se respondió {answers}. Esto solo se muestra en tu vista, nunca a tu cliente ni en su resumen.</translation>
        </message>
        <message>
            <source>PHQ-9 question 9, for you</source>
            <translation>Pregunta 9 del PHQ-9, para ti</translation>
        </message>
        <message>
            <source>Questionnaire results and distress across sessions, for you. A score is not a diagnosis; the sentences say what the numbers did.</source>
            <translation>Resultados de los cuestionarios y malestar a lo largo de las sesiones, para ti. Una puntuación no es un diagnóstico; las frases dicen cómo se movieron los números.</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>Mo&amp;strar:</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Qué cambió</translation>
        </message>
        <message>
            <source>Results by session (Enter opens the session)</source>
            <translation>Resultados por sesión (Intro abre la sesión)</translation>
        </message>
        <message>
            <source>Questionnaire results across sessions</source>
            <translation>Resultados de los cuestionarios a lo largo de las sesiones</translation>
        </message>
        <message>
            <source>No questionnaires or distress ratings in sessions yet.</source>
            <translation>Todavía no hay cuestionarios ni valoraciones de malestar en las sesiones.</translation>
        </message>
        <message>
            <source>Each session, in words</source>
            <translation>Cada sesión, en palabras</translation>
        </message>
        <message>
            <source>All measures</source>
            <translation>Todas las medidas</translation>
        </message>
        <message>
            <source>The client's care goals and change over time</source>
            <translation>Los objetivos de cuidado de tu cliente y los cambios con el tiempo</translation>
        </message>
        <message>
            <source>Change over time (for you)</source>
            <translation>Cambios con el tiempo (para ti)</translation>
        </message>
        <message>
            <source> · PHQ-9 question 9 above “Not at all”</source>
            <translation> · pregunta 9 del PHQ-9 por encima de “Ningún día”</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>&amp;Add a client…</source>
            <translation>&amp;Añadir un cliente…</translation>
        </message>
        <message>
            <source>Note &amp;templates…</source>
            <translation>Plan&amp;tillas de notas…</translation>
        </message>
        <message>
            <source>Show archived clients</source>
            <translation>Mostrar clientes archivados</translation>
        </message>
        <message>
            <source>&amp;Start a session</source>
            <translation>&amp;Iniciar una sesión</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Ar&amp;chive</source>
            <translation>Ar&amp;chivar</translation>
        </message>
        <message>
            <source>&amp;Delete client and sessions…</source>
            <translation>Eli&amp;minar cliente y sesiones…</translation>
        </message>
        <message>
            <source>Past sessions</source>
            <translation>Sesiones anteriores</translation>
        </message>
        <message>
            <source>No sessions yet.</source>
            <translation>Todavía no hay sesiones.</translation>
        </message>
        <message>
            <source>Open the &amp;summary</source>
            <translation>Abrir el &amp;resumen</translation>
        </message>
        <message>
            <source>Open the &amp;notes…</source>
            <translation>Abrir las &amp;notas…</translation>
        </message>
        <message>
            <source>Your own view of the session's notes, private parts included</source>
            <translation>Tu propia vista de las notas de la sesión, con las partes privadas</translation>
        </message>
        <message>
            <source>Co&amp;py of their record…</source>
            <translation>Co&amp;pia de su expediente…</translation>
        </message>
        <message>
            <source>Everything shared with this client, as PDF or JSON, for an access request</source>
            <translation>Todo lo compartido con este cliente, en PDF o JSON, para una solicitud de acceso</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Add a client to begin. Use a pseudonym or initials; nothing else is needed.</source>
            <translation>Añade un cliente para empezar. Usa un seudónimo o unas iniciales; no hace falta nada más.</translation>
        </message>
        <message>
            <source> (archived)</source>
            <translation> (archivado)</translation>
        </message>
        <message>
            <source>Goals: {goals}</source>
            <translation>Objetivos: {goals}</translation>
        </message>
        <message>
            <source>No goals noted yet.</source>
            <translation>Todavía no hay objetivos anotados.</translation>
        </message>
        <message>
            <source>Bring &amp;back</source>
            <translation>Desarchi&amp;var</translation>
        </message>
        <message>
            <source> — still open</source>
            <translation> — todavía abierta</translation>
        </message>
        <message>
            <source> — notes signed</source>
            <translation> — notas firmadas</translation>
        </message>
        <message>
            <source>Edit the goal</source>
            <translation>Editar el objetivo</translation>
        </message>
        <message>
            <source>Add a goal</source>
            <translation>Añadir un objetivo</translation>
        </message>
        <message>
            <source>Write it the way the client says it: their words, not a clinical term.</source>
            <translation>Escríbelo como lo dice tu cliente: sus palabras, no un término clínico.</translation>
        </message>
        <message>
            <source>For example: Sleep through more nights</source>
            <translation>Por ejemplo: Dormir de corrido más noches</translation>
        </message>
        <message>
            <source>The goal, in the client's &amp;own words</source>
            <translation>El objetivo, con las &amp;palabras de tu cliente</translation>
        </message>
        <message>
            <source>&amp;Look at it again together on</source>
            <translation>&amp;Revisarlo en conjunto el</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Fecha de revisión</translation>
        </message>
        <message>
            <source>A review date is optional.</source>
            <translation>La fecha de revisión es opcional.</translation>
        </message>
        <message>
            <source>Write the goal in the client's own words first.</source>
            <translation>Primero escribe el objetivo con las palabras de tu cliente.</translation>
        </message>
        <message>
            <source>Notes we wrote together</source>
            <translation>Notas que escribimos en conjunto</translation>
        </message>
        <message>
            <source>What we agreed</source>
            <translation>Lo que acordamos</translation>
        </message>
        <message>
            <source>Self-care until next time</source>
            <translation>Autocuidado hasta la próxima vez</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>Notas privadas</translation>
        </message>
        <message>
            <source>d MMMM yyyy, HH:mm</source>
            <comment>date pattern (QLocale)</comment>
            <translation>d 'de' MMMM 'de' yyyy, HH:mm</translation>
        </message>
        <message>
            <source>{name} on {when}: not scored</source>
            <translation>{name} el {when}: sin puntuación</translation>
        </message>
        <message>
            <source>{value} of 100</source>
            <translation>{value} de 100</translation>
        </message>
        <message>
            <source>not scored on {when}</source>
            <translation>sin puntuación el {when}</translation>
        </message>
        <message>
            <source>{value} on {when}</source>
            <translation>{value} el {when}</translation>
        </message>
        <message>
            <source>Chart across sessions</source>
            <translation>Gráfico a lo largo de las sesiones</translation>
        </message>
        <message>
            <source>Chart of {name} across sessions</source>
            <translation>Gráfico de {name} a lo largo de las sesiones</translation>
        </message>
        <message>
            <source>Finish and sign these notes?</source>
            <translation>¿Terminar y firmar estas notas?</translation>
        </message>
        <message>
            <source>Signing closes the notes with today's date and time. After that they stay as they are: anything you add later is an amendment, with its own date and reason, and what you wrote first stays readable beside it.</source>
            <translation>Al firmar, las notas se cierran con la fecha y la hora de hoy. Después se quedan como están: lo que añadas más tarde es una enmienda, con su propia fecha y motivo, y lo que escribiste primero se puede seguir leyendo a su lado.</translation>
        </message>
        <message>
            <source>Finish and sign</source>
            <translation>Terminar y firmar</translation>
        </message>
        <message>
            <source>Sign the notes</source>
            <translation>Firmar las notas</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
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
            <translation>Conservarla</translation>
        </message>
        <message>
            <source>Notes already written with it keep their sections and words.</source>
            <translation>Las notas ya escritas con ella conservan sus secciones y sus palabras.</translation>
        </message>
        <message>
            <source>Import a note template</source>
            <translation>Importar una plantilla de notas</translation>
        </message>
        <message>
            <source>Templates (*.toml)</source>
            <translation>Plantillas (*.toml)</translation>
        </message>
        <message>
            <source>Export the note template</source>
            <translation>Exportar la plantilla de notas</translation>
        </message>
        <message>
            <source>No amendments.</source>
            <translation>Sin enmiendas.</translation>
        </message>
        <message numerus="yes">
            <source>%n amendment(s).</source>
            <translation>
                <numerusform>%n enmienda.</numerusform>
                <numerusform>%n enmiendas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Session notes</source>
            <translation>Notas de la sesión</translation>
        </message>
        <message>
            <source>Your own view: the private parts of these notes are shown here.</source>
            <translation>Tu propia vista: aquí se muestran las partes privadas de estas notas.</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>Enmiendas</translation>
        </message>
        <message>
            <source>Finish and &amp;sign…</source>
            <translation>Terminar y &amp;firmar…</translation>
        </message>
        <message>
            <source>Add an &amp;amendment…</source>
            <translation>Añadir una &amp;enmienda…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Notes: the session with {name}, {when}</source>
            <translation>Notas: la sesión con {name}, {when}</translation>
        </message>
        <message>
            <source>Signed {when}. {amendments} These notes stay as they are; add an amendment to change or add to them.</source>
            <translation>Firmadas el {when}. {amendments} Estas notas se quedan como están; añade una enmienda para cambiarlas o completarlas.</translation>
        </message>
        <message>
            <source>Not signed yet: you can still change these notes. Closing keeps them.</source>
            <translation>Todavía sin firmar: aún puedes cambiar estas notas. Al cerrar, se guardan.</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Motivo: {reason}</translation>
        </message>
        <message>
            <source>The notes are signed.</source>
            <translation>Las notas están firmadas.</translation>
        </message>
        <message>
            <source>The amendment is kept beside the notes.</source>
            <translation>La enmienda se guarda junto a las notas.</translation>
        </message>
        <message>
            <source>Please confirm</source>
            <translation>Confirma, por favor</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>One-on-one sessions with the people you support, under pseudonyms. Only one session is open at a time, and only its client is on screen.</source>
            <translation>Sesiones individuales con las personas a las que acompañas, bajo seudónimos. Solo hay una sesión abierta a la vez, y solo su cliente aparece en pantalla.</translation>
        </message>
        <message>
            <source>&amp;Continue the session</source>
            <translation>&amp;Continuar la sesión</translation>
        </message>
        <message>
            <source>Show &amp;my clients</source>
            <translation>Mostrar &amp;mis clientes</translation>
        </message>
        <message>
            <source>The session with {name} is still open.</source>
            <translation>La sesión con {name} sigue abierta.</translation>
        </message>
        <message>
            <source>Delete {name} and everything recorded in their sessions? This cannot be undone.</source>
            <translation>¿Eliminar a {name} y todo lo registrado en sus sesiones? No se puede deshacer.</translation>
        </message>
        <message>
            <source>The session has ended. Its summary is kept with {name}'s sessions.</source>
            <translation>La sesión ha terminado. Su resumen se guarda con las sesiones de {name}.</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>date pattern (QLocale)</comment>
            <translation>MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>until you delete it</source>
            <translation>hasta que lo elimines</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) after the last session</source>
            <translation>
                <numerusform>%n año después de la última sesión</numerusform>
                <numerusform>%n años después de la última sesión</numerusform>
            </translation>
        </message>
        <message>
            <source>How long this record is kept</source>
            <translation>Cuánto tiempo se guarda este expediente</translation>
        </message>
        <message>
            <source>How long records are kept</source>
            <translation>Cuánto tiempo se guardan los expedientes</translation>
        </message>
        <message>
            <source>Choose how long {name}'s record is kept after their last session, if it should differ from the rest of your practice.</source>
            <translation>Elige cuánto tiempo se guarda el expediente de {name} después de su última sesión, si debe ser distinto del resto de tu práctica.</translation>
        </message>
        <message>
            <source>Choose how long a client's record is kept after their last session.</source>
            <translation>Elige cuánto tiempo se guarda el expediente de un cliente después de su última sesión.</translation>
        </message>
        <message>
            <source>Laws and professional bodies differ, and records of children are often kept longer: check what applies to you. When a record's time comes, the practice home lists it for you to review. Nothing is deleted without asking you.</source>
            <translation>Las leyes y los colegios profesionales varían, y los expedientes de menores suelen guardarse más tiempo: comprueba lo que se aplica a ti. Cuando a un expediente le llega su momento, el inicio de la práctica te lo muestra para que lo revises. No se elimina nada sin preguntarte.</translation>
        </message>
        <message>
            <source>&amp;As the rest of the practice: {words}</source>
            <translation>&amp;Como el resto de la práctica: {words}</translation>
        </message>
        <message>
            <source>&amp;For</source>
            <translation>&amp;Durante</translation>
        </message>
        <message>
            <source>Years after the last session</source>
            <translation>Años después de la última sesión</translation>
        </message>
        <message>
            <source>years after the last session</source>
            <translation>años después de la última sesión</translation>
        </message>
        <message>
            <source>&amp;Until I delete it</source>
            <translation>&amp;Hasta que lo elimine</translation>
        </message>
        <message>
            <source>This removes {name} and what is kept about them; there are no sessions.</source>
            <translation>Esto elimina a {name} y lo que se guarda sobre esta persona; no hay sesiones.</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>de {first} a {last}</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source> ({span})</source>
            <translation> ({span})</translation>
        </message>
        <message>
            <source> with their notes, private notes and consent records</source>
            <translation> con sus notas, notas privadas y registros de consentimiento</translation>
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
                <numerusform>%n registro de cómo estás</numerusform>
                <numerusform>%n registros de cómo estás</numerusform>
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
                <numerusform>%n práctica hecha en conjunto</numerusform>
                <numerusform>%n prácticas hechas en conjunto</numerusform>
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
            <source>This removes {name} and everything recorded with them: {parts}.</source>
            <translation>Esto elimina a {name} y todo lo registrado con esta persona: {parts}.</translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>No se puede deshacer.</translation>
        </message>
        <message>
            <source>Backups made before now still hold this record until they are replaced or removed, and summaries or exports you saved as files stay as they are.</source>
            <translation>Las copias de seguridad hechas antes de ahora siguen conteniendo este expediente hasta que se reemplacen o se eliminen, y los resúmenes o exportaciones que guardaste como archivos se quedan como están.</translation>
        </message>
        <message>
            <source>The deletion log keeps one line: the date, the rule, the months of the first and last sessions and how many there were. Never the name or anything written.</source>
            <translation>El registro de eliminaciones guarda una línea: la fecha, la regla, los meses de la primera y la última sesión y cuántas hubo. Nunca el nombre ni nada de lo escrito.</translation>
        </message>
        <message>
            <source>Review a record</source>
            <translation>Revisar un expediente</translation>
        </message>
        <message>
            <source>Delete {name}'s record for good?</source>
            <translation>¿Eliminar para siempre el expediente de {name}?</translation>
        </message>
        <message>
            <source>&amp;Keep the record</source>
            <translation>&amp;Conservar el expediente</translation>
        </message>
        <message>
            <source>Keeps things as they are</source>
            <translation>Deja todo como está</translation>
        </message>
        <message>
            <source>&amp;Delete for good</source>
            <translation>&amp;Eliminar para siempre</translation>
        </message>
        <message>
            <source>Keep for now</source>
            <translation>Conservar por ahora</translation>
        </message>
        <message>
            <source>Keep {name}'s record for now?</source>
            <translation>¿Conservar por ahora el expediente de {name}?</translation>
        </message>
        <message>
            <source>Keep it at least one more year, and the practice home brings it up again then. Or choose a rule of this client's own.</source>
            <translation>Consérvalo al menos un año más, y el inicio de la práctica te lo volverá a mostrar entonces. O elige una regla propia para este cliente.</translation>
        </message>
        <message>
            <source>Choose a &amp;rule…</source>
            <translation>Elegir una &amp;regla…</translation>
        </message>
        <message>
            <source>Keep one more &amp;year</source>
            <translation>Conservarlo un &amp;año más</translation>
        </message>
        <message>
            <source>, {span}</source>
            <translation>, {span}</translation>
        </message>
        <message>
            <source>no sessions</source>
            <translation>sin sesiones</translation>
        </message>
        <message>
            <source>Deletion log</source>
            <translation>Registro de eliminaciones</translation>
        </message>
        <message>
            <source>One line for each client record deleted under a retention rule: when, under which rule, the months of the first and last sessions and how many there were. It never holds a name or anything written.</source>
            <translation>Una línea por cada expediente eliminado según una regla de conservación: cuándo, con qué regla, los meses de la primera y la última sesión y cuántas hubo. Nunca contiene un nombre ni nada de lo escrito.</translation>
        </message>
        <message>
            <source>Records deleted</source>
            <translation>Expedientes eliminados</translation>
        </message>
        <message>
            <source>No record has been deleted under a retention rule.</source>
            <translation>No se ha eliminado ningún expediente según una regla de conservación.</translation>
        </message>
        <message>
            <source>The record is kept. It comes up again in {month}.</source>
            <translation>El expediente se conserva. Volverá a aparecer en {month}.</translation>
        </message>
        <message>
            <source>Not recorded today, as agreed.</source>
            <translation>Hoy no se registra, como se acordó.</translation>
        </message>
        <message>
            <source>Shared with your client</source>
            <translation>Compartido con tu cliente</translation>
        </message>
        <message>
            <source>Private: only you see this</source>
            <translation>Privado: solo tú lo ves</translation>
        </message>
        <message>
            <source>Nothing written here.</source>
            <translation>Aquí no hay nada escrito.</translation>
        </message>
        <message>
            <source>Notes &amp;written with:</source>
            <translation>Notas &amp;escritas con:</translation>
        </message>
        <message>
            <source>Template for these notes</source>
            <translation>Plantilla para estas notas</translation>
        </message>
        <message>
            <source>Free notes (no template)</source>
            <translation>Notas libres (sin plantilla)</translation>
        </message>
        <message>
            <source>The template these notes were written with</source>
            <translation>La plantilla con la que se escribieron estas notas</translation>
        </message>
        <message>
            <source>We worked on: {goal}</source>
            <translation>Trabajamos en: {goal}</translation>
        </message>
        <message>
            <source>just starting</source>
            <translation>recién empezando</translation>
        </message>
        <message>
            <source>where I want to be</source>
            <translation>donde quiero estar</translation>
        </message>
        <message>
            <source>How far along with “{goal}”, 0 to 10 (optional)</source>
            <translation>Cuánto has avanzado con “{goal}”, de 0 a 10 (opcional)</translation>
        </message>
        <message>
            <source>How far along do you feel? (optional)</source>
            <translation>¿Cuánto sientes que has avanzado? (opcional)</translation>
        </message>
        <message>
            <source>Goals we worked on</source>
            <translation>Objetivos en los que trabajamos</translation>
        </message>
        <message>
            <source>Tick the goals you worked on today. Rating them is up to you.</source>
            <translation>Marca los objetivos en los que se trabajó hoy. Valorarlos depende de ti.</translation>
        </message>
        <message>
            <source>No goals written yet. You can add one together.</source>
            <translation>Todavía no hay objetivos escritos. Se puede añadir uno en conjunto.</translation>
        </message>
        <message>
            <source>Add a goal &amp;together…</source>
            <translation>Añadir un ob&amp;jetivo en conjunto…</translation>
        </message>
        <message>
            <source>Before we begin</source>
            <translation>Antes de empezar</translation>
        </message>
        <message>
            <source>How you are arriving</source>
            <translation>Cómo llegas</translation>
        </message>
        <message>
            <source>Together</source>
            <translation>En conjunto</translation>
        </message>
        <message>
            <source>How you are leaving</source>
            <translation>Cómo te vas</translation>
        </message>
        <message>
            <source>Your summary</source>
            <translation>Tu resumen</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Session with {who}</source>
            <translation>Sesión con {who}</translation>
        </message>
        <message>
            <source>Switch between the client view and your own view ({keys}).</source>
            <translation>Cambia entre la vista de cliente y tu propia vista ({keys}).</translation>
        </message>
        <message>
            <source>&amp;End the session</source>
            <translation>&amp;Terminar la sesión</translation>
        </message>
        <message>
            <source>Your view: private notes are shown below. Turn the screen away from the client, or switch back to the client view ({keys}).</source>
            <translation>Tu vista: abajo se muestran las notas privadas. Aparta la pantalla de tu cliente o vuelve a la vista de cliente ({keys}).</translation>
        </message>
        <message>
            <source>How are you arriving?</source>
            <translation>¿Cómo llegas hoy?</translation>
        </message>
        <message>
            <source>How much distress are you carrying right now? (optional)</source>
            <translation>¿Cuánto malestar sientes ahora mismo? (opcional)</translation>
        </message>
        <message>
            <source>How are you leaving?</source>
            <translation>¿Cómo te vas?</translation>
        </message>
        <message>
            <source>And now, how much distress are you carrying? (optional)</source>
            <translation>Y ahora, ¿cuánto malestar sientes? (opcional)</translation>
        </message>
        <message>
            <source>The journal stays open during this session.</source>
            <translation>El diario se queda abierto durante esta sesión.</translation>
        </message>
        <message>
            <source>Private notes — only in your view, never in the summary</source>
            <translation>Notas privadas: solo en tu vista, nunca en el resumen</translation>
        </message>
        <message>
            <source>For your own practice</source>
            <translation>Para tu propia práctica</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>Client view is on — switch to &amp;my view</source>
            <translation>Vista de cliente activa: cambiar a &amp;mi vista</translation>
        </message>
        <message>
            <source>Your view — switch to &amp;client view</source>
            <translation>Tu vista: cambiar a la vista de c&amp;liente</translation>
        </message>
        <message>
            <source>Client view is on</source>
            <translation>La vista de cliente está activa</translation>
        </message>
        <message>
            <source>Practitioner view is on</source>
            <translation>La vista profesional está activa</translation>
        </message>
        <message>
            <source>{n} of {total}: {name}</source>
            <translation>{n} de {total}: {name}</translation>
        </message>
        <message>
            <source>&amp;Agree and continue</source>
            <translation>Aceptar y &amp;continuar</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>Save and &amp;end the session</source>
            <translation>Guardar y t&amp;erminar la sesión</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Hecho</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>The client chose not to have these recorded.</source>
            <translation>Tu cliente eligió que esto no se registre.</translation>
        </message>
        <message>
            <source>Your questionnaire answers are saved.</source>
            <translation>Tus respuestas al cuestionario están guardadas.</translation>
        </message>
        <message>
            <source>Share with my client</source>
            <translation>Compartir con mi cliente</translation>
        </message>
        <message>
            <source>Save the summary for your client</source>
            <translation>Guardar el resumen para tu cliente</translation>
        </message>
        <message>
            <source>Shared summaries (*{suffix})</source>
            <translation>Resúmenes compartidos (*{suffix})</translation>
        </message>
        <message>
            <source>Give your client the file and this code</source>
            <translation>Da a tu cliente el archivo y este código</translation>
        </message>
        <message>
            <source>The summary is saved, encrypted, as {name}.</source>
            <translation>El resumen está guardado, cifrado, como {name}.</translation>
        </message>
        <message>
            <source>The code that opens the summary</source>
            <translation>El código que abre el resumen</translation>
        </message>
        <message>
            <source>This code is shown only now and kept nowhere. Read it aloud while your client writes it down, or write it down for them. They type it in their own journal with Receive from my practitioner.</source>
            <translation>Este código se muestra solo ahora y no se guarda en ningún sitio. Léelo en voz alta mientras tu cliente lo anota, o anótalo tú. Lo escribirá en su propio diario con Recibir de mi profesional.</translation>
        </message>
        <message>
            <source>Anyone who has both the file and the code can read the summary, so give them in different ways: never both in one message.</source>
            <translation>Cualquiera que tenga el archivo y el código puede leer el resumen, así que entrégalos por vías distintas: nunca los dos en un mismo mensaje.</translation>
        </message>
        <message>
            <source>&amp;Copy the code</source>
            <translation>&amp;Copiar el código</translation>
        </message>
        <message>
            <source>Copied. It is taken off the clipboard when the journal locks.</source>
            <translation>Copiado. Se quita del portapapeles cuando el diario se bloquea.</translation>
        </message>
        <message>
            <source>The file could not be saved there. Try another folder.</source>
            <translation>El archivo no se pudo guardar ahí. Prueba con otra carpeta.</translation>
        </message>
        <message>
            <source>Your notes are not signed yet. Sign them now, or later from the client's sessions.</source>
            <translation>Tus notas aún no están firmadas. Fírmalas ahora, o más tarde desde las sesiones de tu cliente.</translation>
        </message>
        <message>
            <source>Signed {when}. {amendments}</source>
            <translation>Firmadas el {when}. {amendments}</translation>
        </message>
        <message>
            <source>This is exactly what will be recorded today. Untick anything you would rather not have recorded; nothing unticked will be kept.</source>
            <translation>Esto es exactamente lo que se registrará hoy. Desmarca lo que prefieras que no se registre; nada de lo desmarcado se guardará.</translation>
        </message>
        <message>
            <source>Every question here can be skipped.</source>
            <translation>Puedes saltarte cualquier pregunta.</translation>
        </message>
        <message>
            <source>very unpleasant</source>
            <translation>muy desagradable</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>neutral</translation>
        </message>
        <message>
            <source>very pleasant</source>
            <translation>muy agradable</translation>
        </message>
        <message>
            <source>Mood, from −3 to +3</source>
            <translation>Ánimo, de −3 a +3</translation>
        </message>
        <message>
            <source>And your mood, if you like:</source>
            <translation>Y tu ánimo, si quieres:</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Cuestionario</translation>
        </message>
        <message>
            <source>Answer a &amp;questionnaire together…</source>
            <translation>Responder un c&amp;uestionario en conjunto…</translation>
        </message>
        <message>
            <source>Optional:</source>
            <translation>Opcional:</translation>
        </message>
        <message>
            <source>Session summary</source>
            <translation>Resumen de la sesión</translation>
        </message>
        <message>
            <source>Save the summary as PDF</source>
            <translation>Guardar el resumen como PDF</translation>
        </message>
        <message>
            <source>&amp;Share with my client…</source>
            <translation>Compa&amp;rtir con mi cliente…</translation>
        </message>
        <message>
            <source>The PDF could not be saved there. Try another folder.</source>
            <translation>El PDF no se pudo guardar ahí. Prueba con otra carpeta.</translation>
        </message>
        <message>
            <source>Saved as {name}.</source>
            <translation>Guardado como {name}.</translation>
        </message>
        <message>
            <source>Shared: what we agreed</source>
            <translation>Compartido: lo que acordamos</translation>
        </message>
        <message>
            <source>Shared: self-care steps</source>
            <translation>Compartido: pasos de autocuidado</translation>
        </message>
        <message>
            <source>For example: What helped</source>
            <translation>Por ejemplo: Lo que ayudó</translation>
        </message>
        <message>
            <source>A short question shown in the empty box (optional)</source>
            <translation>Una pregunta breve que se muestra en el cuadro vacío (opcional)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Section {n}: &amp;title</source>
            <translation>Sección {n}: &amp;título</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Pregunta guía</translation>
        </message>
        <message>
            <source>Who reads it</source>
            <translation>Quién la lee</translation>
        </message>
        <message>
            <source>Title of section {n}</source>
            <translation>Título de la sección {n}</translation>
        </message>
        <message>
            <source>Prompt of section {n}</source>
            <translation>Pregunta guía de la sección {n}</translation>
        </message>
        <message>
            <source>Who reads section {n}</source>
            <translation>Quién lee la sección {n}</translation>
        </message>
        <message>
            <source>Remove section {n}</source>
            <translation>Quitar la sección {n}</translation>
        </message>
        <message>
            <source>Edit note template</source>
            <translation>Editar la plantilla de notas</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>Nueva plantilla</translation>
        </message>
        <message>
            <source>Shared sections can reach your client's summary; private ones never do. Notes already written keep the sections they were written with.</source>
            <translation>Las secciones compartidas pueden llegar al resumen de tu cliente; las privadas, nunca. Las notas ya escritas conservan las secciones con las que se escribieron.</translation>
        </message>
        <message>
            <source>One line on when you use it (optional)</source>
            <translation>Una línea sobre cuándo la usas (opcional)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Descripción</translation>
        </message>
        <message>
            <source>&amp;Add a section</source>
            <translation>&amp;Añadir una sección</translation>
        </message>
        <message>
            <source>A template can have at most {n} sections.</source>
            <translation>Una plantilla puede tener como máximo {n} secciones.</translation>
        </message>
        <message>
            <source>Note templates</source>
            <translation>Plantillas de notas</translation>
        </message>
        <message>
            <source>A template gives your notes their sections. Each section is shared with your client (it can reach their summary) or private (only you see it). Changing or deleting a template never changes notes already written.</source>
            <translation>Una plantilla da a tus notas sus secciones. Cada sección se comparte con tu cliente (puede llegar a su resumen) o es privada (solo tú la ves). Cambiar o eliminar una plantilla nunca cambia las notas ya escritas.</translation>
        </message>
        <message>
            <source>&amp;New template…</source>
            <translation>&amp;Nueva plantilla…</translation>
        </message>
        <message>
            <source>&amp;Copy as my own…</source>
            <translation>&amp;Copiar como propia…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
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
            <source> (built in)</source>
            <translation> (incluida)</translation>
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
            <translation>Copiar como propia</translation>
        </message>
        <message>
            <source>“{name}” is deleted.</source>
            <translation>“{name}” está eliminada.</translation>
        </message>
        <message>
            <source>“{name}” is added to your templates.</source>
            <translation>“{name}” está añadida a tus plantillas.</translation>
        </message>
        <message>
            <source>&amp;Begin this practice</source>
            <translation>Em&amp;pezar esta práctica</translation>
        </message>
        <message>
            <source>P&amp;ractice:</source>
            <translation>P&amp;ráctica:</translation>
        </message>
        <message>
            <source>No practice yet today.</source>
            <translation>Hoy todavía no hay ninguna práctica.</translation>
        </message>
        <message>
            <source>What we noticed and want to remember</source>
            <translation>Lo que notamos y queremos recordar</translation>
        </message>
        <message>
            <source>What we agree on</source>
            <translation>En lo que estamos de acuerdo</translation>
        </message>
        <message>
            <source>Small steps until next time</source>
            <translation>Pequeños pasos hasta la próxima vez</translation>
        </message>
        <message>
            <source>&amp;Notes we write together (you will see these, and keep them)</source>
            <translation>&amp;Notas que escribimos en conjunto (las verás y te las quedas)</translation>
        </message>
        <message>
            <source>What we &amp;agree</source>
            <translation>Lo que acor&amp;damos</translation>
        </message>
        <message>
            <source>&amp;Self-care steps until next time</source>
            <translation>Pasos de autocuidado &amp;hasta la próxima vez</translation>
        </message>
        <message>
            <source>Practices can still be done together; they are not recorded today.</source>
            <translation>Las prácticas se pueden hacer igualmente en conjunto; hoy no se registran.</translation>
        </message>
    </context>
</TS>
