<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Practice</name>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>{total} from the week of {first} to this week, one bar a week.</source>
            <translation>{total} desde la semana del {first} hasta esta semana, una barra por semana.</translation>
        </message>
        <message>
            <source>{total} from {month} to this month, one bar a month.</source>
            <translation>{total} desde {month} hasta este mes, una barra por mes.</translation>
        </message>
        <message>
            <source>Insights across sessions</source>
            <translation>Perspectivas de las sesiones</translation>
        </message>
        <message>
            <source>Figures from your sessions only. Each client's questionnaire results stay with that client in Sessions. These describe ratings, never a person.</source>
            <translation>Cifras solo de tus sesiones. Los resultados de los cuestionarios de cada cliente se quedan con ese cliente en Sesiones. Describen valoraciones, nunca a una persona.</translation>
        </message>
        <message>
            <source>Sessions each week</source>
            <translation>Sesiones por semana</translation>
        </message>
        <message>
            <source>Sessions each month</source>
            <translation>Sesiones por mes</translation>
        </message>
        <message>
            <source>From arriving to leaving</source>
            <translation>De la llegada a la salida</translation>
        </message>
        <message>
            <source>Practices in sessions</source>
            <translation>Prácticas en las sesiones</translation>
        </message>
        <message>
            <source>“Typically” means the middle of the ratings (the median), so one unusual session does not sway it. A change in a rating is not a verdict on a practice or on anyone.</source>
            <translation>“Por lo general” significa el valor central de las valoraciones (la mediana), así que una sesión poco habitual no lo mueve. Un cambio en una valoración no es un juicio sobre una práctica ni sobre nadie.</translation>
        </message>
        <message>
            <source>When you hold sessions, their figures will show here.</source>
            <translation>Cuando tengas sesiones, sus cifras aparecerán aquí.</translation>
        </message>
        <message numerus="yes">
            <source>{sessions} in all, with (one client|%n clients).</source>
            <translation>
                <numerusform>{sessions} en total, con un cliente.</numerusform>
                <numerusform>{sessions} en total, con %n clientes.</numerusform>
            </translation>
        </message>
        <message>
            <source>When a practice is done in a session with a rating before and after, it will show here.</source>
            <translation>Cuando se haga una práctica en una sesión con una valoración antes y después, aparecerá aquí.</translation>
        </message>
        <message>
            <source>dddd d MMMM yyyy</source>
            <comment>date pattern (QLocale)</comment>
            <translation>dddd d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>date pattern (QLocale)</comment>
            <translation>MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>dddd d MMMM, HH:mm</source>
            <comment>date pattern (QLocale)</comment>
            <translation>dddd d 'de' MMMM, HH:mm</translation>
        </message>
        <message>
            <source> — still open</source>
            <translation> — todavía abierta</translation>
        </message>
        <message>
            <source> — summary saved</source>
            <translation> — resumen guardado</translation>
        </message>
        <message>
            <source>{name} — the session of {when}</source>
            <translation>{name} — la sesión del {when}</translation>
        </message>
        <message numerus="yes">
            <source>{name} — the session of {when}, and (one earlier session|%n earlier sessions)</source>
            <translation>
                <numerusform>{name} — la sesión del {when} y una sesión anterior</numerusform>
                <numerusform>{name} — la sesión del {when} y %n sesiones anteriores</numerusform>
            </translation>
        </message>
        <message>
            <source>Practice home</source>
            <translation>Inicio de la práctica</translation>
        </message>
        <message>
            <source>&amp;Go to the session</source>
            <translation>&amp;Ir a la sesión</translation>
        </message>
        <message>
            <source>Today's sessions</source>
            <translation>Sesiones de hoy</translation>
        </message>
        <message>
            <source>No sessions yet today.</source>
            <translation>Hoy todavía no hay sesiones.</translation>
        </message>
        <message>
            <source>Go to &amp;Sessions</source>
            <translation>Ir a &amp;Sesiones</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Clients who need a summary</source>
            <translation>Clientes que necesitan un resumen</translation>
        </message>
        <message>
            <source>Every summary of the last 30 days has been saved for its client.</source>
            <translation>Todos los resúmenes de los últimos 30 días están guardados para su cliente.</translation>
        </message>
        <message>
            <source>Open the s&amp;ummary</source>
            <translation>Abrir el res&amp;umen</translation>
        </message>
        <message>
            <source>Sessions of the last 30 days whose summary was not saved as a PDF yet. Open one to read it and save it for the client.</source>
            <translation>Sesiones de los últimos 30 días cuyo resumen aún no se guardó como PDF. Abre una para leerlo y guardarlo para tu cliente.</translation>
        </message>
        <message>
            <source>Notes to finish</source>
            <translation>Notas por terminar</translation>
        </message>
        <message>
            <source>The notes of every earlier session are signed.</source>
            <translation>Las notas de todas las sesiones anteriores están firmadas.</translation>
        </message>
        <message>
            <source>Open the &amp;notes…</source>
            <translation>Abrir las &amp;notas…</translation>
        </message>
        <message>
            <source>Sessions from more than a day ago whose notes are not signed yet. Open one to finish and sign its notes when it suits you.</source>
            <translation>Sesiones de hace más de un día cuyas notas aún no están firmadas. Abre una para terminar y firmar sus notas cuando te venga bien.</translation>
        </message>
        <message>
            <source>Sessions of the last two weeks</source>
            <translation>Sesiones de las últimas dos semanas</translation>
        </message>
        <message>
            <source>No sessions in the last two weeks.</source>
            <translation>No hay sesiones en las últimas dos semanas.</translation>
        </message>
        <message>
            <source>Open its su&amp;mmary</source>
            <translation>Abrir su resu&amp;men</translation>
        </message>
        <message>
            <source>The last two weeks</source>
            <translation>Las últimas dos semanas</translation>
        </message>
        <message>
            <source>Records that have reached the time you chose</source>
            <translation>Expedientes que llegaron al tiempo que elegiste</translation>
        </message>
        <message>
            <source>A session is open. Only its client is named here until it ends.</source>
            <translation>Hay una sesión abierta. Hasta que termine, aquí solo se nombra a su cliente.</translation>
        </message>
        <message>
            <source>The session with {name}, started {when}, is still open.</source>
            <translation>La sesión con {name}, iniciada el {when}, sigue abierta.</translation>
        </message>
        <message>
            <source>{day}. Your sessions at a glance; nothing here is shown to a client.</source>
            <translation>{day}. Tus sesiones de un vistazo; nada de esto se muestra a un cliente.</translation>
        </message>
        <message>
            <source>The newest {shown} of {total} are listed.</source>
            <translation>Se muestran las {shown} más recientes de {total}.</translation>
        </message>
        <message>
            <source>Care resources</source>
            <translation>Recursos de cuidado</translation>
        </message>
        <message>
            <source>Crisis lines, warm lines, teams that come without police, and community places you may share with the people you support, in the order you would suggest them. They stay in this vault.</source>
            <translation>Líneas de crisis, líneas de escucha, equipos que acuden sin policía y lugares comunitarios que puedes compartir con las personas a las que acompañas, en el orden en que los sugerirías. Se quedan en esta bóveda.</translation>
        </message>
        <message>
            <source>You keep each client's record until you delete it.</source>
            <translation>Guardas el expediente de cada cliente hasta que lo eliminas.</translation>
        </message>
        <message>
            <source>You keep each client's record for {words}.</source>
            <translation>Guardas el expediente de cada cliente durante {words}.</translation>
        </message>
        <message>
            <source>No record has reached the time you chose.</source>
            <translation>Ningún expediente ha llegado al tiempo que elegiste.</translation>
        </message>
        <message>
            <source>a set time after the last session</source>
            <translation>un tiempo fijo después de la última sesión</translation>
        </message>
        <message numerus="yes">
            <source>Records you chose to keep for {words}: %n (has|have) reached that time.</source>
            <translation>
                <numerusform>Expedientes que elegiste guardar durante {words}: %n ha llegado a ese tiempo.</numerusform>
                <numerusform>Expedientes que elegiste guardar durante {words}: %n han llegado a ese tiempo.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} — no sessions; the record was made in {month}</source>
            <translation>{name} — sin sesiones; el expediente se creó en {month}</translation>
        </message>
        <message>
            <source>{name} — last session in {month}, {sessions}</source>
            <translation>{name} — última sesión en {month}, {sessions}</translation>
        </message>
        <message>
            <source> — their own rule: {words}</source>
            <translation> — su propia regla: {words}</translation>
        </message>
        <message>
            <source>{words} (the client's own rule)</source>
            <translation>{words} (regla propia del cliente)</translation>
        </message>
        <message>
            <source>Re&amp;view…</source>
            <translation>Re&amp;visar…</translation>
        </message>
        <message>
            <source>Keep &amp;for now…</source>
            <translation>Conservar &amp;por ahora…</translation>
        </message>
        <message>
            <source>How long records are &amp;kept…</source>
            <translation>Cuánto tiempo se &amp;guardan los expedientes…</translation>
        </message>
        <message>
            <source>Deletion &amp;log…</source>
            <translation>Registro de e&amp;liminaciones…</translation>
        </message>
        <message>
            <source>Keeping records</source>
            <translation>Conservación de expedientes</translation>
        </message>
        <message>
            <source>The record was deleted for good. The deletion log has one more line.</source>
            <translation>El expediente se eliminó para siempre. El registro de eliminaciones tiene una línea más.</translation>
        </message>
        <message>
            <source>The record is kept until you delete it.</source>
            <translation>El expediente se guarda hasta que lo elimines.</translation>
        </message>
        <message>
            <source>The record now follows the rule you chose.</source>
            <translation>El expediente sigue ahora la regla que elegiste.</translation>
        </message>
    </context>
</TS>
