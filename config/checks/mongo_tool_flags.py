#!/usr/bin/env python3
"""Flag combinations of every mongodump/mongorestore call in the backup scripts (issue 19, point 2).

  mongo_tool_flags.py [SCRIPT ...]   default: deploy/backup/*.sh
  mongo_tool_flags.py selftest       the rules on known good and refused command lines

mongodump and mongorestore check their options before they connect or touch data, and refuse some
combinations outright: `restore.sh mongodb` passed --oplogReplay with --nsExclude and so could never
run, while restore-check.sh (other flags) kept passing. The rules below are the ones of the MongoDB
Database Tools 100.x option validation (mongorestore.ParseAndValidateOptions, mongodump.ValidateOptions);
unknown flags (a typo such as --oplogreplay) are refused as the tools would.
"""
import pathlib
import re
import shlex
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
COMMON = {"db", "collection", "help", "version", "config", "numThreads", "verbose", "quiet", "uri", "host",
          "port", "dialTimeout", "socketTimeout", "TCPKeepAliveSeconds", "serverSelectionTimeout", "compressors",
          "ssl", "sslCAFile", "sslPEMKeyFile", "sslPEMKeyPassword", "sslCRLFile", "sslAllowInvalidCertificates",
          "sslAllowInvalidHostnames", "sslFIPSMode", "tlsInsecure", "username", "password",
          "authenticationDatabase", "authenticationMechanism", "awsSessionToken", "gssapiServiceName",
          "gssapiHostName", "readPreference"}
KNOWN = {
    "mongorestore": COMMON | {
        "objcheck", "oplogReplay", "oplogLimit", "oplogFile", "archive", "restoreDbUsersAndRoles", "dir", "gzip",
        "drop", "dryRun", "writeConcern", "noIndexRestore", "convertLegacyIndexes", "noOptionsRestore",
        "keepIndexVersion", "maintainInsertionOrder", "numParallelCollections", "numInsertionWorkersPerCollection",
        "stopOnError", "bypassDocumentValidation", "preserveUUID", "batchSize", "fixDottedHashIndex",
        "excludeCollection", "excludeCollectionsWithPrefix", "nsExclude", "nsInclude", "nsFrom", "nsTo"},
    "mongodump": COMMON | {
        "query", "queryFile", "forceTableScan", "out", "gzip", "oplog", "archive", "dumpDbUsersAndRoles",
        "excludeCollection", "excludeCollectionsWithPrefix", "numParallelCollections", "viewsAsCollections"},
}
SHORT = {"d": "db", "c": "collection", "h": "host", "u": "username", "p": "password", "o": "out", "q": "query",
         "j": "numParallelCollections", "v": "verbose"}
SEPARATORS = {";", "&&", "||", "|", "&"}


def flags_of(tokens):
    """Counts of the long option names in a tool's arguments."""
    counts = {}
    for token in tokens:
        m = re.fullmatch(r"--([A-Za-z]+)(?:=.*)?", token) or re.fullmatch(r"-([a-z])(?:=.*)?", token)
        if not m:
            continue
        name = SHORT.get(m.group(1), m.group(1)) if not token.startswith("--") else m.group(1)
        counts[name] = counts.get(name, 0) + 1
    return counts


