<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChatPane</name>
    <message numerus="yes">
        <source>Sending the edited message replaces the %n message(s) after it.</source>
        <translation>
            <numerusform>Sending the edited message replaces the %n message after it.</numerusform>
            <numerusform>Sending the edited message replaces the %n messages after it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message numerus="yes">
        <source>{speed} tokens/s (%n token(s), first after {seconds} s)</source>
        <translation>
            <numerusform>{speed} tokens/s (%n token, first after {seconds} s)</numerusform>
            <numerusform>{speed} tokens/s (%n tokens, first after {seconds} s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged, {retried} translated a second time.</source>
        <translation>
            <numerusform>Fact check: {flagged} of %n paragraph flagged, {retried} translated a second time.</numerusform>
            <numerusform>Fact check: {flagged} of %n paragraphs flagged, {retried} translated a second time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged.</source>
        <translation>
            <numerusform>Fact check: {flagged} of %n paragraph flagged.</numerusform>
            <numerusform>Fact check: {flagged} of %n paragraphs flagged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed, {retried} translated a second time.</source>
        <translation>
            <numerusform>Fact check: all %n paragraph passed, {retried} translated a second time.</numerusform>
            <numerusform>Fact check: all %n paragraphs passed, {retried} translated a second time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed.</source>
        <translation>
            <numerusform>Fact check: all %n paragraph passed.</numerusform>
            <numerusform>Fact check: all %n paragraphs passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n page(s) · {words}</source>
        <translation>
            <numerusform>{name} · %n page · {words}</numerusform>
            <numerusform>{name} · %n pages · {words}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsToggle</name>
    <message numerus="yes">
        <source>Documents: %n chosen</source>
        <translation>
            <numerusform>Documents: %n chosen</numerusform>
            <numerusform>Documents: %n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadStatus</name>
    <message numerus="yes">
        <source>%n download(s) · {percent} · {time} left</source>
        <translation>
            <numerusform>%n download · {percent} · {time} left</numerusform>
            <numerusform>%n downloads · {percent} · {time} left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent}</source>
        <translation>
            <numerusform>%n download · {percent}</numerusform>
            <numerusform>%n downloads · {percent}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineNotes</name>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs on the processor.</source>
        <translation>
            <numerusform>The graphics card did not have enough free memory for %n layers, so the model runs on the processor.</numerusform>
            <numerusform>The graphics card did not have enough free memory for %n layers, so the model runs on the processor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs with {used} of its layers on the graphics card.</source>
        <translation>
            <numerusform>The graphics card did not have enough free memory for %n layers, so the model runs with {used} of its layers on the graphics card.</numerusform>
            <numerusform>The graphics card did not have enough free memory for %n layers, so the model runs with {used} of its layers on the graphics card.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HardwareSummary</name>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubSearchDialog</name>
    <message numerus="yes">
        <source>%n repositories with GGUF files for &quot;{query}&quot;.</source>
        <translation>
            <numerusform>%n repository with GGUF files for "{query}".</numerusform>
            <numerusform>%n repositories with GGUF files for "{query}".</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message numerus="yes">
        <source>%n file(s) could not be read: see their status.</source>
        <translation>
            <numerusform>%n file could not be read: see their status.</numerusform>
            <numerusform>%n files could not be read: see their status.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Exporting… {done} of %n conversation(s)</source>
        <translation>
            <numerusform>Exporting… {done} of %n conversation</numerusform>
            <numerusform>Exporting… {done} of %n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message numerus="yes">
        <source>{languages} and %n other language(s)</source>
        <translation>
            <numerusform>{languages} and %n other language</numerusform>
            <numerusform>{languages} and %n other languages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message numerus="yes">
        <source>%n more model(s) would be too big for this computer.</source>
        <translation>
            <numerusform>%n more model would be too big for this computer.</numerusform>
            <numerusform>%n more models would be too big for this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsPane</name>
    <message numerus="yes">
        <source>Added %n model(s) from &lt;b&gt;{server}&lt;/b&gt;. Pick one in the Chat pane; messages in those conversations are sent to that server.</source>
        <translation>
            <numerusform>Added %n model from &lt;b&gt;{server}&lt;/b&gt;. Pick one in the Chat pane; messages in those conversations are sent to that server.</numerusform>
            <numerusform>Added %n models from &lt;b&gt;{server}&lt;/b&gt;. Pick one in the Chat pane; messages in those conversations are sent to that server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Offload</name>
    <message numerus="yes">
        <source>Runs on your graphics card (all %n layers)</source>
        <translation>
            <numerusform>Runs on your graphics card (all %n layers)</numerusform>
            <numerusform>Runs on your graphics card (all %n layers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partly on the graphics card ({on_card} of %n layers)</source>
        <translation>
            <numerusform>Partly on the graphics card ({on_card} of %n layers)</numerusform>
            <numerusform>Partly on the graphics card ({on_card} of %n layers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message numerus="yes">
        <source>%n connection(s) ({size}) so far</source>
        <translation>
            <numerusform>%n connection ({size}) so far</numerusform>
            <numerusform>%n connections ({size}) so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) since you installed {model} on {date}</source>
        <translation>
            <numerusform>%n connection ({size}) since you installed {model} on {date}</numerusform>
            <numerusform>%n connections ({size}) since you installed {model} on {date}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message numerus="yes">
        <source>about %n word(s) per second</source>
        <translation>
            <numerusform>about %n word per second</numerusform>
            <numerusform>about %n words per second</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>summarizing %n page(s): under a minute</source>
        <translation>
            <numerusform>summarizing %n page: under a minute</numerusform>
            <numerusform>summarizing %n pages: under a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>summarizing {pages} pages: about %n minute(s)</source>
        <translation>
            <numerusform>summarizing {pages} pages: about %n minute</numerusform>
            <numerusform>summarizing {pages} pages: about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummarizePane</name>
    <message numerus="yes">
        <source>The summary of {name} stopped when LocalChat closed, after {done} of %n part(s). Open the same file and press Summarize with the same options to continue where it stopped.</source>
        <translation>
            <numerusform>The summary of {name} stopped when LocalChat closed, after {done} of %n part. Open the same file and press Summarize with the same options to continue where it stopped.</numerusform>
            <numerusform>The summary of {name} stopped when LocalChat closed, after {done} of %n parts. Open the same file and press Summarize with the same options to continue where it stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done. Check the summary: it mentions %n number(s) the document does not have ({numbers}); small models sometimes make them up.</source>
        <translation>
            <numerusform>Done. Check the summary: it mentions %n number the document does not have ({numbers}); small models sometimes make them up.</numerusform>
            <numerusform>Done. Check the summary: it mentions %n numbers the document does not have ({numbers}); small models sometimes make them up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskErrors</name>
    <message numerus="yes">
        <source>This model reads too little text at once (%n token(s)) to summarize with.</source>
        <translation>
            <numerusform>This model reads too little text at once (%n token) to summarize with.</numerusform>
            <numerusform>This model reads too little text at once (%n tokens) to summarize with.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslatePane</name>
    <message numerus="yes">
        <source>Done. %n paragraph(s) need a look (⚠ {rows}): a number, name or address may be lost. Select one and press Retranslate.</source>
        <translation>
            <numerusform>Done. %n paragraph needs a look (⚠ {rows}): a number, name or address may be lost. Select one and press Retranslate.</numerusform>
            <numerusform>Done. %n paragraphs need a look (⚠ {rows}): a number, name or address may be lost. Select one and press Retranslate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message numerus="yes">
        <source>about %n minute(s) at 50 Mbit/s</source>
        <translation>
            <numerusform>about %n minute at 50 Mbit/s</numerusform>
            <numerusform>about %n minutes at 50 Mbit/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer has {memory} of memory ({free} free now), %n processor core(s) and {graphics}.</source>
        <translation>
            <numerusform>This computer has {memory} of memory ({free} free now), %n processor core and {graphics}.</numerusform>
            <numerusform>This computer has {memory} of memory ({free} free now), %n processor cores and {graphics}.</numerusform>
        </translation>
    </message>
</context>
</TS>
