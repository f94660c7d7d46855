<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>Acerca de {name}</translation>
        </message>
        <message>
            <source>HJ Journal's leaf</source>
            <translation>La hoja de HJ Journal</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Versión {version}</translation>
        </message>
        <message>
            <source>Everything stays on this computer, encrypted with your passphrase. Nothing is sent anywhere.</source>
            <translation>Todo se queda en este equipo, cifrado con tu frase de contraseña. No se envía nada a ninguna parte.</translation>
        </message>
        <message>
            <source>Free software under the GNU GPL, version 3 or later.</source>
            <translation>Software libre bajo la GNU GPL, versión 3 o posterior.</translation>
        </message>
        <message>
            <source>A private self-care and well-being journal grounded in the Healing Justice framework: intersectionality, a trauma-informed approach, community-centred healing, alternative accountability, and self-care and well-being.</source>
            <translation>Un diario privado de autocuidado y bienestar basado en el marco de la Justicia Sanadora (Healing Justice): interseccionalidad, un enfoque informado sobre el trauma, sanación centrada en la comunidad, responsabilidad alternativa, y autocuidado y bienestar.</translation>
        </message>
        <message>
            <source>Everything stays on this computer, encrypted with your passphrase. HJ Journal has no network code and sends nothing anywhere.</source>
            <translation>Todo se queda en este equipo, cifrado con tu frase de contraseña. HJ Journal no tiene código de red y no envía nada a ninguna parte.</translation>
        </message>
        <message>
            <source>HJ Journal is a companion, not a treatment, and nothing in it is a diagnosis.</source>
            <translation>HJ Journal es una compañía, no un tratamiento, y nada de lo que muestra es un diagnóstico.</translation>
        </message>
        <message>
            <source>With gratitude to the work this app learns from:</source>
            <translation>Con gratitud al trabajo del que aprende esta app:</translation>
        </message>
        <message>
            <source>• Cara Page and the Kindred Southern Healing Justice Collective</source>
            <translation>• Cara Page y el Kindred Southern Healing Justice Collective</translation>
        </message>
        <message>
            <source>• Healing Justice Lineages, by Cara Page and Erica Woodland</source>
            <translation>• Healing Justice Lineages, de Cara Page y Erica Woodland</translation>
        </message>
        <message>
            <source>• Mia Mingus, on pods and transformative accountability</source>
            <translation>• Mia Mingus, sobre los pods y la responsabilidad transformadora</translation>
        </message>
        <message>
            <source>• The Creative Interventions toolkit</source>
            <translation>• El conjunto de herramientas de Creative Interventions</translation>
        </message>
        <message>
            <source>• SAMHSA's principles of a trauma-informed approach</source>
            <translation>• Los principios de SAMHSA para un enfoque informado sobre el trauma</translation>
        </message>
    </context>
    <context>
        <name>AttemptsNotice</name>
        <message>
            <source>this app</source>
            <translation>esta app</translation>
        </message>
        <message>
            <source>the command line</source>
            <translation>la línea de comandos</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
        <message>
            <source>{day} {times} ({place})</source>
            <translation>{day}, {times} ({place})</translation>
        </message>
        <message>
            <source>The record of attempts was shortened or removed since you last opened this vault.</source>
            <translation>El registro de intentos se acortó o se eliminó desde la última vez que abriste esta bóveda.</translation>
        </message>
        <message>
            <source>Part of the record of attempts was changed since you last opened this vault, so it could not all be read.</source>
            <translation>Parte del registro de intentos cambió desde la última vez que abriste esta bóveda, así que no pudo leerse entero.</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier, then {listed}</source>
            <translation>
                <numerusform>%n antes, y luego {listed}</numerusform>
                <numerusform>%n antes, y luego {listed}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) to open this vault did not succeed since you last opened it: {listed}.</source>
            <translation>
                <numerusform>Desde la última vez que abriste esta bóveda, %n intento de abrirla no salió bien: {listed}.</numerusform>
                <numerusform>Desde la última vez que abriste esta bóveda, %n intentos de abrirla no salieron bien: {listed}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Attempts to open this vault</source>
            <translation>Intentos de abrir esta bóveda</translation>
        </message>
        <message>
            <source>Close this notice</source>
            <translation>Cerrar este aviso</translation>
        </message>
        <message>
            <source>Close the notice about attempts</source>
            <translation>Cerrar el aviso sobre los intentos</translation>
        </message>
    </context>
    <context>
        <name>ComingPage</name>
        <message>
            <source>A small seedling</source>
            <translation>Un pequeño brote</translation>
        </message>
        <message>
            <source>This part of HJ Journal is on its way.</source>
            <translation>Esta parte de HJ Journal está en camino.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Current section</source>
            <translation>Sección actual</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;About {name}</source>
            <translation>&amp;Acerca de {name}</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;Nueva entrada</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>B&amp;loquear</translation>
        </message>
        <message>
            <source>Quick e&amp;xit</source>
            <translation>Salida &amp;rápida</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
    </context>
    <context>
        <name>SafetyBar</name>
        <message>
            <source>Safety bar</source>
            <translation>Barra de seguridad</translation>
        </message>
        <message>
            <source>Open vault</source>
            <translation>Bóveda abierta</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Take a short grounding pause</source>
            <translation>Hacer una breve pausa de anclaje</translation>
        </message>
        <message>
            <source>A short grounding exercise, with your eyes open. Close it any time.</source>
            <translation>Un breve ejercicio de anclaje, con los ojos abiertos. Puedes cerrarlo cuando quieras.</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Lock the journal</source>
            <translation>Bloquear el diario</translation>
        </message>
        <message>
            <source>Lock the journal now (Ctrl+L)</source>
            <translation>Bloquear el diario ahora (Ctrl+L)</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>Salida rápida</translation>
        </message>
        <message>
            <source>Quick exit: save, lock and hide at once</source>
            <translation>Salida rápida: guardar, bloquear y ocultar al instante</translation>
        </message>
        <message>
            <source>Saves what you typed, locks and hides the app at once ({keys})</source>
            <translation>Guarda lo que escribiste, bloquea y oculta la app al instante ({keys})</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>A gentle start: how you are arriving, a prompt, a draft.</source>
            <translation>Un comienzo amable: cómo llegas, una propuesta de escritura, un borrador.</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Your entries, a calendar, tags and search.</source>
            <translation>Tus entradas, un calendario, etiquetas y búsqueda.</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Short check-ins on how you are, and questionnaires you can take when you choose to. Every question will be skippable.</source>
            <translation>Registros breves de cómo estás, y cuestionarios que puedes hacer cuando tú decidas. Podrás saltarte cualquier pregunta.</translation>
        </message>
        <message>
            <source>Practice home</source>
            <translation>Inicio de la práctica</translation>
        </message>
        <message>
            <source>Today's sessions, recent ones, and clients who need a summary.</source>
            <translation>Las sesiones de hoy, las recientes y los clientes que necesitan un resumen.</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>One-on-one sessions with the people you support, under pseudonyms.</source>
            <translation>Sesiones individuales con las personas que acompañas, bajo seudónimos.</translation>
        </message>
        <message>
            <source>Coping</source>
            <translation>Estrategias</translation>
        </message>
        <message>
            <source>Breathing, grounding and other practices to follow step by step, including your own. Until then, Pause at the top of the window offers a short grounding exercise.</source>
            <translation>Respiración, anclaje y otras prácticas para seguir paso a paso, también las tuyas. Mientras tanto, Pausa, arriba en la ventana, ofrece un breve ejercicio de anclaje.</translation>
        </message>
        <message>
            <source>Care resources</source>
            <translation>Recursos de cuidado</translation>
        </message>
        <message>
            <source>Crisis lines, warm lines and places you may share with your clients.</source>
            <translation>Líneas de crisis, líneas de escucha y lugares que quizá compartas con tus clientes.</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Perspectivas</translation>
        </message>
        <message>
            <source>What seems to help you, in your own history, shown only when you ask.</source>
            <translation>Lo que parece ayudarte, según tu propio historial, solo cuando lo pides.</translation>
        </message>
        <message>
            <source>How many sessions there were, and what practices in them showed.</source>
            <translation>Cuántas sesiones hubo, y lo que mostraron las prácticas en ellas.</translation>
        </message>
        <message>
            <source>Care map &amp; plans</source>
            <translation>Mapa de cuidados y planes</translation>
        </message>
        <message>
            <source>Your community care map, your own support resources, and your self-care, safety and repair plans.</source>
            <translation>Tu mapa de cuidados comunitarios, tus propios recursos de apoyo y tus planes de autocuidado, de seguridad y de reparación.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Appearance, privacy and your vaults.</source>
            <translation>Apariencia, privacidad y tus bóvedas.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Everything in HJ Journal can be done with the keyboard. Tab moves between controls; arrow keys move in lists.</source>
            <translation>Todo en HJ Journal se puede hacer con el teclado. Tab pasa de un control a otro; las flechas se mueven por las listas.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
    </context>
</TS>