def problems(tool, tokens):
    f = flags_of(tokens)
    has = lambda *names: any(n in f for n in names)  # noqa: E731
    errors = [f"unknown flag --{name}" for name in sorted(f) if name not in KNOWN[tool]]
    if tool == "mongorestore":
        if "oplogReplay" in f:
            if has("nsInclude", "db"):
                errors.append("--oplogReplay with includes (--nsInclude/--db): refused, the oplog needs the whole dump")
            if has("nsExclude", "excludeCollection", "excludeCollectionsWithPrefix"):
                errors.append("--oplogReplay with excludes (--nsExclude/--excludeCollection*): refused")
            if has("nsFrom", "nsTo"):
                errors.append("--oplogReplay with namespace renames (--nsFrom/--nsTo): refused")
        if has("oplogLimit") and "oplogReplay" not in f:
            errors.append("--oplogLimit without --oplogReplay: refused")
        if has("oplogFile") and "oplogReplay" not in f:
            errors.append("--oplogFile without --oplogReplay: refused")
        if has("oplogFile") and has("archive"):
            errors.append("--oplogFile with --archive: refused")
        if has("restoreDbUsersAndRoles") and not has("db"):
            errors.append("--restoreDbUsersAndRoles without --db: refused")
        if has("collection") and not has("db"):
            errors.append("--collection without --db: refused")
        if f.get("nsFrom", 0) != f.get("nsTo", 0):
            errors.append("--nsFrom and --nsTo must be given the same number of times")
    else:
        if has("oplog") and has("db", "collection", "query"):
            errors.append("--oplog on a partial dump (--db/--collection/--query): refused, full dumps only")
        if has("query", "queryFile") and not has("collection"):
            errors.append("--query without --collection: refused")
        if has("excludeCollection", "excludeCollectionsWithPrefix") and not has("db"):
            errors.append("--excludeCollection* without --db: refused")
        if has("out") and has("archive"):
            errors.append("--out with --archive: refused")
        if has("dumpDbUsersAndRoles") and not has("db"):
            errors.append("--dumpDbUsersAndRoles without --db: refused")
    return errors


def calls(text):
    """(line number, tool, arguments) of every mongodump/mongorestore call in a shell script."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        start, line = i + 1, lines[i]
        while line.rstrip().endswith("\\") and i + 1 < len(lines):
            i += 1
            line = line.rstrip()[:-1] + " " + lines[i]
        i += 1
        if line.lstrip().startswith("#"):
            continue
        try:
            tokens = shlex.split(line, comments=True)
        except ValueError:
            continue
        for n, token in enumerate(tokens):
            if token in KNOWN:
                args = []
                for arg in tokens[n + 1:]:
                    if arg in SEPARATORS:
                        break
                    args.append(arg)
                yield start, token, args


def check_scripts(paths):
    count, errors = 0, []
    for path in paths:
        for line, tool, args in calls(path.read_text()):
            count += 1
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            errors += [f"{shown}:{line}: {tool}: {p}" for p in problems(tool, args)]
    return count, errors


SELFTEST = [
    # restore.sh mongodb before issue 19: refused by mongorestore.
    ("mongorestore --drop --oplogReplay --gzip --nsExclude='admin.system.*' --nsExclude='config.*' /backup/x", 1),
    ("mongorestore --drop --oplogReplay --gzip /backup/x", 0),
    ("mongorestore --gzip --nsInclude=a.* --nsFrom=a.* --nsTo=b.* /backup/x", 0),
    ("mongorestore --gzip --nsInclude=a.* --nsFrom=a.* /backup/x", 1),
    ("mongorestore --oplogLimit=1:1 /backup/x", 1),
    ("mongorestore --oplogreplay /backup/x", 1),
    ("mongodump --oplog --gzip --out=/backup/x", 0),
    ("mongodump --oplog --db=merchant_analysis --out=/backup/x", 1),
    ("mongodump --db=merchant_analysis --gzip --out=/backup/x", 0),
]


def selftest():
    failed = 0
    for line, want in SELFTEST:
        (_, tool, args), = calls(line)
        got = problems(tool, args)
        if bool(got) != bool(want):
            failed += 1
            print(f"  selftest: {line}\n    expected {'refused' if want else 'accepted'}, got {got}", file=sys.stderr)
    print(f"  mongo tool flag rules: {len(SELFTEST) - failed}/{len(SELFTEST)} selftest command lines right")
    return 1 if failed else 0


def main(argv):
    if argv[1:] == ["selftest"]:
        return selftest()
    paths = [pathlib.Path(a).resolve() for a in argv[1:]] or sorted((ROOT / "deploy" / "backup").glob("*.sh"))
    count, errors = check_scripts(paths)
    for message in errors:
        print(f"  {message}", file=sys.stderr)
    if count == 0:
        print("  no mongodump/mongorestore call found: the check would prove nothing", file=sys.stderr)
        return 1
    print(f"  {count} mongodump/mongorestore calls in {len(paths)} scripts: "
          f"{'flag combinations accepted by the tools' if not errors else f'{len(errors)} refused'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
