<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Insights</name>
        <message>
            <source>Typical rating</source>
            <translation>Valoración típica</translation>
        </message>
        <message>
            <source>No {measure} ratings in this period yet.</source>
            <translation>Todavía no hay valoraciones de {measure} en este periodo.</translation>
        </message>
        <message>
            <source>the week of {day}</source>
            <translation>la semana del {day}</translation>
        </message>
        <message>
            <source>{day}</source>
            <translation>{day}</translation>
        </message>
        <message numerus="yes">
            <source>{when}: typically {value} (%n rating(s))</source>
            <translation>
                <numerusform>{when}: por lo general {value} (%n valoración)</numerusform>
                <numerusform>{when}: por lo general {value} (%n valoraciones)</numerusform>
            </translation>
        </message>
        <message>
            <source>Your results</source>
            <translation>Tus resultados</translation>
        </message>
        <message>
            <source>Entries each week</source>
            <translation>Entradas por semana</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>One bar for each week, from the week of {first} to this week.</source>
            <translation>Una barra por semana, desde la semana del {first} hasta esta semana.</translation>
        </message>
        <message>
            <source>Check-ins on the calendar</source>
            <translation>Tus registros en el calendario</translation>
        </message>
        <message>
            <source>No check-ins in this year yet.</source>
            <translation>Todavía no hay registros este año.</translation>
        </message>
        <message numerus="yes">
            <source>From {start} to {end} you checked in on %n day(s),</source>
            <translation>
                <numerusform>Del {start} al {end} hiciste un registro en %n día,</numerusform>
                <numerusform>Del {start} al {end} hiciste registros en %n días,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) in all.</source>
            <translation>
                <numerusform>%n vez en total.</numerusform>
                <numerusform>%n veces en total.</numerusform>
            </translation>
        </message>
        <message>
            <source>The most on one day was {most}, on {busiest}.</source>
            <translation>Lo máximo en un día fue {most}, el {busiest}.</translation>
        </message>
        <message>
            <source>No check-in</source>
            <translation>Sin registro</translation>
        </message>
        <message>
            <source>Fewer</source>
            <translation>Menos</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message numerus="yes">
            <source>{day}: %n check-in(s)</source>
            <translation>
                <numerusform>{day}: %n registro</numerusform>
                <numerusform>{day}: %n registros</numerusform>
            </translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>date pattern (QLocale)</comment>
            <translation>MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>By &amp;week</source>
            <translation>Por &amp;semana</translation>
        </message>
        <message>
            <source>By &amp;month</source>
            <translation>Por &amp;mes</translation>
        </message>
        <message>
            <source>By &amp;year</source>
            <translation>Por &amp;año</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Perspectivas</translation>
        </message>
        <message>
            <source>Patterns in your own check-ins, practices and writing. They are observations, not verdicts, and nothing here is a diagnosis.</source>
            <translation>Patrones en tus propios registros, prácticas y escritos. Son observaciones, no juicios, y nada de esto es un diagnóstico.</translation>
        </message>
        <message>
            <source>Gathering your insights…</source>
            <translation>Reuniendo tus perspectivas…</translation>
        </message>
        <message>
            <source>When you have a few check-ins, the patterns in them will gather here. There is no hurry.</source>
            <translation>Cuando tengas algunos registros, sus patrones se irán reuniendo aquí. No hay prisa.</translation>
        </message>
        <message>
            <source>Your insights could not be gathered just now. They will be tried again later.</source>
            <translation>Tus perspectivas no se pudieron reunir ahora mismo. Se intentará de nuevo más tarde.</translation>
        </message>
        <message>
            <source>Distress and mood over time</source>
            <translation>Malestar y ánimo a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Each point is your typical rating (the median) for that period. A period without check-ins is left as a gap.</source>
            <translation>Cada punto es tu valoración típica (la mediana) de ese periodo. Un periodo sin registros queda como un hueco.</translation>
        </message>
        <message>
            <source>Distress over time</source>
            <translation>Malestar a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Mood over time</source>
            <translation>Ánimo a lo largo del tiempo</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>Lo que me ayuda</translation>
        </message>
        <message>
            <source>What was present on calmer days</source>
            <translation>Lo que estuvo presente en los días más tranquilos</translation>
        </message>
        <message>
            <source>Your writing rhythm</source>
            <translation>Tu ritmo de escritura</translation>
        </message>
        <message>
            <source>Questionnaires</source>
            <translation>Cuestionarios</translation>
        </message>
        <message>
            <source>Your questionnaire results over time, on soft shading that marks the published groupings. They are shown only when you ask, and they are not a diagnosis.</source>
            <translation>Tus resultados de los cuestionarios a lo largo del tiempo, sobre un sombreado suave que marca las agrupaciones publicadas. Solo se muestran cuando lo pides, y no son un diagnóstico.</translation>
        </message>
        <message>
            <source>&amp;Show my questionnaire results</source>
            <translation>Mostrar mis &amp;resultados de los cuestionarios</translation>
        </message>
        <message>
            <source>Distress, week by week (0–10)</source>
            <translation>Malestar, semana a semana (0–10)</translation>
        </message>
        <message>
            <source>Mood, week by week (−3 to +3)</source>
            <translation>Ánimo, semana a semana (−3 a +3)</translation>
        </message>
        <message>
            <source>Distress, month by month (0–10)</source>
            <translation>Malestar, mes a mes (0–10)</translation>
        </message>
        <message>
            <source>Mood, month by month (−3 to +3)</source>
            <translation>Ánimo, mes a mes (−3 a +3)</translation>
        </message>
        <message>
            <source>Distress, year by year (0–10)</source>
            <translation>Malestar, año a año (0–10)</translation>
        </message>
        <message>
            <source>Mood, year by year (−3 to +3)</source>
            <translation>Ánimo, año a año (−3 a +3)</translation>
        </message>
        <message>
            <source>distress</source>
            <translation>malestar</translation>
        </message>
        <message>
            <source>mood</source>
            <translation>ánimo</translation>
        </message>
        <message>
            <source>You have not taken a questionnaire with every item answered.</source>
            <translation>Todavía no hay un cuestionario con todas las preguntas respondidas.</translation>
        </message>
        <message>
            <source>These groupings are informal; the authors publish no cut-offs.</source>
            <translation>Estas agrupaciones son informales; sus autores no publican puntos de corte.</translation>
        </message>
        <message numerus="yes">
            <source>Kept but not scored: %n response(s) with skipped questions.</source>
            <translation>
                <numerusform>Guardada pero sin puntuar: %n respuesta con preguntas saltadas.</numerusform>
                <numerusform>Guardadas pero sin puntuar: %n respuestas con preguntas saltadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Hide my questionnaire results</source>
            <translation>Ocultar mis &amp;resultados de los cuestionarios</translation>
        </message>
        <message>
            <source>When you rate your distress before and after a coping practice, what seems to help you will show here.</source>
            <translation>Cuando valores tu malestar antes y después de una práctica de afrontamiento, aquí aparecerá lo que parece ayudarte.</translation>
        </message>
        <message>
            <source>“Typically” means the middle of your ratings (the median), so one unusual day does not sway it. These are your own ratings, not a verdict on any practice.</source>
            <translation>“Por lo general” significa el valor central de tus valoraciones (la mediana), así que un día poco habitual no lo mueve. Son tus propias valoraciones, no un juicio sobre ninguna práctica.</translation>
        </message>
        <message>
            <source>Nothing stood out on calmer days yet.</source>
            <translation>Todavía no destaca nada en los días más tranquilos.</translation>
        </message>
    </context>
</TS>
