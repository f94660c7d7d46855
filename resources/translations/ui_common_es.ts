<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CalmDialog</name>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Show &amp;details</source>
            <translation>Mostrar &amp;detalles</translation>
        </message>
        <message>
            <source>Hide &amp;details</source>
            <translation>Ocultar &amp;detalles</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Keeps things as they are</source>
            <translation>Deja todo como está</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>d MMMM yyyy</source>
            <translation>d 'de' MMMM 'de' yyyy</translation>
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
            <source>e.g. 3 May 2024</source>
            <translation>p. ej., 3 de mayo de 2024</translation>
        </message>
        <message>
            <source>Choose the date on a calendar</source>
            <translation>Elegir la fecha en un calendario</translation>
        </message>
        <message>
            <source>Choose on a calendar (Alt+Down)</source>
            <translation>Elegir en un calendario (Alt+Abajo)</translation>
        </message>
        <message>
            <source>That did not read as a date, so it is still {day}. Try 3 May 2024.</source>
            <translation>Eso no se entendió como una fecha, así que sigue siendo {day}. Prueba con 3 de mayo de 2024.</translation>
        </message>
        <message>
            <source>This date is in the future — that's fine if you mean it.</source>
            <translation>Esta fecha está en el futuro; está bien si es lo que quieres.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>dddd d MMMM yyyy</source>
            <translation>dddd, d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <translation>ddd d MMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>PassphraseEdit</name>
        <message>
            <source>Hide passphrase</source>
            <translation>Ocultar la frase de contraseña</translation>
        </message>
        <message>
            <source>Show passphrase</source>
            <translation>Mostrar la frase de contraseña</translation>
        </message>
        <message>
            <source>{action} (Ctrl+H)</source>
            <translation>{action} (Ctrl+H)</translation>
        </message>
    </context>
    <context>
        <name>Principles</name>
        <message>
            <source>Intersectionality</source>
            <translation>Interseccionalidad</translation>
        </message>
        <message>
            <source>Trauma-informed care</source>
            <translation>Atención informada sobre el trauma</translation>
        </message>
        <message>
            <source>Community-centred healing</source>
            <translation>Sanación centrada en la comunidad</translation>
        </message>
        <message>
            <source>Alternative accountability</source>
            <translation>Responsabilidad alternativa</translation>
        </message>
        <message>
            <source>Self-care and well-being</source>
            <translation>Autocuidado y bienestar</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Passphrase strength</source>
            <translation>Solidez de la frase de contraseña</translation>
        </message>
        <message>
            <source>Strength appears here as you type.</source>
            <translation>La solidez aparece aquí mientras escribes.</translation>
        </message>
        <message>
            <source>This one would be too easy to guess.</source>
            <translation>Esta sería demasiado fácil de adivinar.</translation>
        </message>
        <message>
            <source>Strength: {words}</source>
            <translation>Solidez: {words}</translation>
        </message>
        <message>
            <source>Very easy to guess</source>
            <translation>Muy fácil de adivinar</translation>
        </message>
        <message>
            <source>Easy to guess</source>
            <translation>Fácil de adivinar</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Aceptable</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Buena</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Sólida</translation>
        </message>
        <message>
            <source>Use at least 8 characters. A short sentence of four or more words is easy to remember and hard to guess.</source>
            <translation>Usa al menos 8 caracteres. Una frase corta de cuatro palabras o más es fácil de recordar y difícil de adivinar.</translation>
        </message>
        <message>
            <source>This is one of the most common passwords, so it would be guessed quickly.</source>
            <translation>Es una de las contraseñas más comunes, así que se adivinaría enseguida.</translation>
        </message>
        <message>
            <source>Use more than one character, repeated.</source>
            <translation>Usa más de un carácter repetido.</translation>
        </message>
        <message>
            <source>Sequences such as abcd, 1234 or qwerty are guessed quickly.</source>
            <translation>Las secuencias como abcd, 1234 o qwerty se adivinan enseguida.</translation>
        </message>
        <message>
            <source>Add another word or two. Length helps more than symbols do.</source>
            <translation>Añade una o dos palabras más. La longitud ayuda más que los símbolos.</translation>
        </message>
        <message>
            <source>A few unrelated words make a passphrase that is strong and easy to remember.</source>
            <translation>Unas cuantas palabras sin relación entre sí forman una frase de contraseña sólida y fácil de recordar.</translation>
        </message>
        <message>
            <source>Repeated parts add little; try words that are different from each other.</source>
            <translation>Las partes repetidas aportan poco; prueba con palabras distintas entre sí.</translation>
        </message>
    </context>
    <context>
        <name>VaultErrors</name>
        <message>
            <source>That recovery key doesn't look quite right: a character may be missing, extra or mistyped. Please check each group against your kit.</source>
            <translation>Esa clave de recuperación no parece del todo correcta: puede que falte, sobre o esté mal escrito algún carácter. Compara cada grupo con tu kit.</translation>
        </message>
        <message>
            <source>That recovery key doesn't open this vault. Check it against your kit and try again.</source>
            <translation>Esa clave de recuperación no abre esta bóveda. Compárala con tu kit y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>That passphrase doesn't open this vault. Check that Caps Lock is off, and try again.</source>
            <translation>Esa frase de contraseña no abre esta bóveda. Comprueba que Bloq Mayús esté desactivado y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>This vault's files are damaged, so it wasn't opened, and nothing in it was changed. If you have a backup of it, it can be restored as a new vault.</source>
            <translation>Los archivos de esta bóveda están dañados, así que no se abrió y no se cambió nada en ella. Si tienes una copia de seguridad, puede recuperarse como una bóveda nueva.</translation>
        </message>
        <message>
            <source>This vault was made or changed by a newer version of HJ Journal. Please update the app to open it.</source>
            <translation>Esta bóveda se creó o se modificó con una versión más reciente de HJ Journal. Actualiza la app para abrirla.</translation>
        </message>
        <message>
            <source>This vault's files can't be found. If they are on a disk or USB stick that isn't plugged in, plug it in and try again.</source>
            <translation>No se encuentran los archivos de esta bóveda. Si están en un disco o una memoria USB sin conectar, conéctalo y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Another vault already has that name. Please choose another one.</source>
            <translation>Ya hay otra bóveda con ese nombre. Elige otro.</translation>
        </message>
    </context>
    <context>
        <name>_CalendarPopup</name>
        <message>
            <source>Choose a date</source>
            <translation>Elige una fecha</translation>
        </message>
    </context>
</TS>
