"""The Fragrance AI Celery workers of the local stack (worker-llm and worker-rl).

Real Celery (Debian's python3-celery) on the stack's Redis: tasks arrive on the queues the
runbook names (llm, rl, and Celery's default queue `celery`) and take real time, like model
inference and training steps do. The fragrance-ai/worker images carry this module; compose runs

    python3 -m celery -A fragrance_worker worker -Q llm,celery -c 2      (worker-llm)
    python3 -m celery -A fragrance_worker worker -Q rl -c 1              (worker-rl)

Each worker also keeps a heartbeat key in Redis, fragrance:workers:KIND:HOSTNAME (refreshed every
2 s, expiring after 6 s): the API's /health counts them per kind, so a killed or frozen worker
drops out of the count within seconds.
"""
import os
import random
import threading
import time

import redis
from celery import Celery, bootsteps

BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://redis:6379/0")
WORKER_KIND = os.environ.get("WORKER_KIND", "llm")
APP_VERSION = os.environ.get("APP_VERSION", "unknown")
HEARTBEAT_EVERY_S = 2.0
HEARTBEAT_TTL_S = 6

app = Celery("fragrance", broker=BROKER_URL)
app.conf.update(
    task_default_queue="celery",
    # One task at a time per process, acknowledged when done: the lists' length in Redis is the
    # work that waits, which is what the runbook's queue checks read.
    worker_prefetch_multiplier=1,
    task_acks_late=True,
    broker_connection_retry_on_startup=True,
    worker_send_task_events=False,
)


@app.task(name="fragrance.tasks.generate_recipe")
def generate_recipe(prompt_id, locale="ko"):
    """LLM inference: a recipe for one prompt."""
    time.sleep(random.uniform(0.5, 3.0))
    return {"prompt_id": prompt_id, "locale": locale, "model_version": APP_VERSION}


CHECKPOINTS = "/app/checkpoints"


@app.task(name="fragrance.tasks.train_policy_step")
def train_policy_step(step):
    """One RL training step; every step leaves a checkpoint (five kept, by step number)."""
    time.sleep(random.uniform(1.0, 3.0))
    if os.path.isdir(CHECKPOINTS):
        path = os.path.join(CHECKPOINTS, f"policy-{int(step) % 5}.ckpt")
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write(f'{{"step": {int(step)}, "model_version": "{APP_VERSION}"}}\n')
        except OSError:
            pass  # a read-only or full checkpoint folder must not fail the training step
    return {"step": step, "model_version": APP_VERSION}


@app.task(name="fragrance.tasks.send_notification")
def send_notification(user_id):
    time.sleep(0.1)
    return {"user_id": user_id}


class Heartbeat(bootsteps.StartStopStep):
    """Sets fragrance:workers:KIND:HOSTNAME in Redis from a thread of its own.

    Not on the worker's timer: after Redis went away and came back, Celery rebuilds its consumer and
    the timer entries of bootsteps never fire again, so the worker worked but looked dead to /health.
    A thread keeps beating through reconnects; a killed or frozen (docker pause) worker stops it too.
    """

    def __init__(self, worker, **kwargs):
        super().__init__(worker, **kwargs)
        self.thread = None
        self.stopping = threading.Event()
        self.key = None

    def start(self, worker):
        self.key = f"fragrance:workers:{WORKER_KIND}:{worker.hostname}"
        self.thread = threading.Thread(target=self.run, name="heartbeat", daemon=True)
        self.thread.start()

    def run(self):
        client = None
        while not self.stopping.is_set():
            try:
                if client is None:
                    client = redis.Redis.from_url(BROKER_URL, socket_timeout=1, socket_connect_timeout=1)
                client.set(self.key, APP_VERSION, ex=HEARTBEAT_TTL_S)
            except redis.RedisError:
                client = None  # Redis away: the key expires and /health counts this worker as gone
            self.stopping.wait(HEARTBEAT_EVERY_S)

    def stop(self, worker):
        self.stopping.set()
        try:
            redis.Redis.from_url(BROKER_URL, socket_timeout=1, socket_connect_timeout=1).delete(self.key)
        except (redis.RedisError, TypeError):
            pass


app.steps["worker"].add(Heartbeat)
