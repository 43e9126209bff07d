# fragrance-ai/worker:VERSION — the Celery workers' image of the local stack (tools/workers):
# the worker module and its version on the local base; Celery itself is Debian's python3-celery
# from the host's /usr, mounted at run time.
FROM opsconsole/host-usr:1
ARG VERSION
LABEL org.opencontainers.image.title="fragrance-ai/worker" \
      org.opencontainers.image.version="${VERSION}"
ENV APP_VERSION=${VERSION} \
    PYTHONPATH=/app \
    PYTHONDONTWRITEBYTECODE=1
COPY fragrance_worker.py /app/fragrance_worker.py
WORKDIR /app
