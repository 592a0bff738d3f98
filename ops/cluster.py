"""The assistant as replicas on one machine, on loopback, the way it would run on several:

    python -m ops.cluster --replicas 2          (or: make cluster REPLICAS=2)

Starts PostgreSQL (the shared tracker store, which keeps every event), Redis (the lock store,
so that one conversation's messages are answered one at a time whichever replica gets
them), N action servers, N Rasa servers, nginx in front of both, and the chat page. nginx
deals requests round robin, so consecutive messages of one conversation land on different
replicas; the chat page's socket stays on one replica (socket.io needs that: ip_hash).
Everything keeps its files under --state (default state/cluster); stopping (Ctrl-C,
SIGTERM) stops every process, and starting again with the same --state goes on with the
same conversations. README "Scaling out" maps it onto separate hosts.
"""

import argparse
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
LOOPBACK = "127.0.0.1"
DATABASE = "conversations"  # the tracker store, every event of every conversation


@dataclass
class Ports:
    """Where everything listens: nginx on `rasa` and `actions`; replica i on rasa + i, actions + i."""

    rasa: int = 5005
    actions: int = 5055
    web: int = 8080
    postgres: int = 5433
    redis: int = 6380

    def replicas(self, count):
        return [(self.rasa + i, self.actions + i) for i in range(1, count + 1)]


def postgres_bin(name):
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    if not found:
        raise SystemExit("PostgreSQL is not installed: `make cluster` installs it (apt-get install postgresql)")
    return str(found[-1])


def as_postgres():
    """PostgreSQL refuses to run as root: as root, run it as the postgres user Debian creates."""
    return {"user": "postgres", "group": "postgres", "extra_groups": []} if os.geteuid() == 0 else {}


