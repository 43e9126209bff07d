<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Ops::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n profile(s): %1</source>
        <translation><numerusform>Imported %n profile: %1</numerusform><numerusform>Imported %n profiles: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>Ops::SettingsPage</name>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix.</source>
        <translation><numerusform>Not saved: %n problem to fix.</numerusform><numerusform>Not saved: %n problems to fix.</numerusform></translation>
    </message>
</context>
</TS>