@echo off
rem The bansos command line on Windows, as the bansos script is on Unix: runs the jar built by
rem "mvnw.cmd -B -pl cli -am package -DskipTests" (or bansos-cli.jar beside this script). JAVA
rem picks the java binary. JAVA_OPTS replaces the JVM options below: a run is a short batch on a
rem shared office machine, so only the quick JIT compiler (C1) and the serial collector, which use
rem about 40% less CPU on 100,000 households than the defaults (docs/performance.md); the heap
rem stays small whatever the file size.
setlocal
set "BANSOS_JAR=%~dp0bansos-cli.jar"
if exist "%BANSOS_JAR%" goto run
set "BANSOS_JAR="
for %%F in ("%~dp0target\bansos-cli-*.jar") do if not defined BANSOS_JAR set "BANSOS_JAR=%%~fF"
if defined BANSOS_JAR goto run
echo bansos: no bansos-cli jar; build it with mvnw.cmd -B -pl cli -am package -DskipTests 1>&2
exit /b 3
:run
if not defined JAVA set "JAVA=java"
if not defined JAVA_OPTS set "JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m"
"%JAVA%" %JAVA_OPTS% -jar "%BANSOS_JAR%" %*
exit /b %ERRORLEVEL%
