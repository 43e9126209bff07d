#!/usr/bin/python3
"""The local stack's admin endpoint on the host (OPSCONSOLE_SIM_ADMIN_URL, 127.0.0.1 only).

Tests written against the old host simulator switch scenarios over HTTP; this keeps that door
and puts the real events behind it. `scripts/stack.sh scenario NAME` stays the interface:

  POST /admin/scenario?name=NAME   runs `scripts/stack.sh scenario NAME` (an argument list, no
                                   shell; NAME must be one of the known scenarios), then answers
                                   the state; 400 for an unknown name, 500 when the script fails
  GET  /admin/state                {"scenario": …, "scenarios": […], "requestsPerSecond": …}
  POST /admin/config?rps=N         the load generator's HTTP rate (0–500)

Started and stopped by scripts/stack.sh; Debian's python3 only.
"""
import argparse
import json
import os
import subprocess
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SCENARIOS = ["normal", "error-spike", "latency-spike", "queue-backlog", "db-errors", "db-pool-exhausted",
             "bad-deploy", "api-down", "api-hang", "db-hang", "worker-failure"]


def read_text(path, default):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read(64).strip() or default
    except OSError:
        return default


class Admin(BaseHTTPRequestHandler):
    stack_sh = ""
    switch_file = ""
    rps_file = ""
    lock = threading.Lock()

    def log_message(self, fmt, *args):
        print("stackadmin: " + fmt % args, flush=True)

    def answer(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def state(self):
        return {"scenario": read_text(self.switch_file, "normal"), "scenarios": SCENARIOS,
                "requestsPerSecond": float(read_text(self.rps_file, "18") or 18)}

    def params(self):
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(min(length, 4096)).decode("utf-8", "replace").strip() if length else ""
        if body.startswith("{"):
            try:
                query.update({k: str(v) for k, v in json.loads(body).items()})
            except (ValueError, AttributeError):
                pass
        elif "=" in body:
            query.update(dict(urllib.parse.parse_qsl(body)))
        elif body:
            query.setdefault("name", body)
        return url.path, query

    def do_GET(self):
        path, _ = self.params()
        if path in ("/admin/state", "/admin/scenario", "/admin/config"):
            self.answer(200, self.state())
        else:
            self.answer(404, {"error": "not found"})

    def do_POST(self):
        path, query = self.params()
        if path == "/admin/scenario":
            name = query.get("name", "")
            if name not in SCENARIOS:
                self.answer(400, {"error": f'unknown scenario "{name}"; known: {", ".join(SCENARIOS)}'})
                return
            with self.lock:
                run = subprocess.run([self.stack_sh, "scenario", name], capture_output=True, text=True,
                                     timeout=180, env=os.environ.copy())
            if run.returncode != 0:
                self.answer(500, {"error": (run.stderr or run.stdout)[-2000:]})
                return
            self.answer(200, self.state())
        elif path == "/admin/config":
            if "rps" in query:
                try:
                    rps = float(query["rps"])
                except ValueError:
                    rps = -1
                if not 0 <= rps <= 500:
                    self.answer(400, {"error": "rps must be a number from 0 to 500"})
                    return
                with open(self.rps_file, "w", encoding="utf-8") as f:
                    f.write(f"{rps:g}\n")
            self.answer(200, self.state())  # logRate of the old simulator: real logs now, ignored
        else:
            self.answer(404, {"error": "not found"})


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--stack-sh", required=True)
    p.add_argument("--switch-file", required=True)
    p.add_argument("--rps-file", required=True)
    args = p.parse_args()
    Admin.stack_sh, Admin.switch_file, Admin.rps_file = args.stack_sh, args.switch_file, args.rps_file
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Admin)
    print(f"stackadmin: http://127.0.0.1:{args.port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
