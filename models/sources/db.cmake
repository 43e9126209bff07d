# PostgreSQL, Redis and orchestrator sources (owned by the database sources work).
