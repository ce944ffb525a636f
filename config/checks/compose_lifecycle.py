#!/usr/bin/env python3
"""deploy/up.sh up and down against a model of Docker and Compose, v1 and v2 (issue 19, points 3 and 5).

  compose_lifecycle.py CONFIG_DIR [UP_SH]

CONFIG_DIR holds `docker-compose -f deploy/<file> config` of each compose file as <file>.config
(config/checks/validate.sh writes them). No Docker daemon is needed: this script puts `docker` and
`docker-compose` stand-ins first on PATH (this same file, called under those names) and runs up.sh
as docker-compose 1.29 (`docker compose` missing) and as Compose v2. The stand-ins keep containers
and networks in a state file and behave like the real tools where up.sh depends on it:
  - `build` fails like Docker 20.10's classic builder on RUN --mount unless DOCKER_BUILDKIT=1;
  - `up` refuses a network that exists with another declaration (Compose 1.29: NetworkConfigChanged);
  - `down` cannot remove a network another file's containers still use: an error in 1.29, a warning
    ("Resource is still in use") in v2;
  - `docker inspect` reports every container healthy; one-shot services (restart "no" or
    on-failure:N) as exited.
The check passes when both runs build with BuildKit, bring all five files up in the guide's order,
and `up.sh down` exits 0 leaving no container and no network, the apps stopped before the stores.
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
FILES = ["docker-compose.mongodb.yml", "docker-compose.redis.yml", "docker-compose.monitoring.yml",
         "docker-compose.elk.yml", "docker-compose.prod.yml"]


# ---------------------------------------------------------------------------------------- stand-in
def load_state(path):
    return json.loads(path.read_text()) if path.exists() else {"containers": {}, "networks": {}, "log": []}


def stack(config_dir, file):
    cache = pathlib.Path(os.environ["FAKE_DOCKER_STATE"]).parent / f"{pathlib.Path(file).name}.json"
    if cache.exists():
        return json.loads(cache.read_text())
    import yaml  # only here: `docker inspect`, called for every container, starts faster without it
    config = yaml.safe_load((config_dir / f"{pathlib.Path(file).name}.config").read_text())
    networks = {key: (spec or {}).get("name", key) for key, spec in (config.get("networks") or {}).items()}
    declarations = {networks[key]: spec for key, spec in (config.get("networks") or {}).items()}
    services = {}
    for name, spec in config["services"].items():
        attached = spec.get("networks") or {}
        restart = str(spec.get("restart", ""))
        services[name] = {"networks": sorted(networks[k] for k in attached),
                          "one_shot": restart == "no" or restart.startswith("on-failure:")}
    cache.write_text(json.dumps([services, declarations]))
    return services, declarations


def fake(tool, args):
    state_path = pathlib.Path(os.environ["FAKE_DOCKER_STATE"])
    config_dir = pathlib.Path(os.environ["FAKE_COMPOSE_CONFIGS"])
    v2 = os.environ["FAKE_COMPOSE"] == "v2"
    state = load_state(state_path)

    def save(code=0):
        state_path.write_text(json.dumps(state))
        return code

    if tool == "docker" and args[:1] == ["inspect"]:
        container = state["containers"].get(args[-1])
        print("exited " if container and container["one_shot"] else "running healthy")
        return 0
    if tool == "docker":
        if args[:1] != ["compose"] or not v2:
            print(f"docker: '{' '.join(args[:1])}' is not a docker command.", file=sys.stderr)
            return 1
        args = args[1:]
    elif v2:
        print("docker-compose: command not found", file=sys.stderr)
        return 127
    files, rest, i = [], [], 0
    while i < len(args):
        if args[i] in ("-f", "--file", "--env-file", "--project-directory", "-p"):
            if args[i] in ("-f", "--file"):
                files.append(args[i + 1])
            i += 2
        else:
            rest.append(args[i])
            i += 1
    command, options = (rest[0] if rest else ""), rest[1:]
    if command == "version":
        print("Docker Compose version v2 (stand-in)")
        return 0
    stacks = {f: stack(config_dir, f) for f in files}
    state["log"].append({"command": command, "files": files, "options": options,
                         "buildkit": os.environ.get("DOCKER_BUILDKIT", "")})
    if command == "build":
        dockerfile = (ROOT / "Dockerfile").read_text()
        # Compose v2 always builds with BuildKit; docker-compose 1.29 calls the docker CLI, whose
        # default before Docker 23 is the classic builder.
        if "RUN --mount" in dockerfile and not v2 and os.environ.get("DOCKER_BUILDKIT") != "1":
            print("the --mount option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/", file=sys.stderr)
            return save(1)
        return save(0)
    if command == "up" and options == ["-d"]:
        for file, (services, declarations) in stacks.items():
            for name, declaration in declarations.items():
                existing = state["networks"].get(name)
                if existing is not None and existing != declaration and not v2:
                    print(f"ERROR: Network \"{name}\" needs to be recreated - its configuration has changed",
                          file=sys.stderr)
                    return save(1)
                state["networks"].setdefault(name, declaration)
            for service, spec in services.items():
                state["containers"][f"{file}:{service}"] = {**spec, "file": file}
        return save(0)
    if command == "ps" and options == ["-q"]:
        print("\n".join(k for k, c in state["containers"].items() if c["file"] in files))
        return 0
    if command == "rm" and sorted(options) == ["--force", "--stop"]:
        state["containers"] = {k: c for k, c in state["containers"].items() if c["file"] not in files}
        return save(0)
    if command == "down" and not options:
        state["containers"] = {k: c for k, c in state["containers"].items() if c["file"] not in files}
        in_use = {n for c in state["containers"].values() for n in c["networks"]}
        for name in sorted({n for _, declarations in stacks.values() for n in declarations}):
            if name in in_use:
                if v2:
                    print(f" Network {name}  Resource is still in use", file=sys.stderr)
                    continue
                print(f"ERROR: error while removing network: network {name} has active endpoints", file=sys.stderr)
                return save(1)
            state["networks"].pop(name, None)
        return save(0)
    print(f"stand-in: '{command} {' '.join(options)}' is not modelled; extend {__file__}", file=sys.stderr)
    return save(2)


# ------------------------------------------------------------------------------------------- check
def run(up_sh, mode, config_dir, work, argv):
    bin_dir = work / "bin"
    bin_dir.mkdir(exist_ok=True)
    for tool in ("docker", "docker-compose"):
        link = bin_dir / tool
        if not link.exists():
            link.symlink_to(pathlib.Path(__file__).resolve())
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "FAKE_COMPOSE": mode,
           "FAKE_DOCKER_STATE": str(work / f"state-{mode}.json"), "FAKE_COMPOSE_CONFIGS": str(config_dir),
           "ENV_FILE": str(work / "env")}
    env.pop("DOCKER_BUILDKIT", None)
    env.pop("COMPOSE_DOCKER_CLI_BUILD", None)
    done = subprocess.run(["bash", str(up_sh), *argv], env=env, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout + done.stderr, load_state(work / f"state-{mode}.json")


def check(config_dir, up_sh):
    errors = []
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        env = (ROOT / ".env.prod.example").read_text().replace("CHANGE_ME", "set-for-the-check")
        for name in ("tls.crt", "tls.key"):
            (work / name).write_text("stand-in\n")
        env += f"TLS_CERT_FILE={work / 'tls.crt'}\nTLS_KEY_FILE={work / 'tls.key'}\n"
        (work / "env").write_text(env)
        for mode in ("v1", "v2"):
            code, out, state = run(up_sh, mode, config_dir, work, [])
            if code != 0:
                errors.append(f"{mode}: up.sh exited {code}:\n{out}")
                # Go on with images as if pulled, to see whether `down` works.
                code, out, state = run(up_sh, mode, config_dir, work, ["--no-build"])
                if code != 0:
                    errors.append(f"{mode}: up.sh --no-build exited {code}:\n{out}")
                    continue
            builds = [e for e in state["log"] if e["command"] == "build"]
            if mode == "v1" and (not builds or any(e["buildkit"] != "1" for e in builds)):
                errors.append(f"{mode}: the images were not built with DOCKER_BUILDKIT=1")
            ups = [e["files"][0] for e in state["log"] if e["command"] == "up"]
            if ups != FILES:
                errors.append(f"{mode}: started {ups}, not the guide's order {FILES}")
            code, out, state = run(up_sh, mode, config_dir, work, ["down"])
            if code != 0:
                errors.append(f"{mode}: up.sh down exited {code}:\n{out}")
            if state["containers"] or state["networks"]:
                errors.append(f"{mode}: after up.sh down, still there: containers {sorted(state['containers'])}, "
                              f"networks {sorted(state['networks'])}")
            stopped = [e["files"] for e in state["log"] if e["command"] in ("rm", "down")]
            first = [files[0] for files in stopped if len(files) == 1]
            if first[:2] and first[0] != "docker-compose.prod.yml":
                errors.append(f"{mode}: up.sh down stopped {first[0]} before the apps")
            if mode == "v1" and not errors:
                print(f"  docker-compose 1.29: up.sh built with BuildKit, started {len(ups)} files in order; "
                      f"down: {len(stopped)} steps, nothing left")
            elif mode == "v2" and not errors:
                print(f"  Compose v2: the same; {len(state['log'])} compose calls")
    return errors


def main(argv):
    tool = pathlib.Path(argv[0]).name
    if tool in ("docker", "docker-compose"):
        return fake(tool, argv[1:])
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    up_sh = pathlib.Path(argv[2]) if len(argv) == 3 else ROOT / "deploy" / "up.sh"
    if not shutil.which("bash"):
        print("bash is needed", file=sys.stderr)
        return 2
    errors = check(pathlib.Path(argv[1]), up_sh.resolve())
    for message in errors:
        print(f"  {message}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
