<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Care</name>
        <message>
            <source>People I would turn to</source>
            <translation>Personas a las que acudiría</translation>
        </message>
        <message>
            <source>People who could join with some effort</source>
            <translation>Personas que podrían sumarse con algo de esfuerzo</translation>
        </message>
        <message>
            <source>Organisations, healers and resources</source>
            <translation>Organizaciones, personas sanadoras y recursos</translation>
        </message>
        <message>
            <source>Inner ring</source>
            <translation>Anillo interior</translation>
        </message>
        <message>
            <source>Middle ring</source>
            <translation>Anillo intermedio</translation>
        </message>
        <message>
            <source>Outer ring</source>
            <translation>Anillo exterior</translation>
        </message>
        <message>
            <source>If I were harmed</source>
            <translation>Si me hicieran daño</translation>
        </message>
        <message>
            <source>If I caused harm</source>
            <translation>Si yo causara daño</translation>
        </message>
        <message>
            <source>If I witnessed harm</source>
            <translation>Si presenciara un daño</translation>
        </message>
        <message>
            <source>A person</source>
            <translation>Una persona</translation>
        </message>
        <message>
            <source>An organisation, group or healer</source>
            <translation>Una organización, un grupo o una persona sanadora</translation>
        </message>
        <message>
            <source>Warm line</source>
            <translation>Línea de escucha</translation>
        </message>
        <message>
            <source>Crisis support</source>
            <translation>Apoyo en crisis</translation>
        </message>
        <message>
            <source>Crisis support without police</source>
            <translation>Apoyo en crisis sin policía</translation>
        </message>
        <message>
            <source>Peer support</source>
            <translation>Apoyo entre pares</translation>
        </message>
        <message>
            <source>Community place or group</source>
            <translation>Lugar o grupo comunitario</translation>
        </message>
        <message>
            <source>Health or counselling</source>
            <translation>Salud o acompañamiento psicológico</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Example — edit or delete</source>
            <translation>Ejemplo: edítalo o bórralo</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>date pattern (QLocale)</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <comment>date pattern (QLocale)</comment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>Take {name} off your map?</source>
            <translation>¿Quitar a {name} de tu mapa?</translation>
        </message>
        <message>
            <source>Only this entry is removed. You can add them again whenever you like.</source>
            <translation>Solo se quita esta entrada. Puedes volver a añadirla cuando quieras.</translation>
        </message>
        <message>
            <source>Remove {name} from your support resources?</source>
            <translation>¿Quitar {name} de tus recursos de apoyo?</translation>
        </message>
        <message>
            <source>Only this resource is removed; the rest of the list stays as it is.</source>
            <translation>Solo se quita este recurso; el resto de la lista queda como está.</translation>
        </message>
        <message>
            <source>Please confirm</source>
            <translation>Confirma, por favor</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <source>Your care map is here if you would like to look it over. People, needs and capacity change with time.</source>
            <translation>Tu mapa de cuidados está aquí por si quieres revisarlo. Las personas, las necesidades y la disponibilidad cambian con el tiempo.</translation>
        </message>
        <message>
            <source>I have looked it over</source>
            <translation>Ya lo he revisado</translation>
        </message>
        <message>
            <source>Care map</source>
            <translation>Mapa de cuidados</translation>
        </message>
        <message>
            <source>{ring}: {meaning}</source>
            <translation>{ring}: {meaning}</translation>
        </message>
        <message>
            <source>&amp;People on your map</source>
            <translation>Perso&amp;nas en tu mapa</translation>
        </message>
        <message>
            <source>Your map is empty for now. Add the people, groups and places that are part of your care, one at a time. A name is enough to begin.</source>
            <translation>Tu mapa está vacío por ahora. Añade, de una en una, las personas, los grupos y los lugares que forman parte de tu cuidado. Para empezar basta con un nombre.</translation>
        </message>
        <message>
            <source>&amp;Add someone…</source>
            <translation>&amp;Añadir a alguien…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>E&amp;ditar…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Quitar…</translation>
        </message>
        <message>
            <source>Re&amp;mind me to look over my map</source>
            <translation>Re&amp;cuérdame revisar mi mapa</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Sin recordatorio</translation>
        </message>
        <message>
            <source>Once a year</source>
            <translation>Una vez al año</translation>
        </message>
        <message numerus="yes">
            <source>Every %n month(s)</source>
            <translation>
                <numerusform>Cada %n mes</numerusform>
                <numerusform>Cada %n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>You at the centre. Inner ring: {0}. Middle ring: {1}. Outer ring: {2}. The list beside the map has the same people.</source>
            <translation>Tú en el centro. Anillo interior: {0}. Anillo intermedio: {1}. Anillo exterior: {2}. La lista junto al mapa tiene las mismas personas.</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Tú</translation>
        </message>
        <message>
            <source>{name}, {ring}</source>
            <translation>{name}, {ring}</translation>
        </message>
        <message>
            <source>Care map &amp; plans</source>
            <translation>Mapa de cuidados y planes</translation>
        </message>
        <message>
            <source>The people and places that hold you, the support you can reach, and plans written in your own words. Everything here is optional and stays in your vault.</source>
            <translation>Las personas y los lugares que te sostienen, el apoyo al que puedes llegar y planes escritos con tus propias palabras. Todo aquí es opcional y se queda en tu bóveda.</translation>
        </message>
        <message>
            <source>Care &amp;map</source>
            <translation>&amp;Mapa de cuidados</translation>
        </message>
        <message>
            <source>&amp;Support resources</source>
            <translation>Recursos de apo&amp;yo</translation>
        </message>
        <message>
            <source>P&amp;lans</source>
            <translation>P&amp;lanes</translation>
        </message>
        <message>
            <source>About the person chosen</source>
            <translation>Sobre la persona elegida</translation>
        </message>
        <message>
            <source>Turn to them</source>
            <translation>Cuándo acudir</translation>
        </message>
        <message>
            <source>Good at</source>
            <translation>Se le da bien</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Disponibilidad</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Le pregunté</translation>
        </message>
        <message>
            <source>What I offer</source>
            <translation>Lo que ofrezco</translation>
        </message>
        <message>
            <source>Reach them</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Nobody chosen</source>
            <translation>No has elegido a nadie</translation>
        </message>
        <message>
            <source>Choose someone on the map or in the list to see them here.</source>
            <translation>Elige a alguien en el mapa o en la lista para ver sus datos aquí.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message>
            <source>Edit someone on your map</source>
            <translation>Editar a alguien de tu mapa</translation>
        </message>
        <message>
            <source>Add to your map</source>
            <translation>Añadir a tu mapa</translation>
        </message>
        <message>
            <source>Only a name is needed. Fill in the rest whenever you like.</source>
            <translation>Solo hace falta un nombre. Completa el resto cuando quieras.</translation>
        </message>
        <message>
            <source>A name or nickname</source>
            <translation>Un nombre o apodo</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>They are</source>
            <translation>Se trata de</translation>
        </message>
        <message>
            <source>&amp;Ring</source>
            <translation>&amp;Anillo</translation>
        </message>
        <message>
            <source>I would turn to them…</source>
            <translation>Acudiría a esta persona…</translation>
        </message>
        <message>
            <source>I would turn to them: {role}</source>
            <translation>Acudiría a esta persona: {role}</translation>
        </message>
        <message>
            <source>They may be different people for each.</source>
            <translation>Puede ser una persona distinta para cada caso.</translation>
        </message>
        <message>
            <source>These are for people in your inner ring.</source>
            <translation>Esto es para las personas de tu anillo interior.</translation>
        </message>
        <message>
            <source>Listening, practical help, making me laugh…</source>
            <translation>Escuchar, ayudar en lo práctico, hacerme reír…</translation>
        </message>
        <message>
            <source>What they are &amp;good at</source>
            <translation>Lo que se le da &amp;bien</translation>
        </message>
        <message>
            <source>For example: a call most weeks; busy until spring</source>
            <translation>Por ejemplo: una llamada casi todas las semanas; sin tiempo hasta la primavera</translation>
        </message>
        <message>
            <source>Their &amp;capacity</source>
            <translation>Su &amp;disponibilidad</translation>
        </message>
        <message>
            <source>I have &amp;asked them whether they could be there for this</source>
            <translation>Le he pr&amp;eguntado si podría estar ahí para esto</translation>
        </message>
        <message>
            <source>I have asked them</source>
            <translation>Le he preguntado</translation>
        </message>
        <message>
            <source>Care goes both ways.</source>
            <translation>El cuidado va en ambos sentidos.</translation>
        </message>
        <message>
            <source>What I &amp;offer them</source>
            <translation>Lo que yo le o&amp;frezco</translation>
        </message>
        <message>
            <source>How to &amp;reach them</source>
            <translation>Forma de con&amp;tacto</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>This reflection is private. It stays in your vault and is never part of any export summary for others.</source>
            <translation>Esta reflexión es privada. Se queda en tu bóveda y nunca forma parte de ningún resumen exportado para otras personas.</translation>
        </message>
        <message>
            <source>Content note: </source>
            <translation>Aviso de contenido: </translation>
        </message>
        <message>
            <source>Sections of this plan</source>
            <translation>Secciones de este plan</translation>
        </message>
        <message>
            <source>&amp;Look at this again on</source>
            <translation>Vo&amp;lver a mirarlo el</translation>
        </message>
        <message>
            <source>Look at this plan again on a day you choose</source>
            <translation>Volver a mirar este plan el día que elijas</translation>
        </message>
        <message>
            <source>Day to look at this plan again</source>
            <translation>Día para volver a mirar este plan</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>A&amp;trás</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>Earlier &amp;versions…</source>
            <translation>&amp;Versiones anteriores…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Keeps a new version; earlier versions stay.</source>
            <translation>Guarda una versión nueva; las anteriores se conservan.</translation>
        </message>
        <message>
            <source>Open my {plan}</source>
            <translation>Abrir mi {plan}</translation>
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation>{n} de {total}</translation>
        </message>
        <message>
            <source>Section {n} of {total}</source>
            <translation>Sección {n} de {total}</translation>
        </message>
        <message>
            <source>Nothing saved yet. Every question can be skipped.</source>
            <translation>Aún no hay nada guardado. Puedes saltarte cualquier pregunta.</translation>
        </message>
        <message>
            <source>Last saved {moment}.</source>
            <translation>Guardado por última vez: {moment}.</translation>
        </message>
        <message>
            <source>Nothing new since your last saved version.</source>
            <translation>Nada nuevo desde tu última versión guardada.</translation>
        </message>
        <message>
            <source>Saved {moment}. Earlier versions are kept.</source>
            <translation>Guardado: {moment}. Las versiones anteriores se conservan.</translation>
        </message>
        <message>
            <source>The form now holds that earlier version. Save to keep it as the newest.</source>
            <translation>El formulario tiene ahora esa versión anterior. Guarda para conservarla como la más reciente.</translation>
        </message>
        <message>
            <source>This version was saved with nothing filled in.</source>
            <translation>Esta versión se guardó sin nada escrito.</translation>
        </message>
        <message>
            <source>Earlier versions: {plan}</source>
            <translation>Versiones anteriores: {plan}</translation>
        </message>
        <message>
            <source>Each time you saved, a version was kept. They are shown as they were.</source>
            <translation>Cada vez que guardaste se conservó una versión. Se muestran tal como eran.</translation>
        </message>
        <message>
            <source>Version {n}</source>
            <translation>Versión {n}</translation>
        </message>
        <message>
            <source>Version {n}, the newest</source>
            <translation>Versión {n}, la más reciente</translation>
        </message>
        <message>
            <source>Saved &amp;versions</source>
            <translation>&amp;Versiones guardadas</translation>
        </message>
        <message>
            <source>The version chosen, read-only</source>
            <translation>La versión elegida, solo lectura</translation>
        </message>
        <message>
            <source>Start from this version</source>
            <translation>Partir de esta versión</translation>
        </message>
        <message>
            <source>Copies it into the form. It becomes the newest version when you save.</source>
            <translation>La copia en el formulario. Será la versión más reciente cuando guardes.</translation>
        </message>
        <message>
            <source>Your &amp;plans</source>
            <translation>Tus &amp;planes</translation>
        </message>
        <message>
            <source>Saved {day}</source>
            <translation>Guardado el {day}</translation>
        </message>
        <message>
            <source>Nothing saved yet</source>
            <translation>Aún no hay nada guardado</translation>
        </message>
        <message>
            <source> · private</source>
            <translation> · privado</translation>
        </message>
        <message>
            <source>Edit a support resource</source>
            <translation>Editar un recurso de apoyo</translation>
        </message>
        <message>
            <source>Add a support resource</source>
            <translation>Añadir un recurso de apoyo</translation>
        </message>
        <message>
            <source>A line, a team, a place or a person you could reach in a hard moment. Only a name is needed.</source>
            <translation>Una línea, un equipo, un lugar o una persona a quien podrías acudir en un momento difícil. Solo hace falta un nombre.</translation>
        </message>
        <message>
            <source>{label}. Once you save your changes, it is yours and no longer marked as an example.</source>
            <translation>{label}. Cuando guardes tus cambios será tuyo y dejará de estar marcado como ejemplo.</translation>
        </message>
        <message>
            <source>&amp;Kind of support</source>
            <translation>&amp;Tipo de apoyo</translation>
        </message>
        <message>
            <source>A number, an address, opening times…</source>
            <translation>Un número, una dirección, un horario…</translation>
        </message>
        <message>
            <source>How to &amp;reach it</source>
            <translation>Forma de con&amp;tacto</translation>
        </message>
        <message>
            <source>Who answers, what to expect, what to say…</source>
            <translation>Quién responde, qué esperar, qué decir…</translation>
        </message>
        <message>
            <source>About the resource chosen</source>
            <translation>Sobre el recurso elegido</translation>
        </message>
        <message>
            <source>Nothing chosen</source>
            <translation>No has elegido nada</translation>
        </message>
        <message>
            <source>Choose a resource in the list to see it here.</source>
            <translation>Elige un recurso de la lista para verlo aquí.</translation>
        </message>
        <message>
            <source>The people, lines, teams and places you would want to reach in a hard moment, in the order you would try them. They are shown when you ask for support. They stay on this device, and nothing is looked up online.</source>
            <translation>Las personas, líneas, equipos y lugares a los que querrías acudir en un momento difícil, en el orden en que los probarías. Se muestran cuando pides apoyo. Se quedan en este dispositivo y no se busca nada en internet.</translation>
        </message>
        <message>
            <source>Your &amp;support resources</source>
            <translation>Tus &amp;recursos de apoyo</translation>
        </message>
        <message>
            <source>Nothing here yet. Add your own, or start from a short example list of kinds of support (a warm line, crisis support without police, a trusted friend) and make it yours.</source>
            <translation>Aún no hay nada aquí. Añade los tuyos o parte de una breve lista de ejemplos de tipos de apoyo (una línea de escucha, apoyo en crisis sin policía, una amistad de confianza) y hazla tuya.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Añadir…</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Add the e&amp;xample list</source>
            <translation>Añadir la lista de &amp;ejemplos</translation>
        </message>
        <message>
            <source>Adds a few placeholders, each marked “{label}”.</source>
            <translation>Añade algunos recursos de muestra, cada uno marcado «{label}».</translation>
        </message>
        <message>
            <source>The examples are at the end of your list, marked “{label}”. Add the details that fit where you live, or remove the ones you do not need.</source>
            <translation>Los ejemplos están al final de tu lista, marcados «{label}». Añade los datos que correspondan a donde vives o quita los que no necesites.</translation>
        </message>
        <message>
            <source>Your support</source>
            <translation>Tu apoyo</translation>
        </message>
        <message>
            <source>Nothing here yet. You can add people and support resources under Care map &amp; plans.</source>
            <translation>Aún no hay nada aquí. Puedes añadir personas y recursos de apoyo en Mapa de cuidados y planes.</translation>
        </message>
        <message>
            <source>People you would turn to</source>
            <translation>Personas a las que acudirías</translation>
        </message>
        <message>
            <source>Your support resources</source>
            <translation>Tus recursos de apoyo</translation>
        </message>
        <message>
            <source>Call {number}</source>
            <translation>Llama al {number}</translation>
        </message>
        <message>
            <source>Text {word} to {number}</source>
            <translation>Envía un mensaje con {word} al {number}</translation>
        </message>
        <message>
            <source>Text {number}</source>
            <translation>Envía un mensaje al {number}</translation>
        </message>
        <message>
            <source>Chat: {address}</source>
            <translation>Chat: {address}</translation>
        </message>
        <message>
            <source>Email: {address}</source>
            <translation>Correo: {address}</translation>
        </message>
        <message>
            <source>May involve emergency services or police without your consent.</source>
            <translation>Puede avisar a los servicios de emergencia o a la policía sin tu consentimiento.</translation>
        </message>
        <message>
            <source>Does not involve emergency services or police unless you ask.</source>
            <translation>No avisa a los servicios de emergencia ni a la policía salvo que lo pidas.</translation>
        </message>
        <message>
            <source>Crisis and warm lines</source>
            <translation>Líneas de crisis y de escucha</translation>
        </message>
        <message>
            <source>Languages: {list}</source>
            <translation>Idiomas: {list}</translation>
        </message>
        <message>
            <source>Checked {date} · source: {site}</source>
            <translation>Comprobado el {date} · fuente: {site}</translation>
        </message>
        <message>
            <source>Support lines: country</source>
            <translation>Líneas de apoyo: país</translation>
        </message>
        <message>
            <source>Not chosen</source>
            <translation>Sin elegir</translation>
        </message>
        <message>
            <source>Set up your support</source>
            <translation>Prepara tu apoyo</translation>
        </message>
        <message>
            <source>Two minutes, if you want them. Every part is optional: fill in what feels right, or skip this. You can come back to it from Today.</source>
            <translation>Dos minutos, si quieres. Cada parte es opcional: completa lo que te parezca bien o sáltate esto. Puedes volver aquí desde Hoy.</translation>
        </message>
        <message>
            <source>What you add stays in this vault. The support panel shows it first on a hard day, before the crisis and warm lines of your country.</source>
            <translation>Lo que añadas se queda en esta bóveda. El panel de apoyo lo muestra primero en un día difícil, antes que las líneas de crisis y de escucha de tu país.</translation>
        </message>
        <message>
            <source>A name or a nickname</source>
            <translation>Un nombre o un apodo</translation>
        </message>
        <message>
            <source>A line, a place, a group or a healer</source>
            <translation>Una línea, un lugar, un grupo o una persona sanadora</translation>
        </message>
        <message>
            <source>A walk, music, a shower, a prayer…</source>
            <translation>Un paseo, música, una ducha, una oración…</translation>
        </message>
        <message>
            <source>One person</source>
            <translation>Una persona</translation>
        </message>
        <message>
            <source>Someone you could turn to on a hard day.</source>
            <translation>Alguien a quien podrías acudir en un día difícil.</translation>
        </message>
        <message>
            <source>One resource</source>
            <translation>Un recurso</translation>
        </message>
        <message>
            <source>A place or line you trust, including options without police.</source>
            <translation>Un lugar o una línea en que confíes, incluidas opciones sin policía.</translation>
        </message>
        <message>
            <source>N&amp;ame of the resource</source>
            <translation>Nombre &amp;del recurso</translation>
        </message>
        <message>
            <source>How to reach &amp;it</source>
            <translation>&amp;Forma de contacto</translation>
        </message>
        <message>
            <source>A first line of a safety plan</source>
            <translation>Una primera línea de un plan de seguridad</translation>
        </message>
        <message>
            <source>One thing you can do on your own when things get hard.</source>
            <translation>Algo que puedes hacer por tu cuenta cuando las cosas se ponen difíciles.</translation>
        </message>
        <message>
            <source>&amp;One thing I can do</source>
            <translation>&amp;Algo que puedo hacer</translation>
        </message>
        <message>
            <source>Your country</source>
            <translation>Tu país</translation>
        </message>
        <message>
            <source>So the support panel can show crisis and warm lines you can reach.</source>
            <translation>Para que el panel de apoyo pueda mostrar líneas de crisis y de escucha a tu alcance.</translation>
        </message>
        <message>
            <source>Support lines: &amp;country</source>
            <translation>Líneas de apoyo: &amp;país</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <source>Skip setting up your support</source>
            <translation>Saltar la preparación de tu apoyo</translation>
        </message>
        <message>
            <source>Save your support</source>
            <translation>Guardar tu apoyo</translation>
        </message>
    </context>
    <context>
        <name>SupportPanel</name>
        <message>
            <source>Name five things you can see around you.</source>
            <translation>Nombra cinco cosas que puedes ver a tu alrededor.</translation>
        </message>
        <message>
            <source>Notice four things you can touch: a chair, your sleeve.</source>
            <translation>Fíjate en cuatro cosas que puedes tocar: una silla, tu manga.</translation>
        </message>
        <message>
            <source>Listen for three things you can hear, near or far.</source>
            <translation>Escucha tres cosas que puedes oír, cerca o lejos.</translation>
        </message>
        <message>
            <source>Notice two things you can smell, or two smells you like.</source>
            <translation>Fíjate en dos cosas que puedes oler, o en dos olores que te gusten.</translation>
        </message>
        <message>
            <source>Notice one thing you can taste, or take a sip of water.</source>
            <translation>Fíjate en algo que puedes saborear, o toma un sorbo de agua.</translation>
        </message>
        <message>
            <source>Support, if you want it</source>
            <translation>Apoyo, si lo quieres</translation>
        </message>
        <message>
            <source>Nothing has been sent and nobody has been contacted: this app never calls, texts or opens anything. You can close this whenever you like.</source>
            <translation>No se ha enviado nada ni se ha contactado a nadie: esta aplicación nunca llama, envía mensajes ni abre nada. Puedes cerrar esto cuando quieras.</translation>
        </message>
        <message>
            <source>If you are in immediate danger</source>
            <translation>Si estás en peligro inmediato</translation>
        </message>
        <message>
            <source>A guided pause</source>
            <translation>Una pausa guiada</translation>
        </message>
        <message>
            <source>A guided grounding pause</source>
            <translation>Una pausa guiada para anclarte</translation>
        </message>
        <message>
            <source>Open Care map &amp;&amp; plans</source>
            <translation>Abrir Mapa de cuidados y planes</translation>
        </message>
        <message>
            <source>Open Care map and plans</source>
            <translation>Abrir Mapa de cuidados y planes</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the support panel</source>
            <translation>Cerrar el panel de apoyo</translation>
        </message>
        <message>
            <source>You said you are carrying a lot right now. Here is some support for moments like this, in case it helps.</source>
            <translation>Dijiste que ahora mismo estás cargando con mucho. Aquí tienes algo de apoyo para momentos así, por si te ayuda.</translation>
        </message>
        <message>
            <source>You answered a question about thoughts of death or of hurting yourself. Thank you for being honest with yourself. Here is some support for hard moments, in case it helps.</source>
            <translation>Respondiste a una pregunta sobre pensamientos de muerte o de hacerte daño. Gracias por responder con sinceridad. Aquí tienes algo de apoyo para los momentos difíciles, por si te ayuda.</translation>
        </message>
        <message>
            <source>At a calmer time you can add your own people and resources in Care map &amp; plans, and write a safety plan there; they will show here first.</source>
            <translation>En un momento más tranquilo puedes añadir tus propias personas y recursos en Mapa de cuidados y planes, y escribir allí un plan de seguridad; se mostrarán aquí primero.</translation>
        </message>
        <message>
            <source>Your people</source>
            <translation>Tus personas</translation>
        </message>
        <message>
            <source>Good at: {what}</source>
            <translation>Se le da bien: {what}</translation>
        </message>
        <message>
            <source>Your resources</source>
            <translation>Tus recursos</translation>
        </message>
        <message>
            <source>Your safety plan</source>
            <translation>Tu plan de seguridad</translation>
        </message>
        <message>
            <source>Ground yourself here, eyes open</source>
            <translation>Ánclate aquí, con los ojos abiertos</translation>
        </message>
        <message>
            <source>Take each step slowly. Imagining is fine too.</source>
            <translation>Haz cada paso con calma. Imaginarlo también vale.</translation>
        </message>
        <message>
            <source>Then let one breath out be a little longer than the breath in.</source>
            <translation>Luego deja que una exhalación sea un poco más larga que la inhalación.</translation>
        </message>
        <message>
            <source>Lines you can reach now</source>
            <translation>Líneas a tu alcance ahora</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>Support lines: country</source>
            <translation>Líneas de apoyo: país</translation>
        </message>
        <message>
            <source>Choose your country…</source>
            <translation>Elige tu país…</translation>
        </message>
        <message>
            <source>If you are in immediate danger, you can call your local emergency number. Emergency services may send police.</source>
            <translation>Si estás en peligro inmediato, puedes llamar al número de emergencias de tu zona. Los servicios de emergencia pueden enviar a la policía.</translation>
        </message>
        <message>
            <source>Choose your country to see crisis and warm lines you can reach now.</source>
            <translation>Elige tu país para ver las líneas de crisis y de escucha a tu alcance ahora.</translation>
        </message>
        <message>
            <source>If you are in immediate danger, you can call {number} ({country}). Emergency services may send police.</source>
            <translation>Si estás en peligro inmediato, puedes llamar al {number} ({country}). Los servicios de emergencia pueden enviar a la policía.</translation>
        </message>
        <message>
            <source>From the app's own list, kept offline. Each one says whether it may involve emergency services.</source>
            <translation>De la lista propia de la aplicación, guardada sin conexión. Cada una indica si puede avisar a los servicios de emergencia.</translation>
        </message>
    </context>
</TS>
