#!/usr/bin/env bash
# Checks what `mvn package -Dnative -Dquarkus.native.sources-only=true` generated, so a native binary built from
# it would have everything it reads at run time: the rule files and templates as resources, the records that
# Jackson serializes outside REST return types registered for reflection, and the Thai locale search splits words by.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/native-sources
test -s "$dir/native-image.args" || { echo "no $dir/native-image.args: run the sources-only native build first"; exit 1; }
jar=$(ls "$dir"/*-runner.jar)
grep -Eq -- '-H:IncludeLocales=([^ ]*,)?th(,| |$)' "$dir/native-image.args" || { echo "Thai locale not included"; exit 1; }
python3 - "$jar" <<'PY'
import json, pathlib, re, sys, zipfile
jar = zipfile.ZipFile(sys.argv[1])
resources = json.loads(jar.read("META-INF/native-image/resource-config.json"))
def java_regex(pattern):  # Java quotes literals as \Q...\E; Python has no such syntax
    return re.compile(re.sub(r"\\Q(.*?)\\E", lambda m: re.escape(m.group(1)), pattern))
patterns = [java_regex(p["pattern"]) for p in resources["resources"]["includes"]]
reflect = {entry["name"] for entry in json.loads(jar.read("META-INF/native-image/reflect-config.json"))}
problems = []
root = pathlib.Path("src/main/resources")
for folder in ("rules", "templates"):
    for path in sorted((root / folder).rglob("*")) if (root / folder).exists() else []:
        if path.is_file():
            name = path.relative_to(root).as_posix()
            if not any(p.fullmatch(name) for p in patterns):
                problems.append(f"resource not embedded: {name}")
for record in ("app.gleaner.problem.Problem", "app.gleaner.clip.ClipView", "app.gleaner.clip.ClipRequest"):
    if record not in reflect:
        problems.append(f"not registered for reflection: {record}")
for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
PY
echo "native sources: ok (resources, reflection and locales checked)"
