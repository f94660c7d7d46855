<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Attachments</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} kB</source>
            <translation>{n} kB</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <source>This file is {size}, larger than the {limit} MB an entry takes. You can raise the limit in Settings.</source>
            <translation>Este archivo ocupa {size}, más que los {limit} MB que admite una entrada. Puedes subir el límite en Ajustes.</translation>
        </message>
        <message>
            <source>That entry no longer exists.</source>
            <translation>Esa entrada ya no existe.</translation>
        </message>
        <message>
            <source>A folder can't be added to an entry.</source>
            <translation>No se puede añadir una carpeta a una entrada.</translation>
        </message>
        <message>
            <source>This file can't be read. It may have moved.</source>
            <translation>No se puede leer este archivo. Puede que se haya movido.</translation>
        </message>
        <message>
            <source>That file is no longer in the entry.</source>
            <translation>Ese archivo ya no está en la entrada.</translation>
        </message>
        <message>
            <source>The copy couldn't be saved there. Try another folder.</source>
            <translation>La copia no se pudo guardar ahí. Prueba con otra carpeta.</translation>
        </message>
        <message>
            <source>A copy to open couldn't be made. Save a copy instead.</source>
            <translation>No se pudo hacer una copia para abrir. Guarda una copia en su lugar.</translation>
        </message>
    </context>
    <context>
        <name>CareCareMap</name>
        <message>
            <source>Please give {what} a name; everything else can stay empty.</source>
            <translation>Pon un nombre a {what}; todo lo demás puede quedar vacío.</translation>
        </message>
        <message>
            <source>That name is longer than {max_name} characters.</source>
            <translation>Ese nombre tiene más de {max_name} caracteres.</translation>
        </message>
        <message>
            <source>One of the fields is too long to save.</source>
            <translation>Uno de los campos es demasiado largo para guardarlo.</translation>
        </message>
        <message>
            <source>Please choose a person or an organisation.</source>
            <translation>Elige una persona o una organización.</translation>
        </message>
        <message>
            <source>Please choose one of the three rings.</source>
            <translation>Elige uno de los tres anillos.</translation>
        </message>
        <message>
            <source>That is not one of the inner-ring choices.</source>
            <translation>Esa no es una de las opciones del anillo interior.</translation>
        </message>
        <message>
            <source>Please choose what kind of support this is.</source>
            <translation>Elige qué tipo de apoyo es.</translation>
        </message>
        <message>
            <source>That person is no longer on the map.</source>
            <translation>Esa persona ya no está en el mapa.</translation>
        </message>
        <message>
            <source>That resource is no longer in the list.</source>
            <translation>Ese recurso ya no está en la lista.</translation>
        </message>
        <message>
            <source>Choose between 1 and {max_revisit_months} months, or off.</source>
            <translation>Elige entre 1 y {max_revisit_months} meses, o desactivado.</translation>
        </message>
    </context>
    <context>
        <name>CarePlans</name>
        <message>
            <source>That is not a kind of plan HJ Journal knows.</source>
            <translation>Ese no es un tipo de plan que HJ Journal conozca.</translation>
        </message>
        <message>
            <source>That answer does not belong to this plan.</source>
            <translation>Esa respuesta no pertenece a este plan.</translation>
        </message>
        <message>
            <source>Plan answers are text.</source>
            <translation>Las respuestas de un plan son texto.</translation>
        </message>
        <message>
            <source>One of the answers is too long to save.</source>
            <translation>Una de las respuestas es demasiado larga para guardarla.</translation>
        </message>
        <message>
            <source>That plan no longer exists.</source>
            <translation>Ese plan ya no existe.</translation>
        </message>
        <message>
            <source>Save the plan once before choosing a follow-up day.</source>
            <translation>Guarda el plan una vez antes de elegir un día para retomarlo.</translation>
        </message>
    </context>
    <context>
        <name>ChangeWords</name>
        <message numerus="yes">
            <source>%n percentage point(s)</source>
            <translation>
                <numerusform>%n punto porcentual</numerusform>
                <numerusform>%n puntos porcentuales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} of 100</source>
            <translation>{value} de 100</translation>
        </message>
        <message>
            <source>one session</source>
            <translation>una sesión</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} was {first} in the first and the latest of {sessions}</source>
            <translation>{name} fue {first} en la primera y en la última de {sessions}</translation>
        </message>
        <message>
            <source>{name} went from {first} to {latest} over {sessions}</source>
            <translation>{name} pasó de {first} a {latest} en {sessions}</translation>
        </message>
        <message>
            <source>{opening}: {clause}.</source>
            <translation>{opening}: {clause}.</translation>
        </message>
        <message>
            <source>That is a drop of at least half from the first score, which measurement-based care calls a response.</source>
            <translation>Es un descenso de al menos la mitad desde la primera puntuación, lo que la atención basada en la medición llama respuesta.</translation>
        </message>
        <message>
            <source>The latest score is below {score}, which measurement-based care calls remission.</source>
            <translation>La última puntuación está por debajo de {score}, lo que la atención basada en la medición llama remisión.</translation>
        </message>
        <message>
            <source>a drop of {points} or more points is larger than the questionnaire's usual ups and downs</source>
            <translation>un descenso de {points} puntos o más es mayor que los altibajos habituales del cuestionario</translation>
        </message>
        <message>
            <source>a rise of {points} or more points is larger than the questionnaire's usual ups and downs</source>
            <translation>un aumento de {points} puntos o más es mayor que los altibajos habituales del cuestionario</translation>
        </message>
        <message>
            <source>a change of less than {size} is within the questionnaire's usual ups and downs</source>
            <translation>un cambio de menos de {size} está dentro de los altibajos habituales del cuestionario</translation>
        </message>
        <message>
            <source>a drop of {size} or more is considered meaningful</source>
            <translation>un descenso de {size} o más se considera significativo</translation>
        </message>
        <message>
            <source>a rise of {size} or more is considered meaningful</source>
            <translation>un aumento de {size} o más se considera significativo</translation>
        </message>
        <message>
            <source>the change is smaller than the {size} considered meaningful</source>
            <translation>el cambio es menor que los {size} que se consideran significativos</translation>
        </message>
        <message>
            <source>{name}: {value} in one session so far.</source>
            <translation>{name}: {value} en una sesión por ahora.</translation>
        </message>
        <message>
            <source>One response was not scored because some questions were skipped.</source>
            <translation>Una respuesta no se puntuó porque se saltaron algunas preguntas.</translation>
        </message>
        <message numerus="yes">
            <source>%n response(s) were not scored because some questions were skipped.</source>
            <translation>
                <numerusform>%n respuesta no se puntuó porque se saltaron algunas preguntas.</numerusform>
                <numerusform>%n respuestas no se puntuaron porque se saltaron algunas preguntas.</numerusform>
            </translation>
        </message>
        <message>
            <source>For reference: services count a {name} of {cut_point} or more as the clinical cut-point; this app suggests talking with someone from {support_from}. A score is not a diagnosis.</source>
            <translation>Como referencia: los servicios toman un {name} de {cut_point} o más como punto de corte clínico; esta app sugiere hablar con alguien a partir de {support_from}. Una puntuación no es un diagnóstico.</translation>
        </message>
        <message>
            <source>For reference: services count a {name} of {cut_point} or more as the clinical cut-point. A score is not a diagnosis.</source>
            <translation>Como referencia: los servicios toman un {name} de {cut_point} o más como punto de corte clínico. Una puntuación no es un diagnóstico.</translation>
        </message>
    </context>
    <context>
        <name>CheckinCheckins</name>
        <message>
            <source>{name} is a whole number from {low} to {high}.</source>
            <translation>{name} es un número entero de {low} a {high}.</translation>
        </message>
        <message>
            <source>The note is too long to save.</source>
            <translation>La nota es demasiado larga para guardarla.</translation>
        </message>
        <message>
            <source>That check-in no longer exists.</source>
            <translation>Ese registro ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>CheckinCustomScales</name>
        <message>
            <source>{name} is a whole number from {min} to {max}.</source>
            <translation>{name} es un número entero de {min} a {max}.</translation>
        </message>
        <message>
            <source>That scale no longer exists.</source>
            <translation>Esa escala ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>CheckinInstrumentsScoring</name>
        <message>
            <source>{instrument_id} has no version {version} (loaded: {known})</source>
            <translation>{instrument_id} no tiene la versión {version} (cargadas: {known})</translation>
        </message>
        <message>
            <source>no instrument with id {instrument_id} is loaded</source>
            <translation>no hay ningún cuestionario cargado con el id {instrument_id}</translation>
        </message>
        <message>
            <source>{short_name} has {asked} items but {count} answers were given (or give {count2} {short_name2} answers with the items it leaves out empty)</source>
            <translation>{short_name} tiene {asked} preguntas, pero se dieron {count} respuestas (o da {count2} respuestas de {short_name2} con vacías las preguntas que deja fuera)</translation>
        </message>
        <message>
            <source>{name} answers should be a list, not {name2}</source>
            <translation>las respuestas de {name} deben ser una lista, no {name2}</translation>
        </message>
        <message>
            <source>{name} has {count} items but {count2} answers were given</source>
            <translation>{name} tiene {count} preguntas, pero se dieron {count2} respuestas</translation>
        </message>
        <message>
            <source>{name} item {id}: {answer} is not one of {values}</source>
            <translation>{name}, pregunta {id}: {answer} no es uno de {values}</translation>
        </message>
        <message>
            <source>{where}: expected a whole number, None or {declined}, not {name} {answer}</source>
            <translation>{where}: se esperaba un número entero, None o {declined}, no {name} {answer}</translation>
        </message>
        <message>
            <source>answers should be a list, not {name}</source>
            <translation>las respuestas deben ser una lista, no {name}</translation>
        </message>
        <message>
            <source>stored answers should be a list, not {name}</source>
            <translation>las respuestas guardadas deben ser una lista, no {name}</translation>
        </message>
    </context>
    <context>
        <name>CheckinPrefs</name>
        <message>
            <source>The support level is a whole number from 0 to 10, or off.</source>
            <translation>El nivel de apoyo es un número entero de 0 a 10, o desactivado.</translation>
        </message>
    </context>
    <context>
        <name>CheckinQuestionnaires</name>
        <message>
            <source>{short_name} does not ask item {id}; leave it empty.</source>
            <translation>{short_name} no hace la pregunta {id}; déjala vacía.</translation>
        </message>
        <message>
            <source>{short_name} has no difficulty question.</source>
            <translation>{short_name} no tiene pregunta de dificultad.</translation>
        </message>
        <message>
            <source>The note is too long to save.</source>
            <translation>La nota es demasiado larga para guardarla.</translation>
        </message>
        <message>
            <source>That questionnaire response no longer exists.</source>
            <translation>Esa respuesta al cuestionario ya no existe.</translation>
        </message>
        <message>
            <source>There is no questionnaire called {instrument_id}.</source>
            <translation>No hay ningún cuestionario llamado {instrument_id}.</translation>
        </message>
        <message>
            <source>The difficulty answer is a number from 0 to {value}, or left empty.</source>
            <translation>La respuesta de dificultad es un número de 0 a {value}, o se deja vacía.</translation>
        </message>
    </context>
    <context>
        <name>CheckinWords</name>
        <message>
            <source>Write a word or a short phrase first.</source>
            <translation>Primero escribe una palabra o una frase corta.</translation>
        </message>
        <message>
            <source>Keep it to {max_word} characters or fewer.</source>
            <translation>Que tenga {max_word} caracteres o menos.</translation>
        </message>
        <message>
            <source>This list is full. Remove a word you no longer use first.</source>
            <translation>Esta lista está llena. Primero quita una palabra que ya no uses.</translation>
        </message>
    </context>
    <context>
        <name>ClientCopy</name>
        <message>
            <source>This is everything from your sessions that was shared with you: each session's summary and what you agreed to have recorded. Your practitioner's private notes are not part of it. This copy is not encrypted: anyone who has the file can read it.</source>
            <extracomment>Said in the JSON copy (in English, as the file's other words are); the HTML says it in the reader's language (:func:`_about`).</extracomment>
            <translation>Esto es todo lo que se compartió contigo de tus sesiones: el resumen de cada sesión y lo que aceptaste que se registrara. Las notas privadas de tu profesional no forman parte de ello. Esta copia no está cifrada: cualquiera que tenga el archivo puede leerla.</translation>
        </message>
        <message>
            <source>What you agreed to have recorded</source>
            <translation>Lo que aceptaste que se registrara</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Your record of our sessions</source>
            <translation>Tu registro de nuestras sesiones</translation>
        </message>
        <message>
            <source>No sessions are recorded.</source>
            <translation>No hay sesiones registradas.</translation>
        </message>
        <message>
            <source>Questionnaire totals</source>
            <translation>Totales de los cuestionarios</translation>
        </message>
        <message>
            <source>A total is not a diagnosis; what it means is best talked through together.</source>
            <translation>Un total no es un diagnóstico; lo que significa se entiende mejor hablándolo en conjunto.</translation>
        </message>
        <message>
            <source>No consent was recorded.</source>
            <translation>No se registró ningún consentimiento.</translation>
        </message>
    </context>
    <context>
        <name>CommonTomlcheck</name>
        <message>
            <source>, field '{field}'</source>
            <translation>, campo '{field}'</translation>
        </message>
        <message numerus="yes">
            <source>%n more problem(s)</source>
            <translation>
                <numerusform>%n problema más</numerusform>
                <numerusform>%n problemas más</numerusform>
            </translation>
        </message>
        <message>
            <source> (and {others})</source>
            <translation> (y {others})</translation>
        </message>
        <message>
            <source>is larger than 1 MiB, far more than a prompt pack or strategy needs.</source>
            <translation>ocupa más de 1 MiB, mucho más de lo que necesita una colección de propuestas o una estrategia.</translation>
        </message>
        <message>
            <source>is not UTF-8 text, so it can't be read as a TOML file.</source>
            <translation>no es texto UTF-8, así que no se puede leer como archivo TOML.</translation>
        </message>
        <message>
            <source>contains characters that are not valid text (a bad encoding).</source>
            <translation>tiene caracteres que no son texto válido (una codificación incorrecta).</translation>
        </message>
        <message>
            <source>is not a valid TOML file ({detail}).</source>
            <translation>no es un archivo TOML válido ({detail}).</translation>
        </message>
        <message>
            <source>could not be read ({reason}).</source>
            <translation>no se pudo leer ({reason}).</translation>
        </message>
        <message>
            <source>should be a table of fields.</source>
            <translation>debe ser una tabla de campos.</translation>
        </message>
        <message>
            <source>is not a field HJ Journal knows; please check its spelling.</source>
            <translation>no es un campo que HJ Journal conozca; revisa cómo está escrito.</translation>
        </message>
        <message>
            <source>is missing.</source>
            <translation>falta.</translation>
        </message>
        <message>
            <source>should be text in quotes, such as "…".</source>
            <translation>debe ser texto entre comillas, como "…".</translation>
        </message>
        <message>
            <source>is empty.</source>
            <translation>está vacío.</translation>
        </message>
        <message>
            <source>is longer than {max_len} characters.</source>
            <translation>tiene más de {max_len} caracteres.</translation>
        </message>
        <message>
            <source>contains control characters.</source>
            <translation>tiene caracteres de control.</translation>
        </message>
        <message>
            <source>should fit on one line.</source>
            <translation>debe caber en una línea.</translation>
        </message>
        <message>
            <source>should be lower-case letters and digits joined by hyphens, such as "box-breathing" (at most {max_slug} characters).</source>
            <translation>deben ser letras minúsculas y cifras unidas por guiones, como "box-breathing" (como mucho {max_slug} caracteres).</translation>
        </message>
        <message>
            <source>should be one of: {value}.</source>
            <translation>debe ser uno de estos: {value}.</translation>
        </message>
        <message>
            <source>should be a whole number.</source>
            <translation>debe ser un número entero.</translation>
        </message>
        <message>
            <source>is negative ({value}); it should be at least {minimum}.</source>
            <translation>es negativo ({value}); debe ser al menos {minimum}.</translation>
        </message>
        <message>
            <source>is too small ({value}); it should be at least {minimum}.</source>
            <translation>es demasiado pequeño ({value}); debe ser al menos {minimum}.</translation>
        </message>
        <message>
            <source>is too large ({value}); it should be at most {maximum}.</source>
            <translation>es demasiado grande ({value}); debe ser como mucho {maximum}.</translation>
        </message>
        <message>
            <source>should be true or false.</source>
            <translation>debe ser true o false.</translation>
        </message>
        <message>
            <source>should be a list of texts, such as ["…", "…"].</source>
            <translation>debe ser una lista de textos, como ["…", "…"].</translation>
        </message>
        <message>
            <source>has more than {max_items} entries.</source>
            <translation>tiene más de {max_items} elementos.</translation>
        </message>
        <message>
            <source>should be two whole numbers, such as [2, 5].</source>
            <translation>deben ser dos números enteros, como [2, 5].</translation>
        </message>
        <message>
            <source>starts above where it ends ({low} &gt; {high}).</source>
            <translation>empieza por encima de donde termina ({low} &gt; {high}).</translation>
        </message>
        <message>
            <source>is missing; add at least one [[{key}]] block.</source>
            <translation>falta; añade al menos un bloque [[{key}]].</translation>
        </message>
        <message>
            <source>should be a list of [[{key}]] blocks.</source>
            <translation>debe ser una lista de bloques [[{key}]].</translation>
        </message>
        <message>
            <source>is empty; add at least one [[{key}]] block.</source>
            <translation>está vacío; añade al menos un bloque [[{key}]].</translation>
        </message>
        <message>
            <source>is {value}; this version of HJ Journal reads version {schema_version}. Please update the app to use this file.</source>
            <translation>es {value}; esta versión de HJ Journal lee la versión {schema_version}. Actualiza la app para usar este archivo.</translation>
        </message>
    </context>
    <context>
        <name>CopingService</name>
        <message>
            <source>Add at least one step.</source>
            <translation>Añade al menos un paso.</translation>
        </message>
        <message>
            <source>Distress {when} is a whole number from {low} to {high}.</source>
            <translation>El malestar {when} es un número entero de {low} a {high}.</translation>
        </message>
        <message>
            <source>That strategy is no longer in your library.</source>
            <translation>Esa estrategia ya no está en tu biblioteca.</translation>
        </message>
        <message>
            <source>This file can't be added as it is. {problem}</source>
            <translation>Este archivo no se puede añadir tal como está. {problem}</translation>
        </message>
        <message>
            <source>The note is too long to save.</source>
            <translation>La nota es demasiado larga para guardarla.</translation>
        </message>
        <message>
            <source>A practice can't end before it starts.</source>
            <translation>Una práctica no puede terminar antes de empezar.</translation>
        </message>
        <message>
            <source>That practice is no longer in your record.</source>
            <translation>Esa práctica ya no está en tu historial.</translation>
        </message>
    </context>
    <context>
        <name>CoreDates</name>
        <message>
            <source>January</source>
            <translation>enero</translation>
        </message>
        <message>
            <source>February</source>
            <translation>febrero</translation>
        </message>
        <message>
            <source>March</source>
            <translation>marzo</translation>
        </message>
        <message>
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mayo</translation>
        </message>
        <message>
            <source>June</source>
            <translation>junio</translation>
        </message>
        <message>
            <source>July</source>
            <translation>julio</translation>
        </message>
        <message>
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septiembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octubre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>noviembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>diciembre</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>lunes</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>martes</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>miércoles</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jueves</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>viernes</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>sábado</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>domingo</translation>
        </message>
        <message>
            <source>{weekday} {day} {month} {year}</source>
            <translation>{weekday} {day} de {month} de {year}</translation>
        </message>
    </context>
    <context>
        <name>DataAutomatic</name>
        <message>
            <source>The last automatic backup couldn't be written to its folder.</source>
            <translation>La última copia de seguridad automática no se pudo guardar en su carpeta.</translation>
        </message>
        <message>
            <source>The last automatic backup couldn't be made.</source>
            <translation>La última copia de seguridad automática no se pudo hacer.</translation>
        </message>
    </context>
    <context>
        <name>DataBackup</name>
        <message>
            <source>The folder for backups isn't there. If it is on a USB stick or another disk, plug it in and try again.</source>
            <translation>La carpeta de las copias de seguridad no está. Si está en una memoria USB o en otro disco, conéctalo y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The new backup did not read back correctly, so it was not kept. The disk it was written to may be full or failing.</source>
            <translation>La copia de seguridad nueva no se pudo volver a leer bien, así que no se conservó. Puede que el disco donde se guardó esté lleno o fallando.</translation>
        </message>
        <message>
            <source>That folder is not one of this vault's backups.</source>
            <translation>Esa carpeta no es una de las copias de seguridad de esta bóveda.</translation>
        </message>
        <message>
            <source>This backup belongs to a different vault.</source>
            <translation>Esta copia de seguridad es de otra bóveda.</translation>
        </message>
    </context>
    <context>
        <name>DataBackupFiles</name>
        <message>
            <source>This backup's description file is missing or damaged.</source>
            <translation>Falta el archivo de descripción de esta copia de seguridad o está dañado.</translation>
        </message>
        <message>
            <source>A file is missing from this backup.</source>
            <translation>Falta un archivo en esta copia de seguridad.</translation>
        </message>
        <message>
            <source>This backup's key file is damaged.</source>
            <translation>El archivo de claves de esta copia de seguridad está dañado.</translation>
        </message>
        <message>
            <source>This backup's key file does not belong with its database.</source>
            <translation>El archivo de claves de esta copia de seguridad no corresponde a su base de datos.</translation>
        </message>
        <message>
            <source>This backup's database has changed since it was written (damage on disk).</source>
            <translation>La base de datos de esta copia de seguridad cambió desde que se guardó (daño en el disco).</translation>
        </message>
        <message>
            <source>A passphrase or recovery key is needed to open this backup.</source>
            <translation>Hace falta una frase de contraseña o una clave de recuperación para abrir esta copia de seguridad.</translation>
        </message>
    </context>
    <context>
        <name>DataExchangeAttachmentExport</name>
        <message>
            <source>Left out: it isn't a file record.</source>
            <translation>Se dejó fuera: no es un registro de archivo.</translation>
        </message>
        <message>
            <source>Left out: its entry is not in the export.</source>
            <translation>Se dejó fuera: su entrada no está en la exportación.</translation>
        </message>
        <message>
            <source>Left out: the file in it is damaged.</source>
            <translation>Se dejó fuera: el archivo que contiene está dañado.</translation>
        </message>
    </context>
    <context>
        <name>DataExchangeAttachmentsBeside</name>
        <message numerus="yes">
            <source>%n linked file(s) (isn't|aren't) there, so (it was|they were) not imported; (its link stays in the entry|their links stay in the entries).</source>
            <extracomment>As for Day One's media: the largest file read, and all of them in one import.</extracomment>
            <translation>
                <numerusform>%n archivo enlazado no está, así que no se importó; su enlace se queda en la entrada.</numerusform>
                <numerusform>%n archivos enlazados no están, así que no se importaron; sus enlaces se quedan en las entradas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n linked file(s) couldn't be read, so (it was|they were) not imported; (its link stays in the entry|their links stay in the entries).</source>
            <translation>
                <numerusform>%n archivo enlazado no se pudo leer, así que no se importó; su enlace se queda en la entrada.</numerusform>
                <numerusform>%n archivos enlazados no se pudieron leer, así que no se importaron; sus enlaces se quedan en las entradas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n linked file(s) (is|are) larger than an import takes {limits}, so (it was|they were) not imported; (its link stays in the entry|their links stay in the entries).</source>
            <translation>
                <numerusform>%n archivo enlazado es más grande de lo que admite una importación {limits}, así que no se importó; su enlace se queda en la entrada.</numerusform>
                <numerusform>%n archivos enlazados son más grandes de lo que admite una importación {limits}, así que no se importaron; sus enlaces se quedan en las entradas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n linked file(s) (lies|lie) outside the folder, so (it was|they were) not imported; (its link stays in the entry|their links stay in the entries).</source>
            <translation>
                <numerusform>%n archivo enlazado está fuera de la carpeta, así que no se importó; su enlace se queda en la entrada.</numerusform>
                <numerusform>%n archivos enlazados están fuera de la carpeta, así que no se importaron; sus enlaces se quedan en las entradas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataExchangeCommon</name>
        <message>
            <source>This file is larger than {limit}, which is more than HJ Journal can import at once.</source>
            <extracomment>Files (and, for Day One, unpacked JSON) larger than this are refused. The journal's own limits (``hj_journal.core.journal.entries``; a test keeps them equal). They are repeated here so the parsers stay free of the store layer. The time used when a source gives a day but no time. Noon keeps the UTC day equal to the local day in nearly every time zone.</extracomment>
            <translation>Este archivo ocupa más de {limit}, más de lo que HJ Journal puede importar de una vez.</translation>
        </message>
        <message>
            <source>This file isn't saved as UTF-8 text, so it can't be read as {what}.</source>
            <translation>Este archivo no está guardado como texto UTF-8, así que no se puede leer como {what}.</translation>
        </message>
        <message>
            <source>This file is empty.</source>
            <translation>Este archivo está vacío.</translation>
        </message>
        <message>
            <source>This file looks incomplete or damaged, so it can't be read as {what}.</source>
            <translation>Este archivo parece incompleto o dañado, así que no se puede leer como {what}.</translation>
        </message>
        <message>
            <source>{subject} was left out because it has no {label}.</source>
            <translation>Se dejó fuera {subject} porque no tiene {label}.</translation>
        </message>
        <message>
            <source>{subject} was left out because its {label} isn't text.</source>
            <translation>Se dejó fuera {subject} porque su {label} no es texto.</translation>
        </message>
        <message>
            <source>{subject} was left out because its {label} has characters that aren't valid text.</source>
            <translation>Se dejó fuera {subject} porque su {label} tiene caracteres que no son texto válido.</translation>
        </message>
        <message>
            <source>{subject} was left out because its {label} isn't true or false.</source>
            <translation>Se dejó fuera {subject} porque su {label} no es verdadero ni falso.</translation>
        </message>
        <message>
            <source>{subject} was left out because its {label} aren't a list of words.</source>
            <translation>Se dejó fuera {subject} porque sus {label} no son una lista de palabras.</translation>
        </message>
        <message>
            <source>{subject} was left out because its {label} have characters that aren't valid text.</source>
            <translation>Se dejó fuera {subject} porque sus {label} tienen caracteres que no son texto válido.</translation>
        </message>
        <message>
            <source>{subject} was left out because it is longer than one entry can hold (five million characters).</source>
            <translation>Se dejó fuera {subject} porque es más largo de lo que cabe en una entrada (cinco millones de caracteres).</translation>
        </message>
        <message numerus="yes">
            <source>%n tag(s) longer than {limit} characters (was|were) left off their entries.</source>
            <translation>
                <numerusform>%n etiqueta de más de {limit} caracteres se dejó fuera de sus entradas.</numerusform>
                <numerusform>%n etiquetas de más de {limit} caracteres se dejaron fuera de sus entradas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataExchangeDaylio</name>
        <message>
            <source>{name}, line {start}</source>
            <extracomment>Daylio's default mood words and the valence each maps to (see the module docs).</extracomment>
            <translation>{name}, línea {start}</translation>
        </message>
        <message>
            <source>The row on line {start} was left out because it isn't laid out as CSV (or a field in it is too long).</source>
            <translation>Se dejó fuera la fila de la línea {start} porque no tiene formato CSV (o uno de sus campos es demasiado largo).</translation>
        </message>
        <message>
            <source>The row on line {line}</source>
            <translation>la fila de la línea {line}</translation>
        </message>
        <message>
            <source>This file is empty.</source>
            <translation>Este archivo está vacío.</translation>
        </message>
        <message>
            <source>This file doesn't look like a Daylio CSV export.</source>
            <translation>Este archivo no parece una exportación CSV de Daylio.</translation>
        </message>
        <message>
            <source>{subject} was left out because part of it isn't valid UTF-8 text.</source>
            <translation>Se dejó fuera {subject} porque una parte no es texto UTF-8 válido.</translation>
        </message>
        <message>
            <source>{subject} was left out because it has no {label}.</source>
            <translation>Se dejó fuera {subject} porque no tiene {label}.</translation>
        </message>
        <message>
            <source>{subject} was left out because its date, “{value}”, isn't a date HJ Journal can read.</source>
            <translation>Se dejó fuera {subject} porque su fecha, “{value}”, no es una fecha que HJ Journal pueda leer.</translation>
        </message>
        <message>
            <source>{subject} was left out because its time, “{value}”, isn't a time HJ Journal can read.</source>
            <translation>Se dejó fuera {subject} porque su hora, “{value}”, no es una hora que HJ Journal pueda leer.</translation>
        </message>
        <message>
            <source>{subject} was left out because its date, “{value}”, is too far from today to place in time.</source>
            <translation>Se dejó fuera {subject} porque su fecha, “{value}”, está demasiado lejos de hoy para situarla en el tiempo.</translation>
        </message>
    </context>
    <context>
        <name>DataExchangeDayone</name>
        <message numerus="yes">
            <source>%n photo(s) (was|were) not imported.</source>
            <extracomment>A JSON member larger than ``_RATIO_FLOOR`` may expand at most this many times. Media lists in an entry, and the kind each holds. The kind named in a ``dayone-moment:/&lt;kind&gt;/&lt;id&gt;`` link.</extracomment>
            <translation>
                <numerusform>%n foto no se importó.</numerusform>
                <numerusform>%n fotos no se importaron.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n audio recording(s) (was|were) not imported.</source>
            <translation>
                <numerusform>%n grabación de audio no se importó.</numerusform>
                <numerusform>%n grabaciones de audio no se importaron.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n video(s) (was|were) not imported.</source>
            <translation>
                <numerusform>%n vídeo no se importó.</numerusform>
                <numerusform>%n vídeos no se importaron.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PDF(s) (was|were) not imported.</source>
            <translation>
                <numerusform>%n PDF no se importó.</numerusform>
                <numerusform>%n PDF no se importaron.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attachment(s) (was|were) not imported.</source>
            <translation>
                <numerusform>%n adjunto no se importó.</numerusform>
                <numerusform>%n adjuntos no se importaron.</numerusform>
            </translation>
        </message>
        <message>
            <source>This file is empty.</source>
            <extracomment>Where each kind's files are in the zip, and the field naming a file's ending.</extracomment>
            <translation>Este archivo está vacío.</translation>
        </message>
        <message>
            <source>This file doesn't look like a Day One export.</source>
            <translation>Este archivo no parece una exportación de Day One.</translation>
        </message>
        <message>
            <source>This file isn't a Day One journal, so it was not read.</source>
            <translation>Este archivo no es un diario de Day One, así que no se leyó.</translation>
        </message>
        <message>
            <source>{name}, entry {number}</source>
            <translation>{name}, entrada {number}</translation>
        </message>
        <message>
            <source>This file inside the archive points outside it, so it was not read.</source>
            <translation>Este archivo del comprimido apunta fuera de él, así que no se leyó.</translation>
        </message>
        <message>
            <source>This archive looks incomplete or damaged, so it can't be read as a Day One export.</source>
            <translation>Este comprimido parece incompleto o dañado, así que no se puede leer como exportación de Day One.</translation>
        </message>
        <message>
            <source>This archive's journal files add up to more than {max_file_text}, which is more than HJ Journal can import at once.</source>
            <translation>Los archivos de diario de este comprimido suman más de {max_file_text}, más de lo que HJ Journal puede importar de una vez.</translation>
        </message>
        <message>
            <source>This archive expands far more than a real export would, so HJ Journal won't unpack it.</source>
            <translation>Este comprimido se expande mucho más de lo que lo haría una exportación real, así que HJ Journal no lo descomprimirá.</translation>
        </message>
        <message>
            <source>{subject} was left out because it isn't a journal entry.</source>
            <translation>Se dejó fuera {subject} porque no es una entrada de diario.</translation>
        </message>
        <message>
            <source>{subject} was left out because its date, “{value}”, isn't a date HJ Journal can read.</source>
            <translation>Se dejó fuera {subject} porque su fecha, “{value}”, no es una fecha que HJ Journal pueda leer.</translation>
        </message>
        <message>
            <source>{subject} was left out because it has no text (it may hold only media).</source>
            <translation>Se dejó fuera {subject} porque no tiene texto (puede que solo tenga archivos multimedia).</translation>
        </message>
        <message>
            <source>{subject} was left out because its date, “{value}”, is too far from today to place in time.</source>
            <translation>Se dejó fuera {subject} porque su fecha, “{value}”, está demasiado lejos de hoy para situarla en el tiempo.</translation>
        </message>
        <message>
            <source>Some entries name a time zone HJ Journal doesn't know, so their days were worked out in this computer's time zone.</source>
            <translation>Algunas entradas indican una zona horaria que HJ Journal no conoce, así que sus días se calcularon con la zona horaria de este equipo.</translation>
        </message>
    </context>
    <context>
        <name>DataExchangeExportPdf</name>
        <message>
            <source>The first day comes after the last day; please swap them.</source>
            <translation>El primer día es posterior al último; cámbialos de orden.</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>There are no entries for these days.</source>
            <translation>No hay entradas en estos días.</translation>
        </message>
        <message numerus="yes">
            <source>%n entr(y|ies)</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
    </context>
    <context>
        <name>DataExchangeImporter</name>
        <message>
            <source>This is a practice vault, which keeps clients and never a personal journal, so a personal journal can't be imported into it; import it into a personal vault instead.</source>
            <translation>Esta es una bóveda de práctica, que guarda clientes y nunca un diario personal, así que no se puede importar un diario personal en ella; impórtalo en una bóveda personal.</translation>
        </message>
        <message>
            <source>This export comes from a practice vault and holds clients' sessions, which stay apart from a personal journal, so it can't be imported here; import it into a practice vault.</source>
            <translation>Esta exportación viene de una bóveda de práctica y tiene sesiones con clientes, que se mantienen aparte de un diario personal, así que no se puede importar aquí; impórtala en una bóveda de práctica.</translation>
        </message>
        <message>
            <source>HJ Journal doesn't recognise this file. It can import exports from jrnl, Day One, Daylio, a folder of Markdown files, and its own JSON export.</source>
            <translation>HJ Journal no reconoce este archivo. Puede importar exportaciones de jrnl, Day One, Daylio, una carpeta de archivos Markdown y su propia exportación JSON.</translation>
        </message>
        <message>
            <source>“{fmt}” isn't a format HJ Journal can import.</source>
            <translation>“{fmt}” no es un formato que HJ Journal pueda importar.</translation>
        </message>
        <message>
            <source>It is longer than one entry can hold.</source>
            <translation>Es más largo de lo que cabe en una entrada.</translation>
        </message>
        <message>
            <source>Its time has no time zone.</source>
            <translation>Su hora no tiene zona horaria.</translation>
        </message>
        <message>
            <source>Its mood is outside −3 to 3.</source>
            <translation>Su ánimo está fuera del rango de −3 a 3.</translation>
        </message>
        <message>
            <source>Its distress rating is outside 0 to 10.</source>
            <translation>Su valoración de malestar está fuera del rango de 0 a 10.</translation>
        </message>
        <message>
            <source>entry {number}</source>
            <extracomment>Formats whose ids may be this app's own entry uuids (its Markdown export writes them).</extracomment>
            <translation>la entrada {number}</translation>
        </message>
        <message>
            <source>check-in {number}</source>
            <translation>el registro {number}</translation>
        </message>
    </context>
    <context>
        <name>DataExchangeJrnlJson</name>
        <message>
            <source>This file doesn't look like a jrnl JSON export.</source>
            <translation>Este archivo no parece una exportación JSON de jrnl.</translation>
        </message>
        <message>
            <source>This file doesn't look like a jrnl JSON export (it looks like another app's).</source>
            <translation>Este archivo no parece una exportación JSON de jrnl (parece de otra app).</translation>
        </message>
        <message>
            <source>{name}, entry {number}</source>
            <translation>{name}, entrada {number}</translation>
        </message>
        <message>
            <source>{subject} was left out because it isn't a journal entry.</source>
            <translation>Se dejó fuera {subject} porque no es una entrada de diario.</translation>
        </message>
        <message>
            <source>{subject} was left out because its date, “{value}”, isn't a date HJ Journal can read.</source>
            <translation>Se dejó fuera {subject} porque su fecha, “{value}”, no es una fecha que HJ Journal pueda leer.</translation>
        </message>
        <message>
            <source>{subject} was left out because its time, “{value}”, isn't a time HJ Journal can read.</source>
            <translation>Se dejó fuera {subject} porque su hora, “{value}”, no es una hora que HJ Journal pueda leer.</translation>
        </message>
        <message>
            <source>{subject} was left out because it has no title or text.</source>
            <translation>Se dejó fuera {subject} porque no tiene título ni texto.</translation>
        </message>
        <message>
            <source>{subject} was left out because its date, “{value}”, is too far from today to place in time.</source>
            <translation>Se dejó fuera {subject} porque su fecha, “{value}”, está demasiado lejos de hoy para situarla en el tiempo.</translation>
        </message>
    </context>
    <context>
        <name>DataExchangeJrnlText</name>
        <message>
            <source>This file is empty.</source>
            <extracomment>A header shape; the date and time are checked separately. jrnl's tag pattern, with ``@`` as the tag symbol.</extracomment>
            <translation>Este archivo está vacío.</translation>
        </message>
        <message>
            <source>This file doesn't look like a jrnl journal: no line starts with a date such as “[2024-05-01 09:30]”.</source>
            <translation>Este archivo no parece un diario de jrnl: ninguna línea empieza con una fecha como “[2024-05-01 09:30]”.</translation>
        </message>
        <message>
            <source>{name}, lines 1–{count}</source>
            <translation>{name}, líneas 1–{count}</translation>
        </message>
        <message>
            <source>The text before the first dated entry was left out because it has no date.</source>
            <translation>Se dejó fuera el texto anterior a la primera entrada con fecha porque no tiene fecha.</translation>
        </message>
        <message>
            <source>{subject} was left out because part of it isn't valid UTF-8 text.</source>
            <translation>Se dejó fuera {subject} porque una parte no es texto UTF-8 válido.</translation>
        </message>
        <message>
            <source>{subject} was left out because its date, “{value}”, is too far from today to place in time.</source>
            <translation>Se dejó fuera {subject} porque su fecha, “{value}”, está demasiado lejos de hoy para situarla en el tiempo.</translation>
        </message>
        <message numerus="yes">
            <source>{lines} and %n more line(s)</source>
            <translation>
                <numerusform>{lines} y %n línea más</numerusform>
                <numerusform>{lines} y %n líneas más</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {lines} looks like the start of an entry, but the date isn't a real one, so the text was kept as part of the entry before it.</source>
            <translation>La línea {lines} parece el comienzo de una entrada, pero la fecha no es real, así que el texto se conservó como parte de la entrada anterior.</translation>
        </message>
        <message>
            <source>Lines {lines} look like the start of an entry, but the date isn't a real one, so the text was kept as part of the entry before it.</source>
            <translation>Las líneas {lines} parecen el comienzo de una entrada, pero la fecha no es real, así que el texto se conservó como parte de la entrada anterior.</translation>
        </message>
    </context>
    <context>
        <name>DataExchangeJsonRestore</name>
        <message>
            <source>it isn't a record</source>
            <translation>no es un registro</translation>
        </message>
        <message>
            <source>The export has a part HJ Journal doesn't know (“{name}”); it was left out.</source>
            <translation>La exportación tiene una parte que HJ Journal no conoce (“{name}”); se dejó fuera.</translation>
        </message>
        <message>
            <source>Left out: {error}.</source>
            <translation>Se dejó fuera: {error}.</translation>
        </message>
        <message>
            <source>“{name}” points at something not in the export</source>
            <translation>“{name}” apunta a algo que no está en la exportación</translation>
        </message>
        <message>
            <source>it appears twice in the export</source>
            <translation>aparece dos veces en la exportación</translation>
        </message>
    </context>
    <context>
        <name>DataExchangeMarkdownFolder</name>
        <message>
            <source>This is a link to something outside the folder, so it was not read.</source>
            <extracomment>How deep sub-folders are read.</extracomment>
            <translation>Es un enlace a algo de fuera de la carpeta, así que no se leyó.</translation>
        </message>
        <message>
            <source>This link points to a file that isn't there, so it was not read.</source>
            <translation>Este enlace apunta a un archivo que no está, así que no se leyó.</translation>
        </message>
        <message>
            <source>This folder has no Markdown (.md) files in it.</source>
            <translation>Esta carpeta no tiene archivos Markdown (.md).</translation>
        </message>
        <message>
            <source>This isn't a folder of Markdown files.</source>
            <translation>Esta no es una carpeta de archivos Markdown.</translation>
        </message>
        <message>
            <source>This folder couldn't be opened, so it was not read.</source>
            <translation>Esta carpeta no se pudo abrir, así que no se leyó.</translation>
        </message>
        <message>
            <source>This folder is nested too deeply, so it was not read.</source>
            <translation>Esta carpeta está demasiado anidada, así que no se leyó.</translation>
        </message>
        <message>
            <source>This couldn't be opened, so it was not read.</source>
            <translation>No se pudo abrir, así que no se leyó.</translation>
        </message>
        <message>
            <source>This is the same file as “{other}”, so it was read once.</source>
            <translation>Es el mismo archivo que “{other}”, así que se leyó una sola vez.</translation>
        </message>
        <message>
            <source>This is a link to a folder, so it was not followed.</source>
            <translation>Es un enlace a una carpeta, así que no se siguió.</translation>
        </message>
        <message>
            <source>This file couldn't be opened, so it was not read.</source>
            <translation>Este archivo no se pudo abrir, así que no se leyó.</translation>
        </message>
        <message>
            <source>This file isn't saved as UTF-8 text, so it was left out.</source>
            <translation>Este archivo no está guardado como texto UTF-8, así que se dejó fuera.</translation>
        </message>
        <message>
            <source>This file is empty, so there was nothing to import.</source>
            <translation>Este archivo está vacío, así que no había nada que importar.</translation>
        </message>
        <message>
            <source>This file was left out because its date, “{value}”, isn't a date HJ Journal can read.</source>
            <translation>Este archivo se dejó fuera porque su fecha, “{value}”, no es una fecha que HJ Journal pueda leer.</translation>
        </message>
        <message>
            <source>This file was left out because its date, “{value}”, is too far from today to place in time.</source>
            <translation>Este archivo se dejó fuera porque su fecha, “{value}”, está demasiado lejos de hoy para situarla en el tiempo.</translation>
        </message>
        <message>
            <source>This file has no date, and its change time can't be read, so it was left out.</source>
            <translation>Este archivo no tiene fecha y no se puede leer cuándo cambió, así que se dejó fuera.</translation>
        </message>
    </context>
    <context>
        <name>DataExchangeOwnFormat</name>
        <message>
            <source>“{name}” is empty but must have a value</source>
            <translation>“{name}” está vacío, pero debe tener un valor</translation>
        </message>
        <message>
            <source>“{name}” isn't a date and time</source>
            <translation>“{name}” no es una fecha y hora</translation>
        </message>
        <message>
            <source>“{name}” has no time zone</source>
            <translation>“{name}” no tiene zona horaria</translation>
        </message>
        <message>
            <source>“{name}” isn't a date</source>
            <translation>“{name}” no es una fecha</translation>
        </message>
        <message>
            <source>“{name}” isn't true or false</source>
            <translation>“{name}” no es verdadero ni falso</translation>
        </message>
        <message>
            <source>“{name}” isn't a whole number</source>
            <translation>“{name}” no es un número entero</translation>
        </message>
        <message>
            <source>“{name}” isn't text</source>
            <translation>“{name}” no es texto</translation>
        </message>
        <message>
            <source>“{name}” is longer than {length} characters</source>
            <translation>“{name}” tiene más de {length} caracteres</translation>
        </message>
        <message>
            <source>“{name}” holds a kind of value HJ Journal doesn't know</source>
            <translation>“{name}” tiene un tipo de valor que HJ Journal no conoce</translation>
        </message>
        <message>
            <source>“{name}” has characters that aren't valid text</source>
            <translation>“{name}” tiene caracteres que no son texto válido</translation>
        </message>
        <message>
            <source>“{name}” is missing</source>
            <translation>falta “{name}”</translation>
        </message>
        <message>
            <source>This file doesn't look like an HJ Journal export.</source>
            <translation>Este archivo no parece una exportación de HJ Journal.</translation>
        </message>
        <message>
            <source>This HJ Journal export has no version HJ Journal can read.</source>
            <translation>Esta exportación de HJ Journal no tiene una versión que HJ Journal pueda leer.</translation>
        </message>
        <message>
            <source>This export was made by a newer version of HJ Journal. Please update the app to import it.</source>
            <translation>Esta exportación se hizo con una versión más nueva de HJ Journal. Actualiza la app para importarla.</translation>
        </message>
        <message>
            <source>This HJ Journal export looks incomplete or damaged.</source>
            <translation>Esta exportación de HJ Journal parece incompleta o dañada.</translation>
        </message>
        <message>
            <source>This HJ Journal export doesn't say what kind of vault it is from.</source>
            <translation>Esta exportación de HJ Journal no dice de qué tipo de bóveda viene.</translation>
        </message>
    </context>
    <context>
        <name>DataRestore</name>
        <message>
            <source>This backup was made by another version of HJ Journal, so it can't replace the open vault directly. Restore it as a new vault instead; it is brought up to date when opened.</source>
            <translation>Esta copia de seguridad se hizo con otra versión de HJ Journal, así que no puede reemplazar directamente la bóveda abierta. Restáurala como una bóveda nueva; se pone al día al abrirla.</translation>
        </message>
        <message>
            <source>This backup belongs to a different vault, so it can't replace this one. Restore it as a new vault instead.</source>
            <translation>Esta copia de seguridad es de otra bóveda, así que no puede reemplazar esta. Restáurala como una bóveda nueva.</translation>
        </message>
        <message>
            <source>This backup did not pass its checks, so it was not restored. Your vault is unchanged.</source>
            <translation>Esta copia de seguridad no pasó sus comprobaciones, así que no se restauró. Tu bóveda sigue igual.</translation>
        </message>
        <message>
            <source>Please give the restored vault a name.</source>
            <translation>Pon un nombre a la bóveda restaurada.</translation>
        </message>
        <message>
            <source>A key is needed to check this backup.</source>
            <translation>Hace falta una clave para comprobar esta copia de seguridad.</translation>
        </message>
    </context>
    <context>
        <name>DataWipe</name>
        <message>
            <source>The name you typed is not this vault's name, so nothing was removed.</source>
            <translation>El nombre que escribiste no es el de esta bóveda, así que no se quitó nada.</translation>
        </message>
    </context>
    <context>
        <name>EntryTemplates</name>
        <message>
            <source>Give the template a name.</source>
            <translation>Pon un nombre a la plantilla.</translation>
        </message>
        <message>
            <source>A template's name is best kept under 80 characters.</source>
            <translation>Es mejor que el nombre de una plantilla tenga menos de 80 caracteres.</translation>
        </message>
        <message>
            <source>The title is best kept under 200 characters.</source>
            <translation>Es mejor que el título tenga menos de 200 caracteres.</translation>
        </message>
        <message>
            <source>The description is best kept under 300 characters.</source>
            <translation>Es mejor que la descripción tenga menos de 300 caracteres.</translation>
        </message>
        <message>
            <source>A tag can be at most 64 characters long.</source>
            <translation>Una etiqueta puede tener como mucho 64 caracteres.</translation>
        </message>
        <message>
            <source>A template can have at most 12 tags.</source>
            <translation>Una plantilla puede tener como mucho 12 etiquetas.</translation>
        </message>
        <message>
            <source>The template's text is best kept under 20,000 characters.</source>
            <translation>Es mejor que el texto de la plantilla tenga menos de 20.000 caracteres.</translation>
        </message>
        <message>
            <source>That template is no longer here.</source>
            <translation>Esa plantilla ya no está aquí.</translation>
        </message>
        <message>
            <source>There is no template called “{name}”.</source>
            <translation>No hay ninguna plantilla llamada “{name}”.</translation>
        </message>
        <message>
            <source>Only built-in templates are hidden; your own can be deleted.</source>
            <translation>Solo se ocultan las plantillas incluidas; las tuyas se pueden borrar.</translation>
        </message>
        <message>
            <source>Built-in templates stay as they are. Copy one as your own to change it.</source>
            <translation>Las plantillas incluidas se quedan como están. Haz una copia propia para cambiarla.</translation>
        </message>
        <message>
            <source>There is already a template called “{name}”. Give this one another name.</source>
            <translation>Ya hay una plantilla llamada “{name}”. Ponle otro nombre a esta.</translation>
        </message>
        <message>
            <source>This file can't be used as an entry template ({problem}).</source>
            <translation>Este archivo no se puede usar como plantilla de entrada ({problem}).</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>This export is not encrypted: anyone who gets the file can read it. An encrypted backup keeps the same things safe.</source>
            <translation>Esta exportación no está cifrada: cualquiera que consiga el archivo puede leerla. Una copia de seguridad cifrada guarda lo mismo de forma segura.</translation>
        </message>
        <message>
            <source>While it is being made, the export is a hidden file beginning '.hj-journal-export-' in the folder you chose; it is renamed when complete, and removed if the export is stopped or interrupted.</source>
            <translation>Mientras se hace, la exportación es un archivo oculto que empieza por '.hj-journal-export-' en la carpeta que elegiste; se le cambia el nombre al terminar y se quita si la exportación se detiene o se interrumpe.</translation>
        </message>
        <message>
            <source>“{name}” is a folder that already has files in it.</source>
            <translation>“{name}” es una carpeta que ya tiene archivos.</translation>
        </message>
        <message>
            <source>There is no folder called “{name}” to export into.</source>
            <translation>No hay ninguna carpeta llamada “{name}” donde exportar.</translation>
        </message>
        <message>
            <source>“{name}” is a folder; please choose a file name.</source>
            <translation>“{name}” es una carpeta; elige un nombre de archivo.</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>a Daylio export</source>
            <translation>una exportación de Daylio</translation>
        </message>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>time</source>
            <translation>hora</translation>
        </message>
        <message>
            <source>mood</source>
            <translation>ánimo</translation>
        </message>
        <message>
            <source>a Day One export</source>
            <translation>una exportación de Day One</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>time zone</source>
            <translation>zona horaria</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>etiquetas</translation>
        </message>
        <message>
            <source>star</source>
            <translation>estrella</translation>
        </message>
        <message>
            <source>pin</source>
            <translation>marca de fijada</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>a jrnl JSON export</source>
            <translation>una exportación JSON de jrnl</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>a jrnl journal</source>
            <translation>un diario de jrnl</translation>
        </message>
        <message>
            <source>an HJ Journal export</source>
            <translation>una exportación de HJ Journal</translation>
        </message>
    </context>
    <context>
        <name>InsightsWording</name>
        <message>
            <source>Mondays</source>
            <extracomment>English day names, Monday first (dates written in English; see ``day_name``).</extracomment>
            <translation>los lunes</translation>
        </message>
        <message>
            <source>Tuesdays</source>
            <translation>los martes</translation>
        </message>
        <message>
            <source>Wednesdays</source>
            <translation>los miércoles</translation>
        </message>
        <message>
            <source>Thursdays</source>
            <translation>los jueves</translation>
        </message>
        <message>
            <source>Fridays</source>
            <translation>los viernes</translation>
        </message>
        <message>
            <source>Saturdays</source>
            <translation>los sábados</translation>
        </message>
        <message>
            <source>Sundays</source>
            <translation>los domingos</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 punto</translation>
        </message>
        <message>
            <source>{points} points</source>
            <translation>{points} puntos</translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s)</source>
            <translation>
                <numerusform>%n práctica</numerusform>
                <numerusform>%n prácticas</numerusform>
            </translation>
        </message>
        <message>
            <source>{title}: {practices} with a rating before and after so far — not enough yet to see a pattern.</source>
            <translation>{title}: {practices} con valoración antes y después por ahora — todavía no es suficiente para ver un patrón.</translation>
        </message>
        <message>
            <source>{title}: your distress typically went down by {points} over {practices}.</source>
            <translation>{title}: tu malestar por lo general bajó {points} en {practices}.</translation>
        </message>
        <message>
            <source>{title}: your distress typically went up by {points} over {practices}.</source>
            <translation>{title}: tu malestar por lo general subió {points} en {practices}.</translation>
        </message>
        <message>
            <source>{title}: your distress typically stayed about the same over {practices}.</source>
            <translation>{title}: tu malestar por lo general se mantuvo más o menos igual en {practices}.</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s)</source>
            <translation>
                <numerusform>%n vez</numerusform>
                <numerusform>%n veces</numerusform>
            </translation>
        </message>
        <message>
            <source>On calmer days, ‘{word}’ came up {calmer}; on harder days, {harder}.</source>
            <translation>En los días más tranquilos, ‘{word}’ apareció {calmer}; en los días más difíciles, {harder}.</translation>
        </message>
        <message>
            <source>Calmer days are check-ins with distress below {middle}, your middle rating; harder days are {middle} or above ({calmer}, {harder}). These are things that came up at the same time, not causes.</source>
            <translation>Los días más tranquilos son registros con un malestar por debajo de {middle}, tu valoración intermedia; los días más difíciles son de {middle} o más ({calmer}, {harder}). Son cosas que aparecieron al mismo tiempo, no causas.</translation>
        </message>
        <message numerus="yes">
            <source>%n calmer check-in(s)</source>
            <translation>
                <numerusform>%n registro más tranquilo</numerusform>
                <numerusform>%n registros más tranquilos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n harder check-in(s)</source>
            <translation>
                <numerusform>%n registro más difícil</numerusform>
                <numerusform>%n registros más difíciles</numerusform>
            </translation>
        </message>
        <message>
            <source>There are not enough check-ins with a distress rating yet to compare calmer and harder days.</source>
            <translation>Todavía no hay suficientes registros con valoración de malestar para comparar los días más tranquilos y los más difíciles.</translation>
        </message>
        <message>
            <source>Your distress ratings have been much the same, so there is nothing to compare yet.</source>
            <translation>Tus valoraciones de malestar han sido bastante parecidas, así que todavía no hay nada que comparar.</translation>
        </message>
        <message>
            <source>Your journal is here when you want it.</source>
            <translation>Tu diario está aquí cuando lo quieras.</translation>
        </message>
        <message numerus="yes">
            <source>%n entr(y|ies)</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In the last %n week(s) you wrote {entries}.</source>
            <translation>
                <numerusform>En la última semana escribiste {entries}.</numerusform>
                <numerusform>En las últimas %n semanas escribiste {entries}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In the last %n week(s) you wrote {entries}, most often on {days}.</source>
            <translation>
                <numerusform>En la última semana escribiste {entries}, sobre todo {days}.</numerusform>
                <numerusform>En las últimas %n semanas escribiste {entries}, sobre todo {days}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Installation</name>
        <message>
            <source>{module} cannot be imported: {error}</source>
            <translation>No se puede importar {module}: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Vault code: %n module(s) of hj_journal.store</source>
            <translation>
                <numerusform>Código de la bóveda: %n módulo de hj_journal.store</numerusform>
                <numerusform>Código de la bóveda: %n módulos de hj_journal.store</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalEntries</name>
        <message>
            <source>A tag can be at most {max_tag} characters long.</source>
            <translation>Una etiqueta puede tener como mucho {max_tag} caracteres.</translation>
        </message>
        <message>
            <source>A title can be at most {max_title} characters long.</source>
            <translation>Un título puede tener como mucho {max_title} caracteres.</translation>
        </message>
        <message>
            <source>This entry is too long to save in one piece; please split it.</source>
            <translation>Esta entrada es demasiado larga para guardarla de una vez; divídela en partes.</translation>
        </message>
        <message>
            <source>Mood is a number from −3 to 3.</source>
            <translation>El ánimo es un número de −3 a 3.</translation>
        </message>
        <message>
            <source>That entry no longer exists.</source>
            <translation>Esa entrada ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>JournalMedia</name>
        <message>
            <source>Exif (camera, time and location)</source>
            <extracomment>Image kinds the app shows itself (Qt reads them without extra plugins). What metadata removal handles.</extracomment>
            <translation>Exif (cámara, hora y ubicación)</translation>
        </message>
        <message>
            <source>XMP</source>
            <translation>XMP</translation>
        </message>
        <message>
            <source>IPTC (captions, places and names)</source>
            <translation>IPTC (pies de foto, lugares y nombres)</translation>
        </message>
        <message>
            <source>comments</source>
            <translation>comentarios</translation>
        </message>
        <message>
            <source>text details</source>
            <translation>datos de texto</translation>
        </message>
        <message>
            <source>text details (XMP)</source>
            <translation>datos de texto (XMP)</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>.</source>
            <comment>the decimal separator, as in 2.5</comment>
            <extracomment>``(context, text, n)`` to the translated text, ``n`` being -1 for uncounted text. Languages the app offers, each named in its own words. The language setting's value for "the same language as the computer".</extracomment>
            <translation>,</translation>
        </message>
    </context>
    <context>
        <name>PracticeInsights</name>
        <message>
            <source>went down by {points}</source>
            <translation>bajó {points}</translation>
        </message>
        <message>
            <source>went up by {points}</source>
            <translation>subió {points}</translation>
        </message>
        <message>
            <source>stayed about the same</source>
            <translation>se mantuvo más o menos igual</translation>
        </message>
        <message>
            <source>{title}: {practices} with a rating before and after so far — not enough yet to see a pattern.</source>
            <translation>{title}: {practices} con valoración antes y después por ahora — todavía no es suficiente para ver un patrón.</translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s)</source>
            <translation>
                <numerusform>%n práctica</numerusform>
                <numerusform>%n prácticas</numerusform>
            </translation>
        </message>
        <message>
            <source>{title}: distress typically {change} over {practices}.</source>
            <translation>{title}: el malestar por lo general {change} en {practices}.</translation>
        </message>
        <message numerus="yes">
            <source>%n rated practice(s)</source>
            <translation>
                <numerusform>%n práctica valorada</numerusform>
                <numerusform>%n prácticas valoradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) with a distress rating at both the start and the end so far — not enough yet to see a pattern.</source>
            <translation>
                <numerusform>%n sesión con valoración de malestar al principio y al final por ahora — todavía no es suficiente para ver un patrón.</numerusform>
                <numerusform>%n sesiones con valoración de malestar al principio y al final por ahora — todavía no es suficiente para ver un patrón.</numerusform>
            </translation>
        </message>
        <message>
            <source>Distress typically {change} from arriving to leaving, over {sessions}.</source>
            <translation>El malestar por lo general {change} entre la llegada y la salida, en {sessions}.</translation>
        </message>
        <message numerus="yes">
            <source>%n rated session(s)</source>
            <translation>
                <numerusform>%n sesión valorada</numerusform>
                <numerusform>%n sesiones valoradas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PromptsService</name>
        <message>
            <source>Choose one of the five principles for this prompt.</source>
            <translation>Elige uno de los cinco principios para esta propuesta.</translation>
        </message>
        <message>
            <source>Write the words of the prompt first.</source>
            <translation>Primero escribe las palabras de la propuesta.</translation>
        </message>
        <message>
            <source>That prompt is no longer in your library.</source>
            <translation>Esa propuesta ya no está en tu biblioteca.</translation>
        </message>
        <message>
            <source>Choose from the five Healing Justice principles.</source>
            <translation>Elige entre los cinco principios de la Justicia Sanadora.</translation>
        </message>
        <message>
            <source>Give the pack a name.</source>
            <translation>Pon un nombre a la colección.</translation>
        </message>
        <message>
            <source>That pack is no longer in your library.</source>
            <translation>Esa colección ya no está en tu biblioteca.</translation>
        </message>
        <message>
            <source>Built-in prompts can be hidden, but not changed.</source>
            <translation>Las propuestas incluidas se pueden ocultar, pero no cambiar.</translation>
        </message>
        <message>
            <source>This pack has no prompts yet, so there is nothing to export.</source>
            <translation>Esta colección todavía no tiene propuestas, así que no hay nada que exportar.</translation>
        </message>
        <message>
            <source>This file can't be used as a prompt pack.</source>
            <translation>Este archivo no se puede usar como colección de propuestas.</translation>
        </message>
        <message>
            <source>A pack with the id “{id}” is already in your library.</source>
            <translation>Ya hay una colección con el id “{id}” en tu biblioteca.</translation>
        </message>
    </context>
    <context>
        <name>SessionSummary</name>
        <message>
            <source>Your session</source>
            <translation>Tu sesión</translation>
        </message>
        <message>
            <source>This summary is yours to keep. It describes what we did and agreed together; it is not a diagnosis.</source>
            <translation>Este resumen es tuyo. Describe lo que hicimos y acordamos en conjunto; no es un diagnóstico.</translation>
        </message>
        <message>
            <source>Distress is rated from 0 (completely calm) to 10 (the most distress).</source>
            <translation>El malestar se valora de 0 (calma total) a 10 (el mayor malestar).</translation>
        </message>
        <message>
            <source>These were added after the notes were finished; the notes above are as they were first written.</source>
            <translation>Esto se añadió después de terminar las notas; las notas de arriba están como se escribieron al principio.</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) lower</source>
            <translation>
                <numerusform>%n punto menos</numerusform>
                <numerusform>%n puntos menos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) higher</source>
            <translation>
                <numerusform>%n punto más</numerusform>
                <numerusform>%n puntos más</numerusform>
            </translation>
        </message>
        <message>
            <source>You arrived at {start} out of 10.</source>
            <translation>Llegaste con {start} de 10.</translation>
        </message>
        <message>
            <source>You left at {end} out of 10.</source>
            <translation>Te fuiste con {end} de 10.</translation>
        </message>
        <message>
            <source>the same as when you arrived</source>
            <translation>lo mismo que al llegar</translation>
        </message>
        <message>
            <source>You arrived at {start} out of 10 and left at {end}: {change}.</source>
            <translation>Llegaste con {start} de 10 y te fuiste con {end}: {change}.</translation>
        </message>
        <message>
            <source>arriving {mood}</source>
            <translation>al llegar {mood}</translation>
        </message>
        <message>
            <source>leaving {mood}</source>
            <translation>al irte {mood}</translation>
        </message>
        <message>
            <source>Mood (from −3 to +3): {moods}.</source>
            <translation>Ánimo (de −3 a +3): {moods}.</translation>
        </message>
        <message>
            <source>{rating} before</source>
            <translation>{rating} antes</translation>
        </message>
        <message>
            <source>{rating} after</source>
            <translation>{rating} después</translation>
        </message>
        <message>
            <source>the same</source>
            <translation>igual</translation>
        </message>
        <message>
            <source>Added {when}, to “{section}”. Reason: {reason}</source>
            <translation>Añadido el {when}, a “{section}”. Motivo: {reason}</translation>
        </message>
        <message>
            <source>Added {when}. Reason: {reason}</source>
            <translation>Añadido el {when}. Motivo: {reason}</translation>
        </message>
        <message>
            <source>How you arrived and left</source>
            <translation>Cómo llegaste y cómo te fuiste</translation>
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
            <source>Added after the session</source>
            <extracomment>The heading above amendments (English; shown through ``translate``).</extracomment>
            <translation>Añadido después de la sesión</translation>
        </message>
        <message>
            <source>Practices we did together</source>
            <translation>Prácticas que hicimos en conjunto</translation>
        </message>
        <message>
            <source>Nothing was recorded in this session.</source>
            <translation>No se registró nada en esta sesión.</translation>
        </message>
    </context>
    <context>
        <name>SessionsConsent</name>
        <message>
            <source>How you are arriving and leaving: a distress rating from 0 to 10 at the start and at the end, and your mood and a few words if you choose.</source>
            <translation>Cómo llegas y cómo te vas: una valoración del malestar de 0 a 10 al principio y al final, y tu ánimo y unas palabras si quieres.</translation>
        </message>
        <message>
            <source>Your answers to one questionnaire, if we choose one together. Any question can be skipped, and the result is not a diagnosis.</source>
            <translation>Tus respuestas a un cuestionario, si elegimos uno en conjunto. Puedes saltarte cualquier pregunta, y el resultado no es un diagnóstico.</translation>
        </message>
        <message>
            <source>The practices we do together, with your distress ratings before and after.</source>
            <translation>Las prácticas que hacemos en conjunto, con tus valoraciones de malestar antes y después.</translation>
        </message>
        <message>
            <source>Notes we write together. You can see them, and they are in your summary.</source>
            <translation>Notas que escribimos en conjunto. Puedes verlas, y están en tu resumen.</translation>
        </message>
        <message>
            <source>What we agree, and the self-care steps you choose until next time. These are in your summary.</source>
            <translation>Lo que acordamos y los pasos de autocuidado que eliges hasta la próxima vez. Están en tu resumen.</translation>
        </message>
        <message>
            <source>Your goals in your own words, which of them we worked on today, and, if you want to rate it, how far along you feel with each from 0 to 10.</source>
            <translation>Tus objetivos con tus propias palabras, en cuáles trabajamos hoy y, si quieres valorarlo, cuánto sientes que has avanzado en cada uno, de 0 a 10.</translation>
        </message>
        <message>
            <source>Your practitioner's own notes for their practice. They are private: they are not shown on screen while you look, and they are not in your summary.</source>
            <translation>Las notas propias de tu profesional para su trabajo. Son privadas: no se muestran en pantalla mientras miras y no están en tu resumen.</translation>
        </message>
        <message>
            <source>Everything is kept encrypted on this computer under the name “{pseudonym}”. Nothing is sent anywhere. You can change your mind or ask for any of it to be deleted at any time.</source>
            <translation>Todo se guarda cifrado en este equipo con el nombre “{pseudonym}”. No se envía nada a ningún sitio. Puedes cambiar de opinión o pedir que se borre cualquier parte en cualquier momento.</translation>
        </message>
        <message>
            <source>Something was chosen that a session cannot record.</source>
            <translation>Se eligió algo que una sesión no puede registrar.</translation>
        </message>
    </context>
    <context>
        <name>SessionsGoals</name>
        <message>
            <source>Write the goal in the client's own words first.</source>
            <translation>Primero escribe el objetivo con las propias palabras de la persona.</translation>
        </message>
        <message>
            <source>That goal is too long to save. A sentence or two is plenty.</source>
            <translation>Ese objetivo es demasiado largo para guardarlo. Con una o dos frases basta.</translation>
        </message>
        <message>
            <source>Progress is a number from 0 to 10, or left empty.</source>
            <translation>El avance es un número de 0 a 10, o se deja vacío.</translation>
        </message>
        <message>
            <source>That client is no longer here.</source>
            <translation>Esa persona ya no está aquí.</translation>
        </message>
        <message>
            <source>Reopen this goal to change its place.</source>
            <translation>Vuelve a abrir este objetivo para cambiar su lugar.</translation>
        </message>
        <message>
            <source>The goals have changed meanwhile. Look at them again.</source>
            <translation>Los objetivos cambiaron mientras tanto. Vuelve a mirarlos.</translation>
        </message>
        <message>
            <source>That session is no longer here.</source>
            <translation>Esa sesión ya no está aquí.</translation>
        </message>
        <message>
            <source>This session has ended.</source>
            <translation>Esta sesión ya terminó.</translation>
        </message>
        <message>
            <source>Ask for the client's consent before recording anything.</source>
            <translation>Pide el consentimiento de la persona antes de registrar nada.</translation>
        </message>
        <message>
            <source>Recording goals was not part of the client's consent.</source>
            <translation>Registrar objetivos no formaba parte del consentimiento de la persona.</translation>
        </message>
        <message>
            <source>That goal belongs to another client.</source>
            <translation>Ese objetivo es de otra persona.</translation>
        </message>
        <message>
            <source>This goal is closed. Reopen it to work on it again.</source>
            <translation>Este objetivo está cerrado. Vuelve a abrirlo para trabajar en él.</translation>
        </message>
        <message>
            <source>That goal is no longer here.</source>
            <translation>Ese objetivo ya no está aquí.</translation>
        </message>
    </context>
    <context>
        <name>SessionsNoteSections</name>
        <message>
            <source>These notes are signed, so they stay as they are. To change or add to them, add an amendment.</source>
            <translation>Estas notas están firmadas, así que se quedan como están. Para cambiarlas o completarlas, añade una enmienda.</translation>
        </message>
        <message>
            <source>That session is no longer here.</source>
            <translation>Esa sesión ya no está aquí.</translation>
        </message>
        <message>
            <source>Some sections already hold notes. Empty them first to change the template, or keep this one.</source>
            <translation>Algunas secciones ya tienen notas. Vacíalas primero para cambiar de plantilla, o quédate con esta.</translation>
        </message>
        <message>
            <source>That section is no longer in these notes.</source>
            <translation>Esa sección ya no está en estas notas.</translation>
        </message>
        <message>
            <source>The notes are too long to save.</source>
            <translation>Las notas son demasiado largas para guardarlas.</translation>
        </message>
        <message>
            <source>Recording {what} was not part of the client's consent.</source>
            <translation>Registrar {what} no formaba parte del consentimiento de la persona.</translation>
        </message>
    </context>
    <context>
        <name>SessionsReceived</name>
        <message>
            <source>shared by your practitioner</source>
            <translation>compartido por tu profesional</translation>
        </message>
        <message>
            <source>You already have this summary. Nothing was added.</source>
            <translation>Ya tienes este resumen. No se añadió nada.</translation>
        </message>
        <message>
            <source>This is a practice vault, so it does not receive summaries. Open your personal vault to receive one from your practitioner.</source>
            <translation>Esta es una bóveda de práctica, así que no recibe resúmenes. Abre tu bóveda personal para recibir uno de tu profesional.</translation>
        </message>
        <message>
            <source>Session of {day}</source>
            <translation>Sesión del {day}</translation>
        </message>
        <message>
            <source>Your summary of the session of {day} is in From my sessions.</source>
            <translation>Tu resumen de la sesión del {day} está en De mis sesiones.</translation>
        </message>
        <message>
            <source>This summary could not be read back from your vault.</source>
            <translation>Este resumen no se pudo volver a leer de tu bóveda.</translation>
        </message>
        <message>
            <source>From my session of {day}:</source>
            <translation>De mi sesión del {day}:</translation>
        </message>
        <message>
            <source>That summary is no longer in your vault.</source>
            <translation>Ese resumen ya no está en tu bóveda.</translation>
        </message>
    </context>
    <context>
        <name>SessionsRetention</name>
        <message>
            <source>Nothing was deleted: the vault is not set to overwrite what it deletes. Lock the vault and open it again, then try once more.</source>
            <translation>No se borró nada: la bóveda no está configurada para sobrescribir lo que borra. Bloquea la bóveda, vuelve a abrirla y prueba otra vez.</translation>
        </message>
        <message>
            <source>A record is kept for 1 to {max_retention_years} years after the last session, or until you delete it.</source>
            <translation>Un expediente se conserva de 1 a {max_retention_years} años después de la última sesión, o hasta que lo borres.</translation>
        </message>
        <message>
            <source>kept until deleted by hand</source>
            <translation>se conserva hasta que se borre a mano</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) after the last session</source>
            <translation>
                <numerusform>%n año después de la última sesión</numerusform>
                <numerusform>%n años después de la última sesión</numerusform>
            </translation>
        </message>
        <message>
            <source>Say which rule the record is deleted under.</source>
            <translation>Di con qué regla se borra el expediente.</translation>
        </message>
        <message>
            <source>The rule's words are too long for the deletion log.</source>
            <translation>Las palabras de la regla son demasiado largas para el registro de eliminaciones.</translation>
        </message>
        <message>
            <source>The deletion log never names a client: describe the rule without their pseudonym.</source>
            <translation>El registro de eliminaciones nunca nombra a un cliente: describe la regla sin su seudónimo.</translation>
        </message>
        <message>
            <source>A session with this client is still open. End it first.</source>
            <translation>Todavía hay una sesión abierta con esta persona. Termínala primero.</translation>
        </message>
        <message>
            <source>That client is no longer here.</source>
            <translation>Esa persona ya no está aquí.</translation>
        </message>
    </context>
    <context>
        <name>SessionsService</name>
        <message>
            <source>Give the client a pseudonym or initials.</source>
            <translation>Pon a la persona un seudónimo o unas iniciales.</translation>
        </message>
        <message>
            <source>A pseudonym is best kept short: initials or a first name you choose.</source>
            <translation>Es mejor que el seudónimo sea corto: unas iniciales o un nombre que elijas.</translation>
        </message>
        <message>
            <source>That is too long to save.</source>
            <translation>Es demasiado largo para guardarlo.</translation>
        </message>
        <message>
            <source>Clients and sessions are kept in a practice vault, apart from a personal journal. Create a practice vault to use them.</source>
            <translation>Los clientes y las sesiones se guardan en una bóveda de práctica, aparte de un diario personal. Crea una bóveda de práctica para usarlos.</translation>
        </message>
        <message>
            <source>Another session is still open. End it before starting a new one.</source>
            <translation>Todavía hay otra sesión abierta. Termínala antes de empezar una nueva.</translation>
        </message>
        <message>
            <source>This client is archived. Bring them back to start a session.</source>
            <translation>Esta persona está archivada. Recupérala para empezar una sesión.</translation>
        </message>
        <message>
            <source>A session check-in is taken at the start or at the end.</source>
            <translation>El registro de una sesión se hace al principio o al final.</translation>
        </message>
        <message>
            <source>The notes are too long to save.</source>
            <translation>Las notas son demasiado largas para guardarlas.</translation>
        </message>
        <message>
            <source>Recording {what} was not part of the client's consent.</source>
            <translation>Registrar {what} no formaba parte del consentimiento de la persona.</translation>
        </message>
        <message>
            <source>This session has ended.</source>
            <translation>Esta sesión ya terminó.</translation>
        </message>
        <message>
            <source>Ask for the client's consent before recording anything.</source>
            <translation>Pide el consentimiento de la persona antes de registrar nada.</translation>
        </message>
        <message>
            <source>{what} is no longer here.</source>
            <translation>{what} ya no está aquí.</translation>
        </message>
    </context>
    <context>
        <name>SessionsShareContent</name>
        <message>
            <source>This summary could not be read: it is not in the form HJ Journal shares summaries in.</source>
            <translation>Este resumen no se pudo leer: no tiene la forma en que HJ Journal comparte los resúmenes.</translation>
        </message>
        <message>
            <source>This summary was shared from a newer version of HJ Journal. Update the app to receive it.</source>
            <translation>Este resumen se compartió desde una versión más nueva de HJ Journal. Actualiza la app para recibirlo.</translation>
        </message>
    </context>
    <context>
        <name>SessionsSharing</name>
        <message>
            <source>Summaries are shared from a practice vault.</source>
            <translation>Los resúmenes se comparten desde una bóveda de práctica.</translation>
        </message>
        <message>
            <source>End the session before sharing its summary, so that it holds everything.</source>
            <translation>Termina la sesión antes de compartir su resumen, para que lo incluya todo.</translation>
        </message>
        <message>
            <source>That is a folder. Give a file name for the summary.</source>
            <translation>Es una carpeta. Indica un nombre de archivo para el resumen.</translation>
        </message>
    </context>
    <context>
        <name>SessionsSigning</name>
        <message>
            <source>That session is no longer here.</source>
            <translation>Esa sesión ya no está aquí.</translation>
        </message>
        <message>
            <source>End the session before signing its notes.</source>
            <translation>Termina la sesión antes de firmar sus notas.</translation>
        </message>
        <message>
            <source>Say in a few words why the notes are amended.</source>
            <translation>Di en pocas palabras por qué se añade una enmienda a las notas.</translation>
        </message>
        <message>
            <source>Write what the amendment adds or changes.</source>
            <translation>Escribe lo que la enmienda añade o cambia.</translation>
        </message>
        <message>
            <source>The amendment is too long to save.</source>
            <translation>La enmienda es demasiado larga para guardarla.</translation>
        </message>
        <message>
            <source>These notes are not signed yet, so they can still be changed directly.</source>
            <translation>Estas notas todavía no están firmadas, así que aún se pueden cambiar directamente.</translation>
        </message>
        <message>
            <source>That part is not in these notes.</source>
            <translation>Esa parte no está en estas notas.</translation>
        </message>
        <message>
            <source>Recording {what} was not part of the client's consent.</source>
            <translation>Registrar {what} no formaba parte del consentimiento de la persona.</translation>
        </message>
    </context>
    <context>
        <name>SessionsTemplates</name>
        <message>
            <source>A template needs at least one section.</source>
            <translation>Una plantilla necesita al menos una sección.</translation>
        </message>
        <message>
            <source>A template can have at most {count} sections.</source>
            <translation>Una plantilla puede tener como mucho {count} secciones.</translation>
        </message>
        <message>
            <source>Each section needs a title of its own, so amendments can name it.</source>
            <translation>Cada sección necesita su propio título, para que las enmiendas puedan nombrarla.</translation>
        </message>
        <message>
            <source>Only one section can hold the agreements.</source>
            <translation>Solo una sección puede contener los acuerdos.</translation>
        </message>
        <message>
            <source>Only one section can hold the self-care steps.</source>
            <translation>Solo una sección puede contener los pasos de autocuidado.</translation>
        </message>
        <message>
            <source>The section that holds the agreements is in the client's summary, so it is shared.</source>
            <translation>La sección que contiene los acuerdos está en el resumen de la persona, así que es compartida.</translation>
        </message>
        <message>
            <source>The section that holds the self-care steps is in the client's summary, so it is shared.</source>
            <translation>La sección que contiene los pasos de autocuidado está en el resumen de la persona, así que es compartida.</translation>
        </message>
        <message>
            <source>Give the template a name.</source>
            <translation>Pon un nombre a la plantilla.</translation>
        </message>
        <message>
            <source>A template's name is best kept under {max_name} characters.</source>
            <translation>Es mejor que el nombre de una plantilla tenga menos de {max_name} caracteres.</translation>
        </message>
        <message>
            <source>The description is best kept under {max_description} characters.</source>
            <translation>Es mejor que la descripción tenga menos de {max_description} caracteres.</translation>
        </message>
        <message>
            <source>Give every section a title.</source>
            <translation>Pon un título a cada sección.</translation>
        </message>
        <message>
            <source>A section's title or prompt is too long; keep them short.</source>
            <translation>El título o la propuesta de una sección es demasiado largo; que sean breves.</translation>
        </message>
        <message>
            <source>That template is no longer here.</source>
            <translation>Esa plantilla ya no está aquí.</translation>
        </message>
        <message>
            <source>This file can't be used as a note template ({problem}).</source>
            <translation>Este archivo no se puede usar como plantilla de notas ({problem}).</translation>
        </message>
        <message>
            <source>Built-in templates stay as they are. Copy one as your own to change it.</source>
            <translation>Las plantillas incluidas se quedan como están. Haz una copia propia para cambiarla.</translation>
        </message>
        <message>
            <source>There is already a template called “{name}”. Give this one another name.</source>
            <translation>Ya hay una plantilla llamada “{name}”. Ponle otro nombre a esta.</translation>
        </message>
    </context>
    <context>
        <name>SessionsWords</name>
        <message>
            <source>agreements</source>
            <translation>los acuerdos</translation>
        </message>
        <message>
            <source>self-care steps</source>
            <translation>los pasos de autocuidado</translation>
        </message>
        <message>
            <source>shared notes</source>
            <translation>las notas compartidas</translation>
        </message>
        <message>
            <source>private notes</source>
            <translation>las notas privadas</translation>
        </message>
        <message>
            <source>That client</source>
            <translation>Esa persona</translation>
        </message>
        <message>
            <source>That session</source>
            <translation>Esa sesión</translation>
        </message>
        <message>
            <source>check-ins</source>
            <translation>los registros</translation>
        </message>
        <message>
            <source>a questionnaire</source>
            <translation>un cuestionario</translation>
        </message>
        <message>
            <source>practices</source>
            <translation>las prácticas</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>There is no synced vault in {path} to join.</source>
            <extracomment>``progress(done, total)`` while the snapshot's rows are written.</extracomment>
            <translation>No hay ninguna bóveda sincronizada en {path} a la que unirse.</translation>
        </message>
        <message>
            <source>The synced folder is not complete yet; wait until your sync tool has finished copying it, then try again.</source>
            <translation>La carpeta sincronizada todavía no está completa; espera a que tu herramienta de sincronización termine de copiarla y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>A change from another device could not be read yet (number {seq}); it was left for now and will be read when it arrives whole.</source>
            <extracomment>A change set with at least this many entries is merged with the search index's triggers suspended: exact words are indexed at once, word forms in the background (one by one they cost a few milliseconds an entry; docs/benchmarks.md). A change set with at least this many rows is applied with the change log's triggers taken off its tables. They do nothing while another device's changes are applied (``mode`` 2), yet SQLite still runs them, and with them each UPDATE costs more the longer the transaction has run: 0.05 ms a row at first, 0.3 ms after 8,000 rows (docs/benchmarks.md). Below it, the schema is left alone. Called with each arriving version's key file news: (key file bytes, clock).</extracomment>
            <translation>Todavía no se pudo leer un cambio de otro dispositivo (número {seq}); se deja por ahora y se leerá cuando llegue entero.</translation>
        </message>
        <message>
            <source>This vault is not kept in step with a folder.</source>
            <translation>Esta bóveda no se mantiene al día con ninguna carpeta.</translation>
        </message>
        <message>
            <source>There is no folder at {path}.</source>
            <translation>No hay ninguna carpeta en {path}.</translation>
        </message>
        <message>
            <source>This vault is already kept in step with {path}.</source>
            <translation>Esta bóveda ya se mantiene al día con {path}.</translation>
        </message>
        <message>
            <source>That folder already keeps this vault from another device; join it from there instead.</source>
            <translation>Esa carpeta ya tiene esta bóveda desde otro dispositivo; únete desde ahí.</translation>
        </message>
        <message>
            <source>That entry is no longer here.</source>
            <translation>Esa entrada ya no está aquí.</translation>
        </message>
    </context>
    <context>
        <name>Vaults</name>
        <message>
            <source>This vault's passphrase was changed on another device: type the new one to open it here.</source>
            <translation>La frase de contraseña de esta bóveda se cambió en otro dispositivo: escribe la nueva para abrirla aquí.</translation>
        </message>
        <message>
            <source>The fresh backup couldn't be written to its folder.</source>
            <translation>La copia de seguridad nueva no se pudo guardar en su carpeta.</translation>
        </message>
    </context>
</TS>
