<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>statusdeck: %n exchange(s) got no line (and are not in the HAR): the log dropped them before they could be printed.</source>
        <translation>
            <numerusform>statusdeck: %n exchange got no line (and is not in the HAR): the log dropped it before it could be printed.</numerusform>
            <numerusform>statusdeck: %n exchanges got no line (and are not in the HAR): the log dropped them before they could be printed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarImport</name>
    <message numerus="yes">
        <source>%n entry(s) skipped (%1)</source>
        <translation>
            <numerusform>%n entry skipped (%1)</numerusform>
            <numerusform>%n entries skipped (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the first %1 entries were read; %n more left out</source>
        <translation>
            <numerusform>only the first %1 entries were read; %n more left out</numerusform>
            <numerusform>only the first %1 entries were read; %n more left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) cut at %1 KiB per side</source>
        <translation>
            <numerusform>%n entry cut at %1 KiB per side</numerusform>
            <numerusform>%n entries cut at %1 KiB per side</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::CardListModel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ComposerView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n hop(s). Stop: %2. %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n hop. Stop: %2. %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n hops. Stop: %2. %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ExchangeTableModel</name>
    <message numerus="yes">
        <source>(%n hop(s))</source>
        <translation>
            <numerusform>(%n hop)</numerusform>
            <numerusform>(%n hops)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::HopDetailView</name>
    <message numerus="yes">
        <source>body %n byte(s)</source>
        <translation>
            <numerusform>body %n byte</numerusform>
            <numerusform>body %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::LabPage</name>
    <message numerus="yes">
        <source>%1: done; %n cell(s) differ from the profile&apos;s prediction (marked ⚠).</source>
        <translation>
            <numerusform>%1: done; %n cell differs from the profile&apos;s prediction (marked ⚠).</numerusform>
            <numerusform>%1: done; %n cells differ from the profile&apos;s prediction (marked ⚠).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::LiveDemoDialog</name>
    <message numerus="yes">
        <source>&lt;-- response (%n byte(s))</source>
        <translation>
            <numerusform>&lt;-- response (%n byte)</numerusform>
            <numerusform>&lt;-- response (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) while loading</source>
        <translation>
            <numerusform>⚠ %n problem while loading</numerusform>
            <numerusform>⚠ %n problems while loading</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::RawBytesView</name>
    <message numerus="yes">
        <source>the client went after %n byte(s) of the answer</source>
        <translation>
            <numerusform>the client went after %n byte of the answer</numerusform>
            <numerusform>the client went after %n bytes of the answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::SandboxPage</name>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older dropped</source>
        <translation>
            <numerusform>%n older dropped</numerusform>
            <numerusform>%n older dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchange(s) to %1</source>
        <translation>
            <numerusform>Wrote %n exchange to %1</numerusform>
            <numerusform>Wrote %n exchanges to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 of %n exchange</numerusform>
            <numerusform>%1 of %n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %n exchange(s) from %1</source>
        <translation>
            <numerusform>Opened %n exchange from %1</numerusform>
            <numerusform>Opened %n exchanges from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::BrowserRun</name>
    <message numerus="yes">
        <source>[%n option(s) that turn off background work]</source>
        <translation>
            <numerusform>[%n option that turns off background work]</numerusform>
            <numerusform>[%n options that turn off background work]</numerusform>
        </translation>
    </message>
</context>
</TS>