def wait_for(check, seconds, what, process=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{what} did not start within {seconds} s")


def answers(url):
    with urllib.request.urlopen(url, timeout=2) as response:
        return response.status == 200


class Cluster:
    def __init__(self, state, replicas, ports, token=None):
        self.state, self.count, self.ports, self.token = Path(state).resolve(), replicas, ports, token
        self.processes = {}  # name -> Popen
        self.state.mkdir(parents=True, exist_ok=True)
        self.logs = self.state / "logs"
        self.logs.mkdir(exist_ok=True)

    # -- the shared stores ---------------------------------------------------------------

    def password(self):
        """The database password, made once and kept with the data (mode 600)."""
        secret = self.state / "postgres.password"
        if not secret.exists():
            secret.write_text(secrets.token_urlsafe(24))
            secret.chmod(0o600)
        return secret.read_text().strip()

    def start_postgres(self):
        data = self.state / "postgres"
        fresh = not (data / "PG_VERSION").exists()
        if fresh:
            data.mkdir(exist_ok=True)
            if os.geteuid() == 0:
                shutil.chown(data, "postgres", "postgres")
                self.state.chmod(0o755)  # the postgres user must reach its data folder
            subprocess.run(
                [postgres_bin("initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"],
                check=True,
                stdout=open(self.logs / "initdb.log", "w"),
                stderr=subprocess.STDOUT,
                **as_postgres(),
            )
        self.spawn(
            "postgres",
            [postgres_bin("postgres"), "-D", str(data), "-h", LOOPBACK, "-p", str(self.ports.postgres)]
            + ["-k", str(data)],  # its Unix socket next to its data, not in /var/run
            **as_postgres(),
        )
        ready = [postgres_bin("pg_isready"), "-q", "-h", LOOPBACK, "-p", str(self.ports.postgres), "-U", "postgres"]
        wait_for(lambda: subprocess.run(ready).returncode == 0, 60, "PostgreSQL", self.processes["postgres"])
        if fresh:
            self.psql(f"CREATE ROLE career LOGIN PASSWORD '{self.password()}'")
            self.psql(f"CREATE DATABASE {DATABASE} OWNER career")
            self.create_tables()

    def create_tables(self):
        """Rasa servers create the tables they miss as they start; two at once would race."""
        from ops.tracker_store import BoundedSQLTrackerStore

        login = dict(dialect="postgresql", host=LOOPBACK, port=self.ports.postgres, username="career")
        BoundedSQLTrackerStore(db=DATABASE, password=self.password(), **login).engine.dispose()

    def psql(self, statement):
        subprocess.run(
            [
                postgres_bin("psql"),
                "-q",
                "-h",
                LOOPBACK,
                "-p",
                str(self.ports.postgres),
                "-U",
                "postgres",
                "-c",
                statement,
            ],
            check=True,
        )

    def start_redis(self):
        folder = self.state / "redis"
        folder.mkdir(exist_ok=True)
        self.spawn(
            "redis",
            ["redis-server", "--bind", LOOPBACK, "--port", str(self.ports.redis), "--dir", str(folder)]
            + ["--save", "", "--appendonly", "no"],  # locks only: nothing to keep
        )
        ping = ["redis-cli", "-h", LOOPBACK, "-p", str(self.ports.redis), "ping"]
        wait_for(
            lambda: subprocess.run(ping, capture_output=True, text=True).stdout.strip() == "PONG",
            30,
            "Redis",
            self.processes["redis"],
        )

    # -- the replicas and the proxy ------------------------------------------------------

    def endpoints(self):
        database = (
            f'  dialect: "postgresql"\n  url: "{LOOPBACK}"\n  port: {self.ports.postgres}\n'
            f'  username: "career"\n  password: "{self.password()}"\n'
        )
        path = self.state / "endpoints.yml"
        path.write_text(
            f'action_endpoint:\n  url: "http://{LOOPBACK}:{self.ports.actions}/webhook"\n'
            f"tracker_store:\n  type: ops.tracker_store.BoundedSQLTrackerStore\n{database}"
            f'  db: "{DATABASE}"\n'
            f'lock_store:\n  type: "redis"\n  url: "{LOOPBACK}"\n  port: {self.ports.redis}\n  db: 0\n'
        )
        path.chmod(0o600)
        return path

    def start_replica(self, number):
        rasa_port, actions_port = self.ports.replicas(self.count)[number - 1]
        self.spawn(
            f"actions-{number}",
            [str(BIN / "rasa"), "run", "actions", "--port", str(actions_port)],
            {"SANIC_HOST": LOOPBACK},
        )
        api = ["--enable-api", "--auth-token", self.token] if self.token else []
        self.spawn(
            f"rasa-{number}",
            [str(BIN / "rasa"), "run", "--model", str(ROOT / "models" / "career.tar.gz")]
            + ["--interface", LOOPBACK, "--port", str(rasa_port), *api]
            + ["--endpoints", str(self.state / "endpoints.yml"), "--credentials", str(self.credentials())],
        )

    def wait_for_replica(self, number):
        rasa_port, actions_port = self.ports.replicas(self.count)[number - 1]
        wait_for(lambda: answers(f"http://{LOOPBACK}:{actions_port}/health"), 120, f"actions-{number}")
        wait_for(
            lambda: answers(f"http://{LOOPBACK}:{rasa_port}/"), 600, f"rasa-{number}", self.processes[f"rasa-{number}"]
        )

    def credentials(self):
        """The project's channels, with the chat page's origin on this cluster's web port."""
        path = self.state / "credentials.yml"
        path.write_text(
            (ROOT / "credentials.yml")
            .read_text()
            .replace("http://localhost:8080", f"http://localhost:{self.ports.web}")
        )
        return path

    def start_nginx(self):
        prefix = self.state / "nginx"
        prefix.mkdir(exist_ok=True)
        replicas = self.ports.replicas(self.count)
        rasa = "".join(f"    server {LOOPBACK}:{r} max_fails=1 fail_timeout=5s;\n" for r, _ in replicas)
        actions = "".join(f"    server {LOOPBACK}:{a} max_fails=1 fail_timeout=5s;\n" for _, a in replicas)
        (prefix / "nginx.conf").write_text(
            NGINX.format(
                rasa=rasa,
                actions=actions,
                rasa_port=self.ports.rasa,
                actions_port=self.ports.actions,
                loopback=LOOPBACK,
                prefix=prefix,
            )
        )
        self.spawn("nginx", ["nginx", "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-e", "stderr"])
        wait_for(lambda: answers(f"http://{LOOPBACK}:{self.ports.rasa}/"), 30, "nginx", self.processes["nginx"])

    def start_web(self):
        self.spawn(
            "web",
            [sys.executable, "-m", "web.serve", "--host", LOOPBACK, "--port", str(self.ports.web)]
            + ["--socket-url", f"http://localhost:{self.ports.rasa}"],
        )

    # -- processes ---------------------------------------------------------------------

    def spawn(self, name, args, env=None, **options):
        log = open(self.logs / f"{name}.log", "a")
        env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", **(env or {})}  # nothing sent out
        self.processes[name] = subprocess.Popen(
            args, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env, **options
        )
        (self.state / "processes.json").write_text(json.dumps({n: p.pid for n, p in self.processes.items()}))

    def start(self):
        self.start_postgres()
        self.start_redis()
        self.endpoints()
        for number in range(1, self.count + 1):
            self.start_replica(number)
        for number in range(1, self.count + 1):
            self.wait_for_replica(number)
        self.start_nginx()
        self.start_web()

    def stop(self):
        """The proxy and the replicas first, the stores last, each given time to finish."""
        for name in sorted(self.processes, key=lambda n: n in ("postgres", "redis")):
            process = self.processes[name]
            if process.poll() is None:
                process.send_signal(signal.SIGINT if name == "postgres" else signal.SIGTERM)  # SIGINT: fast shutdown
                try:
                    process.wait(30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


NGINX = """\
daemon off;
pid {prefix}/nginx.pid;
error_log stderr warn;
events {{ worker_connections 1024; }}
http {{
  log_format replicas '$time_iso8601 $request $status upstream=$upstream_addr $request_time';
  access_log {prefix}/access.log replicas;
  client_body_temp_path {prefix}/client_body;
  proxy_temp_path {prefix}/proxy;
  fastcgi_temp_path {prefix}/fastcgi;
  uwsgi_temp_path {prefix}/uwsgi;
  scgi_temp_path {prefix}/scgi;
  client_max_body_size 1m;
  upstream rasa {{
{rasa}  }}
  upstream rasa_socket {{
    ip_hash;  # socket.io: a client's polls and upgrade must reach the replica that opened it
{rasa}  }}
  upstream actions {{
{actions}  }}
  map $http_upgrade $connection_upgrade {{ default upgrade; '' close; }}
  server {{
    listen {loopback}:{rasa_port};
    # A replica that refuses the connection or fails is skipped: the message goes to the next.
    proxy_next_upstream error timeout http_502 http_503;
    proxy_read_timeout 120s;
    location /socket.io/ {{
      proxy_pass http://rasa_socket;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $host;
    }}
    location / {{
      proxy_pass http://rasa;
      proxy_set_header Host $host;
    }}
  }}
  server {{
    listen {loopback}:{actions_port};
    proxy_next_upstream error timeout;
    location / {{ proxy_pass http://actions; }}
  }}
}}
"""


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--state", default=str(ROOT / "state" / "cluster"))
    for name, port in vars(Ports()).items():
        parser.add_argument(f"--{name}-port", type=int, default=port)
    args = parser.parse_args(argv)
    if args.replicas < 1:
        parser.error("--replicas must be at least 1")
    ports = Ports(*(getattr(args, f"{name}_port") for name in vars(Ports())))
    cluster = Cluster(args.state, args.replicas, ports, os.environ.get("RASA_TOKEN"))

    def stop(*_):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        cluster.start()
        print(
            f"{args.replicas} replicas behind nginx: chat page http://localhost:{ports.web}, "
            f"REST http://localhost:{ports.rasa}/webhooks/rest/webhook; state in {cluster.state}; Ctrl-C stops all.",
            flush=True,
        )
        while all(p.poll() is None for n, p in cluster.processes.items() if n in ("postgres", "redis", "nginx")):
            time.sleep(1)
        print("a shared component stopped; stopping the cluster", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
