@echo off
chcp 65001 >nul
rem campaign-bot start script for Windows: bin\start.cmd [Spring arguments, e.g. --server.port=8080]
rem Home folder (config\, knowledge\, data\, logs\): the folder above this script, or BOT_HOME.
rem Java: JAVA_HOME, else java on the PATH; Java 17 or newer. JVM options: JAVA_OPTS (default -Xmx512m).
rem The first start (and the first after an update) unpacks the jar and makes a class-data archive (CDS) in app\,
rem from a training run on a throwaway database, index and log folder; later starts use it and are faster.
setlocal EnableDelayedExpansion
set "HOME_DIR=%~dp0.."
for %%I in ("%HOME_DIR%") do set "HOME_DIR=%%~fI"
if "%BOT_HOME%"=="" set "BOT_HOME=%HOME_DIR%"

set "JAVA=java"
if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo 找不到 Java：请安装 Java 17 或更高版本，或设置 JAVA_HOME。
  exit /b 1
)
set "JVER="
for /f "tokens=3" %%v in ('call "%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do if not defined JVER set "JVER=%%~v"
for /f "tokens=1,2 delims=.-" %%a in ("!JVER!") do (
  set "MAJOR=%%a"
  if "%%a"=="1" set "MAJOR=%%b"
)
if "!MAJOR!"=="" set "MAJOR=0"
if !MAJOR! LSS 17 (
  echo 需要 Java 17 或更高版本，当前 Java 版本是 !JVER!。请安装 Java 17，或用 JAVA_HOME 指向它。
  exit /b 1
)

set "JAR=%HOME_DIR%\campaign-bot.jar"
set "APP=%HOME_DIR%\app"
if not exist "%JAR%" (
  echo 找不到 %JAR%：请从发布包 campaign-bot-版本号.zip 解压后运行本脚本。
  exit /b 1
)
for %%F in ("%JAR%") do set "STAMP=%%~tF %%~zF"
set "OLD="
if exist "%APP%\jar.stamp" set /p OLD=<"%APP%\jar.stamp"
if not exist "%APP%\app.jsa" set "OLD="
if not "!OLD!"=="!STAMP!" (
  echo 首次启动：正在准备快速启动文件（约半分钟）……
  if exist "%APP%" rmdir /s /q "%APP%"
  "%JAVA%" -Djarmode=tools -jar "%JAR%" extract --destination "%APP%" >nul
  set "TRAIN=%TEMP%\campaign-bot-train-%RANDOM%"
  mkdir "!TRAIN!"
  "%JAVA%" -XX:ArchiveClassesAtExit="%APP%\app.jsa" -Dspring.context.exit=onRefresh -jar "%APP%\campaign-bot.jar" --server.port=0 "--bot.knowledge.index-dir=!TRAIN!\index" "--spring.datasource.url=jdbc:h2:file:!TRAIN!\db" "--logging.file.path=!TRAIN!\logs" >"!TRAIN!\train.log" 2>&1
  if errorlevel 1 (
    echo 快速启动文件生成失败（不影响使用，按普通方式启动）：见 !TRAIN!\train.log
  ) else (
    >"%APP%\jar.stamp" echo !STAMP!
    rmdir /s /q "!TRAIN!"
  )
)
set "SHARE="
if exist "%APP%\app.jsa" set "SHARE=-XX:SharedArchiveFile=%APP%\app.jsa -Xshare:auto"
if "%JAVA_OPTS%"=="" set "JAVA_OPTS=-Xmx512m"
"%JAVA%" %JAVA_OPTS% %SHARE% -jar "%APP%\campaign-bot.jar" %*
