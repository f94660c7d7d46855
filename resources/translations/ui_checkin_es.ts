<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CheckInHistory</name>
        <message>
            <source>{day}, {time}</source>
            <translation>{day}, {time}</translation>
        </message>
        <message>
            <source>stress {n} of 10</source>
            <translation>estrés {n} de 10</translation>
        </message>
        <message>
            <source>mood {n}</source>
            <translation>ánimo {n}</translation>
        </message>
        <message>
            <source>energy {n} of 4</source>
            <translation>energía {n} de 4</translation>
        </message>
    </context>
    <context>
        <name>CheckInNames</name>
        <message>
            <source>Thoughts of death or of hurting yourself</source>
            <translation>Pensamientos de muerte o de hacerte daño</translation>
        </message>
        <message>
            <source>Mood, sleep, appetite and how you see yourself</source>
            <translation>Ánimo, sueño, apetito y cómo te ves</translation>
        </message>
        <message>
            <source>Ask the question about thoughts of death or of hurting yourself</source>
            <translation>Preguntar sobre pensamientos de muerte o de hacerte daño</translation>
        </message>
        <message>
            <source>Ask questions about: {what}</source>
            <translation>Preguntar sobre: {what}</translation>
        </message>
        <message>
            <source>not scored ({n} skipped)</source>
            <translation>sin puntuación ({n} sin responder)</translation>
        </message>
        <message>
            <source>{value} of 100</source>
            <translation>{value} de 100</translation>
        </message>
        <message>
            <source>{value} of {high}</source>
            <translation>{value} de {high}</translation>
        </message>
        <message>
            <source>the same as last time</source>
            <translation>igual que la última vez</translation>
        </message>
        <message>
            <source>up {n} since last time</source>
            <translation>{n} más que la última vez</translation>
        </message>
        <message>
            <source>down {n} since last time</source>
            <translation>{n} menos que la última vez</translation>
        </message>
        <message>
            <source> — a meaningful change for this questionnaire</source>
            <translation> — un cambio significativo para este cuestionario</translation>
        </message>
    </context>
    <context>
        <name>CheckInPage</name>
        <message>
            <source>Check-in</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Quick check-in</source>
            <translation>Registro rápido</translation>
        </message>
        <message>
            <source>Questionnaires</source>
            <translation>Cuestionarios</translation>
        </message>
        <message>
            <source>Your own scales</source>
            <translation>Tus propias escalas</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Notice how you are, in ten seconds or in more detail. Every question can be skipped, and results stay hidden until you ask for them.</source>
            <translation>Fíjate en cómo estás, en diez segundos o con más detalle. Puedes saltarte cualquier pregunta, y los resultados quedan ocultos hasta que los pidas.</translation>
        </message>
        <message>
            <source>Standard questionnaires you can take when you choose to. They are a way of noticing, never a diagnosis.</source>
            <translation>Cuestionarios estándar que puedes hacer cuando tú decidas. Son una forma de fijarte en cómo estás, nunca un diagnóstico.</translation>
        </message>
        <message>
            <source>Every questionnaire is hidden. You can show them again in Questionnaire settings.</source>
            <translation>Todos los cuestionarios están ocultos. Puedes volver a mostrarlos en Ajustes de los cuestionarios.</translation>
        </message>
        <message>
            <source>Questionnaire settings…</source>
            <translation>Ajustes de los cuestionarios…</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) about how things have been {recall}.</source>
            <translation>
                <numerusform>%n pregunta sobre cómo te ha ido {recall}.</numerusform>
                <numerusform>%n preguntas sobre cómo te ha ido {recall}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Begin</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Begin {name}</source>
            <translation>Empezar {name}</translation>
        </message>
        <message>
            <source>Your history</source>
            <translation>Tu historial</translation>
        </message>
        <message>
            <source>Your {name} history</source>
            <translation>Tu historial de {name}</translation>
        </message>
    </context>
    <context>
        <name>CheckInWords</name>
        <message>
            <source>Calm and settled</source>
            <translation>Calma y estabilidad</translation>
        </message>
        <message>
            <source>calm</source>
            <translation>calma</translation>
        </message>
        <message>
            <source>content</source>
            <translation>satisfacción</translation>
        </message>
        <message>
            <source>relaxed</source>
            <translation>relajación</translation>
        </message>
        <message>
            <source>peaceful</source>
            <translation>paz</translation>
        </message>
        <message>
            <source>safe</source>
            <translation>seguridad</translation>
        </message>
        <message>
            <source>grounded</source>
            <translation>pies en la tierra</translation>
        </message>
        <message>
            <source>relieved</source>
            <translation>alivio</translation>
        </message>
        <message>
            <source>Joy and connection</source>
            <translation>Alegría y conexión</translation>
        </message>
        <message>
            <source>happy</source>
            <translation>felicidad</translation>
        </message>
        <message>
            <source>hopeful</source>
            <translation>esperanza</translation>
        </message>
        <message>
            <source>grateful</source>
            <translation>gratitud</translation>
        </message>
        <message>
            <source>proud</source>
            <translation>orgullo</translation>
        </message>
        <message>
            <source>loved</source>
            <translation>cariño</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>conexión</translation>
        </message>
        <message>
            <source>playful</source>
            <translation>ganas de jugar</translation>
        </message>
        <message>
            <source>excited</source>
            <translation>entusiasmo</translation>
        </message>
        <message>
            <source>Sad and low</source>
            <translation>Tristeza y desánimo</translation>
        </message>
        <message>
            <source>sad</source>
            <translation>tristeza</translation>
        </message>
        <message>
            <source>lonely</source>
            <translation>soledad</translation>
        </message>
        <message>
            <source>disappointed</source>
            <translation>decepción</translation>
        </message>
        <message>
            <source>grieving</source>
            <translation>duelo</translation>
        </message>
        <message>
            <source>hurt</source>
            <translation>herida</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vacío</translation>
        </message>
        <message>
            <source>discouraged</source>
            <translation>desaliento</translation>
        </message>
        <message>
            <source>Worried and afraid</source>
            <translation>Preocupación y miedo</translation>
        </message>
        <message>
            <source>worried</source>
            <translation>preocupación</translation>
        </message>
        <message>
            <source>anxious</source>
            <translation>ansiedad</translation>
        </message>
        <message>
            <source>nervous</source>
            <translation>nervios</translation>
        </message>
        <message>
            <source>afraid</source>
            <translation>miedo</translation>
        </message>
        <message>
            <source>overwhelmed</source>
            <translation>agobio</translation>
        </message>
        <message>
            <source>unsettled</source>
            <translation>desasosiego</translation>
        </message>
        <message>
            <source>on edge</source>
            <translation>a flor de piel</translation>
        </message>
        <message>
            <source>Angry and frustrated</source>
            <translation>Enojo y frustración</translation>
        </message>
        <message>
            <source>angry</source>
            <translation>enojo</translation>
        </message>
        <message>
            <source>frustrated</source>
            <translation>frustración</translation>
        </message>
        <message>
            <source>irritated</source>
            <translation>irritación</translation>
        </message>
        <message>
            <source>resentful</source>
            <translation>resentimiento</translation>
        </message>
        <message>
            <source>impatient</source>
            <translation>impaciencia</translation>
        </message>
        <message>
            <source>Tired and far away</source>
            <translation>Cansancio y distancia</translation>
        </message>
        <message>
            <source>tired</source>
            <translation>cansancio</translation>
        </message>
        <message>
            <source>drained</source>
            <translation>agotamiento</translation>
        </message>
        <message>
            <source>numb</source>
            <translation>entumecimiento</translation>
        </message>
        <message>
            <source>flat</source>
            <translation>apatía</translation>
        </message>
        <message>
            <source>bored</source>
            <translation>aburrimiento</translation>
        </message>
        <message>
            <source>Mixed and unsure</source>
            <translation>Mezcla e incertidumbre</translation>
        </message>
        <message>
            <source>confused</source>
            <translation>confusión</translation>
        </message>
        <message>
            <source>mixed</source>
            <translation>sentimientos encontrados</translation>
        </message>
        <message>
            <source>ashamed</source>
            <translation>vergüenza</translation>
        </message>
        <message>
            <source>embarrassed</source>
            <translation>bochorno</translation>
        </message>
        <message>
            <source>restless</source>
            <translation>inquietud</translation>
        </message>
        <message>
            <source>tender</source>
            <translation>sensibilidad</translation>
        </message>
        <message>
            <source>Tension</source>
            <translation>Tensión</translation>
        </message>
        <message>
            <source>tense shoulders</source>
            <translation>hombros tensos</translation>
        </message>
        <message>
            <source>clenched jaw</source>
            <translation>mandíbula apretada</translation>
        </message>
        <message>
            <source>tight chest</source>
            <translation>pecho apretado</translation>
        </message>
        <message>
            <source>knot in the stomach</source>
            <translation>nudo en el estómago</translation>
        </message>
        <message>
            <source>headache</source>
            <translation>dolor de cabeza</translation>
        </message>
        <message>
            <source>Stirred up</source>
            <translation>Agitación</translation>
        </message>
        <message>
            <source>racing heart</source>
            <translation>corazón acelerado</translation>
        </message>
        <message>
            <source>shallow breathing</source>
            <translation>respiración corta</translation>
        </message>
        <message>
            <source>butterflies</source>
            <translation>mariposas en el estómago</translation>
        </message>
        <message>
            <source>shaky</source>
            <translation>temblores</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>calor</translation>
        </message>
        <message>
            <source>restless legs</source>
            <translation>piernas inquietas</translation>
        </message>
        <message>
            <source>Heavy and slow</source>
            <translation>Pesadez y lentitud</translation>
        </message>
        <message>
            <source>heavy limbs</source>
            <translation>brazos y piernas pesados</translation>
        </message>
        <message>
            <source>tired eyes</source>
            <translation>ojos cansados</translation>
        </message>
        <message>
            <source>aches</source>
            <translation>dolores</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>frío</translation>
        </message>
        <message>
            <source>low energy</source>
            <translation>poca energía</translation>
        </message>
        <message>
            <source>Ease</source>
            <translation>Bienestar</translation>
        </message>
        <message>
            <source>easy breathing</source>
            <translation>respiración tranquila</translation>
        </message>
        <message>
            <source>loose muscles</source>
            <translation>músculos sueltos</translation>
        </message>
        <message>
            <source>settled stomach</source>
            <translation>estómago tranquilo</translation>
        </message>
        <message>
            <source>rested</source>
            <translation>descanso</translation>
        </message>
        <message>
            <source>Outside conditions</source>
            <translation>Condiciones externas</translation>
        </message>
        <message>
            <source>money</source>
            <translation>dinero</translation>
        </message>
        <message>
            <source>housing</source>
            <translation>vivienda</translation>
        </message>
        <message>
            <source>work</source>
            <translation>trabajo</translation>
        </message>
        <message>
            <source>discrimination</source>
            <translation>discriminación</translation>
        </message>
        <message>
            <source>health</source>
            <translation>salud</translation>
        </message>
        <message>
            <source>relationships</source>
            <translation>relaciones</translation>
        </message>
        <message>
            <source>community events</source>
            <translation>sucesos en la comunidad</translation>
        </message>
        <message>
            <source>Around me</source>
            <translation>A mi alrededor</translation>
        </message>
        <message>
            <source>family</source>
            <translation>familia</translation>
        </message>
        <message>
            <source>caregiving</source>
            <translation>cuidar de alguien</translation>
        </message>
        <message>
            <source>friends</source>
            <translation>amistades</translation>
        </message>
        <message>
            <source>school or study</source>
            <translation>escuela o estudios</translation>
        </message>
        <message>
            <source>sleep</source>
            <translation>sueño</translation>
        </message>
        <message>
            <source>news</source>
            <translation>noticias</translation>
        </message>
        <message>
            <source>weather</source>
            <translation>clima</translation>
        </message>
    </context>
    <context>
        <name>HistoryChart</name>
        <message>
            <source>Your results</source>
            <translation>Tus resultados</translation>
        </message>
        <message numerus="yes">
            <source>A change of %n point(s) or more</source>
            <translation>
                <numerusform>Un cambio de %n punto o más</numerusform>
                <numerusform>Un cambio de %n puntos o más</numerusform>
            </translation>
        </message>
        <message>
            <source>Your ratings</source>
            <translation>Tus valoraciones</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Your check-ins</source>
            <translation>Tus registros</translation>
        </message>
        <message>
            <source>Your check-ins, newest first</source>
            <translation>Tus registros, los más recientes primero</translation>
        </message>
        <message>
            <source>Your check-ins will be listed here when you make some.</source>
            <translation>Tus registros aparecerán aquí cuando hagas alguno.</translation>
        </message>
        <message>
            <source>Questionnaire results</source>
            <translation>Resultados de los cuestionarios</translation>
        </message>
        <message>
            <source>Show the results of</source>
            <translation>Mostrar los resultados de</translation>
        </message>
        <message>
            <source>Results, newest first</source>
            <translation>Resultados, los más recientes primero</translation>
        </message>
        <message>
            <source>Choose a questionnaire…</source>
            <translation>Elige un cuestionario…</translation>
        </message>
        <message>
            <source>No results for {name} yet.</source>
            <translation>Aún no hay resultados de {name}.</translation>
        </message>
        <message>
            <source>{name} over time</source>
            <translation>{name} a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Chart of your {name} results over time</source>
            <translation>Gráfico de tus resultados de {name} a lo largo del tiempo</translation>
        </message>
    </context>
    <context>
        <name>QuestionWidget</name>
        <message>
            <source>Prefer not to answer</source>
            <translation>Prefiero no responder</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireFlow</name>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>&amp;Leave without saving</source>
            <translation>Sa&amp;lir sin guardar</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>A&amp;trás</translation>
        </message>
        <message>
            <source>&amp;Skip</source>
            <translation>&amp;Saltar</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>Si&amp;guiente</translation>
        </message>
        <message>
            <source>Begi&amp;n</source>
            <translation>&amp;Empezar</translation>
        </message>
        <message>
            <source>Save a&amp;nswers</source>
            <translation>Guardar &amp;respuestas</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) about how things have been {recall}.</source>
            <translation>
                <numerusform>%n pregunta sobre cómo te ha ido {recall}.</numerusform>
                <numerusform>%n preguntas sobre cómo te ha ido {recall}.</numerusform>
            </translation>
        </message>
        <message>
            <source>You can skip any question, or choose “Prefer not to answer”. Your results stay hidden until you choose to see them.</source>
            <translation>Puedes saltarte cualquier pregunta o elegir «Prefiero no responder». Tus resultados quedan ocultos hasta que decidas verlos.</translation>
        </message>
        <message>
            <source>About this questionnaire</source>
            <translation>Sobre este cuestionario</translation>
        </message>
        <message>
            <source>Your answers are saved.</source>
            <translation>Tus respuestas están guardadas.</translation>
        </message>
        <message>
            <source>Thank you for taking the time. Your results are there whenever you want to see them, now or later in History.</source>
            <translation>Gracias por dedicarle este tiempo. Tus resultados están ahí para cuando quieras verlos, ahora o más tarde en Historial.</translation>
        </message>
        <message>
            <source>See your results</source>
            <translation>Ver tus resultados</translation>
        </message>
        <message>
            <source>Not now, back to questionnaires</source>
            <translation>Ahora no, volver a los cuestionarios</translation>
        </message>
        <message>
            <source>This last question is optional and is not scored.</source>
            <translation>Esta última pregunta es opcional y no puntúa.</translation>
        </message>
        <message>
            <source>Choose an answer, or Skip this question.</source>
            <translation>Elige una respuesta, o salta esta pregunta.</translation>
        </message>
        <message>
            <source>If you save them as they are, your answers are kept without a score: a score needs every question answered.</source>
            <translation>Si las guardas así, tus respuestas se conservan sin puntuación: para puntuar hace falta responder todas las preguntas.</translation>
        </message>
        <message>
            <source>If you save them as they are, your answers are scored as {name}.</source>
            <translation>Si las guardas así, tus respuestas se puntúan como {name}.</translation>
        </message>
        <message>
            <source>{n} of {total} answered</source>
            <translation>{n} de {total} respondidas</translation>
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation>{n} de {total}</translation>
        </message>
        <message>
            <source>One more, optional</source>
            <translation>Una más, opcional</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireSettingsDialog</name>
        <message>
            <source>Questionnaire settings</source>
            <translation>Ajustes de los cuestionarios</translation>
        </message>
        <message>
            <source>Questionnaires to offer</source>
            <translation>Cuestionarios que ofrecer</translation>
        </message>
        <message>
            <source>Ask PHQ-9 as PHQ-8 (leave out the ninth question)</source>
            <translation>Hacer el PHQ-9 como PHQ-8 (sin la novena pregunta)</translation>
        </message>
        <message>
            <source>Kinds of question to ask</source>
            <translation>Tipos de pregunta que hacer</translation>
        </message>
        <message>
            <source>Untick a kind and its questions are not asked (a questionnaire that begins with that note is not offered).</source>
            <translation>Si desmarcas un tipo, sus preguntas no se hacen (no se ofrece un cuestionario que empiece con ese aviso).</translation>
        </message>
        <message>
            <source>One question at a time</source>
            <translation>Una pregunta cada vez</translation>
        </message>
        <message>
            <source>All questions on one page</source>
            <translation>Todas las preguntas en una página</translation>
        </message>
        <message>
            <source>&amp;Layout</source>
            <translation>&amp;Presentación</translation>
        </message>
        <message>
            <source>Never (off)</source>
            <translation>Nunca (desactivado)</translation>
        </message>
        <message>
            <source>At {n} or above</source>
            <translation>Desde {n} en adelante</translation>
        </message>
        <message>
            <source>&amp;Offer your support panel after a quick check-in</source>
            <translation>&amp;Ofrecer tu panel de apoyo después de un registro rápido</translation>
        </message>
    </context>
    <context>
        <name>QuickCheckInCard</name>
        <message>
            <source>Quick check-in</source>
            <translation>Registro rápido</translation>
        </message>
        <message>
            <source>One number is enough. Add more only if you want to; every part is optional.</source>
            <translation>Con un número basta. Añade más solo si quieres; cada parte es opcional.</translation>
        </message>
        <message>
            <source>Add more (optional)</source>
            <translation>Añadir más (opcional)</translation>
        </message>
        <message>
            <source>Show mood, energy, words and a note</source>
            <translation>Mostrar ánimo, energía, palabras y una nota</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Clear the check-in form</source>
            <translation>Borrar el formulario del registro</translation>
        </message>
        <message>
            <source>Save check-in</source>
            <translation>Guardar el registro</translation>
        </message>
        <message>
            <source>very unpleasant</source>
            <translation>muy desagradable</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>neutro</translation>
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
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>some</source>
            <translation>algo</translation>
        </message>
        <message>
            <source>a lot</source>
            <translation>mucha</translation>
        </message>
        <message>
            <source>Energy, from 0 to 4</source>
            <translation>Energía, de 0 a 4</translation>
        </message>
        <message>
            <source>Feelings</source>
            <translation>Sentimientos</translation>
        </message>
        <message>
            <source>Body sensations</source>
            <translation>Sensaciones del cuerpo</translation>
        </message>
        <message>
            <source>What is going on around you</source>
            <translation>Lo que pasa a tu alrededor</translation>
        </message>
        <message>
            <source>Anything you want to remember about now</source>
            <translation>Algo que quieras recordar de este momento</translation>
        </message>
        <message>
            <source>&amp;Mood</source>
            <translation>Á&amp;nimo</translation>
        </message>
        <message>
            <source>&amp;Energy</source>
            <translation>&amp;Energía</translation>
        </message>
        <message>
            <source>&amp;Feelings</source>
            <translation>&amp;Sentimientos</translation>
        </message>
        <message>
            <source>&amp;Body</source>
            <translation>&amp;Cuerpo</translation>
        </message>
        <message>
            <source>Around &amp;you, including outside conditions</source>
            <translation>A tu &amp;alrededor, incluidas las condiciones externas</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>N&amp;ota</translation>
        </message>
        <message>
            <source>Show less</source>
            <translation>Mostrar menos</translation>
        </message>
        <message>
            <source>Saved. Thank you for checking in with yourself.</source>
            <translation>Guardado. Gracias por tomarte un momento para ti.</translation>
        </message>
    </context>
    <context>
        <name>QuickRatingWidget</name>
        <message>
            <source>at ease</source>
            <translation>con calma</translation>
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
            <source>How much stress are you carrying right now? (optional)</source>
            <translation>¿Cuánto estrés llevas encima ahora mismo? (opcional)</translation>
        </message>
        <message>
            <source>Stress right now, 0 to 10</source>
            <translation>Estrés ahora mismo, de 0 a 10</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Clear the stress rating</source>
            <translation>Borrar la valoración del estrés</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Your results</source>
            <translation>Tus resultados</translation>
        </message>
        <message>
            <source>Raw score {total} of {high}, shown as a percentage.</source>
            <translation>Puntuación directa {total} de {high}, mostrada como porcentaje.</translation>
        </message>
        <message>
            <source>Some questions were skipped, so no total is shown. Your answers are saved just as you gave them.</source>
            <translation>Algunas preguntas quedaron sin responder, así que no se muestra un total. Tus respuestas se guardan tal como las diste.</translation>
        </message>
        <message>
            <source>This is not a diagnosis. It is one way of looking at how things have been for you {recall}.</source>
            <translation>Esto no es un diagnóstico. Es una forma de mirar cómo te ha ido {recall}.</translation>
        </message>
        <message>
            <source>Your earlier results</source>
            <translation>Tus resultados anteriores</translation>
        </message>
        <message>
            <source>This is your first time with this questionnaire here.</source>
            <translation>Es la primera vez que haces este cuestionario aquí.</translation>
        </message>
        <message>
            <source>Published averages, for comparison</source>
            <translation>Promedios publicados, para comparar</translation>
        </message>
        <message>
            <source>Would a short coping exercise help right now? Only if you like.</source>
            <translation>¿Te ayudaría ahora un ejercicio breve? Solo si quieres.</translation>
        </message>
        <message>
            <source>Back to questionnaires</source>
            <translation>Volver a los cuestionarios</translation>
        </message>
        <message>
            <source>Try a coping exercise</source>
            <translation>Probar un ejercicio</translation>
        </message>
        <message>
            <source>Many people find it helps to talk about results like these with someone they trust: a friend, a healer, a counsellor or a doctor.</source>
            <translation>A muchas personas les ayuda hablar de resultados como estos con alguien de confianza: una amistad, una persona sanadora, una persona consejera o alguien de medicina.</translation>
        </message>
        <message>
            <source>One or more answers were “At no time” or “Some of the time”. That can be worth a closer look, perhaps with someone you trust.</source>
            <translation>Una o más respuestas fueron «En ningún momento» o «Parte del tiempo». Puede valer la pena mirarlo con más calma, quizá con alguien de confianza.</translation>
        </message>
        <message>
            <source>Your own people, resources and safety plan are in Care map &amp; plans whenever you want them.</source>
            <translation>Tus propias personas, recursos y plan de seguridad están en Mapa de cuidados y planes cuando los quieras.</translation>
        </message>
    </context>
    <context>
        <name>ScaleChoice</name>
        <message>
            <source>{value} of {low} to {high}</source>
            <translation>{value} de {low} a {high}</translation>
        </message>
    </context>
    <context>
        <name>ScaleDialog</name>
        <message>
            <source>A new scale of your own</source>
            <translation>Una escala nueva propia</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>&amp;Pregunta</translation>
        </message>
        <message>
            <source>&amp;Lowest number</source>
            <translation>Número más &amp;bajo</translation>
        </message>
        <message>
            <source>&amp;Highest number</source>
            <translation>Número más &amp;alto</translation>
        </message>
        <message>
            <source>Word for the l&amp;owest</source>
            <translation>Palabra para el mínim&amp;o</translation>
        </message>
        <message>
            <source>Word for the h&amp;ighest</source>
            <translation>Palabra para el má&amp;ximo</translation>
        </message>
        <message>
            <source>Word for the &amp;middle</source>
            <translation>Palabra para el &amp;medio</translation>
        </message>
        <message>
            <source>Your own scale is charted over time and never scored.</source>
            <translation>Tu propia escala se muestra en un gráfico a lo largo del tiempo y nunca se puntúa.</translation>
        </message>
        <message>
            <source>Please check this: {problem}</source>
            <translation>Revisa esto, por favor: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ScalesPanel</name>
        <message>
            <source>Import a scale file</source>
            <translation>Importar un archivo de escala</translation>
        </message>
        <message>
            <source>Scale files (*.toml)</source>
            <translation>Archivos de escala (*.toml)</translation>
        </message>
        <message>
            <source>Your own scales</source>
            <translation>Tus propias escalas</translation>
        </message>
        <message>
            <source>New scale…</source>
            <translation>Escala nueva…</translation>
        </message>
        <message>
            <source>Import a scale file…</source>
            <translation>Importar un archivo de escala…</translation>
        </message>
        <message>
            <source>Make a scale of your own — for example how rested, connected or safe you feel — and rate it whenever you like.</source>
            <translation>Crea una escala propia —por ejemplo, cuánto descanso, conexión o seguridad sientes— y valórala cuando quieras.</translation>
        </message>
        <message>
            <source>Save rating</source>
            <translation>Guardar la valoración</translation>
        </message>
        <message>
            <source>Hide this scale</source>
            <translation>Ocultar esta escala</translation>
        </message>
        <message>
            <source>Your ratings stay; the scale leaves this list.</source>
            <translation>Tus valoraciones se quedan; la escala sale de esta lista.</translation>
        </message>
        <message>
            <source>Your ratings of {name}</source>
            <translation>Tus valoraciones de {name}</translation>
        </message>
        <message>
            <source>Choose a number first, if you want to.</source>
            <translation>Elige primero un número, si quieres.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
    </context>
    <context>
        <name>SkippedReview</name>
        <message>
            <source>Before you save</source>
            <translation>Antes de guardar</translation>
        </message>
        <message>
            <source>These questions have no answer yet. You can go back to any of them, or save your answers as they are.</source>
            <translation>Estas preguntas aún no tienen respuesta. Puedes volver a cualquiera de ellas o guardar tus respuestas tal como están.</translation>
        </message>
        <message>
            <source>Every question has an answer now.</source>
            <translation>Ahora todas las preguntas tienen respuesta.</translation>
        </message>
        <message>
            <source>Question {n}: {topic}</source>
            <translation>Pregunta {n}: {topic}</translation>
        </message>
        <message>
            <source>Go back to question {n}</source>
            <translation>Volver a la pregunta {n}</translation>
        </message>
    </context>
    <context>
        <name>WordPicker</name>
        <message>
            <source>Your own word</source>
            <translation>Tu propia palabra</translation>
        </message>
        <message>
            <source>Add your own word to {list}</source>
            <translation>Añadir tu propia palabra a {list}</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add this word</source>
            <translation>Añadir esta palabra</translation>
        </message>
        <message>
            <source>Your own words</source>
            <translation>Tus propias palabras</translation>
        </message>
    </context>
</TS>
