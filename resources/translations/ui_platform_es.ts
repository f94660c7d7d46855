<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Something unexpected happened</source>
            <translation>Ocurrió algo inesperado</translation>
        </message>
        <message>
            <source>What you were writing has been kept as a draft, and your journal is still encrypted and safe. You can keep going, or lock the journal and open it again later.</source>
            <translation>Lo que estabas escribiendo se guardó como borrador, y tu diario sigue cifrado y a salvo. Puedes continuar, o bloquear el diario y volver a abrirlo más tarde.</translation>
        </message>
        <message>
            <source>A short technical note, with none of your writing in it, was added to {path}.</source>
            <translation>Se añadió a {path} una breve nota técnica que no contiene nada de lo que escribiste.</translation>
        </message>
        <message>
            <source>Lock journal</source>
            <translation>Bloquear el diario</translation>
        </message>
        <message>
            <source>Keep going</source>
            <translation>Continuar</translation>
        </message>
    </context>
    <context>
        <name>Disguise</name>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
    </context>
    <context>
        <name>NeutralScreen</name>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
</TS>
