#!/usr/bin/python3
"""Real traffic for the local Fragrance AI stack.

scripts/stack.sh starts this on the host, outside the compose project, like the users and the
producers of a production stack are outside it:

* HTTP: about 18 requests/s to NGINX's public port, in the API's traffic mix (the load balancer's
  /health polls included), over keep-alive connections. Requests run concurrently with a 10 s
  timeout; when 48 are already in flight (a hung API) new ones are skipped, not queued, so a hang
  never snowballs here.
* Celery: tasks sent with Celery's own client (send_task) to the queues llm, rl and celery at a
  pace the workers keep up with. In the queue-backlog scenario LLM tasks are sent far faster
  (25/s) than the workers take them (about 2/s), until the llm list holds 400.

The scenario is read from the simulator's switch file (scripts/stack.sh scenario NAME writes it).
Every 30 s a summary line goes to the log. Debian's python3, python3-celery and python3-redis only.
"""
import argparse
import collections
import http.client
import json
import queue
import random
import signal
import sys
import threading
import time
import uuid

import redis
from celery import Celery

# (method, path, share of requests)
HTTP_MIX = [
    ("GET", "/api/v1/fragrances", 0.30),
    ("POST", "/api/v1/generate", 0.18),
    ("GET", "/api/v1/search?q=citrus", 0.20),
    ("POST", "/api/v1/feedback", 0.10),
    ("GET", "/health", 0.22),
]
# tasks per second per queue: (normal, queue-backlog)
CELERY_RATES = {
    "llm": (1.0, 25.0),
    "rl": (0.25, 0.25),
    "celery": (0.5, 0.5),
}
TASK_NAMES = {
    "llm": "fragrance.tasks.generate_recipe",
    "rl": "fragrance.tasks.train_policy_step",
    "celery": "fragrance.tasks.send_notification",
}
BACKLOG_CAP = 400
MAX_IN_FLIGHT = 48
TIMEOUT_S = 10

stats_lock = threading.Lock()
stats = collections.Counter()


def count(key, n=1):
    with stats_lock:
        stats[key] += n


def read_text(path, default):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read(64).strip() or default
    except OSError:
        return default


