<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Reminders</name>
        <message>
            <source>A moment for you</source>
            <translation>Un momento para ti</translation>
        </message>
    </context>
    <context>
        <name>TrayNotifier</name>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Remind me in 10 minutes</source>
            <translation>Recuérdamelo en 10 minutos</translation>
        </message>
        <message>
            <source>Remind me in an hour</source>
            <translation>Recuérdamelo en una hora</translation>
        </message>
        <message>
            <source>Not today</source>
            <translation>Hoy no</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
</TS>
