@echo off
rem The bansos command line on Windows, as the bansos script is on Unix: runs the jar built by
rem "mvnw.cmd -B -pl cli -am package -DskipTests" (the newest, if builds left several), or
rem bansos-cli.jar beside this script. JAVA picks the java binary. JAVA_OPTS replaces the JVM
rem options below: a run is a short batch on a shared office machine, so only the quick JIT
rem compiler (C1) and the serial collector, which use about 40% less CPU on 100,000 households
rem than the defaults (docs/performance.md); the heap stays small whatever the file size.
setlocal
set "BANSOS_JAR=%~dp0bansos-cli.jar"
if exist "%BANSOS_JAR%" goto run
set "BANSOS_JAR="
for /f "delims=" %%F in ('dir /b /o-d "%~dp0target\bansos-cli-*.jar" 2^>nul') do (
  if not defined BANSOS_JAR set "BANSOS_JAR=%~dp0target\%%F"
)
if defined BANSOS_JAR goto run
>&2 echo bansos: no bansos-cli jar; build it with mvnw.cmd -B -pl cli -am package -DskipTests
exit /b 3
:run
if not defined JAVA set "JAVA=java"
rem A JAVA given with quotes around it (set JAVA="C:\Program Files\...\java.exe") is quoted below.
set "JAVA=%JAVA:"=%"
if not defined JAVA_OPTS set "JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m"
"%JAVA%" %JAVA_OPTS% -jar "%BANSOS_JAR%" %*
exit /b %ERRORLEVEL%
