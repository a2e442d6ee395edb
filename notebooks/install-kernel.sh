#!/usr/bin/env bash
# Installs the Java kernel the stancekit notebooks run on: rapaio-jupyter-kernel (a JShell kernel published on
# Maven Central) fetched with Maven, plus a kernelspec named "java". Jupyter itself comes from Debian's packages:
#   apt-get install -y jupyter-notebook python3-ipykernel jupyter-nbconvert
# Usage: notebooks/install-kernel.sh [kernels-dir]   (default: ~/.local/share/jupyter/kernels)
set -euo pipefail
version=3.0.1
kernels="${1:-${JUPYTER_DATA_DIR:-$HOME/.local/share/jupyter}/kernels}"
dir="$kernels/java"
if ! command -v jupyter >/dev/null; then
  echo "install-kernel: no 'jupyter' on PATH; install it first: apt-get install -y jupyter-notebook python3-ipykernel jupyter-nbconvert" >&2
  exit 1
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! "$java_bin" -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])'; then
  echo "install-kernel: $java_bin is not Java 17 or newer" >&2
  exit 1
fi
mkdir -p "$dir"
if ! out="$(mvn -q -B dependency:copy -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$version" -DoutputDirectory="$dir" 2>&1)"; then
  echo "$out" >&2
  echo "install-kernel: Maven could not fetch io.github.padreati:rapaio-jupyter-kernel:$version" >&2
  exit 1
fi
jar="$dir/rapaio-jupyter-kernel-$version.jar"
[ -f "$jar" ] || { echo "install-kernel: Maven did not deliver $jar" >&2; exit 1; }
cache="$HOME/.cache/rapaio-jupyter-kernel"
mkdir -p "$cache"
# The notebooks run stancekit inside the kernel's JVM: give it the launcher's memory settings and quiet logging.
cat > "$dir/kernel.json" <<JSON
{
  "argv": ["$(command -v "$java_bin")", "-Xmx3g",
           "-Dorg.bytedeco.javacpp.maxbytes=2G", "-Dorg.bytedeco.javacpp.maxphysicalbytes=6G",
           "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dorg.slf4j.simpleLogger.logFile=System.err",
           "-jar", "$jar", "{connection_file}"],
  "display_name": "Java (stancekit notebooks)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {"RJK_CLASSPATH": "", "RJK_COMPILER_OPTIONS": "", "RJK_INIT_SCRIPT": "", "RJK_TIMEOUT_MILLIS": "-1",
          "RJK_MIMA_CACHE": "$cache/mima_cache"}
}
JSON
echo "installed kernel 'java' (rapaio-jupyter-kernel $version) in $dir"