class HttpTraffic:
    def __init__(self, host, port, rps, rps_file):
        self.host, self.port = host, port
        self.rps, self.rps_file = rps, rps_file
        self.in_flight = threading.Semaphore(MAX_IN_FLIGHT)
        # Idle keep-alive connections, as browsers and API clients keep theirs: a new TCP connection a
        # request cost more CPU than the request itself (Docker's port proxy opens one to NGINX for each).
        self.idle = []
        self.idle_lock = threading.Lock()

    def pick(self):
        r = random.random()
        for method, path, share in HTTP_MIX:
            if r < share:
                return method, path
            r -= share
        return HTTP_MIX[-1][0], HTTP_MIX[-1][1]

    def one_request(self):
        method, path = self.pick()
        body = json.dumps({"prompt": "fresh citrus", "rating": 5}).encode() if method == "POST" else None
        with self.idle_lock:
            conn = self.idle.pop() if self.idle else None
        reused = conn is not None
        try:
            if conn is None:
                conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT_S)
            try:
                status, keep = self.exchange(conn, method, path, body)
            except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected):
                if not reused:
                    raise
                # NGINX closed the idle connection (restarted, stopped, its keep-alive ended): once more on
                # a new one. A timeout is not retried: a hung API must cost its 10 s once, as before.
                conn.close()
                conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT_S)
                status, keep = self.exchange(conn, method, path, body)
            count(f"http {status // 100}xx")
            if keep:
                with self.idle_lock:
                    self.idle.append(conn)
                conn = None
        except (OSError, http.client.HTTPException):
            count("http no answer")
        finally:
            if conn is not None:
                conn.close()
            self.in_flight.release()

    @staticmethod
    def exchange(conn, method, path, body):
        conn.request(method, path, body=body, headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        return response.status, not response.will_close

    def work(self):
        while True:
            self.jobs.get()
            self.one_request()

    def run(self, stop):
        # As many workers as requests may be in flight, started once (a thread a request cost more).
        self.jobs = queue.SimpleQueue()
        for _ in range(MAX_IN_FLIGHT):
            threading.Thread(target=self.work, daemon=True).start()
        next_at = time.monotonic()
        last_rate_check = 0.0
        while not stop.is_set():
            now = time.monotonic()
            if now - last_rate_check > 1.0:
                last_rate_check = now
                try:
                    self.rps = max(0.0, min(500.0, float(read_text(self.rps_file, str(self.rps)))))
                except ValueError:
                    pass
            if self.rps <= 0:
                stop.wait(0.5)
                next_at = time.monotonic()
                continue
            next_at += 1.0 / self.rps
            delay = next_at - time.monotonic()
            if delay > 0:
                stop.wait(delay)
            elif delay < -1.0:
                next_at = time.monotonic()  # fell behind (machine busy): do not burst to catch up
            if self.in_flight.acquire(blocking=False):
                self.jobs.put(None)
            else:
                count("http skipped")


class CeleryTraffic:
    def __init__(self, broker_url, switch_file):
        self.switch_file = switch_file
        self.app = Celery("fragrance-loadgen", broker=broker_url)
        self.app.conf.update(
            broker_connection_timeout=2,
            broker_connection_retry=False,
            broker_transport_options={"socket_timeout": 2, "socket_connect_timeout": 2},
        )
        self.redis = redis.Redis.from_url(broker_url, socket_timeout=2, socket_connect_timeout=2)

    def run(self, stop):
        carry = collections.Counter()
        last = time.monotonic()
        while not stop.wait(0.2):
            now = time.monotonic()
            dt, last = min(now - last, 2.0), now
            backlog = read_text(self.switch_file, "normal") == "queue-backlog"
            try:
                for name, (normal, flood) in CELERY_RATES.items():
                    carry[name] += (flood if backlog else normal) * dt
                    n = int(carry[name])
                    carry[name] -= n
                    if n and backlog and self.redis.llen(name) >= BACKLOG_CAP:
                        continue
                    for _ in range(n):
                        self.app.send_task(TASK_NAMES[name], args=[random.randint(1, 5000)],
                                           queue=name, task_id=str(uuid.uuid4()), retry=False)
                        count(f"celery {name}")
            except Exception as e:  # Redis away (stopped, paused): try again shortly
                count("celery send failed")
                print(f"loadgen: celery: {e}", file=sys.stderr, flush=True)
                stop.wait(1.0)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--public-host", default="127.0.0.1")
    p.add_argument("--public-port", type=int, required=True, help="NGINX's public port")
    p.add_argument("--broker", required=True, help="redis://127.0.0.1:PORT/0")
    p.add_argument("--switch-file", required=True, help="the simulator's switch file (the scenario)")
    p.add_argument("--rps", type=float, default=18.0)
    p.add_argument("--rps-file", default="", help="a file whose number replaces --rps while running")
    args = p.parse_args()

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    http_traffic = HttpTraffic(args.public_host, args.public_port, args.rps, args.rps_file)
    celery_traffic = CeleryTraffic(args.broker, args.switch_file)
    for target in (http_traffic.run, celery_traffic.run):
        threading.Thread(target=target, args=(stop,), daemon=True).start()
    print(f"loadgen: {args.rps:g} requests/s to {args.public_host}:{args.public_port}, Celery tasks to {args.broker}",
          flush=True)
    while not stop.wait(30):
        with stats_lock:
            summary = ", ".join(f"{k}: {v}" for k, v in sorted(stats.items()))
            stats.clear()
        print(f"loadgen: last 30 s: {summary}", flush=True)


if __name__ == "__main__":
    main()
