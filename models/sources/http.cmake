# API and Prometheus HTTP sources (owned by the HTTP sources work).
