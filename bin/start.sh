#!/usr/bin/env bash
# 启动脚本：bin/start.sh [Spring 参数，如 --server.port=8080]。在任何目录下运行都可以。
#   发布包中：运行包里的 campaign-bot.jar；源码目录中：运行 target/campaign-bot.jar（没有时先用 Maven 打包）。
#   主目录（config/、knowledge/、data/、logs/ 所在目录）默认是本脚本的上一级目录，可用环境变量 BOT_HOME 改。
#   使用哪个 Java：环境变量 JAVA_HOME（不设则用 PATH 里的 java），需要 Java 17 或更高版本。
#   JVM 参数：环境变量 JAVA_OPTS，默认 -Xmx512m。
# 首次运行（或程序更新后）会解包程序并做一次“试启动”，生成类数据共享归档（CDS），之后每次启动都用它，
# 启动更快。试启动使用临时的数据库、索引和日志目录，不会动到正式数据，也不会发出任何消息。
set -euo pipefail
HOME_DIR="$(cd "$(dirname "$0")/.." && pwd)"
export BOT_HOME="${BOT_HOME:-$HOME_DIR}"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$JAVA" >/dev/null 2>&1; then
  echo "找不到 Java：请安装 Java 17 或更高版本（例如 apt-get install openjdk-17-jre-headless），或设置 JAVA_HOME。" >&2
  exit 1
fi
VERSION="$("$JAVA" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')"
MAJOR="${VERSION%%.*}"
[ "$MAJOR" = "1" ] && MAJOR="$(echo "$VERSION" | cut -d. -f2)" # 1.8.0_x is Java 8
if ! [ "$MAJOR" -ge 17 ] 2>/dev/null; then
  echo "需要 Java 17 或更高版本，当前的 $(command -v "$JAVA") 是 ${VERSION:-未知版本}。请安装 Java 17，或用 JAVA_HOME 指向它。" >&2
  exit 1
fi

if [ -f "$HOME_DIR/campaign-bot.jar" ]; then # the release bundle
  JAR="$HOME_DIR/campaign-bot.jar"
  APP="$HOME_DIR/app"
else # the source folder
  JAR="$HOME_DIR/target/campaign-bot.jar"
  APP="$HOME_DIR/target/app"
  [ -f "$JAR" ] || (cd "$HOME_DIR" && ./mvnw -q -B package -DskipTests)
fi

if [ ! -f "$APP/app.jsa" ] || [ "$JAR" -nt "$APP/app.jsa" ]; then
  echo "首次启动：正在准备快速启动文件（约半分钟）……"
  rm -rf "$APP"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
  # the training run starts the context once and exits; it uses a throwaway database, index and log folder so it
  # can never touch real data or send a queued push
  TRAIN="$(mktemp -d)"
  if ! "$JAVA" -XX:ArchiveClassesAtExit="$APP/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP/campaign-bot.jar" \
      --server.port=0 --bot.knowledge.index-dir="$TRAIN/index" --spring.datasource.url="jdbc:h2:file:$TRAIN/db" \
      --logging.file.path="$TRAIN/logs" >"$TRAIN/train.log" 2>&1; then
    echo "快速启动文件生成失败（不影响使用，按普通方式启动）：见 $TRAIN/train.log"
  else
    rm -rf "$TRAIN"
  fi
fi

SHARE=()
[ -f "$APP/app.jsa" ] && SHARE=(-XX:SharedArchiveFile="$APP/app.jsa" -Xshare:auto)
# shellcheck disable=SC2086
exec "$JAVA" ${JAVA_OPTS:--Xmx512m} "${SHARE[@]}" -jar "$APP/campaign-bot.jar" "$@"
