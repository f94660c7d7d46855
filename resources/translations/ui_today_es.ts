<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ArrivingCard</name>
        <message>
            <source>How are you arriving?</source>
            <translation>¿Cómo llegas?</translation>
        </message>
        <message>
            <source>If you like, choose how much stress you're carrying right now, from 0 to 10. This is optional; skipping is fine.</source>
            <translation>Si quieres, elige cuánto estrés llevas contigo ahora mismo, de 0 a 10. Es opcional; puedes saltarlo.</translation>
        </message>
        <message>
            <source>at ease</source>
            <translation>en calma</translation>
        </message>
        <message>
            <source>some stress</source>
            <translation>algo de estrés</translation>
        </message>
        <message>
            <source>very hard</source>
            <translation>muy difícil</translation>
        </message>
        <message>
            <source>%1 out of 10</source>
            <translation>%1 de 10</translation>
        </message>
        <message>
            <source>Stress &amp;now, 0 to 10</source>
            <translation>Estrés &amp;ahora, de 0 a 10</translation>
        </message>
        <message>
            <source>0 · at ease</source>
            <translation>0 · en calma</translation>
        </message>
        <message>
            <source>5 · some stress</source>
            <translation>5 · algo de estrés</translation>
        </message>
        <message>
            <source>10 · very hard</source>
            <translation>10 · muy difícil</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save how you're arriving</source>
            <translation>Guardar cómo llegas</translation>
        </message>
        <message>
            <source>Skip for now</source>
            <translation>Saltar por ahora</translation>
        </message>
        <message>
            <source>Skip the arriving check-in</source>
            <translation>Saltar el registro de llegada</translation>
        </message>
        <message>
            <source>Check-in status</source>
            <translation>Estado del registro</translation>
        </message>
        <message>
            <source>Rate after all</source>
            <translation>Valorar de todos modos</translation>
        </message>
        <message>
            <source>Show the arriving rating again</source>
            <translation>Volver a mostrar la valoración de llegada</translation>
        </message>
        <message>
            <source>Thank you for checking in.</source>
            <translation>Gracias por registrar cómo llegas.</translation>
        </message>
        <message>
            <source>Skipped for now. That's fine.</source>
            <translation>Lo saltaste por ahora. Está bien.</translation>
        </message>
    </context>
    <context>
        <name>ArrivingChoice</name>
        <message numerus="yes">
            <source>At most every %n hour(s)</source>
            <translation>
                <numerusform>Como mucho cada hora</numerusform>
                <numerusform>Como mucho cada %n horas</numerusform>
            </translation>
        </message>
        <message>
            <source>Every time</source>
            <translation>Cada vez</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Una vez al día</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>How often Today asks how you are arriving</source>
            <translation>Con qué frecuencia Hoy te pregunta cómo llegas</translation>
        </message>
    </context>
    <context>
        <name>DraftCard</name>
        <message>
            <source>Unsaved writing</source>
            <translation>Texto sin guardar</translation>
        </message>
        <message>
            <source>&amp;Continue it</source>
            <translation>&amp;Continuarlo</translation>
        </message>
        <message>
            <source>Continue your unsaved writing</source>
            <translation>Continuar tu texto sin guardar</translation>
        </message>
        <message>
            <source>Keep it for &amp;later</source>
            <translation>Guardarlo para &amp;después</translation>
        </message>
        <message>
            <source>Keep the unsaved writing for later</source>
            <translation>Guardar el texto sin guardar para después</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>&amp;Descartar…</translation>
        </message>
        <message>
            <source>Discard the unsaved writing</source>
            <translation>Descartar el texto sin guardar</translation>
        </message>
        <message>
            <source>You have unsaved writing from %1</source>
            <translation>Tienes un texto sin guardar (%1)</translation>
        </message>
        <message>
            <source>Your draft is kept: “%1”</source>
            <translation>Tu borrador se conserva: “%1”</translation>
        </message>
        <message>
            <source>Your draft is kept.</source>
            <translation>Tu borrador se conserva.</translation>
        </message>
        <message>
            <source>&amp;Continue your draft</source>
            <translation>&amp;Continuar tu borrador</translation>
        </message>
    </context>
    <context>
        <name>EntryLinks</name>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Open %1 from %2</source>
            <translation>Abrir %1 del %2</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Latest entries</source>
            <translation>Entradas recientes</translation>
        </message>
        <message>
            <source>Nothing here yet. Your journal is here when you want it.</source>
            <translation>Todavía no hay nada aquí. Tu diario está aquí cuando lo quieras.</translation>
        </message>
        <message>
            <source>On this day</source>
            <translation>Un día como hoy</translation>
        </message>
        <message>
            <source>&amp;Show entries from this date in earlier years</source>
            <translation>&amp;Mostrar entradas de esta fecha en años anteriores</translation>
        </message>
        <message>
            <source>Show “On this day”</source>
            <translation>Mostrar “Un día como hoy”</translation>
        </message>
        <message>
            <source>Nothing from this date in earlier years.</source>
            <translation>Nada de esta fecha en años anteriores.</translation>
        </message>
        <message>
            <source>Set up your support (two minutes)</source>
            <translation>Prepara tu apoyo (dos minutos)</translation>
        </message>
        <message>
            <source>Set up your support</source>
            <translation>Preparar tu apoyo</translation>
        </message>
    </context>
</TS>
